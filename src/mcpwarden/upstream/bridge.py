"""Translations between the legacy and modern eras.

What is bridged: the handshake (`initialize` ⇄ `server/discover`), and requests for tools,
resources, prompts and completion, with the per-request `_meta` added or removed.

What is not bridged (answered with a clear error or handled locally, see `LEGACY_LOCAL`):
- modern `InputRequiredResult` (MRTR) to a legacy client: the client would need server-to-client
  requests the gateway does not synthesise yet;
- legacy server-to-client requests (sampling, elicitation, roots) to a modern client: a bridged
  legacy upstream is initialised with no client capabilities, so it must not send them;
- legacy `resources/subscribe` against a modern upstream (modern uses `subscriptions/listen`);
- legacy `logging/setLevel` against a modern upstream is acknowledged but has no effect.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Final

from mcpwarden import __version__
from mcpwarden.guards.base import Exchange
from mcpwarden.upstream.base import UpstreamError, UpstreamSession
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import (
    LATEST_MODERN,
    META_CLIENT_CAPABILITIES,
    META_CLIENT_INFO,
    META_PROTOCOL_VERSION,
    META_SERVER_INFO,
    MODERN_VERSIONS,
    Era,
    negotiate_handshake_version,
    request_meta,
)
from mcpwarden.wire.errors import METHOD_NOT_FOUND
from mcpwarden.wire.headers import ParamHeaderRules
from mcpwarden.wire.jsonrpc import Message, RequestId

META_LOG_LEVEL: Final = "io.modelcontextprotocol/logLevel"
MAX_TOOL_PAGES: Final = 50
GATEWAY_CLIENT_INFO: Final = {"name": "mcpwarden", "version": __version__}
MODERN_META_KEYS: Final = (META_PROTOCOL_VERSION, META_CLIENT_CAPABILITIES, META_CLIENT_INFO)
# Legacy methods a bridged (modern) upstream cannot serve, answered by the gateway itself.
LEGACY_LOCAL: Final = frozenset({"ping", "logging/setLevel"})
LEGACY_UNBRIDGED: Final = frozenset({"resources/subscribe", "resources/unsubscribe"})
DISCOVER_TTL_MS: Final = 60_000
CACHEABLE_METHODS: Final = frozenset({"server/discover", "tools/list", "prompts/list",
                                      "resources/list", "resources/templates/list",
                                      "resources/read"})


def initialize_result_from_discover(discover: dict[str, Any], requested: Any) -> dict[str, Any]:
    """What a legacy client expects from `initialize`, built from a modern `server/discover`."""
    meta = discover.get("_meta") if isinstance(discover.get("_meta"), dict) else {}
    server_info = meta.get(META_SERVER_INFO) if isinstance(meta, dict) else None
    result: dict[str, Any] = {
        "protocolVersion": negotiate_handshake_version(requested),
        "capabilities": _legacy_capabilities(discover.get("capabilities")),
        "serverInfo": server_info if isinstance(server_info, dict) else {"name": "upstream",
                                                                          "version": "unknown"},
    }
    if isinstance(discover.get("instructions"), str):
        result["instructions"] = discover["instructions"]
    return result


def _legacy_capabilities(capabilities: Any) -> dict[str, Any]:
    """Modern capabilities minus what cannot cross the bridge (resource subscriptions)."""
    if not isinstance(capabilities, dict):
        return {}
    legacy = dict(capabilities)
    resources = legacy.get("resources")
    if isinstance(resources, dict) and resources.get("subscribe"):
        legacy["resources"] = {k: v for k, v in resources.items() if k != "subscribe"}
    return legacy


def discover_result_from_initialize(init: dict[str, Any]) -> dict[str, Any]:
    """What a modern client expects from `server/discover`, built from a legacy handshake.

    Change notifications (`listChanged`, resource `subscribe`) are not offered: on 2026-07-28
    they need `subscriptions/listen`, which the bridge does not provide.
    """
    result: dict[str, Any] = {
        "resultType": "complete",
        "supportedVersions": list(MODERN_VERSIONS),
        "capabilities": _without_change_notifications(init.get("capabilities")),
        "ttlMs": DISCOVER_TTL_MS,
        "cacheScope": "private",
    }
    server_info = init.get("serverInfo")
    if isinstance(server_info, dict):
        result["_meta"] = {META_SERVER_INFO: server_info}
    if isinstance(init.get("instructions"), str):
        result["instructions"] = init["instructions"]
    return result


def _without_change_notifications(capabilities: Any) -> dict[str, Any]:
    if not isinstance(capabilities, dict):
        return {}
    trimmed: dict[str, Any] = {}
    for name, value in capabilities.items():
        if isinstance(value, dict) and name in ("tools", "prompts", "resources"):
            value = {k: v for k, v in value.items() if k not in ("listChanged", "subscribe")}
        trimmed[name] = value
    return trimmed


LOG_SEVERITY: Final = {level: rank for rank, level in enumerate(
    ("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"))}


def log_allowed(notification: Message, opted_in: Any) -> bool:
    """2026-07-28 sends `notifications/message` only to requests that opted in with a
    `logLevel` in `_meta`, at or above that level (a legacy upstream sends them regardless)."""
    if notification.method != "notifications/message":
        return True
    if opted_in not in LOG_SEVERITY:
        return False
    level = notification.params.get("level")
    rank = LOG_SEVERITY.get(level, len(LOG_SEVERITY)) if isinstance(level, str) else 0
    return rank >= LOG_SEVERITY[opted_in]


def modern_params(
    params: dict[str, Any], client_capabilities: dict[str, Any], client_info: dict[str, Any],
    log_level: str | None = None,
) -> dict[str, Any]:
    """Legacy request params with the per-request `_meta` a modern upstream requires (and the
    log-level opt-in that replaces the legacy `logging/setLevel`)."""
    meta = dict(params.get("_meta") or {})
    meta[META_PROTOCOL_VERSION] = LATEST_MODERN
    meta[META_CLIENT_CAPABILITIES] = client_capabilities
    meta.setdefault(META_CLIENT_INFO, client_info or GATEWAY_CLIENT_INFO)
    if log_level is not None:
        meta.setdefault(META_LOG_LEVEL, log_level)
    return {**params, "_meta": meta}


def legacy_params(params: dict[str, Any]) -> dict[str, Any]:
    """Modern request params without the modern-only `_meta` keys."""
    meta = params.get("_meta")
    if not isinstance(meta, dict) or not any(k in meta for k in MODERN_META_KEYS):
        return params
    rest = {k: v for k, v in meta.items() if k not in MODERN_META_KEYS}
    trimmed = {k: v for k, v in params.items() if k != "_meta"}
    if rest:
        trimmed["_meta"] = rest
    return trimmed


def as_modern_reply(reply: Message, client_id: RequestId | None, method: str | None) -> Message:
    """A legacy upstream's reply for a modern client: its id, `resultType`, and for cacheable
    methods the caching hints 2026-07-28 requires (stale at once, private: the bridged session
    belongs to one principal)."""
    if reply.kind != "response":
        return reply.replace(id=client_id)
    result = dict(reply.result) if isinstance(reply.result, dict) else {}
    result.setdefault("resultType", "complete")
    if method in CACHEABLE_METHODS:
        result.setdefault("ttlMs", 0)
        result.setdefault("cacheScope", "private")
    return reply.replace(id=client_id, result=result)


def is_input_required(reply: Message) -> bool:
    return reply.kind == "response" and isinstance(reply.result, dict) and (
        reply.result.get("resultType") == "input_required"
    )


ToolPages = Callable[[str | None], Awaitable[dict[str, Any]]]


class ToolHeaderRules:
    """The `x-mcp-header` rules of an upstream's tools, for whichever side of a bridge must
    produce or check `Mcp-Param-*` headers because the other side cannot.

    Learnt from every `tools/list` result that passes; a call to a tool not seen yet makes the
    bridge list the tools itself (`fetch`, one page per call).
    """

    def __init__(self) -> None:
        self._rules: dict[str, ParamHeaderRules] = {}

    def learn(self, result: Any) -> None:
        tools = result.get("tools") if isinstance(result, dict) else None
        for tool in tools if isinstance(tools, list) else ():
            if isinstance(tool, dict) and isinstance(tool.get("name"), str):
                schema = tool.get("inputSchema")
                self._rules[tool["name"]] = ParamHeaderRules(
                    schema if isinstance(schema, dict) else None)

    async def rules_for(self, name: Any, fetch: ToolPages) -> ParamHeaderRules | None:
        if not isinstance(name, str):
            return None
        if name not in self._rules:
            cursor: str | None = None
            for _ in range(MAX_TOOL_PAGES):
                page = await fetch(cursor)
                self.learn(page)
                next_cursor = page.get("nextCursor")
                if name in self._rules or not isinstance(next_cursor, str):
                    break
                cursor = next_cursor
        return self._rules.get(name)


async def collect_reply(messages: AsyncGenerator[Message, None]) -> Message:
    """The reply among an exchange's messages (notifications are dropped)."""
    async with contextlib.aclosing(messages) as stream:
        async for msg in stream:
            if msg.is_reply:
                return msg
    raise UpstreamError("the upstream ended the exchange without answering",
                        reason="upstream_no_reply")


