"""µs per event on the hot path of the audit trail (`AuditTrail.__call__`, what the gateway's
event loop pays for each request), for each fsync policy and with a SQLite and an OTLP sink;
for `fsync: always`, the time until the record is on disk (what a request waits, while the event
loop serves others), and events/s with 64 concurrent requests (flushes shared).

    PYTHONPATH=src .venv/bin/python bench/bench_audit.py [--dir /path/on/the/real/disk]

`always` is one fdatasync per event: its cost is the disk's flush latency, so run it on the
file system the log will live on (tmpfs flushes for free).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from typing import Any

import msgspec

from mcpwarden.audit.events import Event
from mcpwarden.audit.settings import AuditSettings
from mcpwarden.audit.trail import AuditTrail
from mcpwarden.identity.principal import Principal
from mcpwarden.wire.jsonrpc import Message

REQUEST = Message.parse(
    b'{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"name":"search_issues",'
    b'"arguments":{"query":"login fails after upgrade","repo":"acme/web","limit":20,'
    b'"labels":["bug","auth"]}}}')
ALICE = Principal(issuer="https://idp.example.com", subject="alice@example.com")


def event() -> Event:
    return Event(kind="request", outcome="ok", upstream="github", method="tools/call",
                 target="search_issues", principal=ALICE, session="9f2c4d1e8a7b6c5d",
                 client_address="10.0.0.7", transport="http", request=REQUEST,
                 response_bytes=5120, latency=0.0123, upstream_latency=0.0118,
                 findings=[{"guard": "secrets", "reason": "secret_redacted", "kind": "aws"}])


async def per_event_us(settings: dict[str, Any], count: int, state: str) -> list[float]:
    trail = AuditTrail(msgspec.convert(settings, AuditSettings), state)
    await trail.start()
    samples = []
    for _ in range(count):
        ev = event()
        started = time.perf_counter()
        trail(ev)
        waiter = trail.durable()  # `fsync: always`: the Route waits for the flush
        if waiter is not None:
            await waiter
        samples.append((time.perf_counter() - started) * 1e6)
    await trail.aclose()
    return samples


async def concurrent_rate(settings: dict[str, Any], tasks: int, each: int, state: str) -> float:
    """Events per second when `tasks` requests record concurrently (group commit at work)."""
    trail = AuditTrail(msgspec.convert(settings, AuditSettings), state)
    await trail.start()

    async def one() -> None:
        for _ in range(each):
            trail(event())
            waiter = trail.durable()
            if waiter is not None:
                await waiter

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(tasks)))
    rate = tasks * each / (time.perf_counter() - started)
    await trail.aclose()
    return rate


def report(name: str, samples: list[float]) -> None:
    samples.sort()
    p99 = samples[int(len(samples) * 0.99)]
    print(f"{name:44} median {statistics.median(samples):8.1f} µs   p99 {p99:8.1f} µs   "
          f"mean {statistics.fmean(samples):8.1f} µs   (n={len(samples)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", help="where the logs go (default: a temporary directory)")
    parser.add_argument("--events", type=int, default=20000)
    args = parser.parse_args()
    cases = [
        ("jsonl, fsync never", {"fsync": "never"}, args.events),
        ("jsonl, fsync interval (default)", {"fsync": "interval"}, args.events),
        ("jsonl, fsync always", {"fsync": "always"}, max(200, args.events // 20)),
        ("jsonl + sqlite, fsync interval", {"sinks": ["jsonl://a.jsonl", "sqlite://a.db"]},
         args.events),
        ("jsonl + otlp (dead endpoint, spilling)", {"sinks": [
            "jsonl://a.jsonl", "otlp+http://127.0.0.1:9"], "delivery": {"queue_size": 1000}},
         args.events),
    ]
    for name, settings, count in cases:
        with tempfile.TemporaryDirectory(dir=args.dir) as state:
            report(name, asyncio.run(per_event_us(settings, count, state)))
    for fsync in ("interval", "always"):
        with tempfile.TemporaryDirectory(dir=args.dir) as state:
            rate = asyncio.run(concurrent_rate({"fsync": fsync}, 64, 40, state))
            print(f"{'64 concurrent requests, fsync ' + fsync:44} {rate:10.0f} events/s")


if __name__ == "__main__":
    main()
