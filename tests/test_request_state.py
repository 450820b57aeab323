"""The request_state guard: sealed `requestState` (MRTR-01, STATE-01).

Unit tests drive the guard with real JSON-RPC messages; the end-to-end tests run a real gateway
whose chain ends with the guard, in front of the everything-server fixture, and talk to it with
the official conformance scenarios, the official SDK client and raw HTTP with real tokens.

Until the guard is registered, the gateway is started by this very file
(`python tests/test_request_state.py CONFIG`), which builds the app as `mcpwarden serve` does and
appends the guard to every route's chain (not twice, once the default chain has it).
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import orjson
import pytest
from conformance import harness
from support import ROOT, everything_server, gateway

from mcpwarden.config import Config, ConfigError
from mcpwarden.config import from_dict as config_from_dict
from mcpwarden.guards import request_state as module
from mcpwarden.guards.base import Deny, Exchange, Rewrite
from mcpwarden.guards.request_state import (
    PREFIX,
    RequestStateGuard,
    decode_state_key,
    load_state_key,
)
from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

ALICE = Principal(issuer="https://idp.example", subject="alice")
BOB = Principal(issuer="https://idp.example", subject="bob")
KEY = bytes(range(32))
UPSTREAM_STATE = "upstream-secret: cart=42; discount=staff"
NOW = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def guard(clock: Clock) -> RequestStateGuard:
    return RequestStateGuard(KEY, ttl=600, max_bytes=1024, clock=clock)


def exchange(principal: Principal = ALICE, upstream: str = "files",
             request: Message | None = None) -> Exchange:
    return Exchange(upstream=upstream, era=Era.MODERN, transport="http",
                    protocol_version="2026-07-28", principal=principal, request=request)


def client_request(id: int = 1, method: str = "tools/call", name: str | None = "checkout",
                   **params: Any) -> Message:
    """A request as the HTTP front hands it to the chain: parsed from bytes."""
    body: dict[str, Any] = {"arguments": {"cart": 42}} if method == "tools/call" else {}
    if name is not None:
        body["uri" if method == "resources/read" else "name"] = name
    body.update(params)
    body["_meta"] = {"io.modelcontextprotocol/protocolVersion": "2026-07-28"}
    return Message.parse(orjson.dumps(
        {"jsonrpc": "2.0", "id": id, "method": method, "params": body}))


def upstream_reply(result: dict[str, Any], id: int = 1) -> Message:
    """A reply as an upstream connector hands it to the chain: envelope read, payload raw."""
    return Message.from_upstream(orjson.dumps({"jsonrpc": "2.0", "id": id, "result": result}))


def input_required(state: Any = UPSTREAM_STATE) -> dict[str, Any]:
    return {
        "resultType": "input_required",
        "inputRequests": {"confirm": {"method": "elicitation/create", "params": {
            "message": "Confirm the purchase?", "requestedSchema": {"type": "object"}}}},
        "requestState": state,
    }


async def seal(guard: RequestStateGuard, ex: Exchange | None = None,
               state: Any = UPSTREAM_STATE) -> str:
    ex = ex or exchange(request=client_request())
    decision = await guard.outbound(ex, upstream_reply(input_required(state)))
    assert isinstance(decision, Rewrite), decision
    token: str = decision.message.result["requestState"]
    return token


async def retry(guard: RequestStateGuard, token: Any, ex: Exchange | None = None,
                **request: Any) -> Rewrite | Deny | None:
    msg = client_request(id=2, requestState=token,
                         inputResponses={"confirm": {"action": "accept"}}, **request)
    return await guard.inbound(ex or exchange(), msg)


def assert_refused(decision: Rewrite | Deny | None, problem: str | None = None) -> None:
    assert isinstance(decision, Deny), decision
    assert decision.reason == "request_state_invalid"
    assert decision.code == -32602
    assert decision.http_status is None
    assert "Retry the original request without requestState" in decision.message
    if problem is not None:
        assert decision.data == {"problem": problem}, decision.message


def blob(token: str) -> bytes:
    body = token[len(PREFIX):]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def token_of(data: bytes) -> str:
    return PREFIX + base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# -- round trip ----------------------------------------------------------------------------------


async def test_sealed_state_opens_to_the_upstream_state(guard: RequestStateGuard) -> None:
    token = await seal(guard)
    assert token.startswith("mw1.")
    decision = await retry(guard, token)
    assert isinstance(decision, Rewrite)
    restored = decision.message
    assert restored.id == 2 and restored.method == "tools/call"
    assert restored.params == {
        "name": "checkout", "arguments": {"cart": 42},
        "requestState": UPSTREAM_STATE, "inputResponses": {"confirm": {"action": "accept"}},
        "_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28"},
    }


async def test_only_the_state_changes_in_the_reply(guard: RequestStateGuard) -> None:
    ex = exchange(request=client_request())
    decision = await guard.outbound(ex, upstream_reply(input_required()))
    assert isinstance(decision, Rewrite)
    sealed = decision.message
    assert sealed.id == 1 and sealed.kind == "response"
    expected = {**input_required(), "requestState": sealed.result["requestState"]}
    assert sealed.result == expected
    assert orjson.loads(sealed.raw)["result"] == expected


async def test_the_upstream_state_is_encrypted_not_just_signed(guard: RequestStateGuard) -> None:
    token = await seal(guard)
    assert UPSTREAM_STATE.encode() not in blob(token)
    assert b"staff" not in blob(token) and "staff" not in token


async def test_every_seal_is_different(guard: RequestStateGuard) -> None:
    assert await seal(guard) != await seal(guard)


async def test_text_beyond_ascii_survives(guard: RequestStateGuard) -> None:
    state = "état: ✓ 日本 🙂"
    decision = await retry(guard, await seal(guard, state=state))
    assert isinstance(decision, Rewrite)
    assert decision.message.params["requestState"] == state


async def test_several_rounds_each_get_a_new_seal(guard: RequestStateGuard) -> None:
    first = await seal(guard, state="round-1")
    opened = await retry(guard, first)
    assert isinstance(opened, Rewrite)
    second = await seal(guard, exchange(request=opened.message), state="round-2:alice")
    decision = await retry(guard, second)
    assert isinstance(decision, Rewrite)
    assert decision.message.params["requestState"] == "round-2:alice"


@pytest.mark.parametrize(("method", "name"), [
    ("prompts/get", "greeting"), ("resources/read", "file:///srv/notes.txt"),
])
async def test_prompts_and_resources_are_bound_to_their_name(
    guard: RequestStateGuard, method: str, name: str
) -> None:
    ex = exchange(request=client_request(method=method, name=name))
    token = await seal(guard, ex)
    assert isinstance(await retry(guard, token, method=method, name=name), Rewrite)
    assert_refused(await retry(guard, token, method=method, name=name + "x"), "unverifiable")


# -- what must be refused ------------------------------------------------------------------------


async def test_any_changed_character_is_refused(guard: RequestStateGuard) -> None:
    token = await seal(guard)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for index, char in enumerate(token):
        other = alphabet[(alphabet.find(char) + 1) % len(alphabet)]
        assert_refused(await retry(guard, token[:index] + other + token[index + 1:]))


async def test_any_flipped_bit_is_refused(guard: RequestStateGuard) -> None:
    data = blob(await seal(guard))
    for index in range(len(data)):
        for bit in (0x01, 0x80):
            tampered = data[:index] + bytes([data[index] ^ bit]) + data[index + 1:]
            assert_refused(await retry(guard, token_of(tampered)), "unverifiable")


async def test_conformance_style_suffix_is_refused(guard: RequestStateGuard) -> None:
    assert_refused(await retry(guard, await seal(guard) + "-TAMPERED"), "malformed")


async def test_truncated_state_is_refused(guard: RequestStateGuard) -> None:
    token = await seal(guard)
    body = len(token) - len(PREFIX)
    for length in (len(token) - 1, len(token) - 2, len(token) - 4, len(PREFIX) + body // 2,
                   len(PREFIX) + 8, len(PREFIX) + 1, len(PREFIX), 3, 0):
        assert_refused(await retry(guard, token[:length]))
    assert_refused(await retry(guard, token_of(blob(token)[:-1])), "unverifiable")
    assert_refused(await retry(guard, token_of(blob(token)[:20])), "malformed")


async def test_state_replayed_by_another_user_is_refused(guard: RequestStateGuard) -> None:
    token = await seal(guard, exchange(ALICE, request=client_request()))
    assert_refused(await retry(guard, token, exchange(BOB)), "unverifiable")
    other_issuer = Principal(issuer="https://evil.example", subject="alice")
    assert_refused(await retry(guard, token, exchange(other_issuer)), "unverifiable")
    assert_refused(await retry(guard, token, exchange(ANONYMOUS)), "unverifiable")
    assert isinstance(await retry(guard, token, exchange(ALICE)), Rewrite)


async def test_state_replayed_on_another_upstream_is_refused(guard: RequestStateGuard) -> None:
    token = await seal(guard, exchange(upstream="files", request=client_request()))
    assert_refused(await retry(guard, token, exchange(upstream="tickets")), "unverifiable")


async def test_state_replayed_on_another_tool_or_method_is_refused(
    guard: RequestStateGuard,
) -> None:
    token = await seal(guard)
    assert_refused(await retry(guard, token, name="refund"), "unverifiable")
    assert_refused(await retry(guard, token, method="prompts/get"), "unverifiable")
    assert_refused(await retry(guard, token, method="tools/list", name=None), "unverifiable")


async def test_expired_state_is_refused(guard: RequestStateGuard, clock: Clock) -> None:
    token = await seal(guard)
    clock.now = NOW + 599.9
    assert isinstance(await retry(guard, token), Rewrite)
    clock.now = NOW + 600.1
    decision = await retry(guard, token)
    assert_refused(decision, "expired")
    assert isinstance(decision, Deny) and "expired" in decision.message


async def test_state_sealed_under_another_key_is_refused(clock: Clock) -> None:
    this_process = RequestStateGuard(KEY, clock=clock)
    other_process = RequestStateGuard(os.urandom(32), clock=clock)
    assert_refused(await retry(this_process, await seal(other_process)), "unverifiable")


async def test_unknown_version_is_refused(guard: RequestStateGuard) -> None:
    token = await seal(guard)
    for other in ("mw2." + token[len(PREFIX):], "MW1." + token[len(PREFIX):],
                  token[len(PREFIX):], "v1." + token[len(PREFIX):]):
        assert_refused(await retry(guard, other), "unknown_version")


async def test_state_the_gateway_never_sealed_is_refused(guard: RequestStateGuard) -> None:
    for forged in (UPSTREAM_STATE, "", "awaiting-confirmation", "mw1.", "mw1.AAAA", "mw1.=="):
        assert_refused(await retry(guard, forged))


@pytest.mark.parametrize("value", [None, 42, ["mw1.x"], {"state": "x"}, True])
async def test_state_that_is_not_a_string_is_refused(
    guard: RequestStateGuard, value: Any
) -> None:
    assert_refused(await retry(guard, value), "not_a_string")


async def test_escaped_key_does_not_slip_past(guard: RequestStateGuard) -> None:
    raw = (b'{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"checkout",'
           b'"requestSt\\u0061te":"forged-by-the-client"}}')
    assert_refused(await guard.inbound(exchange(), Message.parse(raw)), "unknown_version")


async def test_non_canonical_base64_is_refused(guard: RequestStateGuard) -> None:
    # Two spellings of the same bytes (unused low bits set in the last character).
    token = await seal(guard)
    assert len(blob(token)) % 3 != 0  # so the last character carries unused bits
    last = token[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    sloppy = token[:-1] + alphabet[alphabet.index(last) | 1]
    assert sloppy != token
    assert_refused(await retry(guard, sloppy))


# -- size bound ----------------------------------------------------------------------------------


async def test_largest_allowed_state_round_trips(guard: RequestStateGuard) -> None:
    state = "x" * 1024
    decision = await retry(guard, await seal(guard, state=state))
    assert isinstance(decision, Rewrite)
    assert decision.message.params["requestState"] == state


async def test_oversized_upstream_state_is_not_handed_out(guard: RequestStateGuard) -> None:
    ex = exchange(request=client_request())
    decision = await guard.outbound(ex, upstream_reply(input_required("é" * 513)))
    assert isinstance(decision, Deny)
    assert decision.reason == "request_state_too_large"
    assert "1026-byte" in decision.message and "1024" in decision.message


async def test_oversized_token_is_refused_before_decoding(guard: RequestStateGuard) -> None:
    token = await seal(guard, state="x" * 1024)
    assert len(token) == guard.sealer.max_token_length
    assert_refused(await retry(guard, token + "A"), "too_long")
    assert_refused(await retry(guard, PREFIX + "A" * 1_000_000), "too_long")


# -- messages the guard leaves alone -------------------------------------------------------------


async def test_requests_without_state_pass(guard: RequestStateGuard) -> None:
    assert await guard.inbound(exchange(), client_request()) is None
    assert await guard.inbound(exchange(), client_request(
        arguments={"note": "mention requestState and input_required in text"})) is None
    note = Message.parse(b'{"jsonrpc":"2.0","method":"notifications/cancelled",'
                         b'"params":{"requestId":1,"requestState":"x"}}')
    assert await guard.inbound(exchange(), note) is None


async def test_ordinary_replies_pass_unparsed(guard: RequestStateGuard) -> None:
    ex = exchange(request=client_request())
    for result in ({"content": [{"type": "text", "text": "done"}], "resultType": "complete"},
                   {"tools": [], "requestState": "not an MRTR reply"}):
        reply = upstream_reply(result)
        assert await guard.outbound(ex, reply) is None
        assert reply._obj is None  # only the bytes were looked at
    error = Message.from_upstream(
        b'{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"input_required"}}')
    assert await guard.outbound(ex, error) is None
    assert error._obj is None
    server_request = Message.from_upstream(
        b'{"jsonrpc":"2.0","id":9,"method":"elicitation/create","params":{"message":'
        b'"input_required","requestState":"x"}}')
    assert await guard.outbound(ex, server_request) is None


async def test_input_required_without_state_passes(guard: RequestStateGuard) -> None:
    result = input_required()
    del result["requestState"]
    ex = exchange(request=client_request())
    assert await guard.outbound(ex, upstream_reply(result)) is None
    text = {"content": [{"type": "text", "text": "resultType: input_required"}],
            "requestState": "x"}
    assert await guard.outbound(ex, upstream_reply(text)) is None


async def test_upstream_state_that_is_not_a_string_is_not_handed_out(
    guard: RequestStateGuard,
) -> None:
    ex = exchange(request=client_request())
    decision = await guard.outbound(ex, upstream_reply(input_required({"cart": 42})))
    assert isinstance(decision, Deny)
    assert decision.reason == "upstream_invalid_request_state"


async def test_state_outside_any_request_is_not_handed_out(guard: RequestStateGuard) -> None:
    decision = await guard.outbound(exchange(request=None), upstream_reply(input_required()))
    assert isinstance(decision, Deny)
    assert decision.reason == "request_state_unbound"


async def test_garbled_upstream_payload_is_denied_not_raised(guard: RequestStateGuard) -> None:
    garbled = b'{"jsonrpc":"2.0","id":1,"result":{"resultType":"input_required",'
    reply = Message("response", 1, None, raw=garbled)
    decision = await guard.outbound(exchange(request=client_request()), reply)
    assert isinstance(decision, Deny)
    assert decision.reason == "upstream_invalid_message"


# -- keys and settings ---------------------------------------------------------------------------


def test_key_formats() -> None:
    key = os.urandom(32)
    spellings = [
        base64.b64encode(key).decode(),
        base64.b64encode(key).decode().rstrip("="),
        base64.urlsafe_b64encode(key).decode(),
        base64.urlsafe_b64encode(key).decode().rstrip("=") + "\n",
        key.hex(),
        key.hex().upper(),
    ]
    for text in spellings:
        assert decode_state_key(text) == key


@pytest.mark.parametrize("text", [
    "", "too-short", base64.b64encode(b"k" * 16).decode(), base64.b64encode(b"k" * 33).decode(),
    "zz" * 32, "correct horse battery staple correct horse battery",
])
def test_bad_keys_are_refused_without_echoing_them(text: str) -> None:
    with pytest.raises(ConfigError) as info:
        decode_state_key(text)
    message = str(info.value)
    assert message.startswith("auth.state_key: ")
    assert "openssl rand -base64 32" in message
    if text:
        assert text not in message


def test_key_from_a_secret_reference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = os.urandom(32)
    monkeypatch.setenv("MW_TEST_STATE_KEY", key.hex())
    assert load_state_key("env:MW_TEST_STATE_KEY") == key
    path = tmp_path / "state.key"
    path.write_text(base64.b64encode(key).decode() + "\n")
    assert load_state_key(f"file:{path}") == key
    with pytest.raises(ConfigError, match=r"auth\.state_key: environment variable MW_NOPE"):
        load_state_key("env:MW_NOPE")
    with pytest.raises(ConfigError, match=r"auth\.state_key: secrets are never written inline"):
        load_state_key(key.hex())


ALLOW_ALL = [{"allow": {"upstream": "*", "tools": ["*"], "prompts": ["*"], "resources": ["*"]}}]


def config_with(tmp_path: Path, **auth: Any) -> Config:
    return config_from_dict({
        "auth": {"dev_issuer": {"dir": str(tmp_path / "dev")}, **auth},
        "upstreams": {"files": {"url": "http://127.0.0.1:9/mcp"}},
        "policy": ALLOW_ALL,
    })


async def test_replicas_sharing_the_configured_key_open_each_others_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MW_TEST_STATE_KEY", base64.b64encode(os.urandom(32)).decode())
    config = config_with(tmp_path, state_key="env:MW_TEST_STATE_KEY", state_ttl=30)
    one, two = RequestStateGuard.from_config(config), RequestStateGuard.from_config(config)
    assert one.ttl == 30
    decision = await retry(two, await seal(one))
    assert isinstance(decision, Rewrite)
    assert decision.message.params["requestState"] == UPSTREAM_STATE


async def test_without_a_configured_key_one_random_key_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(module, "_process_key", None)
    with caplog.at_level(logging.INFO, logger="mcpwarden.guards.request_state"):
        first = RequestStateGuard.from_config(config_with(tmp_path))
        second = RequestStateGuard.from_settings({}, "guards.request_state")
        anonymous = RequestStateGuard.from_config(config_from_dict({
            "auth": "none", "upstreams": {"files": {"url": "http://127.0.0.1:9/mcp"}}}))
    notices = [r for r in caplog.records if "auth.state_key is not set" in r.getMessage()]
    assert len(notices) == 1 and notices[0].levelno == logging.INFO
    assert first.ttl == second.ttl == anonymous.ttl == 600
    assert isinstance(await retry(second, await seal(first)), Rewrite)
    monkeypatch.setattr(module, "_process_key", None)  # what a restart does
    restarted = RequestStateGuard.from_settings({}, "guards.request_state")
    assert_refused(await retry(restarted, await seal(first)), "unverifiable")


def test_settings(tmp_path: Path) -> None:
    config = config_with(tmp_path, state_ttl=120)
    guard = RequestStateGuard.from_config(
        config, {"ttl": 30, "max_bytes": "4KiB"}, "upstreams.files.guards.request_state")
    assert guard.ttl == 30 and guard.sealer.max_bytes == 4096
    assert RequestStateGuard.from_config(config).ttl == 120
    problems: dict[str, dict[str, Any]] = {
        "upstreams.files.guards.request_state: object contains unknown field `seal`":
            {"seal": True},
        "upstreams.files.guards.request_state.ttl: must be a positive": {"ttl": 0},
        "upstreams.files.guards.request_state.max_bytes: must be more than 0": {"max_bytes": 0},
        "upstreams.files.guards.request_state.max_bytes: 'lots' is not a size":
            {"max_bytes": "lots"},
    }
    for expected, raw in problems.items():
        with pytest.raises(ConfigError) as info:
            RequestStateGuard.from_config(config, raw, "upstreams.files.guards.request_state")
        assert str(info.value).startswith(expected), str(info.value)
    with pytest.raises(ConfigError, match=r"auth\.state_ttl: must be a positive"):
        RequestStateGuard.from_config(config_with(tmp_path, state_ttl=-1))


# -- end to end: a real gateway with the guard in its chain ---------------------------------------

ACCEPT = "application/json, text/event-stream"
MODERN = "2026-07-28"
REQUEST_STATE_TOOL = "test_input_required_result_request_state"
SCENARIOS = ("input-required-result-tampered-state", "input-required-result-request-state")


@contextlib.contextmanager
def guarded_gateway(tmp: Path, upstreams: dict[str, Any],
                    auth: dict[str, Any] | str = "none") -> Iterator[str]:
    """The gateway on a free loopback port (its default chain ends with the guard)."""
    config: dict[str, Any] = {"auth": auth, "upstreams": upstreams}
    if auth != "none":
        config["policy"] = ALLOW_ALL  # token authentication is default deny
    with gateway(config, tmp) as base:
        yield base


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with everything_server() as url:
        yield url


@pytest.fixture(scope="module")
def open_gateway(upstream: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with guarded_gateway(tmp_path_factory.mktemp("request-state"),
                         {"everything": {"url": upstream}}) as base:
        yield base


def run_scenario(url: str, scenario: str, out_dir: Path) -> list[dict[str, Any]]:
    """One conformance scenario (`--scenario NAME`) against url; its checks."""
    harness.check_tools_installed()
    argv = [str(harness.NODE_BIN_DIR / "node"), str(harness.CONFORMANCE_CLI), "server",
            "--url", url, "--scenario", scenario, "--timeout", "10000", "-o", str(out_dir)]
    env = {**os.environ, "PATH": os.pathsep.join([str(harness.NODE_BIN_DIR),
                                                  os.environ.get("PATH", "")])}
    done = subprocess.run(argv, capture_output=True, timeout=60, env=env, cwd=ROOT, check=False)
    found = sorted(out_dir.glob(f"server-{scenario}-*/checks.json"))
    if not found:
        pytest.fail(f"conformance {scenario} left no checks.json (exit {done.returncode}):\n"
                    f"{done.stdout.decode(errors='replace')[-3000:]}", pytrace=False)
    checks: list[dict[str, Any]] = json.loads(found[-1].read_text())
    result = harness.scenario_result(scenario, found[-1])
    assert result.passed, f"{scenario} failed through the gateway: {result.failing_checks}"
    return checks


@pytest.mark.conformance
def test_conformance_scenarios_pass_through_the_sealing(
    open_gateway: str, tmp_path: Path
) -> None:
    url = open_gateway.replace("127.0.0.1", "localhost") + "/mcp/everything"
    checks = {c["id"]: c for s in SCENARIOS for c in run_scenario(url, s, tmp_path)}

    # The tampered echo was refused by the gateway, before the upstream could see it.
    refused = checks["sep-2322-reject-tampered-state"]["details"]["tamperedResponse"]
    assert refused["code"] == -32602
    assert refused["data"]["reason"] == "request_state_invalid"
    assert refused["data"]["guard"] == "request_state"
    # The client only ever saw the sealed state, and its echo reached the upstream restored.
    first = checks["sep-2322-request-state-incomplete"]["details"]["result"]
    assert first["requestState"].startswith(PREFIX)
    assert "awaiting-confirmation" not in first["requestState"]
    final = checks["sep-2322-request-state-complete"]["details"]["result"]
    assert "state-ok" in final["content"][0]["text"]


async def test_sdk_client_round_trip_through_the_sealing(open_gateway: str) -> None:
    from mcp import Client
    from mcp.types import ElicitRequestParams, ElicitResult, InputRequiredResult

    asked: list[str] = []

    async def confirm(context: Any, params: ElicitRequestParams) -> ElicitResult:
        asked.append(params.message)
        return ElicitResult(action="accept", content={"ok": True})

    url = f"{open_gateway}/mcp/everything"
    async with Client(url, mode=MODERN, elicitation_callback=confirm) as client:
        first = await client.session.call_tool(REQUEST_STATE_TOOL, {}, allow_input_required=True)
        assert isinstance(first, InputRequiredResult)
        assert first.request_state is not None and first.request_state.startswith(PREFIX)
        assert "awaiting-confirmation" not in first.request_state

        result = await client.call_tool(REQUEST_STATE_TOOL, {})
    assert asked == ["Please confirm"]
    assert not result.is_error
    assert result.content[0].text == "state-ok: confirmation action=accept"  # type: ignore[union-attr]


# -- end to end with real tokens: another user, another upstream ---------------------------------


def modern_call(base: str, route: str, token: str, id: int,
                extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A raw 2026-07-28 tools/call of the request-state tool; the JSON-RPC reply."""
    meta = {"io.modelcontextprotocol/protocolVersion": MODERN,
            "io.modelcontextprotocol/clientCapabilities": {"elicitation": {}}}
    params = {"name": REQUEST_STATE_TOOL, "arguments": {}, **(extra or {}), "_meta": meta}
    headers = {"content-type": "application/json", "accept": ACCEPT,
               "mcp-protocol-version": MODERN, "mcp-method": "tools/call",
               "mcp-name": REQUEST_STATE_TOOL, "authorization": f"Bearer {token}"}
    body = {"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": params}
    resp = httpx.post(f"{base}/mcp/{route}", json=body, headers=headers, timeout=10)
    assert resp.status_code == 200, resp.text
    if resp.headers["content-type"].startswith("text/event-stream"):
        data = [line[5:] for line in resp.text.splitlines() if line.startswith("data:")]
        reply: dict[str, Any] = json.loads(data[-1])
    else:
        reply = resp.json()
    assert reply["id"] == id
    return reply


