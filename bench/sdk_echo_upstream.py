"""The realistic upstream: an official-SDK (mcp 2.x `MCPServer`) server with one tool, `echo`.

Stateless Streamable HTTP with JSON answers, like the SDK baseline in
notes/stack-and-performance.md §5. It speaks both protocol eras on one endpoint.

    python bench/sdk_echo_upstream.py --port 9102 [--host 127.0.0.1]     # serves POST /mcp
"""

from __future__ import annotations

import argparse

import uvicorn
from mcp.server.mcpserver import MCPServer
from starlette.applications import Starlette


def build_app() -> Starlette:
    server = MCPServer("bench-sdk-echo", log_level="WARNING")

    @server.tool()
    def echo(text: str) -> str:
        """Returns the text it is given."""
        return text

    return server.streamable_http_app(stateless_http=True, json_response=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9102)
    args = parser.parse_args()
    uvicorn.run(build_app(), host=args.host, port=args.port, loop="uvloop", http="httptools",
                lifespan="on", log_level="warning", access_log=False, server_header=False)


if __name__ == "__main__":
    main()
