"""What the network sinks share: one POST with urllib, from the delivery thread."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from mcpwarden.audit.settings import DeliverySettings
from mcpwarden.audit.spool import Deliverer, PermanentFailure, Post

RETRYABLE = {408, 425, 429}


def post_json(url: str, body: bytes, headers: dict[str, str], timeout: float) -> None:
    """POST; returns on 2xx, raises PermanentFailure on a 4xx that retrying cannot fix."""
    request = urllib.request.Request(  # noqa: S310 - the URL scheme is checked by the config
        url, data=body, method="POST",
        headers={"content-type": "application/json", "user-agent": "mcpwarden-audit",
                 **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read()
    except urllib.error.HTTPError as exc:
        if 400 <= exc.code < 500 and exc.code not in RETRYABLE:
            raise PermanentFailure(f"HTTP {exc.code}") from None
        raise


class NetworkSink:
    """A sink whose records go through a `Deliverer` (memory queue, disk spool, retries)."""

    def __init__(self, name: str, url: str, state_dir: str, post: Post,
                 delivery: DeliverySettings) -> None:
        self.name = name
        self.url = url
        self._grace = min(delivery.timeout + 1, 10.0)
        digest = hashlib.sha256(name.encode()).hexdigest()[:12]
        spool = Path(state_dir) / "audit-spool" / f"{digest}.jsonl"
        self.deliverer = Deliverer(name, spool, post, delivery)

    def accepts(self, record: dict[str, Any]) -> bool:
        return True

    def open(self) -> None:
        self.deliverer.start()

    def write(self, record: dict[str, Any], line: bytes) -> None:
        if self.accepts(record):
            self.deliverer.offer(line)

    def close(self) -> None:
        self.deliverer.close(self._grace)

    def stats(self) -> dict[str, Any]:
        return self.deliverer.stats()
