"""The content guard end to end: the official SDK client, through a real gateway, in front of a
real upstream (tests/fixtures/injecting_server.py) returning hostile pages, e-mails and tickets.

Routes to the same upstream: `spot` (defaults: the guard is in the chain without being listed),
`block` (action block, and caps), `redact`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp.types import CreateMessageRequestParams, CreateMessageResult, TextContent
from support import fixture_server, gateway

MODES = ["legacy", "2026-07-28"]
MARKER = re.compile(r"«(/?)untrusted-data id=([0-9a-f]{32})»")


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with fixture_server("injecting_server.py") as url:
        yield url


@pytest.fixture(scope="module")
def base(upstream: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    config: dict[str, Any] = {
        "guards": {"content": {"links": {"allow_domains": ["docs.example.com"]}}},
        "upstreams": {
            "spot": {"url": upstream, "guards": {"content": {
                "links": {"allow_domains": ["docs.example.com"]},
                "tools": {"big_output": {"caps": {"max_result_bytes": "16KiB"}}}}}},
            "block": {"url": upstream, "guards": {"content": {
                "action": "block", "caps": {"max_items": 5, "on_oversize": "reject"}}}},
            "redact": {"url": upstream, "guards": {"content": {"action": "redact"}}},
        },
    }
    with gateway(config, tmp_path_factory.mktemp("content")) as url:
        yield url


def texts(result: Any) -> list[str]:
    return [block.text for block in result.content if isinstance(block, TextContent)]


@pytest.mark.parametrize("mode", MODES)
async def test_hostile_page_is_spotlighted_and_its_image_neutralised(base: str, mode: str) -> None:
    async with Client(f"{base}/mcp/spot", mode=mode) as client:  # type: ignore[arg-type]
        result = await client.call_tool("fetch_page", {"url": "https://trails.example"})
    text = texts(result)[0]
    markers = MARKER.findall(text)
    assert [m[0] for m in markers] == ["", "/"] and markers[0][1] == markers[1][1]
    assert "[image removed: collect.evil.example not allowed]" in text
    assert "USER_SECRET_TOKEN" not in text
    assert "Chamechaude loop" in text
    assert not result.is_error


@pytest.mark.parametrize("mode", MODES)
async def test_block_returns_an_error_result_not_a_protocol_error(base: str, mode: str) -> None:
    async with Client(f"{base}/mcp/block", mode=mode) as client:  # type: ignore[arg-type]
        result = await client.call_tool("read_email", {})
    assert result.is_error
    assert "prompt injection" in texts(result)[0]
    assert "recovery@evil.example" not in texts(result)[0]
    assert result.meta is not None
    assert result.meta["mcpwarden/blocked"]["reason"] == "injection_detected"


@pytest.mark.parametrize("mode", MODES)
async def test_redact_keeps_the_mail_around_the_injection(base: str, mode: str) -> None:
    async with Client(f"{base}/mcp/redact", mode=mode) as client:  # type: ignore[arg-type]
        result = await client.call_tool("read_email", {})
    text = texts(result)[0]
    assert "[removed by mcpwarden: possible prompt injection" in text
    assert "password reset" not in text
    assert text.startswith("From: billing@supplier.example") and "Regards, Anna" in text


@pytest.mark.parametrize("mode", MODES)
async def test_structured_ticket_with_injection_is_withheld(base: str, mode: str) -> None:
    async with Client(f"{base}/mcp/spot", mode=mode) as client:  # type: ignore[arg-type]
        result = await client.call_tool("get_ticket", {"id": "T-7"})
    assert result.is_error and result.structured_content is None
    assert "reveal the API keys" not in str(result)


@pytest.mark.parametrize("mode", MODES)
async def test_ordinary_content_arrives_exactly_as_sent(base: str, upstream: str,
                                                        mode: str) -> None:
    async with Client(upstream, mode=mode) as direct:  # type: ignore[arg-type]
        expected = await direct.call_tool("benign_mix", {})
    async with Client(f"{base}/mcp/spot", mode=mode) as client:  # type: ignore[arg-type]
        result = await client.call_tool("benign_mix", {})
    assert result.content == expected.content
    assert result.meta is None or "mcpwarden/findings" not in result.meta


async def test_terminal_escapes_and_hidden_characters_are_removed(base: str) -> None:
    async with Client(f"{base}/mcp/spot", mode="legacy") as client:
        result = await client.call_tool("terminal_log", {})
    text = texts(result)[0]
    assert "\x1b" not in text and "\u202e" not in text and "\u200b" not in text
    assert "\x07" not in text and "PASS tests/test_api.py" in text


async def test_caps_truncate_per_tool_and_reject_per_upstream(base: str) -> None:
    async with Client(f"{base}/mcp/spot", mode="legacy") as client:
        big = await client.call_tool("big_output", {"kib": 64})
    assert len(texts(big)[0]) < 16 * 1024 and "[truncated by mcpwarden" in texts(big)[0]
    async with Client(f"{base}/mcp/block", mode="2026-07-28") as client:
        many = await client.call_tool("many_items", {"count": 20})
    assert many.is_error and many.meta is not None
    assert many.meta["mcpwarden/blocked"]["reason"] == "too_many_items"


async def test_resource_and_prompt_are_guarded(base: str) -> None:
    async with Client(f"{base}/mcp/spot", mode="legacy") as client:
        prompt = await client.get_prompt("summarise_ticket")
        page = await client.read_resource("page://injected")
    assert isinstance(prompt.messages[0].content, TextContent)
    assert MARKER.search(prompt.messages[0].content.text)
    assert MARKER.search(page.contents[0].text)  # type: ignore[union-attr]
    async with Client(f"{base}/mcp/block", mode="legacy") as client:
        with pytest.raises(MCPError) as refused:
            await client.read_resource("page://injected")
    assert refused.value.error.data["reason"] == "injection_detected"


async def test_server_sampling_request_reaches_the_client_spotlighted(base: str) -> None:
    seen: list[CreateMessageRequestParams] = []

    async def sample(context: Any, params: CreateMessageRequestParams) -> CreateMessageResult:
        seen.append(params)
        return CreateMessageResult(role="assistant", model="m",
                                   content=TextContent(type="text", text="a summary"))

    async with Client(f"{base}/mcp/spot", mode="legacy", sampling_callback=sample) as client:
        result = await client.call_tool("ask_model", {})
    assert "a summary" in texts(result)[0]
    content = seen[0].messages[0].content
    assert isinstance(content, TextContent) and MARKER.search(content.text)
    assert seen[0].system_prompt == "You summarise e-mails."
