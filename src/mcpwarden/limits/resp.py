"""A lean asyncio Redis client (RESP2) for the rate-limit store's hot path.

One connection, requests pipelined on it: commands written in the same event-loop turn go out in
one write, and replies are matched to callers in order (a FIFO of futures; no lock per command).
Only what the store needs: commands arrive already packed (`pack`), replies are simple strings,
errors, integers, bulk strings and (nested) arrays. A lost connection fails every waiting command
at once; the next command reconnects, with backoff after failed attempts so that a Redis outage
is not hammered at the rate of incoming calls.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final, cast
from urllib.parse import parse_qs, unquote, urlsplit

CRLF: Final = b"\r\n"
DEFAULT_PORT: Final = 6379
BACKOFF_FIRST: Final = 0.01  # seconds after the first failed connect; doubled up to BACKOFF_MAX
BACKOFF_MAX: Final = 1.0


class RespError(Exception):
    """The command could not be run: no connection, connection lost, or no reply in time."""


class ReplyError(Exception):
    """Redis answered with an error reply (`-NOSCRIPT …`, `-WRONGPASS …`)."""

    @property
    def code(self) -> str:
        """The error's first word, e.g. NOSCRIPT, ERR, WRONGTYPE."""
        return str(self.args[0]).partition(" ")[0] if self.args else ""


class ProtocolError(RespError):
    """The bytes from the server are not RESP2."""


def pack(*args: bytes) -> bytes:
    """One command as a RESP array of bulk strings."""
    return b"*%d\r\n%b" % (len(args), bulks(args))


def bulks(args: Iterable[bytes]) -> bytes:
    """Arguments as RESP bulk strings, without the array header (to prefix later)."""
    return b"".join([b"$%d\r\n%b\r\n" % (len(arg), arg) for arg in args])


# -- replies ---------------------------------------------------------------------------------------


class _Incomplete(Exception):
    pass


_INCOMPLETE: Final = _Incomplete()


class Parser:
    """Incremental RESP2 reply parser: feed it bytes as they come, take whole replies out.

    Simple strings and bulk strings are bytes, a nil is None, an error reply is a `ReplyError`
    object (returned, not raised: inside an array it is just a value). A reply cut short is
    parsed again from its start once more bytes came; only a bulk string's length is needed to
    know it is incomplete, so a large reply arriving in many reads costs little."""

    def __init__(self) -> None:
        self._buf: bytes | bytearray = b""

    def feed(self, data: bytes) -> None:
        if not self._buf:
            self._buf = data  # the usual case: whole replies in one read, parsed without a copy
            return
        if not isinstance(self._buf, bytearray):
            self._buf = bytearray(self._buf)
        self._buf += data

    def replies(self) -> list[Any]:
        """Every reply complete in what has been fed so far, in order."""
        out: list[Any] = []
        pos, size = 0, len(self._buf)
        while pos < size:
            try:
                reply, pos = self._parse(pos)
            except _Incomplete:
                break
            out.append(reply)
        if pos:
            self._buf = self._buf[pos:]
        return out

    def _parse(self, pos: int) -> tuple[Any, int]:
        buf = self._buf
        end = buf.find(CRLF, pos)
        if end < 0:
            raise _INCOMPLETE
        kind = buf[pos]
        if kind == 0x3A:  # ':'
            return int(buf[pos + 1:end]), end + 2
        if kind == 0x24:  # '$'
            return self._bulk(int(buf[pos + 1:end]), end + 2)
        if kind == 0x2A:  # '*'
            return self._array(int(buf[pos + 1:end]), end + 2)
        if kind == 0x2B:  # '+'
            return bytes(buf[pos + 1:end]), end + 2
        if kind == 0x2D:  # '-'
            return ReplyError(bytes(buf[pos + 1:end]).decode("utf-8", "replace")), end + 2
        raise ProtocolError(f"unexpected RESP type byte {kind!r}")

    def _bulk(self, size: int, start: int) -> tuple[bytes | None, int]:
        if size < 0:
            return None, start
        stop = start + size
        if len(self._buf) < stop + 2:
            raise _INCOMPLETE
        return bytes(self._buf[start:stop]), stop + 2

    def _array(self, count: int, pos: int) -> tuple[list[Any] | None, int]:
        if count < 0:
            return None, pos
        items: list[Any] = []
        for _ in range(count):
            item, pos = self._parse(pos)
            items.append(item)
        return items, pos


