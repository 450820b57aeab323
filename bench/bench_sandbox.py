"""Start-up cost of a sandboxed local server against the same server unsandboxed.

    .venv/bin/python bench/bench_sandbox.py [--starts 10] [--calls 200]

Three figures, each unsandboxed vs sandboxed (bubblewrap namespaces + seccomp filter + the
in-sandbox launcher that sets rlimits), in the same run:
- `exec`: spawn `python -I -S -c pass` and wait for it to exit (the bare cost of the sandbox);
  as root, the gateway first prepares a user namespace in which the server is host `nobody`;
  `exec (b)` shows the same with bubblewrap's own user namespace (how a non-root gateway runs);
- `mcp start`: spawn the stdio fixture server (official SDK) until its `initialize` is answered,
  through the real StdioConnector (what a client waits for on a cold upstream);
- `tools/call`: one echo round trip on a warm process (the sandbox should cost nothing here).
Values are medians (and p90) in milliseconds; unsandboxed and sandboxed runs alternate.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from mcpwarden.guards.base import Exchange
from mcpwarden.identity.principal import Principal
from mcpwarden.upstream.sandbox import Sandbox, SandboxSettings
from mcpwarden.upstream.stdio import StdioConnector, StdioSession
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "stdio_fixture_server.py"
SERVER = [sys.executable, str(FIXTURE)]
BARE = [sys.executable, "-I", "-S", "-c", "pass"]
EXCHANGE = Exchange(upstream="bench", era=Era.LEGACY, transport="stdio",
                    protocol_version="2025-11-25", principal=Principal("https://b", "bench"),
                    session_id="s")
INIT = jsonrpc.request(1, "initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                                         "clientInfo": {"name": "bench", "version": "1"}})


async def timed(action: Callable[[], Awaitable[None]], times: int) -> list[float]:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        await action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


async def paired(plain: Callable[[], Awaitable[None]], boxed: Callable[[], Awaitable[None]],
                 times: int) -> tuple[list[float], list[float]]:
    """Alternate the two, so that load from other processes hits both alike."""
    plain_samples: list[float] = []
    boxed_samples: list[float] = []
    for _ in range(times):
        plain_samples += await timed(plain, 1)
        boxed_samples += await timed(boxed, 1)
    return plain_samples, boxed_samples


async def bare_exec(box: Sandbox | None) -> None:
    if box is None:
        proc = await asyncio.create_subprocess_exec(*BARE, stdin=asyncio.subprocess.DEVNULL)
    else:
        proc = await box.spawn(BARE, {}, None, limit=65536)
        assert proc.stdin is not None
        proc.stdin.close()
    await proc.communicate()


async def cold_start(box: Sandbox | None) -> None:
    connector = StdioConnector("bench", SERVER, sandbox=box, init_timeout=60)
    await connector.open_session(INIT, EXCHANGE)
    await connector.aclose()


async def warm_calls(box: Sandbox | None, calls: int) -> list[float]:
    connector = StdioConnector("bench", SERVER, sandbox=box, init_timeout=60)
    session, _ = await connector.open_session(INIT, EXCHANGE)
    assert isinstance(session, StdioSession)

    async def call() -> None:
        msg = Message.parse(jsonrpc.request(2, "tools/call", {
            "name": "echo", "arguments": {"text": "x"}}).raw)
        async for _ in session.request(msg, EXCHANGE):
            pass

    await timed(call, 20)  # warm-up
    samples = await timed(call, calls)
    await connector.aclose()
    return samples


def row(name: str, plain: list[float], boxed: list[float]) -> str:
    def fmt(samples: list[float]) -> str:
        p90 = statistics.quantiles(samples, n=10)[-1]
        return f"{statistics.median(samples):8.2f} (p90 {p90:7.2f})"
    added = statistics.median(boxed) - statistics.median(plain)
    return f"{name:<11} {fmt(plain)}   {fmt(boxed)}   {added:+8.2f}"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    box = Sandbox("bench", SandboxSettings())
    await bare_exec(box)  # the one-time sandbox check, outside the measurement
    print(f"{'ms':<11} {'unsandboxed':<25}   {'sandboxed':<25}   added (median)")
    print(row("exec", *await paired(lambda: bare_exec(None), lambda: bare_exec(box),
                                    args.starts * 3)))
    if box.own_userns:  # as root; also show bubblewrap's own user namespace (non-root gateway)
        plain_ns = Sandbox("bench", SandboxSettings())
        plain_ns.own_userns = False
        await bare_exec(plain_ns)
        print(row("exec (b)", *await paired(lambda: bare_exec(None), lambda: bare_exec(plain_ns),
                                        args.starts * 3)))
    # Restarts reuse the upstream's Sandbox (its one-time check is done).
    print(row("mcp start", *await paired(lambda: cold_start(None), lambda: cold_start(box),
                                         args.starts)))
    print(row("tools/call", await warm_calls(None, args.calls),
              await warm_calls(box, args.calls)))


if __name__ == "__main__":
    asyncio.run(main())
