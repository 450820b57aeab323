"""Per-message size caps, per upstream, in both directions and on every transport.

The HTTP edge also caps whole request bodies before parsing; this guard caps each JSON-RPC
message, including those inside SSE streams and on stdio, where no HTTP limit applies.
"""

from __future__ import annotations

from typing import Any, ClassVar

import msgspec

from mcpwarden.config import Config, convert_section, parse_size
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard
from mcpwarden.wire.errors import INVALID_REQUEST
from mcpwarden.wire.jsonrpc import Message


class SizeSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    request_bytes: int | str = "1MiB"  # client → upstream, per message
    response_bytes: int | str = "16MiB"  # upstream → client, per message


class SizeGuard(Guard):
    name: ClassVar[str] = "size"

    def __init__(self, request_bytes: int, response_bytes: int) -> None:
        self.request_bytes = request_bytes
        self.response_bytes = response_bytes

    @classmethod
    def from_settings(cls, raw: dict[str, Any], key: str) -> SizeGuard:
        settings = convert_section(raw, SizeSettings, key)
        return cls(
            parse_size(settings.request_bytes, f"{key}.request_bytes"),
            parse_size(settings.response_bytes, f"{key}.response_bytes"),
        )

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> SizeGuard:
        return cls.from_settings(raw, key)

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        size = msg.size
        if size <= self.request_bytes:
            return PASS
        return Deny(
            reason="message_too_large",
            message=f"The message is {size} bytes; upstream '{ex.upstream}' accepts at most "
            f"{self.request_bytes} bytes per message (guards.size.request_bytes).",
            code=INVALID_REQUEST,
            http_status=413,
        )

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        size = msg.size
        if size <= self.response_bytes:
            return PASS
        return Deny(
            reason="response_too_large",
            message=f"Upstream '{ex.upstream}' sent a {size}-byte message; the gateway passes at "
            f"most {self.response_bytes} bytes per message (guards.size.response_bytes).",
        )
