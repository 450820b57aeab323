"""The upstream HTTP/1.1 client against real servers on 127.0.0.1 (ephemeral ports).

Two kinds of server: uvicorn serving a raw ASGI echo app (what real upstreams look like), and a
scripted asyncio server whose handler decides byte by byte what goes on the wire (for stale
connections, garbage, slow heads, streaming and abandonment). Every test runs on the default
asyncio loop and on uvloop.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import json
import os
import socket
import ssl
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest
import uvicorn
import uvloop
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from mcpwarden.upstream.httpclient import (
    HttpBodyTooLarge,
    HttpClient,
    HttpClientError,
    HttpConnectError,
    HttpInvalidRequest,
    HttpProtocolError,
    HttpTimeout,
)

LOOP_FACTORIES: dict[str, Callable[[], asyncio.AbstractEventLoop]] = {
    "asyncio": asyncio.new_event_loop,
    "uvloop": uvloop.new_event_loop,
}
TEST_DEADLINE = 30.0


def on_both_loops(
    test: Callable[[], Coroutine[Any, Any, None]],
) -> Callable[[str], None]:
    """Run an async test once on the default asyncio loop and once on uvloop."""

    def run(loop: str) -> None:
        with asyncio.Runner(loop_factory=LOOP_FACTORIES[loop]) as runner:
            runner.run(asyncio.wait_for(test(), TEST_DEADLINE))

    run.__name__ = test.__name__
    run.__qualname__ = test.__qualname__
    run.__doc__ = test.__doc__
    return pytest.mark.parametrize("loop", list(LOOP_FACTORIES))(run)


# --- a scripted raw HTTP server -----------------------------------------------------------


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class Peer:
    """The server's side of one TCP connection."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, index: int):
        self.reader = reader
        self.writer = writer
        self.index = index  # 1 for the server's first connection, 2 for the next…

    async def request(self) -> Request | None:
        """The next request on this connection, or None once the client has closed it."""
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
        request_line, *lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines:
            if line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return Request(method, target, headers, body)

    def respond(
        self, body: bytes = b"", *, status: int = 200, headers: tuple[str, ...] = ()
    ) -> None:
        head = "".join(f"{line}\r\n" for line in headers)
        self.writer.write(
            f"HTTP/1.1 {status} X\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body
        )

    async def client_closed(self, timeout: float = 5.0) -> bool:
        """Wait for the client to close the connection; True if it did within `timeout`."""
        try:
            async with asyncio.timeout(timeout):
                while await self.reader.read(65536):
                    pass
        except TimeoutError:
            return False
        except ConnectionError:
            pass
        return True

    def drop(self) -> None:
        """Close the connection at once, without a response."""
        self.writer.transport.abort()


Handler = Callable[[Peer], Awaitable[None]]


@dataclass
class RawServer:
    handler: Handler
    ssl_context: ssl.SSLContext | None = None
    connections: int = 0
    requests: int = 0
    open_now: int = 0
    most_open: int = 0
    port: int = 0
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()  # handlers see the connection end and return
        if self._tasks:
            _, stuck = await asyncio.wait(self._tasks, timeout=2)
            for task in stuck:
                task.cancel()
        await self._server.wait_closed()

    def url(self, path: str = "/mcp") -> str:
        scheme = "https" if self.ssl_context else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        self.connections += 1
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        try:
            await self.handler(Peer(reader, writer, self.connections))
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            self.open_now -= 1
            writer.close()
            self._writers.discard(writer)
            self._tasks.discard(task)


async def serve_forever(peer: Peer, body: bytes = b"ok") -> None:
    """Answer every request on the connection with `body`, keep-alive."""
    while await peer.request() is not None:
        peer.respond(body)


# --- uvicorn with a raw ASGI echo app -----------------------------------------------------


