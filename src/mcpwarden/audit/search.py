"""`mcpwarden audit search`: filter records from a SQLite sink (indexed) or a JSONL log."""

from __future__ import annotations

import re
import sqlite3
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from mcpwarden.audit.record import CHECKPOINT, iso_time
from mcpwarden.audit.sinks.jsonl import parse_rotated
from mcpwarden.audit.verify import SQLITE_MAGIC, log_set, read_lines

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(slots=True)
class Query:
    subject: str | None = None
    target: str | None = None
    outcome: str | None = None
    reason: str | None = None
    upstream: str | None = None
    since: str | None = None  # ISO time as records store it
    limit: int = 100

    def matches(self, record: dict[str, Any]) -> bool:
        principal = record.get("principal") or {}
        checks = ((self.subject, principal.get("subject")), (self.target, record.get("target")),
                  (self.outcome, record.get("outcome")), (self.reason, record.get("reason")),
                  (self.upstream, record.get("upstream")))
        if record.get("event") == CHECKPOINT:
            return False
        if any(wanted is not None and wanted != value for wanted, value in checks):
            return False
        return self.since is None or str(record.get("time", "")) >= self.since


def parse_since(text: str, now: float | None = None) -> str:
    """`90s`, `15m`, `1h`, `2d`, `1w` ago, or an ISO 8601 time (UTC unless it says otherwise)."""
    relative = re.fullmatch(r"(\d+)([smhdw])", text.strip())
    if relative:
        seconds = int(relative[1]) * _UNITS[relative[2]]
        return iso_time((time.time() if now is None else now) - seconds)
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"--since {text!r}: use a duration (30m, 1h, 2d) or an ISO time "
                         "(2026-01-31T12:00:00Z)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return iso_time(moment.timestamp())


def search(path: Path, query: Query) -> list[bytes]:
    """The matching records' lines, the latest `limit` of them, oldest first. A JSONL log is
    read together with its rotated files (`.gz` too), oldest first."""
    if path.exists() and not path.name.endswith(".gz"):
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                return _search_sqlite(path, query)
    files = [path] if parse_rotated(path.name) else log_set(path).files
    return _search_jsonl(files, query)


def _search_jsonl(files: list[Path], query: Query) -> list[bytes]:
    found: deque[bytes] = deque(maxlen=query.limit)
    for line in _lines(files):
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(record, dict) and query.matches(record):
            found.append(line)
    return list(found)


def _lines(files: list[Path]) -> Iterator[bytes]:
    for path in files:
        for _, line in read_lines(path):
            if line.strip():
                yield line.rstrip(b"\n")


_COLUMNS = {"subject": "subject", "target": "target", "outcome": "outcome", "reason": "reason",
            "upstream": "upstream"}


def _search_sqlite(path: Path, query: Query) -> list[bytes]:
    where, values = [f"event != '{CHECKPOINT}'"], []
    for field, column in _COLUMNS.items():
        wanted = getattr(query, field)
        if wanted is not None:
            where.append(f"{column} = ?")
            values.append(wanted)
    if query.since is not None:
        where.append("ts >= ?")
        values.append(query.since)
    sql = (f"SELECT line FROM audit WHERE {' AND '.join(where)} "  # noqa: S608 - fixed columns
           "ORDER BY rowid DESC LIMIT ?")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute(sql, [*values, query.limit]).fetchall()
    finally:
        db.close()
    return [row[0].encode() for row in reversed(rows)]


def table(lines: list[bytes]) -> list[str]:
    """One readable row per record."""
    rows = []
    for line in lines:
        record = orjson.loads(line)
        principal = record.get("principal") or {}
        rows.append("  ".join(str(value) for value in (
            record.get("time", "?"), record.get("seq", "?"), record.get("event", "?"),
            record.get("outcome", "-"), record.get("reason") or "-",
            principal.get("subject") or "-", record.get("upstream") or "-",
            record.get("method") or "-", record.get("target") or "-")))
    return rows
