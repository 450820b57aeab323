"""The shared vocabulary of token verification: what a verified token is, and how it fails."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mcpwarden.identity.principal import Principal


@dataclass(frozen=True, slots=True)
class VerifiedToken:
    """A token whose signature, issuer and lifetime were checked. The audience is checked per
    request (one token may be valid for several upstreams, never for one it does not name)."""

    principal: Principal
    audiences: frozenset[str]
    scopes: frozenset[str]
    expires_at: float  # Unix time
    claims: Mapping[str, Any] = field(default_factory=dict)

    def allows_audience(self, resource: str) -> bool:
        return resource in self.audiences


class InvalidToken(Exception):
    """The token must be refused: 401 with `error="invalid_token"`.

    `reason` is a stable code (`token_expired`, `token_signature`, `token_issuer`…); `message`
    says what is wrong without echoing the token.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class VerificationUnavailable(Exception):
    """The token cannot be checked now (no keys could be had for its issuer): fail closed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
