"""The JSONL sink: one canonical record per line, appended with a single write.

Every record is written at once, on the event loop (a few µs): a killed process loses nothing,
the kernel has the line. Flushing to the disk is what the fsync policy decides:
`always`: a thread fdatasyncs as soon as records are waiting, and `durable()` lets the Route wait
for the flush covering its record before the client sees the reply (group commit: requests
written while a flush runs share the next one, and the event loop never blocks on the disk);
`interval`: the thread flushes every `fsync_interval` seconds (a power cut loses at most that);
`never`: flushing is left to the OS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
from pathlib import Path
from typing import Any

import orjson

from mcpwarden.audit.sinks import open_locked

log = logging.getLogger("mcpwarden.audit")

_TAIL = 1 << 16  # bytes read back to find the last record when resuming a chain


class JsonlSink:
    def __init__(self, path: Path, fsync: str, interval: float) -> None:
        self.name = f"jsonl:{path}"
        self.path = path
        self._fsync = fsync
        self._interval = interval
        self._fd = -1
        self._appended = 0  # lines written (event loop)
        self._synced = 0  # lines known to be on disk (flush thread)
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []  # event loop only
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._flusher: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._errors = 0
        self._fsyncs = 0

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd, self.path = open_locked(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        self.name = f"jsonl:{self.path}"
        self._end_with_newline()
        if self._fsync == "never":
            return
        if self._fsync == "always":
            self._loop = asyncio.get_running_loop()
        self._flusher = threading.Thread(target=self._flush_loop, name="audit-fsync",
                                         daemon=True)
        self._flusher.start()

    def write(self, record: dict[str, Any], line: bytes) -> None:
        try:
            _write_all(self._fd, line)
        except OSError as exc:
            self._errors += 1
            log.error("audit: cannot write %s: %s", self.path, exc.strerror or exc)
            raise
        self._appended += 1

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
        if self._fd >= 0:
            if self._fsync != "never":
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1
        if self._loop is not None:  # nobody may wait forever on a flush that already happened
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._release, self._appended)

    def last_line(self) -> bytes | None:
        """The last line of the file that is a whole JSON record (None if there is none)."""
        try:
            with open(self.path, "rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - _TAIL))
                tail = handle.read()
        except FileNotFoundError:
            return None
        for line in reversed(tail.split(b"\n")):
            if line.strip() and _is_json(line):
                return line
        return None

    def stats(self) -> dict[str, Any]:
        return {"written": self._appended, "errors": self._errors, "fsyncs": self._fsyncs}

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
        try:
            os.fdatasync(self._fd)
            self._fsyncs += 1
        except OSError as exc:
            self._errors += 1
            log.error("audit: cannot flush %s: %s", self.path, exc.strerror or exc)
        self._synced = target
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._release, target)

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


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _is_json(line: bytes) -> bool:
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return True