# -- where to connect ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    path: str | None = None  # a unix socket
    tls: bool = False
    username: str | None = None
    password: str | None = None
    db: int = 0

    @classmethod
    def from_url(cls, url: str) -> Address:
        """`redis://[[user]:pass@]host[:port][/db]`, `rediss://…` (TLS) or
        `unix://[[user]:pass@]/path/to/socket[?db=N][&password=…]`."""
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        username = unquote(parts.username) if parts.username else query.get("username")
        password = unquote(parts.password) if parts.password else query.get("password")
        db = int(query.get("db") or 0)
        if parts.scheme == "unix":
            path = parts.path or parts.netloc.rpartition("@")[2]  # unix://relative.sock too
            if not path:
                raise ValueError(f"{parts.scheme}:// URL without a socket path")
            return cls(path=path, username=username, password=password, db=db)
        if parts.scheme not in ("redis", "rediss"):
            raise ValueError(f"not a Redis URL: scheme {parts.scheme!r}")
        if parts.path.strip("/"):
            db = int(parts.path.strip("/"))
        return cls(host=parts.hostname or "127.0.0.1", port=parts.port or DEFAULT_PORT,
                   tls=parts.scheme == "rediss", username=username, password=password, db=db)

    def handshake(self) -> list[bytes]:
        commands = []
        if self.password is not None:
            auth = (self.username.encode(), ) if self.username else ()
            commands.append(pack(b"AUTH", *auth, self.password.encode()))
        if self.db:
            commands.append(pack(b"SELECT", b"%d" % self.db))
        return commands

    def __str__(self) -> str:
        """Where, without secrets, for messages."""
        if self.path is not None:
            return f"unix://{self.path}"
        return f"{'rediss' if self.tls else 'redis'}://{self.host}:{self.port}/{self.db}"


# -- one connection --------------------------------------------------------------------------------


