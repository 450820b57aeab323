"""Who is calling: the bearer token of every HTTP request, checked before anything else runs.

The edge calls `authenticate` on every request to an MCP endpoint, sessions or not: a session id
is never a credential (SESS-01). Failures carry the status and the `WWW-Authenticate` challenge
the specification asks for (checklist §1, RS-02…RS-11, RFC 6750 §3).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from mcpwarden.identity.model import InvalidToken, VerificationUnavailable, VerifiedToken
from mcpwarden.identity.principal import ANONYMOUS, Principal

# RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
_BEARER = re.compile(r"[Bb][Ee][Aa][Rr][Ee][Rr] ([A-Za-z0-9\-._~+/]+=*)")
MAX_AUTHORIZATION_BYTES = 8192
RETRY_AFTER_SECONDS = "5"


class Verifier(Protocol):
    async def verify(self, token: str) -> VerifiedToken: ...

    async def aclose(self) -> None: ...


class AuthFailure(Exception):
    """The request is refused before it reaches a session, the chain or an upstream."""

    def __init__(self, status: int, reason: str, message: str,
                 headers: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.message = message
        self.headers = headers


class Authenticator:
    """Turns an `Authorization` header into a Principal for one upstream (resource).

    `resource_uri(name)` is the canonical URI a token's audience must name exactly;
    `metadata_url(name)` is where that resource's RFC 9728 metadata lives; `scopes_for(name)`
    are the scopes its 401 challenges suggest (RS-07; the policy's, none when empty).
    """

    def __init__(self, verifier: Verifier, *, resource_uri: Callable[[str], str],
                 metadata_url: Callable[[str], str],
                 scopes_for: Callable[[str], list[str]] = lambda _: []) -> None:
        self.verifier = verifier
        self.resource_uri = resource_uri
        self.metadata_url = metadata_url
        self.scopes_for = scopes_for

    async def authenticate(self, authorization: str | None, upstream: str) -> Principal:
        if authorization is None:
            raise self._challenge(401, upstream, "token_missing",
                                  "This MCP endpoint needs a bearer token (Authorization header)")
        token = self._bearer(authorization, upstream)
        try:
            verified = await self.verifier.verify(token)
        except InvalidToken as exc:
            raise self._challenge(401, upstream, exc.reason, exc.message,
                                  error="invalid_token") from None
        except VerificationUnavailable as exc:
            raise AuthFailure(503, "token_verification_unavailable",
                              f"The gateway cannot check tokens right now: {exc.message}",
                              [("retry-after", RETRY_AFTER_SECONDS)]) from None
        if not verified.allows_audience(self.resource_uri(upstream)):
            raise self._challenge(
                401, upstream, "token_audience",
                f"The token was not issued for this resource ({self.resource_uri(upstream)}); "
                "request one with that resource as its audience", error="invalid_token",
            )
        return verified.principal

    async def aclose(self) -> None:
        await self.verifier.aclose()

    def _bearer(self, authorization: str, upstream: str) -> str:
        if len(authorization) > MAX_AUTHORIZATION_BYTES:
            raise self._challenge(400, upstream, "authorization_too_large",
                                  "The Authorization header is too large", error="invalid_request")
        match = _BEARER.fullmatch(authorization)
        if match is None:
            scheme = authorization.split(" ", 1)[0]
            if scheme.lower() != "bearer":
                raise self._challenge(401, upstream, "token_missing",
                                      f"Unsupported authorization scheme {scheme[:20]!r}; "
                                      "send a bearer token")
            raise self._challenge(400, upstream, "authorization_malformed",
                                  "The Authorization header must be exactly one bearer token "
                                  "(`Bearer <token>`)", error="invalid_request")
        return match.group(1)

    def _challenge(self, status: int, upstream: str, reason: str, message: str,
                   error: str | None = None) -> AuthFailure:
        value = self.challenge(upstream, error, message, with_scope=status == 401)
        return AuthFailure(status, reason, message, [("www-authenticate", value)])

    def challenge(self, upstream: str, error: str | None = None,
                  description: str | None = None, *, with_scope: bool = False) -> str:
        """RFC 6750 §3: no `error` when no credentials were sent (RS-06)."""
        parts = [f'resource_metadata="{self.metadata_url(upstream)}"']
        scopes = self.scopes_for(upstream) if with_scope else []
        if scopes:
            parts.append(f'scope="{" ".join(scopes)}"')
        if error is not None:
            parts.append(f'error="{error}"')
            if description:
                parts.append(f'error_description="{quoted_description(description)}"')
        return "Bearer " + ", ".join(parts)


class NoAuthentication:
    """`auth: none` (loopback only): everyone is the anonymous principal."""

    async def authenticate(self, authorization: str | None, upstream: str) -> Principal:
        return ANONYMOUS

    async def aclose(self) -> None:
        return None


Authenticate = Authenticator | NoAuthentication


def bearer_token(authorization: str | None) -> str | None:
    """The token of a well-formed `Bearer` header (after `authenticate` accepted it)."""
    match = _BEARER.fullmatch(authorization) if authorization else None
    return match.group(1) if match else None


def quoted_description(text: str) -> str:
    """RFC 6750 error_description: printable ASCII without `"` and `\\`."""
    return "".join(c for c in text if 0x20 <= ord(c) <= 0x7E and c not in '"\\')[:300]
