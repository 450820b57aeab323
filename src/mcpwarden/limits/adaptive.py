"""Adaptive limiting: principals whose traffic keeps tripping guards get tighter limits.

The tracker listens on the event bus. A denial whose reason is in `reasons` (schema violations,
injection findings, pin mismatches…) or a failed authentication (any 401 except a first request
without a token, which is how OAuth discovery starts) is a trip for the principal, or for the
client address when there is no principal. `trips` trips within `window` seconds divide that
principal's rates by `factor`; after `quiet` seconds without a trip they are restored. Each
change is itself an event (`kind="limits"`), so the audit trail shows it. State is per replica.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.limits.plan import AdaptivePlan

AUTHENTICATION_FAILED: Final = "authentication_failed"
FIRST_CONTACT: Final = "token_missing"  # a client's first request, before it has a token
MAX_TRACKED: Final = 100_000
TIGHTENED: Final = "limits_tightened"
RELAXED: Final = "limits_relaxed"


def address_of(client: str | None) -> str:
    """`ip:port` (as Exchange and events carry it) → ip; IPv6 keeps its colons."""
    if not client:
        return "unknown"
    host, sep, port = client.rpartition(":")
    return host.strip("[]") if sep and port.isdigit() else client


def subject_key(principal: Principal, client: str | None) -> str:
    """Whom limits and trips are counted for: the principal, or the address when anonymous."""
    if principal.is_anonymous:
        return "addr:" + address_of(client)
    return "user:" + principal.key


@dataclass(slots=True)
class _Record:
    trips: deque[float] = field(default_factory=deque)
    last_trip: float = 0.0
    tightened: bool = False
    principal: Principal = ANONYMOUS
    client: str | None = None


class AdaptiveTracker:
    def __init__(self, plan: AdaptivePlan, clock: Callable[[], float] = time.monotonic) -> None:
        self.plan = plan
        self.clock = clock
        self.bus: EventBus | None = None
        self._records: dict[str, _Record] = {}

    @property
    def tightened_count(self) -> int:
        """Principals (or addresses) whose limits are tightened now, for metrics."""
        return sum(1 for record in self._records.values() if record.tightened)

    def attach(self, bus: EventBus) -> None:
        self.bus = bus
        bus.subscribe(self.observe)

    def observe(self, event: Event) -> None:
        if event.kind == events.LIMITS:
            return
        reason = self._trip_reason(event)
        if reason is not None:
            self.trip(subject_key(event.principal, event.client_address), event.principal,
                      event.client_address, reason)

    def _trip_reason(self, event: Event) -> str | None:
        reasons = self.plan.reasons
        if event.outcome == events.DENIED:
            if event.kind == events.HTTP and event.detail.get("status") == 401:
                if event.reason != FIRST_CONTACT and AUTHENTICATION_FAILED in reasons:
                    return AUTHENTICATION_FAILED
            elif event.reason in reasons:
                return event.reason
        for finding in event.findings:
            if finding.get("reason") in reasons:
                return str(finding["reason"])
        return None

    def trip(self, key: str, principal: Principal = ANONYMOUS, client: str | None = None,
             reason: str = "") -> None:
        now = self.clock()
        record = self._records.get(key)
        if record is None:
            if len(self._records) >= MAX_TRACKED:
                self._forget(now)
            record = self._records[key] = _Record(principal=principal, client=client)
        record.last_trip = now
        trips = record.trips
        trips.append(now)
        while trips and trips[0] <= now - self.plan.window:
            trips.popleft()
        if len(trips) > self.plan.trips:
            trips.popleft()
        if not record.tightened and len(trips) >= self.plan.trips:
            record.tightened = True
            self._emit(record, TIGHTENED, reason)

    def factor(self, key: str) -> float:
        """What `key`'s rates are divided by now (1.0 = normal)."""
        record = self._records.get(key)
        if record is None or not record.tightened:
            return 1.0
        if self.clock() - record.last_trip < self.plan.quiet:
            return self.plan.factor
        record.tightened = False
        record.trips.clear()
        self._emit(record, RELAXED, "")
        return 1.0

    def _forget(self, now: float) -> None:
        """Bound memory: drop records with nothing recent that keeps them tightened."""
        horizon = max(self.plan.window, self.plan.quiet)
        self._records = {k: r for k, r in self._records.items()
                         if now - r.last_trip < horizon}

    def _emit(self, record: _Record, change: str, cause: str) -> None:
        if self.bus is None:
            return
        tightened = change == TIGHTENED
        detail: dict[str, object] = {
            "factor": self.plan.factor if tightened else 1.0,
            "trips": self.plan.trips, "window": self.plan.window, "quiet": self.plan.quiet,
        }
        if cause:
            detail["cause"] = cause
        message = (f"{self.plan.trips} guard denials within {self.plan.window:g} s: rates "
                   f"divided by {self.plan.factor:g} until {self.plan.quiet:g} s pass without one"
                   if tightened else
                   f"{self.plan.quiet:g} s without a guard denial: rates restored")
        self.bus.emit(Event(kind=events.LIMITS, outcome=events.OK, reason=change,
                            principal=record.principal, client_address=record.client,
                            guard="limits", message=message, detail=detail))
