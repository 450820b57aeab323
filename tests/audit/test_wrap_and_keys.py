"""The stdio wrapper audits too; pseudonymised subjects; the spool survives a restart."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import msgspec
import pytest
from audit_support import STDIO_FIXTURE, Recorder, cli, records, wait_for
from mcp import Client, StdioServerParameters
from support import PYTHON

from mcpwarden.audit.events import Event
from mcpwarden.audit.keys import keyed_hash
from mcpwarden.audit.settings import AuditSettings
from mcpwarden.audit.trail import AuditTrail
from mcpwarden.config import ConfigError, from_dict
from mcpwarden.identity.principal import Principal


async def test_wrap_writes_a_verified_trail(tmp_path: Path) -> None:
    server = StdioServerParameters(
        command=PYTHON, args=["-m", "mcpwarden", "--log-level", "warning", "wrap", "--",
                              *STDIO_FIXTURE], cwd=str(tmp_path))
    async with Client(server, mode="legacy") as client:
        await client.call_tool("echo", {"text": "wrapped and audited"})
    state = tmp_path / ".mcpwarden"
    log = state / "audit-local.jsonl"  # one log per wrapped server (--name)
    assert wait_for(lambda: b'"reason":"shutdown"' in log.read_bytes(), 10)
    calls = [r for r in records(log) if r.get("method") == "tools/call"]
    assert len(calls) == 1 and calls[0]["transport"] == "stdio"
    assert calls[0]["target"] == "echo" and calls[0]["outcome"] == "ok"
    code, out = cli("audit", "verify", str(log), "--public-key",
                    str(state / "audit-signing.pub"))
    assert code == 0, out


def _settings(**fields: object) -> AuditSettings:
    return msgspec.convert(fields, AuditSettings)


async def test_pseudonymised_subject_and_search_by_user(tmp_path: Path) -> None:
    state = tmp_path / "state"
    trail = AuditTrail(_settings(pseudonymise=True, sinks=["sqlite://audit.db"]), str(state))
    await trail.start()
    trail(Event(kind="request", outcome="denied", reason="pin_mismatch",
                principal=Principal(issuer="https://idp", subject="alice@example.com"),
                session="raw-session-id-1234"))
    await trail.aclose()
    data = (state / "audit.db").read_bytes() + (state / "audit.db-wal").read_bytes() \
        if (state / "audit.db-wal").exists() else (state / "audit.db").read_bytes()
    assert b"alice@example.com" not in data and b"raw-session-id-1234" not in data
    key = (state / "audit-hmac.key").read_bytes()
    assert (state / "audit-hmac.key").stat().st_mode & 0o777 == 0o600
    assert (state / "audit-signing.key").stat().st_mode & 0o777 == 0o600
    config = tmp_path / "gateway.yaml"
    config.write_text(f"auth: none\nstate_dir: {state}\naudit: {{pseudonymise: true, sinks: "
                      "['sqlite://audit.db']}\nupstreams: {x: {url: 'http://127.0.0.1:9/m'}}\n")
    code, out = cli("audit", "search", "-c", str(config), "--user", "alice@example.com", "--json")
    assert code == 0 and keyed_hash(key, "alice@example.com") in out and "pin_mismatch" in out


async def test_spooled_records_are_delivered_after_a_restart(tmp_path: Path) -> None:
    collector = Recorder()  # bound, not listening until the second start
    port = collector.port
    settings = _settings(sinks=[f"otlp+http://127.0.0.1:{port}"],
                         delivery={"retry_initial": 0.1, "retry_max": 0.2, "timeout": 1})
    first = AuditTrail(settings, str(tmp_path))
    await first.start()
    for n in range(5):
        first(Event(kind="request", outcome="ok", target=f"t{n}"))
    await asyncio.sleep(0.3)
    await first.aclose()
    spool = next((tmp_path / "audit-spool").glob("*.jsonl"))
    assert spool.read_bytes().count(b"\n") == 7  # start, 5 requests, shutdown checkpoint
    with collector:
        second = AuditTrail(settings, str(tmp_path))
        await second.start()
        assert await asyncio.to_thread(wait_for, lambda: len(collector.posts) > 0, 10)
        await asyncio.to_thread(wait_for, lambda: spool.stat().st_size == 0, 5)
        stats = second.stats()["sinks"]
        await second.aclose()
    body = b"".join(post for _, post in collector.posts)
    assert all(f'"stringValue":"t{n}"'.encode() in body for n in range(5))
    assert stats[f"otlp:http://127.0.0.1:{port}/v1/logs"]["delivered"] >= 7


@pytest.mark.parametrize(("audit", "problem"), [
    ({"sinks": ["ftp://x"]}, "is not a sink"),
    ({"fsync": "sometimes"}, "use always, interval or never"),
    ({"signing_key": "inline-key-material"}, "secrets are never written inline"),
    ({"webhook": {"secret": "hunter2"}}, "secrets are never written inline"),
    ({"checkpoint_every": 0}, "at least 1"),
])
def test_bad_audit_settings_are_refused(audit: dict[str, object], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        from_dict({"auth": "none", "audit": audit,
                   "upstreams": {"x": {"url": "http://127.0.0.1:9/mcp"}}})


@pytest.mark.parametrize("sink", ["jsonl://audit.jsonl", "sqlite://audit.db"])
async def test_two_gateways_never_interleave_one_log(tmp_path: Path, sink: str) -> None:
    first = AuditTrail(_settings(sinks=[sink]), str(tmp_path))
    await first.start()
    second = AuditTrail(_settings(sinks=[sink]), str(tmp_path))
    await second.start()  # the log is taken: this one writes a file of its own
    for trail in (first, second):
        trail(Event(kind="request", outcome="ok"))
        await trail.aclose()
    name = sink.removeprefix("jsonl://").removeprefix("sqlite://")
    own = tmp_path / name.replace(".", f".{os.getpid()}.")
    for path in (tmp_path / name, own):
        code, out = cli("audit", "verify", str(path), "--public-key",
                        str(tmp_path / "audit-signing.pub"))
        assert code == 0 and "3 record(s)" in out, out
