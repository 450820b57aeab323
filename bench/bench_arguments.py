"""µs per argument validation: the `arguments` guard's hot path and the validator alone.

The schema is the typical inputSchema of the notes (§1 JSON Schema validation): 6 properties,
a nested object, enum, pattern, array, `additionalProperties: false`, `$schema` 2020-12.

    PYTHONPATH=src .venv/bin/python bench/bench_arguments.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from mcpwarden.guards.arguments import ArgumentsGuard
from mcpwarden.guards.base import Exchange
from mcpwarden.integrity.schemas import Caps, SchemaCache, Strictness
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "query": {"type": "string", "minLength": 1},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "sort": {"enum": ["relevance", "date"]},
        "repo": {"type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"},
        "labels": {"type": "array", "items": {"type": "string"}},
        "filter": {"type": "object", "properties": {"author": {"type": "string"}},
                   "additionalProperties": False},
    },
    "required": ["query"],
    "additionalProperties": False,
}
GOOD = {"query": "leak", "limit": 10, "sort": "date", "repo": "acme/web", "labels": ["bug"],
        "filter": {"author": "eve"}}
BAD = {**GOOD, "limit": "ten", "extra": 1}
TOOL = {"name": "search", "inputSchema": SCHEMA}


def per_call(fn: Callable[[], object], n: int = 200_000) -> float:
    for _ in range(1000):
        fn()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - start) / n * 1e6)
    return best


def main() -> None:
    cache = SchemaCache()
    compiled = cache.get(SCHEMA)
    caps = Caps(Strictness())
    guard = ArgumentsGuard(schema_source={"search": TOOL}.get)
    ex = Exchange(upstream="u", era=Era.LEGACY, transport="http", protocol_version="2025-11-25")
    good = jsonrpc.request(1, "tools/call", {"name": "search", "arguments": GOOD})
    bad = jsonrpc.request(1, "tools/call", {"name": "search", "arguments": BAD})

    def through_guard(msg: jsonrpc.Message) -> Callable[[], object]:
        return lambda: _drive(guard.inbound(ex, msg))

    rows = [
        ("schema is_valid (valid)", per_call(lambda: compiled.is_valid(GOOD))),
        ("schema is_valid (invalid)", per_call(lambda: compiled.is_valid(BAD))),
        ("caps is_valid (defaults)", per_call(lambda: caps.is_valid(GOOD))),
        ("schema violations, 3 explained", per_call(
            lambda: compiled.violations(BAD, "arguments"), 50_000)),
        ("guard.inbound, valid call", per_call(through_guard(good))),
        ("guard.inbound, invalid call (Deny built)", per_call(through_guard(bad), 50_000)),
        ("cache lookup by canonical hash", per_call(lambda: cache.get(SCHEMA), 50_000)),
    ]
    for name, micros in rows:
        print(f"{name:45s} {micros:7.2f} µs")


def _drive(coro: Any) -> object:
    """Run a coroutine that never awaits (the guard's hot path) without an event loop."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError("the guard awaited something")


if __name__ == "__main__":
    main()