class EchoApp:
    """Echoes the request as JSON; remembers the client ports it saw (one per connection)."""

    def __init__(self) -> None:
        self.client_ports: set[int] = set()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        self.client_ports.add(scope["client"][1])
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        if scope["path"] == "/slow":
            await asyncio.sleep(0.01)
        reply = {
            "method": scope["method"],
            "path": scope["path"],
            "headers": {k.decode(): v.decode() for k, v in scope["headers"]},
            "body": body.decode(),
        }
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(reply).encode()})


@contextlib.asynccontextmanager
async def uvicorn_server(app: EchoApp) -> AsyncIterator[str]:
    # proto must be IPPROTO_TCP, or asyncio won't set TCP_NODELAY on accepted connections and
    # uvicorn's separate head and body writes meet Nagle plus delayed ACK (40 ms each).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, http="httptools", lifespan="off", log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        assert not task.done(), "uvicorn failed to start"
        await asyncio.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


# --- TLS material -------------------------------------------------------------------------


@cache
def self_signed_cert() -> tuple[str, str, str]:
    """(cert file, key file, cert PEM) for 127.0.0.1 / localhost, made fresh per test run."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mcpwarden test upstream")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    directory = tempfile.mkdtemp(prefix="mcpwarden-tls-")
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_file = os.path.join(directory, "cert.pem")
    key_file = os.path.join(directory, "key.pem")
    with open(cert_file, "wb") as f:
        f.write(cert_pem)
    with open(key_file, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return cert_file, key_file, cert_pem.decode()


def server_tls_context() -> ssl.SSLContext:
    cert_file, key_file, _ = self_signed_cert()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- round trips, keep-alive, pool --------------------------------------------------------


@on_both_loops
async def test_json_post_roundtrip() -> None:
    app = EchoApp()
    async with uvicorn_server(app) as base, HttpClient(f"{base}/mcp") as client:
        payload = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "é"}}
        body = json.dumps(payload).encode()
        response = await client.request(
            "POST",
            None,
            [("Content-Type", "application/json"), ("Mcp-Session-Id", "abc-123")],
            body,
            timeout=5,
        )
        assert response.status == 200
        assert response.header("Content-Type") == "application/json"
        assert ("content-type", "application/json") in response.headers
        echoed = json.loads(await response.read())
        assert echoed["method"] == "POST"
        assert echoed["path"] == "/mcp"
        assert json.loads(echoed["body"]) == payload
        assert echoed["headers"]["host"] == base.removeprefix("http://")
        assert echoed["headers"]["content-length"] == str(len(body))
        assert echoed["headers"]["mcp-session-id"] == "abc-123"


@on_both_loops
async def test_target_and_query_come_from_base_url_unless_given() -> None:
    app = EchoApp()
    async with uvicorn_server(app) as base, HttpClient(f"{base}/mcp/v1?tenant=a") as client:
        async with await client.request("GET", None, []) as response:
            assert json.loads(await response.read())["path"] == "/mcp/v1"
        async with await client.request("DELETE", "/other", []) as response:
            echoed = json.loads(await response.read())
            assert (echoed["method"], echoed["path"]) == ("DELETE", "/other")
            assert "content-length" not in echoed["headers"]  # no body, no length


@on_both_loops
async def test_sequential_requests_reuse_one_connection() -> None:
    app = EchoApp()
    async with uvicorn_server(app) as base, HttpClient(f"{base}/mcp") as client:
        for i in range(20):
            response = await client.request("POST", None, [], f'{{"n":{i}}}'.encode())
            assert json.loads(await response.read())["body"] == f'{{"n":{i}}}'
        assert len(app.client_ports) == 1
        assert client.open_connections == 1
        assert client.idle_connections == 1


@on_both_loops
async def test_concurrent_requests_are_bounded_by_the_pool() -> None:
    app = EchoApp()
    async with uvicorn_server(app) as base, HttpClient(f"{base}/slow", max_connections=8) as client:

        async def call(i: int) -> None:
            response = await client.request("POST", None, [], f"request-{i}".encode())
            assert json.loads(await response.read())["body"] == f"request-{i}"

        await asyncio.gather(*(call(i) for i in range(50)))
        assert len(app.client_ports) == 8  # the pool filled up, and never went past its bound
        assert client.open_connections == 8
        await asyncio.gather(*(call(i) for i in range(50)))
        assert len(app.client_ports) == 8  # the second wave reused the same connections


@on_both_loops
async def test_waiting_for_a_pool_slot_counts_against_the_timeout() -> None:
    release = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        await release.wait()
        peer.respond(b"late")
        await serve_forever(peer)

    async with RawServer(handler) as server, HttpClient(server.url(), max_connections=1) as client:
        first = asyncio.create_task(client.request("GET", None, []))
        await asyncio.sleep(0.05)
        with pytest.raises(HttpTimeout):
            await client.request("GET", None, [], timeout=0.1)
        release.set()
        response = await first
        assert await response.read() == b"late"
        response = await client.request("GET", None, [], timeout=5)
        assert await response.read() == b"ok"
        assert server.connections == 1


# --- streaming ----------------------------------------------------------------------------


@on_both_loops
async def test_sse_chunks_arrive_as_the_server_sends_them() -> None:
    first_received = asyncio.Event()
    second_sent = False

    async def handler(peer: Peer) -> None:
        nonlocal second_sent
        await peer.request()
        peer.writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
            b"b\r\ndata: one\n\n\r\n"
        )
        await peer.writer.drain()
        await asyncio.wait_for(first_received.wait(), 5)
        second_sent = True
        peer.writer.write(b"b\r\ndata: two\n\n\r\n0\r\n\r\n")
        await serve_forever(peer)

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        response = await client.request("POST", None, [("Accept", "text/event-stream")], b"{}")
        assert response.header("content-type") == "text/event-stream"
        chunks = response.iter_chunks()
        assert await anext(chunks) == b"data: one\n\n"
        assert not second_sent
        first_received.set()
        assert b"".join([chunk async for chunk in chunks]) == b"data: two\n\n"
        # The stream ended cleanly: the connection went back to the pool and serves again.
        assert client.idle_connections == 1
        assert await (await client.request("GET", None, [])).read() == b"ok"
        assert server.connections == 1


@on_both_loops
async def test_abandoning_a_stream_closes_the_upstream_connection() -> None:
    upstream_saw_close = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nevent1\r\n")
        if await peer.client_closed():
            upstream_saw_close.set()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        async with await client.request("GET", None, []) as response:
            assert await anext(response.iter_chunks()) == b"event1"
        await asyncio.wait_for(upstream_saw_close.wait(), 5)
        assert client.open_connections == 0


@on_both_loops
async def test_cancelling_the_consumer_closes_the_upstream_connection() -> None:
    upstream_saw_close = asyncio.Event()
    got_first = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n")
        if await peer.client_closed():
            upstream_saw_close.set()

    async def relay(client: HttpClient) -> None:
        async with await client.request("GET", None, []) as response:
            async for _chunk in response.iter_chunks():
                got_first.set()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        task = asyncio.create_task(relay(client))
        await asyncio.wait_for(got_first.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.wait_for(upstream_saw_close.wait(), 5)


@on_both_loops
async def test_slow_consumer_pauses_reading_from_the_upstream() -> None:
    total = 96 * 1024 * 1024
    written_while_idle = 0
    consumer_idle = asyncio.Event()

    async def handler(peer: Peer) -> None:
        nonlocal written_while_idle
        await peer.request()
        peer.writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {total}\r\n\r\n".encode())
        block = b"x" * 65536
        written = 0
        while written < total:
            peer.writer.write(block)
            written += len(block)
            await peer.writer.drain()
            if not consumer_idle.is_set():
                written_while_idle = written
        await serve_forever(peer)

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        response = await client.request("GET", None, [])
        chunks = response.iter_chunks()
        received = len(await anext(chunks))
        await asyncio.sleep(0.5)  # a consumer that does not keep up
        consumer_idle.set()
        # Kernel socket buffers hold some megabytes; without backpressure all 96 MiB would
        # have been read into the client's memory by now.
        assert written_while_idle < 48 * 1024 * 1024
        async for chunk in chunks:
            received += len(chunk)
        assert received == total
        assert server.connections == 1


# --- stale keep-alive connections ---------------------------------------------------------


@on_both_loops
async def test_stale_pooled_connection_is_retried_on_a_fresh_one() -> None:
    async def handler(peer: Peer) -> None:
        if peer.index == 1:
            await peer.request()
            peer.respond(b"first")
            await peer.request()  # the upstream's keep-alive ran out just as this arrived
            peer.drop()
        else:
            await serve_forever(peer, b"fresh")

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        assert await (await client.request("POST", None, [], b"1")).read() == b"first"
        assert await (await client.request("POST", None, [], b"2")).read() == b"fresh"
        assert server.connections == 2


@on_both_loops
async def test_connection_closed_by_upstream_between_requests_is_replaced() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.respond(f"conn-{peer.index}".encode())  # keep-alive in theory, then closes

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        for expected in (b"conn-1", b"conn-2", b"conn-3"):
            assert await (await client.request("GET", None, [])).read() == expected
            await asyncio.sleep(0.05)
        assert server.connections == 3
        assert client.open_connections == 0


@on_both_loops
async def test_no_retry_when_a_fresh_connection_closes() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.drop()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        with pytest.raises(HttpConnectError, match="closed the connection without responding"):
            await client.request("POST", None, [], b"{}")
        assert server.connections == 1


@on_both_loops
async def test_no_retry_once_response_bytes_arrived() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.respond(b"first")
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nContent-")
        await peer.writer.drain()
        peer.drop()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        assert await (await client.request("POST", None, [], b"1")).read() == b"first"
        with pytest.raises(HttpProtocolError, match="in the middle of a response"):
            await client.request("POST", None, [], b"2")
        assert server.connections == 1


# --- connection lifecycle -----------------------------------------------------------------


@on_both_loops
async def test_connection_close_from_upstream_is_honoured() -> None:
    upstream_saw_close = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.respond(b"bye", headers=("Connection: close",))
        if await peer.client_closed():  # the upstream waits for the client to hang up
            upstream_saw_close.set()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        assert await (await client.request("GET", None, [])).read() == b"bye"
        await asyncio.wait_for(upstream_saw_close.wait(), 5)
        assert await (await client.request("GET", None, [])).read() == b"bye"
        assert server.connections == 2


@on_both_loops
async def test_idle_connections_are_closed_after_idle_timeout() -> None:
    upstream_saw_close = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.respond()
        if await peer.client_closed():
            upstream_saw_close.set()

    async with RawServer(handler) as server, HttpClient(server.url(), idle_timeout=0.2) as client:
        await (await client.request("GET", None, [])).read()
        assert client.idle_connections == 1
        started = time.monotonic()
        await asyncio.wait_for(upstream_saw_close.wait(), 5)
        assert 0.15 < time.monotonic() - started < 2
        assert client.open_connections == 0


@on_both_loops
async def test_aclose_closes_pooled_connections() -> None:
    upstream_saw_close = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.respond()
        if await peer.client_closed():
            upstream_saw_close.set()

    async with RawServer(handler) as server:
        client = HttpClient(server.url())
        await (await client.request("GET", None, [])).read()
        await client.aclose()
        await asyncio.wait_for(upstream_saw_close.wait(), 5)
        with pytest.raises(HttpConnectError, match="closed"):
            await client.request("GET", None, [])


@on_both_loops
async def test_aclose_ends_streams_in_flight_and_wakes_waiters() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n")
        await peer.client_closed()

    async with RawServer(handler) as server:
        client = HttpClient(server.url(), max_connections=1)
        response = await client.request("GET", None, [])
        waiting = asyncio.create_task(client.request("GET", None, []))  # no free slot
        await asyncio.sleep(0.05)
        await client.aclose()
        with pytest.raises(HttpConnectError, match="closed"):
            await waiting
        with pytest.raises(HttpProtocolError, match="before the response body was complete"):
            await response.read()
        assert client.open_connections == 0


@on_both_loops
async def test_a_response_dropped_unread_gives_its_slot_back() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n")
        await peer.client_closed()

    async with RawServer(handler) as server, HttpClient(server.url(), max_connections=1) as client:
        response = await client.request("GET", None, [])
        assert response.status == 200
        del response  # a caller bug: neither read nor closed
        response = await client.request("GET", None, [], timeout=5)
        assert response.status == 200
        await response.aclose()
        assert server.connections == 2


@on_both_loops
async def test_a_complete_response_dropped_unclosed_keeps_its_connection() -> None:
    async with RawServer(serve_forever) as server, HttpClient(server.url()) as client:
        for _ in range(3):
            response = await client.request("POST", None, [], b"{}")
            assert response.status == 200
            del response  # e.g. a 202 the caller did not bother to close
            await asyncio.sleep(0)
        assert server.connections == 1


@on_both_loops
async def test_bytes_after_a_response_stop_the_connection_from_being_reused() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n")
        await serve_forever(peer, b"ok")

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        assert await (await client.request("GET", None, [])).read() == b"ok"
        assert await (await client.request("GET", None, [])).read() == b"ok"
        assert server.connections == 2


# --- body framing -------------------------------------------------------------------------


@on_both_loops
async def test_bodiless_responses_keep_the_connection_usable() -> None:
    async def handler(peer: Peer) -> None:
        while (request := await peer.request()) is not None:
            if request.method == "HEAD":  # announces a length it must not send
                peer.writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")
            elif request.target == "/204":
                peer.writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")
            elif request.target == "/304":
                peer.writer.write(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n")
            else:
                peer.respond(b"body")

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        for method, target, status in [
            ("HEAD", None, 200),
            ("GET", "/204", 204),
            ("GET", "/304", 304),
            ("HEAD", None, 200),
        ]:
            response = await client.request(method, target, [])
            assert response.status == status
            assert await response.read() == b""
            assert await (await client.request("GET", None, [])).read() == b"body"
        assert server.connections == 1


@on_both_loops
async def test_body_delimited_by_connection_close() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ")
        await peer.writer.drain()
        await asyncio.sleep(0.02)
        peer.writer.write(b"part two")
        peer.writer.close()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        response = await client.request("GET", None, [])
        assert await response.read() == b"part one, part two"
        await asyncio.sleep(0.01)
        assert client.open_connections == 0


@on_both_loops
async def test_interim_1xx_responses_are_skipped() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n")
        peer.respond(b"final", headers=("X-Final: yes",))
        await serve_forever(peer)

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        response = await client.request("GET", None, [])
        assert (response.status, response.header("x-final"), response.header("link")) == (
            200,
            "yes",
            None,
        )
        assert await response.read() == b"final"


@on_both_loops
async def test_duplicate_headers_are_kept_in_order() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.respond(headers=("Set-Cookie: a=1", "X-Other: z", "set-cookie: b=2"))

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        response = await client.request("GET", None, [])
        assert [v for k, v in response.headers if k == "set-cookie"] == ["a=1", "b=2"]
        assert response.header("SET-COOKIE") == "a=1"
        await response.aclose()
        await response.aclose()  # idempotent


@on_both_loops
async def test_body_limit() -> None:
    upstream_saw_close = asyncio.Event()

    async def handler(peer: Peer) -> None:
        while (request := await peer.request()) is not None:
            if request.target == "/chunked":
                peer.writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                try:
                    for _ in range(10):
                        peer.writer.write(b"3e8\r\n" + b"x" * 1000 + b"\r\n")
                        await peer.writer.drain()
                        await asyncio.sleep(0.005)
                except ConnectionError:
                    upstream_saw_close.set()
                if await peer.client_closed():
                    upstream_saw_close.set()
                return
            peer.respond(b"y" * 10_000)

    # One slot only: a connection leaked by a refusal would make the next request time out.
    async with RawServer(handler) as server, HttpClient(server.url(), max_connections=1) as client:
        response = await client.request("GET", None, [], timeout=5)
        assert len(await response.read(limit=10_000)) == 10_000  # exactly the limit is fine
        response = await client.request("GET", None, [], timeout=5)
        with pytest.raises(HttpBodyTooLarge, match="exceeds 9999 bytes"):
            await response.read(limit=9999)  # refused from Content-Length, before reading
        response = await client.request("GET", "/chunked", [], timeout=5)
        with pytest.raises(HttpBodyTooLarge):
            await response.read(limit=2500)
        await asyncio.wait_for(upstream_saw_close.wait(), 5)


@on_both_loops
async def test_truncated_body_is_a_protocol_error() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part")
        await peer.writer.drain()
        peer.writer.close()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        response = await client.request("GET", None, [])
        with pytest.raises(HttpProtocolError, match="before the response body was complete"):
            await response.read()


# --- failures -----------------------------------------------------------------------------


@on_both_loops
async def test_connection_refused() -> None:
    async with HttpClient(f"http://127.0.0.1:{free_port()}/mcp") as client:
        with pytest.raises(HttpConnectError) as caught:
            await client.request("POST", None, [], b"{}")
        assert caught.value.message == "could not connect to the upstream: connection refused"
        assert "127.0.0.1" not in str(caught.value)  # client-safe: no internal addresses
        assert client.open_connections == 0


@on_both_loops
async def test_slow_response_head_times_out_and_closes_the_connection() -> None:
    upstream_saw_close = asyncio.Event()

    async def handler(peer: Peer) -> None:
        await peer.request()
        if await peer.client_closed():  # never answers
            upstream_saw_close.set()

    async with RawServer(handler) as server, HttpClient(server.url(), max_connections=1) as client:
        started = time.monotonic()
        with pytest.raises(HttpTimeout, match=r"did not respond within 0\.2 s"):
            await client.request("POST", None, [], b"{}", timeout=0.2)
        assert 0.15 < time.monotonic() - started < 1.5
        await asyncio.wait_for(upstream_saw_close.wait(), 5)
        # The only slot came back: a second attempt gets its own timeout, not a hang.
        with pytest.raises(HttpTimeout):
            await client.request("POST", None, [], b"{}", timeout=0.1)
        assert server.connections == 2


@on_both_loops
async def test_cancelling_a_request_frees_its_slot() -> None:
    got_request = asyncio.Event()

    async def handler(peer: Peer) -> None:
        if peer.index == 1:
            await peer.request()
            got_request.set()
            await peer.client_closed()
        else:
            await serve_forever(peer)

    async with RawServer(handler) as server, HttpClient(server.url(), max_connections=1) as client:
        task = asyncio.create_task(client.request("GET", None, []))
        await asyncio.wait_for(got_request.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await (await client.request("GET", None, [], timeout=5)).read() == b"ok"


@on_both_loops
async def test_garbage_response_is_a_protocol_error() -> None:
    async def handler(peer: Peer) -> None:
        await peer.request()
        peer.writer.write(b"SSH-2.0-OpenSSH_9.2\r\n\r\n")
        await peer.client_closed()

    async with RawServer(handler) as server, HttpClient(server.url()) as client:
        with pytest.raises(HttpProtocolError) as caught:
            await client.request("GET", None, [])
        assert caught.value.message == "the upstream sent a malformed HTTP response"
        assert client.open_connections == 0


@on_both_loops
async def test_oversized_response_head_is_a_protocol_error() -> None:
    async def handler(peer: Peer) -> None:
        while (request := await peer.request()) is not None:
            big = "x" * 8000
            if request.target == "/trickle":  # the head never ends, arriving bit by bit
                peer.writer.write(b"HTTP/1.1 200 OK\r\n")
                for i in range(100):
                    peer.writer.write(f"X-{i}: {big}\r\n".encode())
                    await peer.writer.drain()
                await peer.client_closed()
                return
            peer.respond(headers=(f"X-Big: {big}",))  # one write, head and all

    async with RawServer(handler) as server:
        async with HttpClient(server.url(), max_header_bytes=4096) as client:
            with pytest.raises(HttpProtocolError, match="exceeds the 4096-byte limit"):
                await client.request("GET", None, [])
            with pytest.raises(HttpProtocolError, match="exceeds the 4096-byte limit"):
                await client.request("GET", "/trickle", [])
        async with HttpClient(server.url(), max_header_bytes=16384) as client:
            assert (await client.request("GET", None, [])).status == 200


@on_both_loops
async def test_unsendable_requests_are_refused_before_connecting() -> None:
    async with RawServer(serve_forever) as server, HttpClient(server.url()) as client:
        bad_calls: list[tuple[str, str | None, list[tuple[str, str]]]] = [
            ("GET", None, [("X-Injected", "a\r\nEvil: 1")]),
            ("GET", None, [("Bad Name", "v")]),
            ("GET", None, [("X-Utf8", "snow ☃")]),
            ("GET", "/path with space", []),
            ("GET", "http://elsewhere/", []),
            ("GE T", None, []),
        ]
        for method, target, headers in bad_calls:
            with pytest.raises(HttpInvalidRequest):
                await client.request(method, target, headers)
        assert server.connections == 0


@on_both_loops
async def test_caller_cannot_set_framing_headers() -> None:
    app = EchoApp()
    async with uvicorn_server(app) as base, HttpClient(f"{base}/mcp") as client:
        smuggling = [
            ("Host", "evil.example"),
            ("Content-Length", "999"),
            ("Transfer-Encoding", "chunked"),
            ("Connection", "upgrade"),
        ]
        response = await client.request("POST", None, smuggling, b"real")
        echoed = json.loads(await response.read())
        assert echoed["body"] == "real"
        assert echoed["headers"]["host"] == base.removeprefix("http://")
        assert echoed["headers"]["content-length"] == "4"
        assert "transfer-encoding" not in echoed["headers"]
        assert "connection" not in echoed["headers"]


def test_bad_base_urls_are_refused_with_a_reason() -> None:
    for url, reason in [
        ("ftp://host/mcp", "http:// or https://"),
        ("http:///mcp", "no host"),
        ("http://user:pw@host/mcp", "credentials"),
        ("http://host:99999/mcp", "invalid port"),
    ]:
        with pytest.raises(ValueError, match=reason):
            HttpClient(url)
    with pytest.raises(ValueError, match="ssl_context"):
        HttpClient("http://host/mcp", ssl_context=ssl.create_default_context())


# --- TLS ----------------------------------------------------------------------------------


@on_both_loops
async def test_https_with_a_custom_ssl_context() -> None:
    _, _, cert_pem = self_signed_cert()
    trusting = ssl.create_default_context(cadata=cert_pem)
    async with (
        RawServer(serve_forever, ssl_context=server_tls_context()) as server,
        HttpClient(server.url(), ssl_context=trusting) as client,
    ):
        for _ in range(3):
            response = await client.request("POST", None, [], b"{}", timeout=5)
            assert (response.status, await response.read()) == (200, b"ok")
        assert server.connections == 1


@on_both_loops
async def test_https_refuses_an_untrusted_certificate() -> None:
    async with (
        RawServer(serve_forever, ssl_context=server_tls_context()) as server,
        HttpClient(server.url()) as client,  # default context: system trust store
    ):
        with pytest.raises(HttpConnectError, match="certificate verification failed"):
            await client.request("GET", None, [], timeout=5)


def test_errors_share_a_base_class() -> None:
    for error in (HttpConnectError, HttpTimeout, HttpProtocolError, HttpBodyTooLarge):
        assert issubclass(error, HttpClientError)
    assert issubclass(HttpInvalidRequest, ValueError)
