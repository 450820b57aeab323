"""`GET /metrics`: the registry in Prometheus text format, behind an optional bearer token.

With `metrics.token` set, a scrape must present that token (compared in constant time); without
it, only loopback clients may scrape, so a gateway listening on a public address does not show
its upstream names and refusal reasons to strangers by default.
"""

from __future__ import annotations

import hmac
import ipaddress
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mcpwarden import __version__
from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.config import Config, ConfigError, resolve_secret, split_listen
from mcpwarden.edge import http
from mcpwarden.edge.http import Request, Send
from mcpwarden.metrics.listener import MetricsListener
from mcpwarden.metrics.recorder import EventMetrics
from mcpwarden.metrics.registry import CONTENT_TYPE, Collector, Registry, Sample

if TYPE_CHECKING:
    from mcpwarden.edge.app import EdgeApp

TEXT_TYPE = (b"content-type", CONTENT_TYPE.encode())
MIN_TOKEN_BYTES = 16


class Metrics:
    """The gateway's metrics: its registry, the event recorder feeding it, and the endpoint.

    Other components add gauges with `register_collector(name, fn)`, where `fn()` returns an
    iterable of `Sample`s computed at scrape time (see registry.Sample)."""

    def __init__(self, config: Config, events_bus: EventBus) -> None:
        self.settings = config.metrics
        self.path = self.settings.path
        # Served on the gateway's own port unless `metrics.listen` gives one of its own.
        self.on_gateway_port = self.settings.enabled and self.settings.listen is None
        self.registry = Registry()
        self.recorder = EventMetrics(self.registry, config.upstreams, self.settings)
        self._events = events_bus
        self._token = _token(self.settings.token)
        self._started = time.time()
        if self.settings.enabled:
            events_bus.subscribe(self.recorder)

    def register_collector(self, name: str, collect: Collector) -> None:
        self.registry.register_collector(name, collect)

    def render(self) -> bytes:
        return self.registry.render().encode()

    async def handle(self, request: Request, send: Send) -> None:
        """Serves one scrape, or refuses it with a reason code."""
        if request.method != "GET":
            await http.send_status(send, 405, f"Use GET to read {self.path}",
                                   "method_not_allowed", [("Allow", "GET")])
            return
        refusal = self._refusal(request)
        if refusal is not None:
            status, reason, message = refusal
            self._refused(request, reason, message)
            extra = [("WWW-Authenticate", 'Bearer realm="metrics"')] if status == 401 else None
            await http.send_status(send, status, message, reason, extra)
            return
        await http.send_bytes(send, 200, self.render(), [("Cache-Control", "no-store")],
                              content_type=TEXT_TYPE)

    def _refusal(self, request: Request) -> tuple[int, str, str] | None:
        if self._token is None:
            if _is_loopback(request.client):
                return None
            return (403, "metrics_loopback_only", "Metrics are served to loopback clients only; "
                    "set metrics.token to let remote scrapers in with a bearer token")
        scheme, _, presented = (request.header("authorization") or "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(presented.strip().encode(),
                                                              self._token):
            return None
        return (401, "metrics_unauthorized",
                f"Reading {self.path} needs `Authorization: Bearer <metrics token>`")

    def _refused(self, request: Request, reason: str, message: str) -> None:
        if self._events.active:
            self._events.emit(Event(
                kind=events.HTTP, outcome=events.DENIED, reason=reason, message=message,
                client_address=request.client, transport="http",
                detail={"status": 401 if reason == "metrics_unauthorized" else 403,
                        "method": request.method, "path": self.path},
            ))

    def process_samples(self) -> Iterator[Sample]:
        yield Sample("mcpwarden_build_info", 1.0, {"version": __version__},
                     "The running mcpwarden's version (always 1).")
        yield Sample("mcpwarden_start_time_seconds", self._started, {},
                     "When this gateway process started, in seconds since the Unix epoch.")


def _token(ref: str | None) -> bytes | None:
    if ref is None:
        return None
    token = resolve_secret(ref, "metrics.token").encode()
    if len(token) < MIN_TOKEN_BYTES:  # an empty one would let `Bearer ` in
        raise ConfigError(f"metrics.token: the secret must be at least {MIN_TOKEN_BYTES} "
                          "characters long")
    return token


def _is_loopback(client: str | None) -> bool:
    if client is None:
        return False  # a Unix socket or a server that gives no peer: fail closed
    host = client.rsplit(":", 1)[0].strip("[]")
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def attach_metrics(config: Config, events_bus: EventBus, app: EdgeApp) -> Metrics:
    """Creates the metrics, subscribes them to `events_bus`, registers the built-in collectors
    (sessions, build info). `app` serves `metrics.path` when `metrics.enabled`, or a listener
    of its own (one of `app.services`) does, on `metrics.listen`."""
    metrics = Metrics(config, events_bus)
    sessions = app.sessions
    metrics.register_collector("process", metrics.process_samples)
    metrics.register_collector("sessions", lambda: (
        Sample("mcpwarden_sessions_active", float(len(sessions)), {},
               "Legacy (handshake-era) sessions the gateway holds now."),
        Sample("mcpwarden_sessions_limit", float(sessions.max_sessions), {},
               "The most sessions the gateway will hold (http.max_sessions)."),
    ))
    listen = config.metrics.listen
    if config.metrics.enabled and listen is not None:
        host, port = split_listen(listen)
        app.services.append(MetricsListener(metrics, host, port))
    return metrics
