"""The proxy core: every message from a front goes through the chain to a connector and back.

Fronts (HTTP edge, stdio wrapper) turn bytes into `Message`s with an `Exchange` and call
`Route.exchange` / `Route.deliver`; they never talk to a connector directly, so no message can
skip the chain. The core guarantees, for every client request, exactly one reply with the
client's id — from the upstream, from a guard's denial, or a clear gateway error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field

from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.guards.base import Deny, Exchange
from mcpwarden.guards.chain import Chain
from mcpwarden.upstream.base import (
    Connector,
    UpstreamError,
    UpstreamSession,
    UpstreamSessionLost,
)
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.errors import UPSTREAM_ERROR, UPSTREAM_TIMEOUT, ProtocolError
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.gateway")


class Denied(Exception):
    """A guard refused a client message; fronts map `deny` to a status or a JSON-RPC error."""

    def __init__(self, deny: Deny) -> None:
        super().__init__(deny.message)
        self.deny = deny


@dataclass(slots=True)
class Route:
    """One upstream as the fronts see it: its chain, its connector and its time budget."""

    name: str
    chain: Chain
    connector: Connector
    timeout: float
    events: EventBus = field(default_factory=EventBus)

    async def admit(self, ex: Exchange, msg: Message) -> Message:
        """Run the inbound chain; the (possibly rewritten) message, or raise Denied."""
        checked = await self.chain.inbound(ex, msg)
        if isinstance(checked, Deny):
            raise Denied(checked)
        return checked

    async def open_session(self, ex: Exchange, init: Message) -> tuple[UpstreamSession, Message]:
        """A legacy `initialize`: admitted by the chain, answered by the connector."""
        init = await self.admit(ex, init)
        ex.request = init
        try:
            async with asyncio.timeout(self.timeout):
                link, reply = await self.connector.open_session(init, ex)
        except TimeoutError:
            raise UpstreamError(
                f"upstream '{self.name}' did not answer initialize within {self.timeout:g} s",
                reason="upstream_timeout",
            ) from None
        checked = await self.chain.outbound(ex, reply)
        if isinstance(checked, Deny):
            await link.close()
            raise Denied(checked)
        return link, checked

    async def exchange(
        self, ex: Exchange, msg: Message, link: UpstreamSession
    ) -> AsyncGenerator[Message, None]:
        """Relay one client request; yields what the client should see, ending with one reply.

        Denials that must surface as an HTTP status raise `Denied` before anything is yielded;
        other denials become the JSON-RPC error reply.
        """
        relay = await self.answer(ex, msg, link)
        try:
            yield relay.first
            async for out in relay:
                yield out
        finally:
            await relay.aclose()

    async def answer(self, ex: Exchange, msg: Message, link: UpstreamSession) -> Relay:
        """Relay one client request up to the first message the client should see.

        `exchange` without a generator layer per message: most requests get their reply as the
        first message, and the caller sends it at once. The caller must `aclose()` the relay.
        """
        started = time.perf_counter()
        checked = await self.chain.inbound(ex, msg)
        if isinstance(checked, Deny):
            self._denied(ex, msg, checked, started)
            await self.events.settled()
            if checked.http_status is not None:
                raise Denied(checked)
            answered = Relay(self, ex, msg, None, started)
            answered.first = checked.to_error(msg.id)
            return answered
        msg = ex.request = checked
        relay = Relay(self, ex, msg, link, started)
        try:
            relay.first = await relay.next()
        except BaseException:
            await relay.aclose()
            raise
        return relay

    def _timeout_error(self, msg: Message, timeout: float) -> Message:
        return jsonrpc.error(
            msg.id, UPSTREAM_TIMEOUT,
            f"Upstream '{self.name}' did not answer within {timeout:g} s; the request "
            "was cancelled.",
            {"reason": "upstream_timeout", "upstream": self.name},
        )

    def _upstream_error(self, msg: Message, exc: UpstreamError) -> Message:
        return jsonrpc.error(
            msg.id, exc.code, f"Upstream '{self.name}': {exc.message}",
            {"reason": exc.reason, "upstream": self.name},
        )

    async def _replied(self, ex: Exchange, msg: Message, reply: Message, started: float) -> None:
        # Recorded (and, with a durable audit sink, on disk) before the client sees the reply:
        # no acknowledged request goes unrecorded.
        ex.finish()
        if self.events.active:
            self.events.emit(_completed(ex, msg, reply, started))
            await self.events.settled()

    async def _outbound(
        self, ex: Exchange, request: Message, up: Message, link: UpstreamSession
    ) -> Message | None:
        """Check one upstream message; None means it is not delivered."""
        if up.is_reply and up.id != request.id:
            log.error("upstream %s answered id %r for request %r", self.name, up.id, request.id)
            raise UpstreamError(
                "the upstream answered a different request id", reason="upstream_id_mismatch"
            )
        checked = await self.chain.outbound(ex, up)
        if not isinstance(checked, Deny):
            return checked
        if up.is_reply:
            ex.notes["denial"] = checked
            return checked.to_error(request.id)
        self._decision(ex, up, checked)
        if up.is_request and up.id is not None:
            await link.send(checked.to_error(up.id), ex)
        return None

    def _denied(self, ex: Exchange, msg: Message, deny: Deny, started: float) -> None:
        ex.finish()
        if self.events.active:
            event = _event(ex, events.REQUEST, events.DENIED, msg, deny.reason)
            event.guard, event.message = deny.guard, deny.message
            event.latency = time.perf_counter() - started
            self.events.emit(event)

    def _decision(self, ex: Exchange, msg: Message, deny: Deny) -> None:
        if self.events.active:
            event = _event(ex, events.DECISION, events.DENIED, msg, deny.reason)
            event.guard, event.message = deny.guard, deny.message
            event.detail["direction"] = "outbound" if msg is not ex.request else "inbound"
            self.events.emit(event)

    def _no_reply(self, msg: Message) -> Message:
        return jsonrpc.error(
            msg.id, UPSTREAM_ERROR,
            f"Upstream '{self.name}' ended the exchange without answering the request.",
            {"reason": "upstream_no_reply", "upstream": self.name},
        )

    async def deliver(self, ex: Exchange, msg: Message, link: UpstreamSession) -> None:
        """A client notification or reply to a server request: checked, then sent upstream."""
        try:
            msg = await self.admit(ex, msg)
        except Denied as denied:
            self._decision(ex, msg, denied.deny)
            raise
        await link.send(msg, ex)

    async def listen(
        self, ex: Exchange, link: UpstreamSession
    ) -> AsyncGenerator[Message, None] | None:
        """Unsolicited upstream messages (legacy GET stream), each through the outbound chain."""
        stream = await link.listen(ex)
        if stream is None:
            return None
        return self._checked_stream(ex, stream, link)

    async def _checked_stream(
        self, ex: Exchange, stream: AsyncGenerator[Message, None], link: UpstreamSession
    ) -> AsyncGenerator[Message, None]:
        try:
            async for up in stream:
                checked = await self.chain.outbound(ex, up)
                if not isinstance(checked, Deny):
                    yield checked
                    continue
                self._decision(ex, up, checked)
                if up.is_request and up.id is not None:
                    await link.send(checked.to_error(up.id), ex)
        finally:
            with contextlib.suppress(Exception):
                await stream.aclose()


class Relay:
    """One admitted request on its way through the upstream: `first` is the first message the
    client should see; unless that is the reply, iterating yields the rest, ending with it.

    A class rather than an async generator so that `aclose()` cancels the upstream call and
    runs the request's finalizers even when iteration never started. Without a `link`, the
    gateway answered by itself (a guard's denial) and there is nothing to relay.
    """

    __slots__ = ("_closed", "_deadline", "_done", "_sent", "_started", "_timeout", "_upstream",
                 "ex", "first", "link", "msg", "route")

    def __init__(self, route: Route, ex: Exchange, msg: Message, link: UpstreamSession | None,
                 started: float) -> None:
        self.route, self.ex, self.msg, self.link = route, ex, msg, link
        self.first: Message
        self._started = started
        self._timeout = route.timeout if ex.timeout is None else min(ex.timeout, route.timeout)
        self._deadline = asyncio.get_running_loop().time() + self._timeout
        self._sent = time.perf_counter()  # the loop's clock is too coarse (1 ms under uvloop)
        self._upstream: AsyncGenerator[Message, None] | None = None
        self._done = self._closed = link is None

    def __aiter__(self) -> Relay:
        return self

    async def __anext__(self) -> Message:
        if self._done:
            raise StopAsyncIteration
        return await self.next()

    async def next(self) -> Message:
        """The next message for the client; after the reply, the exchange is over."""
        out = await self._checked()
        if out.is_reply:
            self._done = True
            await self.route._replied(self.ex, self.msg, out, self._started)
        return out

    async def _checked(self) -> Message:
        """The next upstream message that passed the outbound chain, or the error reply that
        stands for what went wrong (timeout, upstream failure, no reply at all)."""
        route, msg, link = self.route, self.msg, self.link
        assert link is not None and not self._closed
        upstream = self._upstream
        if upstream is None:
            upstream = self._upstream = link.request(msg, self.ex)
        try:
            while True:
                try:
                    async with asyncio.timeout_at(self._deadline):
                        up = await anext(upstream)
                except StopAsyncIteration:
                    return route._no_reply(msg)
                if up.is_reply:
                    self.ex.notes["upstream_latency"] = time.perf_counter() - self._sent
                out = await route._outbound(self.ex, msg, up, link)
                if out is not None:
                    return out
        except TimeoutError:
            return route._timeout_error(msg, self._timeout)
        except UpstreamSessionLost:
            raise
        except UpstreamError as exc:
            return route._upstream_error(msg, exc)
        except ProtocolError as exc:  # e.g. a bridge checking headers, or an undecodable payload
            return jsonrpc.error_from(exc, msg.id)

    async def aclose(self) -> None:
        """Stop relaying: the upstream call is closed (cancelled if still running) and the
        request's finalizers run. Safe to call more than once."""
        if self._closed:
            return
        self._closed = self._done = True
        upstream, self._upstream = self._upstream, None
        if upstream is not None:
            with contextlib.suppress(Exception):
                await upstream.aclose()
        self.ex.finish()


def _event(ex: Exchange, kind: str, outcome: str, msg: Message, reason: str | None) -> Event:
    return Event(
        kind=kind, outcome=outcome, reason=reason, upstream=ex.upstream, method=msg.method,
        target=events.target_of(msg) if msg.is_request else None, principal=ex.principal,
        session=ex.session_id, client_address=ex.client_address, transport=ex.transport,
        findings=ex.notes.get("findings", []), request=msg if msg.is_request else None,
    )


def _completed(ex: Exchange, request: Message, reply: Message, started: float) -> Event:
    """The event for a request that got its reply: ok, a denial of what came back, or an error."""
    denial: Deny | None = ex.notes.get("denial")
    if denial is not None:
        event = _event(ex, events.REQUEST, events.DENIED, request, denial.reason)
        event.guard, event.message = denial.guard, denial.message
    elif reply.kind == jsonrpc.ERROR:
        event = _event(ex, events.REQUEST, events.ERROR, request, _error_reason(reply))
    else:
        rewrites = ex.notes.get("rewrites")
        outcome = events.REWRITTEN if rewrites else events.OK
        event = _event(ex, events.REQUEST, outcome, request, None)
        if rewrites:
            event.detail["rewrites"] = rewrites
    event.response_bytes = len(reply.raw)
    event.latency = time.perf_counter() - started
    event.upstream_latency = ex.notes.get("upstream_latency")
    return event


def _error_reason(reply: Message) -> str:
    error = reply.obj.get("error")
    data = error.get("data") if isinstance(error, dict) else None
    reason = data.get("reason") if isinstance(data, dict) else None
    return reason if isinstance(reason, str) else "upstream_error"
