"""Wrap mode: the client speaks newline-delimited JSON-RPC on our stdin/stdout.

The wrapped server runs as a child process behind the same chain as in `serve` mode. Requests
are answered concurrently; everything the server sends (progress, logging, sampling requests)
reaches the client through the outbound chain. Our stdout carries only MCP messages; logs go to
stderr.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import sys

from mcpwarden import detectors
from mcpwarden.assembly import build_routes
from mcpwarden.audit.events import EventBus, Service
from mcpwarden.audit.trail import attach_audit
from mcpwarden.config import Config
from mcpwarden.gateway import Denied, Route
from mcpwarden.guards.base import Exchange
from mcpwarden.upstream.base import UpstreamError, UpstreamSession
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import (
    DEFAULT_LEGACY_VERSION,
    LATEST_MODERN,
    META_PROTOCOL_VERSION,
    MODERN_VERSIONS,
    Era,
    request_meta,
)
from mcpwarden.wire.errors import INVALID_REQUEST, ProtocolError
from mcpwarden.wire.jsonrpc import Message, RequestId

log = logging.getLogger("mcpwarden.stdio")

MAX_LINE = 16 * 1024 * 1024


class StdioFront:
    def __init__(self, route: Route, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 *, max_depth: int = 64) -> None:
        self.route = route
        self.reader = reader
        self.writer = writer
        self.max_depth = max_depth
        self.ex = Exchange(upstream=route.name, era=Era.LEGACY, transport="stdio",
                           protocol_version=DEFAULT_LEGACY_VERSION,
                           session_id=f"stdio-{secrets.token_urlsafe(12)}")
        self.link: UpstreamSession | None = None
        self.inflight: dict[RequestId, asyncio.Task[None]] = {}
        self.listener: asyncio.Task[None] | None = None
        self.write_lock = asyncio.Lock()

    async def run(self) -> None:
        try:
            while True:
                line = await self._readline()
                if line is None:
                    return
                if line.strip():
                    await self._dispatch(line)
        finally:
            await self._shutdown()

    async def _readline(self) -> bytes | None:
        try:
            line = await self.reader.readuntil(b"\n")
        except asyncio.IncompleteReadError as exc:
            return exc.partial or None
        except asyncio.LimitOverrunError:
            await self._discard_long_line()
            await self.write(jsonrpc.error(None, INVALID_REQUEST,
                                           f"Message longer than {MAX_LINE} bytes was dropped",
                                           {"reason": "message_too_large"}))
            return b""
        return line

    async def _discard_long_line(self) -> None:
        while True:
            try:
                await self.reader.readuntil(b"\n")
                return
            except asyncio.LimitOverrunError as exc:
                await self.reader.readexactly(exc.consumed)
            except asyncio.IncompleteReadError:
                return

    async def _dispatch(self, line: bytes) -> None:
        try:
            msg = Message.parse(line, max_depth=self.max_depth)
        except ProtocolError as exc:
            await self.write(jsonrpc.error_from(exc, None))
            return
        if msg.is_request and msg.method == "initialize":
            await self._initialize(msg)
        elif msg.is_request:
            self._start(msg)
        else:
            await self._deliver(msg)

    async def _initialize(self, msg: Message) -> None:
        if self.link is not None:
            await self.write(jsonrpc.error(msg.id, INVALID_REQUEST, "Already initialized",
                                           {"reason": "already_initialized"}))
            return
        requested = msg.params.get("protocolVersion")
        if isinstance(requested, str):
            self.ex.protocol_version = requested
        try:
            self.link, reply = await self.route.open_session(self.ex, msg)
        except Denied as denied:
            await self.write(denied.deny.to_error(msg.id))
            return
        except UpstreamError as exc:
            await self.write(_upstream_error(self.route.name, exc, msg.id))
            return
        await self.write(reply)
        self.listener = asyncio.get_running_loop().create_task(self._listen(self.link))

    def _start(self, msg: Message) -> None:
        loop = asyncio.get_running_loop()
        if self.link is None and not _is_modern(msg):
            task = loop.create_task(self.write(jsonrpc.error(
                msg.id, INVALID_REQUEST, "Send initialize first", {"reason": "not_initialized"})))
            task.add_done_callback(_log_failure)
            return
        assert msg.id is not None
        task = loop.create_task(self._answer(msg, self.link))
        self.inflight[msg.id] = task
        task.add_done_callback(lambda _: self.inflight.pop(msg.id, None))  # type: ignore[arg-type]

    async def _answer(self, msg: Message, link: UpstreamSession | None) -> None:
        """Relay one request: on the legacy session, or statelessly for a 2026-07-28 client."""
        ex = _copy(self.ex)
        try:
            if link is None:
                ex.era, ex.protocol_version, ex.session_id = Era.MODERN, LATEST_MODERN, None
                link = await self.route.connector.stateless(ex)
            async for out in self.route.exchange(ex, msg, link):
                await self.write(out)
        except Denied as denied:
            await self.write(denied.deny.to_error(msg.id))
        except UpstreamError as exc:
            await self.write(_upstream_error(self.route.name, exc, msg.id))

    async def _deliver(self, msg: Message) -> None:
        if self.link is None:
            log.warning("dropping %s received before initialize", msg.method or "a reply")
            return
        if msg.method == "notifications/cancelled":
            self._cancel_local(msg.params.get("requestId"))
        try:
            await self.route.deliver(_copy(self.ex), msg, self.link)
        except Denied as denied:
            log.warning("refused %s: %s", msg.method or "reply", denied.deny.message)
        except UpstreamError as exc:
            log.warning("could not deliver %s upstream: %s", msg.method or "reply", exc.message)

    def _cancel_local(self, request_id: object) -> None:
        if isinstance(request_id, int | str):
            task = self.inflight.pop(request_id, None)
            if task is not None:
                task.cancel()

    async def _listen(self, link: UpstreamSession) -> None:
        try:
            stream = await self.route.listen(_copy(self.ex), link)
            if stream is None:
                return
            async for out in stream:
                await self.write(out)
        except UpstreamError as exc:
            log.warning("server stream ended: %s", exc.message)

    async def write(self, msg: Message) -> None:
        async with self.write_lock:
            self.writer.write(msg.raw + b"\n")
            await self.writer.drain()

    async def _shutdown(self) -> None:
        tasks = [*self.inflight.values(), *([self.listener] if self.listener else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        if self.link is not None:
            await self.link.close()
        await self.route.connector.aclose()


def _is_modern(msg: Message) -> bool:
    """A 2026-07-28 client names its version in every request's `_meta` (no initialize)."""
    return request_meta(msg.params).get(META_PROTOCOL_VERSION) in MODERN_VERSIONS


