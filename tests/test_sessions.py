"""Gateway-owned legacy sessions: bound to their principal, expiring, bounded in number."""

from __future__ import annotations

import asyncio

import pytest

from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.sessions.legacy import SessionLimitReached, SessionStore

ALICE = Principal("https://idp.example", "alice")
BOB = Principal("https://idp.example", "bob")


def store(**overrides: float) -> SessionStore:
    settings = {"idle_timeout": 60.0, "max_age": 600.0, "max_sessions": 100, **overrides}
    return SessionStore(idle_timeout=settings["idle_timeout"], max_age=settings["max_age"],
                        max_sessions=int(settings["max_sessions"]))


def test_a_session_is_found_only_by_its_principal_and_upstream() -> None:
    sessions = store()
    session = sessions.create("files", ALICE, "2025-11-25")
    assert sessions.get(session.id, "files", ALICE) is session
    assert sessions.get(session.id, "files", BOB) is None  # hijack with another user's token
    assert sessions.get(session.id, "tickets", ALICE) is None  # replay on another upstream
    assert sessions.get(session.id, "files", ANONYMOUS) is None


async def test_idle_and_absolute_expiry() -> None:
    sessions = store(idle_timeout=0.1, max_age=0.35)
    idle = sessions.create("files", ALICE, "2025-11-25")
    busy = sessions.create("files", ALICE, "2025-11-25")
    for _ in range(3):
        await asyncio.sleep(0.06)
        assert sessions.get(busy.id, "files", ALICE) is busy  # touched, stays alive
    assert sessions.get(idle.id, "files", ALICE) is None
    await asyncio.sleep(0.2)
    assert sessions.get(busy.id, "files", ALICE) is None  # max age reached despite activity


async def test_the_cap_refuses_new_sessions_but_reclaims_expired_ones() -> None:
    sessions = store(max_sessions=2, idle_timeout=0.05)
    sessions.create("files", ALICE, "2025-11-25")
    sessions.create("files", BOB, "2025-11-25")
    with pytest.raises(SessionLimitReached, match="max_sessions"):
        sessions.create("files", ALICE, "2025-11-25")
    await asyncio.sleep(0.08)
    assert sessions.create("files", ALICE, "2025-11-25").id


def test_ids_are_long_random_and_header_safe() -> None:
    sessions = store(max_sessions=1000)
    ids = {sessions.create("files", ALICE, "2025-11-25").id for _ in range(500)}
    assert len(ids) == 500
    assert all(len(i) == 32 and all(0x21 <= ord(c) <= 0x7E for c in i) for i in ids)
