"""Event → audit record: what is stored, and how a record is encoded and hashed.

A record never holds a raw token, session id, argument value or redacted content: sessions are
keyed hashes, arguments a SHA-256 digest of their canonical JSON, subjects optionally keyed
hashes. The schema is documented in docs/audit.md.
"""

from __future__ import annotations

import functools
import hashlib
from datetime import UTC, datetime
from typing import Any

import orjson

from mcpwarden.audit.events import REWRITTEN, Event
from mcpwarden.audit.keys import keyed_hash
from mcpwarden.integrity.canonical import digest
from mcpwarden.wire.errors import ProtocolError

VERSION = 1
GENESIS = "sha256:" + "0" * 64  # the `prev` of the first record of a log
CHECKPOINT = "checkpoint"
START = "audit_start"
_UNHASHED = ("hash", "sig")  # a record's hash covers every other field
_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS
_MAX_CACHED_HASHES = 4096


def encode(record: dict[str, Any]) -> bytes:
    """Canonical JSON (sorted keys, no whitespace); odd values become their text."""
    return orjson.dumps(record, option=_OPTIONS, default=str)


def record_hash(record: dict[str, Any]) -> str:
    """`sha256:<hex>` over the canonical form of every field but `hash` and `sig`."""
    body = {k: v for k, v in record.items() if k not in _UNHASHED}
    return "sha256:" + hashlib.sha256(encode(body)).hexdigest()


def iso_time(seconds: float) -> str:
    """`2026-11-21T12:00:00.123456Z`; the date and time of day are formatted once a second."""
    micros = round(seconds * 1_000_000)
    whole, fraction = divmod(micros, 1_000_000)
    return f"{_second(whole)}.{fraction:06d}Z"


@functools.lru_cache(maxsize=4)
def _second(whole: int) -> str:
    return datetime.fromtimestamp(whole, UTC).strftime("%Y-%m-%dT%H:%M:%S")


class RecordBuilder:
    """Turns events into records; holds the key for session hashes and subject pseudonyms."""

    def __init__(self, hmac_key: bytes, pseudonymise: bool) -> None:
        self._key = hmac_key
        self._pseudonymise = pseudonymise
        # A session and a subject recur on every request: hash each once (bounded).
        self._hashes: dict[str, str] = {}

    def subject(self, subject: str) -> str:
        """The subject as records store it (what `audit search --user` must look for)."""
        return self._keyed(subject) if self._pseudonymise else subject

    def _keyed(self, value: str) -> str:
        hashed = self._hashes.get(value)
        if hashed is None:
            if len(self._hashes) >= _MAX_CACHED_HASHES:
                self._hashes.clear()
            hashed = self._hashes[value] = keyed_hash(self._key, value)
        return hashed

    def build(self, event: Event) -> dict[str, Any]:
        record: dict[str, Any] = {
            "v": VERSION, "time": iso_time(event.time), "event": event.kind,
            "outcome": event.outcome,
            "principal": {"issuer": event.principal.issuer,
                          "subject": self.subject(event.principal.subject)},
        }
        _put(record, "reason", event.reason or _rewrite_reason(event))
        _put(record, "upstream", event.upstream)
        _put(record, "method", event.method)
        _put(record, "target", event.target)
        if event.session:
            record["session"] = self._keyed(event.session)
        _put(record, "client", event.client_address)
        _put(record, "transport", event.transport)
        _put(record, "guard", event.guard)
        _put(record, "message", event.message)
        _sizes_and_latency(record, event)
        if event.findings:
            record["findings"] = event.findings
        if event.detail:
            record["detail"] = event.detail
        return record


def _sizes_and_latency(record: dict[str, Any], event: Event) -> None:
    request = event.request
    if request is not None:
        record["request_bytes"] = request.size
        try:
            params = request.params
        except ProtocolError:  # an upstream payload that is not JSON: no arguments to digest
            params = {}
        if "arguments" in params:
            record["args_digest"] = digest(params["arguments"])
    _put(record, "response_bytes", event.response_bytes)
    if event.latency is not None:
        record["latency_ms"] = round(event.latency * 1000, 3)
        record["gateway_ms"] = round((event.gateway_latency or 0.0) * 1000, 3)
    if event.upstream_latency is not None:
        record["upstream_ms"] = round(event.upstream_latency * 1000, 3)


def _rewrite_reason(event: Event) -> str | None:
    """A rewritten request's reason: its first rewrite's (e.g. `secret_redacted`)."""
    rewrites = event.detail.get("rewrites")
    if event.outcome == REWRITTEN and isinstance(rewrites, list) and rewrites:
        first = rewrites[0]
        reason = first.get("reason") if isinstance(first, dict) else None
        return reason if isinstance(reason, str) else None
    return None


def _put(record: dict[str, Any], key: str, value: object) -> None:
    if value is not None:
        record[key] = value
