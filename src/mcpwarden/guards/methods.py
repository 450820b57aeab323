"""Per-upstream allow/deny lists of JSON-RPC methods, in both directions.

Client side: which methods a client may call (or notify) on this upstream.
Server side: which requests and notifications the upstream may send to the client (e.g. deny
`sampling/createMessage` to stop an upstream from driving the client's model).
Patterns are shell globs (`tools/*`). Deny wins over allow. The protocol's own plumbing
(handshake, discovery, ping, cancellation) is always allowed, so a policy cannot break sessions.
"""

from __future__ import annotations

import re
from fnmatch import translate
from typing import Any, ClassVar

import msgspec

from mcpwarden.config import Config, convert_section
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard
from mcpwarden.wire.jsonrpc import Message

PLUMBING = frozenset(
    {"initialize", "notifications/initialized", "server/discover", "ping",
     "notifications/cancelled"}
)


class MethodSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    allow: list[str] = msgspec.field(default_factory=lambda: ["*"])
    deny: list[str] = []
    server_allow: list[str] = msgspec.field(default_factory=lambda: ["*"])
    server_deny: list[str] = []


class _Rule:
    """Compiled allow/deny globs with a per-method memo (method names are few)."""

    def __init__(self, allow: list[str], deny: list[str]) -> None:
        self._allow = _compile(allow)
        self._deny = _compile(deny)
        self._memo: dict[str, bool] = {}

    def permits(self, method: str) -> bool:
        verdict = self._memo.get(method)
        if verdict is None:
            verdict = method in PLUMBING or (
                self._allow.match(method) is not None and self._deny.match(method) is None
            )
            if len(self._memo) < 4096:
                self._memo[method] = verdict
        return verdict


def _compile(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{translate(p)})" for p in patterns))


class MethodGuard(Guard):
    name: ClassVar[str] = "methods"

    def __init__(self, settings: MethodSettings) -> None:
        self.client_rule = _Rule(settings.allow, settings.deny)
        self.server_rule = _Rule(settings.server_allow, settings.server_deny)

    @classmethod
    def from_settings(cls, raw: dict[str, Any], key: str) -> MethodGuard:
        return cls(convert_section(raw, MethodSettings, key))

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> MethodGuard:
        return cls.from_settings(raw, key)

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.method is None or self.client_rule.permits(msg.method):
            return PASS
        return Deny(
            reason="method_not_allowed",
            message=f"The method '{msg.method}' is not allowed on upstream '{ex.upstream}' "
            "by the gateway's method policy (guards.methods).",
            http_status=None if msg.is_request else 403,
        )

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.method is None or self.server_rule.permits(msg.method):
            return PASS
        return Deny(
            reason="server_method_not_allowed",
            message=f"Upstream '{ex.upstream}' may not send '{msg.method}' to clients "
            "(guards.methods.server_deny).",
        )
