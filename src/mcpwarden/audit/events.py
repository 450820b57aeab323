"""Events: one per completed request and one per deny or rewrite decision.

The gateway core, the edge and the connectors `emit` events on an `EventBus`; subscribers (the
audit trail's sinks, metrics, the adaptive rate limiter) take them from there. Emitting must stay
cheap on the hot path: an event holds references (the request `Message`, the findings list) and
subscribers derive digests and sizes themselves, off the request's critical path when they can.
Nothing in an event may carry a raw token or a redacted value; `request` is the message as it
went upstream (after redaction), and sinks store only a digest of its arguments.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.audit")

# Event kinds.
REQUEST = "request"  # a client request completed: answered, denied, or failed
DECISION = "decision"  # a guard denied or rewrote a message that is not itself a request reply
PROCESS = "process"  # a local server started, exceeded a limit, crashed or was stopped
LIMITS = "limits"  # adaptive rate limiting tightened or relaxed for a principal
HTTP = "http"  # an HTTP request refused at the edge before it became an MCP message

# Outcomes.
OK = "ok"
DENIED = "denied"
REWRITTEN = "rewritten"
ERROR = "error"


@dataclass(slots=True)
class Event:
    kind: str
    outcome: str
    reason: str | None = None
    upstream: str | None = None
    method: str | None = None
    target: str | None = None  # tool or prompt name, or resource URI
    principal: Principal = ANONYMOUS
    session: str | None = None  # raw id: sinks store a keyed hash, never this
    client_address: str | None = None
    transport: str | None = None
    guard: str | None = None
    message: str | None = None  # the human-readable reason given to the client
    findings: list[dict[str, Any]] = field(default_factory=list)
    request: Message | None = None
    response_bytes: int | None = None
    latency: float | None = None  # seconds, from arrival to the reply leaving the gateway
    upstream_latency: float | None = None  # seconds spent waiting for the upstream
    detail: dict[str, Any] = field(default_factory=dict)
    time: float = field(default_factory=time.time)

    @property
    def gateway_latency(self) -> float | None:
        """What the gateway itself added: total minus time waiting on the upstream."""
        if self.latency is None:
            return None
        return max(0.0, self.latency - (self.upstream_latency or 0.0))


Subscriber = Callable[[Event], None]
Barrier = Callable[[], Awaitable[None] | None]


class Service(Protocol):
    """Something started and closed with the gateway (an audit sink, a limiter store)."""

    async def start(self) -> None: ...

    async def aclose(self) -> None: ...


class EventBus:
    """Fan-out to subscribers. A subscriber must not block; one that raises is logged and
    skipped for that event, never allowed to break the request that produced it."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._barriers: list[Barrier] = []

    def subscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.append(subscriber)

    def add_barrier(self, barrier: Barrier) -> None:
        """A subscriber that promises durability (audit with `fsync: always`) says here how to
        wait until what it was given is on disk: None when it already is, else an awaitable."""
        self._barriers.append(barrier)

    async def settled(self) -> None:
        """Wait until every event emitted so far is durable; the Route awaits this before a
        client sees the reply, so no acknowledged request can go unrecorded."""
        for barrier in self._barriers:
            waiter = barrier()
            if waiter is not None:
                await waiter

    @property
    def active(self) -> bool:
        return bool(self._subscribers)

    def emit(self, event: Event) -> None:
        for subscriber in self._subscribers:
            try:
                subscriber(event)
            except Exception:
                log.exception("an event subscriber failed on a %s event", event.kind)


def target_of(msg: Message | None) -> str | None:
    """The tool or prompt name, or resource URI, a request is about."""
    if msg is None or not msg.is_request:
        return None
    params = msg.params
    name = params.get("name") if msg.method in ("tools/call", "prompts/get") else params.get("uri")
    return name if isinstance(name, str) else None
