"""Who may scrape: without a token, loopback clients only (fail closed for everyone else)."""

from __future__ import annotations

from typing import Any

import pytest

from mcpwarden.audit.events import Event, EventBus
from mcpwarden.config import ConfigError, from_dict
from mcpwarden.edge.http import Request
from mcpwarden.metrics.exporter import Metrics

BASE: dict[str, Any] = {"auth": "none", "upstreams": {"up": {"url": "http://127.0.0.1:9/mcp"}}}


def scope(client: tuple[str, int] | None, method: str = "GET",
          headers: list[tuple[bytes, bytes]] | None = None) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": "/metrics", "query_string": b"",
            "headers": headers or [], "client": client}


async def status_of(metrics: Metrics, request: Request) -> int:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await metrics.handle(request, send)
    return int(sent[0]["status"])


@pytest.mark.parametrize(("client", "status"), [
    (("127.0.0.1", 5000), 200), (("::1", 5000), 200), (("127.8.9.10", 1), 200),
    (("10.0.0.7", 5000), 403), (("192.168.1.2", 1), 403), (("::ffff:10.0.0.7", 1), 403),
    (("localhost.evil.example", 1), 403), (None, 403),
])
async def test_without_a_token_only_loopback_clients_may_scrape(
        client: tuple[str, int] | None, status: int) -> None:
    events = EventBus()
    refused: list[Event] = []
    events.subscribe(refused.append)
    metrics = Metrics(from_dict(BASE), events)
    assert await status_of(metrics, Request(scope(client))) == status
    if status == 403:
        assert refused[-1].reason == "metrics_loopback_only"


async def test_with_a_token_remote_scrapers_need_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPWARDEN_TEST_METRICS_TOKEN", "s3cret-token-0123456789")
    metrics = Metrics(from_dict({**BASE, "metrics": {
        "token": "env:MCPWARDEN_TEST_METRICS_TOKEN"}}), EventBus())
    remote = ("10.0.0.7", 5000)
    assert await status_of(metrics, Request(scope(remote))) == 401
    assert await status_of(metrics, Request(scope(("127.0.0.1", 1)))) == 401  # token applies
    good = [(b"authorization", b"Bearer s3cret-token-0123456789")]
    assert await status_of(metrics, Request(scope(remote, headers=good))) == 200


@pytest.mark.parametrize("metrics", [
    {"token": "s3cret-inline"},  # secrets are references, never inline
    {"token": "env:"},
    {"path": "/mcp/metrics"},
    {"path": "metrics"},
    {"max_tool_labels": 0},
    {"listen": "9464"},
    {"listen": "127.0.0.1:99999"},
    {"unknown": True},
])
def test_bad_settings_are_refused(metrics: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="metrics"):
        from_dict({**BASE, "metrics": metrics})


@pytest.mark.parametrize("secret", ["", "short-secret"])
def test_an_empty_or_short_token_fails_at_start(monkeypatch: pytest.MonkeyPatch,
                                                secret: str) -> None:
    monkeypatch.setenv("MCPWARDEN_TEST_METRICS_TOKEN", secret)
    config = from_dict({**BASE, "metrics": {"token": "env:MCPWARDEN_TEST_METRICS_TOKEN"}})
    with pytest.raises(ConfigError, match="at least 16"):
        Metrics(config, EventBus())


def test_a_missing_token_variable_fails_at_start() -> None:
    config = from_dict({**BASE, "metrics": {"token": "env:MCPWARDEN_UNSET_VAR_X"}})
    with pytest.raises(ConfigError, match="MCPWARDEN_UNSET_VAR_X"):
        Metrics(config, EventBus())
