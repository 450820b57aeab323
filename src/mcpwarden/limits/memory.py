"""The in-process store: one gateway, no other service."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from mcpwarden.limits.gcra import SLACK
from mcpwarden.limits.store import ALLOWED, QuotaItem, RateItem, Verdict

SWEEP_AT: Final = 100_000  # keys held before expired ones are dropped


class MemoryStore:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tats: dict[str, float] = {}
        self._counters: dict[str, tuple[int, float]] = {}  # key → (used, expires at)
        self._sweep_at = SWEEP_AT

    async def start(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    async def check(self, rates: list[RateItem], quotas: list[QuotaItem]) -> Verdict:
        return self.check_now(rates, quotas)

    def check_now(self, rates: list[RateItem], quotas: list[QuotaItem]) -> Verdict:
        now = self.clock()
        tats = self._tats
        new_tats: list[float] = []
        refused, worst = -1, 0.0
        for key, interval, tolerance in rates:
            tat = tats.get(key, 0.0)
            tat = (tat if tat > now else now) + interval
            wait = tat - tolerance - now
            if wait > SLACK and (refused < 0 or wait > worst):
                refused, worst = len(new_tats), wait
            new_tats.append(tat)
        if quotas:
            refused, worst = self._over_quota(quotas, now, len(rates), refused, worst)
        if refused >= 0:
            return Verdict(False, worst, refused)
        for item, tat in zip(rates, new_tats):  # noqa: B905 - same length by construction
            tats[item[0]] = tat
        if quotas:
            counters = self._counters
            for key, _limit, _need, add, ttl in quotas:
                used, expires = counters.get(key, (0, 0.0))
                counters[key] = (used + add, expires) if expires > now else (add, now + ttl)
        if len(tats) > self._sweep_at or len(self._counters) > self._sweep_at:
            self._sweep(now)
        return ALLOWED

    def _over_quota(self, quotas: list[QuotaItem], now: float, first: int, refused: int,
                    worst: float) -> tuple[int, float]:
        counters = self._counters
        for index, (key, limit, need, _add, _ttl) in enumerate(quotas, first):
            used, expires = counters.get(key, (0, 0.0))
            if expires > now and used + need > limit and (refused < 0 or expires - now > worst):
                refused, worst = index, expires - now
        return refused, worst

    def add(self, key: str, amount: int, ttl: float) -> None:
        self._count(key, amount, ttl, self.clock())

    def _count(self, key: str, amount: int, ttl: float, now: float) -> None:
        used, expires = self._counters.get(key, (0, 0.0))
        if expires <= now:
            used, expires = 0, now + ttl
        self._counters[key] = (used + amount, expires)

    def _sweep(self, now: float) -> None:
        """Drop keys back at full allowance (same as absent) and expired counters."""
        self._tats = {k: tat for k, tat in self._tats.items() if tat > now}
        self._counters = {k: c for k, c in self._counters.items() if c[1] > now}
        self._sweep_at = max(SWEEP_AT, 2 * len(self._tats), 2 * len(self._counters))