def test_state_is_bound_to_the_user_and_upstream_through_the_gateway(
    upstream: str, tmp_path: Path
) -> None:
    from mcpwarden.identity.devissuer import DevIssuer

    dev_dir = tmp_path / "dev"
    auth = {"dev_issuer": {"dir": str(dev_dir)}}
    routes = {"everything": {"url": upstream}, "other": {"url": upstream}}
    with guarded_gateway(tmp_path, routes, auth) as base:
        issuer = DevIssuer(dev_dir, f"{base}/dev-issuer")

        def token(user: str, route: str = "everything") -> str:
            return issuer.mint(user, audience=f"{base}/mcp/{route}")

        first = modern_call(base, "everything", token("alice"), 1)["result"]
        state = first["requestState"]
        assert first["resultType"] == "input_required" and state.startswith(PREFIX)
        answer = {"inputResponses": {"confirm": {"action": "accept", "content": {"ok": True}}},
                  "requestState": state}

        for user, route in (("bob", "everything"), ("alice", "other")):
            refused = modern_call(base, route, token(user, route), 2, answer)["error"]
            assert refused["code"] == -32602, refused
            assert refused["data"] == {"reason": "request_state_invalid",
                                       "guard": "request_state", "problem": "unverifiable"}

        done = modern_call(base, "everything", token("alice"), 3, answer)["result"]
        assert done["content"][0]["text"] == "state-ok: confirmation action=accept"
