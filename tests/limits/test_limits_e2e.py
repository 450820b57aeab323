"""Limits in a real `mcpwarden serve`: call-level JSON-RPC errors, 429 at the edge, slow
clients, per-tool timeouts that cancel upstream work, adaptive tightening, and limits shared by
two gateways through one real Redis (which then goes away: fail closed)."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx2 as httpx
from support import FIXTURES, RedisProcess, gateway

MODERN = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientCapabilities": {}}
NOWHERE = {"url": "http://127.0.0.1:9/mcp", "connect_timeout": 1}


def local_upstream(stderr_log: Path | None = None) -> dict[str, Any]:
    fixture = f"{sys.executable} {FIXTURES / 'stdio_fixture_server.py'}"
    redirect = f" 2>>{stderr_log}" if stderr_log else ""
    return {"command": ["sh", "-c", f"exec {fixture}{redirect}"], "sandbox": "none",
            "timeout": 10}


def rpc(http: httpx.Client, route: str, method: str, params: dict[str, Any] | None = None,
        id: int = 1) -> httpx.Response:
    params = params or {}
    headers = {"content-type": "application/json",
               "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN, "mcp-method": method}
    if "name" in params:
        headers["mcp-name"] = params["name"]
    body = {"jsonrpc": "2.0", "id": id, "method": method, "params": {**params, "_meta": META}}
    return http.post(f"/mcp/{route}", json=body, headers=headers)


def tool(http: httpx.Client, route: str, name: str, **arguments: Any) -> dict[str, Any]:
    resp = rpc(http, route, "tools/call", {"name": name, "arguments": arguments})
    assert resp.status_code == 200, resp.text
    answer: dict[str, Any] = resp.json()
    return answer


def reason(answer: dict[str, Any]) -> str | None:
    error = answer.get("error")
    return error["data"]["reason"] if error else None


def test_call_level_limit_is_a_json_rpc_error_with_retry_hint(tmp_path: Path) -> None:
    config = {"upstreams": {"local": local_upstream()},
              "limits": {"tool": {"local/add": "3/second"}}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        assert reason(tool(http, "local", "echo", text="warm up")) is None  # process started
        answers = [tool(http, "local", "add", a=1, b=i) for i in range(4)]
        assert [reason(a) for a in answers[:3]] == [None] * 3
        error = answers[3]["error"]
        assert error["data"]["reason"] == "rate_limited"
        assert error["data"]["guard"] == "limits" and error["data"]["limit"] == "tool"
        retry = error["data"]["retry_after"]
        assert 0 < retry <= 0.34
        assert reason(tool(http, "local", "echo", text="other tools still pass")) is None
        time.sleep(retry + 0.05)
        assert reason(tool(http, "local", "add", a=1, b=2)) is None


def test_per_tool_timeout_cancels_the_upstream_call(tmp_path: Path) -> None:
    log = tmp_path / "upstream-stderr.log"
    config = {"upstreams": {"local": local_upstream(log)},
              "limits": {"timeouts": {"local/slow": 0.5}}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        assert reason(tool(http, "local", "echo", text="warm up")) is None  # process started
        started = time.monotonic()
        answer = tool(http, "local", "slow", seconds=5)
        assert time.monotonic() - started < 3
        assert reason(answer) == "upstream_timeout"
        assert "0.5 s" in answer["error"]["message"]
        deadline = time.monotonic() + 4
        while "cancelled" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "slow(5.0) cancelled" in log.read_text()
        assert "slept" in str(tool(http, "local", "slow", seconds=0.1))  # others unaffected


def test_address_limit_is_429_with_retry_after_at_the_edge(tmp_path: Path) -> None:
    config = {"upstreams": {"nowhere": NOWHERE}, "limits": {"address": "3/second"}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        statuses = [rpc(http, "nowhere", "tools/list").status_code for _ in range(3)]
        assert 429 not in statuses
        refused = rpc(http, "nowhere", "tools/list")
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "1"
        assert refused.json()["error"]["data"]["reason"] == "rate_limited"
        assert http.get("/healthz").status_code == 200  # liveness is never limited
        assert http.post("/mcp/unknown", content=b"x").status_code == 429  # before routing
        time.sleep(0.4)
        assert rpc(http, "nowhere", "tools/list").status_code != 429


def test_forwarded_for_cannot_pick_a_fresh_address(tmp_path: Path) -> None:
    """By default the TCP peer is the client: a local caller that sends X-Forwarded-For with a
    new address each time is still limited (and audited) as itself."""
    config = {"upstreams": {"nowhere": NOWHERE}, "limits": {"address": "2/minute"}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        statuses = [http.post("/mcp/nowhere", content=b"{}",
                              headers={"x-forwarded-for": f"203.0.113.{i}"}).status_code
                    for i in range(4)]
        assert statuses[2:] == [429, 429]


def test_trusted_proxy_forwards_the_client_address(tmp_path: Path) -> None:
    config = {"upstreams": {"nowhere": NOWHERE}, "limits": {"address": "2/minute"},
              "http": {"trusted_proxies": ["127.0.0.0/8"]}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        def post(client: str) -> int:
            return http.post("/mcp/nowhere", content=b"{}",
                             headers={"x-forwarded-for": client}).status_code
        assert 429 not in [post(f"203.0.113.{i}") for i in range(4)]  # four clients
        assert [post("198.51.100.7") for _ in range(3)][2] == 429  # one client, over its limit


def test_new_connections_per_address(tmp_path: Path) -> None:
    config = {"upstreams": {"nowhere": NOWHERE},
              "limits": {"connections": {"per_address": "2/minute"}}}
    with gateway(config, tmp_path) as base:
        with httpx.Client(base_url=base, timeout=10) as kept:
            for _ in range(5):  # one connection, many requests: counted once
                assert kept.get("/mcp/nowhere").status_code != 429
        with httpx.Client(base_url=base, timeout=10) as second:
            assert second.get("/mcp/nowhere").status_code != 429
        with httpx.Client(base_url=base, timeout=10) as third:
            refused = third.get("/mcp/nowhere")
        assert refused.status_code == 429
        assert int(refused.headers["retry-after"]) >= 20
        assert refused.headers["connection"] == "close"


def raw_connection(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=5)


def read_all(sock: socket.socket) -> bytes:
    """Everything until the gateway closes the connection."""
    chunks = []
    while chunk := sock.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks)


def test_slow_clients_are_cut_off_and_connections_capped(tmp_path: Path) -> None:
    config = {"upstreams": {"nowhere": NOWHERE},
              "limits": {"connections": {"body_timeout": 0.5, "header_timeout": 0.5,
                                         "max_concurrent": 3}}}
    with gateway(config, tmp_path) as base:
        with raw_connection(base) as sock:
            sock.sendall(b"POST /mcp/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Accept: application/json, text/event-stream\r\n"
                         b"Content-Length: 100\r\n\r\n{\"jsonrpc\":")
            started = time.monotonic()
            answer = read_all(sock)
            assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
            assert b"body_timeout" in answer and time.monotonic() - started < 3
        with raw_connection(base) as sock:
            sock.sendall(b"POST /mcp/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.monotonic()
            assert sock.recv(4096) == b""  # closed by the gateway
            assert 0.3 < time.monotonic() - started < 3
        with raw_connection(base) as sock:  # connects and says nothing
            started = time.monotonic()
            assert sock.recv(4096) == b""
            assert time.monotonic() - started < 3
        idle = [raw_connection(base) for _ in range(3)]
        try:
            with httpx.Client(base_url=base, timeout=10) as http:
                assert http.get("/healthz").status_code == 503  # uvicorn's limit_concurrency
        finally:
            for sock in idle:
                sock.close()


def test_adaptive_tightening_after_schema_violations_then_relaxing(tmp_path: Path) -> None:
    config = {"upstreams": {"local": local_upstream()},
              "limits": {"user": "60/minute",
                         "adaptive": {"trips": 3, "window": 10, "factor": 10, "quiet": 1.5}}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        assert rpc(http, "local", "tools/list").status_code == 200  # schemas learnt
        for _ in range(3):
            assert reason(tool(http, "local", "echo", text=123)) == "schema_violation"
        valid = [tool(http, "local", "echo", text="fine") for _ in range(8)]
        passed = sum(reason(a) is None for a in valid)
        assert 4 <= passed <= 6  # 60/minute divided by 10 (untightened, all 8 would pass)
        limited = [a for a in valid if reason(a) == "rate_limited"]
        assert limited and limited[0]["error"]["data"]["factor"] == 10
        time.sleep(1.6)
        relaxed = [tool(http, "local", "echo", text="fine") for _ in range(5)]
        assert all(reason(a) is None for a in relaxed)


def test_two_gateways_share_limits_in_redis_then_fail_closed(
        tmp_path: Path, redis_server: RedisProcess) -> None:
    config = {"state": redis_server.url, "upstreams": {"local": local_upstream()},
              "limits": {"user": "6/minute"}}
    with gateway(config, tmp_path) as first, gateway(config, tmp_path) as second, \
            httpx.Client(base_url=first, timeout=10) as one, \
            httpx.Client(base_url=second, timeout=10) as two:
        answers = [tool(http, "local", "echo", text="x") for _ in range(5) for http in (one, two)]
        assert sum(reason(a) is None for a in answers) == 6
        assert {reason(a) for a in answers} == {None, "rate_limited"}
        redis_server.stop()
        down = tool(one, "local", "echo", text="x")
        assert reason(down) == "limiter_unavailable"
        assert down["error"]["code"] == -31004
