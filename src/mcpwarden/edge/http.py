"""Raw ASGI request/response primitives for the edge (no framework on the hot path)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

import orjson

from mcpwarden.wire import jsonrpc
from mcpwarden.wire.errors import ProtocolError
from mcpwarden.wire.jsonrpc import Message, RequestId
from mcpwarden.wire.sse import encode_comment, encode_event

Scope = MutableMapping[str, Any]
ASGIMessage = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[ASGIMessage]]
Send = Callable[[ASGIMessage], Awaitable[None]]

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"cache-control", b"no-store"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
JSON_TYPE = (b"content-type", b"application/json")
SSE_HEADERS = (
    (b"content-type", b"text/event-stream"),
    (b"x-accel-buffering", b"no"),
)


class Request:
    """The parts of an ASGI HTTP scope the edge looks at. Header names are lower-case; a
    repeated header's values are joined with ", " (so `a, b` reveals a duplicate)."""

    __slots__ = ("client", "header_bytes", "headers", "method", "path", "query")

    def __init__(self, scope: Scope) -> None:
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.query: bytes = scope.get("query_string", b"")
        client = scope.get("client")
        self.client = f"{client[0]}:{client[1]}" if client else None
        headers: dict[str, str] = {}
        size = 0
        for raw_name, raw_value in scope["headers"]:
            size += len(raw_name) + len(raw_value) + 4
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1").strip(" \t")  # OWS, RFC 9110 §5.5
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        self.headers = headers
        self.header_bytes = size

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def accepts(self) -> tuple[bool, bool]:
        """(accepts JSON, accepts SSE), with RFC 9110 wildcards."""
        types = {
            part.split(";")[0].strip().lower()
            for part in self.headers.get("accept", "").split(",")
        }
        wildcard = "*/*" in types
        return (
            wildcard or "application/json" in types or "application/*" in types,
            wildcard or "text/event-stream" in types or "text/*" in types,
        )

    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_body(receive: Receive, request: Request, limit: int) -> bytes:
    """The whole request body, refusing more than `limit` bytes (413) before reading it all."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            raise ProtocolError(-32600, "Content-Length is not a number", reason="bad_request")
        if int(length) > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _too_large(limit: int) -> ProtocolError:
    return ProtocolError(
        -32600, f"The request body is larger than the gateway accepts ({limit} bytes)",
        reason="body_too_large", http_status=413,
    )


class ClientGone(Exception):
    """The client disconnected; there is nobody left to answer."""


def _headers(extra: list[tuple[str, str]] | None) -> list[tuple[bytes, bytes]]:
    headers = list(SECURITY_HEADERS)
    if extra:
        headers.extend((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in extra)
    return headers


async def send_bytes(send: Send, status: int, body: bytes,
                     headers: list[tuple[str, str]] | None = None,
                     content_type: tuple[bytes, bytes] | None = JSON_TYPE) -> None:
    all_headers = _headers(headers)
    if content_type is not None and body:
        all_headers.append(content_type)
    all_headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def send_message(send: Send, status: int, msg: Message,
                       headers: list[tuple[str, str]] | None = None) -> None:
    await send_bytes(send, status, msg.raw, headers)


async def send_error(send: Send, exc: ProtocolError, id: RequestId | None = None,
                     headers: list[tuple[str, str]] | None = None) -> None:
    """An HTTP error status with a JSON-RPC error body (id null unless known)."""
    await send_message(send, exc.http_status, jsonrpc.error_from(exc, id),
                       [*exc.headers, *(headers or [])])


async def send_status(send: Send, status: int, message: str, reason: str,
                      headers: list[tuple[str, str]] | None = None) -> None:
    await send_error(send, ProtocolError(-32600, message, reason=reason, http_status=status),
                     headers=headers)


async def send_json(send: Send, status: int, value: Any) -> None:
    await send_bytes(send, status, orjson.dumps(value))


async def stream_sse(send: Send, messages: AsyncIterator[Message], first: Message | None,
                     headers: list[tuple[str, str]] | None, keepalive: float) -> None:
    """Send an SSE response: `first` (if any), then the rest of `messages`, with keep-alive
    comments while the upstream is quiet."""
    await send({"type": "http.response.start", "status": 200,
                "headers": [*_headers(headers), *SSE_HEADERS]})
    if first is not None:
        await send({"type": "http.response.body", "body": encode_event(first.raw),
                    "more_body": True})
    pending: asyncio.Task[Message] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(anext(messages))
            done, _ = await asyncio.wait({pending}, timeout=keepalive)
            if not done:
                await send({"type": "http.response.body", "body": encode_comment(),
                            "more_body": True})
                continue
            try:
                msg = pending.result()
            except StopAsyncIteration:
                break
            finally:
                pending = None
            await send({"type": "http.response.body", "body": encode_event(msg.raw),
                        "more_body": True})
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(BaseException):
                await pending
    await send({"type": "http.response.body", "body": b""})


class DisconnectWatch:
    """Cancels the handling task when the client goes away (closing a stream is cancellation,
    T-12), so the relay stops and the upstream call is cancelled with it.

    Watching costs a task, so it starts only once a request has run for `delay` seconds: quick
    calls (most of them) never pay for it.
    """

    def __init__(self, receive: Receive, delay: float = 0.05) -> None:
        self.handler = asyncio.current_task()
        self.gone = False
        loop = asyncio.get_running_loop()
        self._task: asyncio.Task[None] | None = None
        self._timer = loop.call_later(delay, self._start, loop, receive)

    def _start(self, loop: asyncio.AbstractEventLoop, receive: Receive) -> None:
        self._task = loop.create_task(self._watch(receive))

    async def _watch(self, receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                self.gone = True
                if self.handler is not None:
                    self.handler.cancel()
                return

    def absorb(self) -> bool:
        """After a CancelledError: True (and the cancellation undone) if we caused it."""
        if self.gone and self.handler is not None:
            self.handler.uncancel()
            return True
        return False

    def stop(self) -> None:
        self._timer.cancel()
        if self._task is not None:
            self._task.cancel()
