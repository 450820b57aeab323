"""Rate-limit cost: the in-memory check of every level, the Redis round trip, and tools/call
throughput through a real gateway with no limits, memory limits and Redis limits.

    .venv/bin/python bench/bench_limits.py            # all three parts
    .venv/bin/python bench/bench_limits.py --parts memory,redis   # in-process figures only

The in-process parts run the `limits` guard itself (user, session, upstream and tool rates,
daily call and byte quotas, per-user and per-upstream concurrency caps, adaptive lookup) on
1000 distinct users with limits high enough that every call passes: the budget (DESIGN.md) is
5 µs per call in memory for all levels together, and one Redis round trip (reported as p50,
p99, best, and this process's CPU per check: client overhead without the wire or Redis; a
redis-server on a free port in a temp dir is started for it). The gateway part
starts bench/echo_upstream.py, `mcpwarden serve` and bench/loadgen.py (closed loop, c
connections, every answer checked) and a redis-server on a free port in a temp dir; everything
is stopped at the end. Figures on a shared 2-core VM are noisy: compare within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from mcpwarden.guards.base import PASS, Decision, Exchange, Guard
from mcpwarden.guards.limits import LimitsGuard
from mcpwarden.identity.principal import Principal
from mcpwarden.limits.adaptive import AdaptiveTracker
from mcpwarden.limits.limiter import Limiter
from mcpwarden.limits.memory import MemoryStore
from mcpwarden.limits.plan import compile_plan
from mcpwarden.limits.redis import RedisStore
from mcpwarden.limits.settings import LimitsSettings
from mcpwarden.limits.store import LimitStore
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

ROOT = Path(__file__).resolve().parent.parent
HIGH = "1000000/second"
ALL_LEVELS: dict[str, Any] = {
    "user": HIGH, "session": HIGH, "upstream": HIGH, "address": HIGH,
    "tool": {"raw/echo": HIGH, "*/search_*": HIGH},
    "concurrency": {"user": 1000, "upstream": 100000},
    "quotas": {"user": {"calls": "1000000000/day", "bytes": "1000GB/day"}},
    "connections": {"per_address": HIGH},
}
THREE_LEVELS: dict[str, Any] = {"user": HIGH, "session": HIGH, "tool": {"raw/echo": HIGH},
                                 "adaptive": {"enabled": False}}
PROTOCOL = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": PROTOCOL,
        "io.modelcontextprotocol/clientCapabilities": {}}


class PassGuard(Guard):
    """The same call path with nothing checked: what the loop itself costs."""

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        return PASS


def guard_with(store: LimitStore, settings: dict[str, Any] = ALL_LEVELS) -> LimitsGuard:
    plan = compile_plan(msgspec.convert(settings, LimitsSettings))
    adaptive = AdaptiveTracker(plan.adaptive) if plan.adaptive is not None else None
    return LimitsGuard(Limiter(plan, store, adaptive=adaptive))


def exchanges(n: int) -> list[Exchange]:
    return [Exchange(upstream="raw", era=Era.MODERN, transport="http", protocol_version=PROTOCOL,
                     principal=Principal("https://idp.example", f"user{i % 1000}"),
                     session_id=f"session{i % 1000}", client_address=f"10.0.{i % 250}.1:4000")
            for i in range(n)]


CALL = Message.from_obj({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                         "params": {"name": "echo", "arguments": {"text": "hello"}}})


async def per_call_us(guard: Guard, n: int) -> float:
    """CPU time of this process per call: on a shared machine, time spent descheduled would
    otherwise swamp microseconds."""
    pool = exchanges(1000)
    started = time.process_time()
    for i in range(n):
        ex = pool[i % 1000]
        if await guard.inbound(ex, CALL) is not None:
            raise SystemExit("a benchmark call was refused; the limits are meant to be high")
        ex.finish()
    return (time.process_time() - started) / n * 1e6


async def micro(n: int) -> dict[str, float]:
    """Interleaved runs (noise hits all three alike); median and best of 5."""
    guards: dict[str, Guard] = {"loop_only": PassGuard(),
                                "three_levels": guard_with(MemoryStore(), THREE_LEVELS),
                                "all_levels": guard_with(MemoryStore())}
    runs: dict[str, list[float]] = {name: [] for name in guards}
    for guard in guards.values():
        await per_call_us(guard, 20_000)  # warm-up
    for _ in range(5):
        for name, guard in guards.items():
            runs[name].append(await per_call_us(guard, n))
    figures: dict[str, float] = {}
    for name, values in runs.items():
        figures[f"memory_{name}_us_median"] = statistics.median(values)
        figures[f"memory_{name}_us_min"] = min(values)
    return figures


async def redis_figures(url: str, seconds: float) -> dict[str, float]:
    store = RedisStore(url)
    await store.start()
    guard = guard_with(store)
    try:
        pool = exchanges(1000)
        for i in range(500):  # warm-up: connection, script cache, allocator
            await guard.inbound(pool[i % 1000], CALL)
            pool[i % 1000].finish()
        latencies = []
        cpu_started = time.process_time()
        for i in range(3000):
            started = time.perf_counter()
            await guard.inbound(pool[i % 1000], CALL)
            latencies.append(time.perf_counter() - started)
            pool[i % 1000].finish()
        cpu_us = (time.process_time() - cpu_started) / 3000 * 1e6
        latencies.sort()
        done = 0
        stop = time.perf_counter() + seconds

        async def worker(offset: int) -> None:
            nonlocal done
            i = offset
            while time.perf_counter() < stop:
                ex = pool[i % 1000]
                await guard.inbound(ex, CALL)
                ex.finish()
                done += 1
                i += 16

        await asyncio.gather(*(worker(k) for k in range(16)))
        return {"redis_p50_us": latencies[len(latencies) // 2] * 1e6,
                "redis_best_us": latencies[0] * 1e6,
                "redis_cpu_us_per_check": cpu_us,  # this process only: not Redis, not the wire
                "redis_p99_us": latencies[int(len(latencies) * 0.99)] * 1e6,
                "redis_checks_per_s_c16": done / seconds}
    finally:
        await store.aclose()


# -- processes -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: the process exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"{url} did not become ready")


@contextlib.contextmanager
def running(args: list[str], ready: str | None = None) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if ready is not None:
            wait_ready(ready, process)
        else:
            time.sleep(0.5)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=8)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory),
            "--save", "", "--appendonly", "no"]
    with running(args):
        yield f"redis://127.0.0.1:{port}/0"


def load(url: str, workdir: Path, connections: int, seconds: float) -> dict[str, Any]:
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {
        "name": "echo", "arguments": {"text": "hello"}, "_meta": META}}).encode()
    body_file = workdir / "body.json"
    body_file.write_bytes(body)
    headers = ["Content-Type: application/json",
               "Accept: application/json, text/event-stream",
               f"MCP-Protocol-Version: {PROTOCOL}", "Mcp-Method: tools/call", "Mcp-Name: echo"]
    args = [sys.executable, str(ROOT / "bench" / "loadgen.py"), "--url", url, "--body-file",
            str(body_file), "-c", str(connections), "-d", str(seconds), "--expect", "hello"]
    for header in headers:
        args += ["-H", header]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    if result["non_200"] or result["bad_body"] or result["errors"]:
        raise SystemExit(f"bad answers under load: {result}")
    return result


def gateway_run(workdir: Path, upstream: str, state: str, limits: dict[str, Any] | None,
                seconds: float) -> dict[str, Any]:
    port = free_port()
    config: dict[str, Any] = {"listen": f"127.0.0.1:{port}", "auth": "none", "state": state,
                              "state_dir": str(workdir / f"state-{port}"),
                              "upstreams": {"raw": {"url": upstream}}}
    if limits is not None:
        config["limits"] = limits
    path = workdir / f"gateway-{port}.yaml"
    path.write_text(json.dumps(config))
    args = [sys.executable, "-m", "mcpwarden", "--log-level", "warning", "serve", "-c", str(path)]
    with running(args, f"http://127.0.0.1:{port}/healthz"):
        url = f"http://127.0.0.1:{port}/mcp/raw"
        load(url, workdir, 4, 1.0)  # warm-up
        return {f"c{c}": load(url, workdir, c, seconds) for c in (1, 16)}


def gateway_figures(seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as tmp:
        workdir = Path(tmp)
        port = free_port()
        echo = [sys.executable, str(ROOT / "bench" / "echo_upstream.py"), "--port", str(port)]
        upstream = f"http://127.0.0.1:{port}/mcp"
        with running(echo, f"http://127.0.0.1:{port}/healthz"), redis_server(workdir) as redis:
            return {
                "no_limits": gateway_run(workdir, upstream, "memory://", None, seconds),
                "memory_limits": gateway_run(workdir, upstream, "memory://", ALL_LEVELS,
                                             seconds),
                "redis_limits": gateway_run(workdir, upstream, redis, ALL_LEVELS, seconds),
            }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="memory,redis,gateway",
                        help="comma-separated: memory, redis, gateway (default all)")
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=3.0, help="per load run")
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    figures: dict[str, Any] = {}
    if "memory" in parts:
        figures.update(asyncio.run(micro(args.calls)))
    if "redis" in parts:
        with tempfile.TemporaryDirectory(prefix="bench-redis-") as tmp, \
                redis_server(Path(tmp)) as url:
            figures.update(asyncio.run(redis_figures(url, args.seconds)))
    if "gateway" in parts:
        figures["gateway"] = gateway_figures(args.seconds)
    print(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
