"""What a pin backend stores: one record per (upstream, kind, name), and record filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class PinRecord:
    upstream: str
    kind: str
    name: str
    approved: Any | None
    approved_hash: str | None
    approved_at: float | None
    pending: Any | None
    pending_hash: str | None
    pending_at: float | None
    rejected_hash: str | None
    first_seen: float
    findings: list[dict[str, Any]] = field(default_factory=list)  # of the pending definition
    blocked: bool = False  # the pending definition was blocked by policy: approve needs force

    @property
    def key(self) -> Key:
        return (self.upstream, self.kind, self.name)

    @property
    def status(self) -> str:
        if self.pending_hash is not None:
            return "changed" if self.approved_hash is not None else "new"
        return "approved" if self.approved_hash is not None else "rejected"


@dataclass(frozen=True, slots=True)
class Selection:
    """Which records an admin command acts on; None matches anything."""

    upstream: str | None = None
    kind: str | None = None
    name: str | None = None
    pending_only: bool = False
    unblocked_only: bool = False

    def matches(self, record: PinRecord) -> bool:
        return ((self.upstream is None or record.upstream == self.upstream)
                and (self.kind is None or record.kind == self.kind)
                and (self.name is None or record.name == self.name)
                and (not self.pending_only or record.pending_hash is not None)
                and (not self.unblocked_only or not record.blocked))


@dataclass(frozen=True, slots=True)
class Import:
    """One verified entry of a pin export: approve `definition` (canonical JSON `text`)."""

    key: Key
    text: str
    hash: str


class PinBackend(Protocol):
    """Durable pin records. Every method is synchronous and called from one worker thread
    (or the CLI). `version` changes whenever anything is written, by anyone."""

    location: str

    def version(self) -> object: ...

    def read(self) -> tuple[list[PinRecord], object]: ...

    def trust(self, key: Key, text: str, hash_: str, now: float) -> None: ...

    def record_pending(self, key: Key, text: str, hash_: str, now: float,
                       findings: str | None, blocked: bool) -> None: ...

    def approve(self, selection: Selection, now: float) -> int: ...

    def reject(self, selection: Selection) -> int: ...

    def import_(self, entries: list[Import], now: float) -> None: ...

    def close(self) -> None: ...
