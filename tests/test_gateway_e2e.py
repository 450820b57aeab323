"""The gateway end to end: the official SDK client, both eras, in front of real upstreams.

One gateway process serves several routes to the same fixture upstreams:
- `http`: HTTP upstream, era learnt (same-era pass-through for both client eras);
- `legacy`: the same upstream forced to the legacy wire (modern clients are bridged);
- `modern`: forced to the modern wire (legacy clients are bridged);
- `local`: a stdio server the gateway spawns and initializes itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp.types import CreateMessageRequestParams, CreateMessageResult, TextContent
from support import FIXTURES, everything_server, gateway

MODES = ["legacy", "2026-07-28"]
STDIO_FIXTURE = [sys.executable, str(FIXTURES / "stdio_fixture_server.py")]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("gw")
    with everything_server() as upstream:
        config: dict[str, Any] = {
            "upstreams": {
                "http": {"url": upstream},
                "legacy": {"url": upstream, "era": "legacy"},
                "modern": {"url": upstream, "era": "modern"},
                "local": {"command": STDIO_FIXTURE, "sandbox": "none", "timeout": 5},
                "guarded": {
                    "url": upstream,
                    "guards": {
                        "methods": {"deny": ["prompts/*"]},
                        "size": {"response_bytes": 600},
                    },
                },
                "nowhere": {"url": "http://127.0.0.1:9/mcp", "connect_timeout": 1},
            },
        }
        with gateway(config, tmp) as url:
            yield url


def text_of(result: Any) -> str:
    first = result.content[0]
    assert isinstance(first, TextContent)
    return first.text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("route", ["http", "legacy", "modern"])
async def test_tools_over_http_upstream_any_era(base: str, route: str, mode: str) -> None:
    async with Client(f"{base}/mcp/{route}", mode=mode) as client:  # type: ignore[arg-type]
        tools = await client.list_tools()
        assert "test_simple_text" in {tool.name for tool in tools.tools}
        result = await client.call_tool("test_simple_text", {})
        assert "simple text" in text_of(result).lower()


@pytest.mark.parametrize("mode", MODES)
async def test_tools_over_stdio_upstream(base: str, mode: str) -> None:
    async with Client(f"{base}/mcp/local", mode=mode) as client:  # type: ignore[arg-type]
        tools = await client.list_tools()
        assert {"echo", "add"} <= {tool.name for tool in tools.tools}
        result = await client.call_tool("echo", {"text": "hello"})
        assert text_of(result) == "hello"


@pytest.mark.parametrize("mode", MODES)
async def test_resources_and_prompts_pass_through(base: str, mode: str) -> None:
    async with Client(f"{base}/mcp/http", mode=mode) as client:  # type: ignore[arg-type]
        read = await client.read_resource("test://static-text")
        assert read.contents
        prompts = await client.list_prompts()
        assert "test_simple_prompt" in {p.name for p in prompts.prompts}
        got = await client.get_prompt("test_prompt_with_arguments", {"arg1": "a", "arg2": "b"})
        assert got.messages


async def test_legacy_client_gets_param_headers_mirrored_for_a_modern_upstream(base: str) -> None:
    """The SDK upstream rejects a tools/call whose x-mcp-header argument has no Mcp-Param
    header; a legacy client sends none, so the bridge must add it."""
    async with Client(f"{base}/mcp/modern", mode="legacy") as client:
        result = await client.call_tool("test_custom_header_echo", {"region": "eu-west-1"})
    assert not result.is_error, result
    assert "eu-west-1" in text_of(result)


async def test_legacy_progress_notifications_reach_the_caller(base: str) -> None:
    seen: list[float] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append(progress)

    async with Client(f"{base}/mcp/http", mode="legacy") as client:
        await client.call_tool("test_tool_with_progress", {}, progress_callback=on_progress)
    assert seen, "no progress notification came through the gateway"
    assert seen == sorted(seen)


async def test_sampling_request_is_routed_back_to_its_client(base: str) -> None:
    async def sample(context: Any, params: CreateMessageRequestParams) -> CreateMessageResult:
        return CreateMessageResult(role="assistant", model="test-model",
                                   content=TextContent(type="text", text="sampled by client"))

    async with Client(f"{base}/mcp/http", mode="legacy", sampling_callback=sample) as client:
        result = await client.call_tool("test_sampling", {"prompt": "hi"})
    assert "sampled by client" in text_of(result)


async def test_stdio_sampling_is_routed_back(base: str) -> None:
    async def sample(context: Any, params: CreateMessageRequestParams) -> CreateMessageResult:
        return CreateMessageResult(role="assistant", model="m",
                                   content=TextContent(type="text", text="from the client"))

    async with Client(f"{base}/mcp/local", mode="legacy", sampling_callback=sample) as client:
        result = await client.call_tool("sample", {"prompt": "hi"})
    assert "from the client" in text_of(result)


@pytest.mark.parametrize("route", ["http", "local"])
async def test_concurrent_clients_never_see_each_others_replies(base: str, route: str) -> None:
    tool, arg = ("echo", "text") if route == "local" else ("test_simple_text", None)

    async def one(n: int) -> None:
        mode = MODES[n % 2]
        async with Client(f"{base}/mcp/{route}", mode=mode) as client:  # type: ignore[arg-type]
            for i in range(5):
                if arg is None:
                    result = await client.call_tool(tool, {})
                    assert "simple text" in text_of(result).lower()
                else:
                    want = f"client-{n}-call-{i}"
                    assert text_of(await client.call_tool(tool, {arg: want})) == want

    await asyncio.gather(*(one(n) for n in range(12)))


async def test_method_deny_list_refuses_with_reason(base: str) -> None:
    async with Client(f"{base}/mcp/guarded", mode="legacy") as client:
        with pytest.raises(MCPError) as caught:
            await client.list_prompts()
    assert caught.value.error.data["reason"] == "method_not_allowed"
    assert "prompts/list" in caught.value.error.message


async def test_response_size_cap_replaces_the_reply(base: str) -> None:
    async with Client(f"{base}/mcp/guarded", mode="2026-07-28") as client:
        with pytest.raises(MCPError) as caught:
            await client.list_tools()  # the fixture's tool list is far over 600 bytes
    assert caught.value.error.data["reason"] == "response_too_large"


def mcp_error_in(exc: BaseException) -> MCPError:
    """The SDK client wraps errors raised while connecting in exception groups."""
    if isinstance(exc, MCPError):
        return exc
    for inner in getattr(exc, "exceptions", ()):
        with contextlib.suppress(LookupError):
            return mcp_error_in(inner)
    raise LookupError(f"no MCPError in {exc!r}")


@pytest.mark.parametrize("mode", MODES)
async def test_unreachable_upstream_gives_a_clear_error(base: str, mode: str) -> None:
    with pytest.raises(BaseException) as caught:
        async with Client(f"{base}/mcp/nowhere", mode=mode) as client:  # type: ignore[arg-type]
            await client.list_tools()
    error = mcp_error_in(caught.value).error
    assert error.data["reason"] == "upstream_unreachable"
    assert "nowhere" in error.message


async def test_stdio_crash_is_reported_and_the_server_restarts(base: str) -> None:
    async with Client(f"{base}/mcp/local", mode="legacy") as client:
        before = await client.call_tool("whoami", {})
        with pytest.raises(MCPError) as caught:
            await client.call_tool("crash", {})
        assert caught.value.error.data["reason"] in ("upstream_error", "upstream_exited")
        await asyncio.sleep(0.6)  # first restart back-off
        after = await client.call_tool("whoami", {})
    assert text_of(before) != text_of(after), "a new process should serve after the crash"


async def test_stdio_hang_times_out_while_others_are_served(base: str) -> None:
    async with Client(f"{base}/mcp/local", mode="legacy") as slow, \
            Client(f"{base}/mcp/local", mode="2026-07-28") as fast:
        hang = asyncio.create_task(slow.call_tool("slow", {"seconds": 30}))
        assert text_of(await fast.call_tool("echo", {"text": "still here"})) == "still here"
        with pytest.raises(MCPError) as caught:
            await hang
    assert caught.value.error.data["reason"] == "upstream_timeout"


async def test_stdio_garbage_output_is_an_error_not_a_crash(base: str) -> None:
    async with Client(f"{base}/mcp/local", mode="legacy") as client:
        with pytest.raises(MCPError) as caught:
            await client.call_tool("garbage", {})
        assert caught.value.error.data["reason"] == "upstream_invalid_message"
    async with Client(f"{base}/mcp/local", mode="legacy") as client:
        assert text_of(await client.call_tool("echo", {"text": "ok"})) == "ok"
