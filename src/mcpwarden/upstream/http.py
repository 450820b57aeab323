"""Connector for an upstream MCP server over Streamable HTTP, of either era.

Same-era traffic is relayed: request bytes go out as they came (after the chain), JSON replies
and SSE events come back as bytes and are only envelope-decoded. Across eras the connector
bridges (see `bridge.py`). With `era: auto` the upstream's era is learnt from its first answer,
the way the spec's backward-compatibility section tells clients to probe.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import logging
from collections.abc import AsyncGenerator, Sequence
from typing import Any, Literal

import orjson

from mcpwarden.guards.base import Exchange
from mcpwarden.upstream import bridge
from mcpwarden.upstream.base import (
    Connector,
    UpstreamError,
    UpstreamSession,
    UpstreamSessionLost,
    UpstreamTimeout,
)
from mcpwarden.upstream.credentials import UpstreamCredentials
from mcpwarden.upstream.httpclient import (
    HttpClient,
    HttpClientError,
    HttpConnectError,
    HttpResponse,
    HttpTimeout,
)
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import LATEST_HANDSHAKE, LATEST_MODERN, Era
from mcpwarden.wire.errors import (
    HEADER_MISMATCH,
    METHOD_NOT_FOUND,
    MISSING_REQUIRED_CLIENT_CAPABILITY,
    UNSUPPORTED_PROTOCOL_VERSION,
    ProtocolError,
)
from mcpwarden.wire.headers import mirrored_headers
from mcpwarden.wire.jsonrpc import Message
from mcpwarden.wire.sse import SSEParser

log = logging.getLogger("mcpwarden.upstream.http")

JSON = "application/json"
EVENT_STREAM = "text/event-stream"
ACCEPT = "application/json, text/event-stream"
MODERN_ERROR_CODES = frozenset(
    {HEADER_MISMATCH, MISSING_REQUIRED_CLIENT_CAPABILITY, UNSUPPORTED_PROTOCOL_VERSION}
)
EraSetting = Literal["auto", "legacy", "modern"]


class HttpConnector(Connector):
    def __init__(
        self,
        name: str,
        url: str,
        *,
        era: EraSetting = "auto",
        connect_timeout: float = 5.0,
        max_connections: int = 64,
        credentials: UpstreamCredentials | None = None,
        max_message_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        self.name = name
        self.url = url
        self.client = HttpClient(
            url, max_connections=max_connections, connect_timeout=connect_timeout
        )
        # Bounds answers that should be immediate: notifications (202), GET heads, DELETE.
        self.short_timeout = max(2 * connect_timeout, 10.0)
        # Added to every upstream request; never anything of the client's own.
        self.credentials = credentials
        self.max_message_bytes = max_message_bytes
        # What the upstream speaks: None until learnt (era: auto), then True/False per era.
        self.speaks_legacy: bool | None = None if era == "auto" else era == "legacy"
        self.speaks_modern: bool | None = None if era == "auto" else era == "modern"
        self._bridged: dict[str, SharedLegacySession] = {}
        self._bridge_lock = asyncio.Lock()

    async def aclose(self) -> None:
        for shared in list(self._bridged.values()):
            await shared.close()
        self._bridged.clear()
        await self.client.aclose()
        if self.credentials is not None:
            await self.credentials.aclose()

    # -- plumbing shared by the sessions -------------------------------------------------------

    async def post(self, body: bytes, headers: Sequence[tuple[str, str]], ex: Exchange, *,
                   head_timeout: float | None = None) -> HttpResponse:
        """POST a message. `head_timeout` bounds the wait for the response head; requests pass None
        because a JSON-mode upstream answers only when done (the route's deadline applies)."""
        sent = [("content-type", JSON), ("accept", ACCEPT), *headers]
        if self.credentials is not None:
            sent += await self.credentials.headers(ex)
        return await self._send("POST", sent, body, head_timeout=head_timeout)

    def credential_context(self, ex: Exchange) -> Exchange | None:
        """What a session keeps of the exchange that opened it, to authenticate requests made
        without one (DELETE at close): the principal and, if credentials need it, its token."""
        if self.credentials is None:
            return None
        token = ex.client_token if self.credentials.dynamic else None
        return dataclasses.replace(ex, request=None, forward_headers=[], notes={},
                                   upstream_status=None, client_token=token)

    async def _send(self, method: str, headers: list[tuple[str, str]], body: bytes = b"", *,
                    head_timeout: float | None) -> HttpResponse:
        try:
            return await self.client.request(method, None, headers, body, timeout=head_timeout)
        except HttpTimeout:
            raise UpstreamTimeout("the upstream did not start answering in time") from None
        except HttpConnectError as exc:
            raise UpstreamError(f"cannot reach the upstream ({exc})", reason="upstream_unreachable"
                                ) from None
        except HttpClientError as exc:
            raise UpstreamError(f"the upstream broke the HTTP exchange ({exc})") from None

    async def messages(self, resp: HttpResponse, ex: Exchange, body: bytes | None = None
                       ) -> AsyncGenerator[Message, None]:
        """The JSON-RPC messages of a response (JSON or SSE), as they arrive.

        `body` is the already-read body when the caller had to look at it first.
        """
        if _one_message(resp, body):
            yield await self.single(resp, ex, body)
            return
        if resp.status == 202:
            return
        parser = SSEParser(max_event_bytes=self.max_message_bytes)
        try:
            async for chunk in resp.iter_chunks():
                for event in parser.feed(chunk):
                    if event.data.strip():
                        yield _upstream_message(event.data)
        except HttpClientError as exc:
            raise UpstreamError(f"the upstream stream broke off ({exc})",
                                reason="upstream_disconnected") from None

    async def single(self, resp: HttpResponse, ex: Exchange, body: bytes | None = None
                     ) -> Message:
        """The message of a response that is neither an event stream nor a 202 (see
        `_one_message`); callers use it directly to spare a generator on the common path."""
        content_type = _content_type(resp)
        if body is None:
            body = await self._read(resp)
        if content_type == JSON and body:
            msg = _upstream_message(body)
            if resp.status >= 400:
                ex.upstream_status = resp.status
            return msg
        raise UpstreamError(
            f"the upstream answered HTTP {resp.status} "
            f"({content_type or 'no content type'}) instead of an MCP message",
            reason="upstream_http_error",
        )

    async def _error_body(self, resp: HttpResponse) -> bytes | None:
        """The body of a 4xx answer (read now, so the era probe can look at it), else None."""
        if 400 <= resp.status < 500:
            return await self._read(resp)
        return None

    async def _read(self, resp: HttpResponse) -> bytes:
        try:
            return await resp.read(limit=self.max_message_bytes)
        except HttpClientError as exc:
            raise UpstreamError(f"could not read the upstream's answer ({exc})") from None

    async def call(self, msg: Message, headers: Sequence[tuple[str, str]], ex: Exchange,
                   *, session_id: str | None = None) -> AsyncGenerator[Message, None]:
        """POST a request and stream back what the upstream sends about it."""
        resp = await self.post(msg.raw, headers, ex)
        try:
            if resp.status == 404 and session_id is not None:
                raise UpstreamSessionLost("the upstream no longer knows this session")
            if _one_message(resp, None):
                yield await self.single(resp, ex)
                return
            async with contextlib.aclosing(self.messages(resp, ex)) as messages:
                async for out in messages:
                    yield out
        finally:
            await resp.aclose()

    # -- sessions --------------------------------------------------------------------------------

    async def open_session(self, init: Message, ex: Exchange) -> tuple[UpstreamSession, Message]:
        if self.speaks_legacy is False:
            return await ModernBridgeForLegacy.open(self, init, ex)
        resp = await self.post(init.raw, [], ex)
        try:
            body = await self._error_body(resp)
            if self.speaks_legacy is None and _looks_modern_only(resp.status, body):
                self.speaks_legacy = False
                log.info("upstream %s speaks only the modern era; bridging", self.name)
                return await ModernBridgeForLegacy.open(self, init, ex)
            reply = await bridge.collect_reply(self.messages(resp, ex, body))
            session_id = resp.header("mcp-session-id")
        finally:
            await resp.aclose()
        if reply.kind == "response":
            self.speaks_legacy = True
        version = _negotiated_version(reply)
        return LegacyHttpSession(self, session_id, version, self.credential_context(ex)), reply

    async def stateless(self, ex: Exchange) -> UpstreamSession:
        if self.speaks_modern is False:
            return await self.legacy_bridge(ex)
        return ModernHttpSession(self)

    async def legacy_bridge(self, ex: Exchange) -> UpstreamSession:
        """The shared legacy session that serves modern clients of this principal."""
        key = ex.principal.key
        shared = self._bridged.get(key)
        if shared is None or shared.lost:
            async with self._bridge_lock:
                shared = self._bridged.get(key)
                if shared is None or shared.lost:
                    shared = await open_legacy_for_modern(self, ex)
                    self._bridged[key] = shared
        return shared.facade


# -- legacy client, legacy upstream ---------------------------------------------------------------


class LegacyHttpSession(UpstreamSession):
    era = Era.LEGACY

    def __init__(self, connector: HttpConnector, session_id: str | None, version: str,
                 opener: Exchange | None) -> None:
        self.connector = connector
        self.session_id = session_id
        self.version = version
        self.opener = opener  # for the credentials at close; None when there are none

    def headers(self) -> list[tuple[str, str]]:
        headers = [("mcp-protocol-version", self.version)]
        if self.session_id:
            headers.append(("mcp-session-id", self.session_id))
        return headers

    def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        return self.connector.call(msg, self.headers(), ex, session_id=self.session_id)

    async def send(self, msg: Message, ex: Exchange) -> None:
        resp = await self.connector.post(msg.raw, self.headers(), ex,
                                         head_timeout=self.connector.short_timeout)
        try:
            if resp.status == 404 and self.session_id:
                raise UpstreamSessionLost("the upstream no longer knows this session")
            if resp.status >= 300:
                await self.connector._read(resp)
                raise UpstreamError(f"the upstream refused the message (HTTP {resp.status})",
                                    reason="upstream_rejected")
        finally:
            await resp.aclose()

    async def listen(self, ex: Exchange) -> AsyncGenerator[Message, None] | None:
        headers = [("accept", EVENT_STREAM), *self.headers()]
        if self.connector.credentials is not None:
            headers += await self.connector.credentials.headers(ex)
        resp = await self.connector._send("GET", headers, head_timeout=self.connector.short_timeout)
        if resp.status != 200:
            await resp.aclose()
            if resp.status == 404 and self.session_id:
                raise UpstreamSessionLost("the upstream no longer knows this session")
            return None
        return self._stream(resp, ex)

    async def _stream(self, resp: HttpResponse, ex: Exchange) -> AsyncGenerator[Message, None]:
        try:
            async with contextlib.aclosing(self.connector.messages(resp, ex)) as messages:
                async for out in messages:
                    yield out
        finally:
            await resp.aclose()

    async def close(self) -> None:
        if not self.session_id:
            return
        try:
            headers = self.headers()
            if self.connector.credentials is not None and self.opener is not None:
                headers += await self.connector.credentials.headers(self.opener)
            resp = await self.connector._send("DELETE", headers,
                                              head_timeout=self.connector.short_timeout)
            await resp.aclose()
        except UpstreamError as exc:
            log.debug("DELETE of upstream session failed: %s", exc)


# -- modern client, modern upstream ---------------------------------------------------------------


class ModernHttpSession(UpstreamSession):
    """Stateless relay. With era auto-detection, a legacy-only answer switches to the bridge."""

    era = Era.MODERN

    def __init__(self, connector: HttpConnector) -> None:
        self.connector = connector

    async def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        connector = self.connector
        headers = [*mirrored_headers(msg, ex.protocol_version), *ex.forward_headers]
        resp = await connector.post(msg.raw, headers, ex)
        try:
            body = await connector._error_body(resp)
            if connector.speaks_modern is None and _looks_legacy_only(resp.status, body):
                connector.speaks_modern = False
                log.info("upstream %s speaks only the legacy era; bridging", connector.name)
                await resp.aclose()
                bridged = await connector.legacy_bridge(ex)
                async for out in bridged.request(msg, ex):
                    yield out
                return
            if resp.status < 300:
                connector.speaks_modern = True
            if _one_message(resp, body):
                yield await connector.single(resp, ex, body)
                return
            async with contextlib.aclosing(connector.messages(resp, ex, body)) as messages:
                async for out in messages:
                    yield out
        finally:
            await resp.aclose()

    async def send(self, msg: Message, ex: Exchange) -> None:
        headers = mirrored_headers(msg, ex.protocol_version) if msg.method else []
        connector = self.connector
        resp = await connector.post(msg.raw, headers, ex, head_timeout=connector.short_timeout)
        await resp.aclose()


# -- legacy client, modern upstream ---------------------------------------------------------------


class ModernBridgeForLegacy(UpstreamSession):
    """A legacy client's session, served by a stateless modern upstream.

    The session remembers what the legacy wire said once and the modern wire wants every time:
    client capabilities and info, and the log level. It mirrors `x-mcp-header` arguments into
    `Mcp-Param-*` headers, which a legacy client does not send, and turns the client's
    `notifications/cancelled` into closing the request's stream, the modern cancellation.
    """

    era = Era.MODERN

    def __init__(self, connector: HttpConnector, capabilities: dict[str, Any],
                 client_info: dict[str, Any]) -> None:
        self.connector = connector
        self.capabilities = capabilities
        self.client_info = client_info
        self.log_level: str | None = None
        self.tools = bridge.ToolHeaderRules()
        self._ids = itertools.count(1)
        self._inflight: dict[Any, HttpResponse] = {}

    @classmethod
    async def open(cls, connector: HttpConnector, init: Message, ex: Exchange
                   ) -> tuple[UpstreamSession, Message]:
        params = init.params
        session = cls(connector, _object(params.get("capabilities")),
                      _object(params.get("clientInfo")))
        reply_id = init.id if init.id is not None else 0
        reply = await bridge.collect_reply(session._modern("server/discover", {}, ex))
        if reply.kind != "response" or not isinstance(reply.result, dict):
            return session, reply.replace(id=reply_id)
        result = bridge.initialize_result_from_discover(reply.result,
                                                        params.get("protocolVersion"))
        return session, jsonrpc.result(reply_id, result)

    def _modern(self, method: str, params: dict[str, Any], ex: Exchange
                ) -> AsyncGenerator[Message, None]:
        """A request of the gateway's own to the upstream (discovery, tool listing)."""
        msg = jsonrpc.request(f"mcpw-{next(self._ids)}", method, self._params(params))
        return self._call(msg, [], ex)

    def _params(self, params: dict[str, Any]) -> dict[str, Any]:
        return bridge.modern_params(params, self.capabilities, self.client_info, self.log_level)

    async def _call(self, msg: Message, extra: list[tuple[str, str]], ex: Exchange
                    ) -> AsyncGenerator[Message, None]:
        resp = await self.connector.post(msg.raw, [*mirrored_headers(msg, LATEST_MODERN), *extra],
                                         ex)
        if msg.id is not None:
            self._inflight[msg.id] = resp
        try:
            async with contextlib.aclosing(self.connector.messages(resp, ex)) as messages:
                async for out in messages:
                    yield out
        finally:
            self._inflight.pop(msg.id, None)
            await resp.aclose()

    async def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        method = msg.method or ""
        if method == "logging/setLevel" and isinstance(msg.params.get("level"), str):
            self.log_level = msg.params["level"]
        if method in bridge.LEGACY_LOCAL:
            yield jsonrpc.result(msg.id if msg.id is not None else 0, {})
            return
        if method in bridge.LEGACY_UNBRIDGED:
            yield _unbridged(msg, f"'{method}' has no equivalent on this modern upstream")
            return
        extra = await self._param_headers(msg, ex) if method == "tools/call" else []
        modern = msg.replace(params=self._params(msg.params))
        async for out in self._call(modern, extra, ex):
            if out.is_reply and bridge.is_input_required(out):
                yield _unbridged(msg, "the upstream asked for client input (MRTR), which the "
                                      "gateway does not yet relay to legacy clients")
                return
            if out.is_reply and method == "tools/list" and out.kind == "response":
                self.tools.learn(out.result)
            yield out

    async def _param_headers(self, msg: Message, ex: Exchange) -> list[tuple[str, str]]:
        async def page(cursor: str | None) -> dict[str, Any]:
            reply = await bridge.collect_reply(
                self._modern("tools/list", {"cursor": cursor} if cursor else {}, ex))
            return _object(reply.result) if reply.kind == "response" else {}

        rules = await self.tools.rules_for(msg.params.get("name"), page)
        return rules.headers_for(_object(msg.params.get("arguments"))) if rules else []

    async def send(self, msg: Message, ex: Exchange) -> None:
        """Client notifications have no modern equivalent over HTTP, except cancellation:
        closing the request's stream is how 2026-07-28 cancels."""
        if msg.method == "notifications/cancelled":
            resp = self._inflight.pop(msg.params.get("requestId"), None)
            if resp is not None:
                await resp.aclose()


# -- modern client, legacy upstream ---------------------------------------------------------------


async def open_legacy_for_modern(connector: HttpConnector, ex: Exchange) -> SharedLegacySession:
    """A legacy upstream session opened by the gateway itself, shared by one principal's modern
    exchanges (no client capabilities: server-to-client requests cannot cross the bridge)."""
    init = jsonrpc.request(0, "initialize", {
        "protocolVersion": LATEST_HANDSHAKE,
        "capabilities": {},
        "clientInfo": bridge.GATEWAY_CLIENT_INFO,
    })
    resp = await connector.post(init.raw, [], ex)
    try:
        reply = await bridge.collect_reply(connector.messages(resp, ex))
        session_id = resp.header("mcp-session-id")
    finally:
        await resp.aclose()
    if reply.kind != "response" or not isinstance(reply.result, dict):
        raise UpstreamError("the upstream refused the gateway's initialize",
                            reason="upstream_initialize_failed")
    link = SharedLegacySession(connector, session_id, _negotiated_version(reply), reply.result,
                               connector.credential_context(ex))
    await link.send(jsonrpc.notification("notifications/initialized"), ex)
    return link


class SharedLegacySession(LegacyHttpSession):
    """The legacy session behind the modern facade; marks itself lost when the upstream forgets
    it, so that the next exchange opens a new one."""

    def __init__(self, connector: HttpConnector, session_id: str | None, version: str,
                 init_result: dict[str, Any], opener: Exchange | None) -> None:
        super().__init__(connector, session_id, version, opener)
        self.init_result = init_result
        self.lost = False
        self.facade = bridge.ModernFacade(self, self._result, remap_ids=True)

    async def _result(self) -> dict[str, Any]:
        return self.init_result

    async def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        try:
            async for out in super().request(msg, ex):
                yield out
        except UpstreamSessionLost:
            self.lost = True
            raise UpstreamError("the upstream restarted its session; retry the request",
                                reason="upstream_session_lost") from None

    async def send(self, msg: Message, ex: Exchange) -> None:
        if msg.is_notification and msg.method != "notifications/initialized":
            return  # modern clients' notifications have no meaning on the shared session
        await super().send(msg, ex)


# -- helpers --------------------------------------------------------------------------------------


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _content_type(resp: HttpResponse) -> str:
    return (resp.header("content-type") or "").split(";")[0].strip().lower()


def _one_message(resp: HttpResponse, body: bytes | None) -> bool:
    """True when the response carries one message (or an error), not a stream and not a 202."""
    if resp.status == 202:
        return False
    return body is not None or resp.status != 200 or _content_type(resp) != EVENT_STREAM


def _upstream_message(raw: bytes) -> Message:
    try:
        return Message.from_upstream(raw)
    except ProtocolError as exc:
        raise UpstreamError(exc.message, reason="upstream_invalid_message") from None


def _negotiated_version(reply: Message) -> str:
    result = reply.result if reply.kind == "response" else None
    version = result.get("protocolVersion") if isinstance(result, dict) else None
    return version if isinstance(version, str) else LATEST_HANDSHAKE


def _unbridged(msg: Message, why: str) -> Message:
    return jsonrpc.error(msg.id, METHOD_NOT_FOUND, f"Not available across protocol eras: {why}.",
                         {"reason": "era_not_bridged"})


def _error_code(body: bytes | None) -> int | None:
    if not body:
        return None
    try:
        obj = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    error = obj.get("error") if isinstance(obj, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, int) else None


def _looks_modern_only(status: int, body: bytes | None) -> bool:
    """An `initialize` answered the way a modern-only server answers unknown methods."""
    if status not in (400, 404):
        return False
    code = _error_code(body)
    return code == METHOD_NOT_FOUND or code in MODERN_ERROR_CODES


def _looks_legacy_only(status: int, body: bytes | None) -> bool:
    """Spec fallback rule: a 4xx without a recognised modern JSON-RPC error means legacy."""
    if status == 405:
        return True
    if status not in (400, 404):
        return False
    code = _error_code(body)
    if status == 404:
        return code != METHOD_NOT_FOUND
    return code not in MODERN_ERROR_CODES
