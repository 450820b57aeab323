"""Run the HTTP gateway under uvicorn (uvloop + httptools, raw ASGI)."""

from __future__ import annotations

import logging

import uvicorn

from mcpwarden.assembly import build_routes
from mcpwarden.config import Config
from mcpwarden.edge.app import EdgeApp

log = logging.getLogger("mcpwarden")


def build_app(config: Config) -> EdgeApp:
    return EdgeApp(config, build_routes(config))


def uvicorn_config(config: Config, app: EdgeApp) -> uvicorn.Config:
    return uvicorn.Config(
        app, host=config.host, port=config.port, loop="uvloop", http="httptools",
        lifespan="on", access_log=False, log_level="warning", server_header=False,
        timeout_keep_alive=30, timeout_graceful_shutdown=5,
    )


def serve(config: Config) -> None:
    app = build_app(config)
    if config.auth == "none":
        log.warning("auth: none — every local client may use every upstream. Token "
                    "verification is not available in this version yet.")
    for name in config.upstreams:
        log.info("upstream %s at %s", name, config.resource_uri(name))
    log.info("listening on http://%s:%d", config.host, config.port)
    uvicorn.Server(uvicorn_config(config, app)).run()
