"""Credentials the gateway presents to an upstream: its own, never the client's.

The client's `Authorization` header (and anything else it authenticates with) stops at the
gateway. Per upstream, `credentials` configures what goes upstream instead:

- `bearer` / `headers`: static secrets from references (`env:NAME`, `file:/path`), read once
  when the gateway starts;
- `oauth` with `grant: client_credentials`: an access token the gateway gets for itself from the
  upstream's authorization server (client_secret_basic, `scope`, RFC 8707 `resource`), cached
  until shortly before it expires and refreshed in the background, one request at a time;
- `oauth` with `grant: token_exchange`: RFC 8693 on-behalf-of. The client's own token is sent,
  as `subject_token`, to the upstream's token endpoint and nowhere else; the token it gives back
  (for the upstream's audience/resource/scope) is cached per user until it expires;
- `identity`: a short-lived JWT, signed by the gateway with an Ed25519 key, that tells the
  upstream who the user is (header `mcpwarden-identity` unless configured otherwise).

How an upstream verifies the identity header
--------------------------------------------
The token is a compact JWS: header `{"alg": "EdDSA", "typ": "mcpwarden-identity+jwt", "kid"}`,
claims `iss` = "mcpwarden", `sub` = the user's subject at their identity provider, `idp` = that
provider's issuer (`sub` is unique only together with `idp`), `aud` = the upstream's URL,
`iat`, `exp` (`ttl` seconds later, 60 by default) and a unique `jti`. The upstream must check
the signature against the gateway's public key, `iss`, `aud` (its own URL, exactly) and `exp`.
To save signatures the gateway reuses one user's token for a quarter of `ttl` (at most 15 s),
so a `jti` names a token, not a request. Print the public key set (JWKS) for the upstream with

    python -m mcpwarden.upstream.credentials jwks file:/etc/mcpwarden/identity.pem

Make a key with `openssl genpkey -algorithm ed25519 -out identity.pem`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import re
import secrets
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote_plus, urlencode, urlsplit

import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mcpwarden.config import (
    ConfigError,
    IdentityHeader,
    OAuthClient,
    Upstream,
    is_loopback_host,
    resolve_secret,
)
from mcpwarden.guards.base import Exchange
from mcpwarden.identity.principal import Principal
from mcpwarden.upstream.base import UpstreamError
from mcpwarden.upstream.httpclient import HttpClient, HttpClientError, HttpConnectError

__all__ = [
    "IDENTITY_ISSUER",
    "IdentitySigner",
    "UpstreamCredentials",
    "build_credentials",
    "identity_jwks",
]

log = logging.getLogger("mcpwarden.upstream.credentials")

REASON: Final = "upstream_credentials"
IDENTITY_ISSUER: Final = "mcpwarden"
IDENTITY_TYPE: Final = "mcpwarden-identity+jwt"
GRANT_TOKEN_EXCHANGE: Final = "urn:ietf:params:oauth:grant-type:token-exchange"  # noqa: S105
TOKEN_TYPE_ACCESS: Final = "urn:ietf:params:oauth:token-type:access_token"  # noqa: S105
DEFAULT_LIFETIME: Final = 60.0  # seconds, when the authorization server gives no expires_in
MAX_REFRESH_MARGIN: Final = 30.0  # refresh this long before expiry (a quarter of short lifetimes)
MAX_CACHED_USERS: Final = 10_000  # token exchange: cached upstream tokens per upstream
MAX_TOKEN_RESPONSE_BYTES: Final = 64 * 1024
MAX_IDENTITY_TTL: Final = 3600
MAX_IDENTITY_REUSE: Final = 15.0  # seconds one signed identity token serves the same user
# Headers the connector or the HTTP client own: a credential may not replace them.
RESERVED_HEADERS: Final = frozenset({
    "host", "content-length", "transfer-encoding", "connection", "keep-alive", "te", "trailer",
    "upgrade", "proxy-connection", "content-type", "accept",
})
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\x20-\x7e]+")
_TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")  # what may go into `Authorization: Bearer …`


class UpstreamCredentials:
    """What the gateway authenticates with towards one upstream.

    `headers(ex)` is awaited for every upstream request and returns lower-case header pairs;
    the caller must not modify the returned list (static credentials return the same one).
    """

    def __init__(
        self,
        upstream: str,
        static: Sequence[tuple[str, str]] = (),
        *,
        token: TokenSource | None = None,
        identity: IdentitySigner | None = None,
    ) -> None:
        self.upstream = upstream
        self._static = [(name.lower(), value) for name, value in static]
        self._token = token
        self._identity = identity
        self.dynamic = token is not None or identity is not None

    async def headers(self, ex: Exchange) -> list[tuple[str, str]]:
        if not self.dynamic:
            return self._static
        headers = list(self._static)
        if self._token is not None:
            headers.append(("authorization", f"Bearer {await self._token.access_token(ex)}"))
        if self._identity is not None:
            headers.append((self._identity.header, self._identity.sign(ex.principal)))
        return headers

    async def aclose(self) -> None:
        if self._token is not None:
            await self._token.aclose()


def build_credentials(name: str, upstream: Upstream, resource: str) -> UpstreamCredentials | None:
    """The credentials `upstream.credentials` describes, or None when it describes none.

    `resource` is the upstream's canonical URI (its URL): the RFC 8707 `resource` unless
    `oauth.resource` says otherwise, and the audience of identity tokens. Secrets are read now;
    any problem raises ConfigError naming the key, never showing a secret.
    """
    creds = upstream.credentials
    if creds is None:
        return None
    key = f"upstreams.{name}.credentials"
    static = [(_header_name(header, f"{key}.headers.{header}"),
               _header_value(resolve_secret(ref, f"{key}.headers.{header}"),
                             f"{key}.headers.{header}"))
              for header, ref in creds.headers.items()]
    taken = {header for header, _ in static}
    if creds.bearer:
        _claim_header("authorization", taken, f"{key}.bearer")
        bearer = _bearer_token(resolve_secret(creds.bearer, f"{key}.bearer"), f"{key}.bearer")
        static.append(("authorization", f"Bearer {bearer}"))
    token: TokenSource | None = None
    if creds.oauth is not None:
        _claim_header("authorization", taken, f"{key}.oauth")
        token = _token_source(name, creds.oauth, resource, upstream.connect_timeout,
                              f"{key}.oauth")
    identity: IdentitySigner | None = None
    if creds.identity is not None:
        identity = _identity_signer(creds.identity, resource, f"{key}.identity")
        _claim_header(identity.header, taken, f"{key}.identity.header")
    if not static and token is None and identity is None:
        return None
    return UpstreamCredentials(name, static, token=token, identity=identity)


# -- validation of what is configured --------------------------------------------------------------


def _header_name(name: str, key: str) -> str:
    lower = name.lower()
    if not _HEADER_NAME.fullmatch(name):
        raise ConfigError(f"{key}: {name!r} is not a valid HTTP header name")
    if lower in RESERVED_HEADERS or lower.startswith("mcp-"):
        raise ConfigError(f"{key}: {name} is set by the gateway itself and cannot carry a "
                          "credential")
    return lower


def _header_value(value: str, key: str) -> str:
    if not _HEADER_VALUE.fullmatch(value):
        raise ConfigError(f"{key}: the secret is empty or contains line breaks, control or "
                          "non-ASCII characters, and cannot be sent as a header value")
    return value


def _bearer_token(value: str, key: str) -> str:
    if not _TOKEN_CHARS.fullmatch(value):
        raise ConfigError(f"{key}: the secret is empty or contains spaces or non-ASCII "
                          "characters; a bearer token is one word of printable ASCII")
    return value


def _claim_header(header: str, taken: set[str], key: str) -> None:
    if header in taken:
        raise ConfigError(f"{key}: the {header} header is already set by another credential of "
                          "this upstream; configure only one of them")
    taken.add(header)


def _token_url(url: str, key: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{key}: {url!r} must be an https:// URL")
    if parts.username or parts.password:
        raise ConfigError(f"{key}: put the client's credentials in client_id and client_secret, "
                          "not in the URL")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ConfigError(f"{key}: {url!r} would send the client secret (and, for token "
                          "exchange, users' tokens) unencrypted; use https://")
    return url


# -- OAuth 2.0: the gateway as a client of the upstream's authorization server ---------------------


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    refresh_at: float  # monotonic: from here on a background refresh starts
    expires_at: float  # monotonic: from here on the token is not used


class TokenEndpoint:
    """One authorization server's token endpoint, called as a confidential client
    (client_secret_basic, RFC 6749 §2.3.1). Every failure is an UpstreamError for the client,
    with the details an operator needs in the log."""

    def __init__(self, upstream: str, url: str, client_id: str, client_secret: str, *,
                 timeout: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.upstream = upstream
        self.url = url
        self.timeout = timeout
        self.clock = clock
        self.requests = 0  # token requests made, for operators and tests
        self._client = HttpClient(url, max_connections=4, connect_timeout=timeout)
        basic = f"{quote_plus(client_id)}:{quote_plus(client_secret)}".encode()
        self._headers = (
            ("content-type", "application/x-www-form-urlencoded"),
            ("accept", "application/json"),
            ("authorization", f"Basic {base64.b64encode(basic).decode('ascii')}"),
        )

    async def token(self, form: dict[str, str]) -> _Token:
        self.requests += 1
        body = urlencode(form).encode("ascii")
        try:
            async with asyncio.timeout(self.timeout):
                resp = await self._client.request("POST", None, self._headers, body)
                try:
                    data = await resp.read(limit=MAX_TOKEN_RESPONSE_BYTES)
                finally:
                    await resp.aclose()
        except TimeoutError:
            raise self._failure(f"its token endpoint did not answer within {self.timeout:g} s"
                                ) from None
        except HttpConnectError as exc:
            raise self._failure(f"its token endpoint could not be reached ({exc.message})"
                                ) from None
        except HttpClientError as exc:
            raise self._failure(f"its token endpoint broke off the exchange ({exc.message})"
                                ) from None
        return self._parse(resp.status, data)

    def _parse(self, status: int, data: bytes) -> _Token:
        try:
            document = orjson.loads(data)
        except orjson.JSONDecodeError:
            document = None
        if not isinstance(document, dict):
            raise self._failure(f"its token endpoint answered HTTP {status} without a JSON object")
        if status != 200:
            error = document.get("error")
            valid = isinstance(error, str) and _TOKEN_CHARS.fullmatch(error)
            code = error if valid else "no error code"
            log.warning("upstream %s: token endpoint %s refused the token request: HTTP %d %s: %s",
                        self.upstream, self.url, status, code,
                        str(document.get("error_description", ""))[:300])
            raise self._failure(f"it refused the gateway's token request (HTTP {status}, {code})")
        value = document.get("access_token")
        if not isinstance(value, str) or not _TOKEN_CHARS.fullmatch(value):
            raise self._failure("its token response has no usable access_token")
        token_type = document.get("token_type")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise self._failure(f"its token response has token_type {token_type!r}; the gateway "
                                "can only use Bearer tokens")
        lifetime = _lifetime(document.get("expires_in"))
        now = self.clock()
        margin = min(MAX_REFRESH_MARGIN, lifetime / 4)
        return _Token(value, now + lifetime - margin, now + lifetime)

    def _failure(self, why: str) -> UpstreamError:
        log.warning("upstream %s: no credentials from %s: %s", self.upstream, self.url, why)
        return UpstreamError(
            f"the gateway could not get its credentials for this upstream from the upstream's "
            f"authorization server: {why}",
            reason=REASON,
        )

    async def aclose(self) -> None:
        await self._client.aclose()


def _lifetime(expires_in: Any) -> float:
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
        return float(expires_in)
    return DEFAULT_LIFETIME


class TokenSource(ABC):
    """Access tokens from a token endpoint, cached per key until shortly before they expire.

    A cached token within its refresh margin is still used while one background request
    renews it; a missing or expired one is awaited. At most one request per key is in flight
    (concurrent callers share it, and a caller that goes away does not cancel it for the rest).
    A failed background refresh keeps the old token until it expires.
    """

    def __init__(self, endpoint: TokenEndpoint, *, max_entries: int = 1) -> None:
        self.endpoint = endpoint
        self.max_entries = max_entries
        self._cache: dict[Hashable, _Token] = {}
        self._inflight: dict[Hashable, asyncio.Task[_Token]] = {}
        self._closed = False

    @abstractmethod
    async def access_token(self, ex: Exchange) -> str:
        """The access token to send upstream for this exchange (UpstreamError if none)."""

    async def _cached(self, key: Hashable, form: Callable[[], dict[str, str]]) -> str:
        token = self._cache.get(key)
        now = self.endpoint.clock()
        if token is not None and now < token.expires_at:
            if now >= token.refresh_at and key not in self._inflight:
                self._start(key, form())
            return token.value
        task = self._inflight.get(key) or self._start(key, form())
        return (await _join(task)).value

    def _start(self, key: Hashable, form: dict[str, str]) -> asyncio.Task[_Token]:
        if self._closed:
            raise UpstreamError("the gateway is shutting down", reason=REASON)
        task = asyncio.get_running_loop().create_task(self._fetch(key, form))
        self._inflight[key] = task
        task.add_done_callback(_retrieve)
        return task

    async def _fetch(self, key: Hashable, form: dict[str, str]) -> _Token:
        try:
            token = await self.endpoint.token(form)
            self._store(key, token)
            return token
        finally:
            self._inflight.pop(key, None)

    def _store(self, key: Hashable, token: _Token) -> None:
        self._cache.pop(key, None)
        if len(self._cache) >= self.max_entries:
            del self._cache[next(iter(self._cache))]  # the entry stored longest ago
        self._cache[key] = token

    async def aclose(self) -> None:
        self._closed = True
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        self._cache.clear()
        await self.endpoint.aclose()


class ClientCredentials(TokenSource):
    """The gateway's own token for the upstream (OAuth 2.0 client credentials grant)."""

    def __init__(self, endpoint: TokenEndpoint, scope: str | None, resource: str) -> None:
        super().__init__(endpoint)
        self._form = {"grant_type": "client_credentials", "resource": resource}
        if scope:
            self._form["scope"] = scope

    async def access_token(self, ex: Exchange) -> str:
        return await self._cached(None, self._fresh_form)

    def _fresh_form(self) -> dict[str, str]:
        return self._form


