"""The HTTP front: a raw ASGI app serving `/mcp/NAME` for each upstream, plus `/healthz`."""
