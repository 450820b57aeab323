"""The command line: `check`, `wrap` (driven by the SDK's own stdio client) and `demo`."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.shared.exceptions import MCPError
from mcp.types import CreateMessageRequestParams, CreateMessageResult, TextContent
from support import FIXTURES, PYTHON, client_with_token, free_port, running

STDIO_FIXTURE = str(FIXTURES / "stdio_fixture_server.py")


def mcpwarden(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "mcpwarden", *args], capture_output=True, text=True,
                          timeout=60, check=False)


def text_of(result: Any) -> str:
    first = result.content[0]
    assert isinstance(first, TextContent)
    return first.text


def test_check_prints_the_effective_config(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("auth: none\nupstreams:\n  tickets: {url: 'http://127.0.0.1:9/mcp', "
                    "credentials: {bearer: 'env:HOME'}}\n")
    done = mcpwarden("check", "-c", str(path))
    assert done.returncode == 0, done.stderr
    assert "tickets:" in done.stdout
    assert "env:HOME" in done.stdout  # the reference, not the value


def test_check_reports_config_errors_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("auth: none\nupstreams:\n  a: {url: 42}\n")
    done = mcpwarden("check", "-c", str(path))
    assert done.returncode == 2
    assert "config error: upstreams.a.url" in done.stderr
    missing = mcpwarden("check", "-c", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 2 and "cannot read config file" in missing.stderr


def test_wrap_without_a_command_explains_usage() -> None:
    done = mcpwarden("wrap")
    assert done.returncode == 2 and "give the server command after --" in done.stderr


def wrapped(*extra: str) -> StdioServerParameters:
    return StdioServerParameters(
        command=PYTHON,
        args=["-m", "mcpwarden", "--log-level", "warning", "wrap", *extra, "--", PYTHON,
              STDIO_FIXTURE],
    )


async def test_wrap_relays_tools_and_sampling_over_stdio() -> None:
    async def sample(context: Any, params: CreateMessageRequestParams) -> CreateMessageResult:
        return CreateMessageResult(role="assistant", model="m",
                                   content=TextContent(type="text", text="wrapped sample"))

    async with Client(wrapped(), mode="legacy", sampling_callback=sample) as client:
        tools = await client.list_tools()
        assert "echo" in {tool.name for tool in tools.tools}
        assert text_of(await client.call_tool("echo", {"text": "via wrap"})) == "via wrap"
        assert "wrapped sample" in text_of(await client.call_tool("sample", {"prompt": "p"}))


async def test_wrap_serves_a_2026_client_over_stdio() -> None:
    async with Client(wrapped(), mode="2026-07-28") as client:
        tools = await client.list_tools()
        assert "echo" in {tool.name for tool in tools.tools}
        assert text_of(await client.call_tool("echo", {"text": "modern"})) == "modern"


async def test_wrap_applies_the_chain_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / "wrap.yaml"
    config.write_text("guards:\n  methods: {deny: ['tools/call']}\n")
    async with Client(wrapped("-c", str(config)), mode="legacy") as client:
        await client.list_tools()
        with pytest.raises(MCPError) as caught:
            await client.call_tool("echo", {"text": "x"})
    assert caught.value.error.data["reason"] == "method_not_allowed"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[str, str]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = [PYTHON, "-m", "mcpwarden", "demo", "--port", str(port), "--dir", str(tmp_path)]
    with running(args, f"{base}/healthz"):
        yield base, (tmp_path / "demo-token").read_text().strip()
    assert (tmp_path / "demo-config.yaml").exists()


async def test_demo_serves_both_bundled_servers_to_token_holders(
        demo: tuple[str, str]) -> None:
    base, token = demo
    async with client_with_token(f"{base}/mcp/notes", token, "legacy") as notes:
        listed = await notes.call_tool("list_notes", {})
        assert not listed.is_error
        # the notes server is sandboxed, and may write its own workspace
        written = await notes.call_tool("write_note", {"name": "from-test", "text": "hello"})
        assert not written.is_error, text_of(written)
        assert text_of(await notes.call_tool("read_note", {"name": "from-test"})) == "hello"
    async with client_with_token(f"{base}/mcp/tickets", token, "2026-07-28") as tickets:
        found = await tickets.call_tool("search_tickets", {"query": ""})
        assert not found.is_error
        assert "TCK-" in text_of(found)


def test_demo_refuses_requests_without_its_token(demo: tuple[str, str]) -> None:
    base, token = demo
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"}}}
    headers = {"content-type": "application/json",
               "accept": "application/json, text/event-stream"}
    refused = httpx2.post(f"{base}/mcp/notes", json=init, headers=headers)
    assert refused.status_code == 401
    assert "resource_metadata=" in refused.headers["www-authenticate"]
    allowed = httpx2.post(f"{base}/mcp/notes", json=init,
                          headers={**headers, "authorization": f"Bearer {token}"})
    assert allowed.status_code == 200
