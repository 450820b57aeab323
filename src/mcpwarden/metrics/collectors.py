"""Gauges read at scrape time from the parts that keep state: the audit trail, the rate
limiter and the sandboxes of local servers (see README.md, "the collector protocol")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from mcpwarden.audit.trail import AuditTrail
from mcpwarden.limits.limiter import Limiter
from mcpwarden.metrics.registry import Sample
from mcpwarden.upstream.sandbox import Sandbox


def audit_samples(trail: AuditTrail) -> Iterator[Sample]:
    """Records written, checkpoints, lost events and sink errors; per sink its own counters
    (written, queued, spooled bytes, failures…)."""
    stats = trail.stats()
    for key, value in stats.items():
        if _number(value) and not key.startswith("sink_"):  # per sink below
            yield Sample(f"mcpwarden_audit_{key}", float(value), {},
                         f"Audit trail: {key.replace('_', ' ')}.")
    for sink, figures in (stats.get("sinks") or {}).items():
        for key, value in figures.items():
            if _number(value):
                yield Sample(f"mcpwarden_audit_sink_{key}", float(value), {"sink": sink},
                             f"Audit sink: {key.replace('_', ' ')}.")


def limiter_samples(limiter: Limiter) -> Iterator[Sample]:
    adaptive = limiter.adaptive
    if adaptive is not None:
        yield Sample("mcpwarden_limits_tightened", float(adaptive.tightened_count), {},
                     "Principals or addresses whose rate limits are tightened now.")


def sandbox_samples(sandboxes: Iterable[Sandbox]) -> Iterator[Sample]:
    """Per sandboxed upstream: launches, crashes, limit breaches, refused egress, and the
    processes running now with their CPU time and resident memory."""
    for sandbox in sandboxes:
        stats = sandbox.stats()
        labels = {"upstream": str(stats["upstream"])}
        for key in ("launches", "crashes", "limit_events", "egress_denied"):
            yield Sample(f"mcpwarden_sandbox_{key}_total", float(stats[key]), labels,
                         f"Sandboxed servers: {key.replace('_', ' ')}.", "counter")
        running: Mapping[str, Mapping[str, Any]] = stats["running"]
        yield Sample("mcpwarden_sandbox_processes", float(len(running)), labels,
                     "Sandboxed server processes running now.")
        yield Sample("mcpwarden_sandbox_cpu_seconds", _sum(running, "cpu_s"), labels,
                     "CPU seconds used by the running sandboxed servers.")
        yield Sample("mcpwarden_sandbox_resident_bytes", _sum(running, "rss_mb") * 2**20,
                     labels, "Resident memory of the running sandboxed servers.")


def _sum(running: Mapping[str, Mapping[str, Any]], key: str) -> float:
    return float(sum(process.get(key, 0) for process in running.values()))


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
