"""The pin store: approved and pending definitions per (upstream, kind, name).

They live in the state store: `<state_dir>/pins.db` (SQLite, WAL) by default, or Redis when
`state` is a Redis URL, so that every replica enforces the same set (`store/`). The hot path
never touches the backend: the approved, pending and rejected hashes live in memory and are
refreshed when an admin says so (`reload_pins` on the admin socket) and, cheaply, every few
seconds (the backend's version tells whether anyone wrote anything). Writes happen only when
something new or changed is seen, on one worker thread.

One store per location per process (`PinStore.shared`): every route of a gateway uses the same
one. Resource templates are pinned under their `uriTemplate`; server instructions under "".
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, TypeVar, get_args

import orjson

from mcpwarden.integrity.canonical import canonical, digest
from mcpwarden.store.records import Import, Key, PinBackend, PinRecord, Selection
from mcpwarden.store.sqlite import BackendError, SqlitePins

log = logging.getLogger("mcpwarden.pins")

PinKind = Literal["tool", "prompt", "resource_template", "instructions"]
KINDS: Final[tuple[str, ...]] = get_args(PinKind)
FILE_NAME: Final = "pins.db"
EXPORT_VERSION: Final = 1
REFRESH_SECONDS: Final = 2.0
T = TypeVar("T")
REDIS_SCHEMES: Final = ("redis://", "rediss://", "unix://")

__all__ = ["FILE_NAME", "KINDS", "Key", "PinKind", "PinRecord", "PinStore", "PinStoreError"]


class PinStoreError(Exception):
    """The pin store cannot be used (unreadable, unreachable, a bad import file…)."""


@dataclass(frozen=True, slots=True)
class _Snapshot:
    approved: dict[Key, str]
    definitions: dict[Key, Any]
    pending: dict[Key, str]
    rejected: dict[Key, str]
    blocked: dict[Key, tuple[dict[str, Any], ...]]  # pending, blocked by policy → why
    names: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # see `names`

    @classmethod
    def of(cls, records: Sequence[PinRecord]) -> _Snapshot:
        snapshot = cls({}, {}, {}, {}, {})
        for record in records:
            key = record.key
            if record.blocked and record.pending_hash is not None:
                snapshot.blocked[key] = _blocking(record.findings)
            if record.approved_hash is not None:
                snapshot.approved[key] = record.approved_hash
                snapshot.definitions[key] = record.approved
            if record.pending_hash is not None:
                snapshot.pending[key] = record.pending_hash
            if record.rejected_hash is not None:
                snapshot.rejected[key] = record.rejected_hash
        return snapshot


_EMPTY = _Snapshot({}, {}, {}, {}, {})
_SHARED: dict[str, PinStore] = {}
_SHARED_LOCK = threading.Lock()


class PinStore:
    """Pins in a backend. Sync methods are for the CLI and the worker thread; `a*` methods
    are for the gateway's event loop and run the sync ones on the store's own thread."""

    def __init__(self, location: str | Path) -> None:
        """`location`: a Redis URL, or the path of a SQLite file."""
        text = str(location)
        self.backend: PinBackend
        if text.startswith(REDIS_SCHEMES):
            from mcpwarden.store.redis import RedisPins  # redis-py only when Redis is used

            try:
                self.backend = RedisPins(text)
            except BackendError as exc:
                raise PinStoreError(str(exc)) from None
        else:
            self.backend = SqlitePins(location)
        self.opened = False
        self._snapshot = _EMPTY
        self._version: object = None
        self._executor: ThreadPoolExecutor | None = None
        self._loaded: asyncio.Future[None] | None = None
        self._next_refresh = 0.0
        self._refreshing: Future[None] | None = None

    @classmethod
    def shared(cls, location: str | Path) -> PinStore:
        """The process-wide store for this location (opened lazily, on first use)."""
        text = str(location)
        resolved = text if text.startswith(REDIS_SCHEMES) else str(Path(text).resolve())
        with _SHARED_LOCK:
            store = _SHARED.get(resolved)
            if store is None:
                store = _SHARED[resolved] = cls(resolved)
            return store

    @classmethod
    def for_state_dir(cls, state_dir: str | Path) -> PinStore:
        return cls.shared(Path(state_dir) / FILE_NAME)

    @classmethod
    def for_config(cls, state: str, state_dir: str | Path) -> PinStore:
        """Redis when the config's `state` is a Redis URL, else the state directory's file."""
        if state.startswith(REDIS_SCHEMES):
            return cls.shared(state)
        return cls.for_state_dir(state_dir)

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
        """Load once; later calls only schedule a cheap refresh now and then."""
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

    # -- the backend (any thread) -------------------------------------------------------------

    def _backend(self, operation: Any, *args: Any) -> Any:
        try:
            result = operation(*args)
        except BackendError as exc:
            raise PinStoreError(str(exc)) from None
        self.opened = True
        return result

    def close(self) -> None:
        self.backend.close()
        self.opened = False
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None

    def reload(self) -> None:
        """Read every pin into memory (one consistent read)."""
        records, self._version = self._backend(self.backend.read)
        self._snapshot = _Snapshot.of(records)

    def _refresh_if_changed(self) -> None:
        if self._backend(self.backend.version) != self._version:
            self.reload()

    def trust(self, key: Key, definition: Any, hash_: str) -> None:
        """Trust on first use: approve unless something is approved already (then keep that)."""
        self._backend(self.backend.trust, key, canonical(definition).decode(), hash_,
                      time.time())
        self.reload()

    def record_pending(self, key: Key, definition: Any, hash_: str,
                       findings: Sequence[Mapping[str, Any]] = (), blocked: bool = False) -> None:
        """Record a new or changed definition for review, with what the detectors found in it
        (`blocked`: policy refused it outright, so approving it needs `force`)."""
        found = orjson.dumps(list(findings)).decode() if findings else None
        self._backend(self.backend.record_pending, key, canonical(definition).decode(), hash_,
                      time.time(), found, blocked)
        self.reload()

    # -- the admin's side (CLI) ---------------------------------------------------------------

    def records(self, upstream: str | None = None, kind: str | None = None,
                name: str | None = None) -> list[PinRecord]:
        selection = Selection(upstream, kind, name)
        records, _ = self._backend(self.backend.read)
        return [r for r in records if selection.matches(r)]

    def approve(self, upstream: str | None = None, kind: str | None = None,
                name: str | None = None, *, force: bool = False) -> int:
        """Pending definitions become the approved ones; those blocked by policy only with
        `force` (see `blocked`). Returns how many were approved."""
        selection = Selection(upstream, kind, name, pending_only=True, unblocked_only=not force)
        count: int = self._backend(self.backend.approve, selection, time.time())
        self.reload()
        return count

    def blocked(self, upstream: str | None = None, kind: str | None = None,
                name: str | None = None) -> list[PinRecord]:
        """The pending definitions that policy blocked (approving them needs force)."""
        return [r for r in self.records(upstream, kind, name) if r.pending_hash and r.blocked]

    def reject(self, upstream: str | None = None, kind: str | None = None,
               name: str | None = None) -> int:
        """Pending definitions are dropped and remembered as rejected (they stay hidden and
        refused while the server still offers them). Returns how many."""
        count: int = self._backend(self.backend.reject,
                                   Selection(upstream, kind, name, pending_only=True))
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
        entries = [Import(key, canonical(definition).decode(), hash_)
                   for key, definition, hash_ in _checked_entries(document)]
        self._backend(self.backend.import_, entries, time.time())
        self.reload()
        return len(entries)


def reload_shared() -> int:
    """Re-read every store this process has open (the admin socket's `reload_pins`)."""
    with _SHARED_LOCK:
        stores = list(_SHARED.values())
    loaded = [store for store in stores if store.opened]
    for store in loaded:
        store.reload()
    return len(loaded)


def _blocking(findings: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    """The findings whose policy is `block` (all of them if none says: an older writer)."""
    return tuple(e for e in findings if e.get("policy") == "block") or tuple(findings)


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