class TokenExchange(TokenSource):
    """A token for the upstream on behalf of the user (RFC 8693), cached per user and scopes."""

    def __init__(self, endpoint: TokenEndpoint, *, scope: str | None, resource: str,
                 audience: str | None, max_entries: int = MAX_CACHED_USERS) -> None:
        super().__init__(endpoint, max_entries=max_entries)
        self._form = {
            "grant_type": GRANT_TOKEN_EXCHANGE,
            "subject_token_type": TOKEN_TYPE_ACCESS,
            "requested_token_type": TOKEN_TYPE_ACCESS,
            "resource": resource,
        }
        if audience:
            self._form["audience"] = audience
        if scope:
            self._form["scope"] = scope

    async def access_token(self, ex: Exchange) -> str:
        subject_token = ex.client_token
        if subject_token is None or ex.principal.is_anonymous:
            raise UpstreamError(
                "this upstream is called on behalf of the user (OAuth token exchange), which "
                "needs an authenticated user: the request carried no access token (is the "
                "gateway running with `auth: none`?)",
                reason=REASON,
            )
        # Per user and per granted scopes: a token with fewer scopes never gets an upstream
        # token that was exchanged from one with more.
        key = (ex.principal.key, ex.principal.scopes)
        return await self._cached(key, lambda: {**self._form, "subject_token": subject_token})


