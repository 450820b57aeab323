"""Building limiters and exchanges for in-process limit tests (real stores, injected clocks)."""

from __future__ import annotations

from typing import Any

import msgspec

from mcpwarden.audit.events import EventBus
from mcpwarden.guards.base import Exchange
from mcpwarden.guards.limits import LimitsGuard
from mcpwarden.identity.principal import Principal
from mcpwarden.limits.adaptive import AdaptiveTracker
from mcpwarden.limits.limiter import Limiter
from mcpwarden.limits.memory import MemoryStore
from mcpwarden.limits.plan import compile_plan
from mcpwarden.limits.settings import LimitsSettings
from mcpwarden.limits.store import LimitStore
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

ALICE = Principal(issuer="https://idp.example", subject="alice")
BOB = Principal(issuer="https://idp.example", subject="bob")


class Clock:
    """Time that moves only when the test says so (starts mid-day, UTC)."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def limiter(settings: dict[str, Any], clock: Clock, store: LimitStore | None = None,
            bus: EventBus | None = None) -> Limiter:
    plan = compile_plan(msgspec.convert(settings, LimitsSettings))
    adaptive = None
    if plan.adaptive is not None:
        adaptive = AdaptiveTracker(plan.adaptive, clock=clock)
        if bus is not None:
            adaptive.attach(bus)
    return Limiter(plan, store if store is not None else MemoryStore(clock=clock),
                   adaptive=adaptive, wall=clock)


def guard(settings: dict[str, Any], clock: Clock, store: LimitStore | None = None,
          bus: EventBus | None = None) -> LimitsGuard:
    return LimitsGuard(limiter(settings, clock, store, bus))


def exchange(principal: Principal = ALICE, upstream: str = "files", session: str | None = None,
             client: str = "10.0.0.1:40000") -> Exchange:
    return Exchange(upstream=upstream, era=Era.MODERN, transport="http",
                    protocol_version="2026-07-28", principal=principal, session_id=session,
                    client_address=client)


def call(tool: str = "read_file", id: int = 1, **arguments: Any) -> Message:
    return Message.from_obj({"jsonrpc": "2.0", "id": id, "method": "tools/call",
                             "params": {"name": tool, "arguments": arguments}})
