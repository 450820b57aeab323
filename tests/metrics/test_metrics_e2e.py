"""/metrics on a real gateway: calls that succeed, are denied, fail upstream; then a scrape."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from support import FIXTURES, PYTHON, everything_server, free_port, gateway

MODERN = "2026-07-28"
LEGACY = "2025-11-25"
ACCEPT = "application/json, text/event-stream"
TOKEN = "metrics-test-token-7c1f9e"
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def modern_call(client: httpx.Client, route: str, method: str,
                params: dict[str, Any]) -> httpx.Response:
    body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": {
        **params, "_meta": {"io.modelcontextprotocol/protocolVersion": MODERN,
                            "io.modelcontextprotocol/clientCapabilities": {}}}}
    headers = {"content-type": "application/json", "accept": ACCEPT,
               "mcp-protocol-version": MODERN, "mcp-method": method}
    if "name" in params:
        headers["mcp-name"] = params["name"]
    return client.post(f"/mcp/{route}", json=body, headers=headers)


def open_legacy_session(client: httpx.Client) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": LEGACY, "capabilities": {}, "clientInfo": {"name": "m", "version": "1"}}}
    resp = client.post("/mcp/up", json=body,
                       headers={"content-type": "application/json", "accept": ACCEPT})
    assert resp.status_code == 200 and "mcp-session-id" in resp.headers


def scrape(client: httpx.Client, **headers: str) -> Samples:
    resp = client.get("/metrics", headers=headers)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(resp.text) for s in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with everything_server() as url:
        yield url


@pytest.fixture(scope="module")
def scraped(upstream: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Samples]:
    config = {
        "upstreams": {
            "up": {"url": upstream},
            "guarded": {"url": upstream, "guards": {"methods": {"deny": ["prompts/*"]}}},
            "nowhere": {"url": "http://127.0.0.1:9/mcp", "connect_timeout": 1},
        },
        "metrics": {"tool_labels": True, "max_tool_labels": 2},
    }
    with gateway(config, tmp_path_factory.mktemp("metrics")) as base, \
            httpx.Client(base_url=base, timeout=10) as client:
        for _ in range(3):
            ok = modern_call(client, "up", "tools/call", {"name": "test_simple_text",
                                                          "arguments": {}})
            assert ok.status_code == 200 and "result" in ok.json(), ok.text
        for name in ("no_such_tool_1", "no_such_tool_2", "no_such_tool_3"):
            modern_call(client, "up", "tools/call", {"name": name, "arguments": {}})
        modern_call(client, "up", "nosuch/method", {})
        denied = modern_call(client, "guarded", "prompts/list", {})
        assert "error" in denied.json(), denied.text
        failed = modern_call(client, "nowhere", "tools/list", {})
        assert "error" in failed.json(), failed.text
        open_legacy_session(client)
        yield scrape(client)


def test_requests_are_counted_by_upstream_method_outcome_and_reason(scraped: Samples) -> None:
    requests = "mcpwarden_requests_total"
    # isError tool results (unknown tools here) are answers, not JSON-RPC errors: outcome ok.
    assert value(scraped, requests, upstream="up", method="tools/call", outcome="ok",
                 reason="") == 6
    assert value(scraped, requests, upstream="guarded", method="prompts/list",
                 outcome="denied", reason="method_not_allowed") == 1
    assert value(scraped, requests, upstream="nowhere", method="tools/list", outcome="error",
                 reason="upstream_unreachable") == 1
    # A method outside the protocol's list is counted, but never becomes a label value.
    assert value(scraped, requests, upstream="up", method="other", outcome="error",
                 reason="upstream_error") == 1
    assert not any("nosuch" in str(key) for key in scraped)


def test_decisions_and_upstream_errors(scraped: Samples) -> None:
    assert value(scraped, "mcpwarden_decisions_total", upstream="guarded",
                 method="prompts/list", outcome="denied", reason="method_not_allowed",
                 guard="methods") == 1
    assert value(scraped, "mcpwarden_upstream_errors_total", upstream="nowhere",
                 reason="upstream_unreachable") == 1


def test_latency_histograms(scraped: Samples) -> None:
    for name in ("mcpwarden_gateway_latency_seconds", "mcpwarden_upstream_latency_seconds"):
        count = value(scraped, f"{name}_count", upstream="up", method="tools/call")
        assert count == 6
        assert value(scraped, f"{name}_bucket", upstream="up", method="tools/call",
                     le="+Inf") == count
        assert value(scraped, f"{name}_sum", upstream="up", method="tools/call") > 0
    # A denial is all gateway time; an unreachable upstream is not the gateway's time.
    assert value(scraped, "mcpwarden_gateway_latency_seconds_count", upstream="guarded",
                 method="prompts/list") == 1
    assert value(scraped, "mcpwarden_upstream_latency_seconds_count", upstream="guarded",
                 method="prompts/list") == 0
    assert value(scraped, "mcpwarden_gateway_latency_seconds_count", upstream="nowhere",
                 method="tools/list") == 0


def test_tool_labels_are_opt_in_and_capped(scraped: Samples) -> None:
    tools = "mcpwarden_tool_calls_total"
    assert value(scraped, tools, upstream="up", tool="test_simple_text", outcome="ok") == 3
    assert value(scraped, tools, upstream="up", tool="no_such_tool_1", outcome="ok") == 1
    assert value(scraped, tools, upstream="up", tool="other", outcome="ok") == 2


def test_gauges_from_collectors(scraped: Samples) -> None:
    assert value(scraped, "mcpwarden_sessions_active") == 1
    assert value(scraped, "mcpwarden_sessions_limit") > 0
    assert value(scraped, "mcpwarden_collector_up", collector="sessions") == 1
    assert value(scraped, "mcpwarden_build_info", version=next(
        dict(k[1])["version"] for k in scraped if k[0] == "mcpwarden_build_info")) == 1


@pytest.fixture(scope="module")
def protected(upstream: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    os.environ["METRICS_TOKEN"] = TOKEN
    try:
        config = {"upstreams": {"up": {"url": upstream}},
                  "metrics": {"token": "env:METRICS_TOKEN"}}
        with gateway(config, tmp_path_factory.mktemp("metrics-token")) as base:
            yield base
    finally:
        del os.environ["METRICS_TOKEN"]


@pytest.mark.parametrize("authorization", [None, "Bearer wrong", f"Basic {TOKEN}",
                                           f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}"])
def test_token_protects_metrics(protected: str, authorization: str | None) -> None:
    headers = {"authorization": authorization} if authorization else {}
    resp = httpx.get(f"{protected}/metrics", headers=headers, timeout=10)
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"].startswith("Bearer")
    assert resp.json()["error"]["data"]["reason"] == "metrics_unauthorized"
    assert "mcpwarden_" not in resp.text


def test_token_opens_metrics_and_refusals_are_counted(protected: str) -> None:
    with httpx.Client(base_url=protected, timeout=10) as client:
        before = value(scrape(client, authorization=f"Bearer {TOKEN}"),
                       "mcpwarden_http_refused_total", upstream="", reason="metrics_unauthorized")
        assert client.get("/metrics").status_code == 401
        after = scrape(client, authorization=f"bearer {TOKEN}")
    assert value(after, "mcpwarden_http_refused_total", upstream="",
                 reason="metrics_unauthorized") == before + 1


def test_only_get_is_served(protected: str) -> None:
    resp = httpx.post(f"{protected}/metrics", headers={"authorization": f"Bearer {TOKEN}"},
                      timeout=10)
    assert resp.status_code == 405 and resp.headers["allow"] == "GET"


def test_metrics_can_be_disabled(upstream: str, tmp_path: Path) -> None:
    config = {"upstreams": {"up": {"url": upstream}}, "metrics": {"enabled": False}}
    with gateway(config, tmp_path) as base:
        assert httpx.get(f"{base}/metrics", timeout=10).status_code == 404


def test_metrics_on_a_port_of_their_own(upstream: str, tmp_path: Path) -> None:
    port = free_port()
    config = {"upstreams": {"up": {"url": upstream}},
              "metrics": {"listen": f"127.0.0.1:{port}"}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as client:
        ok = modern_call(client, "up", "tools/call", {"name": "test_simple_text",
                                                      "arguments": {}})
        assert ok.status_code == 200
        assert client.get("/metrics").status_code == 404  # not on the MCP port
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as metrics:
            samples = scrape(metrics)
            assert metrics.get("/other").status_code == 404
            assert metrics.post("/metrics").status_code == 405
    assert value(samples, "mcpwarden_requests_total", upstream="up", method="tools/call",
                 outcome="ok", reason="") == 1


def test_the_metrics_port_refuses_garbage(upstream: str, tmp_path: Path) -> None:
    port = free_port()
    config = {"upstreams": {"up": {"url": upstream}},
              "metrics": {"listen": f"127.0.0.1:{port}"}}
    with gateway(config, tmp_path):
        for junk in (b"NONSENSE\r\n\r\n", b"GET /metrics SPDY/9\r\n\r\n",
                     b"GET /metrics HTTP/1.1\r\n" + b"x: " + b"a" * 20_000 + b"\r\n\r\n"):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(junk)
                assert sock.recv(100).startswith(b"HTTP/1.1 400 ")


def test_gauges_of_the_audit_trail_the_limiter_and_the_sandbox(tmp_path: Path) -> None:
    """A sandboxed local server, the default audit trail and limits: their state is scraped."""
    command = [PYTHON, str(FIXTURES / "stdio_fixture_server.py")]
    config = {"upstreams": {"local": {"command": command, "timeout": 20}}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=30) as client:
        done = modern_call(client, "local", "tools/call", {"name": "echo",
                                                           "arguments": {"text": "hi"}})
        assert done.status_code == 200 and "result" in done.json(), done.text
        samples = scrape(client)
    assert value(samples, "mcpwarden_sandbox_launches_total", upstream="local") >= 1
    assert value(samples, "mcpwarden_sandbox_processes", upstream="local") >= 1
    assert value(samples, "mcpwarden_sandbox_resident_bytes", upstream="local") > 0
    assert value(samples, "mcpwarden_audit_records") >= 2  # start record and the call
    written = [v for (name, labels), v in samples.items()
               if name == "mcpwarden_audit_sink_written" and dict(labels)["sink"].endswith(
                   "/audit.jsonl")]
    assert written and written[0] >= 2
    assert ("mcpwarden_limits_tightened", ()) in samples
    for collector in ("audit", "limits", "sandbox"):
        assert value(samples, "mcpwarden_collector_up", collector=collector) == 1
