"""The leakage guard: secrets and personal data blocked or redacted in arguments (exfiltration)
and in results, with JSON and the MCP result shape kept valid, allowlists and per-tool overrides
honoured, and the raw value never in a refusal, a finding or a log line."""

from __future__ import annotations

import base64
import logging
import random
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import orjson
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp.types import ImageContent, TextContent
from support import FIXTURES, everything_server, gateway, github_token

from mcpwarden.config import ConfigError
from mcpwarden.guards.base import Deny, Exchange, Rewrite
from mcpwarden.guards.leakage import LeakageGuard
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

RNG = random.Random(5)
ALNUM = string.ascii_letters + string.digits



TOKEN = github_token(RNG)
AWS = "AKIA" + "".join(RNG.choice(string.ascii_uppercase + "234567") for _ in range(16))
EMAIL = "olivia.martin@posteo.net"


def guard(**settings: Any) -> LeakageGuard:
    return LeakageGuard.from_settings(settings, "guards.leakage")


def exchange(request: Message | None = None) -> Exchange:
    era = Era.LEGACY
    return Exchange(upstream="up", era=era, transport="http", protocol_version="2025-11-25",
                    request=request)


def call(arguments: Any, name: str = "send") -> Message:
    return jsonrpc.request(1, "tools/call", {"name": name, "arguments": arguments})


def reply(result: dict[str, Any]) -> Message:
    return Message.from_upstream(orjson.dumps({"jsonrpc": "2.0", "id": 1, "result": result}))


async def inbound(g: LeakageGuard, msg: Message, ex: Exchange | None = None) -> Any:
    return await g.inbound(ex or exchange(msg), msg)


async def outbound(g: LeakageGuard, request: Message, msg: Message,
                   ex: Exchange | None = None) -> Any:
    return await g.outbound(ex or exchange(request), msg)


# -- arguments ------------------------------------------------------------------------------------


