"""The audit trail: subscribes to the event bus, chains records, feeds the sinks.

`attach_audit(config, events, services)` is the one call the fronts make. Records are built,
linked into the hash chain and handed to every sink on the caller's thread (the event loop),
under a lock, so the chain order is the order events happened. What that costs per event is
measured by bench/bench_audit.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
from collections.abc import Awaitable
from typing import Any

from mcpwarden import __version__
from mcpwarden.audit.chain import Chainer, Head
from mcpwarden.audit.events import Event, EventBus, Service
from mcpwarden.audit.keys import hmac_key, signing_key
from mcpwarden.audit.record import START, RecordBuilder, iso_time
from mcpwarden.audit.settings import AuditSettings
from mcpwarden.audit.sinks import LocalSink, Sink, sink_path
from mcpwarden.audit.sinks.jsonl import JsonlSink, Rotation
from mcpwarden.audit.sinks.otlp import make_otlp_sink
from mcpwarden.audit.sinks.sqlite import SqliteSink
from mcpwarden.audit.sinks.webhook import WebhookSink
from mcpwarden.config import Config

log = logging.getLogger("mcpwarden.audit")


def attach_audit(config: Config, events: EventBus, services: list[Service]) -> AuditTrail:
    """Build the trail for `config.audit`, subscribe it to `events` and register it as a
    service (started and closed with the gateway). With `sinks: []` it stays detached."""
    trail = AuditTrail(config.audit, config.state_dir)
    if trail.sinks:
        events.subscribe(trail)
        services.append(trail)
        if config.audit.fsync == "always":
            events.add_barrier(trail.durable)
    return trail


def check_audit(config: Config) -> None:
    """What `mcpwarden check` can check without touching the logs: sink URLs and that every
    secret reference resolves (raises ConfigError naming the key)."""
    settings = config.audit
    build_sinks(settings, config.state_dir)
    if settings.signing_key is not None:
        signing_key(settings, config.state_dir)
    if isinstance(settings.pseudonymise, str):
        hmac_key(settings, config.state_dir)


def build_sinks(settings: AuditSettings, state_dir: str) -> list[Sink]:
    sinks: list[Sink] = []
    for url in settings.sinks:
        if url.startswith("jsonl://"):
            sinks.append(JsonlSink(sink_path(url, "jsonl://", state_dir), settings.fsync,
                                   settings.fsync_interval, Rotation.of(settings)))
        elif url.startswith("sqlite://"):
            sinks.append(SqliteSink(sink_path(url, "sqlite://", state_dir),
                                    settings.retention_days))
        elif url.startswith("otlp+"):
            sinks.append(make_otlp_sink(url, state_dir, settings.otlp, settings.delivery))
        else:
            sinks.append(WebhookSink(url, state_dir, settings.webhook, settings.delivery))
    return sinks


class AuditTrail:
    def __init__(self, settings: AuditSettings, state_dir: str) -> None:
        self.settings = settings
        self.state_dir = state_dir
        self.sinks = build_sinks(settings, state_dir)
        self._rotating = [s for s in self.sinks if isinstance(s, JsonlSink) and s.rotation]
        self._lock = threading.Lock()
        self._chain: Chainer | None = None
        self._builder: RecordBuilder | None = None
        self._pending: list[Event] = []  # deferred to the next loop turn (see __call__)
        self._drain_scheduled = False
        self._ticker: asyncio.Task[None] | None = None
        self._counts = {"records": 0, "checkpoints": 0, "sink_errors": 0, "lost": 0}

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        settings = self.settings
        key = signing_key(settings, self.state_dir)
        self._builder = RecordBuilder(hmac_key(settings, self.state_dir),
                                      pseudonymise=settings.pseudonymise is not False)
        opened: list[Sink] = []
        try:
            for sink in self.sinks:
                sink.open()
                opened.append(sink)
        except Exception:
            for sink in reversed(opened):
                sink.close()
            raise
        self._chain = Chainer(self._resume(), key)
        start = {"v": 1, "time": iso_time(time.time()), "event": START, "outcome": "ok",
                 "detail": {"pid": os.getpid(), "version": __version__}}
        with self._lock:
            self._append(start)
        self._ticker = asyncio.create_task(self._tick(), name="audit-checkpoints")

    async def aclose(self) -> None:
        self._drain()
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        with self._lock:
            if self._chain is not None:
                self._checkpoint("shutdown")
            self._chain = None
        await asyncio.to_thread(self._close_sinks)

    def _close_sinks(self) -> None:
        for sink in self.sinks:
            try:
                sink.close()
            except Exception:
                log.exception("audit: closing %s failed", sink.name)

    # -- the hot path -------------------------------------------------------------------------

    def __call__(self, event: Event) -> None:
        """Record the event. Unless `fsync: always` (where the reply waits for the disk),
        the work is deferred to the next turn of the event loop, in order and in batches, so
        that the reply leaves first; `aclose` records whatever is still pending."""
        if self.settings.fsync == "always":
            self._record(event)
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a synchronous caller): record at once
            self._record(event)
            return
        self._pending.append(event)
        if not self._drain_scheduled:
            self._drain_scheduled = True
            loop.call_soon(self._drain)

    def _drain(self) -> None:
        self._drain_scheduled = False
        pending, self._pending = self._pending, []
        for event in pending:
            self._record(event)

    def _record(self, event: Event) -> None:
        builder = self._builder
        if builder is None:
            self._counts["lost"] += 1
            log.error("audit: a %s event arrived while the trail is closed; not recorded",
                      event.kind)
            return
        record = builder.build(event)
        with self._lock:
            if self._chain is None:
                self._counts["lost"] += 1
                log.error("audit: a %s event arrived after shutdown; not recorded", event.kind)
                return
            for sink in self._rotating:
                if sink.rotation_due():
                    self._checkpoint("rotate")  # seals the file; the record opens the next one
                    break
            self._append(record)
            if self._chain.since_checkpoint >= self.settings.checkpoint_every:
                self._checkpoint("count")

    def durable(self) -> Awaitable[None] | None:
        """With `fsync: always`: something to await until every record so far is on disk
        (None when it already is). The event bus's barrier; see `EventBus.settled`."""
        waiters = [w for s in self.sinks if isinstance(s, JsonlSink) and
                   (w := s.durable()) is not None]
        if not waiters:
            return None
        return waiters[0] if len(waiters) == 1 else _all(waiters)

    def _append(self, record: dict[str, Any]) -> None:
        assert self._chain is not None
        self._emit(record, self._chain.link(record))
        self._counts["records"] += 1

    def _checkpoint(self, reason: str) -> None:
        assert self._chain is not None
        record, line = self._chain.checkpoint(reason, time.time())
        self._emit(record, line)
        self._counts["checkpoints"] += 1

    def _emit(self, record: dict[str, Any], line: bytes) -> None:
        for sink in self.sinks:
            try:
                sink.write(record, line)
            except Exception:
                self._counts["sink_errors"] += 1
                log.exception("audit: %s could not take record seq %s", sink.name,
                              record.get("seq"))

    # -- helpers ------------------------------------------------------------------------------

    def _resume(self) -> Head:
        """Continue the chain where the most advanced local log stops (a sink added later
        joins it there); a new chain if there is no local log."""
        heads = [_head_of(s) for s in self.sinks if isinstance(s, JsonlSink | SqliteSink)]
        return max(heads, key=lambda head: head.seq, default=Head())

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.settings.checkpoint_seconds)
            with self._lock:
                if self._chain is not None and self._chain.since_checkpoint:
                    self._checkpoint("time")

    def stats(self) -> dict[str, Any]:
        """Counters for the metrics helper: records, checkpoints, errors, and per sink
        (network sinks: delivered, queued, spool_bytes, spilled, failures, dropped…)."""
        head = self._chain.head if self._chain is not None else None
        return {**self._counts, "seq": head.seq if head else None,
                "sinks": {sink.name: sink.stats() for sink in self.sinks}}


async def _all(waiters: list[asyncio.Future[None]]) -> None:
    await asyncio.gather(*waiters)


def _head_of(sink: LocalSink) -> Head:
    head = Head.from_line(sink.last_line())
    if head is None:
        log.error("audit: the last record of %s is unreadable; a new chain segment starts "
                  "(verify will report the break)", sink.path)
        return Head()
    return head
