"""MCP protocol knowledge only: JSON-RPC envelopes, eras, versions, headers, SSE framing.

Nothing in this package does I/O or knows about guards, config or upstreams.
"""
