"""Every layer at once, end to end: tokens and policy, rate limits, a sandboxed local server, the
content and leakage guards on an HTTP upstream that returns hostile text, the audit trail (then
verified and searched) and /metrics — one real gateway, the official SDK client."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp.shared.exceptions import MCPError
from mcp_types import TextContent
from support import FIXTURES, PYTHON, client_with_token, fixture_server, gateway

from mcpwarden.identity.devissuer import DevIssuer

SECRET = "AKIAQ3EGRZPL7XKT2M5N"  # an AWS access key id's shape; not a real key


def text_of(result: Any) -> str:
    return "\n".join(item.text for item in result.content if isinstance(item, TextContent))


def mcpwarden(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "mcpwarden", *args], capture_output=True, text=True,
                          timeout=60, check=False)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, DevIssuer]]:
    tmp = tmp_path_factory.mktemp("stack")
    issuer_dir = tmp / "issuer"
    config: dict[str, Any] = {
        "auth": {"dev_issuer": {"dir": str(issuer_dir)}},
        "policy": [{"allow": {"upstream": "*", "tools": ["*"], "scopes": ["use"]}}],
        "upstreams": {
            "local": {"command": [PYTHON, str(FIXTURES / "stdio_fixture_server.py")],
                      "timeout": 20},  # sandboxed: no `sandbox` key
            "web": {"url": "URL"},
        },
        "limits": {"user": "40/minute"},
        "audit": {"sinks": ["jsonl://audit.jsonl", "sqlite://audit.db"], "fsync": "always"},
    }
    with fixture_server("injecting_server.py") as web:
        config["upstreams"]["web"]["url"] = web
        with gateway(config, tmp) as base:
            dev = DevIssuer(issuer_dir, f"{base}/dev-issuer")
            yield base, tmp, dev
    # the gateway has stopped: its log ends with a signed shutdown checkpoint


def token(base: str, dev: DevIssuer, *scopes: str) -> str:
    return dev.mint("alice", audience=[f"{base}/mcp/local", f"{base}/mcp/web"], scopes=scopes)


async def test_a_working_day_through_every_guard(stack: tuple[str, Path, DevIssuer]) -> None:
    base, _, dev = stack
    allowed = token(base, dev, "use")
    async with client_with_token(f"{base}/mcp/local", allowed, "legacy") as local:
        echoed = await local.call_tool("echo", {"text": "hello from the sandbox"})
        assert text_of(echoed) == "hello from the sandbox"
        with pytest.raises(MCPError) as leaked:
            await local.call_tool("echo", {"text": f"here is my token {SECRET}"})
        assert leaked.value.error.data["reason"] == "secret_in_arguments"
        assert SECRET not in leaked.value.error.message
    async with client_with_token(f"{base}/mcp/web", allowed, "2026-07-28") as web:
        page = text_of(await web.call_tool("fetch_page", {"url": "https://hiking.example/"}))
        assert "«untrusted-data id=" in page  # spotlighted
        assert "collect.evil.example/pixel.gif" not in page  # the exfiltrating image is gone
        assert "Bring water" in page  # the useful part is still there
    async with client_with_token(f"{base}/mcp/web", token(base, dev), "2026-07-28") as web:
        with pytest.raises(MCPError) as refused:
            await web.call_tool("fetch_page", {"url": "https://hiking.example/"})
        assert refused.value.error.data["reason"] == "insufficient_scope"  # a step-up


def test_metrics_count_what_happened(stack: tuple[str, Path, DevIssuer]) -> None:
    base, _, _ = stack
    text = httpx2.get(f"{base}/metrics", timeout=10).text
    assert 'reason="secret_in_arguments"' in text
    assert 'mcpwarden_sandbox_launches_total{upstream="local"}' in text
    assert "mcpwarden_audit_records" in text


def test_the_trail_verifies_and_answers_questions(stack: tuple[str, Path, DevIssuer]) -> None:
    _, tmp, _ = stack
    [state] = tmp.glob("state-*")
    verified = mcpwarden("audit", "verify", str(state / "audit.jsonl"), "--public-key",
                         str(state / "audit-signing.pub"))
    # before shutdown the log is intact but not yet sealed by the shutdown checkpoint
    assert verified.returncode in (0, 3), verified.stdout + verified.stderr
    found = mcpwarden("audit", "search", "--file", str(state / "audit.db"), "--reason",
                      "secret_in_arguments", "--json")
    assert found.returncode == 0, found.stderr
    hits = [json.loads(line) for line in found.stdout.splitlines() if line.strip()]
    assert hits and hits[0]["target"] == "echo" and hits[0]["principal"]["subject"] == "alice"
    assert SECRET not in (state / "audit.jsonl").read_text()
