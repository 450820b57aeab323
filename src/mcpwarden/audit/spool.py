"""Delivery for network sinks: a bounded memory queue that spills to an on-disk spool.

The event loop only appends (to the queue, or to the spool file once the queue is full or the
endpoint is failing): a slow, hanging or dead endpoint never blocks a request. A thread posts
batches, spills what it could not deliver, backs off, and replays the spool (oldest first) when
the endpoint answers again. Delivery is at least once: a batch whose answer was lost is sent
again (records carry `seq` and `hash` for de-duplication). A spool survives restarts.
"""

from __future__ import annotations

import collections
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mcpwarden.audit.settings import DeliverySettings

log = logging.getLogger("mcpwarden.audit")

_READ_CHUNK = 1 << 18


class PermanentFailure(Exception):
    """The endpoint refused the batch itself (e.g. HTTP 400): retrying cannot help."""


Post = Callable[[list[bytes]], None]  # raises on failure; PermanentFailure when not retryable


class Deliverer:
    def __init__(self, name: str, spool: Path, post: Post, settings: DeliverySettings) -> None:
        self.name = name
        self.spool = spool
        self._post = post
        self._settings = settings
        self._queue: collections.deque[bytes] = collections.deque()
        self._cond = threading.Condition()
        self._fd = -1
        self._offset = 0  # bytes of the spool already delivered
        self._spilling = False  # while the spool holds records, new ones go there (keeps order)
        self._inflight: list[bytes] = []
        self._consumed = 0
        self._from_spool = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._counts = {"delivered": 0, "spilled": 0, "failures": 0, "rejected": 0, "dropped": 0}
        self._last_error: str | None = None

    # -- the event loop's side ----------------------------------------------------------------

    def start(self) -> None:
        self.spool.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.spool, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        if os.fstat(self._fd).st_size:
            self._spilling = True
            log.warning("audit: %s has undelivered records in %s; replaying them", self.name,
                        self.spool)
        self._thread = threading.Thread(target=self._run, name=f"audit-{self.name}",
                                        daemon=True)
        self._thread.start()

    def offer(self, line: bytes) -> None:
        with self._cond:
            if self._spilling or len(self._queue) >= self._settings.queue_size:
                self._spill([line])
            else:
                self._queue.append(line)
            self._cond.notify()

    def close(self, grace: float) -> None:
        """Deliver what can be within `grace` seconds; spool the rest for the next start."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=grace)
        with self._cond:
            leftover = ([*self._inflight] if not self._from_spool else []) + list(self._queue)
            self._inflight, self._queue = [], collections.deque()
            self._compact()
            if leftover:
                self._spill(leftover)
            os.close(self._fd)
            self._fd = -1

    def stats(self) -> dict[str, Any]:
        with self._cond:
            pending = os.fstat(self._fd).st_size - self._offset if self._fd >= 0 else 0
            return {**self._counts, "queued": len(self._queue), "spool_bytes": pending,
                    "spilling": self._spilling, "last_error": self._last_error}

    # -- the delivery thread ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._deliver_until_closed()
        except Exception:  # e.g. the spool closed under a batch that outlived close()'s grace
            log.exception("audit: the delivery thread of %s stopped", self.name)

    def _deliver_until_closed(self) -> None:
        delay = self._settings.retry_initial
        while True:
            with self._cond:
                while not self._stopping and not self._queue and not self._spool_pending():
                    self._cond.wait()
                if self._stopping and not self._queue and not self._spool_pending():
                    return
                self._from_spool = self._spool_pending()
                if not self._from_spool:
                    size = min(len(self._queue), self._settings.batch_size)
                    self._inflight = [self._queue.popleft() for _ in range(size)]
            if self._from_spool:  # only this thread moves the offset; the file only grows
                self._inflight = self._read_spool()
            ok = self._deliver(self._inflight)
            with self._cond:
                self._settle(ok)
                if ok:
                    delay = self._settings.retry_initial
                    continue
                self._back_off(delay)
                if self._stopping:
                    return
            delay = min(delay * 2, self._settings.retry_max)

    def _back_off(self, delay: float) -> None:
        """Sleep `delay` (lock held, released while waiting); new records do not cut it short,
        only close() does."""
        deadline = time.monotonic() + delay
        while not self._stopping and (left := deadline - time.monotonic()) > 0:
            self._cond.wait(timeout=left)

    def _deliver(self, batch: list[bytes]) -> bool:
        if not batch:
            return True
        try:
            self._post(batch)
        except PermanentFailure as exc:
            self._refused(batch, str(exc))
            return True
        except Exception as exc:
            with self._cond:
                self._counts["failures"] += 1
                first = self._last_error is None
                self._last_error = f"{type(exc).__name__}: {exc}"
            (log.warning if first else log.debug)(
                "audit: %s is failing (%s); records are kept in %s", self.name,
                self._last_error, self.spool)
            return False
        with self._cond:
            self._counts["delivered"] += len(batch)
            if self._last_error is not None:
                log.warning("audit: %s delivers again", self.name)
            self._last_error = None
        return True

    def _settle(self, ok: bool) -> None:
        batch, self._inflight = self._inflight, []
        if self._fd < 0:  # closed while this batch was out: close() kept it
            return
        if self._from_spool:
            if ok:
                self._offset += self._consumed
                if self._offset >= os.fstat(self._fd).st_size:
                    os.ftruncate(self._fd, 0)
                    self._offset, self._spilling = 0, False
            return
        if not ok:  # keep order: the failed batch, then whatever queued behind it
            self._spill([*batch, *self._queue])
            self._queue.clear()

    def _refused(self, batch: list[bytes], why: str) -> None:
        """A batch the endpoint will never take is set aside in a file, not retried forever."""
        rejected = self.spool.with_suffix(".rejected.jsonl")
        with open(rejected, "ab") as handle:
            handle.writelines(batch)
        with self._cond:
            self._counts["rejected"] += len(batch)
        log.error("audit: %s refused %d record(s) (%s); kept in %s", self.name, len(batch),
                  why, rejected)

    # -- the spool (callers hold the lock) ----------------------------------------------------

    def _compact(self) -> None:
        """Drop the delivered head of the spool, so a restart does not send it again."""
        if self._offset:
            rest = os.pread(self._fd, os.fstat(self._fd).st_size - self._offset, self._offset)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, rest)
            self._offset = 0

    def _spool_pending(self) -> bool:
        return self._spilling and os.fstat(self._fd).st_size > self._offset

    def _spill(self, lines: list[bytes]) -> None:
        size = os.fstat(self._fd).st_size
        data = b"".join(lines)
        if size + len(data) > self._settings.spool_max_bytes:
            self._counts["dropped"] += len(lines)
            log.error("audit: %s: the spool %s is full (%d bytes); %d record(s) dropped",
                      self.name, self.spool, size, len(lines))
            return
        os.write(self._fd, data)
        self._spilling = True
        self._counts["spilled"] += len(lines)

    def _read_spool(self) -> list[bytes]:
        """The next batch of spooled lines; `_consumed` is how many bytes they span."""
        size = _READ_CHUNK
        while True:
            chunk = os.pread(self._fd, size, self._offset)
            end = chunk.rfind(b"\n")
            if end >= 0 or len(chunk) < size:
                break
            size *= 2  # one record longer than the chunk
        if end < 0:  # only a torn line (a crash mid-spill) is left
            log.error("audit: %s: skipping %d bytes of an incomplete line in %s", self.name,
                      len(chunk), self.spool)
            self._consumed = len(chunk)
            return []
        lines = chunk[: end + 1].splitlines(keepends=True)[: self._settings.batch_size]
        self._consumed = sum(len(line) for line in lines)
        return [line for line in lines if line.strip()]
