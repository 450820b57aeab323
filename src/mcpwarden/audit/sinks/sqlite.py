"""The SQLite sink: the same records, indexed for `mcpwarden audit search`.

A thread of its own does the inserts and commits in batches, so the event loop only enqueues.
Each row keeps the record's exact line, so `audit verify` can check a database's chain too.
With `retention_days`, the same thread deletes older rows in small batches between inserts
(at start and hourly): the database is for searching; the JSONL chain is the evidence.
"""

from __future__ import annotations

import logging
import os
import queue
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from mcpwarden.audit.record import iso_time
from mcpwarden.audit.sinks import open_locked

log = logging.getLogger("mcpwarden.audit")

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER NOT NULL, ts TEXT NOT NULL, event TEXT NOT NULL, outcome TEXT, reason TEXT,
    issuer TEXT, subject TEXT, upstream TEXT, method TEXT, target TEXT, line TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_ts ON audit (ts);
CREATE INDEX IF NOT EXISTS audit_subject ON audit (subject, ts);
CREATE INDEX IF NOT EXISTS audit_target ON audit (target, ts);
"""
_INSERT = "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_BATCH = 500
_STOP = None
_EXPIRE = ("DELETE FROM audit WHERE rowid IN "
           "(SELECT rowid FROM audit WHERE ts < ? ORDER BY ts LIMIT ?)")
EXPIRE_BATCH = 2000  # rows per DELETE: each commit is short, inserts go on in between
EXPIRE_EVERY = 3600.0  # seconds between retention passes


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(SCHEMA)
    return db


class SqliteSink:
    def __init__(self, path: Path, retention_days: float | None = None) -> None:
        self.name = f"sqlite:{path}"
        self.path = path
        self.retention = None if retention_days is None else retention_days * 86400.0
        self._expired = 0
        self._expiring = False  # a retention pass has more batches to delete
        self._next_expiry = 0.0  # monotonic time of the next pass (0: at start)
        self._queue: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._written = 0
        self._errors = 0
        self._lock_fd = -1

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_fd, self.path = open_locked(self.path, os.O_RDWR | os.O_CREAT)
        self.name = f"sqlite:{self.path}"
        connect(self.path).close()  # fail at start-up, not later, on a bad path
        self._thread = threading.Thread(target=self._run, name="audit-sqlite", daemon=True)
        self._thread.start()

    def write(self, record: dict[str, Any], line: bytes) -> None:
        principal = record.get("principal") or {}
        self._queue.put((
            record["seq"], record["time"], record["event"], record.get("outcome"),
            record.get("reason"), principal.get("issuer"), principal.get("subject"),
            record.get("upstream"), record.get("method"), record.get("target"),
            line.decode().rstrip("\n"),
        ))

    def close(self) -> None:
        self._queue.put(_STOP)
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._lock_fd >= 0:
            os.close(self._lock_fd)
            self._lock_fd = -1

    def last_line(self) -> bytes | None:
        if not self.path.exists():
            return None
        db = sqlite3.connect(self.path)
        try:
            row = db.execute("SELECT line FROM audit ORDER BY rowid DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return None
        finally:
            db.close()
        return row[0].encode() if row else None

    def stats(self) -> dict[str, Any]:
        return {"written": self._written, "errors": self._errors,
                "queued": self._queue.qsize(), "expired": self._expired}

    def _run(self) -> None:
        db = connect(self.path)
        try:
            while True:
                batch, stop = self._take(self._wait())
                if batch:
                    self._insert(db, batch)
                if stop:
                    return
                if self.retention is not None:
                    self._expire(db)
        finally:
            db.close()

    def _wait(self) -> float | None:
        """How long the thread may sleep on the queue: until the next retention pass."""
        if self.retention is None:
            return None
        return 0.0 if self._expiring else max(0.0, self._next_expiry - time.monotonic())

    def _expire(self, db: sqlite3.Connection) -> None:
        """One batch of a retention pass: rows older than `retention_days` are deleted."""
        assert self.retention is not None
        if not self._expiring and time.monotonic() < self._next_expiry:
            return
        cutoff = iso_time(time.time() - self.retention)
        try:
            with db:
                deleted = db.execute(_EXPIRE, (cutoff, EXPIRE_BATCH)).rowcount
        except sqlite3.Error as exc:
            log.error("audit: cannot delete old rows from %s: %s", self.path, exc)
            deleted = 0
        self._expired += deleted
        self._expiring = deleted == EXPIRE_BATCH
        if not self._expiring:
            self._next_expiry = time.monotonic() + EXPIRE_EVERY

    def _take(self, wait: float | None) -> tuple[list[tuple[Any, ...]], bool]:
        try:
            first = self._queue.get(timeout=wait) if wait is not None else self._queue.get()
        except queue.Empty:
            return [], False
        if first is _STOP:
            return [], True
        batch = [first]
        while len(batch) < _BATCH:
            try:
                row = self._queue.get_nowait()
            except queue.Empty:
                break
            if row is _STOP:
                return batch, True
            batch.append(row)
        return batch, False

    def _insert(self, db: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> None:
        try:
            with db:
                db.executemany(_INSERT, batch)
            self._written += len(batch)
        except sqlite3.Error as exc:
            self._errors += len(batch)
            log.error("audit: cannot write %d record(s) to %s: %s", len(batch), self.path, exc)
