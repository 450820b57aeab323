"""Shared helpers for tests that run real processes: free ports, readiness, clean shutdown."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import yaml

from mcpwarden.guards.base import Exchange
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PYTHON = sys.executable


# A Streamable HTTP POST's content headers, and a legacy handshake, as raw-HTTP tests send them.
ACCEPT = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


def initialize_request(client: str = "t", id: int = 1) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": id, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": client, "version": "1"}}}


def client_with_token(url: str, token: str, mode: str) -> Any:
    """An official SDK client that sends `Authorization: Bearer <token>` on every request."""
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    http = httpx2.AsyncClient(headers={"authorization": f"Bearer {token}"}, timeout=30)
    return Client(streamable_http_client(url, http_client=http), mode=mode)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_http_ok(url: str, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    """Poll until `url` answers below 500, or fail with the process's output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}: {_output(process)}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status < 500:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"{url} did not become ready: {_output(process)}")


def _output(process: subprocess.Popen[bytes]) -> str:
    with contextlib.suppress(Exception):
        process.kill()
        _, err = process.communicate(timeout=5)
        return (err or b"").decode(errors="replace")[-3000:]
    return "<no output>"


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=8)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextlib.contextmanager
def running(args: list[str], ready_url: str, **kwargs: Any) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **kwargs.pop("env", {})}
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                               **kwargs)
    try:
        wait_http_ok(ready_url, process)
        yield process
    finally:
        stop(process)


@contextlib.contextmanager
def fixture_server(script: str) -> Iterator[str]:
    """A fixture MCP server from tests/fixtures/ over Streamable HTTP; yields its MCP URL."""
    port = free_port()
    args = [PYTHON, str(FIXTURES / script), "--port", str(port)]
    with running(args, f"http://127.0.0.1:{port}/healthz-probe"):
        yield f"http://127.0.0.1:{port}/mcp"


def everything_server() -> contextlib.AbstractContextManager[str]:
    """The conformance fixture upstream over HTTP; yields its MCP URL."""
    return fixture_server("everything_server.py")


@contextlib.contextmanager
def gateway(config: dict[str, Any], tmp: Path) -> Iterator[str]:
    """`mcpwarden serve` on a free loopback port; yields its base URL."""
    port = free_port()
    config = {"listen": f"127.0.0.1:{port}", "auth": "none",
              "state_dir": str(tmp / f"state-{port}"), **config}
    path = tmp / f"gateway-{port}.yaml"
    path.write_text(yaml.safe_dump(config))
    args = [PYTHON, "-m", "mcpwarden", "--log-level", "warning", "serve", "-c", str(path)]
    base = f"http://127.0.0.1:{port}"
    with running(args, f"{base}/healthz"):
        yield base


REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


class RedisProcess:
    """A real redis-server on a free loopback port, no persistence; stoppable and restartable
    on the same port (for fail-closed and recovery tests)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir",
             str(self.directory), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(
                    ("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None


@contextlib.contextmanager
def redis_server(tmp: Path) -> Iterator[str]:
    """A real redis-server for the duration of the block; yields its URL."""
    redis = RedisProcess(tmp)
    redis.start()
    try:
        yield redis.url
    finally:
        redis.stop()


_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def github_token(rng: random.Random, prefix: str = "ghp") -> str:
    """A token in GitHub's published format (30 random characters and their CRC-32 in base62),
    built at test time so no live-looking credential sits in the repository."""
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    number, digits = zlib.crc32(body.encode()), ""
    while number:
        number, rest = divmod(number, 62)
        digits = _BASE62[rest] + digits
    return f"{prefix}_{body}{digits.rjust(6, '0')}"


def tool_call(tool: str) -> tuple[Exchange, Callable[[str], Message]]:
    """A `tools/call` exchange for `tool` (2025-11-25 session over HTTP) and a function making the
    upstream's reply with one text item: what a guard's `outbound` hook sees."""
    request = jsonrpc.request(1, "tools/call", {"name": tool, "arguments": {}})
    exchange = Exchange(upstream="up", era=Era.LEGACY, transport="http",
                        protocol_version="2025-11-25", request=request)

    def reply(text: str) -> Message:
        content = {"content": [{"type": "text", "text": text}]}
        return Message.from_upstream(orjson.dumps({"jsonrpc": "2.0", "id": 1, "result": content}))

    return exchange, reply
