"""Protocol revisions and the two eras of the wire.

Legacy (≤ 2025-11-25): an `initialize` handshake, optional `Mcp-Session-Id` sessions, GET streams,
server-to-client requests. Modern (2026-07-28): stateless, `_meta` on every request,
`server/discover`, `Mcp-Method`/`Mcp-Name` headers, `requestState`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final


class Era(StrEnum):
    LEGACY = "legacy"
    MODERN = "modern"


HANDSHAKE_VERSIONS: Final = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
MODERN_VERSIONS: Final = ("2026-07-28",)
LATEST_HANDSHAKE: Final = HANDSHAKE_VERSIONS[-1]
LATEST_MODERN: Final = MODERN_VERSIONS[-1]
ALL_VERSIONS: Final = HANDSHAKE_VERSIONS + MODERN_VERSIONS
# T25: a legacy request without MCP-Protocol-Version is taken to be 2025-03-26.
DEFAULT_LEGACY_VERSION: Final = "2025-03-26"

META_PROTOCOL_VERSION: Final = "io.modelcontextprotocol/protocolVersion"
META_CLIENT_CAPABILITIES: Final = "io.modelcontextprotocol/clientCapabilities"
META_CLIENT_INFO: Final = "io.modelcontextprotocol/clientInfo"
META_SERVER_INFO: Final = "io.modelcontextprotocol/serverInfo"

# Methods that only exist on the legacy wire; a modern endpoint answers 404 -32601 for them.
LEGACY_ONLY_METHODS: Final = frozenset(
    {"initialize", "ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"}
)
LEGACY_ONLY_NOTIFICATIONS: Final = frozenset({"notifications/initialized"})


def era_of_version(version: str) -> Era | None:
    if version in MODERN_VERSIONS:
        return Era.MODERN
    if version in HANDSHAKE_VERSIONS:
        return Era.LEGACY
    return None


def era_of_http_request(protocol_header: str | None) -> Era:
    """Pick the era of an HTTP request the way the reference SDK does (V26).

    No `MCP-Protocol-Version` header or a handshake version: legacy. Anything else, including
    unknown versions (which the modern path rejects with -32022): modern.
    """
    if protocol_header is None or protocol_header in HANDSHAKE_VERSIONS:
        return Era.LEGACY
    return Era.MODERN


def negotiate_handshake_version(requested: Any) -> str:
    """L25 version negotiation: echo a supported version, otherwise offer the latest."""
    if isinstance(requested, str) and requested in HANDSHAKE_VERSIONS:
        return requested
    return LATEST_HANDSHAKE


def request_meta(params: dict[str, Any]) -> dict[str, Any]:
    meta = params.get("_meta")
    return meta if isinstance(meta, dict) else {}
