"""Limits on HTTP requests as such, checked at the edge before authentication.

- `limits.address`: every HTTP request from one client address (except `/healthz`, so that a
  load balancer's liveness probe never fails because of a flood).
- `limits.connections.per_address`: new connections from one address (a request on a
  connection not seen before counts; later requests on a kept-alive connection do not).
- `limits.connections.body_timeout`: the whole request body must arrive within this time (408).

Over the limit: 429 with `Retry-After` and a JSON-RPC error body (`rate_limited`). These
counters are in memory, per replica: they protect each gateway process; limits per principal,
session, tool and upstream are the ones shared through Redis.
"""

from __future__ import annotations

import asyncio
import math
from typing import Final

from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.edge.http import ASGIMessage, Receive, Request
from mcpwarden.limits.adaptive import address_of
from mcpwarden.limits.limiter import Limiter, tightened
from mcpwarden.limits.memory import MemoryStore
from mcpwarden.limits.store import RateItem
from mcpwarden.wire.errors import INVALID_REQUEST, ProtocolError

EXEMPT_PATHS: Final = frozenset({"/healthz"})
MAX_SEEN_CONNECTIONS: Final = 65_536


class EdgeLimits:
    def __init__(self, limiter: Limiter, bus: EventBus | None = None,
                 store: MemoryStore | None = None) -> None:
        self.limiter = limiter
        self.plan = limiter.plan
        self.bus = bus
        self.store = store if store is not None else MemoryStore()
        self._seen: dict[str, None] = {}  # client ip:port of connections already admitted

    def admit(self, request: Request, receive: Receive) -> Receive:
        """Raise a 429 ProtocolError for an address over its limits; else the `receive` to
        read the request with (timed when a body timeout is configured)."""
        if request.path in EXEMPT_PATHS:
            return receive
        plan = self.plan
        client = request.client or "unknown"
        address = address_of(client)
        rates: list[RateItem] = []
        if plan.address is not None:
            factor = self.limiter.factor("addr:" + address)
            rates.append(("a|" + address, *tightened(plan.address, factor)))
        new_connection = plan.per_address is not None and client not in self._seen
        if new_connection and plan.per_address is not None:
            rates.append(("c|" + address, plan.per_address.interval,
                          plan.per_address.burst * plan.per_address.interval))
        if rates:
            verdict = self.store.check_now(rates, [])
            if not verdict.allowed:
                self._refuse(request, verdict.retry_after, new_connection and
                             verdict.which == len(rates) - 1)
        if new_connection:
            self._remember(client)
        if plan.body_timeout is not None and request.method == "POST":
            return timed_body(receive, plan.body_timeout)
        return receive

    def _remember(self, client: str) -> None:
        seen = self._seen
        seen[client] = None
        if len(seen) > MAX_SEEN_CONNECTIONS:
            for old in list(seen)[: MAX_SEEN_CONNECTIONS // 2]:
                del seen[old]

    def _refuse(self, request: Request, retry_after: float, connection: bool) -> None:
        seconds = max(1, math.ceil(retry_after))
        what = "new connections" if connection else "requests"
        message = (f"Too many {what} from your address; retry in {seconds} s "
                   f"(limits.{'connections.per_address' if connection else 'address'})")
        if self.bus is not None and self.bus.active:
            self.bus.emit(Event(kind=events.HTTP, outcome=events.DENIED, reason="rate_limited",
                                message=message, client_address=request.client,
                                transport="http", guard="limits",
                                detail={"status": 429, "method": request.method,
                                        "limit": "connections" if connection else "address"}))
        headers = [("retry-after", str(seconds))]
        if connection:
            headers.append(("connection", "close"))
        raise ProtocolError(INVALID_REQUEST, message, reason="rate_limited", http_status=429,
                            data={"retry_after": seconds}, headers=headers)


def timed_body(receive: Receive, timeout: float) -> Receive:
    """`receive` that refuses (408) a body still incomplete `timeout` seconds from now; once
    the body is in, it passes messages (e.g. the disconnect) through untimed."""
    deadline = asyncio.get_running_loop().time() + timeout
    complete = False

    async def receive_in_time() -> ASGIMessage:
        nonlocal complete
        if complete:
            return await receive()
        try:
            async with asyncio.timeout_at(deadline):
                message = await receive()
        except TimeoutError:
            raise ProtocolError(
                INVALID_REQUEST, f"The request body did not arrive within {timeout:g} s",
                reason="body_timeout", http_status=408, headers=[("connection", "close")],
            ) from None
        if message["type"] != "http.request" or not message.get("more_body"):
            complete = True
        return message

    return receive_in_time
