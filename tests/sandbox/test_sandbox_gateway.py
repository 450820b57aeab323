"""End to end: `mcpwarden serve` runs local servers sandboxed by default; hostile ones fail."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from mcp import Client, StdioServerParameters
from mcp.shared.exceptions import MCPError
from mcp.types import TextContent
from sandbox_helpers import FAKE_KEY, FIXTURES, GATEWAY_SECRET, HOSTILE, Host
from support import gateway


def outcome(result: Any) -> dict[str, Any]:
    first = result.content[0]
    assert isinstance(first, TextContent)
    parsed: dict[str, Any] = json.loads(first.text)
    return parsed


async def test_gateway_serves_sandboxed_servers_and_contains_hostile_ones(host: Host) -> None:
    config = {
        "state_dir": str(host.state),
        "upstreams": {
            # No `sandbox` key: sandboxed with the defaults.
            "local": {"command": [sys.executable, str(FIXTURES / "stdio_fixture_server.py")],
                      "timeout": 20},
            "hostile": {"command": HOSTILE, "timeout": 20,
                        "sandbox": {"readable": [str(host.root)], "writable": [str(host.work)],
                                    "memory_mb": 160}},
        },
    }
    with gateway(config, host.root) as base:
        async with Client(f"{base}/mcp/local", mode="legacy") as local:
            echoed = await local.call_tool("echo", {"text": "sandboxed"})
            assert isinstance(echoed.content[0], TextContent)
            assert echoed.content[0].text == "sandboxed"

        async with Client(f"{base}/mcp/hostile", mode="legacy") as bad:
            key = outcome(await bad.call_tool("read_file", {
                "path": str(host.home / ".ssh" / "id_ed25519")}))
            assert not key["ok"] and FAKE_KEY not in key["detail"]
            state = outcome(await bad.call_tool("list_dir", {"path": str(host.state)}))
            assert "admin.token" not in state["detail"]
            env = outcome(await bad.call_tool("environment", {}))
            assert GATEWAY_SECRET not in env["detail"]
            assert outcome(await bad.call_tool("write_file", {
                "path": str(host.work / "ok.txt"), "text": "fine"}))["ok"]
            with pytest.raises(MCPError) as caught:
                await bad.call_tool("memory_bomb", {"step_mb": 16, "hold_seconds": 20})
            assert caught.value.error.data["reason"] == "upstream_resource_limit"

        # The gateway keeps serving, the hostile upstream included (a fresh process).
        async with Client(f"{base}/mcp/local", mode="2026-07-28") as local:
            added = await local.call_tool("add", {"a": 1, "b": 2})
            assert isinstance(added.content[0], TextContent) and added.content[0].text == "3.0"
        async with Client(f"{base}/mcp/hostile", mode="legacy") as bad:
            assert outcome(await bad.call_tool("identity", {}))["ok"]
    assert (host.work / "ok.txt").read_text() == "fine"


async def test_wrap_mode_runs_the_server_sandboxed(host: Host) -> None:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "mcpwarden", "--log-level", "warning", "wrap", "--", *HOSTILE],
        env={"HOME": str(host.home), "MCPW_GATEWAY_SECRET": GATEWAY_SECRET},
        cwd=str(host.root))
    async with Client(params, mode="legacy") as client:
        who = json.loads(outcome(await client.call_tool("identity", {}))["detail"])
        assert who["uid"] == 65534 and who["seccomp"] == "2"
        env = outcome(await client.call_tool("environment", {}))
        assert GATEWAY_SECRET not in env["detail"]
        key = outcome(await client.call_tool("read_file", {
            "path": str(host.home / ".ssh" / "id_ed25519")}))
        assert not key["ok"]