def _token_source(name: str, oauth: OAuthClient, resource: str, connect_timeout: float,
                  key: str) -> TokenSource:
    url = _token_url(oauth.token_url, f"{key}.token_url")
    if not oauth.client_id:
        raise ConfigError(f"{key}.client_id: must name the gateway's client at the upstream's "
                          "authorization server")
    secret = resolve_secret(oauth.client_secret, f"{key}.client_secret")
    endpoint = TokenEndpoint(name, url, oauth.client_id, secret,
                             timeout=max(2 * connect_timeout, 10.0))
    target = oauth.resource or resource
    if oauth.grant == "client_credentials":
        if oauth.audience:
            raise ConfigError(f"{key}.audience: only for grant: token_exchange; the client "
                              "credentials grant names the upstream with `resource`")
        return ClientCredentials(endpoint, oauth.scope, target)
    return TokenExchange(endpoint, scope=oauth.scope, resource=target, audience=oauth.audience)


async def _join(task: asyncio.Task[_Token]) -> _Token:
    """Wait for a shared request; cancelling this waiter does not cancel it for the others."""
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if task.cancelled() and not (current is not None and current.cancelling()):
            raise UpstreamError("the gateway is shutting down", reason=REASON) from None
        raise


def _retrieve(task: asyncio.Task[_Token]) -> None:
    """Mark a request's failure as seen: a background refresh may have no waiter."""
    if not task.cancelled():
        task.exception()


