"""The ASGI application: routing, edge checks, error mapping and lifecycle."""

from __future__ import annotations

import asyncio
import logging

from mcpwarden import detectors
from mcpwarden.admin import AdminServer
from mcpwarden.audit.events import EventBus, Service
from mcpwarden.config import Auth, Config
from mcpwarden.edge import http
from mcpwarden.edge.endpoint import McpEndpoint
from mcpwarden.edge.http import ClientGone, Receive, Request, Scope, Send
from mcpwarden.edge.security import OriginPolicy
from mcpwarden.gateway import Route
from mcpwarden.identity.authenticator import Authenticate
from mcpwarden.identity.metadata import metadata_path, protected_resource_metadata
from mcpwarden.limits.service import attach_limits
from mcpwarden.metrics.exporter import attach_metrics
from mcpwarden.sessions.legacy import SessionStore
from mcpwarden.wire.errors import INVALID_REQUEST, ProtocolError

log = logging.getLogger("mcpwarden.edge")

MCP_PREFIX = "/mcp/"


class EdgeApp:
    """Raw ASGI: no framework on the hot path (Starlette's layer alone costs ~40% of peak)."""

    def __init__(self, config: Config, routes: dict[str, Route],
                 authenticator: Authenticate, events: EventBus | None = None) -> None:
        self.config = config
        self.routes = routes
        self.events = events if events is not None else EventBus()
        # Things with a lifetime of their own (audit sinks, limiter stores), started and closed
        # with the app.
        self.services: list[Service] = []
        self.limits = attach_limits(config, self.events, self.services)
        self.authenticator = authenticator
        self.sessions = SessionStore(
            idle_timeout=config.http.session_idle_timeout,
            max_age=config.http.session_max_age,
            max_sessions=config.http.max_sessions,
        )
        self.endpoints = {
            name: McpEndpoint(config, route, self.sessions, authenticator)
            for name, route in routes.items()
        }
        self.metadata = {
            metadata_path(name): protected_resource_metadata(config, name) for name in routes
        } if isinstance(config.auth, Auth) else {}
        self.origins = OriginPolicy(config)
        self.admin = AdminServer(config.state_dir, self.sessions)
        self.max_header_bytes = int(config.http.max_header_bytes)
        self.metrics = attach_metrics(config, self.events, self)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracked_send(message: http.ASGIMessage) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            await self._dispatch(Request(scope), receive, tracked_send)
        except ProtocolError as exc:
            if not started:
                await http.send_error(send, exc)
        except ClientGone:
            return
        except Exception:
            log.exception("unexpected error while handling %s %s", scope["method"], scope["path"])
            if not started:
                await http.send_status(send, 500, "The gateway hit an unexpected error",
                                       "internal_error")

    async def _dispatch(self, request: Request, receive: Receive, send: Send) -> None:
        if request.header_bytes > self.max_header_bytes:
            raise ProtocolError(INVALID_REQUEST, "Request headers are too large",
                                reason="headers_too_large", http_status=431)
        if self.limits is not None:  # per-address limits, before any other work (429)
            receive = self.limits.admit(request, receive)
        self.origins.check(request.header("host"), request.header("origin"))
        path = request.path
        if path.startswith(MCP_PREFIX):
            endpoint = self.endpoints.get(path[len(MCP_PREFIX):])
            if endpoint is not None:
                await endpoint.handle(request, receive, send)
                return
        if path in self.metadata and request.method == "GET":
            await http.send_json(send, 200, self.metadata[path])
            return
        if path == self.metrics.path and self.metrics.on_gateway_port:
            await self.metrics.handle(request, send)
            return
        if path == "/healthz" and request.method in ("GET", "HEAD"):
            await http.send_json(send, 200, {"status": "ok", "upstreams": sorted(self.routes)})
            return
        await http.send_status(send, 404, f"Nothing is served at {path}", "not_found")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.start()
                except Exception as exc:
                    log.exception("start-up failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def start(self) -> None:
        await asyncio.to_thread(detectors.warm_up)
        for service in self.services:
            await service.start()
        self.sessions.start()
        try:
            await self.admin.start()
        except OSError as exc:
            log.error("the admin socket %s could not be opened (%s); `mcpwarden sessions` "
                      "will not reach this gateway", self.admin.path, exc.strerror or exc)
        for route in self.routes.values():
            await route.connector.start()

    async def aclose(self) -> None:
        await self.admin.aclose()
        await self.sessions.aclose()
        await self.authenticator.aclose()
        for route in self.routes.values():
            await route.connector.aclose()
        for service in reversed(self.services):
            await service.aclose()


