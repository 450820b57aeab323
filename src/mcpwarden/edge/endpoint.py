"""`/mcp/NAME`: Streamable HTTP for both eras, in front of one route.

Legacy (≤ 2025-11-25): `initialize` opens a gateway session (its own id, mapped to the
upstream's); POST carries requests, notifications and replies; GET opens the server stream;
DELETE ends the session. Modern (2026-07-28): every POST stands alone, carries `_meta` and
mirrored headers that must match the body; GET and DELETE are 405.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator

from mcpwarden.audit import events
from mcpwarden.audit.events import Event
from mcpwarden.config import Config
from mcpwarden.edge import http
from mcpwarden.edge.http import Receive, Request, Send
from mcpwarden.gateway import Denied, Relay, Route
from mcpwarden.guards.base import Deny, Exchange
from mcpwarden.identity.authenticator import Authenticate, AuthFailure, bearer_token
from mcpwarden.identity.principal import Principal
from mcpwarden.sessions.legacy import Session, SessionLimitReached, SessionStore
from mcpwarden.upstream.base import UpstreamError, UpstreamSession, UpstreamSessionLost
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import (
    DEFAULT_LEGACY_VERSION,
    LEGACY_ONLY_METHODS,
    META_CLIENT_CAPABILITIES,
    META_PROTOCOL_VERSION,
    MODERN_VERSIONS,
    Era,
    era_of_http_request,
    request_meta,
)
from mcpwarden.wire.errors import (
    INVALID_PARAMS,
    INVALID_REQUEST,
    METHOD_NOT_FOUND,
    MODERN_HTTP_STATUS,
    UNSUPPORTED_PROTOCOL_VERSION,
    ProtocolError,
)
from mcpwarden.wire.headers import forwardable_param_headers, validate_modern_headers
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.edge")

SESSION_HEADER = "mcp-session-id"


class McpEndpoint:
    def __init__(self, config: Config, route: Route, sessions: SessionStore,
                 authenticator: Authenticate) -> None:
        self.route = route
        self.sessions = sessions
        self.authenticator = authenticator
        self.max_body = int(config.http.max_body_bytes)
        self.max_depth = config.http.max_depth
        self.keepalive = config.http.sse_keepalive

    async def handle(self, request: Request, receive: Receive, send: Send) -> None:
        if request.method not in ("POST", "GET", "DELETE"):
            await http.send_status(send, 405, f"{request.method} is not supported here",
                                   "method_not_allowed", [("allow", "GET, POST, DELETE")])
            return
        try:
            principal = await self.authenticator.authenticate(
                request.header("authorization"), self.route.name)
        except AuthFailure as failure:
            self._refused(request, failure.reason, failure.message, failure.status)
            await http.send_status(send, failure.status, failure.message, failure.reason,
                                   failure.headers)
            return
        if request.method == "POST":
            await self._post(request, principal, receive, send)
        else:
            await self._get_or_delete(request, principal, receive, send)

    # -- POST ------------------------------------------------------------------------------------

    async def _post(self, request: Request, principal: Principal, receive: Receive,
                    send: Send) -> None:
        if request.content_type() != "application/json":
            raise ProtocolError(INVALID_REQUEST, "Content-Type must be application/json",
                                reason="unsupported_media_type", http_status=415)
        accepts_json, accepts_sse = request.accepts()
        if not (accepts_json and accepts_sse):
            raise ProtocolError(
                INVALID_REQUEST,
                "Accept must list both application/json and text/event-stream",
                reason="not_acceptable", http_status=406,
            )
        body = await http.read_body(receive, request, self.max_body)
        msg = Message.parse(body, max_depth=self.max_depth)
        version = request.header("mcp-protocol-version")
        try:
            if era_of_http_request(version) is Era.LEGACY:
                await self._legacy_post(request, principal, msg, receive, send)
            else:
                await self._modern_post(request, principal, msg, version or "", receive, send)
        except ProtocolError as exc:
            await http.send_error(send, exc, msg.id if msg.is_request else None)

    async def _legacy_post(self, request: Request, principal: Principal, msg: Message,
                           receive: Receive, send: Send) -> None:
        if msg.method == "initialize" and msg.is_request:
            await self._initialize(request, principal, msg, send)
            return
        session = self._session(request, principal)
        ex = self._exchange(request, Era.LEGACY, session.protocol_version, principal, session)
        link = _link(session)
        if msg.is_request:
            await self._answer(ex, msg, link, receive, send, session)
        else:
            await self._deliver(ex, msg, link, send, session)

    async def _initialize(self, request: Request, principal: Principal, msg: Message,
                          send: Send) -> None:
        requested = msg.params.get("protocolVersion")
        version = requested if isinstance(requested, str) else DEFAULT_LEGACY_VERSION
        try:
            session = self.sessions.create(self.route.name, principal, version)
        except SessionLimitReached as exc:
            raise ProtocolError(INVALID_REQUEST, f"Cannot open a session: {exc}",
                                reason="too_many_sessions", http_status=503) from None
        ex = self._exchange(request, Era.LEGACY, version, principal, session)
        try:
            link, reply = await self.route.open_session(ex, msg)
        except Denied as denied:
            self.sessions.remove(session)
            await _send_denial(send, denied.deny, msg)
            return
        except UpstreamError as exc:
            self.sessions.remove(session)
            await http.send_message(send, 200, _upstream_error(self.route.name, exc, msg))
            return
        if reply.kind != "response":
            self.sessions.remove(session)
            await link.close()
            await http.send_message(send, 200, reply)
            return
        session.link = link
        result = reply.result if isinstance(reply.result, dict) else {}
        if isinstance(result.get("protocolVersion"), str):
            session.protocol_version = result["protocolVersion"]
        await http.send_message(send, 200, reply, [(SESSION_HEADER, session.id)])

    def _session(self, request: Request, principal: Principal) -> Session:
        session_id = request.header(SESSION_HEADER)
        if session_id is None:
            raise ProtocolError(INVALID_REQUEST,
                                "Missing Mcp-Session-Id: send initialize first",
                                reason="session_required", http_status=400)
        session = self.sessions.get(session_id, self.route.name, principal)
        if session is None or session.link is None:
            raise ProtocolError(INVALID_REQUEST,
                                "Session not found: it expired or was terminated; initialize again",
                                reason="session_not_found", http_status=404)
        return session

    async def _modern_post(self, request: Request, principal: Principal, msg: Message,
                           version: str, receive: Receive, send: Send) -> None:
        if version not in MODERN_VERSIONS:
            raise ProtocolError(
                UNSUPPORTED_PROTOCOL_VERSION, f"Unsupported protocol version {version!r}",
                reason="unsupported_protocol_version",
                data={"supported": list(MODERN_VERSIONS), "requested": version},
            )
        if msg.is_reply:
            raise ProtocolError(INVALID_REQUEST,
                                "Clients must not send JSON-RPC responses in 2026-07-28",
                                reason="unexpected_response")
        if msg.method in LEGACY_ONLY_METHODS:
            raise ProtocolError(
                METHOD_NOT_FOUND,
                f"'{msg.method}' does not exist in {version}; use server/discover and per-request "
                "_meta instead", reason="method_not_found", http_status=404,
            )
        if msg.is_request:
            meta = request_meta(msg.params)
            if META_PROTOCOL_VERSION not in meta or META_CLIENT_CAPABILITIES not in meta:
                raise ProtocolError(
                    INVALID_PARAMS,
                    "params._meta must carry io.modelcontextprotocol/protocolVersion and "
                    "io.modelcontextprotocol/clientCapabilities",
                    reason="missing_meta",
                )
        validate_modern_headers(request.headers, msg)
        ex = self._exchange(request, Era.MODERN, version, principal, None)
        ex.forward_headers = forwardable_param_headers(
            (name, value) for name, value in request.headers.items()
        )
        try:
            link = await self.route.connector.stateless(ex)
        except UpstreamError as exc:
            await http.send_message(send, 200 if msg.is_request else 502,
                                    _upstream_error(self.route.name, exc, msg))
            return
        if msg.is_request:
            await self._answer(ex, msg, link, receive, send, None)
        else:
            await self._deliver(ex, msg, link, send, None)

    # -- answering -------------------------------------------------------------------------------

    async def _answer(self, ex: Exchange, msg: Message, link: UpstreamSession,
                      receive: Receive, send: Send, session: Session | None) -> None:
        """Relay one request: JSON when the reply is all there is, SSE otherwise."""
        watch = http.DisconnectWatch(receive)
        relay: Relay | None = None
        try:
            try:
                relay = await self.route.answer(ex, msg, link)
            except Denied as denied:
                await _send_denial(send, denied.deny, msg)
                return
            first = relay.first
            if first.is_reply:
                await http.send_message(send, _reply_status(ex, first), first)
                return
            await http.stream_sse(send, relay, first, None, self.keepalive)
        except UpstreamSessionLost:
            await self._session_lost(send, session)
        except asyncio.CancelledError:
            if not watch.absorb():
                raise
        finally:
            watch.stop()
            if relay is not None:
                with contextlib.suppress(Exception):
                    await relay.aclose()

    async def _deliver(self, ex: Exchange, msg: Message, link: UpstreamSession, send: Send,
                       session: Session | None) -> None:
        try:
            await self.route.deliver(ex, msg, link)
        except Denied as denied:
            deny = denied.deny
            await http.send_message(send, deny.http_status or 403, deny.to_error(None),
                                    list(deny.headers))
            return
        except UpstreamSessionLost:
            await self._session_lost(send, session)
            return
        except UpstreamError as exc:
            await http.send_message(send, 502, _upstream_error(self.route.name, exc, None))
            return
        await http.send_bytes(send, 202, b"", content_type=None)

    # -- GET / DELETE ----------------------------------------------------------------------------

    async def _get_or_delete(self, request: Request, principal: Principal, receive: Receive,
                             send: Send) -> None:
        version = request.header("mcp-protocol-version")
        if era_of_http_request(version) is Era.MODERN:
            await http.send_status(send, 405, f"{request.method} is not part of 2026-07-28",
                                   "method_not_allowed", [("allow", "POST")])
            return
        session = self._session(request, principal)
        if request.method == "DELETE":
            self.sessions.remove(session)
            await _link(session).close()
            await http.send_bytes(send, 200, b"", content_type=None)
            return
        if not request.accepts()[1]:
            raise ProtocolError(INVALID_REQUEST, "Accept must list text/event-stream",
                                reason="not_acceptable", http_status=406)
        ex = self._exchange(request, Era.LEGACY, session.protocol_version, principal, session)
        await self._listen(ex, session, receive, send)

    async def _listen(self, ex: Exchange, session: Session, receive: Receive, send: Send) -> None:
        watch = http.DisconnectWatch(receive)
        stream: AsyncGenerator[Message, None] | None = None
        try:
            stream = await self.route.listen(ex, _link(session))
            if stream is None:
                await http.send_status(send, 405, "The upstream offers no server stream",
                                       "method_not_allowed", [("allow", "POST, DELETE")])
                return
            await http.stream_sse(send, stream, None, None, self.keepalive)
        except UpstreamSessionLost:
            await self._session_lost(send, session)
        except UpstreamError as exc:
            await http.send_message(send, 502, _upstream_error(self.route.name, exc, None))
        except asyncio.CancelledError:
            if not watch.absorb():
                raise
        finally:
            watch.stop()
            if stream is not None:
                with contextlib.suppress(Exception):
                    await stream.aclose()

    async def _session_lost(self, send: Send, session: Session | None) -> None:
        """The upstream forgot the session: drop ours too, so the client re-initializes."""
        if session is not None:
            self.sessions.remove(session)
        await http.send_status(send, 404, "The upstream lost this session; initialize again",
                               "session_not_found")

    def _refused(self, request: Request, reason: str, message: str, status: int) -> None:
        """An HTTP request turned away before it became an MCP message (e.g. no valid token)."""
        if self.route.events.active:
            self.route.events.emit(Event(
                kind=events.HTTP, outcome=events.DENIED, reason=reason, message=message,
                upstream=self.route.name, client_address=request.client,
                transport="http", detail={"status": status, "method": request.method},
            ))

    def _exchange(self, request: Request, era: Era, version: str, principal: Principal,
                  session: Session | None) -> Exchange:
        return Exchange(
            upstream=self.route.name, era=era, transport="http", protocol_version=version,
            principal=principal,
            session_id=session.id if session else None, client_address=request.client,
            client_token=bearer_token(request.header("authorization")),
        )


def _reply_status(ex: Exchange, reply: Message) -> int:
    """200, except for errors that the upstream sent with a status, or that 2026-07-28 wants
    with one (a bridged legacy upstream reports them in-band)."""
    if reply.kind != "error":
        return 200
    if ex.upstream_status:
        return ex.upstream_status
    if ex.era is Era.MODERN:
        error = reply.obj.get("error")
        code = error.get("code") if isinstance(error, dict) else None
        return MODERN_HTTP_STATUS.get(code, 200) if isinstance(code, int) else 200
    return 200


def _link(session: Session) -> UpstreamSession:
    assert session.link is not None
    return session.link


async def _send_denial(send: Send, deny: Deny, msg: Message) -> None:
    await http.send_message(send, deny.http_status or 200, deny.to_error(msg.id),
                            list(deny.headers))


def _upstream_error(name: str, exc: UpstreamError, msg: Message | None) -> Message:
    return jsonrpc.error(
        msg.id if msg is not None else None, exc.code, f"Upstream '{name}': {exc.message}",
        {"reason": exc.reason, "upstream": name},
    )

