"""Wiring the limiter into a running gateway (called once per app)."""

from __future__ import annotations

from mcpwarden.audit.events import EventBus, Service
from mcpwarden.config import Config
from mcpwarden.limits.edge import EdgeLimits
from mcpwarden.limits.limiter import limiter_for


def attach_limits(config: Config, bus: EventBus, services: list[Service]) -> EdgeLimits | None:
    """Share the config's limiter with the edge: adaptive limiting listens on `bus`, the store
    (the Redis connection) is started and closed with the app. None without `limits:`."""
    if config.limits is None:
        return None
    limiter = limiter_for(config)
    if limiter.adaptive is not None and limiter.adaptive.bus is None:
        limiter.adaptive.attach(bus)
    if limiter.store not in services:
        services.append(limiter.store)
    return EdgeLimits(limiter, bus)
