"""Helpers for sandbox tests: a hostile server run through the real stdio connector + sandbox."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mcpwarden.guards.base import Exchange
from mcpwarden.identity.principal import Principal
from mcpwarden.upstream.sandbox import Sandbox, SandboxSettings
from mcpwarden.upstream.stdio import StdioConnector, StdioSession
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HOSTILE = [sys.executable, str(FIXTURES / "hostile_server.py")]
GATEWAY_SECRET = "gateway-secret-value-7f3a"
FAKE_KEY = "-----BEGIN FAKE OPENSSH PRIVATE KEY-----"


@dataclass
class Host:
    """The gateway-side world a test sets up: a fake home, a state dir, an allowed directory."""

    root: Path
    home: Path
    state: Path
    work: Path
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


@pytest.fixture
def host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Host:
    tmp_path.chmod(0o755)  # readable by the sandboxed server's uid where a test binds it
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text(FAKE_KEY + "\n")
    (home / ".aws").mkdir()
    (home / ".aws" / "credentials").write_text("aws_secret_access_key = FAKE\n")
    state = tmp_path / "state"
    state.mkdir()
    (state / "admin.token").write_text("state-secret\n")
    work = tmp_path / "work"
    work.mkdir()
    os.chown(work, 65534, 65534)  # the sandboxed server's uid (as the gateway runs as root)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("MCPW_GATEWAY_SECRET", GATEWAY_SECRET)
    return Host(tmp_path, home, state, work)


class Hostile:
    """One connector running the hostile server in a sandbox, with one open session."""

    def __init__(self, connector: StdioConnector, session: StdioSession, ex: Exchange) -> None:
        self.connector = connector
        self.session = session
        self.ex = ex
        self._ids = iter(range(2, 10**6))

    async def reply(self, tool: str, **arguments: Any) -> Message:
        msg = Message.parse(jsonrpc.request(next(self._ids), "tools/call",
                                            {"name": tool, "arguments": arguments}).raw)
        items = [item async for item in self.session.request(msg, self.ex)]
        return items[-1]

    async def call(self, tool: str, **arguments: Any) -> dict[str, Any]:
        """The tool's outcome: {"ok": did the attempt succeed, "detail": what happened}."""
        reply = await self.reply(tool, **arguments)
        assert reply.kind == "response", reply.obj
        outcome: dict[str, Any] = json.loads(reply.obj["result"]["content"][0]["text"])
        return outcome


MakeHostile = Callable[..., Any]


@pytest.fixture
async def hostile(host: Host) -> AsyncIterator[MakeHostile]:
    made: list[StdioConnector] = []

    async def start(settings: SandboxSettings | None = None, *, own_userns: bool | None = None,
                    **options: Any) -> Hostile:
        sandbox = Sandbox("hostile", settings or SandboxSettings(writable=[str(host.work)]),
                          state_dir=str(host.state),
                          on_event=lambda kind, data: host.events.append((kind, data)))
        if own_userns is not None:  # as a gateway not running as root would (or would not)
            sandbox.own_userns = own_userns
        options.setdefault("init_timeout", 30.0)
        options.setdefault("restart_backoff", (0.0, 0.0))
        connector = StdioConnector("hostile", HOSTILE, sandbox=sandbox, **options)
        made.append(connector)
        await connector.start()
        ex = Exchange(upstream="hostile", era=Era.LEGACY, transport="stdio",
                      protocol_version="2025-11-25",
                      principal=Principal("https://issuer.test", "mallory"), session_id="s1")
        init = jsonrpc.request(1, "initialize", {
            "protocolVersion": "2025-11-25", "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"}})
        session, _ = await connector.open_session(init, ex)
        assert isinstance(session, StdioSession)
        return Hostile(connector, session, ex)

    yield start
    for connector in made:
        await connector.aclose()
