"""Build the running gateway from a config: one route (chain + connector) per upstream."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.config import Auth, Config, ConfigError, Upstream, resolve_env, resolve_secret
from mcpwarden.gateway import Route
from mcpwarden.guards.registry import build_chain
from mcpwarden.identity.authenticator import Authenticate, Authenticator, NoAuthentication
from mcpwarden.identity.devissuer import DevIssuer
from mcpwarden.identity.introspection import Introspector
from mcpwarden.identity.jwks import KeySource, RemoteJwks, StaticJwks
from mcpwarden.identity.metadata import metadata_url
from mcpwarden.identity.policy import scopes_supported
from mcpwarden.identity.tokens import TokenVerifier
from mcpwarden.upstream.base import Connector
from mcpwarden.upstream.credentials import build_credentials
from mcpwarden.upstream.http import HttpConnector
from mcpwarden.upstream.sandbox import Sandbox, SandboxSettings
from mcpwarden.upstream.stdio import StdioConnector

log = logging.getLogger("mcpwarden")


def build_authenticator(config: Config) -> Authenticate:
    """`auth: none` → everyone is anonymous; otherwise tokens from the configured issuers."""
    auth = config.auth
    if not isinstance(auth, Auth):
        return NoAuthentication()
    sources: list[KeySource] = [
        RemoteJwks(issuer.issuer, issuer.jwks_uri, issuer.algorithms,
                   cache_seconds=issuer.jwks_cache_seconds,
                   refetch_interval=issuer.jwks_refetch_seconds)
        for issuer in auth.issuers
    ]
    if auth.dev_issuer is not None:
        dev = DevIssuer(auth.dev_issuer.dir, config.dev_issuer_url)
        sources.append(StaticJwks(config.dev_issuer_url, dev.jwks(), [DevIssuer.ALGORITHM]))
    verifier = TokenVerifier(sources, leeway=auth.leeway, cache_size=auth.token_cache_size,
                             introspectors=build_introspectors(auth))
    scopes = {name: scopes_supported(config, name) for name in config.upstreams}
    return Authenticator(verifier, resource_uri=config.resource_uri,
                         metadata_url=partial(metadata_url, config),
                         scopes_for=lambda name: scopes.get(name, []))


def build_introspectors(auth: Auth) -> list[Introspector]:
    """RFC 7662 introspection for the issuers that configure it (their opaque tokens)."""
    introspectors: list[Introspector] = []
    for index, issuer in enumerate(auth.issuers):
        if issuer.introspection is None:
            continue
        key = f"auth.issuers[{index}].introspection"
        secret = resolve_secret(issuer.introspection.client_secret, f"{key}.client_secret")
        try:
            introspectors.append(Introspector(issuer, secret, leeway=auth.leeway,
                                              cache_size=auth.token_cache_size))
        except ValueError as exc:
            raise ConfigError(f"{key}: {exc}") from None
    return introspectors


def build_routes(config: Config, events: EventBus | None = None) -> dict[str, Route]:
    """One route per upstream; all of them report on the same event bus."""
    bus = events if events is not None else EventBus()
    routes = {}
    for name, upstream in config.upstreams.items():
        connector = build_connector(name, upstream, state_dir=config.state_dir)
        if isinstance(connector, StdioConnector) and connector.sandbox is not None:
            connector.sandbox.on_event = partial(_sandbox_event, bus, name)
        routes[name] = Route(name=name, chain=build_chain(config, name), connector=connector,
                             timeout=upstream.timeout, events=bus)
    return routes


# sandbox event → (outcome, reason) of the audit event it becomes
_SANDBOX_OUTCOMES = {
    "sandbox_started": (events.OK, None),
    "sandbox_exited": (events.OK, None),
    "sandbox_limit": (events.ERROR, "upstream_resource_limit"),
    "sandbox_unavailable": (events.ERROR, "sandbox_unavailable"),
    "egress_denied": (events.DENIED, "egress_denied"),
}


# Exit statuses of a server that ended normally or that the gateway stopped (SIGTERM, SIGKILL).
_STOPPED_BY_US = frozenset({0, None, -15, -9})


def _sandbox_event(bus: EventBus, upstream: str, kind: str, data: dict[str, Any]) -> None:
    """What a sandboxed local server did, as a `process` event (audited, counted)."""
    outcome, reason = _SANDBOX_OUTCOMES.get(kind, (events.OK, None))
    if kind == "sandbox_exited" and data.get("returncode") not in _STOPPED_BY_US:
        outcome, reason = events.ERROR, "upstream_exited"
    bus.emit(Event(kind=events.PROCESS, outcome=outcome, reason=reason or kind,
                   upstream=upstream, transport="stdio", detail={"event": kind, **data}))


def build_connector(name: str, upstream: Upstream, *, state_dir: str | None = None) -> Connector:
    if upstream.url is not None:
        return HttpConnector(
            name, upstream.url, era=upstream.era, connect_timeout=upstream.connect_timeout,
            max_connections=upstream.max_connections,
            credentials=build_credentials(name, upstream, upstream.url),
        )
    assert upstream.command is not None
    sandbox: Sandbox | None = None
    if upstream.sandbox == "none":
        log.warning(
            "upstream %s: `sandbox: none` — this local server runs unsandboxed, with the "
            "gateway's user rights, files, network and secrets within its reach", name,
        )
    else:
        settings = upstream.sandbox if upstream.sandbox is not None else SandboxSettings()
        sandbox = Sandbox(name, settings, state_dir=state_dir)
    process = upstream.process
    return StdioConnector(
        name, upstream.command, env=resolve_env(upstream, name), cwd=upstream.cwd,
        per=process.per, idle_timeout=process.idle_timeout,
        max_processes=process.max_processes, request_timeout=upstream.timeout,
        init_timeout=process.init_timeout, sandbox=sandbox,
    )