# -- identity headers ------------------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class IdentitySigner:
    """Signs short-lived identity tokens (EdDSA, Ed25519) that name the user to one upstream.

    A signature costs ~60 µs, so a user's token is reused for a quarter of its lifetime (at
    most 15 s): the upstream always gets one with at least three quarters of `ttl` left.
    """

    def __init__(self, key: Ed25519PrivateKey, *, audience: str, header: str = "mcpwarden-identity",
                 ttl: int = 60, max_entries: int = MAX_CACHED_USERS) -> None:
        self.header = header.lower()
        self.audience = audience
        self.ttl = ttl
        self.reuse_seconds = min(ttl / 4, MAX_IDENTITY_REUSE)
        self.max_entries = max_entries
        self._key = key
        self.jwk = _public_jwk(key)
        protected = {"alg": "EdDSA", "typ": IDENTITY_TYPE, "kid": self.jwk["kid"]}
        self._protected = _b64url(orjson.dumps(protected))
        self._recent: dict[tuple[str, str], tuple[str, float]] = {}

    def sign(self, principal: Principal) -> str:
        now = time.time()
        user = (principal.issuer, principal.subject)
        recent = self._recent.get(user)
        if recent is not None and now < recent[1]:
            return recent[0]
        token = self._sign(principal, int(now))
        self._recent.pop(user, None)
        if len(self._recent) >= self.max_entries:
            del self._recent[next(iter(self._recent))]
        self._recent[user] = (token, now + self.reuse_seconds)
        return token

    def _sign(self, principal: Principal, now: int) -> str:
        claims = {
            "iss": IDENTITY_ISSUER,
            "sub": principal.subject,
            "idp": principal.issuer,
            "aud": self.audience,
            "iat": now,
            "exp": now + self.ttl,
            "jti": secrets.token_urlsafe(16),
        }
        signing_input = f"{self._protected}.{_b64url(orjson.dumps(claims))}"
        return f"{signing_input}.{_b64url(self._key.sign(signing_input.encode('ascii')))}"


