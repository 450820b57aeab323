"""The JSONL sink: one canonical record per line, appended with a single write.

Every record is written at once, on the event loop (a few µs): a killed process loses nothing,
the kernel has the line. Flushing to the disk is what the fsync policy decides:
`always`: a thread fdatasyncs as soon as records are waiting, and `durable()` lets the Route wait
for the flush covering its record before the client sees the reply (group commit: requests
written while a flush runs share the next one, and the event loop never blocks on the disk);
`interval`: the thread flushes every `fsync_interval` seconds (a power cut loses at most that);
`never`: flushing is left to the OS.

Rotation (optional): once the file holds `rotate_bytes` or its `rotate_every` period is over, the
next checkpoint seals it and the record after that checkpoint renames it
`<name>.<UTC time>.<n>` and opens a new `<name>`. The chain simply goes on: the new file's first
record has the next seq and, as `prev`, the hash of the old file's last record (its
checkpoint). A thread of the sink's own compresses rotated files and deletes those beyond `keep`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import logging
import math
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from mcpwarden.audit.record import CHECKPOINT
from mcpwarden.audit.settings import AuditSettings
from mcpwarden.audit.sinks import open_locked

log = logging.getLogger("mcpwarden.audit")

_TAIL = 1 << 16  # bytes read back to find the last record when resuming a chain
_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT
_STAMP = "%Y%m%dT%H%M%SZ"
_ROTATED = re.compile(r"(?P<base>.+)\.(?P<stamp>\d{8}T\d{6}Z)\.(?P<n>[1-9]\d*)(?P<gz>\.gz)?")
_PARTIAL = ".gz.partial"  # a compression in progress (or cut short by a crash)
RETRY_ROTATION = 60.0  # seconds before a failed rotation is tried again


# -- rotated file names --------------------------------------------------------------------------


class RotatedName(NamedTuple):
    base: str  # the active file's name
    stamp: str  # when it was rotated, UTC, e.g. 20261121T130000Z
    n: int  # 1, or more when two rotations share a second
    gz: bool

    @property
    def order(self) -> tuple[str, int]:
        return self.stamp, self.n


def parse_rotated(name: str) -> RotatedName | None:
    match = _ROTATED.fullmatch(name)
    if match is None:
        return None
    return RotatedName(match["base"], match["stamp"], int(match["n"]), bool(match["gz"]))


def rotated_files(active: Path) -> list[Path]:
    """`active`'s rotated files, oldest first. A file found both plain and compressed (a crash
    between the compressed copy's rename and the plain file's removal) counts once, plain."""
    found: dict[tuple[str, int], Path] = {}
    try:
        names = os.listdir(active.parent)
    except FileNotFoundError:
        return []
    for name in names:
        rotated = parse_rotated(name)
        if rotated is None or rotated.base != active.name:
            continue
        if rotated.order not in found or not rotated.gz:
            found[rotated.order] = active.parent / name
    return [found[order] for order in sorted(found)]


def _rotated_name(active: Path, now: float) -> Path:
    """`<name>.<UTC time>.<n>`, sorting after every rotated file there is: n counts up from
    the newest file's when it has the same second (never reusing a number retention freed),
    or when the clock went back."""
    stamp = datetime.fromtimestamp(now, UTC).strftime(_STAMP)
    previous = rotated_files(active)
    newest = parse_rotated(previous[-1].name) if previous else None
    if newest is not None and newest.stamp >= stamp:
        return active.parent / f"{active.name}.{newest.stamp}.{newest.n + 1}"
    return active.parent / f"{active.name}.{stamp}.1"


# -- the policy ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rotation:
    max_bytes: float = math.inf
    every: int | None = None  # seconds; periods are aligned to the Unix epoch (UTC)
    keep: int = 0  # rotated files kept; 0: all
    gzip: bool = False

    @classmethod
    def of(cls, settings: AuditSettings) -> Rotation | None:
        """The policy `settings` ask for; None when neither size nor age rotates."""
        size, every = settings.rotation_bytes(), settings.rotation_seconds()
        if size is None and every is None:
            return None
        return cls(math.inf if size is None else size, every, settings.keep, settings.gzip)

    def deadline(self, started: float) -> float:
        """When a file begun at `started` is due: the end of its period (1d: UTC midnight)."""
        if self.every is None:
            return math.inf
        return (started // self.every + 1) * self.every


# -- the sink ------------------------------------------------------------------------------------


class JsonlSink:
    def __init__(self, path: Path, fsync: str, interval: float,
                 rotation: Rotation | None = None) -> None:
        self.name = f"jsonl:{path}"
        self.path = path
        self.rotation = rotation
        self._fsync = fsync
        self._interval = interval
        self._fd = -1
        self._fd_lock = threading.Lock()  # hands files over from the event loop to the flusher
        self._retired: list[int] = []  # rotated-away files the flush thread syncs and closes
        self._dir_dirty = False  # a rotation renamed and created files: sync the directory
        self._appended = 0  # lines written (event loop)
        self._synced = 0  # lines known to be on disk (flush thread)
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []  # event loop only
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._flusher: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._errors = 0
        self._fsyncs = 0
        self._size = 0  # bytes in the current file (rotation only)
        self._deadline = math.inf
        self._max_bytes = rotation.max_bytes if rotation is not None else math.inf
        self._rotate_next = False  # a checkpoint sealed a due file: the next record rotates
        self._retry_at = 0.0  # after a failed rotation, not due again before this
        self._rotations = 0
        self._opening_line: bytes | None = None  # the last record when the sink was opened
        self._housekeeper = Housekeeper(path, rotation) if rotation is not None else None

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd, self.path = open_locked(self.path, _FLAGS)
        self.name = f"jsonl:{self.path}"
        self._end_with_newline()
        self._opening_line = self._find_last_line()
        if self._housekeeper is not None:
            self._open_rotation()
        if self._fsync == "never":
            return
        if self._fsync == "always":
            self._loop = asyncio.get_running_loop()
        self._flusher = threading.Thread(target=self._flush_loop, name="audit-fsync",
                                         daemon=True)
        self._flusher.start()

    def write(self, record: dict[str, Any], line: bytes) -> None:
        if self._rotate_next:
            self._rotate()
        try:
            _write_all(self._fd, line)
        except OSError as exc:
            self._errors += 1
            log.error("audit: cannot write %s: %s", self.path, exc.strerror or exc)
            raise
        self._appended += 1
        if self.rotation is not None:
            self._size += len(line)
            if record.get("event") == CHECKPOINT and self.rotation_due():
                self._rotate_next = True

    def rotation_due(self) -> bool:
        """The file is big or old enough to rotate at the next checkpoint (O(1))."""
        if self._size < self._max_bytes and self._deadline == math.inf:
            return False
        now = time.time()
        return (self._size >= self._max_bytes or now >= self._deadline) and (
            now >= self._retry_at)

    def durable(self) -> asyncio.Future[None] | None:
        """With `fsync: always`: a future done once every line written so far is on disk."""
        if self._loop is None or self._synced >= self._appended:
            return None
        waiter = self._loop.create_future()
        self._waiters.append((self._appended, waiter))
        self._wake.set()
        return waiter

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._flusher is not None:
            self._flusher.join(timeout=5)
        if self._housekeeper is not None:
            self._housekeeper.stop()
        for old in self._retired:  # rotated away since the flush thread's last pass
            self._flush(os.fsync, old, close=True)
        self._retired = []
        if self._dir_dirty:
            self._flush(_fsync_dir, self.path.parent)
        if self._fd >= 0:
            if self._fsync != "never":
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1
        if self._loop is not None:  # nobody may wait forever on a flush that already happened
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._release, self._appended)

    def last_line(self) -> bytes | None:
        """The last whole JSON record of the log (None if there is none): of the file, or,
        when the file has none yet (just rotated), of the newest rotated file."""
        if self._fd >= 0 and self._appended == 0:
            return self._opening_line  # the housekeeper may be compressing that rotated file
        return self._find_last_line()

    def stats(self) -> dict[str, Any]:
        stats = {"written": self._appended, "errors": self._errors, "fsyncs": self._fsyncs}
        if self._housekeeper is not None:
            stats.update(rotations=self._rotations, housekeeping_errors=self._housekeeper.errors)
        return stats

    def _find_last_line(self) -> bytes | None:
        line = last_record(self.path)
        if line is None:
            previous = rotated_files(self.path)
            line = last_record(previous[-1]) if previous else None
        return line

    def _end_with_newline(self) -> None:
        """A torn last line (a crash mid-write) stays for `verify` to report, on its own line."""
        with open(self.path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - 1))
            last = handle.read(1)
        if size and last != b"\n":
            log.error("audit: %s ends with an incomplete line (a crash mid-write?); "
                      "`mcpwarden audit verify` will report it", self.path)
            _write_all(self._fd, b"\n")

    # -- rotation (event loop, under the trail's lock) ----------------------------------------

    def _open_rotation(self) -> None:
        assert self.rotation is not None and self._housekeeper is not None
        self._size = os.fstat(self._fd).st_size
        self._deadline = self.rotation.deadline(first_record_time(self.path) or time.time())
        # A file sealed by its last checkpoint (a clean shutdown) and due rotates before the
        # first record, so that `audit_start` opens the new file.
        self._rotate_next = (self._size > 0 and self.rotation_due()
                             and _is_checkpoint(last_record(self.path)))
        self._housekeeper.active = self.path
        self._housekeeper.start()

    def _rotate(self) -> None:
        """Give the sealed file its rotated name and open a new one (a rename and an open on the
        event loop; the flush thread makes it durable). A failure leaves the records going to
        the old file (logged, counted) and is retried RETRY_ROTATION later."""
        assert self.rotation is not None and self._housekeeper is not None
        self._rotate_next = False
        target = _rotated_name(self.path, time.time())
        try:
            self._swap_files(target)
        except OSError as exc:
            self._errors += 1
            self._retry_at = time.time() + RETRY_ROTATION
            log.error("audit: cannot rotate %s: %s; records go on to it, and rotation is "
                      "tried again in %.0f s", self.path, exc.strerror or exc, RETRY_ROTATION)
            return
        self._rotations += 1
        self._size = 0
        self._deadline = self.rotation.deadline(time.time())
        self._housekeeper.active = self.path
        self._housekeeper.poke()
        log.info("audit: rotated %s to %s", self.path, target.name)

    def _swap_files(self, target: Path) -> None:
        """Rename the file, create the new one, and hand the old one to the flush thread,
        which syncs it, then the directory, then the new file before it acknowledges a record
        written after the rotation. A kill at any point leaves every written record in one of
        the two files (the kernel has them), a power cut every acknowledged one, and the next
        start resumes the chain from the newest file's last record."""
        os.rename(self.path, target)
        try:
            new, path = open_locked(self.path, _FLAGS)
        except OSError:
            os.rename(target, self.path)
            raise
        with self._fd_lock:
            old, self._fd = self._fd, new
            if self._fsync == "never":
                os.close(old)
            else:
                self._retired.append(old)
                self._dir_dirty = True
        self.path, self.name = path, f"jsonl:{path}"
        self._wake.set()

    # -- the flush thread ---------------------------------------------------------------------

    def _flush_loop(self) -> None:
        always = self._fsync == "always"
        while not self._stop.is_set():
            if always:
                self._wake.wait()
                self._wake.clear()
            elif self._stop.wait(self._interval):
                return
            target = self._appended
            if target > self._synced:
                self._sync(target)

    def _sync(self, target: int) -> None:
        """Make the first `target` lines durable: they are in the files rotated away since the
        last pass (synced and closed here) or in the current one. Only this thread and
        `close` (after joining it) close files, so none is closed under an fdatasync."""
        with self._fd_lock:
            retired, self._retired = self._retired, []
            dir_dirty, self._dir_dirty = self._dir_dirty, False
            fd = self._fd
        for old in retired:
            self._flush(os.fsync, old, close=True)
        if dir_dirty:
            self._flush(_fsync_dir, self.path.parent)
        self._flush(os.fdatasync, fd)
        self._synced = target
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._release, target)

    def _flush(self, flush: Callable[[Any], None], what: Any, close: bool = False) -> None:
        try:
            flush(what)
            self._fsyncs += 1
        except OSError as exc:
            self._errors += 1
            log.error("audit: cannot flush %s: %s", self.path, exc.strerror or exc)
        finally:
            if close:
                os.close(what)

    def _release(self, synced: int) -> None:
        """On the event loop: wake the requests whose records are now on disk."""
        waiting = []
        for count, waiter in self._waiters:
            if count <= synced:
                if not waiter.done():
                    waiter.set_result(None)
            else:
                waiting.append((count, waiter))
        self._waiters = waiting


