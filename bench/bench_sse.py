"""Micro-benchmark of the SSE parser: microseconds per KB parsed, for typical stream shapes.

Run: PYTHONPATH=src .venv/bin/python bench/bench_sse.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from mcpwarden.wire.sse import SSEParser, encode_event


def _message(size: int) -> bytes:
    text = "x" * max(0, size - 80)
    return json.dumps(
        {"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": text}]}},
        separators=(",", ":"),
    ).encode()


def _stream(event_size: int, events: int, crlf: bool = False) -> bytes:
    body = b"".join(encode_event(_message(event_size), event="message") for _ in range(events))
    return body.replace(b"\n", b"\r\n") if crlf else body


def _chunks(stream: bytes, size: int) -> list[bytes]:
    return [stream[i : i + size] for i in range(0, len(stream), size)]


def _time_per_kb(chunks: list[bytes], total: int, rounds: int) -> float:
    def run() -> None:
        parser = SSEParser()
        for chunk in chunks:
            parser.feed(chunk)

    run()  # warm up
    start = time.perf_counter()
    for _ in range(rounds):
        run()
    elapsed = time.perf_counter() - start
    return elapsed / rounds / (total / 1024) * 1e6


def main() -> None:
    cases: list[tuple[str, Callable[[], bytes], int]] = [
        ("200 x 300 B events, LF", lambda: _stream(300, 200), 65536),
        ("200 x 300 B events, CRLF", lambda: _stream(300, 200, crlf=True), 65536),
        ("200 x 4 KB events, LF", lambda: _stream(4096, 200), 65536),
        ("1 x 1 MB event, 64 KB chunks", lambda: _stream(1 << 20, 1), 65536),
        ("1 x 1 MB event, 4 KB chunks", lambda: _stream(1 << 20, 1), 4096),
        ("200 x 300 B events, 1 KB chunks", lambda: _stream(300, 200), 1024),
    ]
    for label, make, chunk_size in cases:
        stream = make()
        chunks = _chunks(stream, chunk_size)
        rounds = max(5, 20_000_000 // len(stream))
        per_kb = _time_per_kb(chunks, len(stream), min(rounds, 2000))
        print(f"{label:36s} {len(stream) / 1024:8.1f} KB  {per_kb:7.3f} µs/KB")


if __name__ == "__main__":
    main()