def _public_jwk(key: Ed25519PrivateKey) -> dict[str, str]:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    x = _b64url(raw)
    # RFC 7638 thumbprint: the required members, sorted, without whitespace.
    kid = _b64url(hashlib.sha256(orjson.dumps({"crv": "Ed25519", "kty": "OKP", "x": x})).digest())
    return {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": kid, "alg": "EdDSA", "use": "sig"}


def load_identity_key(ref: str, key: str) -> Ed25519PrivateKey:
    """The Ed25519 private key (PEM) a secret reference points to; ConfigError otherwise."""
    pem = resolve_secret(ref, key)
    try:
        private = serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError, UnicodeEncodeError):
        raise ConfigError(f"{key}: not an unencrypted PEM private key (make one with `openssl "
                          "genpkey -algorithm ed25519 -out identity.pem`)") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise ConfigError(f"{key}: must be an Ed25519 private key, not "
                          f"{type(private).__name__.removeprefix('_')}")
    return private


def identity_jwks(ref: str) -> dict[str, Any]:
    """The public key set upstreams verify identity tokens with, for a key's secret reference."""
    return {"keys": [_public_jwk(load_identity_key(ref, "identity key"))]}


def _identity_signer(identity: IdentityHeader, audience: str, key: str) -> IdentitySigner:
    header = _header_name(identity.header, f"{key}.header")
    if header == "authorization":
        raise ConfigError(f"{key}.header: the identity goes in its own header, not Authorization")
    if not 1 <= identity.ttl <= MAX_IDENTITY_TTL:
        raise ConfigError(f"{key}.ttl: must be between 1 and {MAX_IDENTITY_TTL} seconds")
    return IdentitySigner(load_identity_key(identity.key, f"{key}.key"), audience=audience,
                          header=header, ttl=identity.ttl)


def main(argv: Sequence[str]) -> int:
    """`python -m mcpwarden.upstream.credentials jwks REF`: print the identity public keys."""
    if len(argv) != 2 or argv[0] != "jwks":
        print("usage: python -m mcpwarden.upstream.credentials jwks file:/path/identity.pem",
              file=sys.stderr)
        return 2
    try:
        document = identity_jwks(argv[1])
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
