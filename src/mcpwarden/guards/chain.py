"""The ordered chain of guards between a front transport and an upstream connector."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from mcpwarden.guards.base import Deny, Exchange, Guard, Rewrite
from mcpwarden.wire.errors import GATEWAY_UNAVAILABLE
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.chain")


def _overrides(guard: Guard, hook: str) -> bool:
    return getattr(type(guard), hook) is not getattr(Guard, hook)


class Chain:
    """Runs guards in order on the way in, and in reverse order on the way out (an onion)."""

    def __init__(self, guards: Sequence[Guard]) -> None:
        self.guards = tuple(guards)
        self._inbound = tuple(g for g in self.guards if _overrides(g, "inbound"))
        self._outbound = tuple(g for g in reversed(self.guards) if _overrides(g, "outbound"))

    @property
    def names(self) -> list[str]:
        return [g.name for g in self.guards]

    async def inbound(self, ex: Exchange, msg: Message) -> Message | Deny:
        """The message to forward upstream, or the first denial."""
        for guard in self._inbound:
            try:
                decision = await guard.inbound(ex, msg)
            except Exception as exc:
                return _failed(guard, exc)
            if decision is None:
                continue
            if isinstance(decision, Deny):
                return decision if decision.guard else _attributed(decision, guard)
            _rewritten(ex, guard, decision, "inbound")
            msg = decision.message
        return msg

    async def outbound(self, ex: Exchange, msg: Message) -> Message | Deny:
        """The message to deliver to the client, or the first denial."""
        for guard in self._outbound:
            try:
                decision = await guard.outbound(ex, msg)
            except Exception as exc:
                return _failed(guard, exc)
            if decision is None:
                continue
            if isinstance(decision, Rewrite):
                _rewritten(ex, guard, decision, "outbound")
                msg = decision.message
                continue
            return decision if decision.guard else _attributed(decision, guard)
        return msg


def _rewritten(ex: Exchange, guard: Guard, rewrite: Rewrite, direction: str) -> None:
    if not rewrite.audited:
        return
    ex.notes.setdefault("rewrites", []).append(
        {"guard": guard.name, "reason": rewrite.reason or "rewritten", "direction": direction})


def _attributed(deny: Deny, guard: Guard) -> Deny:
    return Deny(
        reason=deny.reason, message=deny.message, code=deny.code, http_status=deny.http_status,
        data=deny.data, headers=deny.headers, guard=guard.name,
    )


def _failed(guard: Guard, exc: Exception) -> Deny:
    log.exception("guard %s failed; failing closed", guard.name, exc_info=exc)
    return Deny(
        reason="guard_failed",
        message=f"The gateway could not complete the '{guard.name}' check, so the message was "
        "refused (fail closed). The gateway log has the details.",
        code=GATEWAY_UNAVAILABLE,
        http_status=503,
        guard=guard.name,
    )
