"""Rate limits, daily quotas, concurrency caps and per-tool timeouts on every client request.

The levels (user, session, upstream, tool, quotas) are checked together by the shared limiter:
one pass in memory, one round trip to Redis. An over-limit request is answered with a JSON-RPC
error (`rate_limited`, `quota_exceeded` or `concurrency_limited`) whose `data.retry_after` says
how many seconds to wait; the limits that apply to HTTP requests as such (per client address,
new connections) are enforced by the edge with 429 and `Retry-After` before authentication.
When the store cannot be asked, the request is refused (`limiter_unavailable`) unless
`limits.on_store_error: allow`.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any, ClassVar

from mcpwarden.config import Config, ConfigError
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard
from mcpwarden.limits.adaptive import subject_key
from mcpwarden.limits.limiter import Limiter, Refusal, limiter_for
from mcpwarden.limits.store import StoreUnavailable
from mcpwarden.wire.errors import GATEWAY_UNAVAILABLE
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.limits")

OUTAGE_LOG_INTERVAL = 10.0  # seconds between log lines about an unavailable store

_REASONS = {"quota_calls": "quota_exceeded", "quota_bytes": "quota_exceeded",
            "concurrency_user": "concurrency_limited",
            "concurrency_upstream": "concurrency_limited"}
_WHAT = {
    "user": "your requests", "session": "this session's requests",
    "upstream": "all requests to this upstream", "tool": "your calls of this tool",
    "tool_session": "this session's calls of this tool",
    "tool_upstream": "all callers' calls of this tool",
    "tool_address": "calls of this tool from your address",
    "quota_calls": "your daily call quota", "quota_bytes": "your daily byte quota",
    "concurrency_user": "your requests in flight", "concurrency_upstream":
    "requests in flight to this upstream",
}


def retry_hint(seconds: float) -> float:
    """Seconds rounded up to the millisecond, never 0."""
    return max(0.001, math.ceil(seconds * 1000) / 1000)


class LimitsGuard(Guard):
    name: ClassVar[str] = "limits"

    def __init__(self, limiter: Limiter) -> None:
        self.limiter = limiter
        self.plan = limiter.plan
        self._last_outage_log = -OUTAGE_LOG_INTERVAL
        self._has_timeouts = bool(self.plan.timeouts)
        # With no rate, quota, cap or per-tool timeout configured (adaptive limiting and the
        # edge's limits need no guard), a request has nothing to be checked against.
        self._idle = not (limiter.has_caps or limiter.charges_calls or self._has_timeouts)

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> LimitsGuard:
        if raw:
            raise ConfigError(f"{key}: the limits guard takes its settings from the top-level "
                              "`limits` section")
        if config.limits is None:
            raise ConfigError("chain: 'limits' is listed but there is no `limits` section")
        return cls(limiter_for(config))

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        if self._idle or not msg.is_request:
            return PASS
        limiter = self.limiter
        subject = subject_key(ex.principal, ex.client_address)
        # initialize has no end-of-request hook to release a slot on
        if limiter.has_caps and msg.method != "initialize":
            slot = limiter.acquire(ex.upstream, subject)
            if isinstance(slot, Refusal):
                return _limited(ex, slot)
            if slot is not None:
                ex.finalizers.append(slot)
        name = msg.params.get("name") if msg.method == "tools/call" else None
        tool = name if isinstance(name, str) else None
        try:
            refusal = await limiter.check(ex.upstream, subject, ex.session_id, tool, msg.size,
                                          ex.client_address)
        except StoreUnavailable as exc:
            return self._store_down(exc)
        if refusal is not None:
            return _limited(ex, refusal)
        if tool is not None and self._has_timeouts:
            found = self.plan.timeouts.lookup(f"{ex.upstream}/{tool}")
            if found is not None:
                ex.timeout = found[1] if ex.timeout is None else min(ex.timeout, found[1])
        return PASS

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        if ex.request is not None and self.plan.quota_bytes is not None:
            self.limiter.count_bytes(subject_key(ex.principal, ex.client_address), msg.size)
        return PASS

    def _store_down(self, exc: StoreUnavailable) -> Decision:
        allow = self.plan.fail_open
        now = time.monotonic()
        if now - self._last_outage_log >= OUTAGE_LOG_INTERVAL:  # not one line per request
            self._last_outage_log = now
            log.error("rate-limit store unavailable (%s); %s", exc,
                      "letting requests through (limits.on_store_error: allow)" if allow
                      else "refusing requests until it is back (fail closed)")
        if allow:
            return PASS
        return Deny(
            reason="limiter_unavailable",
            message="The gateway cannot check rate limits right now (its limit store is "
            "unavailable), so the request was refused; try again shortly.",
            code=GATEWAY_UNAVAILABLE, data={"retry_after": 1.0},
        )


def _limited(ex: Exchange, refusal: Refusal) -> Deny:
    wait = retry_hint(refusal.retry_after)
    tightened = refusal.factor > 1
    note = (f"; limits are divided by {refusal.factor:g} for now because recent requests were "
            "refused by the gateway's checks" if tightened else "")
    data: dict[str, Any] = {"retry_after": wait, "limit": refusal.level, "rate": refusal.limit}
    if tightened:
        data["factor"] = refusal.factor
    return Deny(
        reason=_REASONS.get(refusal.level, "rate_limited"),
        message=f"Too many requests: {_WHAT[refusal.level]} on upstream '{ex.upstream}' reached "
        f"the limit ({refusal.limit}{note}). Retry in {wait:g} s.",
        data=data,
    )
