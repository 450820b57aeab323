"""The SQLite sink: the same records, indexed for `mcpwarden audit search`.

A thread of its own does the inserts and commits in batches, so the event loop only enqueues.
Each row keeps the record's exact line, so `audit verify` can check a database's chain too.
"""

from __future__ import annotations

import logging
import os
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Any

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


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(SCHEMA)
    return db


class SqliteSink:
    def __init__(self, path: Path) -> None:
        self.name = f"sqlite:{path}"
        self.path = path
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
                "queued": self._queue.qsize()}

    def _run(self) -> None:
        db = connect(self.path)
        try:
            while True:
                batch, stop = self._take()
                if batch:
                    self._insert(db, batch)
                if stop:
                    return
        finally:
            db.close()

    def _take(self) -> tuple[list[tuple[Any, ...]], bool]:
        first = self._queue.get()
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
