"""Audit sinks: where chained records go.

Every sink gets the same records and lines, in chain order, from `AuditTrail` on the event
loop's thread. `write` must not block: only the JSONL sink with `fsync: always` does disk I/O
there (by design: the record is durable before the client gets its reply); the others hand the
line to a thread of their own.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("mcpwarden.audit")


class Sink(Protocol):
    name: str

    def open(self) -> None: ...

    def write(self, record: dict[str, Any], line: bytes) -> None: ...

    def close(self) -> None: ...

    def stats(self) -> dict[str, Any]: ...


class LocalSink(Sink, Protocol):
    """A sink that keeps the log on this machine; the chain resumes from its last record."""

    path: Path

    def last_line(self) -> bytes | None: ...


def sink_path(url: str, scheme: str, state_dir: str) -> Path:
    """`jsonl:///abs/path` → /abs/path; `jsonl://name` → <state_dir>/name."""
    path = Path(url[len(scheme):])
    return path if path.is_absolute() else Path(state_dir) / path


class LogInUse(RuntimeError):
    """Another process writes this log: two chains would interleave and never verify."""


def lock_exclusively(fd: int, path: Path) -> None:
    """Hold an advisory lock on the log for as long as `fd` is open."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise LogInUse(path) from None


def open_locked(path: Path, flags: int) -> tuple[int, Path]:
    """Open and lock a log; if another process holds it (two gateways, or two `mcpwarden
    wrap` with one --name, sharing a state dir), this process writes `<name>.<pid><suffix>`
    instead, with a warning: its records are kept, in a chain of their own."""
    fd = os.open(path, flags, 0o600)
    try:
        lock_exclusively(fd, path)
    except LogInUse:
        own = path.with_name(f"{path.stem}.{os.getpid()}{path.suffix}")
        log.warning("audit: another mcpwarden process writes %s; this one writes %s (give "
                    "each gateway its own state_dir or sink path, each wrapper its own --name)",
                    path, own)
        fd = os.open(own, flags, 0o600)
        lock_exclusively(fd, own)
        return fd, own
    return fd, path
