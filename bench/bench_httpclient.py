"""Sequential round trips through mcpwarden's upstream HttpClient against a local raw uvicorn echo.

Compares the pooled client (keep-alive reuse) with a fresh connection per request (a new
client, connect, request, close), and prints p50/p99 in µs per request.

    PYTHONPATH=src .venv/bin/python bench/bench_httpclient.py [--requests 5000] [--no-pin]

The echo server runs in a child process (uvicorn + httptools + uvloop, raw ASGI). Like the
measurements in notes/stack-and-performance.md, the server is pinned to CPU 0 and the client to
CPU 1 when the machine has two or more CPUs (--no-pin to skip).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

BODY = (
    b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":'
    b'{"text":"' + b"x" * 740 + b'"}}}'
)
HEADERS = [
    ("Content-Type", "application/json"),
    ("Accept", "application/json, text/event-stream"),
    ("Mcp-Protocol-Version", "2025-11-25"),
]


async def echo_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    more = True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})


def serve(port: int) -> None:
    import uvicorn

    uvicorn.run(
        echo_app,
        host="127.0.0.1",
        port=port,
        loop="uvloop",
        http="httptools",
        lifespan="off",
        log_level="warning",
        access_log=False,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_listening(port: int, deadline: float = 10.0) -> None:
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"the echo server did not start listening on port {port}")


async def measure(call: Callable[[], Awaitable[None]], requests: int) -> tuple[list[float], float]:
    """Wall-clock µs of each request, and the client process's CPU µs per request."""
    for _ in range(min(500, requests // 5)):  # warm-up
        await call()
    samples = []
    clock = time.perf_counter_ns
    cpu_start = time.process_time_ns()
    for _ in range(requests):
        start = clock()
        await call()
        samples.append((clock() - start) / 1000)
    return samples, (time.process_time_ns() - cpu_start) / 1000 / requests


async def run(url: str, requests: int) -> None:
    from mcpwarden.upstream.httpclient import HttpClient

    pooled = HttpClient(url)

    async def pooled_call() -> None:
        response = await pooled.request("POST", None, HEADERS, BODY, timeout=5)
        if len(await response.read()) != len(BODY):
            raise SystemExit("the echo server returned a different body")

    async def fresh_connection_call() -> None:
        client = HttpClient(url)
        response = await client.request("POST", None, HEADERS, BODY, timeout=5)
        if len(await response.read()) != len(BODY):
            raise SystemExit("the echo server returned a different body")
        await client.aclose()

    results = {
        "HttpClient, pooled keep-alive": await measure(pooled_call, requests),
        "fresh connection per request": await measure(fresh_connection_call, requests),
    }
    await pooled.aclose()
    print(f"{requests} sequential POSTs of {len(BODY)} B, echoed back ({url})")
    print(f"{'':32} {'p50 µs':>8} {'p99 µs':>8} {'mean µs':>8} {'req/s':>8} {'CPU µs':>8}")
    for name, (samples, cpu) in results.items():
        ordered = sorted(samples)
        p50 = ordered[len(ordered) // 2]
        p99 = ordered[int(len(ordered) * 0.99)]
        mean = statistics.fmean(ordered)
        print(f"{name:32} {p50:8.0f} {p99:8.0f} {mean:8.0f} {1e6 / mean:8.0f} {cpu:8.0f}")
    print("CPU µs = client-process CPU time per request (the echo server runs in another process)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--no-pin", action="store_true", help="do not pin server/client to CPUs")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pin = not args.no_pin and hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) >= 2
    if args.serve:
        if pin:
            os.sched_setaffinity(0, {0})
        serve(args.serve)
        return

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port)] + (["--no-pin"] if not pin else [])
    )
    try:
        wait_until_listening(port)
        if pin:
            os.sched_setaffinity(0, {1})
        import uvloop

        uvloop.run(run(f"http://127.0.0.1:{port}/mcp", args.requests))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
