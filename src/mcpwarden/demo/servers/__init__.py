"""Bundled demo MCP servers that `mcpwarden demo` puts behind the gateway.

- `notes`: a notes workspace confined to one directory, over stdio
  (`python -m mcpwarden.demo.servers.notes --root DIR`).
- `tickets`: an in-memory issue tracker, over Streamable HTTP
  (`python -m mcpwarden.demo.servers.tickets --port N`).

Both are built on the official MCP SDK and speak both protocol eras: the legacy
`initialize` handshake and the stateless 2026-07-28 wire.
"""
