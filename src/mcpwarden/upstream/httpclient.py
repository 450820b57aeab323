"""A lean, pooled HTTP/1.1 client for upstream MCP servers (asyncio.Protocol + httptools).

It is on the hot path of every proxied call. httpx costs ~1 ms per request on the reference
machine and aiohttp +0.4 ms per hop; this client adds ~0.24 ms (notes/stack-and-performance.md §2).

Model: one `HttpClient` per upstream base URL owns a pool of keep-alive connections (LIFO reuse,
at most `max_connections`, further requests wait for a slot). `request()` returns as soon as the
status line and headers are in; the body is consumed with `read()` or `iter_chunks()`. A body
that is consumed to the end hands its connection back to the pool; a body abandoned part-way
(`aclose()`) closes the connection, which is how cancellation reaches the upstream.

Every exception raised to callers is an `HttpClientError` whose message is safe to show to a
client: it says what went wrong without internal reprs, hosts or addresses. The original cause
is chained (`__cause__`) for logs.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import ssl
from collections import deque
from collections.abc import AsyncIterator, Sequence
from functools import cache, partial
from types import TracebackType
from typing import Final, cast
from urllib.parse import urlsplit

import httptools

__all__ = [
    "HttpBodyTooLarge",
    "HttpClient",
    "HttpClientError",
    "HttpConnectError",
    "HttpInvalidRequest",
    "HttpProtocolError",
    "HttpResponse",
    "HttpTimeout",
]

# Reading from the socket pauses once this many body bytes wait unconsumed (slow SSE consumer).
PAUSE_READING_AT: Final = 256 * 1024
# Request bodies larger than this are written separately instead of being joined to the head.
_JOIN_BODY_BELOW: Final = 64 * 1024

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_TARGET_CHAR = re.compile(r"[^\x21-\x7e]")
_COMMON_METHODS = frozenset({"GET", "POST", "DELETE", "HEAD", "PUT", "PATCH", "OPTIONS"})
_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
# Message framing and hop-by-hop headers belong to this client, never to the caller: a
# forwarded Content-Length or Transfer-Encoding would let a client smuggle requests upstream.
_CLIENT_OWNED_HEADERS = frozenset(
    {
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "upgrade",
    }
)
_NAME_CACHE_LIMIT = 1024


class HttpClientError(Exception):
    """Base of every error this client raises; `message` is safe to show to a client."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HttpConnectError(HttpClientError):
    """No connection to the upstream, or it closed before sending any response."""


class HttpTimeout(HttpClientError):
    """The upstream did not send a response head within the request's timeout."""


class HttpProtocolError(HttpClientError):
    """The upstream sent something that is not valid HTTP/1.x, or cut a response short."""


class HttpBodyTooLarge(HttpClientError):
    """The response body exceeds the limit the caller gave to `read()`."""


class HttpInvalidRequest(HttpClientError, ValueError):
    """The caller asked to send something that is not valid HTTP (e.g. CR/LF in a header)."""


class _StaleConnection(HttpConnectError):
    """A reused keep-alive connection turned out closed before any response byte arrived."""


@cache
def _default_ssl_context() -> ssl.SSLContext:
    # Building a context costs ~25 ms on the reference machine: do it once per process.
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_alpn_protocols(["http/1.1"])
    return context


