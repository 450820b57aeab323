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
from collections.abc import AsyncGenerator
from dataclasses import dataclass

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
        try:
            msg = await self.admit(ex, msg)
        except Denied as denied:
            if denied.deny.http_status is not None:
                raise
            yield denied.deny.to_error(msg.id)
            return
        ex.request = msg
        async with contextlib.aclosing(self._relay(ex, msg, link)) as relay:
            async for out in relay:
                yield out

    async def _relay(
        self, ex: Exchange, msg: Message, link: UpstreamSession
    ) -> AsyncGenerator[Message, None]:
        deadline = asyncio.get_running_loop().time() + self.timeout
        upstream = link.request(msg, ex)
        try:
            while True:
                try:
                    async with asyncio.timeout_at(deadline):
                        up = await anext(upstream)
                except StopAsyncIteration:
                    yield self._no_reply(msg)
                    return
                out = await self._outbound(ex, msg, up, link)
                if out is None:
                    continue
                yield out
                if out.is_reply:
                    return
        except TimeoutError:
            yield jsonrpc.error(
                msg.id, UPSTREAM_TIMEOUT,
                f"Upstream '{self.name}' did not answer within {self.timeout:g} s; the request "
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
            return checked.to_error(request.id)
        if up.is_request and up.id is not None:
            await link.send(checked.to_error(up.id), ex)
        return None

    def _no_reply(self, msg: Message) -> Message:
        return jsonrpc.error(
            msg.id, UPSTREAM_ERROR,
            f"Upstream '{self.name}' ended the exchange without answering the request.",
            {"reason": "upstream_no_reply", "upstream": self.name},
        )

    async def deliver(self, ex: Exchange, msg: Message, link: UpstreamSession) -> None:
        """A client notification or reply to a server request: checked, then sent upstream."""
        msg = await self.admit(ex, msg)
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
                elif up.is_request and up.id is not None:
                    await link.send(checked.to_error(up.id), ex)
        finally:
            with contextlib.suppress(Exception):
                await stream.aclose()


def internal_error(id: jsonrpc.RequestId | None) -> Message:
    return jsonrpc.error(
        id, INTERNAL_ERROR, "The gateway hit an unexpected error; see its log.",
        {"reason": "internal_error"},
    )
