"""Pins in one SQLite file (WAL): the default, shared by the gateways of one host."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import orjson

from mcpwarden.store.records import Import, Key, PinRecord, Selection

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pins (
    upstream TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    approved TEXT,
    approved_hash TEXT,
    approved_at REAL,
    pending TEXT,
    pending_hash TEXT,
    pending_at REAL,
    rejected_hash TEXT,
    first_seen REAL NOT NULL,
    findings TEXT,
    blocked INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (upstream, kind, name)
)
"""
# Columns added after the first release: files written before them get them on open.
_ADDED_COLUMNS = (("findings", "TEXT"), ("blocked", "INTEGER NOT NULL DEFAULT 0"))
_APPROVE = ("UPDATE pins SET approved = pending, approved_hash = pending_hash, approved_at = ?, "
            "pending = NULL, pending_hash = NULL, pending_at = NULL, rejected_hash = NULL, "
            "findings = NULL, blocked = 0")
_REJECT = ("UPDATE pins SET rejected_hash = pending_hash, pending = NULL, pending_hash = NULL, "
           "pending_at = NULL, findings = NULL, blocked = 0")
_COLUMNS = ("upstream, kind, name, approved, approved_hash, approved_at, pending, pending_hash, "
            "pending_at, rejected_hash, first_seen, findings, blocked")


class BackendError(Exception):
    """The store cannot be used (unreadable, not a pin database, unreachable…)."""


class SqlitePins:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def version(self) -> object:
        return self._locked(lambda conn: conn.execute("PRAGMA data_version").fetchone()[0])

    def read(self) -> tuple[list[PinRecord], object]:
        def read(conn: sqlite3.Connection) -> tuple[list[PinRecord], object]:
            conn.execute("BEGIN")
            try:
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                rows = conn.execute(f"SELECT {_COLUMNS} FROM pins "  # noqa: S608
                                    "ORDER BY upstream, kind, name").fetchall()
            finally:
                conn.execute("COMMIT")
            return [_record(row) for row in rows], version

        return self._locked(read)

    def trust(self, key: Key, text: str, hash_: str, now: float) -> None:
        self._locked(lambda conn: conn.execute(
            "INSERT INTO pins (upstream, kind, name, approved, approved_hash, approved_at, "
            "first_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
            "approved = excluded.approved, approved_hash = excluded.approved_hash, "
            "approved_at = excluded.approved_at WHERE approved_hash IS NULL",
            (*key, text, hash_, now, now)))

    def record_pending(self, key: Key, text: str, hash_: str, now: float,
                       findings: str | None, blocked: bool) -> None:
        self._locked(lambda conn: conn.execute(
            "INSERT INTO pins (upstream, kind, name, pending, pending_hash, pending_at, "
            "first_seen, findings, blocked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET pending = excluded.pending, "
            "pending_hash = excluded.pending_hash, pending_at = excluded.pending_at, "
            "findings = excluded.findings, blocked = excluded.blocked",
            (*key, text, hash_, now, now, findings, int(blocked))))

    def approve(self, selection: Selection, now: float) -> int:
        where, args = _where(selection)
        return self._count(_APPROVE + where, (now, *args))

    def reject(self, selection: Selection) -> int:
        where, args = _where(selection)
        return self._count(_REJECT + where, tuple(args))

    def import_(self, entries: list[Import], now: float) -> None:
        def write(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for entry in entries:
                    conn.execute(
                        "INSERT INTO pins (upstream, kind, name, approved, approved_hash, "
                        "approved_at, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO UPDATE SET approved = excluded.approved, "
                        "approved_hash = excluded.approved_hash, "
                        "approved_at = excluded.approved_at",
                        (*entry.key, entry.text, entry.hash, now, now))
                    conn.execute("UPDATE pins SET pending = NULL, pending_hash = NULL, "
                                 "pending_at = NULL, findings = NULL, blocked = 0 "
                                 "WHERE upstream = ? AND kind = ? AND name = ? "
                                 "AND pending_hash = ?", (*entry.key, entry.hash))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

        self._locked(write)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _count(self, sql: str, args: tuple[Any, ...]) -> int:
        count: int = self._locked(lambda conn: conn.execute(sql, args).rowcount)
        return count

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None,
                                       check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                _add_missing_columns(conn)
            except (OSError, sqlite3.Error) as exc:
                raise BackendError(f"cannot open the pin store {self.path}: {exc}") from None
            self._conn = conn
        return self._conn

    def _locked(self, func: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                return func(self._connection())
            except sqlite3.Error as exc:
                raise BackendError(f"pin store {self.path}: {exc}") from None


def _record(row: tuple[Any, ...]) -> PinRecord:
    approved = orjson.loads(row[3]) if row[3] is not None else None
    pending = orjson.loads(row[6]) if row[6] is not None else None
    findings = _findings(row[11])
    return PinRecord(row[0], row[1], row[2], approved, row[4], row[5], pending, row[7], row[8],
                     row[9], row[10], findings, bool(row[12]))


def _findings(text: str | None) -> list[dict[str, Any]]:
    try:
        entries = orjson.loads(text) if text else []
    except orjson.JSONDecodeError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def _add_missing_columns(conn: sqlite3.Connection) -> None:
    present = {row[1] for row in conn.execute("PRAGMA table_info(pins)")}
    for column, declaration in _ADDED_COLUMNS:
        if column not in present:
            conn.execute(f"ALTER TABLE pins ADD COLUMN {column} {declaration}")


def _where(selection: Selection) -> tuple[str, list[Any]]:
    """A WHERE clause naming fixed columns; every value is a bound parameter."""
    clauses, args = [], []
    for column, value in (("upstream", selection.upstream), ("kind", selection.kind),
                          ("name", selection.name)):
        if value is not None:
            clauses.append(f"{column} = ?")
            args.append(value)
    if selection.pending_only:
        clauses.append("pending_hash IS NOT NULL")
    if selection.unblocked_only:
        clauses.append("blocked = 0")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args
