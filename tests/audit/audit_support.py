"""Helpers for the audit tests: MCP requests over raw HTTP, a recording HTTP endpoint, the CLI."""

from __future__ import annotations

import contextlib
import io
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson
from support import FIXTURES

from mcpwarden.cli import main

STDIO_FIXTURE = [sys.executable, str(FIXTURES / "stdio_fixture_server.py")]
MODERN = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientCapabilities": {}}


def call(method: str, params: dict[str, Any] | None = None,
         id: int = 1) -> tuple[bytes, dict[str, str]]:
    """A 2026-07-28 request body and its headers."""
    params = dict(params or {})
    body = orjson.dumps({"jsonrpc": "2.0", "id": id, "method": method,
                         "params": {**params, "_meta": dict(META)}})
    headers = {"content-type": "application/json",
               "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN, "mcp-method": method}
    if "name" in params:
        headers["mcp-name"] = params["name"]
    return body, headers


def echo(text: str, id: int = 1) -> tuple[bytes, dict[str, str]]:
    return call("tools/call", {"name": "echo", "arguments": {"text": text}}, id)


def records(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def cli(*args: str) -> tuple[int, str]:
    """Run `mcpwarden …` in this process; its exit code and standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


class Recorder:
    """A real HTTP endpoint on loopback that records every POST; it can hang or refuse."""

    def __init__(self, port: int = 0) -> None:
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.hang = threading.Event()
        self.release = threading.Event()
        self.status = 200
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                if recorder.hang.is_set():
                    recorder.release.wait(30)
                    return
                recorder.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(recorder.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        # Bound now, listening only from __enter__: until then connections are refused, and
        # no other process can take the port in between.
        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler, bind_and_activate=False)
        self.server.allow_reuse_address = True
        self.server.server_bind()
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:
        self.server.server_activate()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def close(self) -> None:
        """For a recorder that never listened."""
        self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def wait_for(predicate: Any, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


@contextlib.contextmanager
def timed() -> Iterator[list[float]]:
    spent: list[float] = []
    started = time.perf_counter()
    yield spent
    spent.append(time.perf_counter() - started)
