"""JSON-RPC and MCP error codes, and the exception that carries a protocol-level rejection."""

from __future__ import annotations

from typing import Any

# JSON-RPC 2.0
PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603

# MCP 2026-07-28 (the -32020..-32099 sub-range is reserved for the specification)
HEADER_MISMATCH = -32020
MISSING_REQUIRED_CLIENT_CAPABILITY = -32021
UNSUPPORTED_PROTOCOL_VERSION = -32022

# mcpwarden's own codes. The spec asks new codes to live outside -32768..-32000.
DENIED = -31001  # a guard refused the message; data.reason says which rule
UPSTREAM_ERROR = -31002  # the upstream failed (crashed, garbage, refused the connection)
UPSTREAM_TIMEOUT = -31003  # the upstream did not answer in time
GATEWAY_UNAVAILABLE = -31004  # the gateway could not make a check and failed closed


# 2026-07-28 carries these errors with an HTTP status (SH26, B26), even when they were raised
# deep inside a server; a reply that arrives in-band (from a legacy upstream) gets it here.
MODERN_HTTP_STATUS = {
    METHOD_NOT_FOUND: 404,
    HEADER_MISMATCH: 400,
    MISSING_REQUIRED_CLIENT_CAPABILITY: 400,
    UNSUPPORTED_PROTOCOL_VERSION: 400,
}


class ProtocolError(Exception):
    """A message or HTTP request the gateway rejects before it reaches any guard or upstream.

    `reason` is the stable, machine-readable reason code; `message` is for humans.
    `http_status` is what an HTTP front answers with.
    """

    def __init__(
        self,
        code: int,
        message: str,
        *,
        reason: str,
        http_status: int = 400,
        data: dict[str, Any] | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason
        self.http_status = http_status
        self.data = data
        self.headers = headers or []

    def error_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"reason": self.reason}
        if self.data:
            data.update(self.data)
        return data