# -- compression and retention (a thread of the sink's own) --------------------------------------


class Housekeeper:
    """Compresses rotated files and deletes those beyond `keep`, off the event loop; at start
    it also finishes what a crash cut short."""

    def __init__(self, active: Path, rotation: Rotation) -> None:
        self.active = active
        self.rotation = rotation
        self.errors = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._wake.set()  # tidy up once at start
        self._thread = threading.Thread(target=self._run, name="audit-rotation", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            try:
                self.tidy()
            except OSError as exc:
                self.errors += 1
                log.error("audit: cannot compress or prune the rotated files of %s: %s",
                          self.active, exc.strerror or exc)
            if self._stop.is_set():
                return

    def tidy(self) -> None:
        """Prune beyond `keep`, then compress (a stopping sink leaves compressing of the
        remaining files to its next start)."""
        _remove_partials(self.active)
        rotated = rotated_files(self.active)
        _drop_compressed_twins(rotated)
        if self.rotation.keep and len(rotated) > self.rotation.keep:
            for path in rotated[:len(rotated) - self.rotation.keep]:
                _unlink(path)
                _unlink(path.with_name(path.name + ".gz"))
                log.info("audit: deleted %s (keep: %d)", path.name, self.rotation.keep)
            rotated = rotated[len(rotated) - self.rotation.keep:]
            _fsync_dir(self.active.parent)
        if self.rotation.gzip:
            for path in rotated:
                if self._stop.is_set():
                    return
                if not path.name.endswith(".gz"):
                    compress(path)


def compress(path: Path) -> Path:
    """`path` → `path.gz`: written beside it, made durable, renamed into place, and only then
    is the plain file removed (a crash leaves at most both, never neither)."""
    final = path.with_name(path.name + ".gz")
    partial = path.with_name(path.name + _PARTIAL)
    with open(path, "rb") as source, open(partial, "wb") as raw:
        with gzip.GzipFile(path.name, "wb", 6, raw, mtime=0) as packed:
            shutil.copyfileobj(source, packed, 1 << 20)
        raw.flush()
        os.fsync(raw.fileno())
    os.rename(partial, final)
    _fsync_dir(path.parent)
    _unlink(path)
    return final


def _remove_partials(active: Path) -> None:
    for name in os.listdir(active.parent):
        if name.startswith(active.name + ".") and name.endswith(_PARTIAL):
            _unlink(active.parent / name)


def _drop_compressed_twins(rotated: list[Path]) -> None:
    """A crash after a compressed copy was renamed into place left the plain file too: the
    copy is whole (it was made durable before the rename), so the plain one goes."""
    for index, path in enumerate(rotated):
        twin = path.with_name(path.name + ".gz")
        if not path.name.endswith(".gz") and twin.exists():
            _unlink(path)
            rotated[index] = twin


# -- reading the log back ------------------------------------------------------------------------


def last_record(path: Path) -> bytes | None:
    """The last line of `path` that is a whole JSON record (None if there is none); `.gz`
    files are read through (only when a crash left no newer file)."""
    try:
        if path.name.endswith(".gz"):
            return _last_json(_gz_tail(path))
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - _TAIL))
            return _last_json(handle.read())
    except (FileNotFoundError, EOFError, gzip.BadGzipFile):
        return None


def first_record_time(path: Path) -> float | None:
    """The `time` of the file's first record, as Unix seconds (None if unreadable)."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline(_TAIL)
        moment = orjson.loads(first).get("time")
        return datetime.fromisoformat(moment).timestamp()
    except (OSError, orjson.JSONDecodeError, AttributeError, TypeError, ValueError):
        return None


def _gz_tail(path: Path) -> bytes:
    tail = b""
    with gzip.open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            tail = (tail + chunk)[-_TAIL:]
    return tail


def _last_json(tail: bytes) -> bytes | None:
    for line in reversed(tail.split(b"\n")):
        if line.strip() and _is_json(line):
            return line
    return None


def _is_checkpoint(line: bytes | None) -> bool:
    if line is None:
        return False
    record = orjson.loads(line)
    return isinstance(record, dict) and record.get("event") == CHECKPOINT


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _is_json(line: bytes) -> bool:
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return True
