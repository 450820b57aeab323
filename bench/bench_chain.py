"""µs per tools/call spent in each guard of the default chain, in process.

The chain is built from a config exactly as `mcpwarden serve` builds it (`auth: none`, every
guard that joins by default), the tool is pinned by a first `tools/list`, then one request and
its reply go through every guard's inbound and outbound hooks. Three replies: a short echo (what
bench_gateway.py sends, ~60 bytes of text), the same as the official Python SDK sends it (the
text again in `structuredContent: {"result": …}`), and a realistic 4 KB text result (an e-mail
thread). CPU time (`time.process_time`), best of 5 rounds.

    PYTHONPATH=src .venv/bin/python bench/bench_chain.py
"""

from __future__ import annotations

import asyncio
import functools
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from mcpwarden.config import from_dict
from mcpwarden.guards.base import Exchange, Guard
from mcpwarden.guards.registry import build_chain
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era

TOOL = {"name": "echo", "description": "Echoes a text.",
        "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}},
                        "required": ["text"]}}
SHORT = "the quick brown fox jumps over the lazy dog, again and again"
EMAIL = ("From: Dana Whitfield <dana@supplier.example>\nTo: procurement team\n"
         "Subject: Re: delivery schedule for order 4471\n\nHi all,\n\nThanks for the quick "
         "reply. We can ship the first 400 units on Monday and the rest by the end of the "
         "month. Please confirm the delivery address for the second batch; last time the "
         "warehouse in Leeds was closed for inventory. Invoices follow the usual terms (30 "
         "days). Let me know if anything changes on your side.\n\nBest regards,\nDana\n\n")
LONG = (EMAIL * 12)[:4096]


def result(text: str, *, sdk: bool = False) -> jsonrpc.Message:
    value: dict[str, Any] = {"content": [{"type": "text", "text": text}], "isError": False}
    if sdk:
        value["structuredContent"] = {"result": text}
    return jsonrpc.Message.from_upstream(jsonrpc.result(1, value).raw)


async def per_call(step: Callable[[], Awaitable[object]], rounds: int = 5,
                   n: int = 2000) -> float:
    for _ in range(200):
        await step()
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(n):
            await step()
        best = min(best, (time.process_time() - start) / n * 1e6)
    return best


async def measure(state_dir: Path) -> list[tuple[str, float, float, float]]:
    config = from_dict({"auth": "none", "state_dir": str(state_dir),
                        "upstreams": {"up": {"url": "http://127.0.0.1:9/mcp"}}})
    chain = build_chain(config, "up")

    def exchange(method: str, params: dict[str, Any]) -> Exchange:
        ex = Exchange(upstream="up", era=Era.LEGACY, transport="http",
                      protocol_version="2025-11-25", session_id="bench")
        ex.request = jsonrpc.request(1, method, params)
        return ex

    listing = exchange("tools/list", {})
    await chain.outbound(listing, jsonrpc.result(1, {"tools": [TOOL]}))  # tofu: pinned
    request = jsonrpc.request(1, "tools/call", {"name": "echo", "arguments": {"text": SHORT}})
    # Each reply differs (a counter), as real results do, so no verdict cache can answer.
    counter = iter(range(10**9))
    replies = {"short": lambda: result(f"{SHORT} #{next(counter)}"),
               "SDK short": lambda: result(f"{SHORT} #{next(counter)}", sdk=True),
               "4 KB": lambda: result(f"{LONG[:-12]} #{next(counter):09d}")}

    async def through(guard: Guard | None, make_reply: Callable[[], jsonrpc.Message]) -> None:
        reply = make_reply()
        ex = exchange("tools/call", request.params)
        if guard is None:
            await chain.inbound(ex, jsonrpc.Message.parse(request.raw))
            await chain.outbound(ex, jsonrpc.Message.from_upstream(reply.raw))
            ex.finish()
            return
        await guard.inbound(ex, jsonrpc.Message.parse(request.raw))
        await guard.outbound(ex, jsonrpc.Message.from_upstream(reply.raw))
        ex.finish()

    rows = []
    for guard in [*chain.guards, None]:
        name = guard.name if guard is not None else "whole chain"
        short = await per_call(functools.partial(through, guard, replies["short"]))
        sdk = await per_call(functools.partial(through, guard, replies["SDK short"]))
        long = await per_call(functools.partial(through, guard, replies["4 KB"]), n=300)
        rows.append((name, short, sdk, long))
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = asyncio.run(measure(Path(tmp)))
    print(f"{'guard':16s} {'short reply':>12s} {'SDK short':>12s} {'4 KB reply':>12s}"
          "   (µs CPU per call)")
    for name, short, sdk, long in rows:
        print(f"{name:16s} {short:12.1f} {sdk:12.1f} {long:12.1f}")


if __name__ == "__main__":
    main()
