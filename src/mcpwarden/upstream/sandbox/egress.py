"""The egress proxy of a sandbox with a network allowlist (`network: {allow: [host:port]}`).

The sandbox has no network of its own; its only way out is a Unix socket bound into it, served
here. Two request forms are understood: `CONNECT host:port` (HTTPS and any TCP tunnel) and a
plain-HTTP request in absolute form (`GET http://host/path`, as clients send to an HTTP proxy).
A destination the allowlist does not name is refused with 403 and reported; one request per
plain-HTTP connection, so a client cannot switch destinations on a kept-alive connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import urlsplit

from mcpwarden.upstream.sandbox.settings import parse_destination

log = logging.getLogger("mcpwarden.upstream.sandbox")

EventHook = Callable[[str, dict[str, Any]], None]

MAX_HEAD_BYTES: Final = 16 * 1024
HEAD_TIMEOUT: Final = 15.0
CONNECT_TIMEOUT: Final = 10.0
_HOP_HEADERS: Final = frozenset({b"proxy-connection", b"proxy-authorization", b"connection",
                                 b"keep-alive"})


class Allowlist:
    """`host:port` entries; `*.example.com:443` matches every subdomain (not the apex)."""

    def __init__(self, entries: list[str]) -> None:
        self.exact: set[tuple[str, int]] = set()
        self.suffixes: set[tuple[str, int]] = set()
        for entry in entries:
            host, port = parse_destination(entry)
            if host.startswith("*."):
                self.suffixes.add((host[1:], port))
            else:
                self.exact.add((host, port))

    def allows(self, host: str, port: int) -> bool:
        host = host.lower().rstrip(".")
        if (host, port) in self.exact:
            return True
        return any(host.endswith(suffix) and p == port for suffix, p in self.suffixes)


class _Refused(Exception):
    def __init__(self, status: int, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.reason = reason


class EgressProxy:
    """One upstream's proxy, listening on a Unix socket in a private directory."""

    def __init__(self, name: str, allow: list[str], on_event: EventHook | None = None) -> None:
        self.name = name
        self.allowlist = Allowlist(allow)
        self.on_event = on_event
        self.denied = 0
        self.tunnels = 0
        self._dir: str | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def socket_path(self) -> str:
        assert self._dir is not None
        return os.path.join(self._dir, "egress.sock")

    async def start(self) -> str:
        if self._server is None:
            self._dir = tempfile.mkdtemp(prefix="mcpwarden-egress-")
            self._server = await asyncio.start_unix_server(self._serve, path=self.socket_path,
                                                      limit=MAX_HEAD_BYTES)
            # The sandboxed server may be another uid; the directory (0700) keeps others out.
            os.chmod(self.socket_path, 0o666)  # noqa: S103
        return self.socket_path

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            self._server = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        try:
            await self._proxy(reader, writer)
        except _Refused as refusal:
            await _answer(writer, refusal.status, str(refusal))
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            writer.close()

    async def _proxy(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        async with asyncio.timeout(HEAD_TIMEOUT):
            head = await _read_head(reader)
        method, host, port, forward = _parse_head(head)
        destination = f"{host}:{port}"
        if not self.allowlist.allows(host, port):
            self.denied += 1
            self._report("egress_denied", destination=destination, method=method)
            raise _Refused(403, "egress_denied",
                           f"mcpwarden sandbox: {destination} is not in this server's network "
                           "allowlist")
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                up_reader, up_writer = await asyncio.open_connection(host, port)
        except (OSError, TimeoutError) as exc:
            raise _Refused(502, "egress_unreachable",
                           f"mcpwarden sandbox: cannot reach {destination}: {exc}") from None
        self.tunnels += 1
        log.debug("upstream %s: egress to %s", self.name, destination)
        if forward is None:
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            up_writer.write(forward)
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    def _report(self, kind: str, **data: Any) -> None:
        data["upstream"] = self.name
        log.warning("upstream %s: %s %s", self.name, kind, data)
        if self.on_event is not None:
            try:
                self.on_event(kind, data)
            except Exception:  # a failing hook must not break the proxy
                log.exception("sandbox event hook failed")


async def _read_head(reader: asyncio.StreamReader) -> bytes:
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError:
        raise _Refused(431, "egress_bad_request", "request head too large") from None


def _parse_head(head: bytes) -> tuple[str, str, int, bytes | None]:
    """(method, host, port, the head to forward — None for CONNECT)."""
    request_line, _, rest = head.partition(b"\r\n")
    parts = request_line.decode("latin-1").split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise _Refused(400, "egress_bad_request", "not an HTTP proxy request")
    method, target, version = parts
    if method == "CONNECT":
        host, port = _split_authority(target, default_port=None)
        return method, host, port, None
    url = urlsplit(target)
    if url.scheme != "http" or not url.hostname:
        raise _Refused(400, "egress_bad_request",
                       "plain requests must use an absolute http:// URL; use CONNECT for https")
    host, port = _split_authority(url.netloc.rpartition("@")[2], default_port=80)
    path = (url.path or "/") + (f"?{url.query}" if url.query else "")
    headers = [line for line in rest.split(b"\r\n")
               if line and line.split(b":", 1)[0].strip().lower() not in _HOP_HEADERS]
    forward = b"\r\n".join([f"{method} {path} {version}".encode("latin-1"), *headers,
                            b"Connection: close", b"", b""])
    return method, host, port, forward


def _split_authority(authority: str, *, default_port: int | None) -> tuple[str, int]:
    if authority.startswith("["):
        host, _, port_text = authority[1:].partition("]")
        port_text = port_text.removeprefix(":")
    else:
        host, _, port_text = authority.rpartition(":") if ":" in authority else (authority, "", "")
    if not port_text and default_port is not None:
        return host.lower(), default_port
    if not port_text.isdigit() or not host or not 0 < int(port_text) < 65536:
        raise _Refused(400, "egress_bad_request", f"bad destination {authority!r}")
    return host.lower(), int(port_text)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            if writer.can_write_eof():
                writer.write_eof()
            else:
                writer.close()


async def _answer(writer: asyncio.StreamWriter, status: int, text: str) -> None:
    body = (text + "\n").encode()
    reasons = {400: "Bad Request", 403: "Forbidden", 431: "Request Header Fields Too Large",
               502: "Bad Gateway"}
    writer.write(f"HTTP/1.1 {status} {reasons.get(status, 'Error')}\r\n"
                 f"Content-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
                 "Connection: close\r\n\r\n".encode() + body)
    with contextlib.suppress(ConnectionError):
        await writer.drain()
