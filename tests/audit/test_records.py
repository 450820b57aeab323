"""Records: what is kept, what never is, and that odd content still verifies."""

from __future__ import annotations

import asyncio
from pathlib import Path

import msgspec
import orjson
from audit_support import cli, records

from mcpwarden.audit.events import Event, EventBus, Service
from mcpwarden.audit.record import RecordBuilder
from mcpwarden.audit.settings import AuditSettings, DeliverySettings, WebhookSettings
from mcpwarden.audit.sinks.webhook import WebhookSink
from mcpwarden.audit.trail import AuditTrail, attach_audit
from mcpwarden.config import from_dict
from mcpwarden.identity.principal import Principal
from mcpwarden.integrity.canonical import digest
from mcpwarden.wire.jsonrpc import Message

KEY = b"k" * 32


def _request(arguments: object) -> Message:
    return Message.parse(orjson.dumps({"jsonrpc": "2.0", "id": 3, "method": "tools/call",
                                       "params": {"name": "send", "arguments": arguments}}))


def test_record_keeps_digests_not_values() -> None:
    arguments = {"to": "bob", "api_key": "AKIAIOSFODNN7EXAMPLE"}
    event = Event(kind="request", outcome="rewritten", upstream="mail", method="tools/call",
                  target="send", principal=Principal(issuer="https://idp", subject="alice"),
                  session="0123456789abcdef-session", request=_request(arguments),
                  detail={"rewrites": [{"guard": "secrets", "reason": "secret_redacted",
                                        "direction": "inbound"}]},
                  findings=[{"guard": "secrets", "reason": "secret_redacted", "kind": "aws"}])
    record = RecordBuilder(KEY, pseudonymise=False).build(event)
    text = orjson.dumps(record)
    assert b"AKIAIOSFODNN7EXAMPLE" not in text and b"0123456789abcdef-session" not in text
    assert record["args_digest"] == digest(arguments)
    assert record["session"].startswith("hmac:") and record["reason"] == "secret_redacted"
    assert record["principal"] == {"issuer": "https://idp", "subject": "alice"}
    same_order = digest({"api_key": "AKIAIOSFODNN7EXAMPLE", "to": "bob"})
    assert record["args_digest"] == same_order  # canonical: key order does not matter


def test_webhook_selects_security_events_only(tmp_path: Path) -> None:
    sink = WebhookSink("webhook+http://127.0.0.1:9/h", str(tmp_path), WebhookSettings(),
                       DeliverySettings())
    assert sink.accepts({"event": "request", "outcome": "denied", "reason": "pin_mismatch"})
    assert sink.accepts({"event": "request", "outcome": "ok",
                         "findings": [{"guard": "x", "reason": "injection_suspected"}]})
    assert sink.accepts({"event": "process", "outcome": "error", "reason": "sandbox_violation"})
    assert not sink.accepts({"event": "request", "outcome": "ok"})
    assert not sink.accepts({"event": "request", "outcome": "denied",
                             "reason": "method_not_allowed"})
    assert not sink.accepts({"event": "request", "outcome": "error",
                             "reason": "upstream_timeout"})


async def test_unicode_and_odd_values_verify(tmp_path: Path) -> None:
    trail = AuditTrail(msgspec.convert({}, AuditSettings), str(tmp_path))
    await trail.start()
    targets = ["工具", "outil\u0301", "emoji-\U0001f512", "line\nbreak", "\u2028sep"]
    for target in targets:
        trail(Event(kind="request", outcome="ok", target=target, latency=1 / 3,
                    findings=[{"reason": "x", "score": 0.1 + 0.2, "nested": {"b": 1, "a": [2]}}],
                    detail={"set": frozenset({1}), 7: "int key"}))
    await trail.aclose()
    logged = records(tmp_path / "audit.jsonl")
    assert [r.get("target") for r in logged[1:6]] == targets
    code, out = cli("audit", "verify", str(tmp_path / "audit.jsonl"), "--public-key",
                    str(tmp_path / "audit-signing.pub"))
    assert code == 0, out


async def test_fsync_always_settles_only_once_on_disk_and_shares_flushes(tmp_path: Path) -> None:
    config = from_dict({"auth": "none", "state_dir": str(tmp_path),
                        "audit": {"fsync": "always"},
                        "upstreams": {"x": {"url": "http://127.0.0.1:9/mcp"}}})
    bus = EventBus()
    services: list[Service] = []
    trail = attach_audit(config, bus, services)
    await trail.start()
    sink = trail.stats()["sinks"][f"jsonl:{tmp_path / 'audit.jsonl'}"]
    before = sink["fsyncs"]
    bus.emit(Event(kind="request", outcome="ok"))
    await bus.settled()
    assert trail.stats()["sinks"][f"jsonl:{tmp_path / 'audit.jsonl'}"]["fsyncs"] > before

    async def request(n: int) -> None:
        bus.emit(Event(kind="request", outcome="ok", target=f"t{n}"))
        await bus.settled()

    flushed = trail.stats()["sinks"][f"jsonl:{tmp_path / 'audit.jsonl'}"]["fsyncs"]
    await asyncio.gather(*(request(n) for n in range(50)))
    after = trail.stats()["sinks"][f"jsonl:{tmp_path / 'audit.jsonl'}"]["fsyncs"]
    assert 1 <= after - flushed < 50  # concurrent requests share flushes
    await trail.aclose()
    assert len(records(tmp_path / "audit.jsonl")) == 1 + 51 + 1
