"""Events from a real gateway end up, chained and signed, in the JSONL and SQLite sinks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import orjson
import pytest
from audit_support import STDIO_FIXTURE, call, cli, echo, records
from support import gateway

TOKEN = "eyJhbGciOiJFUzI1NiJ9.c2VjcmV0LXRva2VuLXBheWxvYWQ.U0lHTkFUVVJF"
SECRET_ARG = "password=hunter2-very-secret-argument-value"


@pytest.fixture(scope="module")
def trail(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Runs traffic through a gateway, stops it cleanly; yields its state dir."""
    tmp = tmp_path_factory.mktemp("audit")
    state = tmp / "state"
    config: dict[str, Any] = {
        "state_dir": str(state),
        "upstreams": {"local": {"command": STDIO_FIXTURE, "sandbox": "none", "timeout": 10,
                                "guards": {"methods": {"deny": ["prompts/*"]},
                                           # let the secret through: the trail must not keep it
                                           "leakage": {"arguments": {"secrets": "flag"},
                                                       "results": {"secrets": "flag"}}}}},
        "audit": {"sinks": ["jsonl://audit.jsonl", "sqlite://audit.db"],
                  "checkpoint_every": 4},
    }
    with gateway(config, tmp) as base, httpx.Client(base_url=base, timeout=20) as http:
        auth = {"authorization": f"Bearer {TOKEN}"}
        for n in range(6):
            body, headers = echo(f"{SECRET_ARG}-{n}", id=n + 1)
            reply = http.post("/mcp/local", content=body, headers={**headers, **auth})
            assert reply.status_code == 200 and SECRET_ARG in reply.text
        body, headers = call("prompts/list", id=99)
        denied = http.post("/mcp/local", content=body, headers=headers)
        assert denied.json()["error"]["data"]["reason"] == "method_not_allowed"
    yield state


def test_every_request_is_one_record_in_both_sinks(trail: Path) -> None:
    logged = records(trail / "audit.jsonl")
    requests = [r for r in logged if r["event"] == "request"]
    assert [r["outcome"] for r in requests] == ["ok"] * 6 + ["denied"]
    first = requests[0]
    assert first["upstream"] == "local" and first["method"] == "tools/call"
    assert first["target"] == "echo" and first["transport"] == "http"
    assert first["principal"] == {"issuer": "", "subject": "anonymous"}
    assert first["args_digest"].startswith("sha256:") and first["request_bytes"] > 0
    assert first["response_bytes"] > 0 and first["latency_ms"] >= first["gateway_ms"] >= 0
    assert first["upstream_ms"] > 0
    assert len({r["args_digest"] for r in requests[:6]}) == 6  # distinct arguments
    assert requests[-1]["reason"] == "method_not_allowed" and requests[-1]["guard"]
    assert logged[0]["event"] == "audit_start"
    assert logged[-1]["event"] == "checkpoint"
    assert logged[-1]["checkpoint"]["reason"] == "shutdown"
    assert [r["seq"] for r in logged] == list(range(1, len(logged) + 1))
    code, out = cli("audit", "search", "--file", str(trail / "audit.db"), "--limit", "1000",
                    "--json")
    in_db = [orjson.loads(line) for line in out.splitlines()]
    assert code == 0 and in_db == [r for r in logged if r["event"] != "checkpoint"]


def test_no_token_or_secret_argument_is_recorded(trail: Path) -> None:
    for name in ("audit.jsonl", "audit.db", "audit.db-wal"):
        path = trail / name
        data = path.read_bytes() if path.exists() else b""
        assert TOKEN.encode() not in data and b"hunter2" not in data
        assert TOKEN.split(".")[1].encode() not in data


@pytest.mark.parametrize("name", ["audit.jsonl", "audit.db"])
def test_verify_passes_on_the_real_log(trail: Path, name: str) -> None:
    code, out = cli("audit", "verify", str(trail / name),
                    "--public-key", str(trail / "audit-signing.pub"))
    assert code == 0, out
    assert "0 problem(s)" in out and "TAMPERED" not in out and "WARNING" not in out


@pytest.mark.parametrize("file", ["audit.db", "audit.jsonl"])
@pytest.mark.parametrize(("filters", "expected"), [
    (["--tool", "echo"], ["ok"] * 6),
    (["--outcome", "denied"], ["denied"]),
    (["--reason", "method_not_allowed"], ["denied"]),
    (["--upstream", "local", "--limit", "2"], ["ok", "denied"]),
    (["--user", "anonymous", "--tool", "echo", "--limit", "3"], ["ok"] * 3),
    (["--user", "mallory"], []),
    (["--since", "1h", "--outcome", "ok"], ["ok"] * 6),
    (["--since", "2999-01-01T00:00:00Z"], []),
])
def test_search_filters(trail: Path, file: str, filters: list[str],
                        expected: list[str]) -> None:
    code, out = cli("audit", "search", "--file", str(trail / file), "--json", *filters)
    found = [orjson.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["outcome"] for r in found if r["event"] == "request"] == expected
    assert all(r["event"] == "request" for r in found) or "--upstream" not in filters


def test_search_prints_a_table_and_refuses_a_bad_since(trail: Path) -> None:
    code, out = cli("audit", "search", "--file", str(trail / "audit.db"), "--outcome", "denied")
    assert code == 0 and "method_not_allowed" in out and "prompts/list" in out
    code, _ = cli("audit", "search", "--file", str(trail / "audit.db"), "--since", "yesterday")
    assert code == 2