def _copy(ex: Exchange) -> Exchange:
    return Exchange(upstream=ex.upstream, era=ex.era, transport=ex.transport,
                    protocol_version=ex.protocol_version, principal=ex.principal,
                    session_id=ex.session_id)


def _upstream_error(name: str, exc: UpstreamError, id: RequestId | None) -> Message:
    return jsonrpc.error(id, exc.code, f"Upstream '{name}': {exc.message}",
                         {"reason": exc.reason, "upstream": name})


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("stdio write failed: %s", task.exception())


async def _stdio_streams() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=MAX_LINE)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin.buffer)
    transport, protocol = await loop.connect_write_pipe(
        asyncio.streams.FlowControlMixin, sys.stdout.buffer
    )
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def _wrap(config: Config, name: str) -> None:
    events = EventBus()
    route = build_routes(config, events)[name]
    services: list[Service] = []
    attach_audit(config, events, services)
    await asyncio.to_thread(detectors.warm_up)
    for service in services:
        await service.start()
    try:
        await route.connector.start()
        reader, writer = await _stdio_streams()
        await StdioFront(route, reader, writer, max_depth=config.http.max_depth).run()
    finally:
        for service in reversed(services):
            await service.aclose()


def run_wrap(config: Config, name: str) -> int:
    try:
        import uvloop

        uvloop.run(_wrap(config, name))
    except ImportError:  # pragma: no cover - uvloop is a dependency on POSIX
        asyncio.run(_wrap(config, name))
    return 0