async def test_secret_in_arguments_is_blocked_without_echoing_it(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ex = exchange()
    decision = await inbound(guard(), call({"body": {"lines": ["hi", f"key {TOKEN}"]}}), ex)
    assert isinstance(decision, Deny) and decision.reason == "secret_in_arguments"
    assert "github_token at arguments.body.lines[1]" in decision.message
    rendered = orjson.dumps(decision.to_error(1).obj).decode()
    assert TOKEN not in rendered and TOKEN not in caplog.text
    (finding,) = ex.notes["findings"]
    assert finding["guard"] == "leakage" and finding["action"] == "block"
    assert finding["kind"] == "github_token" and finding["path"] == "arguments.body.lines[1]"
    assert TOKEN not in orjson.dumps(finding).decode()
    assert "github_token" in caplog.text and "arguments.body.lines[1]" in caplog.text


async def test_secret_used_as_a_key_is_found_and_not_shown_in_the_path() -> None:
    decision = await inbound(guard(), call({TOKEN: 1}))
    assert isinstance(decision, Deny) and TOKEN not in decision.message
    assert "[REDACTED:github_token]" in decision.message


async def test_redact_mode_rewrites_arguments() -> None:
    g = guard(arguments={"secrets": "redact", "pii": "redact"})
    msg = call({"to": EMAIL, "note": f"use {AWS}", "n": 3})
    decision = await inbound(g, msg)
    assert isinstance(decision, Rewrite)
    assert decision.message.params["arguments"] == {
        "to": "[REDACTED:email]", "note": "use [REDACTED:aws_access_key]", "n": 3}
    assert decision.message.params["name"] == "send"
    assert TOKEN not in decision.message.raw.decode()


async def test_mirrored_param_headers_follow_the_redaction() -> None:
    g = guard(arguments={"secrets": "redact"})
    msg = call({"region": f"eu {TOKEN}", "note": f"é {TOKEN}"})
    ex = exchange(msg)
    encoded = base64.b64encode(f"é {TOKEN}".encode()).decode()
    ex.forward_headers = [("mcp-param-region", f"eu {TOKEN}"),
                          ("mcp-param-note", f"=?base64?{encoded}?="), ("x-other", "1")]
    assert isinstance(await g.inbound(ex, msg), Rewrite)
    headers = dict(ex.forward_headers)
    assert headers["mcp-param-region"] == "eu [REDACTED:github_token]"
    note = headers["mcp-param-note"].removeprefix("=?base64?").removesuffix("?=")
    assert base64.b64decode(note).decode() == "é [REDACTED:github_token]"
    assert headers["x-other"] == "1"


async def test_yaml_off_reads_as_false_and_means_off() -> None:
    g = guard(arguments={"secrets": False})
    assert await inbound(g, call({"v": TOKEN})) is None


async def test_custom_placeholder() -> None:
    g = guard(arguments={"secrets": "redact"}, placeholder="***{category}:{kind}***")
    decision = await inbound(g, call({"v": f"x {TOKEN}"}))
    assert isinstance(decision, Rewrite)
    assert decision.message.params["arguments"] == {"v": "x ***secret:github_token***"}


async def test_pii_in_arguments_is_flagged_by_default_and_blockable() -> None:
    ex = exchange()
    assert await inbound(guard(), call({"to": EMAIL}), ex) is None
    assert ex.notes["findings"][0]["action"] == "flag"
    blocked = await inbound(guard(arguments={"pii": "block"}), call({"to": EMAIL}))
    assert isinstance(blocked, Deny) and blocked.reason == "pii_in_arguments"
    assert EMAIL not in blocked.message


async def test_secret_named_by_its_json_key_is_found() -> None:
    g = guard(arguments={"secrets": "redact"})
    msg = call({"db": {"host": "db.internal", "password": "Tr0ub4dor&3x", "port": 5432},
                "max_tokens": 1000, "client_secret": "9fQ2xLm7Zp4Vw8Rk3Tn6Yb1Hc5Jd0Gs2"})
    decision = await inbound(g, msg)
    assert isinstance(decision, Rewrite)
    assert decision.message.params["arguments"] == {
        "db": {"host": "db.internal", "password": "[REDACTED:password]", "port": 5432},
        "max_tokens": 1000, "client_secret": "[REDACTED:generic_secret]"}


async def test_strings_are_scanned_apart() -> None:
    # Neither half is anything; glued together they would read as an assignment.
    assert await inbound(guard(), call({"a": "secret", "b": ["=", "9fQ2xLm7Zp4Vw8Rk3Tn6Y"]})) \
        is None


async def test_prompt_arguments_are_scanned_too() -> None:
    msg = jsonrpc.request(1, "prompts/get", {"name": "summarise", "arguments": {"doc": TOKEN}})
    decision = await inbound(guard(), msg)
    assert isinstance(decision, Deny) and "prompt 'summarise'" in decision.message


async def test_clean_arguments_pass_untouched() -> None:
    msg = call({"query": "weather in Oslo", "id": "550e8400-e29b-41d4-a716-446655440000"})
    assert await inbound(guard(), msg) is None


async def test_allowlists_values_patterns_domains_and_ranges() -> None:
    g = guard(arguments={"pii": "block"}, allow={
        "values": [AWS], "patterns": [r"ghp_[A-Za-z0-9]+"], "email_domains": ["posteo.net"],
        "ip_ranges": ["81.2.69.0/24"]})
    text = f"{AWS} {TOKEN} {EMAIL} x@sub.posteo.net 81.2.69.9"
    assert await inbound(g, call({"t": text})) is None
    denied = await inbound(g, call({"t": "62.210.16.4 and y@other.net"}))
    assert isinstance(denied, Deny) and "ip_address" in denied.message


async def test_per_tool_overrides() -> None:
    g = guard(tools={"store_secret": {"arguments": {"secrets": "off"}},
                     "mail_*": {"arguments": {"pii": "block"}, "pii_kinds": ["email"]}})
    assert await inbound(g, call({"v": TOKEN}, name="store_secret")) is None
    assert isinstance(await inbound(g, call({"v": TOKEN}, name="other")), Deny)
    denied = await inbound(g, call({"to": EMAIL, "ip": "8.8.8.8"}, name="mail_send"))
    assert isinstance(denied, Deny) and denied.reason == "pii_in_arguments"
    assert "ip_address" not in denied.message


# -- results --------------------------------------------------------------------------------------


async def test_tool_result_is_redacted_keeping_the_mcp_shape() -> None:
    png = "iVBORw0KGgo" + "A" * 40 + "AKIA" + "B" * 16 + "C" * 20
    result = {
        "content": [
            {"type": "text", "text": f"deploy with {TOKEN}\nowner {EMAIL}"},
            {"type": "image", "data": png, "mimeType": "image/png"},
            {"type": "resource", "resource": {"uri": "file:///e", "text": f"AWS={AWS}"}},
        ],
        "structuredContent": {"owner": EMAIL, "config": {"api_key": TOKEN}},
        "isError": False,
    }
    request = call({}, name="read")
    ex = exchange(request)
    decision = await outbound(guard(results={"pii": "redact"}), request, reply(result), ex)
    assert isinstance(decision, Rewrite)
    out = orjson.loads(decision.message.raw)
    assert out["id"] == 1 and out["jsonrpc"] == "2.0"
    content = out["result"]["content"]
    assert content[0] == {"type": "text",
                          "text": "deploy with [REDACTED:github_token]\nowner [REDACTED:email]"}
    assert content[1]["data"] == png  # binary payloads are not text
    assert content[2]["resource"] == {"uri": "file:///e", "text": "AWS=[REDACTED:aws_access_key]"}
    assert out["result"]["structuredContent"] == {
        "owner": "[REDACTED:email]", "config": {"api_key": "[REDACTED:github_token]"}}
    assert out["result"]["isError"] is False
    assert {f["path"] for f in ex.notes["findings"]} == {
        "result.content[0].text", "result.content[2].resource.text",
        "result.structuredContent.owner", "result.structuredContent.config.api_key"}


async def test_result_block_mode_withholds_the_reply() -> None:
    request = call({}, name="read")
    decision = await outbound(guard(results={"secrets": "block"}), request,
                              reply({"content": [{"type": "text", "text": TOKEN}]}))
    assert isinstance(decision, Deny) and decision.reason == "secret_in_result"
    assert TOKEN not in decision.message and "tool 'read'" in decision.message


async def test_resources_prompts_and_errors_are_scanned() -> None:
    g = guard(results={"pii": "redact"})
    read = jsonrpc.request(2, "resources/read", {"uri": "file:///x"})
    contents = {"contents": [{"uri": "file:///x", "text": f"token={TOKEN}"}]}
    decision = await outbound(g, read, reply(contents))
    assert isinstance(decision, Rewrite)
    assert decision.message.result["contents"][0]["text"] == "token=[REDACTED:github_token]"
    prompt = jsonrpc.request(3, "prompts/get", {"name": "p"})
    messages = {"messages": [{"role": "user", "content": {"type": "text", "text": EMAIL}}]}
    decision = await outbound(g, prompt, reply(messages))
    assert isinstance(decision, Rewrite)
    assert decision.message.result["messages"][0]["content"]["text"] == "[REDACTED:email]"
    error = jsonrpc.error(1, -32000, "connect postgres://app:Xy7pQ9wLm@db/app failed")
    decision = await outbound(g, call({}), error)
    assert isinstance(decision, Rewrite) and "Xy7pQ9wLm" not in decision.message.raw.decode()


async def test_personal_data_in_results_is_flagged_not_redacted_by_default() -> None:
    request = call({}, name="directory")
    ex = exchange(request)
    result = {"content": [{"type": "text", "text": f"owner {EMAIL}, token {TOKEN}"}]}
    decision = await outbound(guard(), request, reply(result), ex)
    assert isinstance(decision, Rewrite)
    text = decision.message.result["content"][0]["text"]
    assert text == f"owner {EMAIL}, token [REDACTED:github_token]"
    reasons = {(f["guard"], f["reason"], f["kind"], f["action"]) for f in ex.notes["findings"]}
    assert reasons == {("leakage", "pii_in_result", "email", "flag"),
                       ("leakage", "secret_in_result", "github_token", "redact")}
    assert all(EMAIL not in repr(f) and TOKEN not in repr(f) for f in ex.notes["findings"])


async def test_sampling_request_from_the_server_is_redacted() -> None:
    sampling = jsonrpc.request("s1", "sampling/createMessage", {
        "messages": [{"role": "user", "content": {"type": "text", "text": f"summarise {TOKEN}"}}],
        "systemPrompt": f"mail {EMAIL}", "maxTokens": 100})
    decision = await outbound(guard(results={"pii": "redact"}), call({}), sampling)
    assert isinstance(decision, Rewrite)
    params = decision.message.params
    assert params["messages"][0]["content"]["text"] == "summarise [REDACTED:github_token]"
    assert params["systemPrompt"] == "mail [REDACTED:email]" and params["maxTokens"] == 100


async def test_clean_results_and_other_methods_pass() -> None:
    g = guard()
    clean = reply({"content": [{"type": "text", "text": "commit 3f786850e387550fdab836ed7e6dc8"
                                "81de23001b, 2026-11-21"}]})
    assert await outbound(g, call({}), clean) is None
    listing = jsonrpc.request(4, "tools/list")
    assert await outbound(g, listing, reply({"tools": [{"name": "t", "description": EMAIL}]})) \
        is None


async def test_raw_json_escapes_cannot_slip_past_the_prefilter() -> None:
    """The clean fast path looks at the raw bytes; JSON that spells letters as `\\u` escapes
    (or a secret split by them) is decoded and scanned like any other."""
    escaped = TOKEN.replace("ghp_", "\\u0067hp_")
    raw = ('{"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": '
           f'"\\u0070assword=Hunter2!x9q and {escaped}"}}]}}}}').encode()
    decision = await outbound(guard(), call({}), Message.from_upstream(raw))
    assert isinstance(decision, Rewrite)
    text = decision.message.result["content"][0]["text"]
    assert text == "password=[REDACTED:password] and [REDACTED:github_token]"
    tabbed = (b'{"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": '
              b'"db_password\\t= Hunter2!x9q"}]}}')
    decision = await outbound(guard(), call({}), Message.from_upstream(tabbed))
    assert isinstance(decision, Rewrite)
    assert decision.message.result["content"][0]["text"] == "db_password\t= [REDACTED:password]"


async def test_split_and_concatenated_secrets_in_arguments_are_refused() -> None:
    for arguments in ({"code": f'token = "ghp_" + "{TOKEN[4:]}"'},
                      {"config": f'{{\n  "client_secret":\n    "q7{TOKEN[4:30]}"\n}}'},
                      {"notes": "| user | password |\n|---|---|\n| admin | Hunter2!x9q |"}):
        decision = await inbound(guard(), call(arguments))
        assert isinstance(decision, Deny) and decision.reason == "secret_in_arguments", arguments


async def test_deep_nesting_fails_closed() -> None:
    deep: Any = "x"
    for _ in range(300):
        deep = [deep]
    decision = await inbound(guard(), call({"v": deep}))
    assert isinstance(decision, Deny) and decision.reason == "leakage_unscannable"


@pytest.mark.parametrize(("settings", "problem"), [
    ({"arguments": {"secrets": "shred"}}, "guards.leakage.arguments.secrets"),
    ({"pii_kinds": ["email", "shoe_size"]}, "shoe_size"),
    ({"allow": {"patterns": ["("]}}, "guards.leakage.allow.patterns[0]"),
    ({"allow": {"ip_ranges": ["10.0.0.0/33"]}}, "guards.leakage.allow.ip_ranges[0]"),
    ({"tools": {"t": {"pii_kinds": ["nope"]}}}, "guards.leakage.tools.t.pii_kinds"),
    ({"colour": "red"}, "colour"),
    ({"placeholder": "<{value}>"}, "guards.leakage.placeholder"),
    ({"results": {"pii": True}}, "guards.leakage.results.pii: say what to do"),
])
def test_bad_settings_are_config_errors(settings: dict[str, Any], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        guard(**settings)


# -- end to end -----------------------------------------------------------------------------------

STDIO_FIXTURE = [sys.executable, str(FIXTURES / "stdio_fixture_server.py")]
MODERN = "2026-07-28"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("leakage")
    local = {"command": STDIO_FIXTURE, "sandbox": "none", "timeout": 10}
    config: dict[str, Any] = {
        "chain": ["methods", "size", "leakage"],
        "upstreams": {
            "local": local,
            "lenient": {**local, "guards": {"leakage": {"arguments": {"secrets": "flag"}}}},
        },
        "audit": {"sinks": ["jsonl://audit.jsonl"]},
    }
    with gateway(config, tmp) as url:
        yield url, next(tmp.glob("state-*"))


def echo(http: httpx.Client, route: str, text: str) -> dict[str, Any]:
    meta = {"io.modelcontextprotocol/protocolVersion": MODERN,
            "io.modelcontextprotocol/clientCapabilities": {}}
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": {"name": "echo", "arguments": {"text": text}, "_meta": meta}}
    headers = {"content-type": "application/json",
               "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN, "mcp-method": "tools/call", "mcp-name": "echo"}
    answer = http.post(f"/mcp/{route}", content=orjson.dumps(body), headers=headers)
    assert answer.status_code == 200, answer.text
    assert TOKEN not in answer.text
    reply: dict[str, Any] = answer.json()
    return reply


def test_e2e_exfiltration_blocked_and_result_redacted(base: tuple[str, Path]) -> None:
    url, state = base
    with httpx.Client(base_url=url, timeout=20) as http:
        denied = echo(http, "local", f"build 42 used {TOKEN} yesterday")["error"]
        assert denied["data"]["reason"] == "secret_in_arguments"
        assert denied["data"]["guard"] == "leakage"
        assert "github_token at arguments.text" in denied["message"]

        result = echo(http, "lenient", f"build 42 used {TOKEN} yesterday")["result"]
        assert result["content"][0]["text"] == "build 42 used [REDACTED:github_token] yesterday"
        assert echo(http, "lenient", "nothing to see")["result"]["content"][0]["text"] == \
            "nothing to see"
    audit = (state / "audit.jsonl").read_text()
    assert TOKEN not in audit
    findings = [finding for line in audit.splitlines() if line.strip()
                for finding in orjson.loads(line).get("findings", [])
                if finding.get("guard") == "leakage"]
    assert {(f["kind"], f["action"]) for f in findings} >= {
        ("github_token", "block"), ("github_token", "flag"), ("github_token", "redact")}


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("leakage-sdk")
    with everything_server() as upstream:
        config: dict[str, Any] = {
            "chain": ["methods", "size", "leakage"],
            "upstreams": {
                "blocking": {"url": upstream},
                "redacting": {"url": upstream,
                              "guards": {"leakage": {"arguments": {"secrets": "redact"}}}},
            },
        }
        with gateway(config, tmp) as url:
            yield url


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_e2e_official_client_both_eras(everything: str, mode: str) -> None:
    region = f"eu-{TOKEN}"
    async with Client(f"{everything}/mcp/blocking", mode=mode) as client:  # type: ignore[arg-type]
        await client.list_tools()
        with pytest.raises(MCPError) as caught:
            await client.call_tool("test_custom_header_echo", {"region": region})
        assert caught.value.error.data["reason"] == "secret_in_arguments"
        assert TOKEN not in caught.value.error.message
        image = await client.call_tool("test_image_content", {})
        assert isinstance(image.content[0], ImageContent)  # binary content passes untouched
    async with Client(f"{everything}/mcp/redacting", mode=mode) as client:  # type: ignore[arg-type]
        await client.list_tools()
        # 2026-07-28 clients mirror `region` into Mcp-Param-Region: redacted there too, so the
        # upstream sees a consistent request and never the raw value.
        result = await client.call_tool("test_custom_header_echo", {"region": region})
        first = result.content[0]
        assert isinstance(first, TextContent)
        assert first.text == "Region: eu-[REDACTED:github_token]"
