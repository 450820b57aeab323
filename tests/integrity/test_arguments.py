"""Strict argument validation, from the attacker's side: the `arguments` guard and its validator.

Unit tests drive the real guard with real JSON-RPC messages; the end-to-end tests put it in a
real gateway (built in-process, served by uvicorn) in front of the conformance fixture upstream.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import threading
import urllib.request
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from mcp import Client
from mcp.shared.exceptions import MCPError
from support import everything_server, free_port

from mcpwarden.config import ConfigError, from_dict
from mcpwarden.guards.arguments import ArgumentsGuard
from mcpwarden.guards.base import Deny, Exchange
from mcpwarden.guards.chain import Chain
from mcpwarden.integrity.schemas import SchemaCache, SchemaError, compile_schema
from mcpwarden.server import build_app
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.errors import INVALID_PARAMS, UPSTREAM_ERROR

D2020 = "https://json-schema.org/draft/2020-12/schema"
D7 = "http://json-schema.org/draft-07/schema#"

# A typical inputSchema: 6 properties, nested object, enum, pattern, array, closed.
SEARCH: dict[str, Any] = {
    "$schema": D2020,
    "type": "object",
    "properties": {
        "query": {"type": "string", "minLength": 1},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "sort": {"enum": ["relevance", "date"]},
        "repo": {"type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"},
        "labels": {"type": "array", "items": {"type": "string"}},
        "filter": {
            "type": "object",
            "properties": {"author": {"type": "string"}, "since": {"type": "string"}},
            "required": ["author"],
            "additionalProperties": False,
        },
    },
    "required": ["query"],
    "additionalProperties": False,
}
GOOD_SEARCH = {"query": "leak", "limit": 10, "sort": "date", "repo": "acme/web",
               "labels": ["bug"], "filter": {"author": "eve"}}
OPEN: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "string"}}}

TOOLS: dict[str, dict[str, Any]] = {
    "search": {"name": "search", "inputSchema": SEARCH},
    "open": {"name": "open", "inputSchema": OPEN},
    "free": {"name": "free", "inputSchema": {"type": "object", "additionalProperties": True}},
    "noschema": {"name": "noschema"},
    "draft7": {"name": "draft7", "inputSchema": {
        "$schema": D7, "type": "object",
        "properties": {"n": {"type": "integer"}, "t": {"type": "array", "items": [
            {"type": "string"}]}},
        "dependencies": {"n": ["t"]}}},
    "modern": {"name": "modern", "inputSchema": {
        "$schema": D2020, "type": "object",
        "properties": {
            "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}],
                     "items": False},
            "card": {"type": "string"}, "cvv": {"type": "string"},
        },
        "allOf": [{"properties": {"extra_ok": {"type": "boolean"}}}],
        "dependentRequired": {"card": ["cvv"]},
        "unevaluatedProperties": False}},
    "weather": {"name": "weather", "inputSchema": {"type": "object"}, "outputSchema": {
        "type": "object", "properties": {"celsius": {"type": "number"}},
        "required": ["celsius"]}},
}


def source(name: str) -> dict[str, Any] | None:
    return TOOLS.get(name)


def exchange(request: jsonrpc.Message | None = None) -> Exchange:
    return Exchange(upstream="up", era=Era.LEGACY, transport="http",
                    protocol_version="2025-11-25", request=request)


def call(name: str, arguments: Any = None, *, omit: bool = False) -> jsonrpc.Message:
    params: dict[str, Any] = {"name": name}
    if not omit:
        params["arguments"] = arguments
    return jsonrpc.request(7, "tools/call", params)


async def check(guard: ArgumentsGuard, name: str, arguments: Any = None, **kw: Any) -> Deny | None:
    decision = await guard.inbound(exchange(), call(name, arguments, **kw))
    assert decision is None or isinstance(decision, Deny)
    return decision


def guard(**settings: Any) -> ArgumentsGuard:
    return ArgumentsGuard.from_settings(settings, "guards.arguments", schema_source=source)


def denied(decision: Deny | None) -> Deny:
    assert isinstance(decision, Deny), "expected a denial"
    assert decision.reason == "schema_violation"
    assert decision.code == INVALID_PARAMS
    return decision


# -- what must pass ---------------------------------------------------------------------------


async def test_valid_calls_pass() -> None:
    g = guard()
    assert await check(g, "search", GOOD_SEARCH) is None
    assert await check(g, "search", {"query": "x"}) is None
    assert await check(g, "open", {"a": "x", "anything": [1, {"b": 2}]}) is None
    assert await check(g, "free", {"whatever": {"deep": True}}) is None


async def test_tools_without_schema_and_unknown_tools_pass() -> None:
    g = guard()
    assert await check(g, "noschema", {"x": 1}) is None
    assert await check(g, "not-listed", {"x": 1}) is None
    assert await check(g, "open", omit=True) is None  # missing arguments are {}


async def test_other_methods_are_not_checked() -> None:
    g = guard()
    msg = jsonrpc.request(1, "tools/list", {})
    assert await g.inbound(exchange(), msg) is None


# -- what must be refused ----------------------------------------------------------------------


async def test_wrong_type_names_path_and_expectation() -> None:
    deny = denied(await check(guard(), "search", {"query": "x", "limit": "ten"}))
    assert "arguments.limit: expected integer, got string" in deny.message
    assert deny.error_data()["errors"] == [
        {"path": "arguments.limit", "problem": "expected integer, got string"}]


async def test_missing_required() -> None:
    deny = denied(await check(guard(), "search", {"limit": 3}))
    assert "missing required property 'query'" in deny.message
    deny = denied(await check(guard(), "search", omit=True))
    assert "'query'" in deny.message


async def test_extra_property_when_schema_forbids_it() -> None:
    deny = denied(await check(guard(), "search", {"query": "x", "__proto__": 1}))
    assert "unexpected properties '__proto__'" in deny.message


async def test_enum_and_pattern() -> None:
    deny = denied(await check(guard(), "search", {"query": "x", "sort": "random"}))
    assert 'arguments.sort: expected one of "relevance", "date"' in deny.message
    deny = denied(await check(guard(), "search", {"query": "x", "repo": "../../etc/passwd"}))
    assert "arguments.repo: does not match the pattern" in deny.message
    assert "passwd" not in deny.message  # the offending value is not echoed


async def test_nested_paths_in_message() -> None:
    deny = denied(await check(guard(), "search", {
        "query": "x", "labels": ["ok", 5], "filter": {"since": "x", "admin": True}}))
    assert "arguments.labels[1]: expected string, got integer" in deny.message
    assert "arguments.filter: missing required property 'author'" in deny.message
    assert "arguments.filter: unexpected properties 'admin'" in deny.message


async def test_arguments_that_are_not_an_object() -> None:
    deny = denied(await check(guard(), "search", ["query"]))
    assert "arguments: expected object, got array" in deny.message


async def test_huge_values_are_not_echoed() -> None:
    deny = denied(await check(guard(), "search", {"query": "x", "sort": "A" * 100_000}))
    assert len(deny.message) < 500
    odd_key = "k" * 5000
    deny = denied(await check(guard(), "search", {"query": "x", odd_key: 1}))
    assert len(deny.message) < 500


# -- caps --------------------------------------------------------------------------------------


async def test_caps_hold_even_where_schema_allows_more() -> None:
    g = guard(max_string_length=100, max_array_items=5, max_depth=4)
    deny = denied(await check(g, "free", {"s": "x" * 101}))
    assert "arguments.s: a string longer than 100 characters" in deny.message
    deny = denied(await check(g, "free", {"a": list(range(6))}))
    assert "arguments.a: more than 5 items" in deny.message
    assert await check(g, "free", {"a": {"b": {"c": {"d": 1}}}}) is None  # 4 levels
    deny = denied(await check(g, "free", {"a": {"b": {"c": {"d": {}}}}}))
    assert "arguments.a.b.c.d: nested deeper than 4 levels" in deny.message
    deny = denied(await check(g, "free", {"k" * 101: 1}))
    assert "property name longer than 100" in deny.message


async def test_caps_apply_to_tools_without_schema_too() -> None:
    g = guard(max_string_length="1KiB")
    deny = denied(await check(g, "not-listed", {"s": "x" * 1025}))
    assert "longer than 1024 characters" in deny.message


async def test_default_caps() -> None:
    g = guard()
    assert denied(await check(g, "free", {"s": "x" * (1024 * 1024 + 1)}))
    assert denied(await check(g, "free", {"a": [0] * 10_001}))
    deep: Any = 1
    for _ in range(32):
        deep = [deep]
    assert await check(g, "free", {"a": deep[0]}) is None
    assert denied(await check(g, "free", {"a": deep}))


def test_settings_are_checked() -> None:
    with pytest.raises(ConfigError, match=r"guards\.arguments\.max_depth"):
        ArgumentsGuard.from_settings({"max_depth": 0}, "guards.arguments")
    with pytest.raises(ConfigError, match=r"guards\.arguments\.additional_properties"):
        ArgumentsGuard.from_settings({"additional_properties": "maybe"}, "guards.arguments")
    with pytest.raises(ConfigError, match=r"guards\.arguments\.max_string_length"):
        ArgumentsGuard.from_settings({"max_string_length": "lots"}, "guards.arguments")
    with pytest.raises(ConfigError, match="unknown"):
        ArgumentsGuard.from_settings({"max_strings": 3}, "guards.arguments")


# -- forbid mode -------------------------------------------------------------------------------


async def test_forbid_mode_closes_objects_that_say_nothing() -> None:
    g = guard(additional_properties="forbid")
    assert await check(g, "open", {"a": "x"}) is None
    deny = denied(await check(g, "open", {"a": "x", "shell": "rm -rf /"}))
    assert "unexpected properties 'shell'" in deny.message
    assert await check(g, "free", {"declared": "open"}) is None  # explicit true is kept


async def test_forbid_mode_keeps_composed_schemas_meaning() -> None:
    g = guard(additional_properties="forbid")
    # `extra_ok` is named only inside allOf; unevaluatedProperties sees it.
    assert await check(g, "modern", {"extra_ok": True}) is None
    schema = {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}},
              "$defs": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}},
              "allOf": [{"properties": {"b": {"type": "integer"}}}]}
    compiled = SchemaCache(forbid_additional=True).get(schema)
    assert compiled.is_valid({"a": {"x": "1"}, "b": 2})
    assert not compiled.is_valid({"a": {"x": "1", "y": 2}})
    assert not compiled.is_valid({"c": 1})
    draft7 = SchemaCache(forbid_additional=True).get(
        {"$schema": D7, "type": "object", "properties": {"a": {"type": "object"}}})
    assert draft7.is_valid({"a": {}})
    assert not draft7.is_valid({"a": {"z": 1}})
    assert not draft7.is_valid({"b": 1})


# -- drafts ------------------------------------------------------------------------------------


async def test_2020_12_features() -> None:
    g = guard()
    assert await check(g, "modern", {"pair": ["a", 1]}) is None
    deny = denied(await check(g, "modern", {"pair": ["a", 1, "extra"]}))
    assert "arguments.pair[2]: no value is allowed here" in deny.message
    deny = denied(await check(g, "modern", {"pair": [1, "a"]}))
    assert "arguments.pair[0]: expected string" in deny.message
    deny = denied(await check(g, "modern", {"card": "4111"}))
    assert "missing required property 'cvv'" in deny.message
    deny = denied(await check(g, "modern", {"sneaky": 1}))
    assert "unexpected properties 'sneaky'" in deny.message
    assert await check(g, "modern", {"card": "4111", "cvv": "123", "extra_ok": False}) is None


async def test_declared_draft_07_is_honoured() -> None:
    g = guard()
    # Draft 7: `items` as a list is a tuple, `dependencies` with names is dependentRequired.
    assert await check(g, "draft7", {"t": ["a", 5]}) is None
    deny = denied(await check(g, "draft7", {"t": [5]}))
    assert "arguments.t[0]: expected string" in deny.message
    deny = denied(await check(g, "draft7", {"n": 1}))
    assert "missing required property 't'" in deny.message


# -- unusable schemas --------------------------------------------------------------------------


class _Counting(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        body = b'{"type": "string"}'
        self.send_response(200)
        self.send_header("content-type", "application/schema+json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def counting_server() -> Iterator[str]:
    _Counting.hits = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def test_external_refs_are_never_fetched(counting_server: str) -> None:
    schemas: dict[str, dict[str, Any]] = {
        "metadata": {"type": "object", "properties": {"x": {
            "$ref": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"}}},
        "local": {"type": "object", "properties": {"x": {"$ref": f"{counting_server}/s.json"}}},
        "based": {"$id": f"{counting_server}/root.json", "type": "object",
                  "properties": {"x": {"$ref": "other.json"}}},
        "meta": {"$schema": f"{counting_server}/meta.json", "type": "object"},
    }
    g = ArgumentsGuard(schema_source=lambda n: {"inputSchema": schemas[n]} if n in schemas
                       else None)
    for name in schemas:
        deny = await check(g, name, {"x": "1"})
        assert isinstance(deny, Deny) and deny.reason == "schema_invalid", name
        assert f"tool '{name}' on upstream 'up' cannot be used" in deny.message
    metadata = await check(g, "metadata", {"x": "1"})
    assert metadata is not None and "does not fetch external schemas" in metadata.message
    assert _Counting.hits == 0
    # Another way in: the validator itself, asked directly.
    with pytest.raises(SchemaError, match="outside itself"):
        compile_schema(schemas["local"])
    assert _Counting.hits == 0
    # The server does answer: the zero above is the gateway's doing.
    with urllib.request.urlopen(f"{counting_server}/probe") as resp:
        assert resp.status == 200
    assert _Counting.hits == 1


async def test_uncompilable_schema_refuses_with_a_reason() -> None:
    bad = {"bad_type": {"type": "strnig"}, "bad_regex": {"type": "string", "pattern": "(("},
           "not_json": {"type": {1, 2}}, "not_schema": "object"}
    g = ArgumentsGuard(schema_source=lambda n: {"inputSchema": bad[n]})
    for name in bad:
        deny = await check(g, name, {})
        assert isinstance(deny, Deny) and deny.reason == "schema_invalid", name
    deny = await check(g, "bad_type", {})
    assert deny is not None and "is not a valid JSON Schema" in deny.message


def test_equal_schemas_compile_once() -> None:
    cache = SchemaCache()
    first = cache.get({"type": "object", "required": ["a"]})
    assert cache.get({"required": ["a"], "type": "object"}) is first
    assert len(cache) == 1


# -- learning from tools/list ------------------------------------------------------------------


async def test_learns_schemas_from_tools_list_replies() -> None:
    g = ArgumentsGuard()
    listing = jsonrpc.request(1, "tools/list", {})
    reply = jsonrpc.result(1, {"tools": [TOOLS["search"], "junk", {"name": 3}]})
    assert await g.outbound(exchange(listing), reply) is None
    assert denied(await check(g, "search", {"limit": 1}))
    assert await check(g, "open", {"b": 1}) is None  # not listed: not this guard's call


# -- outputs -----------------------------------------------------------------------------------


async def reply_to(g: ArgumentsGuard, tool: str, result: dict[str, Any]) -> Deny | None:
    decision = await g.outbound(exchange(call(tool, {})), jsonrpc.result(7, result))
    assert decision is None or isinstance(decision, Deny)
    return decision


async def test_structured_output_is_checked() -> None:
    g = guard()
    content = [{"type": "text", "text": "{}"}]
    assert await reply_to(g, "weather", {"content": content,
                                         "structuredContent": {"celsius": 21.5}}) is None
    deny = await reply_to(g, "weather", {"content": content,
                                         "structuredContent": {"celsius": "hot"}})
    assert deny is not None and deny.reason == "output_schema_violation"
    assert deny.code == UPSTREAM_ERROR
    assert "structuredContent.celsius: expected number, got string" in deny.message
    deny = await reply_to(g, "weather", {"content": content})
    assert deny is not None and deny.reason == "output_schema_violation"
    assert "structuredContent: missing" in deny.message


async def test_output_exceptions() -> None:
    g = guard()
    assert await reply_to(g, "weather", {"content": [], "isError": True}) is None
    assert await reply_to(g, "weather", {"resultType": "input_required"}) is None
    assert await reply_to(g, "search", {"content": [], "structuredContent": 5}) is None
    off = guard(validate_output=False)
    assert await reply_to(off, "weather", {"content": []}) is None


# -- end to end --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with everything_server() as url:
        yield url


@contextlib.asynccontextmanager
async def guarded_gateway(upstream: str, tmp: Path, **settings: Any) -> AsyncIterator[str]:
    """A real gateway in this process with the arguments guard appended to every chain."""
    port = free_port()
    config = from_dict({"listen": f"127.0.0.1:{port}", "auth": "none",
                        "state_dir": str(tmp / "state"), "upstreams": {"e": {"url": upstream}}})
    app = build_app(config)
    for route in app.routes.values():
        route.chain = Chain([*route.chain.guards, ArgumentsGuard.from_settings(
            settings, "guards.arguments")])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on",
                                           log_level="warning"))
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.02)
        yield f"http://127.0.0.1:{port}/mcp/e"
    finally:
        server.should_exit = True
        await task


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_end_to_end(upstream: str, tmp_path: Path, mode: str) -> None:
    async with guarded_gateway(upstream, tmp_path) as url, \
            Client(url, mode=mode) as client:
        await client.list_tools()
        good = await client.call_tool("json_schema_2020_12_tool", {
            "name": "a", "contactMethod": "email", "email": "a@example.com",
            "address": {"street": "1 Main", "city": "X"}})
        assert not good.is_error
        with pytest.raises(MCPError) as caught:
            await client.call_tool("json_schema_2020_12_tool", {
                "contactMethod": "phone", "email": "a@example.com", "admin": True})
        assert caught.value.error.code == INVALID_PARAMS
        assert isinstance(caught.value.error.data, dict)
        assert caught.value.error.data["reason"] == "schema_violation"
        assert "unexpected properties 'admin'" in caught.value.error.message
        with pytest.raises(MCPError) as caught:
            await client.call_tool("json_schema_2020_12_tool", {
                "email": "a@example.com", "address": {"city": 7}})
        assert "arguments.address.city: expected string, got integer" in (
            caught.value.error.message)
        with pytest.raises(MCPError) as caught:
            await client.call_tool("test_custom_header_echo", {"region": ["eu"]})
        assert "arguments.region: expected string, got array" in caught.value.error.message
        echoed = await client.call_tool("test_custom_header_echo", {"region": "eu-west-1"})
        assert not echoed.is_error


async def test_end_to_end_caps(upstream: str, tmp_path: Path) -> None:
    async with guarded_gateway(upstream, tmp_path, max_string_length=64) as url, \
            Client(url, mode="legacy") as client:
        await client.list_tools()
        with pytest.raises(MCPError) as caught:
            await client.call_tool("test_custom_header_echo", {"region": "x" * 65})
        assert "longer than 64 characters" in caught.value.error.message
