"""OTLP and webhook sinks: a dead or hanging endpoint never stalls requests; records spill to
the on-disk spool and are delivered when the endpoint comes back."""

from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path
from typing import Any

import httpx2 as httpx
import orjson
import pytest
from audit_support import STDIO_FIXTURE, Recorder, call, echo, records, wait_for
from support import gateway

FAST_RETRIES = {"retry_initial": 0.2, "retry_max": 0.5, "timeout": 5, "queue_size": 5}


def _upstreams() -> dict[str, Any]:
    return {"local": {"command": STDIO_FIXTURE, "sandbox": "none",
                      "guards": {"methods": {"deny": ["prompts/*"]}}}}


def _timed_posts(http: httpx.Client, bodies: list[tuple[bytes, dict[str, str]]]) -> list[float]:
    spent = []
    for body, headers in bodies:
        started = time.perf_counter()
        assert http.post("/mcp/local", content=body, headers=headers).status_code == 200
        spent.append(time.perf_counter() - started)
    return spent


def _spooled(state: Path) -> int:
    return sum(p.stat().st_size for p in (state / "audit-spool").glob("*.jsonl"))


def _otlp_seqs(recorder: Recorder) -> list[int]:
    seqs = []
    for _, body in recorder.posts:
        for resource in orjson.loads(body)["resourceLogs"]:
            for scope in resource["scopeLogs"]:
                for log in scope["logRecords"]:
                    attrs = {a["key"]: a["value"] for a in log["attributes"]}
                    seqs.append(int(attrs["mcpwarden.seq"]["intValue"]))
    return seqs


def test_dead_otlp_collector_spills_then_delivers(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPW_TEST_OTLP_AUTH", "Bearer collector-key")
    collector = Recorder()  # bound, not listening yet: connections are refused
    port = collector.port
    state = tmp_path / "state"
    config = {"state_dir": str(state), "upstreams": _upstreams(),
              "audit": {"sinks": ["jsonl://audit.jsonl", f"otlp+http://127.0.0.1:{port}"],
                        "otlp": {"headers": {"authorization": "env:MCPW_TEST_OTLP_AUTH"}},
                        "delivery": FAST_RETRIES}}
    try:
        with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=20) as http:
            _timed_posts(http, [echo("warm-up")])
            spent = _timed_posts(http, [echo(f"m{n}", id=n) for n in range(20)])
            assert max(spent) < 2.0, spent
            assert wait_for(lambda: _spooled(state) > 0, 5)
            with collector:
                wanted = {r["seq"] for r in records(state / "audit.jsonl")}
                delivered = wait_for(lambda: wanted <= set(_otlp_seqs(collector)), 20)
                assert delivered, (sorted(wanted - set(_otlp_seqs(collector))),
                                   sorted(p.name for p in (state / "audit-spool").iterdir()))
                assert wait_for(lambda: _spooled(state) == 0, 5)
                headers, first = collector.posts[0]
    finally:
        collector.close()
    assert headers["authorization"] == "Bearer collector-key"
    assert headers["content-type"] == "application/json"
    log = orjson.loads(first)["resourceLogs"][0]
    assert {"key": "service.name", "value": {"stringValue": "mcpwarden"}} in \
        log["resource"]["attributes"]
    record = next(r for r in log["scopeLogs"][0]["logRecords"]
                  if "tools/call" in r["body"]["stringValue"])
    assert record["severityText"] == "INFO" and int(record["timeUnixNano"]) > 0
    keys = {a["key"] for a in record["attributes"]}
    assert {"mcpwarden.hash", "mcpwarden.prev", "mcpwarden.principal.subject",
            "mcpwarden.args_digest", "mcpwarden.latency_ms"} <= keys


@pytest.fixture
def hook_secret(monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setenv("MCPW_TEST_HOOK_SECRET", "s3cret-for-signing")
    return b"s3cret-for-signing"


def test_hanging_webhook_does_not_stall_traffic(tmp_path: Path, hook_secret: bytes) -> None:
    state = tmp_path / "state"
    with Recorder() as hook:
        hook.hang.set()  # accepts the connection, never answers
        config = {"state_dir": str(state), "upstreams": _upstreams(), "audit": {
            "sinks": ["jsonl://audit.jsonl", f"webhook+{hook.url}/hook"],
            "webhook": {"reasons": ["method_not_allowed"], "secret": "env:MCPW_TEST_HOOK_SECRET"},
            "delivery": {**FAST_RETRIES, "timeout": 30}}}
        with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=20) as http:
            _timed_posts(http, [echo("warm-up")])
            bodies = [call("prompts/list", id=n) if n % 2 else echo(f"w{n}", id=n)
                      for n in range(20)]
            spent = _timed_posts(http, bodies)
            assert max(spent) < 2.0, spent  # a stall would wait for the 30 s POST timeout
            assert wait_for(lambda: _spooled(state) > 0, 5)  # queue of 5 overflowed to disk
            hook.hang.clear()
            hook.release.set()
            denied = {r["seq"] for r in records(state / "audit.jsonl")
                      if r.get("reason") == "method_not_allowed"}
            assert len(denied) == 10
            assert wait_for(lambda: denied <= _hook_seqs(hook), 20)
    assert _hook_seqs(hook) == denied  # only the selected security events
    for headers, body in hook.posts:
        stamp = headers["x-mcpwarden-timestamp"]
        expected = hmac.new(hook_secret, stamp.encode() + b"." + body, hashlib.sha256)
        assert headers["x-mcpwarden-signature"] == "sha256=" + expected.hexdigest()
        assert orjson.loads(body)["source"] == "mcpwarden"


def _hook_seqs(hook: Recorder) -> set[int]:
    return {event["seq"] for _, body in hook.posts for event in orjson.loads(body)["events"]}
