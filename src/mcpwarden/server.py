"""Run the HTTP gateway under uvicorn (uvloop + httptools, raw ASGI)."""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable
from functools import partial

import uvicorn

from mcpwarden.assembly import build_authenticator, build_routes
from mcpwarden.audit.events import EventBus
from mcpwarden.audit.trail import AuditTrail, attach_audit
from mcpwarden.config import Config, ConfigError, Tls
from mcpwarden.edge.app import EdgeApp
from mcpwarden.limits.connections import http_protocol, max_connections
from mcpwarden.metrics import collectors
from mcpwarden.upstream.stdio import StdioConnector

log = logging.getLogger("mcpwarden")


def build_app(config: Config) -> EdgeApp:
    events = EventBus()
    app = EdgeApp(config, build_routes(config, events), build_authenticator(config), events)
    trail = attach_audit(config, events, app.services)
    _register_gauges(app, trail)
    return app


def _register_gauges(app: EdgeApp, trail: AuditTrail) -> None:
    """State that only exists at scrape time: audit sinks, the limiter, the sandboxes."""
    metrics = app.metrics
    if trail.sinks:
        metrics.register_collector("audit", partial(collectors.audit_samples, trail))
    if app.limits is not None:
        metrics.register_collector("limits",
                                   partial(collectors.limiter_samples, app.limits.limiter))
    sandboxes = [route.connector.sandbox for route in app.routes.values()
                 if isinstance(route.connector, StdioConnector)
                 and route.connector.sandbox is not None]
    if sandboxes:
        metrics.register_collector("sandbox", partial(collectors.sandbox_samples, sandboxes))


def tls_context(tls: Tls) -> ssl.SSLContext:
    """The server TLS context: modern defaults, TLS 1.3 minimum unless configured to 1.2."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = (
        ssl.TLSVersion.TLSv1_3 if tls.min_version == "1.3" else ssl.TLSVersion.TLSv1_2
    )
    try:
        context.load_cert_chain(tls.cert, tls.key)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"tls: cannot load the certificate and key: {exc}") from None
    return context


def uvicorn_config(config: Config, app: EdgeApp) -> uvicorn.Config:
    factory: Callable[[uvicorn.Config, Callable[[], ssl.SSLContext]], ssl.SSLContext] | None = None
    if config.tls is not None:
        context = tls_context(config.tls)
        factory = lambda _config, _default: context  # noqa: E731
    return uvicorn.Config(
        app, host=config.host, port=config.port, loop="uvloop", http=http_protocol(config),
        limit_concurrency=max_connections(config),
        lifespan="on", access_log=False, log_level="warning", server_header=False,
        proxy_headers=bool(config.http.trusted_proxies),
        forwarded_allow_ips=list(config.http.trusted_proxies) or None,
        timeout_keep_alive=30, timeout_graceful_shutdown=5, ssl_context_factory=factory,
    )


def serve(config: Config) -> None:
    app = build_app(config)
    if config.auth == "none":
        log.warning("auth: none — every local client may use every upstream without a token")
    for name in config.upstreams:
        log.info("upstream %s at %s", name, config.resource_uri(name))
    log.info("listening on %s", config.listen_url)
    uvicorn.Server(uvicorn_config(config, app)).run()
