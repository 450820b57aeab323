"""The pin store: approved and pending definitions per (upstream, kind, name), in SQLite.

The file is `<state_dir>/pins.db` (WAL mode). The hot path never touches it: the approved,
pending and rejected hashes live in memory and are refreshed from the file when an admin says
so (`reload_pins` on the admin socket) and, cheaply, every few seconds (SQLite's `data_version`
tells whether another connection committed anything), so replicas that share the file enforce
the same pins. Writes happen only when something new or changed is seen, on one worker thread.

One store per file per process (`PinStore.shared`): every route of a gateway uses the same one.
Resource templates are pinned under their `uriTemplate`; server instructions under the name "".
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, TypeVar, get_args

import orjson

from mcpwarden.integrity.canonical import canonical, digest

log = logging.getLogger("mcpwarden.pins")

PinKind = Literal["tool", "prompt", "resource_template", "instructions"]
KINDS: Final[tuple[str, ...]] = get_args(PinKind)
FILE_NAME: Final = "pins.db"
EXPORT_VERSION: Final = 1
REFRESH_SECONDS: Final = 2.0
Key = tuple[str, str, str]
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
# `_filter` appends a WHERE clause naming fixed columns; every value is a bound parameter.
_APPROVE = ("UPDATE pins SET approved = pending, approved_hash = pending_hash, approved_at = ?, "
            "pending = NULL, pending_hash = NULL, pending_at = NULL, rejected_hash = NULL, "
            "findings = NULL, blocked = 0")
_REJECT = ("UPDATE pins SET rejected_hash = pending_hash, pending = NULL, pending_hash = NULL, "
           "pending_at = NULL, findings = NULL, blocked = 0")
_COLUMNS = ("upstream, kind, name, approved, approved_hash, approved_at, pending, pending_hash, "
            "pending_at, rejected_hash, first_seen, findings, blocked")


class PinStoreError(Exception):
    """The pin file cannot be used (unreadable, not a pin database, a bad import file…)."""


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

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> PinRecord:
        approved = orjson.loads(row[3]) if row[3] is not None else None
        pending = orjson.loads(row[6]) if row[6] is not None else None
        findings = orjson.loads(row[11]) if row[11] is not None else []
        return cls(row[0], row[1], row[2], approved, row[4], row[5], pending, row[7], row[8],
                   row[9], row[10], findings, bool(row[12]))


@dataclass(frozen=True, slots=True)
class _Snapshot:
    approved: dict[Key, str]
    definitions: dict[Key, Any]
    pending: dict[Key, str]
    rejected: dict[Key, str]
    blocked: dict[Key, tuple[dict[str, Any], ...]]  # pending, blocked by policy → why
    names: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # see `names`


_EMPTY = _Snapshot({}, {}, {}, {}, {})
_SHARED: dict[Path, PinStore] = {}
_SHARED_LOCK = threading.Lock()


class PinStore:
    """Pins in one SQLite file. Sync methods are for the CLI and the worker thread; `a*` methods
    are for the gateway's event loop and run the sync ones on the store's own thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._snapshot = _EMPTY
        self._data_version: int | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._loaded: asyncio.Future[None] | None = None
        self._next_refresh = 0.0
        self._refreshing: Future[None] | None = None

    @classmethod
    def shared(cls, path: str | Path) -> PinStore:
        """The process-wide store for this file (opened lazily, on first use)."""
        resolved = Path(path).resolve()
        with _SHARED_LOCK:
            store = _SHARED.get(resolved)
            if store is None:
                store = _SHARED[resolved] = cls(resolved)
            return store

    @classmethod
    def for_state_dir(cls, state_dir: str | Path) -> PinStore:
        return cls.shared(Path(state_dir) / FILE_NAME)

    # -- the hot path: memory only ------------------------------------------------------------

    def approved(self, upstream: str, kind: PinKind, name: str) -> Mapping[str, Any] | None:
        """The approved definition, or None when nothing is approved under that name."""
        definition = self._snapshot.definitions.get((upstream, kind, name))
        return definition if isinstance(definition, Mapping) else None

    def approved_hash(self, key: Key) -> str | None:
        return self._snapshot.approved.get(key)

    def pending_hash(self, key: Key) -> str | None:
        return self._snapshot.pending.get(key)

    def rejected_hash(self, key: Key) -> str | None:
        return self._snapshot.rejected.get(key)

    def blocked_findings(self, key: Key) -> tuple[dict[str, Any], ...] | None:
        """The findings that made policy block this pending definition, else None."""
        return self._snapshot.blocked.get(key)

    def names(self, kind: PinKind) -> dict[str, frozenset[str]]:
        """Per upstream, the names of `kind` that are approved or pending review."""
        snapshot = self._snapshot
        cached = snapshot.names.get(kind)
        if cached is None:
            found: dict[str, set[str]] = {}
            for upstream, key_kind, name in (*snapshot.approved, *snapshot.pending):
                if key_kind == kind:
                    found.setdefault(upstream, set()).add(name)
            cached = snapshot.names[kind] = {u: frozenset(n) for u, n in found.items()}
        return cached

    # -- the gateway's side (event loop) ------------------------------------------------------

    async def ready(self) -> None:
        """Open and load the file once; later calls only schedule a cheap refresh now and then."""
        if self._loaded is None:
            self._loaded = asyncio.get_running_loop().create_future()
            try:
                await self._run(self.reload)
            except BaseException as exc:
                self._loaded.set_exception(exc)
                self._loaded.exception()  # retrieved: every waiter re-raises it
                self._loaded = None
                raise
            self._loaded.set_result(None)
            self._next_refresh = time.monotonic() + REFRESH_SECONDS
            return
        await self._loaded
        self._refresh_now_and_then()

    async def atrust(self, key: Key, definition: Any, hash_: str) -> None:
        await self._run(self.trust, key, definition, hash_)

    async def arecord_pending(self, key: Key, definition: Any, hash_: str,
                              findings: Sequence[Mapping[str, Any]] = (),
                              blocked: bool = False) -> None:
        await self._run(self.record_pending, key, definition, hash_, findings, blocked)

    async def areload(self) -> None:
        await self._run(self.reload)

    def refresh_soon(self) -> None:
        self._next_refresh = 0.0

    def _refresh_now_and_then(self) -> None:
        now = time.monotonic()
        if now < self._next_refresh or (self._refreshing and not self._refreshing.done()):
            return
        self._next_refresh = now + REFRESH_SECONDS
        self._refreshing = self._worker().submit(self._refresh_if_changed)
        self._refreshing.add_done_callback(_log_failure)

    async def _run(self, func: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._worker(), func, *args)

    def _worker(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pins")
        return self._executor

    # -- SQLite (any thread, serialised) ------------------------------------------------------

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
                raise PinStoreError(f"cannot open the pin store {self.path}: {exc}") from None
            self._conn = conn
        return self._conn

    def _locked(self, func: Any, *args: Any) -> Any:
        with self._lock:
            try:
                return func(self._connection(), *args)
            except sqlite3.Error as exc:
                raise PinStoreError(f"pin store {self.path}: {exc}") from None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None

    def reload(self) -> None:
        """Read every pin into memory (one short read transaction)."""
        self._snapshot, self._data_version = self._locked(_read_snapshot)

    def _refresh_if_changed(self) -> None:
        version = self._locked(lambda conn: conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._data_version:
            self.reload()

    def trust(self, key: Key, definition: Any, hash_: str) -> None:
        """Trust on first use: approve unless something is approved already (then keep that)."""
        now = time.time()
        text = canonical(definition).decode()

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO pins (upstream, kind, name, approved, approved_hash, approved_at, "
                "first_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "approved = excluded.approved, approved_hash = excluded.approved_hash, "
                "approved_at = excluded.approved_at WHERE approved_hash IS NULL",
                (*key, text, hash_, now, now))

        self._locked(write)
        self.reload()

    def record_pending(self, key: Key, definition: Any, hash_: str,
                       findings: Sequence[Mapping[str, Any]] = (), blocked: bool = False) -> None:
        """Record a new or changed definition for review, with what the detectors found in it
        (`blocked`: policy refused it outright, so approving it needs `force`)."""
        now = time.time()
        text = canonical(definition).decode()
        found = orjson.dumps(list(findings)).decode() if findings else None

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO pins (upstream, kind, name, pending, pending_hash, pending_at, "
                "first_seen, findings, blocked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO UPDATE SET pending = excluded.pending, "
                "pending_hash = excluded.pending_hash, pending_at = excluded.pending_at, "
                "findings = excluded.findings, blocked = excluded.blocked",
                (*key, text, hash_, now, now, found, int(blocked)))

        self._locked(write)
        self.reload()

    # -- the admin's side (CLI) ---------------------------------------------------------------

    def records(self, upstream: str | None = None, kind: str | None = None,
                name: str | None = None) -> list[PinRecord]:
        where, args = _filter(upstream, kind, name)

        def read(conn: sqlite3.Connection) -> list[PinRecord]:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM pins{where} "  # noqa: S608
                                "ORDER BY upstream, kind, name", args).fetchall()
            return [PinRecord.from_row(row) for row in rows]

        result: list[PinRecord] = self._locked(read)
        return result

    def approve(self, upstream: str | None = None, kind: str | None = None,
                name: str | None = None, *, force: bool = False) -> int:
        """Pending definitions become the approved ones; those blocked by policy only with
        `force` (see `blocked`). Returns how many were approved."""
        where, args = _filter(upstream, kind, name, pending_only=True)
        if not force:
            where += " AND blocked = 0"
        return self._write_count(_APPROVE + where, (time.time(), *args))

    def blocked(self, upstream: str | None = None, kind: str | None = None,
                name: str | None = None) -> list[PinRecord]:
        """The pending definitions that policy blocked (approving them needs force)."""
        return [r for r in self.records(upstream, kind, name) if r.pending_hash and r.blocked]

    def reject(self, upstream: str | None = None, kind: str | None = None,
               name: str | None = None) -> int:
        """Pending definitions are dropped and remembered as rejected (they stay hidden and
        refused while the server still offers them). Returns how many."""
        where, args = _filter(upstream, kind, name, pending_only=True)
        return self._write_count(_REJECT + where, args)

    def _write_count(self, sql: str, args: Iterable[Any]) -> int:
        def write(conn: sqlite3.Connection) -> int:
            count: int = conn.execute(sql, tuple(args)).rowcount
            return count

        count: int = self._locked(write)
        self.reload()
        return count

    def export(self, upstream: str | None = None) -> dict[str, Any]:
        """The approved pins as a reviewable document (sorted, with hashes)."""
        pins = [
            {"upstream": r.upstream, "kind": r.kind, "name": r.name, "hash": r.approved_hash,
             "definition": r.approved}
            for r in self.records(upstream) if r.approved_hash is not None
        ]
        return {"mcpwarden_pins": EXPORT_VERSION, "pins": pins}

    def import_(self, document: Any) -> int:
        """Approve every pin of an exported document after checking each hash. All or nothing."""
        entries = _checked_entries(document)
        now = time.time()

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for key, definition, hash_ in entries:
                    conn.execute(
                        "INSERT INTO pins (upstream, kind, name, approved, approved_hash, "
                        "approved_at, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO UPDATE SET approved = excluded.approved, "
                        "approved_hash = excluded.approved_hash, "
                        "approved_at = excluded.approved_at",
                        (*key, canonical(definition).decode(), hash_, now, now))
                    conn.execute("UPDATE pins SET pending = NULL, pending_hash = NULL, "
                                 "pending_at = NULL, findings = NULL, blocked = 0 "
                                 "WHERE upstream = ? AND kind = ? AND name = ? "
                                 "AND pending_hash = ?", (*key, hash_))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

        self._locked(write)
        self.reload()
        return len(entries)


def reload_shared() -> int:
    """Re-read every store this process has open (the admin socket's `reload_pins`)."""
    with _SHARED_LOCK:
        stores = list(_SHARED.values())
    loaded = [store for store in stores if store._conn is not None]
    for store in loaded:
        store.reload()
    return len(loaded)


def _add_missing_columns(conn: sqlite3.Connection) -> None:
    present = {row[1] for row in conn.execute("PRAGMA table_info(pins)")}
    for column, declaration in _ADDED_COLUMNS:
        if column not in present:
            conn.execute(f"ALTER TABLE pins ADD COLUMN {column} {declaration}")


def _read_snapshot(conn: sqlite3.Connection) -> tuple[_Snapshot, int]:
    snapshot = _Snapshot({}, {}, {}, {}, {})
    conn.execute("BEGIN")
    try:
        version: int = conn.execute("PRAGMA data_version").fetchone()[0]
        rows = conn.execute("SELECT upstream, kind, name, approved, approved_hash, "
                            "pending_hash, rejected_hash, findings, blocked FROM pins").fetchall()
    finally:
        conn.execute("COMMIT")
    for (upstream, kind, name, approved, approved_hash, pending_hash, rejected_hash, findings,
         blocked) in rows:
        key = (upstream, kind, name)
        if blocked and pending_hash is not None:
            snapshot.blocked[key] = _blocking(findings)
        if approved_hash is not None:
            snapshot.approved[key] = approved_hash
            snapshot.definitions[key] = orjson.loads(approved)
        if pending_hash is not None:
            snapshot.pending[key] = pending_hash
        if rejected_hash is not None:
            snapshot.rejected[key] = rejected_hash
    return snapshot, version


def _blocking(findings: str | None) -> tuple[dict[str, Any], ...]:
    """The findings whose policy is `block` (all of them if none says: an older writer)."""
    try:
        entries = orjson.loads(findings) if findings else []
    except orjson.JSONDecodeError:
        return ()
    found = tuple(e for e in entries if isinstance(e, dict)) if isinstance(entries, list) else ()
    return tuple(e for e in found if e.get("policy") == "block") or found


def _filter(upstream: str | None, kind: str | None, name: str | None, *,
            pending_only: bool = False) -> tuple[str, list[Any]]:
    clauses, args = [], []
    for column, value in (("upstream", upstream), ("kind", kind), ("name", name)):
        if value is not None:
            clauses.append(f"{column} = ?")
            args.append(value)
    if pending_only:
        clauses.append("pending_hash IS NOT NULL")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


def _checked_entries(document: Any) -> list[tuple[Key, Any, str]]:
    if not isinstance(document, dict) or document.get("mcpwarden_pins") != EXPORT_VERSION:
        raise PinStoreError("not a pin export: expected a JSON object with "
                            f"\"mcpwarden_pins\": {EXPORT_VERSION} and a \"pins\" list")
    pins = document.get("pins")
    if not isinstance(pins, list):
        raise PinStoreError("the export's \"pins\" must be a list")
    entries: list[tuple[Key, Any, str]] = []
    for index, pin in enumerate(pins):
        where = f"pins[{index}]"
        if not isinstance(pin, dict):
            raise PinStoreError(f"{where}: must be an object")
        upstream, kind, name = pin.get("upstream"), pin.get("kind"), pin.get("name")
        if not isinstance(upstream, str) or not isinstance(name, str) or kind not in KINDS:
            raise PinStoreError(f"{where}: needs string `upstream` and `name`, and `kind` one of "
                                f"{', '.join(KINDS)}")
        actual = digest(pin.get("definition"))
        if pin.get("hash") != actual:
            raise PinStoreError(f"{where} ({kind} {name!r} of {upstream}): the hash does not "
                                f"match the definition (file says {pin.get('hash')!r}, the "
                                f"definition hashes to {actual}); was the file edited? "
                                "Nothing was imported")
        entries.append(((upstream, kind, name), pin["definition"], actual))
    return entries


def _log_failure(future: Future[None]) -> None:
    exc = future.exception()
    if exc is not None:
        log.error("refreshing the pin store failed: %s", exc)
