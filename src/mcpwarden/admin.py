"""The operator's channel into a running gateway: a Unix socket in the state directory.

Only the gateway's own OS user can reach it (the directory is 0700 and the socket 0600), so it
needs no token and is never exposed on the network. One JSON request per connection, one JSON
answer. Commands: `sessions` (who holds sessions), `revoke` (end a user's sessions) and
`reload_pins` (re-read the pin store after `mcpwarden pins approve|reject|import`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from mcpwarden.integrity.pins import PinStoreError, reload_shared
from mcpwarden.sessions.legacy import SessionStore

log = logging.getLogger("mcpwarden.admin")

SOCKET_NAME = "admin.sock"
MAX_REQUEST = 64 * 1024


def socket_path(state_dir: str | Path) -> Path:
    return Path(state_dir) / SOCKET_NAME


class AdminServer:
    def __init__(self, state_dir: str | Path, sessions: SessionStore) -> None:
        self.path = socket_path(state_dir)
        self.sessions = sessions
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.path.parent, 0o700)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # a stale socket from a previous run
        self._server = await asyncio.start_unix_server(self._serve, path=str(self.path))
        os.chmod(self.path, 0o600)

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await reader.readline()
            answer = await self.answer_async(line[:MAX_REQUEST])
        except (ConnectionError, asyncio.LimitOverrunError) as exc:
            answer = {"ok": False, "error": f"bad request: {exc}"}
        writer.write(json.dumps(answer).encode() + b"\n")
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.close()

    async def answer_async(self, line: bytes) -> dict[str, Any]:
        """`answer`, with the commands that read files run off the event loop."""
        with contextlib.suppress(ValueError):
            request = json.loads(line)
            if isinstance(request, dict) and request.get("command") == "reload_pins":
                return await self._reload_pins()
        return self.answer(line)

    async def _reload_pins(self) -> dict[str, Any]:
        try:
            reloaded = await asyncio.to_thread(reload_shared)
        except PinStoreError as exc:
            return {"ok": False, "error": str(exc)}
        log.warning("pins reloaded from the pin store (%d store(s))", reloaded)
        return {"ok": True, "reloaded": reloaded}

    def answer(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
        except ValueError:
            return {"ok": False, "error": "the request must be one JSON object"}
        command = request.get("command") if isinstance(request, dict) else None
        if command == "sessions":
            return {"ok": True, "sessions": self.sessions.describe()}
        if command == "revoke":
            issuer, subject = request.get("issuer"), request.get("subject")
            if not isinstance(issuer, str) or not isinstance(subject, str) or not subject:
                return {"ok": False, "error": "revoke needs `issuer` and `subject` strings"}
            revoked = self.sessions.revoke(issuer, subject)
            log.warning("revoked %d session(s) of %s at %s", revoked, subject, issuer or "-")
            return {"ok": True, "revoked": revoked}
        return {"ok": False, "error": f"unknown command {command!r}; use sessions, revoke or "
                "reload_pins"}


ASK_TIMEOUT = 5.0


async def ask(state_dir: str | Path, request: dict[str, Any]) -> dict[str, Any]:
    """Send one command to the gateway whose state directory this is."""
    path = socket_path(state_dir)
    async with asyncio.timeout(ASK_TIMEOUT):
        try:
            reader, writer = await asyncio.open_unix_connection(str(path))
        except (FileNotFoundError, ConnectionRefusedError):
            raise ConnectionError(
                f"no gateway is running with state directory {path.parent}") from None
        writer.write(json.dumps(request).encode() + b"\n")
        await writer.drain()
        line = await reader.readline()
        writer.close()
    answer: dict[str, Any] = json.loads(line)
    return answer
