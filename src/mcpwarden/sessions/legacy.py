"""Legacy (≤ 2025-11-25) sessions minted by the gateway.

The gateway never exposes an upstream's session id: it mints its own (192 bits from the OS
CSPRNG, URL-safe visible ASCII) and maps it to the upstream session. A session is stored under
`<principal key>:<session id>`, so the same id presented by another principal is simply not
found (404), and it expires after an idle period and a maximum age.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from mcpwarden.identity.principal import Principal
from mcpwarden.upstream.base import UpstreamSession

log = logging.getLogger("mcpwarden.sessions")


@dataclass(slots=True)
class Session:
    id: str
    upstream: str
    principal: Principal
    protocol_version: str
    created: float
    last_seen: float
    client_info: dict[str, Any] = field(default_factory=dict)
    client_capabilities: dict[str, Any] = field(default_factory=dict)
    link: UpstreamSession | None = None

    def touch(self, now: float) -> None:
        self.last_seen = now


class SessionLimitReached(Exception):
    pass


class SessionStore:
    def __init__(self, *, idle_timeout: float, max_age: float, max_sessions: int) -> None:
        self.idle_timeout = idle_timeout
        self.max_age = max_age
        self.max_sessions = max_sessions
        self._sessions: dict[str, Session] = {}
        self._reaper: asyncio.Task[None] | None = None

    @staticmethod
    def _key(principal: Principal, session_id: str) -> str:
        return f"{principal.key}:{session_id}"

    def __len__(self) -> int:
        return len(self._sessions)

    def create(self, upstream: str, principal: Principal, protocol_version: str) -> Session:
        if len(self._sessions) >= self.max_sessions:
            self._drop_expired(time.monotonic())
            if len(self._sessions) >= self.max_sessions:
                raise SessionLimitReached(
                    f"the gateway already holds {self.max_sessions} sessions (http.max_sessions)"
                )
        now = time.monotonic()
        session = Session(
            id=secrets.token_urlsafe(24), upstream=upstream, principal=principal,
            protocol_version=protocol_version, created=now, last_seen=now,
        )
        self._sessions[self._key(principal, session.id)] = session
        return session

    def get(self, session_id: str, upstream: str, principal: Principal) -> Session | None:
        """The live session, or None if unknown, expired, another user's or another upstream's."""
        session = self._sessions.get(self._key(principal, session_id))
        if session is None or session.upstream != upstream:
            return None
        now = time.monotonic()
        if self._expired(session, now):
            self._discard(session)
            return None
        session.touch(now)
        return session

    def remove(self, session: Session) -> None:
        self._sessions.pop(self._key(session.principal, session.id), None)

    def revoke(self, issuer: str, subject: str) -> int:
        """End every session of one user (their upstream sessions are closed too)."""
        prefix = f"{Principal(issuer, subject).key}:"
        doomed = [s for key, s in self._sessions.items() if key.startswith(prefix)]
        for session in doomed:
            self._discard(session)
        return len(doomed)

    def describe(self) -> list[dict[str, object]]:
        """What an operator may see: who holds sessions where, never the session ids."""
        now = time.monotonic()
        return [
            {"issuer": s.principal.issuer, "subject": s.principal.subject,
             "upstream": s.upstream, "age_seconds": round(now - s.created),
             "idle_seconds": round(now - s.last_seen)}
            for s in self._sessions.values()
        ]

    def _expired(self, session: Session, now: float) -> bool:
        idle = now - session.last_seen > self.idle_timeout
        return idle or now - session.created > self.max_age

    def _discard(self, session: Session) -> None:
        self.remove(session)
        if session.link is not None:
            task = asyncio.get_running_loop().create_task(session.link.close())
            task.add_done_callback(_log_close_failure)

    def _drop_expired(self, now: float) -> None:
        for session in [s for s in self._sessions.values() if self._expired(s, now)]:
            self._discard(session)

    def start(self) -> None:
        if self._reaper is None:
            self._reaper = asyncio.get_running_loop().create_task(self._reap_forever())

    async def _reap_forever(self) -> None:
        interval = max(1.0, min(self.idle_timeout, self.max_age) / 4)
        while True:
            await asyncio.sleep(interval)
            self._drop_expired(time.monotonic())

    async def aclose(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            if session.link is not None:
                await session.link.close()


def _log_close_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("closing an expired upstream session failed: %s", task.exception())
