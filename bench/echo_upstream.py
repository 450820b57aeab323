"""A minimal, spec-correct MCP 2026-07-28 upstream with one tool, `echo`, as raw ASGI.

It exists to measure the gateway's own cost: answering takes a few µs, so what a benchmark sees
through the gateway on top of a direct call is the gateway. Stateless Streamable HTTP, JSON
answers only:

    python bench/echo_upstream.py --port 9101 [--host 127.0.0.1]     # serves POST /mcp

- `server/discover`, `tools/list`, `tools/call` (tool `echo`: returns `arguments.text`).
- The `MCP-Protocol-Version` header must be 2026-07-28 (400 -32022 otherwise, 400 -32020 when
  missing); `Mcp-Method`, `Mcp-Name` and `_meta[io.modelcontextprotocol/protocolVersion]` must
  match the body (400 -32020). Unknown methods: 404 -32601. GET/DELETE: 405. Notifications: 202.
"""

from __future__ import annotations

import argparse
import base64
import binascii
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

VERSION = "2026-07-28"
META_VERSION = "io.modelcontextprotocol/protocolVersion"
MAX_BODY = 1024 * 1024
PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS = -32700, -32600, -32601, -32602
HEADER_MISMATCH, UNSUPPORTED_VERSION = -32020, -32022

ECHO_TOOL = {
    "name": "echo",
    "description": "Returns the text it is given.",
    "inputSchema": {
        "type": "object",
        "properties": {"text": {"type": "string"}},
        "required": ["text"],
    },
}
DISCOVER_RESULT = {
    "resultType": "complete",
    "supportedVersions": [VERSION],
    "capabilities": {"tools": {}},
    "_meta": {"io.modelcontextprotocol/serverInfo": {"name": "bench-echo", "version": "1.0"}},
    "ttlMs": 60_000,
    "cacheScope": "public",
}
TOOLS_RESULT = {"resultType": "complete", "tools": [ECHO_TOOL], "ttlMs": 60_000,
                "cacheScope": "public"}
JSON_HEADERS = [(b"content-type", b"application/json")]


class Reject(Exception):
    """A request answered with a JSON-RPC error and an HTTP status."""

    def __init__(self, status: int, code: int, message: str,
                 data: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.data = status, code, message, data


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    if scope["type"] != "http":
        return
    if scope["path"] != "/mcp":
        await _send(send, 404, b"")
        return
    if scope["method"] != "POST":
        await _send(send, 405, b"", [(b"allow", b"POST")])
        return
    # httptools keeps optional trailing whitespace in values; RFC 9110 says to drop it.
    headers = {name.decode("latin-1").lower(): value.decode("latin-1").strip(" \t")
               for name, value in scope["headers"]}
    body = await _read_body(receive)
    request_id: Any = None
    try:
        msg = _load(body, headers)
        request_id = msg.get("id")
        _check_headers(msg, headers)
        if "id" not in msg:
            await _send(send, 202, b"")  # a notification: nothing to answer
            return
        result = _answer(msg)
    except Reject as exc:
        error: dict[str, Any] = {"code": exc.code, "message": exc.message}
        if exc.data is not None:
            error["data"] = exc.data
        reply = {"jsonrpc": "2.0", "id": request_id, "error": error}
        await _send(send, exc.status, orjson.dumps(reply), JSON_HEADERS)
        return
    reply = {"jsonrpc": "2.0", "id": request_id, "result": result}
    await _send(send, 200, orjson.dumps(reply), JSON_HEADERS)


def _load(body: bytes | None, headers: dict[str, str]) -> dict[str, Any]:
    """The body as a JSON-RPC request or notification object."""
    if body is None:
        raise Reject(413, INVALID_REQUEST, f"The body is larger than {MAX_BODY} bytes")
    if headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise Reject(415, INVALID_REQUEST, "Content-Type must be application/json")
    try:
        msg = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise Reject(400, PARSE_ERROR, "The body is not valid JSON") from None
    if not isinstance(msg, dict) or msg.get("jsonrpc") != "2.0" or not isinstance(
        msg.get("method"), str
    ):
        raise Reject(400, INVALID_REQUEST, "Expected a JSON-RPC 2.0 request object")
    if not isinstance(msg.setdefault("params", {}), dict):
        raise Reject(400, INVALID_REQUEST, "params must be an object")
    return msg


def _check_headers(msg: dict[str, Any], headers: dict[str, str]) -> None:
    """The protocol version, and for requests the mirrored headers against the body."""
    version = headers.get("mcp-protocol-version")
    if version is None:
        raise Reject(400, HEADER_MISMATCH, "Header mismatch: MCP-Protocol-Version is missing")
    if version != VERSION:
        raise Reject(400, UNSUPPORTED_VERSION,
                     f"Unsupported protocol version {version!r}; this server speaks {VERSION}",
                     {"supported": [VERSION], "requested": version})
    if "id" not in msg:
        return  # this revision defines no header rules for notifications
    params = msg["params"]
    meta = params.get("_meta")
    if not isinstance(meta, dict) or meta.get(META_VERSION) != version:
        raise Reject(400, HEADER_MISMATCH, "Header mismatch: MCP-Protocol-Version does not "
                     f"match params._meta[{META_VERSION}]")
    if headers.get("mcp-method") != msg["method"]:
        raise Reject(400, HEADER_MISMATCH, "Header mismatch: Mcp-Method does not match method")
    if msg["method"] == "tools/call" and _decoded(headers.get("mcp-name")) != params.get("name"):
        raise Reject(400, HEADER_MISMATCH, "Header mismatch: Mcp-Name does not match params.name")


def _decoded(value: str | None) -> str | None:
    """An `Mcp-Name` value, with the `=?base64?…?=` sentinel encoding undone."""
    if value is None:
        return None
    if value.startswith("=?base64?") and value.endswith("?="):
        try:
            return base64.b64decode(value[9:-2], validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
    return value


def _answer(msg: dict[str, Any]) -> dict[str, Any]:
    method = msg["method"]
    if method == "tools/call":
        return _call_tool(msg["params"])
    if method == "server/discover":
        return DISCOVER_RESULT
    if method == "tools/list":
        return TOOLS_RESULT
    raise Reject(404, METHOD_NOT_FOUND, f"Method not found: {method}")


def _call_tool(params: dict[str, Any]) -> dict[str, Any]:
    if params.get("name") != "echo":
        raise Reject(200, INVALID_PARAMS, f"Unknown tool: {params.get('name')!r}")
    arguments = params.get("arguments")
    text = arguments.get("text") if isinstance(arguments, dict) else None
    if not isinstance(text, str):
        raise Reject(200, INVALID_PARAMS, "echo needs arguments.text, a string")
    return {
        "resultType": "complete",
        "content": [{"type": "text", "text": text}],
        "isError": False,
    }


async def _read_body(receive: Receive) -> bytes | None:
    """The request body, or None when it is larger than MAX_BODY."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send(send: Send, status: int, body: bytes,
                headers: list[tuple[bytes, bytes]] | None = None) -> None:
    head = [(b"content-length", str(len(body)).encode()), *(headers or [])]
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9101)
    args = parser.parse_args()
    import uvicorn

    uvicorn.run(app, host=args.host, port=args.port, loop="uvloop", http="httptools",
                lifespan="on", log_level="warning", access_log=False, server_header=False)


if __name__ == "__main__":
    main()
