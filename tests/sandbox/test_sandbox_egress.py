"""Network allowlists: the egress proxy on its own, and a sandboxed server going through it."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sandbox_helpers import Host, MakeHostile

from mcpwarden.upstream.sandbox import NetworkAllow, SandboxSettings
from mcpwarden.upstream.sandbox.egress import Allowlist, EgressProxy


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"hello from {self.path}".encode()
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def web() -> Iterator[list[int]]:
    """Two plain HTTP servers on the host's loopback; yields their ports."""
    servers = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield [server.server_address[1] for server in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


def test_allowlist_matches_exact_hosts_and_subdomain_wildcards() -> None:
    allow = Allowlist(["api.example.com:443", "*.corp.example:8443", "[::1]:80"])
    assert allow.allows("API.example.com", 443)
    assert allow.allows("api.example.com.", 443)
    assert not allow.allows("api.example.com", 80)
    assert not allow.allows("evil-api.example.com", 443)
    assert not allow.allows("api.example.com.evil.net", 443)
    assert allow.allows("a.b.corp.example", 8443)
    assert not allow.allows("corp.example", 8443)  # the wildcard names subdomains only
    assert not allow.allows("xcorp.example", 8443)
    assert allow.allows("::1", 80)


async def _ask(path: str, head: bytes) -> bytes:
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(head)
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), 10)  # the proxy closes after one answer
    writer.close()
    return data


async def test_proxy_tunnels_allowed_destinations_and_refuses_others(web: list[int]) -> None:
    allowed, other = web
    events: list[tuple[str, dict[str, Any]]] = []
    proxy = EgressProxy("p", [f"127.0.0.1:{allowed}"], on_event=lambda k, d: events.append((k, d)))
    path = await proxy.start()
    try:
        # CONNECT, then speak HTTP through the tunnel.
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(f"CONNECT 127.0.0.1:{allowed} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 200")
        writer.write(b"GET /tunnel HTTP/1.0\r\n\r\n")
        assert b"hello from /tunnel" in await asyncio.wait_for(reader.read(), 10)  # to EOF
        writer.close()
        # Plain HTTP in absolute form, proxy headers dropped.
        forwarded = await _ask(path, f"GET http://127.0.0.1:{allowed}/plain?q=1 HTTP/1.1\r\n"
                                     "Host: 127.0.0.1\r\nProxy-Connection: keep-alive\r\n\r\n"
                                     .encode())
        assert b"hello from /plain?q=1" in forwarded
        for head in (f"CONNECT 127.0.0.1:{other} HTTP/1.1\r\n\r\n",
                     f"GET http://127.0.0.1:{other}/ HTTP/1.1\r\n\r\n",
                     f"CONNECT localhost:{allowed} HTTP/1.1\r\n\r\n"):  # names are not resolved
            refused = await _ask(path, head.encode())
            assert refused.startswith(b"HTTP/1.1 403"), refused
            assert b"not in this server's network allowlist" in refused
        assert [kind for kind, _ in events] == ["egress_denied"] * 3
        assert events[0][1]["destination"] == f"127.0.0.1:{other}"
        assert proxy.denied == 3
        for junk in (b"GET /relative HTTP/1.1\r\n\r\n", b"HELLO\r\n\r\n",
                     b"CONNECT 127.0.0.1:99999 HTTP/1.1\r\n\r\n",
                     b"GET ftp://127.0.0.1/ HTTP/1.1\r\n\r\n"):
            assert (await _ask(path, junk)).startswith(b"HTTP/1.1 400")
    finally:
        await proxy.aclose()


async def test_sandboxed_server_reaches_only_allowlisted_destinations(
        host: Host, hostile: MakeHostile, web: list[int]) -> None:
    allowed, other = web
    server = await hostile(SandboxSettings(network=NetworkAllow(allow=[f"127.0.0.1:{allowed}"])))
    ok = await server.call("fetch", url=f"http://127.0.0.1:{allowed}/via-proxy")
    assert ok["ok"] and "hello from /via-proxy" in ok["detail"]

    denied = await server.call("fetch", url=f"http://127.0.0.1:{other}/")
    assert not denied["ok"] and "403" in denied["detail"]
    tunnel = await server.call("fetch", url=f"https://127.0.0.1:{other}/")
    assert not tunnel["ok"] and "403" in tunnel["detail"]
    assert [d["destination"] for k, d in host.events if k == "egress_denied"] == [
        f"127.0.0.1:{other}"] * 2
    # Going around the proxy finds no network at all.
    direct = await server.call("connect", host="127.0.0.1", port=allowed)
    assert not direct["ok"]


async def test_host_network_when_configured(hostile: MakeHostile, web: list[int]) -> None:
    server = await hostile(SandboxSettings(network="host"))
    reached = await server.call("fetch", url=f"http://127.0.0.1:{web[0]}/direct")
    assert reached["ok"] and "hello from /direct" in reached["detail"]