class ModernFacade(UpstreamSession):
    """Serves modern (2026-07-28) exchanges from a legacy upstream session.

    `server/discover` is answered from the legacy handshake; requests lose the modern `_meta`
    keys, replies gain `resultType` and caching hints. Server-to-client requests cannot reach a
    modern client, so they are refused upstream. With `remap_ids`, each request gets a fresh
    upstream id (needed when the legacy session is shared and the link does not remap itself).
    """

    era = Era.LEGACY

    def __init__(self, link: UpstreamSession,
                 init_result: Callable[[], Awaitable[dict[str, Any]]], *,
                 remap_ids: bool) -> None:
        self.link = link
        self._init_result = init_result
        self._ids = itertools.count(1)
        self._remap_ids = remap_ids
        self.tools = ToolHeaderRules()

    async def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        if msg.method == "server/discover":
            result = discover_result_from_initialize(await self._init_result())
            yield jsonrpc.result(msg.id if msg.id is not None else 0, result)
            return
        if msg.method == "tools/call":
            await self._check_param_headers(msg, ex)
        fields: dict[str, Any] = {"params": legacy_params(msg.params)}
        if self._remap_ids:
            fields["id"] = f"mcpw-{next(self._ids)}"
        log_level = request_meta(msg.params).get(META_LOG_LEVEL)
        async for out in self.link.request(msg.replace(**fields), ex):
            if out.is_notification and not log_allowed(out, log_level):
                continue
            if out.is_reply:
                if msg.method == "tools/list" and out.kind == "response":
                    self.tools.learn(out.result)
                yield as_modern_reply(out, msg.id, msg.method)
                return
            if out.is_request and out.id is not None:
                await self.link.send(jsonrpc.error(
                    out.id, METHOD_NOT_FOUND,
                    "The client speaks 2026-07-28 through mcpwarden and cannot receive "
                    "server-to-client requests", {"reason": "era_not_bridged"}), ex)
                continue
            yield out

    async def _check_param_headers(self, msg: Message, ex: Exchange) -> None:
        """The legacy upstream ignores `Mcp-Param-*` headers, so the gateway, the one server
        here that reads the body, must hold them to the arguments (SH26 §Server Validation)."""
        async def page(cursor: str | None) -> dict[str, Any]:
            params = {"cursor": cursor} if cursor else {}
            listing = jsonrpc.request(f"mcpw-tools-{next(self._ids)}", "tools/list", params)
            reply = await collect_reply(self.link.request(listing, ex))
            return reply.result if reply.kind == "response" and isinstance(reply.result,
                                                                           dict) else {}

        rules = await self.tools.rules_for(msg.params.get("name"), page)
        arguments = msg.params.get("arguments")
        if rules:
            rules.validate(dict(ex.forward_headers),
                           arguments if isinstance(arguments, dict) else {})

    async def send(self, msg: Message, ex: Exchange) -> None:
        await self.link.send(msg, ex)

    async def close(self) -> None:
        await self.link.close()
