"""The limiter: one per config, shared by every upstream's `limits` guard and the HTTP edge.

It turns a call into the keys of every level that applies (user, session, upstream, tool, daily
quotas) and asks the store about all of them at once: one dict pass in memory, one round trip
to Redis. Concurrency caps are counted here, per replica.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Final

from mcpwarden.config import Config
from mcpwarden.limits.adaptive import AdaptiveTracker, address_of
from mcpwarden.limits.memory import MemoryStore
from mcpwarden.limits.plan import Plan, Rate, ToolLimits, compile_plan
from mcpwarden.limits.store import LimitStore, QuotaItem, RateItem, Verdict

DAY: Final = 86400.0


@dataclass(frozen=True, slots=True)
class Refusal:
    """Which limit refused a call, and when to try again."""

    level: str  # user | session | upstream | tool | quota_calls | quota_bytes | concurrency_*
    limit: str  # the configured value, e.g. "120/minute"
    retry_after: float
    factor: float = 1.0  # > 1 when adaptive limiting had tightened the rate


_SESSION_KEYS: dict[str, str] = {}
MAX_SESSION_KEYS: Final = 10_000


def session_key(session: str) -> str:
    """Session ids are credentials of a kind: stores (Redis) only ever see a digest. Digests
    of recent sessions are kept (a session makes many calls)."""
    key = _SESSION_KEYS.get(session)
    if key is None:
        if len(_SESSION_KEYS) >= MAX_SESSION_KEYS:
            _SESSION_KEYS.clear()
        key = _SESSION_KEYS[session] = hashlib.blake2b(session.encode(),
                                                       digest_size=12).hexdigest()
    return key


def tightened(rate: Rate, factor: float) -> tuple[float, float]:
    """(interval, tolerance) with the rate and the burst divided by `factor`."""
    if factor == 1.0:
        return rate.gcra
    interval = rate.interval * factor
    return interval, max(1.0, rate.burst / factor) * interval


class Limiter:
    def __init__(self, plan: Plan, store: LimitStore, *, adaptive: AdaptiveTracker | None = None,
                 wall: Callable[[], float] = time.time) -> None:
        self.plan = plan
        self.store = store
        self.adaptive = adaptive
        self.wall = wall
        self._in_flight: dict[str, int] = {}
        self._has_tools = bool(plan.tools)
        self._has_quotas = plan.quota_calls is not None or plan.quota_bytes is not None
        self.has_caps = plan.concurrency_user is not None or plan.concurrency_upstream is not None
        # Whether `check` can ever charge a call (a rate at some level, or a quota).
        self.charges_calls = (self._has_tools or self._has_quotas or plan.user is not None
                              or plan.session is not None or plan.upstream is not None)
        # The in-memory store answers synchronously: skip a coroutine layer on the hot path.
        self._check_now = store.check_now if isinstance(store, MemoryStore) else None
        self._day = -1
        self._day_end = 0.0

    def factor(self, subject: str) -> float:
        return self.adaptive.factor(subject) if self.adaptive is not None else 1.0

    async def check(self, upstream: str, subject: str, session: str | None, tool: str | None,
                    request_bytes: int, client: str | None = None) -> Refusal | None:
        """Charge one call to every level that applies; the refusal if any level is spent.
        `subject` is `subject_key(principal, client)`."""
        plan = self.plan
        factor = self.factor(subject)
        rates: list[RateItem] = []
        if plan.user is not None:
            rates.append(("u|" + subject, *tightened(plan.user, factor)))
        if plan.session is not None and session is not None:
            rates.append(("s|" + session_key(session), *tightened(plan.session, factor)))
        if plan.upstream is not None:
            rates.append(("up|" + upstream, *tightened(plan.upstream, 1.0)))
        found = plan.tools.lookup(f"{upstream}/{tool}") if tool is not None and self._has_tools \
            else None
        if found is not None:
            self._tool_rates(rates, found, subject, session, client, factor)
        quotas = self._quotas(subject, request_bytes) if self._has_quotas else []
        if not rates and not quotas:
            return None
        if self._check_now is not None:
            verdict: Verdict = self._check_now(rates, quotas)
        else:
            verdict = await self.store.check(rates, quotas)
        if verdict.allowed:
            return None
        level, limit = self._levels(session, found)[verdict.which]
        shared = level in ("upstream", "tool_upstream") or verdict.which >= len(rates)
        return Refusal(level, limit, verdict.retry_after, 1.0 if shared else factor)

    @staticmethod
    def _tool_rates(rates: list[RateItem], found: tuple[str, ToolLimits], subject: str,
                    session: str | None, client: str | None, factor: float) -> None:
        pattern, limits = found
        for level, rate in limits:
            if level == "user":
                rates.append((f"t|{pattern}|{subject}", *tightened(rate, factor)))
            elif level == "session":
                if session is not None:
                    rates.append((f"ts|{pattern}|{session_key(session)}",
                                  *tightened(rate, factor)))
            elif level == "upstream":
                rates.append((f"tu|{pattern}", *rate.gcra))
            else:
                rates.append((f"ta|{pattern}|{address_of(client)}", *tightened(rate, factor)))

    def _levels(self, session: str | None, found: tuple[str, ToolLimits] | None
                ) -> list[tuple[str, str]]:
        """The (level, configured limit) of each item `check` sent, in the same order."""
        plan = self.plan
        levels = [(name, rate.text) for name, rate in (
            ("user", plan.user), ("session", plan.session if session is not None else None),
            ("upstream", plan.upstream)) if rate is not None]
        if found is not None:
            pattern, limits = found
            levels += [("tool" if level == "user" else f"tool_{level}", f"{pattern}: {rate.text}")
                       for level, rate in limits if level != "session" or session is not None]
        if plan.quota_calls is not None:
            levels.append(("quota_calls", f"{plan.quota_calls} calls/day"))
        if plan.quota_bytes is not None:
            levels.append(("quota_bytes", f"{plan.quota_bytes} bytes/day"))
        return levels

    def _today(self) -> tuple[int, float]:
        """(UTC day number, seconds until it ends)."""
        now = self.wall()
        if now >= self._day_end or now < self._day_end - DAY:
            self._day = int(now // DAY)
            self._day_end = (self._day + 1) * DAY
        return self._day, self._day_end - now

    def _quotas(self, subject: str, request_bytes: int) -> list[QuotaItem]:
        plan = self.plan
        day, ttl = self._today()
        quotas: list[QuotaItem] = []
        if plan.quota_calls is not None:
            quotas.append((f"qc|{subject}|{day}", plan.quota_calls, 1, 1, ttl))
        if plan.quota_bytes is not None:
            quotas.append((f"qb|{subject}|{day}", plan.quota_bytes, 1, request_bytes, ttl))
        return quotas

    def count_bytes(self, subject: str, size: int) -> None:
        """Response bytes, counted on the daily byte quota after they have been sent."""
        if self.plan.quota_bytes is not None:
            day, ttl = self._today()
            self.store.add(f"qb|{subject}|{day}", size, ttl)

    def acquire(self, upstream: str, subject: str) -> Callable[[], None] | Refusal | None:
        """A concurrency slot per user and per upstream: its release function, a refusal, or
        None when no cap is configured."""
        plan = self.plan
        in_flight = self._in_flight
        keys: list[str] = []
        cap = plan.concurrency_user
        if cap is not None:
            key = "u|" + subject
            if in_flight.get(key, 0) >= cap:
                return Refusal("concurrency_user", f"{cap} at once", 1.0)
            keys.append(key)
        cap = plan.concurrency_upstream
        if cap is not None:
            key = "up|" + upstream
            if in_flight.get(key, 0) >= cap:
                return Refusal("concurrency_upstream", f"{cap} at once", 1.0)
            keys.append(key)
        if not keys:
            return None
        for key in keys:
            in_flight[key] = in_flight.get(key, 0) + 1
        return partial(self._release, keys)

    def _release(self, keys: list[str]) -> None:
        in_flight = self._in_flight
        for key in keys:
            left = in_flight[key] - 1
            if left:
                in_flight[key] = left
            else:
                del in_flight[key]


def build_limiter(config: Config) -> Limiter:
    """A limiter for `config`: Redis when `state` is a Redis URL, else in memory."""
    assert config.limits is not None
    plan = compile_plan(config.limits, list(config.upstreams))
    store: LimitStore
    if config.state.startswith(("redis://", "rediss://", "unix://")):
        from mcpwarden.limits.redis import RedisStore  # only cluster mode needs the Redis client

        store = RedisStore(config.state)
    else:
        store = MemoryStore()
    adaptive = AdaptiveTracker(plan.adaptive) if plan.adaptive is not None else None
    return Limiter(plan, store, adaptive=adaptive)


_SHARED: dict[int, tuple[Config, Limiter]] = {}


def limiter_for(config: Config) -> Limiter:
    """The one limiter of this config (every upstream's guard and the edge share its state)."""
    entry = _SHARED.get(id(config))
    if entry is None or entry[0] is not config:
        entry = _SHARED[id(config)] = (config, build_limiter(config))
    return entry[1]