class _Connection(asyncio.Protocol):
    """A lone command is written at once; one sent while others wait for replies is held for
    the rest of the loop turn, and all held ones go out in one write. Replies resolve the oldest
    waiting future. The oldest command's deadline is watched by one timer: when it passes, the
    connection is dropped (the server is stuck or gone) and every waiting command fails."""

    def __init__(self, loop: asyncio.AbstractEventLoop, timeout: float) -> None:
        self.loop = self._loop = loop
        self._timeout = timeout
        self._transport: asyncio.Transport | None = None
        self._parser = Parser()
        self._waiting: deque[tuple[asyncio.Future[Any], float]] = deque()
        self._outgoing: list[bytes] = []
        self._watchdog: asyncio.TimerHandle | None = None
        self.lost: RespError | None = None
        self.closed: asyncio.Future[None] = loop.create_future()

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self._parser.feed(data)
        try:
            replies = self._parser.replies()
        except (ProtocolError, ValueError) as exc:
            self._fail(ProtocolError(f"bad reply from Redis: {exc}"))
            return
        waiting = self._waiting
        for reply in replies:
            if not waiting:
                self._fail(ProtocolError("a reply nobody asked for"))
                return
            future, _deadline = waiting.popleft()
            if future.done():  # its caller went away; the reply still had to be consumed
                continue
            if isinstance(reply, ReplyError):
                future.set_exception(reply)
            else:
                future.set_result(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(RespError(f"connection to Redis lost ({exc or 'closed by the server'})"))
        if not self.closed.done():
            self.closed.set_result(None)

    # commands
    def send(self, command: bytes) -> asyncio.Future[Any]:
        if self.lost is not None:
            raise RespError(str(self.lost))
        future: asyncio.Future[Any] = self._loop.create_future()
        if not self._waiting and self._transport is not None:
            self._transport.write(command)  # idle: a lone command goes out at once
        else:  # busy: whatever else comes this loop turn shares one write
            if not self._outgoing:
                self._loop.call_soon(self._flush)
            self._outgoing.append(command)
        self._waiting.append((future, self._loop.time() + self._timeout))
        if self._watchdog is None:
            self._watchdog = self._loop.call_at(self._waiting[0][1], self._watch)
        return future

    def _flush(self) -> None:
        if self._transport is not None and self.lost is None and self._outgoing:
            self._transport.write(b"".join(self._outgoing))
        self._outgoing.clear()

    def _watch(self) -> None:
        self._watchdog = None
        if not self._waiting:
            return
        deadline = self._waiting[0][1]
        if self._loop.time() >= deadline:
            self._fail(RespError(f"no reply from Redis within {self._timeout:g} s"))
        else:
            self._watchdog = self._loop.call_at(deadline, self._watch)

    def close(self) -> None:
        self._fail(RespError("the Redis connection was closed"))

    def _fail(self, error: RespError) -> None:
        if self.lost is None:
            self.lost = error
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        while self._waiting:
            future, _deadline = self._waiting.popleft()
            if not future.done():
                future.set_exception(error)
        if self._transport is not None and not self._loop.is_closed():
            self._transport.abort()


# -- the client ------------------------------------------------------------------------------------


class RespClient:
    """One Redis connection, opened on first use and reopened after it is lost.

    `execute(packed)` returns the reply or raises `ReplyError` (Redis said no) or `RespError`
    (Redis could not be asked: down, unreachable, too slow — after `timeout` seconds)."""

    def __init__(self, url: str, timeout: float = 0.5, connect_timeout: float | None = None
                 ) -> None:
        self.address = Address.from_url(url)
        self.timeout = timeout
        self.connect_timeout = timeout if connect_timeout is None else connect_timeout
        self._connection: _Connection | None = None
        self._connecting: asyncio.Task[_Connection] | None = None
        self._backoff = 0.0
        self._retry_at = 0.0
        self._closed = False

    async def execute(self, command: bytes) -> Any:
        connection = self._connection
        if connection is None or connection.lost is not None:
            connection = await self._connect()
        elif connection.loop is not asyncio.get_running_loop():  # e.g. a new asyncio.run()
            connection.close()
            connection = await self._connect()
        return await connection.send(command)

    async def aclose(self) -> None:
        self._closed = True
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
            if connection.loop is asyncio.get_running_loop():  # let the socket really close
                await asyncio.wait([connection.closed], timeout=1.0)

    async def _connect(self) -> _Connection:
        """The one connect attempt under way, shared by every caller; none during backoff."""
        if self._closed:
            raise RespError("the Redis client is closed")
        loop = asyncio.get_running_loop()
        if self._connecting is None:
            if loop.time() < self._retry_at:
                raise RespError(f"Redis at {self.address} is unreachable; retrying in "
                                f"{self._retry_at - loop.time():.2f} s")
            self._connecting = loop.create_task(self._open(loop))
        return await asyncio.shield(self._connecting)

    async def _open(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        try:
            connection = await asyncio.wait_for(self._dial(loop), self.connect_timeout)
        except RespError:
            self._back_off(loop)
            raise
        except Exception as exc:  # whatever stops the connect, callers see one error type
            self._back_off(loop)
            raise RespError(f"cannot connect to Redis at {self.address}: "
                            f"{type(exc).__name__}: {exc}") from exc
        finally:
            self._connecting = None
        self._backoff = 0.0
        self._connection = connection
        return connection

    def _back_off(self, loop: asyncio.AbstractEventLoop) -> None:
        self._backoff = min(BACKOFF_MAX, self._backoff * 2 or BACKOFF_FIRST)
        self._retry_at = loop.time() + self._backoff

    async def _dial(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        address = self.address
        connection = _Connection(loop, self.timeout)
        if address.path is not None:
            await loop.create_unix_connection(lambda: connection, address.path)
        else:
            context = ssl.create_default_context() if address.tls else None
            await loop.create_connection(lambda: connection, address.host, address.port,
                                         ssl=context)
        try:
            for command in address.handshake():
                await connection.send(command)
        except ReplyError as exc:
            connection.close()
            raise RespError(f"Redis at {address} refused the connection setup: {exc}") from exc
        if self._closed:
            connection.close()
            raise RespError("the Redis client is closed")
        return connection
