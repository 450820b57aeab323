"""What the proxy core needs from an upstream connector.

A connector delivers messages to one configured upstream and brings back what it sends. It hides
how: an HTTP upstream of either era, or a local process over stdio. It also hides era bridging:
a legacy client may use a modern upstream and the other way round, and the connector translates.

Two ways in, one per client era:

- `open_session(init, ex)` — a legacy client sent `initialize`. The connector establishes (or
  bridges to) an upstream session and returns it with the reply to the `initialize` request.
- `stateless(ex)` — a modern client sent a request. The connector returns a session object good
  for this one exchange (it may be shared, e.g. one bridged legacy session per principal).

Errors: a connector raises `UpstreamError` (subclasses for timeouts and unavailability). The
proxy core turns these into JSON-RPC errors for the client; they never escape to a front.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator

from mcpwarden.guards.base import Exchange
from mcpwarden.wire.eras import Era
from mcpwarden.wire.errors import UPSTREAM_ERROR, UPSTREAM_TIMEOUT
from mcpwarden.wire.jsonrpc import Message


class UpstreamError(Exception):
    """The upstream failed in a way the client should hear about (message is client-safe)."""

    code = UPSTREAM_ERROR
    reason = "upstream_error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if reason:
            self.reason = reason


class UpstreamTimeout(UpstreamError):
    code = UPSTREAM_TIMEOUT
    reason = "upstream_timeout"


class UpstreamSessionLost(UpstreamError):
    """The upstream no longer knows the session (it expired or restarted without state).

    Legacy HTTP fronts answer 404 so that the client re-initializes, as the spec prescribes.
    """

    reason = "upstream_session_lost"


class UpstreamSession(ABC):
    """One logical session with the upstream, as the proxy core uses it.

    `request` yields, in order, every message the upstream sends about the request —
    notifications (progress, logging), server-initiated requests (sampling, elicitation, roots)
    and finally the reply (a response or an error), after which iteration ends. Closing the
    iterator early (client went away) cancels the request upstream.
    """

    era: Era  # the era spoken to the upstream

    @abstractmethod
    def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]: ...

    @abstractmethod
    async def send(self, msg: Message, ex: Exchange) -> None:
        """Deliver a client notification, or the client's reply to a server-initiated request."""

    async def listen(self, ex: Exchange) -> AsyncGenerator[Message, None] | None:
        """Open the stream of unsolicited upstream messages (the legacy GET stream).

        Returns None when the upstream offers none (the front then answers 405). Closing the
        returned iterator closes the stream.
        """
        return None

    async def close(self) -> None:
        """End the session (legacy DELETE, expiry). Must not raise."""
        return None


class Connector(ABC):
    """One configured upstream."""

    name: str

    @abstractmethod
    async def open_session(self, init: Message, ex: Exchange) -> tuple[UpstreamSession, Message]:
        """Handle a legacy client's `initialize`: return the session and the reply to send."""

    @abstractmethod
    async def stateless(self, ex: Exchange) -> UpstreamSession:
        """A session usable by one modern (stateless) exchange."""

    async def start(self) -> None:
        """Called once when the gateway starts (open pools, nothing that may block long)."""
        return None

    async def aclose(self) -> None:
        """Stop processes and close connections. Must not raise."""
        return None
