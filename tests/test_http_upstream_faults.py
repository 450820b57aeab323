"""An HTTP upstream that misbehaves: each fault gives the client a clear JSON-RPC error, and the
gateway keeps serving. The misbehaving upstream is a real TCP server run by the test; what it
does depends on the tool name in the request."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import orjson
import pytest
from support import gateway

MODERN = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientCapabilities": {}}


class FaultyUpstream:
    """Speaks just enough HTTP/1.1 + MCP to misbehave on purpose, in its own thread."""

    def __init__(self) -> None:
        self.port = 0
        self.closed_streams = 0
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self.ready.set()
        self.loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length")), 0)
                body = orjson.loads(await reader.readexactly(length))
                if not await self._answer(body, reader, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    async def _answer(self, body: dict[str, Any], reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> bool:
        if body.get("method") == "server/discover":
            discover = {"jsonrpc": "2.0", "id": body.get("id"), "result": {
                "resultType": "complete", "supportedVersions": [MODERN],
                "capabilities": {"tools": {}}, "ttlMs": 0, "cacheScope": "public"}}
            writer.write(_http(200, orjson.dumps(discover), "application/json"))
            await writer.drain()
            return True
        tool = body.get("params", {}).get("name")
        reply = {"jsonrpc": "2.0", "id": body.get("id"),
                 "result": {"resultType": "complete",
                            "content": [{"type": "text", "text": "fine"}]}}
        if tool == "hang":
            await asyncio.sleep(3600)
        if tool == "garbage":
            writer.write(_http(200, b"<html>not json</html>", "application/json"))
        elif tool == "die_mid_stream":
            await _start_sse(writer, {"method": "notifications/progress",
                                      "params": {"progressToken": 1, "progress": 1}})
            return False  # connection dropped mid-stream
        elif tool == "stream_forever":
            await _start_sse(writer, {"method": "notifications/message",
                                      "params": {"level": "info", "data": "working"}})
            await reader.read()  # returns when the gateway closes the connection
            self.closed_streams += 1
            return False
        else:
            writer.write(_http(200, orjson.dumps(reply), "application/json"))
        await writer.drain()
        return True

    def __enter__(self) -> FaultyUpstream:
        self.thread.start()
        self.ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    async def _shutdown(self) -> None:
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _start_sse(writer: asyncio.StreamWriter, notification: dict[str, Any]) -> None:
    """Open a chunked SSE response and send one notification on it."""
    writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                 b"transfer-encoding: chunked\r\n\r\n")
    event = b"data: " + orjson.dumps({"jsonrpc": "2.0", **notification}) + b"\n\n"
    writer.write(b"%x\r\n%s\r\n" % (len(event), event))
    await writer.drain()


def _http(status: int, body: bytes, content_type: str) -> bytes:
    return (f"HTTP/1.1 {status} OK\r\ncontent-type: {content_type}\r\n"
            f"content-length: {len(body)}\r\n\r\n").encode() + body


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FaultyUpstream]]:
    with FaultyUpstream() as upstream:
        config = {"upstreams": {"faulty": {"url": f"http://127.0.0.1:{upstream.port}/mcp",
                                           "era": "modern", "timeout": 1.5}}}
        with gateway(config, tmp_path_factory.mktemp("faults")) as base:
            yield base, upstream


def call(tool: str) -> tuple[dict[str, Any], dict[str, str]]:
    body = {"jsonrpc": "2.0", "id": 5, "method": "tools/call",
            "params": {"name": tool, "arguments": {}, "_meta": META}}
    headers = {"content-type": "application/json", "accept": "application/json, text/event-stream",
               "mcp-protocol-version": MODERN, "mcp-method": "tools/call", "mcp-name": tool}
    return body, headers


async def post(base: str, tool: str) -> dict[str, Any]:
    body, headers = call(tool)
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(f"{base}/mcp/faulty", json=body, headers=headers)
    text = resp.text
    if resp.headers["content-type"].startswith("text/event-stream"):
        text = [line[5:] for line in text.splitlines() if line.startswith("data:")][-1]
    reply: dict[str, Any] = orjson.loads(text)
    return reply


@pytest.mark.parametrize(("tool", "reason"), [
    ("hang", "upstream_timeout"),
    ("garbage", "upstream_invalid_message"),
    ("die_mid_stream", "upstream_disconnected"),
])
async def test_fault_becomes_a_clear_error(setup: tuple[str, FaultyUpstream], tool: str,
                                           reason: str) -> None:
    base, _ = setup
    reply = await post(base, tool)
    assert reply["id"] == 5
    assert reply["error"]["data"]["reason"] == reason, reply
    assert "faulty" in reply["error"]["message"]
    healthy = await post(base, "ok")  # and the gateway goes on serving
    assert healthy["result"]["content"][0]["text"] == "fine"


async def test_faults_do_not_block_other_clients(setup: tuple[str, FaultyUpstream]) -> None:
    base, _ = setup
    hang = asyncio.create_task(post(base, "hang"))
    fine = await asyncio.gather(*(post(base, "ok") for _ in range(10)))
    assert all(r["result"]["content"][0]["text"] == "fine" for r in fine)
    assert not hang.done()
    assert (await hang)["error"]["data"]["reason"] == "upstream_timeout"


async def test_legacy_cancellation_closes_the_modern_upstream_stream(
        setup: tuple[str, FaultyUpstream]) -> None:
    """Bridged legacy client → modern upstream: `notifications/cancelled` becomes what cancels
    in 2026-07-28, closing the request's stream."""
    base, upstream = setup
    before = upstream.closed_streams
    accept = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"}}}
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        opened = await client.post("/mcp/faulty", json=init, headers=accept)
        assert opened.status_code == 200, opened.text
        session = {**accept, "mcp-session-id": opened.headers["mcp-session-id"],
                   "mcp-protocol-version": "2025-11-25"}
        call_body = {"jsonrpc": "2.0", "id": 9, "method": "tools/call",
                     "params": {"name": "stream_forever", "arguments": {}}}
        async with client.stream("POST", "/mcp/faulty", json=call_body, headers=session) as resp:
            async for line in resp.aiter_lines():
                if line.startswith("data:"):
                    break
            cancel = {"jsonrpc": "2.0", "method": "notifications/cancelled",
                      "params": {"requestId": 9, "reason": "user stopped it"}}
            done = await client.post("/mcp/faulty", json=cancel, headers=session)
            assert done.status_code == 202
            for _ in range(40):
                if upstream.closed_streams > before:
                    break
                await asyncio.sleep(0.05)
    assert upstream.closed_streams > before, "cancellation did not reach the upstream"


async def test_client_going_away_closes_the_upstream_stream(
        setup: tuple[str, FaultyUpstream], tmp_path: Path) -> None:
    base, upstream = setup
    before = upstream.closed_streams
    body, headers = call("stream_forever")
    async with httpx.AsyncClient(timeout=10) as client, \
            client.stream("POST", f"{base}/mcp/faulty", json=body, headers=headers) as resp:
        assert resp.headers["content-type"].startswith("text/event-stream")
        async for line in resp.aiter_lines():
            if line.startswith("data:"):
                break  # got the first event; now hang up
    for _ in range(40):
        if upstream.closed_streams > before:
            break
        await asyncio.sleep(0.05)
    assert upstream.closed_streams > before, "the upstream stream was not closed"
