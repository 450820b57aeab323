"""A small closed-loop HTTP/1.1 load generator, for machines without wrk.

`--connections` keep-alive connections each send the same POST back to back for `--duration`
seconds; every response's latency is taken with `time.perf_counter_ns`. Raw asyncio protocols
and httptools, on uvloop when installed. Prints one JSON line:

    {"requests": …, "duration_s": …, "rps": …, "p50_us": …, "p99_us": …, "mean_us": …,
     "max_us": …, "non_200": …, "bad_body": …, "errors": …, "sample": "…"}

    python bench/loadgen.py --url http://127.0.0.1:9101/mcp --body-file body.json \
        -H 'Content-Type: application/json' --expect '"resultType":"complete"' -c 16 -d 5

A response counts as bad when its status is not 200 or its body lacks any `--expect` string.
Being Python, it is slower than wrk: on a shared core it leaves less CPU to the server, so its
absolute numbers are not comparable with wrk's (ratios measured with one tool are).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import sys
import time
from typing import Any, cast
from urllib.parse import urlsplit

import httptools


class Stats:
    def __init__(self) -> None:
        self.latencies_ns: list[int] = []
        self.non_200 = 0
        self.bad_body = 0
        self.errors = 0
        self.sample = ""


class Connection(asyncio.Protocol):
    """One keep-alive connection sending `request` again as soon as each answer is complete."""

    def __init__(self, request: bytes, expect: list[bytes], stats: Stats, stop_at_ns: int,
                 done: asyncio.Future[None]) -> None:
        self.request = request
        self.expect = expect
        self.stats = stats
        self.stop_at_ns = stop_at_ns
        self.done = done
        self.parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.body: list[bytes] = []
        self.sent_ns = 0

    # -- asyncio.Protocol --------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass
        self._send()

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(f"unparsable response: {exc}")

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self._fail(f"the server closed the connection ({exc or 'EOF'})")

    # -- httptools callbacks -----------------------------------------------------------------

    def on_message_begin(self) -> None:
        self.body = []

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        now = time.perf_counter_ns()
        stats = self.stats
        stats.latencies_ns.append(now - self.sent_ns)
        status = self.parser.get_status_code()
        body = b"".join(self.body)
        if status != 200 or not all(marker in body for marker in self.expect):
            if status != 200:
                stats.non_200 += 1
            else:
                stats.bad_body += 1
            if not stats.sample:
                stats.sample = f"{status} {body[:300].decode(errors='replace')}"
        if now < self.stop_at_ns:
            self._send()
        else:
            self._finish()

    # -- helpers -----------------------------------------------------------------------------

    def _send(self) -> None:
        assert self.transport is not None
        self.sent_ns = time.perf_counter_ns()
        self.transport.write(self.request)

    def _fail(self, why: str) -> None:
        self.stats.errors += 1
        if not self.stats.sample:
            self.stats.sample = why
        self._finish()

    def _finish(self) -> None:
        if not self.done.done():
            self.done.set_result(None)
        if self.transport is not None:
            self.transport.close()


def build_request(url: str, body: bytes, headers: list[str]) -> tuple[str, int, bytes]:
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise SystemExit(f"loadgen: {url!r} must be an http:// URL")
    host, port = parts.hostname, parts.port or 80
    lines = [f"POST {parts.path or '/'} HTTP/1.1", f"Host: {parts.netloc}",
             f"Content-Length: {len(body)}", *headers]
    return host, port, ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def run(url: str, body: bytes, headers: list[str], expect: list[bytes], connections: int,
              duration: float) -> dict[str, Any]:
    host, port, request = build_request(url, body, headers)
    loop = asyncio.get_running_loop()
    stats = Stats()
    started_ns = time.perf_counter_ns()
    stop_at_ns = started_ns + int(duration * 1e9)
    finished: list[asyncio.Future[None]] = []
    for _ in range(connections):
        done: asyncio.Future[None] = loop.create_future()
        finished.append(done)
        await loop.create_connection(
            functools.partial(Connection, request, expect, stats, stop_at_ns, done), host, port
        )
    await asyncio.wait_for(asyncio.gather(*finished), timeout=duration + 30)
    elapsed = (time.perf_counter_ns() - started_ns) / 1e9
    return summarise(stats, elapsed)


def summarise(stats: Stats, elapsed: float) -> dict[str, Any]:
    lat = sorted(stats.latencies_ns)

    def pct(p: float) -> float:
        if not lat:
            return 0.0
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] / 1000

    return {
        "requests": len(lat), "duration_s": elapsed, "rps": len(lat) / elapsed if elapsed else 0,
        "p50_us": pct(50), "p99_us": pct(99),
        "mean_us": sum(lat) / len(lat) / 1000 if lat else 0.0,
        "max_us": lat[-1] / 1000 if lat else 0.0,
        "non_200": stats.non_200, "bad_body": stats.bad_body, "errors": stats.errors,
        "sample": stats.sample,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Closed-loop HTTP/1.1 POST load generator (wrk fallback).")
    parser.add_argument("--url", required=True)
    parser.add_argument("--body-file", required=True, help="request body to POST")
    parser.add_argument("-H", "--header", action="append", default=[], help="'Name: value'")
    parser.add_argument("--expect", action="append", default=[],
                        help="a string every response body must contain (repeatable)")
    parser.add_argument("-c", "--connections", type=int, default=1)
    parser.add_argument("-d", "--duration", type=float, default=5.0, help="seconds")
    args = parser.parse_args(argv)
    with open(args.body_file, "rb") as handle:
        body = handle.read()
    work = run(args.url, body, args.header, [e.encode() for e in args.expect],
               args.connections, args.duration)
    try:
        import uvloop
    except ImportError:
        result = asyncio.run(work)
    else:
        result = uvloop.run(work)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
