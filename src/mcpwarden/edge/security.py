"""Origin and Host checks (DNS-rebinding protection, T-01/T-02)."""

from __future__ import annotations

from urllib.parse import urlsplit

from mcpwarden.config import Config, is_loopback_host
from mcpwarden.wire.errors import INVALID_REQUEST, ProtocolError

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")


def _split_host(value: str) -> str:
    """`example.com:8443` → `example.com`; `[::1]:80` → `[::1]`."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[: end + 1] if end != -1 else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class OriginPolicy:
    """Who may talk to the gateway from a browser, and under which Host names."""

    def __init__(self, config: Config) -> None:
        self.origins = {o.rstrip("/").lower() for o in config.allowed_origins}
        self.hosts = {_split_host(h) for h in config.allowed_hosts}
        self.loopback = config.is_loopback
        if config.public_url:
            parts = urlsplit(config.public_url)
            self.origins.add(f"{parts.scheme}://{parts.netloc}".lower())
            self.hosts.add(_split_host(parts.netloc))
        # Host is checked when the gateway is local (rebinding) or its public name is known.
        self.check_host = self.loopback or bool(self.hosts)
        if self.loopback:
            self.hosts.update(LOOPBACK_NAMES)

    def check(self, host: str | None, origin: str | None) -> None:
        if self.check_host and (host is None or _split_host(host) not in self.hosts):
            raise ProtocolError(
                INVALID_REQUEST,
                f"Host {host!r} is not a name this gateway serves (DNS-rebinding protection)",
                reason="host_not_allowed", http_status=421,
            )
        if origin is not None and not self._origin_allowed(origin):
            raise ProtocolError(
                INVALID_REQUEST,
                f"Origin {origin!r} is not allowed (allowed_origins)",
                reason="origin_not_allowed", http_status=403,
            )

    def _origin_allowed(self, origin: str) -> bool:
        normalized = origin.strip().rstrip("/").lower()
        if normalized in self.origins:
            return True
        if not self.loopback:
            return False
        parts = urlsplit(normalized)
        return parts.scheme in ("http", "https") and is_loopback_host(parts.hostname or "")
