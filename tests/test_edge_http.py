"""Streamable HTTP rules at the gateway's edge, probed with raw HTTP (checklist §1, §2.6, §2.7)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2 as httpx
import orjson
import pytest
from support import everything_server, gateway

ACCEPT = "application/json, text/event-stream"
LEGACY = "2025-11-25"
MODERN = "2026-07-28"
META = {
    "io.modelcontextprotocol/protocolVersion": MODERN,
    "io.modelcontextprotocol/clientCapabilities": {},
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with everything_server() as upstream:
        config = {
            "upstreams": {"up": {"url": upstream}},
            "http": {"max_body_bytes": "64KiB", "max_depth": 16},
        }
        with gateway(config, tmp_path_factory.mktemp("edge")) as url:
            yield url


@pytest.fixture
async def http(base: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        yield client


def headers(**extra: str) -> dict[str, str]:
    return {"content-type": "application/json", "accept": ACCEPT, **extra}


def init_body(id: int = 1) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": id, "method": "initialize", "params": {
        "protocolVersion": LEGACY, "capabilities": {},
        "clientInfo": {"name": "probe", "version": "1"}}}


async def open_session(http: httpx.AsyncClient) -> str:
    resp = await http.post("/mcp/up", json=init_body(), headers=headers())
    assert resp.status_code == 200, resp.text
    session = resp.headers["mcp-session-id"]
    note = {"jsonrpc": "2.0", "method": "notifications/initialized"}
    done = await http.post("/mcp/up", json=note,
                           headers=headers(**{"mcp-session-id": session,
                                              "mcp-protocol-version": LEGACY}))
    assert done.status_code == 202 and done.content == b""
    return session


def modern(method: str, params: dict[str, Any] | None = None) -> tuple[dict[str, Any],
                                                                          dict[str, str]]:
    """A well-formed 2026-07-28 request and its headers (Mcp-Name from params.name)."""
    params = params or {}
    body = {"jsonrpc": "2.0", "id": 7, "method": method,
            "params": {**params, "_meta": dict(META)}}
    hdrs = headers(**{"mcp-protocol-version": MODERN, "mcp-method": method})
    if "name" in params:
        hdrs["mcp-name"] = params["name"]
    return body, hdrs


def rpc_error(resp: httpx.Response) -> dict[str, Any]:
    error: dict[str, Any] = resp.json()["error"]
    return error


# -- DNS rebinding and origins (T-01, T-02) ------------------------------------------------------


async def test_foreign_origin_is_forbidden(http: httpx.AsyncClient) -> None:
    resp = await http.post("/mcp/up", json=init_body(),
                           headers=headers(origin="http://evil.example.com"))
    assert resp.status_code == 403
    assert rpc_error(resp)["data"]["reason"] == "origin_not_allowed"


async def test_foreign_host_is_refused(http: httpx.AsyncClient) -> None:
    resp = await http.post("/mcp/up", json=init_body(),
                           headers=headers(host="evil.example.com"))
    assert resp.status_code == 421
    assert rpc_error(resp)["data"]["reason"] == "host_not_allowed"


async def test_local_origin_and_host_are_served(http: httpx.AsyncClient, base: str) -> None:
    port = base.rsplit(":", 1)[1]
    resp = await http.post("/mcp/up", json=init_body(), headers=headers(
        host=f"localhost:{port}", origin=f"http://localhost:{port}"))
    assert resp.status_code == 200


# -- malformed input -----------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "code", "reason"), [
    (b"{not json", -32700, "invalid_json"),
    (b'{"jsonrpc":"2.0","id":1,"method":"x\xff"}', -32700, "invalid_json"),
    (b'[{"jsonrpc":"2.0","id":1,"method":"ping"}]', -32600, "batch"),
    (b'{"jsonrpc":"1.0","id":1,"method":"ping"}', -32600, "invalid_jsonrpc"),
    (b'{"jsonrpc":"2.0","id":1.5,"method":"ping"}', -32600, "invalid_jsonrpc"),
    (b'{"jsonrpc":"2.0","id":1,"method":"ping","params":' + b"[" * 5000 + b"]" * 5000 + b"}",
     -32600, "too_deep"),
])
async def test_malformed_bodies_get_a_clear_400(http: httpx.AsyncClient, body: bytes, code: int,
                                                reason: str) -> None:
    resp = await http.post("/mcp/up", content=body, headers=headers())
    assert resp.status_code == 400
    error = rpc_error(resp)
    assert (error["code"], error["data"]["reason"]) == (code, reason)
    assert resp.json()["id"] is None


async def test_oversized_body_is_refused_before_parsing(http: httpx.AsyncClient) -> None:
    big = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
           "params": {"name": "x", "arguments": {"blob": "a" * 100_000}}}
    resp = await http.post("/mcp/up", json=big, headers=headers())
    assert resp.status_code == 413


async def test_wrong_content_type_and_accept(http: httpx.AsyncClient) -> None:
    resp = await http.post("/mcp/up", content=orjson.dumps(init_body()),
                           headers={"content-type": "text/plain", "accept": ACCEPT})
    assert resp.status_code == 415
    resp = await http.post("/mcp/up", json=init_body(),
                           headers={"content-type": "application/json", "accept": "text/html"})
    assert resp.status_code == 406


async def test_oversized_headers_are_refused(http: httpx.AsyncClient) -> None:
    resp = await http.post("/mcp/up", json=init_body(), headers=headers(**{"x-pad": "a" * 40_000}))
    assert resp.status_code == 431


async def test_unknown_paths_and_upstreams_are_404(http: httpx.AsyncClient) -> None:
    assert (await http.post("/mcp/nope", json=init_body(), headers=headers())).status_code == 404
    assert (await http.get("/admin")).status_code == 404


async def test_security_headers_on_every_answer(http: httpx.AsyncClient) -> None:
    for resp in (await http.get("/healthz"), await http.get("/nothing")):
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
        assert resp.headers["cache-control"] == "no-store"


# -- legacy sessions (SESS-02, -03, -05, -06, -07, -08) ------------------------------------------


async def test_session_ids_are_random_visible_ascii_and_unique(http: httpx.AsyncClient) -> None:
    ids = [await open_session(http) for _ in range(20)]
    assert len(set(ids)) == len(ids)
    for session in ids:
        assert re.fullmatch(r"[\x21-\x7e]{32,}", session)
    assert len({s[:6] for s in ids}) > 15, "session ids share a prefix"


async def test_requests_need_a_session(http: httpx.AsyncClient) -> None:
    body = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}
    resp = await http.post("/mcp/up", json=body, headers=headers())
    assert resp.status_code == 400
    assert rpc_error(resp)["data"]["reason"] == "session_required"
    unknown = headers(**{"mcp-session-id": "deadbeef", "mcp-protocol-version": LEGACY})
    resp = await http.post("/mcp/up", json=body, headers=unknown)
    assert resp.status_code == 404


async def test_session_flow_and_delete(http: httpx.AsyncClient) -> None:
    session = await open_session(http)
    in_session = headers(**{"mcp-session-id": session, "mcp-protocol-version": LEGACY})
    listed = await http.post("/mcp/up", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
                             headers=in_session)
    assert listed.status_code == 200
    assert "mcp-session-id" not in listed.headers  # only the initialize answer carries it
    assert (await http.delete("/mcp/up", headers=in_session)).status_code == 200
    again = await http.post("/mcp/up", json={"jsonrpc": "2.0", "id": 3, "method": "tools/list"},
                            headers=in_session)
    assert again.status_code == 404


async def test_the_upstream_session_id_never_reaches_the_client(http: httpx.AsyncClient,
                                                                base: str) -> None:
    session = await open_session(http)
    assert len(session) == 32  # ours: 24 random bytes, base64url; the SDK's are 32 hex chars
    assert not re.fullmatch(r"[0-9a-f]{32}", session)


async def test_legacy_bad_protocol_version_is_400(http: httpx.AsyncClient) -> None:
    session = await open_session(http)
    resp = await http.post("/mcp/up", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
                           headers=headers(**{"mcp-session-id": session,
                                              "mcp-protocol-version": "1999-01-01"}))
    assert resp.status_code == 400


async def test_legacy_get_stream_opens(http: httpx.AsyncClient) -> None:
    session = await open_session(http)
    hdrs = {"accept": "text/event-stream", "mcp-session-id": session,
            "mcp-protocol-version": LEGACY}
    async with http.stream("GET", "/mcp/up", headers=hdrs) as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")


# -- modern era (V-04 … V-12, STATE-02) ----------------------------------------------------------


async def test_modern_call_works_and_mints_no_session(http: httpx.AsyncClient) -> None:
    body, hdrs = modern("tools/call", {"name": "test_simple_text", "arguments": {}})
    resp = await http.post("/mcp/up", json=body, headers={**hdrs, "mcp-session-id": "ignored"})
    assert resp.status_code == 200, resp.text
    assert "mcp-session-id" not in resp.headers


async def test_modern_discover(http: httpx.AsyncClient) -> None:
    body, hdrs = modern("server/discover")
    resp = await http.post("/mcp/up", json=body, headers=hdrs)
    assert resp.status_code == 200
    result = resp.json()["result"]
    assert MODERN in result["supportedVersions"]


@pytest.mark.parametrize(("change", "expect"), [
    ({"mcp-method": None}, -32020),
    ({"mcp-method": "TOOLS/CALL"}, -32020),
    ({"mcp-name": "other_tool"}, -32020),
    ({"mcp-name": None}, -32020),
    ({"mcp-protocol-version": "2099-01-01"}, -32022),
])
async def test_modern_header_validation(http: httpx.AsyncClient, change: dict[str, str | None],
                                        expect: int) -> None:
    body, hdrs = modern("tools/call", {"name": "test_simple_text", "arguments": {}})
    for key, value in change.items():
        if value is None:
            hdrs.pop(key)
        else:
            hdrs[key] = value
    resp = await http.post("/mcp/up", json=body, headers=hdrs)
    assert resp.status_code == 400
    assert rpc_error(resp)["code"] == expect


async def test_modern_version_mismatch_between_header_and_meta(http: httpx.AsyncClient) -> None:
    body, hdrs = modern("tools/list")
    body["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"] = LEGACY
    resp = await http.post("/mcp/up", json=body, headers=hdrs)
    assert resp.status_code == 400 and rpc_error(resp)["code"] == -32020


async def test_unsupported_version_lists_supported_ones(http: httpx.AsyncClient) -> None:
    body, hdrs = modern("tools/list")
    hdrs["mcp-protocol-version"] = "2099-01-01"
    body["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"] = "2099-01-01"
    resp = await http.post("/mcp/up", json=body, headers=hdrs)
    error = rpc_error(resp)
    assert resp.status_code == 400 and error["code"] == -32022
    assert MODERN in error["data"]["supported"] and error["data"]["requested"] == "2099-01-01"


async def test_modern_request_without_meta_is_invalid_params(http: httpx.AsyncClient) -> None:
    body, hdrs = modern("tools/list")
    del body["params"]["_meta"]
    resp = await http.post("/mcp/up", json=body, headers=hdrs)
    assert resp.status_code == 400 and rpc_error(resp)["code"] == -32602


async def test_modern_unknown_method_is_404(http: httpx.AsyncClient) -> None:
    body, hdrs = modern("foo/bar")
    resp = await http.post("/mcp/up", json=body, headers=hdrs)
    assert resp.status_code == 404 and rpc_error(resp)["code"] == -32601


async def test_modern_get_and_delete_are_405(http: httpx.AsyncClient) -> None:
    hdrs = {"accept": "text/event-stream", "mcp-protocol-version": MODERN}
    assert (await http.get("/mcp/up", headers=hdrs)).status_code == 405
    assert (await http.delete("/mcp/up", headers=hdrs)).status_code == 405


async def test_mcp_param_headers_are_forwarded(http: httpx.AsyncClient) -> None:
    """T-14: the upstream (an SDK server) validates Mcp-Param-Region against the body itself, so
    it answers only when the gateway forwarded the header; without it, it refuses."""
    body, hdrs = modern("tools/call", {"name": "test_custom_header_echo",
                                       "arguments": {"region": "eu-west-1"}})
    with_header = await http.post("/mcp/up", json=body,
                                  headers={**hdrs, "mcp-param-region": "eu-west-1"})
    assert with_header.status_code == 200, with_header.text
    assert "eu-west-1" in with_header.text
    without = await http.post("/mcp/up", json=body, headers=hdrs)
    assert without.status_code == 400
    assert rpc_error(without)["code"] == -32020


async def test_client_disconnect_does_not_hurt_the_gateway(http: httpx.AsyncClient,
                                                           base: str) -> None:
    body, hdrs = modern("tools/call", {"name": "test_tool_with_progress", "arguments": {}})
    try:
        async with asyncio.timeout(0.05):
            await http.post("/mcp/up", json=body, headers=hdrs)
    except TimeoutError:
        pass
    assert (await http.get("/healthz")).status_code == 200
