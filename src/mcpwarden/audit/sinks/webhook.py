"""The webhook sink: security events (selected denials, pin mismatches, injection findings,
sandbox violations) POSTed as JSON to a SOC endpoint, optionally signed.

Body: `{"source": "mcpwarden", "events": [record, …]}`. With `audit.webhook.secret`, headers
`X-Mcpwarden-Timestamp: <unix seconds>` and `X-Mcpwarden-Signature: sha256=<hex>`, the HMAC-SHA256
of `<timestamp>.<body>` with the secret (the timestamp lets the receiver refuse replays).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from fnmatch import fnmatchcase
from typing import Any

from mcpwarden.audit.record import CHECKPOINT
from mcpwarden.audit.settings import DeliverySettings, WebhookSettings
from mcpwarden.audit.sinks.network import NetworkSink, post_json
from mcpwarden.config import resolve_secret


def signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class WebhookSink(NetworkSink):
    def __init__(self, url: str, state_dir: str, settings: WebhookSettings,
                 delivery: DeliverySettings) -> None:
        endpoint = url.removeprefix("webhook+")
        secret = (resolve_secret(settings.secret, "audit.webhook.secret").encode()
                  if settings.secret is not None else None)

        def post(lines: list[bytes]) -> None:
            body = b'{"source":"mcpwarden","events":[' + b",".join(
                line.rstrip(b"\n") for line in lines) + b"]}"
            headers: dict[str, str] = {}
            if secret is not None:
                stamp = str(int(time.time()))
                headers = {"x-mcpwarden-timestamp": stamp,
                           "x-mcpwarden-signature": signature(secret, stamp, body)}
            post_json(endpoint, body, headers, delivery.timeout)

        super().__init__(f"webhook:{endpoint}", endpoint, state_dir, post, delivery)
        self._patterns = settings.reasons

    def accepts(self, record: dict[str, Any]) -> bool:
        """Denials, rewrites and errors for a listed reason, and any record with a finding or
        rewrite whose reason is listed."""
        if record.get("event") == CHECKPOINT:
            return False
        reason = record.get("reason")
        if record.get("outcome") != "ok" and isinstance(reason, str) and self._matches(reason):
            return True
        detail = record.get("detail")
        rewrites = detail.get("rewrites") if isinstance(detail, dict) else None
        marks = [*(record.get("findings") or []), *(rewrites or [])]
        return any(isinstance(mark, dict) and self._matches(str(mark.get("reason", "")))
                   for mark in marks)

    def _matches(self, reason: str) -> bool:
        return any(fnmatchcase(reason, pattern) for pattern in self._patterns)
