"""Connection-level protection that has to live in the HTTP server itself (uvicorn).

- `max_concurrent` → uvicorn's `limit_concurrency`: beyond it, new work gets 503.
- `header_timeout`: uvicorn with httptools has no timer for a request's headers (its keep-alive
  timer runs only between requests), so a client trickling headers (slowloris), or connecting
  and sending nothing, would hold a connection for ever. This protocol closes a connection
  whose request headers are not complete within `header_timeout` seconds of the connection or
  of the request's first byte.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from mcpwarden.config import Config
from mcpwarden.limits.plan import compile_plan

log = logging.getLogger("mcpwarden.limits")


class HeaderTimeoutProtocol(HttpToolsProtocol):
    header_timeout: float = 10.0
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm_header_timer()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._header_timer is None:
            self._arm_header_timer()

    def on_headers_complete(self) -> None:
        self._disarm_header_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        log.info("closing a connection from %s: no complete request headers within %g s",
                 self.client, self.header_timeout)
        self.transport.close()


def http_protocol(config: Config) -> str | type[asyncio.Protocol]:
    """What uvicorn's `http=` should be: httptools, with a header timer when configured."""
    timeout = _plan_value(config, "header_timeout")
    if timeout is None:
        return "httptools"
    return type("HeaderTimeoutProtocol", (HeaderTimeoutProtocol,), {"header_timeout": timeout})


def max_connections(config: Config) -> int | None:
    """uvicorn's `limit_concurrency` (connections and tasks at once; 503 beyond)."""
    value = _plan_value(config, "max_concurrent")
    return int(value) if value is not None else None


def _plan_value(config: Config, name: str) -> float | None:
    if config.limits is None:
        return None
    value: float | None = getattr(compile_plan(config.limits), name)
    return value
