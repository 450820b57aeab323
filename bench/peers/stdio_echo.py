"""The echo tool as a stdio MCP server (the peers' `mcp` 1.x SDK), for mcp-proxy to spawn."""

from mcp.server.fastmcp import FastMCP

server = FastMCP("bench-stdio-echo", log_level="WARNING")


@server.tool()
def echo(text: str) -> str:
    """Returns the text it is given."""
    return text


if __name__ == "__main__":
    server.run()
