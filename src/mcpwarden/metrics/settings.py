"""The `metrics:` section of the config."""

from __future__ import annotations

import re

import msgspec

_PATH = re.compile(r"/[A-Za-z0-9._~/-]*")


class MetricsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Whether `/metrics` is served, and who may read it.

    - `enabled`: serve Prometheus metrics at `path` and count events (default true).
    - `path`: where they are served (default `/metrics`; must not be under `/mcp/`).
    - `listen`: `HOST:PORT` to serve them on a port of their own instead of the gateway's.
    - `token`: a secret reference (`env:NAME` or `file:/path`). When set, a scrape must send
      `Authorization: Bearer <token>`; when unset, only loopback clients may scrape.
    - `tool_labels`: also count `tools/call` per tool name (off by default: tool names come from
      clients and upstreams, so they are capped at `max_tool_labels` distinct values, the rest
      counted as `other`).
    """

    enabled: bool = True
    path: str = "/metrics"
    listen: str | None = None
    token: str | None = None
    tool_labels: bool = False
    max_tool_labels: int = 100

    def __post_init__(self) -> None:
        if not _PATH.fullmatch(self.path) or self.path.startswith("/mcp/"):
            raise ValueError(f"path: {self.path!r} must be an absolute path outside /mcp/")
        if self.listen is not None:
            host, sep, port = self.listen.rpartition(":")
            if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError(f"listen: {self.listen!r} must be HOST:PORT, "
                                 "e.g. 127.0.0.1:9464")
        if self.token is not None:
            kind, _, target = self.token.partition(":")
            if kind not in ("env", "file") or not target:
                raise ValueError("token: secrets are never written inline; "
                                 "use env:VARIABLE or file:/path/to/secret")
        if not 1 <= self.max_tool_labels <= 10_000:
            raise ValueError("max_tool_labels: must be between 1 and 10000")
