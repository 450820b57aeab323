"""The guard interface: what a guard sees, and what it may decide."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.errors import DENIED
from mcpwarden.wire.jsonrpc import Message, RequestId


@dataclass(slots=True)
class Exchange:
    """Context of one client message and everything that comes back for it.

    `request` is the client request an outbound message belongs to (None for unsolicited
    upstream messages such as those on a legacy GET stream). `notes` is scratch space that guards
    may use to pass facts along one exchange (e.g. from the request side to the response side).
    """

    upstream: str
    era: Era
    transport: str  # "http" or "stdio"
    protocol_version: str
    principal: Principal = ANONYMOUS
    session_id: str | None = None
    request: Message | None = None
    client_address: str | None = None
    # Mcp-Param-* and other mirrored headers an HTTP client sent, forwarded untouched (T-14).
    forward_headers: list[tuple[str, str]] = field(default_factory=list)
    # The client's own bearer token: only for exchanging it upstream (RFC 8693); never forwarded.
    client_token: str | None = field(default=None, repr=False)
    # HTTP status an HTTP upstream gave its JSON-RPC error reply (e.g. 400 -32021), mirrored.
    upstream_status: int | None = None
    # Seconds this one request may take, when a guard sets a tighter bound than the upstream's.
    timeout: float | None = None
    # Called once when the request is over, however it ended (e.g. to release a concurrency slot).
    finalizers: list[Callable[[], None]] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    def finding(self, guard: str, reason: str, **detail: Any) -> None:
        """Record what a guard found, for the audit event of this request. Never raw values."""
        self.notes.setdefault("findings", []).append({"guard": guard, "reason": reason, **detail})

    def finish(self) -> None:
        finalizers, self.finalizers = self.finalizers, []
        for finalize in finalizers:
            finalize()


@dataclass(frozen=True, slots=True)
class Deny:
    """A refusal. `reason` is a stable code for machines; `message` tells a human what to do.

    `http_status` is set only when the refusal must surface as an HTTP status on an HTTP front
    (401, 403, 413, 429…); otherwise a request gets a JSON-RPC error and HTTP 200.
    """

    reason: str
    message: str
    code: int = DENIED
    http_status: int | None = None
    data: dict[str, Any] | None = None
    headers: tuple[tuple[str, str], ...] = ()
    guard: str = ""

    def error_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"reason": self.reason}
        if self.guard:
            data["guard"] = self.guard
        if self.data:
            data.update(self.data)
        return data

    def to_error(self, id: RequestId | None) -> Message:
        return jsonrpc.error(id, self.code, self.message, self.error_data())


@dataclass(frozen=True, slots=True)
class Rewrite:
    """Replace the message with another one (redacted, filtered, spotlighted…). `reason` is a
    stable code for the audit trail (`secret_redacted`, `injection_spotlighted`…)."""

    message: Message
    reason: str = ""
    audited: bool = True  # False for routine rewrites (sealing requestState) that decide nothing


Decision = Deny | Rewrite | None
PASS: Decision = None


class Guard:
    """One check. Override `inbound` and/or `outbound`; the chain skips hooks left as they are.

    - `inbound(ex, msg)`: a message from the client heading upstream (request, notification,
      or the client's reply to a server-initiated request).
    - `outbound(ex, msg)`: a message from the upstream heading to the client (reply,
      notification, or a server-initiated request).

    A guard must not raise for bad input: it denies with a reason. If it raises anyway, the chain
    fails closed and reports `guard_failed`.
    """

    name: ClassVar[str] = "guard"

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        return PASS

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        return PASS