def _describe_connect_failure(exc: OSError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return "TLS handshake failed"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "host name could not be resolved"
    if isinstance(exc, ConnectionError):
        return "connection reset"
    return exc.strerror or "network error"


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection and the response currently arriving on it.

    The httptools parser calls back into this object. Per-response state lives here rather
    than in `HttpResponse` so that the protocol never references the response (no cycles).
    Waiters are only ever resolved with None; errors travel in `_error`, so no future ever
    carries an exception nobody retrieves.
    """

    __slots__ = (
        "_awaiting",
        "_body_waiter",
        "_buffered",
        "_chunks",
        "_complete",
        "_error",
        "_got_bytes",
        "_head_bytes",
        "_head_done",
        "_head_request",
        "_head_waiter",
        "_header_bytes",
        "_headers",
        "_keep_alive",
        "_lost_waiter",
        "_max_header_bytes",
        "_parser",
        "_parser_spent",
        "_paused",
        "_pool",
        "_status",
        "broken",
        "closed",
        "idle_since",
        "in_idle",
        "reused",
        "transport",
    )

    def __init__(self, pool: _Pool, max_header_bytes: int) -> None:
        self._pool = pool
        self._max_header_bytes = max_header_bytes
        self._parser = httptools.HttpResponseParser(self)
        self._parser_spent = False
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.broken = False  # out of sync with the upstream: must not carry another request
        self.reused = False  # has been parked in the pool at least once
        self.in_idle = False
        self.idle_since = 0.0
        self._lost_waiter: asyncio.Future[None] | None = None
        self._paused = False
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._reset()

    def _reset(self) -> None:
        self._awaiting = False  # a request is out and its response is not complete yet
        self._head_request = False
        self._head_waiter: asyncio.Future[None] | None = None
        self._body_waiter: asyncio.Future[None] | None = None
        self._got_bytes = False
        self._head_done = False
        self._head_bytes = 0  # raw bytes received while the head was incomplete
        self._header_bytes = 0  # size of the header fields parsed so far
        self._status = 0
        self._headers: list[tuple[str, str]] = []
        self._complete = False
        self._keep_alive = False
        self._error: HttpClientError | None = None
        self._chunks.clear()
        self._buffered = 0

    # --- asyncio.Protocol ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses, only duck-typed ones.
        self.transport = cast(asyncio.Transport, transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError, AttributeError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        if not self._awaiting:
            # Bytes nobody asked for: the stream is out of sync and can't be trusted again.
            self._mark_broken()
            return
        self._got_bytes = True
        if not self._head_done:
            self._head_bytes += len(data)
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(HttpProtocolError("the upstream switched protocols, which was not asked"))
        except httptools.HttpParserError:
            self._fail(HttpProtocolError("the upstream sent a malformed HTTP response"))
        else:
            if not self._head_done and self._head_bytes > self._max_header_bytes:
                self._fail(self._head_too_large())

    def eof_received(self) -> bool | None:
        return None  # let the transport close; connection_lost decides what EOF meant

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._awaiting and self._error is None:
            if not self._head_done:
                self._error = self._lost_before_head()
                self._wake_head()
            elif self._reads_until_eof():
                self._awaiting = False
                self._complete = True
                self._keep_alive = False
            else:
                self._error = HttpProtocolError(
                    "the upstream closed the connection before the response body was complete"
                )
            self._wake_body()
        if self.in_idle:
            self._pool.drop_idle(self)
        self._pool.forget(self)
        if self._lost_waiter is not None and not self._lost_waiter.done():
            self._lost_waiter.set_result(None)

    # --- httptools callbacks ------------------------------------------------------------

    def on_message_begin(self) -> None:
        if not self._awaiting:
            self.broken = True  # the upstream sent more than the response we asked for

    def on_header(self, name: bytes, value: bytes) -> None:
        if not self._awaiting:
            self.broken = True
            return
        self._header_bytes += len(name) + len(value) + 4
        self._headers.append((name.decode("latin-1").lower(), value.decode("latin-1")))

    def on_headers_complete(self) -> None:
        if not self._awaiting or self._head_done:
            self.broken = True  # a second, unsolicited response
            return
        status = self._parser.get_status_code()
        if self._header_bytes > self._max_header_bytes:
            self._fail(self._head_too_large())
            return
        if status < 200:
            self._headers = []  # interim 1xx response (e.g. 103 Early Hints): the real one follows
            return
        self._status = status
        self._head_done = True
        if self._head_request:
            # httptools can't be told the response has no body; finish it here and give the
            # next exchange a fresh parser (any body bytes that follow mark the link broken).
            self._awaiting = False
            self._complete = True
            self._keep_alive = self._parser.should_keep_alive()
            self._parser_spent = True
        self._wake_head()

    def on_body(self, body: bytes) -> None:
        if not self._awaiting:
            self.broken = True
            return
        self._chunks.append(body)
        self._buffered += len(body)
        if self._buffered > PAUSE_READING_AT and not self._paused:
            self._paused = True
            assert self.transport is not None
            self.transport.pause_reading()
        self._wake_body()

    def on_message_complete(self) -> None:
        if not self._head_done or not self._awaiting:
            return  # end of an interim 1xx response, or of a HEAD response already finished
        self._awaiting = False
        self._complete = True
        self._keep_alive = self._parser.should_keep_alive()
        self._wake_body()

    # --- used by the pool and the response ----------------------------------------------

    async def exchange_head(self, data: bytes, body: bytes, head_request: bool) -> None:
        """Send one request and wait until the response head is in (or failed)."""
        if self._parser_spent:
            self._parser = httptools.HttpResponseParser(self)
            self._parser_spent = False
        self._reset()
        self._head_request = head_request
        self._awaiting = True
        transport = self.transport
        if self.closed or transport is None or transport.is_closing():
            raise self._lost_before_head()
        transport.write(data)
        if body:
            transport.write(body)
        if not self._head_done and self._error is None:
            waiter = self._pool.loop.create_future()
            self._head_waiter = waiter
            try:
                await waiter
            finally:
                self._head_waiter = None
        if self._error is not None:
            raise self._error

    async def wait_for_body(self) -> None:
        waiter = self._pool.loop.create_future()
        self._body_waiter = waiter
        try:
            await waiter
        finally:
            self._body_waiter = None

    def take_buffered(self) -> bytes:
        chunks = self._chunks
        data = chunks.popleft() if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self._buffered = 0
        if self._paused:
            self._paused = False
            if self.transport is not None and not self.closed:
                self.transport.resume_reading()
        return data

    def can_carry_another_request(self) -> bool:
        return self._complete and self._keep_alive and not self.broken and not self.closed

    def received_whole_response(self) -> bool:
        return self._complete and not self.broken

    def prepare_for_idle(self) -> None:
        self._reset()
        if self._paused:
            self._paused = False
            if self.transport is not None:
                self.transport.resume_reading()
        self.reused = True

    def close(self) -> None:
        """Close gracefully (idle connection, or the upstream said Connection: close)."""
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()

    def abort(self) -> None:
        """Close at once, dropping buffers: used when a response is abandoned or broken."""
        self.broken = True
        if self.transport is not None:
            self.transport.abort()

    def lost_waiter(self) -> asyncio.Future[None]:
        if self._lost_waiter is None:
            self._lost_waiter = self._pool.loop.create_future()
            if self.closed:
                self._lost_waiter.set_result(None)
        return self._lost_waiter

    # --- internals ----------------------------------------------------------------------

    def _mark_broken(self) -> None:
        self.broken = True
        if self.transport is not None:
            self.transport.abort()

    def _fail(self, error: HttpClientError) -> None:
        if self._awaiting and self._error is None:
            self._error = error
            self._wake_head()
            self._wake_body()
        self._mark_broken()

    def _head_too_large(self) -> HttpProtocolError:
        return HttpProtocolError(
            f"the upstream's response head exceeds the {self._max_header_bytes}-byte limit"
        )

    def _lost_before_head(self) -> HttpClientError:
        if not self._got_bytes:
            if self.reused:
                return _StaleConnection("the upstream closed an idle keep-alive connection")
            return HttpConnectError("the upstream closed the connection without responding")
        return HttpProtocolError("the upstream closed the connection in the middle of a response")

    def _reads_until_eof(self) -> bool:
        # A body with neither Content-Length nor chunked framing ends when the connection does.
        framed = False
        for name, value in self._headers:
            if name == "content-length":
                framed = True
            elif name == "transfer-encoding":
                framed = value.rstrip().lower().endswith("chunked")
        return not framed

    def _wake_head(self) -> None:
        waiter = self._head_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _wake_body(self) -> None:
        waiter = self._body_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class _Pool:
    """Connection slots for one upstream: idle connections kept LIFO, waiters served FIFO.

    `_slots` counts connections that exist or are being opened. A slot passes directly from a
    finished request to the oldest waiter, either with a live connection or empty (None: open
    a new one), so waiters can't be overtaken by newcomers.
    """

    def __init__(
        self,
        *,
        host: str,
        port: int,
        ssl_context: ssl.SSLContext | None,
        max_connections: int,
        connect_timeout: float,
        idle_timeout: float,
        max_header_bytes: int,
    ) -> None:
        self._host = host
        self._port = port
        self._ssl = ssl_context
        self._server_hostname = host if ssl_context is not None else None
        self._max = max_connections
        self._connect_timeout = connect_timeout
        self._idle_timeout = idle_timeout
        self._max_header_bytes = max_header_bytes
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = 0
        self._idle: list[_Connection] = []  # oldest first: idle_since ascends
        self._waiters: deque[asyncio.Future[_Connection | None]] = deque()
        self._all: set[_Connection] = set()
        self._sweep_handle: asyncio.TimerHandle | None = None
        self._closed = False

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        assert self._loop is not None
        return self._loop

    @property
    def open_connections(self) -> int:
        return self._slots

    @property
    def idle_connections(self) -> int:
        return len(self._idle)

    async def acquire(self) -> _Connection:
        if self._closed:
            raise HttpConnectError("the HTTP client for this upstream has been closed")
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        idle = self._idle
        while idle:
            conn = idle.pop()
            conn.in_idle = False
            if not conn.closed and conn.transport is not None and not conn.transport.is_closing():
                return conn
            self._free_slot()  # closing already; connection_lost won't touch the pool now
        if self._slots < self._max:
            self._slots += 1
            return await self.connect()
        return await self._wait_for_slot()

    async def _wait_for_slot(self) -> _Connection:
        waiter: asyncio.Future[_Connection | None] = self.loop.create_future()
        self._waiters.append(waiter)
        try:
            conn = await waiter  # raises HttpConnectError if the client is closed meanwhile
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._give_back(waiter.result())  # handed a slot just as we were cancelled
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            raise
        if conn is None:
            return await self.connect()
        return conn

    async def connect(self) -> _Connection:
        """Open a connection in a slot the caller already holds; frees the slot on failure."""
        if self._closed:
            self._free_slot()
            raise HttpConnectError("the HTTP client for this upstream has been closed")
        conn = _Connection(self, self._max_header_bytes)
        try:
            async with asyncio.timeout(self._connect_timeout):
                await self.loop.create_connection(
                    lambda: conn,
                    self._host,
                    self._port,
                    ssl=self._ssl,
                    server_hostname=self._server_hostname,
                )
        except TimeoutError as exc:
            self._free_slot()
            raise HttpConnectError(
                f"could not connect to the upstream within {self._connect_timeout:g} s"
            ) from exc
        except OSError as exc:
            self._free_slot()
            raise HttpConnectError(
                f"could not connect to the upstream: {_describe_connect_failure(exc)}"
            ) from exc
        except BaseException:
            self._free_slot()
            conn.abort()
            raise
        if self._closed:
            conn.abort()
            self._free_slot()
            raise HttpConnectError("the HTTP client for this upstream has been closed")
        self._all.add(conn)
        return conn

    def release(self, conn: _Connection, *, reuse: bool) -> None:
        if reuse and not self._closed and conn.can_carry_another_request():
            conn.prepare_for_idle()
            self._park(conn)
            return
        if conn.received_whole_response():
            conn.close()
        else:
            conn.abort()  # a body cut short: the upstream must see the connection go
        self._free_slot()

    def drop_idle(self, conn: _Connection) -> None:
        """An idle connection died (the upstream closed it): give its slot away."""
        conn.in_idle = False
        try:
            self._idle.remove(conn)
        except ValueError:
            return
        self._free_slot()

    def forget(self, conn: _Connection) -> None:
        self._all.discard(conn)

    async def aclose(self) -> None:
        self._closed = True
        if self._sweep_handle is not None:
            self._sweep_handle.cancel()
            self._sweep_handle = None
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(
                    HttpConnectError("the HTTP client for this upstream has been closed")
                )
        idle = set(self._idle)
        for conn in idle:
            conn.in_idle = False
            conn.close()
        self._slots -= len(idle)
        self._idle.clear()
        conns = list(self._all)
        for conn in conns:
            if conn not in idle:
                conn.abort()  # in-flight responses (e.g. open SSE streams) end now
        if conns:
            waiters = [conn.lost_waiter() for conn in conns]
            await asyncio.wait(waiters, timeout=1.0)

    def _park(self, conn: _Connection) -> None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return
        conn.idle_since = self.loop.time()
        conn.in_idle = True
        self._idle.append(conn)
        if self._sweep_handle is None:
            self._schedule_sweep()

    def _give_back(self, conn: _Connection | None) -> None:
        if conn is None or conn.closed or conn.transport is None or conn.transport.is_closing():
            self._free_slot()
        else:
            self._park(conn)

    def _free_slot(self) -> None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot passes to the waiter, who opens a connection
                return
        self._slots -= 1

    def _schedule_sweep(self) -> None:
        if self._idle and not self._closed:
            when = self._idle[0].idle_since + self._idle_timeout
            self._sweep_handle = self.loop.call_at(when, self._sweep)

    def _sweep(self) -> None:
        self._sweep_handle = None
        # A timer may fire a hair early; the tolerance keeps it from re-arming in a tight loop.
        expired_before = self.loop.time() - self._idle_timeout + 0.001
        idle = self._idle
        while idle and idle[0].idle_since <= expired_before:
            conn = idle.pop(0)
            conn.in_idle = False
            conn.close()
            self._free_slot()
        self._schedule_sweep()


class HttpResponse:
    """Status and headers of an upstream response; the body is read on demand, once."""

    __slots__ = ("_conn", "_pool", "_released", "headers", "status")

    def __init__(self, pool: _Pool, conn: _Connection) -> None:
        self.status: int = conn._status
        self.headers: list[tuple[str, str]] = conn._headers  # lower-cased names, in order
        self._pool = pool
        self._conn: _Connection | None = conn
        self._released = False

    def header(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), or None."""
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    async def read(self, limit: int | None = None) -> bytes:
        """The whole body. Past `limit` bytes, the connection is dropped and
        `HttpBodyTooLarge` is raised."""
        if limit is not None:
            self._refuse_declared_length_over(limit)
        first = await self._next_chunk()
        if first is None:
            return b""
        parts = [first]
        size = len(first)
        while True:
            if limit is not None and size > limit:
                self._let_go()
                raise HttpBodyTooLarge(f"the upstream's response body exceeds {limit} bytes")
            chunk = await self._next_chunk()
            if chunk is None:
                break
            parts.append(chunk)
            size += len(chunk)
        return first if len(parts) == 1 else b"".join(parts)

    def iter_chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives: every bytes object already received, then wait for more.

        Nothing is buffered beyond what the socket delivered; a slow consumer pauses reading
        from the upstream instead of growing memory.
        """
        return _BodyChunks(self)

    async def aclose(self) -> None:
        """Finish with the response. A body not fully received closes the connection (the
        upstream sees the cancellation); otherwise the connection goes back to the pool."""
        self._let_go()

    async def __aenter__(self) -> HttpResponse:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # Safety net for a caller that drops a response without closing it (e.g. a bodiless
        # 202): the slot must come back, and a fully received response keeps its connection.
        # Deferred, because the cyclic GC may run this in the middle of a pool operation.
        conn = self._conn
        if conn is not None:
            self._conn = None
            loop = self._pool._loop
            if loop is not None and not loop.is_closed():
                loop.call_soon(partial(self._pool.release, conn, reuse=True))

    def _let_go(self) -> None:
        conn = self._conn
        if conn is None:
            return
        self._conn = None
        self._released = True
        self._pool.release(conn, reuse=True)  # the pool reuses it only if the body is complete

    async def _next_chunk(self) -> bytes | None:
        conn = self._conn
        if conn is None:
            if self._released:
                raise HttpClientError("the response body was read after the response was closed")
            return None
        while True:
            if conn._chunks:
                return conn.take_buffered()
            if conn._complete:
                self._conn = None
                self._pool.release(conn, reuse=True)
                return None
            error = conn._error
            if error is not None:
                self._conn = None
                self._pool.release(conn, reuse=False)
                raise error
            await conn.wait_for_body()

    def _refuse_declared_length_over(self, limit: int) -> None:
        declared = self.header("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            self._let_go()
            raise HttpBodyTooLarge(f"the upstream's response body exceeds {limit} bytes")


class _BodyChunks:
    """Async iterator over a response body (a class, not an async generator, so that leaving a
    loop early leaves no generator for the event loop to finalize later)."""

    __slots__ = ("_response",)

    def __init__(self, response: HttpResponse) -> None:
        self._response = response

    def __aiter__(self) -> _BodyChunks:
        return self

    async def __anext__(self) -> bytes:
        chunk = await self._response._next_chunk()
        if chunk is None:
            raise StopAsyncIteration
        return chunk


class HttpClient:
    """A pooled HTTP/1.1 client for one upstream base URL. Create once, share, `aclose()` at exit.

    `base_url` is "http://host:port/path" or "https://…". For https the client uses
    `ssl_context`, or a default verifying context (TLS 1.2+) built once per process.
    """

    def __init__(
        self,
        base_url: str,
        *,
        max_connections: int = 64,
        connect_timeout: float = 5.0,
        idle_timeout: float = 30.0,
        max_header_bytes: int = 64 * 1024,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        if connect_timeout <= 0 or idle_timeout <= 0:
            raise ValueError("connect_timeout and idle_timeout must be positive")
        if max_header_bytes < 1024:
            raise ValueError("max_header_bytes must be at least 1024")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https"):
            raise ValueError(f"upstream URL must start with http:// or https://: {base_url!r}")
        if not parts.hostname:
            raise ValueError(f"upstream URL has no host: {base_url!r}")
        if parts.username is not None or parts.password is not None:
            raise ValueError("upstream URL must not carry credentials; send them as headers")
        try:
            port = parts.port
        except ValueError as exc:
            raise ValueError(f"upstream URL has an invalid port: {base_url!r}") from exc
        tls = parts.scheme == "https"
        if ssl_context is not None and not tls:
            raise ValueError("an ssl_context was given for a plain http:// upstream URL")
        default_port = 443 if tls else 80
        host = parts.hostname
        host_for_header = f"[{host}]" if ":" in host else host
        if port is not None and port != default_port:
            host_for_header = f"{host_for_header}:{port}"
        target = parts.path or "/"
        if parts.query:
            target = f"{target}?{parts.query}"
        if _BAD_TARGET_CHAR.search(target):
            raise ValueError(f"upstream URL path has characters that need %-encoding: {base_url!r}")

        self.base_url = base_url
        self.default_target = target
        self._host_line = f"Host: {host_for_header}\r\n"
        self._forward_name: dict[str, bool] = {}
        self._pool = _Pool(
            host=host,
            port=port or default_port,
            ssl_context=(ssl_context or _default_ssl_context()) if tls else None,
            max_connections=max_connections,
            connect_timeout=connect_timeout,
            idle_timeout=idle_timeout,
            max_header_bytes=max_header_bytes,
        )

    @property
    def open_connections(self) -> int:
        """Connections currently open to the upstream (idle or in use)."""
        return self._pool.open_connections

    @property
    def idle_connections(self) -> int:
        """Keep-alive connections waiting in the pool."""
        return self._pool.idle_connections

    async def request(
        self,
        method: str,
        target: str | None,
        headers: Sequence[tuple[str, str]],
        body: bytes = b"",
        *,
        timeout: float | None = None,  # noqa: ASYNC109 (bounds the head only, not the body)
    ) -> HttpResponse:
        """Send a request; return once the status line and headers have arrived.

        `target` None means the base URL's path and query. `headers` must not carry framing
        (Host, Content-Length, Transfer-Encoding, Connection…): those are dropped, the client
        sets them. `timeout` bounds waiting for a pooled slot, connecting, sending and receiving
        the response head; the body is not covered (callers bound whole streams themselves).
        """
        head = self._encode_head(method, target, headers, body)
        if len(body) < _JOIN_BODY_BELOW:
            head, body = head + body, b""
        if timeout is None:
            return await self._exchange(head, body, method == "HEAD")
        try:
            async with asyncio.timeout(timeout):
                return await self._exchange(head, body, method == "HEAD")
        except TimeoutError:
            raise HttpTimeout(f"the upstream did not respond within {timeout:g} s") from None

    async def aclose(self) -> None:
        """Close every connection, including those of responses still being read."""
        await self._pool.aclose()

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _exchange(self, head: bytes, body: bytes, head_request: bool) -> HttpResponse:
        pool = self._pool
        conn = await pool.acquire()
        try:
            await conn.exchange_head(head, body, head_request)
        except _StaleConnection:
            # The upstream closed a pooled connection as we picked it up: once, in the same slot,
            # try a fresh one. Nothing of a response arrived, so the request was not processed.
            conn.abort()
            conn = await pool.connect()
            try:
                await conn.exchange_head(head, body, head_request)
            except BaseException:
                pool.release(conn, reuse=False)
                raise
        except BaseException:
            pool.release(conn, reuse=False)
            raise
        return HttpResponse(pool, conn)

    def _encode_head(
        self, method: str, target: str | None, headers: Sequence[tuple[str, str]], body: bytes
    ) -> bytes:
        if method not in _COMMON_METHODS and not _TOKEN.fullmatch(method):
            raise HttpInvalidRequest("the HTTP method is not a valid token")
        if target is None:
            target = self.default_target
        elif not target.startswith("/") or _BAD_TARGET_CHAR.search(target):
            raise HttpInvalidRequest(
                "the request target must be a path starting with '/' without spaces or "
                "non-ASCII characters"
            )
        lines = [f"{method} {target} HTTP/1.1\r\n", self._host_line]
        forward_name = self._forward_name
        for name, value in headers:
            forward = forward_name.get(name)
            if forward is None:
                forward = self._check_header_name(name)
            if not forward:
                continue
            if "\r" in value or "\n" in value or "\x00" in value:
                raise HttpInvalidRequest(f"the value of header {name!r} contains CR, LF or NUL")
            lines.append(f"{name}: {value}\r\n")
        if body or method in _METHODS_WITH_BODY:
            lines.append(f"Content-Length: {len(body)}\r\n")
        lines.append("\r\n")
        try:
            return "".join(lines).encode("latin-1")
        except UnicodeEncodeError:
            raise HttpInvalidRequest(
                "a request header contains characters outside ISO-8859-1"
            ) from None

    def _check_header_name(self, name: str) -> bool:
        """True to forward the header, False to drop it; raises for an invalid name."""
        if not _TOKEN.fullmatch(name):
            raise HttpInvalidRequest(f"{name[:64]!r} is not a valid HTTP header name")
        forward = name.lower() not in _CLIENT_OWNED_HEADERS
        if len(self._forward_name) < _NAME_CACHE_LIMIT:
            self._forward_name[name] = forward
        return forward
