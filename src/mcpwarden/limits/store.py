"""What a limiter store does: check every level of one call at once, atomically.

A rate item is `(key, interval, tolerance)`: GCRA with one request per `interval` seconds and
`tolerance` seconds of burst (burst * interval). A quota item is `(key, limit, need, add, ttl)`:
refused when `used + need > limit`, else `add` is counted; the counter lives `ttl` seconds.
Either every item admits the call and all are charged, or none is charged.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

RateItem = tuple[str, float, float]
QuotaItem = tuple[str, int, int, int, float]


class Verdict(NamedTuple):
    allowed: bool
    retry_after: float  # seconds until the limiting item would admit the call
    which: int  # which item refused it (rates first, then quotas); -1 when allowed


ALLOWED = Verdict(True, 0.0, -1)


class StoreUnavailable(Exception):
    """The store could not be asked (Redis down or too slow)."""


class LimitStore(Protocol):
    async def check(self, rates: list[RateItem], quotas: list[QuotaItem]) -> Verdict: ...

    def add(self, key: str, amount: int, ttl: float) -> None:
        """Count `amount` more on a quota counter, without making the caller wait."""

    async def start(self) -> None: ...

    async def aclose(self) -> None: ...
