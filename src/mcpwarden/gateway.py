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
from mcpwarden.wire.errors import INTERNAL_ERROR, UPSTREAM_ERROR, UPSTREAM_TIMEOUT, ProtocolError
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
        started = time.perf_counter()
        reply: Message | None = None
        try:
            try:
                msg = await self.admit(ex, msg)
            except Denied as denied:
                self._denied(ex, msg, denied.deny, started)
                await self.events.settled()
                if denied.deny.http_status is not None:
                    raise
                yield denied.deny.to_error(msg.id)
                return
            ex.request = msg
            async with contextlib.aclosing(self._relay(ex, msg, link)) as relay:
                async for out in relay:
                    if out.is_reply:
                        reply = out
                        # Recorded (and, with a durable audit sink, on disk) before the client
                        # sees the reply: no acknowledged request goes unrecorded.
                        ex.finish()
                        if self.events.active:
                            self.events.emit(_completed(ex, msg, reply, started))
                            await self.events.settled()
                    yield out
        finally:
            ex.finish()

    async def _relay(
        self, ex: Exchange, msg: Message, link: UpstreamSession
    ) -> AsyncGenerator[Message, None]:
        timeout = self.timeout if ex.timeout is None else min(ex.timeout, self.timeout)
        deadline = asyncio.get_running_loop().time() + timeout
        sent = time.perf_counter()  # the loop's clock is too coarse (1 ms under uvloop) for this
        upstream = link.request(msg, ex)
        try:
            while True:
                try:
                    async with asyncio.timeout_at(deadline):
                        up = await anext(upstream)
                except StopAsyncIteration:
                    yield self._no_reply(msg)
                    return
                if up.is_reply:
                    ex.notes["upstream_latency"] = time.perf_counter() - sent
                out = await self._outbound(ex, msg, up, link)
                if out is None:
                    continue
                yield out
                if out.is_reply:
                    return
        except TimeoutError:
            yield jsonrpc.error(
                msg.id, UPSTREAM_TIMEOUT,
                f"Upstream '{self.name}' did not answer within {timeout:g} s; the request "
                "was cancelled.",
                {"reason": "upstream_timeout", "upstream": self.name},
            )
        except UpstreamSessionLost:
            raise
        except UpstreamError as exc:
            yield jsonrpc.error(
                msg.id, exc.code, f"Upstream '{self.name}': {exc.message}",
                {"reason": exc.reason, "upstream": self.name},
            )
        except ProtocolError as exc:  # e.g. a bridge checking headers, or an undecodable payload
            yield jsonrpc.error_from(exc, msg.id)
        finally:
            with contextlib.suppress(Exception):
                await upstream.aclose()

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


def internal_error(id: jsonrpc.RequestId | None) -> Message:
    return jsonrpc.error(
        id, INTERNAL_ERROR, "The gateway hit an unexpected error; see its log.",
        {"reason": "internal_error"},
    )


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
