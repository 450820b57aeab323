"""µs per tools/call for the integrity checks together: the pin check and argument validation.

The issue's budget is 10 µs per call for both. Measured through a `Chain` of the real `pins`
guard (a SQLite pin store in a temporary directory, the tool approved) and the real `arguments`
guard that takes the approved schema from that store, inside a running event loop, as the
gateway runs them.

    PYTHONPATH=src .venv/bin/python bench/bench_integrity_path.py
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench_arguments import GOOD, TOOL

from mcpwarden.guards.arguments import ArgumentsGuard
from mcpwarden.guards.base import Exchange
from mcpwarden.guards.chain import Chain
from mcpwarden.guards.pins import PinsGuard
from mcpwarden.integrity.canonical import digest
from mcpwarden.integrity.pins import PinStore
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era

UPSTREAM = "bench"


async def per_call(step: Callable[[], Awaitable[object]], n: int = 100_000) -> float:
    for _ in range(1000):
        await step()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(n):
            await step()
        best = min(best, (time.perf_counter() - start) / n * 1e6)
    return best


async def measure(state_dir: Path) -> list[tuple[str, float]]:
    store = PinStore(state_dir / "pins.db")
    store.trust((UPSTREAM, "tool", "search"), TOOL, digest(TOOL))
    pins = PinsGuard(store, UPSTREAM, "enforce")
    arguments = ArgumentsGuard(
        schema_source=lambda name: store.approved(UPSTREAM, "tool", name))
    chain = Chain([pins, arguments])
    ex = Exchange(upstream=UPSTREAM, era=Era.LEGACY, transport="http",
                  protocol_version="2025-11-25")
    call = jsonrpc.request(1, "tools/call", {"name": "search", "arguments": GOOD})
    assert await chain.inbound(ex, call) is call, "the bench call must pass both checks"

    async def fresh_call() -> object:
        # Each request arrives as new bytes, so the envelope is parsed afresh every time.
        return await chain.inbound(ex, jsonrpc.Message.parse(call.raw))

    rows = [
        ("pins.inbound (approved tool)", await per_call(lambda: pins.inbound(ex, call))),
        ("arguments.inbound (valid call)", await per_call(lambda: arguments.inbound(ex, call))),
        ("chain [pins, arguments]", await per_call(lambda: chain.inbound(ex, call))),
        ("parse + chain [pins, arguments]", await per_call(fresh_call)),
    ]
    store.close()
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = asyncio.run(measure(Path(tmp)))
    for name, micros in rows:
        print(f"{name:40s} {micros:7.2f} µs")


if __name__ == "__main__":
    main()
