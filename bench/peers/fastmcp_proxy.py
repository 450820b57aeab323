"""FastMCP's proxy in front of the HTTP echo upstream (`UPSTREAM_URL`), served by uvicorn:

    UPSTREAM_URL=http://127.0.0.1:9102/mcp uvicorn --app-dir bench/peers fastmcp_proxy:app
"""

import os

from fastmcp.server import create_proxy

app = create_proxy(os.environ["UPSTREAM_URL"], name="bench-fastmcp-proxy").http_app(
    json_response=True)
