"""`metrics.listen`: serve `/metrics` on a port of its own, apart from the MCP traffic.

A deliberately small HTTP/1.1 server (asyncio streams): one GET per connection, then close.
It reuses the exporter's `handle`, so the token and loopback rules are the same on both ports.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any

from mcpwarden.edge.http import Request

if TYPE_CHECKING:
    from mcpwarden.metrics.exporter import Metrics

log = logging.getLogger("mcpwarden.metrics")

MAX_HEAD_BYTES = 16 * 1024
READ_TIMEOUT = 5.0
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
           404: "Not Found", 405: "Method Not Allowed"}


class MetricsListener:
    """A `Service`: started and closed with the gateway."""

    def __init__(self, metrics: Metrics, host: str, port: int) -> None:
        self.metrics, self.host, self.port = metrics, host, port
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, self.host, self.port,
                                                  limit=MAX_HEAD_BYTES)
        log.info("metrics on http://%s:%d%s", self.host, self.port, self.metrics.path)

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            scope = await asyncio.wait_for(_read_head(reader, writer), READ_TIMEOUT)
            await self._answer(scope, writer)
        except (TimeoutError, ValueError, asyncio.LimitOverrunError, asyncio.IncompleteReadError):
            await _write(writer, 400, [], b"")
        except ConnectionError:
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _answer(self, scope: dict[str, Any], writer: asyncio.StreamWriter) -> None:
        if scope["path"] != self.metrics.path:
            await _write(writer, 404, [], b"")
            return
        status = 500
        headers: list[tuple[bytes, bytes]] = []

        async def send(message: MutableMapping[str, Any]) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], message["headers"]
            else:
                await _write(writer, status, headers, message.get("body", b""))

        await self.metrics.handle(Request(scope), send)


async def _read_head(reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> dict[str, Any]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ")
    if not version.startswith("HTTP/1."):
        raise ValueError("not HTTP/1.x")
    headers = []
    for line in lines[1:]:
        if line:
            name, sep, value = line.partition(":")
            if not sep:
                raise ValueError("malformed header line")
            headers.append((name.strip().lower().encode("latin-1"),
                            value.strip().encode("latin-1")))
    peer = writer.get_extra_info("peername")
    path, _, query = target.partition("?")
    return {"type": "http", "method": method, "path": path, "query_string": query.encode(),
            "headers": headers, "client": (peer[0], peer[1]) if peer else None}


async def _write(writer: asyncio.StreamWriter, status: int, headers: list[tuple[bytes, bytes]],
                 body: bytes) -> None:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}".encode()]
    lines += [name + b": " + value for name, value in headers
              if name.lower() not in (b"content-length", b"connection")]
    lines += [f"content-length: {len(body)}".encode(), b"connection: close"]
    writer.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)
    await writer.drain()
