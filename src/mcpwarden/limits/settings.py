"""The `limits:` section of the config.

Rates are written `N/second|minute|hour|day`, optionally with a burst (`10/minute burst 20`, or
`{rate: 10/minute, burst: 20}`); without one, the burst is N (a full period's allowance may be
spent at once, then it refills at the rate). The values are checked, with their key paths, by
`mcpwarden.limits.plan.validate_limits`, which `config.validate` calls.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

# A rate as written in the config: "120/minute", "10/minute burst 20", or a mapping.
RateValue = str | dict[str, Any]


class Concurrency(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Requests in flight at once (per gateway replica)."""

    user: int | None = None
    upstream: int | None = None


class Quota(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Per UTC day: `calls: 10000/day`, `bytes: 100MB/day` (request plus response sizes)."""

    calls: str | int | None = None
    bytes: str | int | None = None


class Quotas(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    user: Quota | None = None


DEFAULT_TRIP_REASONS = [
    "authentication_failed",  # any 401 other than a first request without a token
    "schema_violation",
    "output_schema_violation",
    "injection_detected",
    "pin_mismatch",
    "tool_not_allowed",
    "prompt_not_allowed",
    "resource_not_allowed",
    "request_state_invalid",
    "request_state_unbound",
]


class Adaptive(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """`trips` guard denials within `window` seconds divide the principal's rates by `factor`
    until `quiet` seconds pass without a trip."""

    enabled: bool = True
    trips: int = 5
    window: float = 60.0
    factor: float = 4.0
    quiet: float = 300.0
    reasons: list[str] = msgspec.field(default_factory=lambda: list(DEFAULT_TRIP_REASONS))


class Connections(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Connection-level protection at the HTTP edge (per gateway replica)."""

    per_address: RateValue | None = None  # new connections per client address
    max_concurrent: int | None = None  # open connections; beyond it uvicorn answers 503
    body_timeout: float | None = 10.0  # seconds to receive a whole request body (else 408)
    header_timeout: float | None = 10.0  # seconds to receive a request's headers (else closed)


class LimitsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Rate limits per user, session, tool, upstream and client address; concurrency caps,
    per-tool timeouts, daily quotas, adaptive tightening and connection protection."""

    user: RateValue | None = None  # every request of one principal, all upstreams
    session: RateValue | None = None  # every request in one legacy session
    upstream: RateValue | None = None  # every request to one upstream, all principals
    address: RateValue | None = None  # every HTTP request from one client address (edge, 429)
    # "upstream/tool" glob → a rate per principal, or {user|session|upstream|address: rate}
    tool: dict[str, RateValue] = {}
    concurrency: Concurrency = msgspec.field(default_factory=Concurrency)
    timeouts: dict[str, float] = {}  # "upstream/tool" glob → seconds
    quotas: Quotas = msgspec.field(default_factory=Quotas)
    adaptive: Adaptive = msgspec.field(default_factory=Adaptive)
    connections: Connections = msgspec.field(default_factory=Connections)
    on_store_error: Literal["deny", "allow"] = "deny"
