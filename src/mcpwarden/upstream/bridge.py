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

import itertools
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Final

from mcpwarden import __version__
from mcpwarden.guards.base import Exchange
from mcpwarden.upstream.base import UpstreamSession
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
)
from mcpwarden.wire.errors import METHOD_NOT_FOUND
from mcpwarden.wire.jsonrpc import Message, RequestId

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
    """What a modern client expects from `server/discover`, built from a legacy handshake."""
    result: dict[str, Any] = {
        "resultType": "complete",
        "supportedVersions": list(MODERN_VERSIONS),
        "capabilities": init.get("capabilities") if isinstance(init.get("capabilities"), dict)
        else {},
        "ttlMs": DISCOVER_TTL_MS,
        "cacheScope": "private",
    }
    server_info = init.get("serverInfo")
    if isinstance(server_info, dict):
        result["_meta"] = {META_SERVER_INFO: server_info}
    if isinstance(init.get("instructions"), str):
        result["instructions"] = init["instructions"]
    return result


def modern_params(
    params: dict[str, Any], client_capabilities: dict[str, Any], client_info: dict[str, Any]
) -> dict[str, Any]:
    """Legacy request params with the per-request `_meta` a modern upstream requires."""
    meta = dict(params.get("_meta") or {})
    meta[META_PROTOCOL_VERSION] = LATEST_MODERN
    meta[META_CLIENT_CAPABILITIES] = client_capabilities
    meta.setdefault(META_CLIENT_INFO, client_info or GATEWAY_CLIENT_INFO)
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
        self._ids = itertools.count(1) if remap_ids else None

    async def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        if msg.method == "server/discover":
            result = discover_result_from_initialize(await self._init_result())
            yield jsonrpc.result(msg.id if msg.id is not None else 0, result)
            return
        fields: dict[str, Any] = {"params": legacy_params(msg.params)}
        if self._ids is not None:
            fields["id"] = f"mcpw-{next(self._ids)}"
        async for out in self.link.request(msg.replace(**fields), ex):
            if out.is_reply:
                yield as_modern_reply(out, msg.id, msg.method)
                return
            if out.is_request and out.id is not None:
                await self.link.send(jsonrpc.error(
                    out.id, METHOD_NOT_FOUND,
                    "The client speaks 2026-07-28 through mcpwarden and cannot receive "
                    "server-to-client requests", {"reason": "era_not_bridged"}), ex)
                continue
            yield out

    async def send(self, msg: Message, ex: Exchange) -> None:
        await self.link.send(msg, ex)

    async def close(self) -> None:
        await self.link.close()
