"""Access-token (JWT) verification, with a bounded cache of verified tokens.

The order of checks is chosen so that the cheap ones run first and the token decides nothing
on its own: strict parsing (size, 3 base64url segments, JSON header and payload), issuer
selection by `iss` among the configured ones, the algorithm against that issuer's allowlist
(`none` and HMAC never pass), the time and shape of the claims, and only then the signature,
checked with joserfc against the issuer's keys for the token's `kid`. Header parameters that
point at keys (`jku`, `jwk`, `x5u`, `x5c`) are ignored: keys come from configuration only.

A verified token is cached under its exact string until `exp + leeway` (the instant a fresh
check would refuse it), so a repeat costs a dict lookup and a clock read.

Tokens that are not JWT-shaped (opaque tokens) go to the configured RFC 7662 introspectors
(`identity/introspection.py`), which keep their own cache bounded by their `cache_seconds`.
"""

from __future__ import annotations

import base64
import binascii
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import orjson
from joserfc.errors import JoseError
from joserfc.jwa import JWSAlgModel
from joserfc.jwk import Key
from joserfc.jws import JWSRegistry

from mcpwarden.identity.jwks import SIGNING_ALGORITHMS, KeySource
from mcpwarden.identity.model import InvalidToken, VerificationUnavailable, VerifiedToken
from mcpwarden.identity.principal import Principal

if TYPE_CHECKING:
    from mcpwarden.identity.introspection import Introspector

__all__ = ["TokenVerifier", "VerifierStats", "check_claims", "is_jwt_shaped"]

_COMPACT_JWS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_ACCEPTED_TYPES: Final = frozenset({"jwt", "at+jwt", "application/at+jwt"})
_NEGATIVE_CACHE_SIZE: Final = 1024


@dataclass(slots=True)
class VerifierStats:
    """Counters for operators, benchmarks and tests."""

    cache_hits: int = 0
    cache_misses: int = 0
    signature_checks: int = 0  # public-key verify operations actually run
    verified: int = 0
    rejected: int = 0
    opaque: int = 0  # non-JWT tokens handed to the introspectors (see their own stats)


@dataclass(frozen=True, slots=True)
class _Parsed:
    alg: str
    kid: str | None
    claims: dict[str, Any]
    signing_input: bytes
    signature: bytes


class TokenVerifier:
    """Verifies bearer access tokens: JWTs against the configured issuers' keys, opaque tokens
    through the issuers' introspection endpoints (tried in the order given)."""

    def __init__(
        self,
        sources: Sequence[KeySource],
        *,
        leeway: float = 30.0,
        cache_size: int = 10_000,
        max_token_bytes: int = 8192,
        clock: Callable[[], float] = time.time,
        negative_cache_seconds: float = 10.0,
        introspectors: Sequence[Introspector] = (),
    ) -> None:
        if leeway < 0 or cache_size < 0 or max_token_bytes < 16 or negative_cache_seconds < 0:
            raise ValueError(
                "leeway, cache_size and negative_cache_seconds must not be negative, and "
                "max_token_bytes must be at least 16"
            )
        self._sources: dict[str, KeySource] = {}
        for source in sources:
            if source.issuer in self._sources:
                raise ValueError(f"issuer {source.issuer} is configured twice")
            self._sources[source.issuer] = source
        self._introspectors = tuple(introspectors)
        if len({i.issuer for i in self._introspectors}) != len(self._introspectors):
            raise ValueError("an issuer's introspection endpoint is configured twice")
        self._leeway = leeway
        self._cache_size = cache_size
        self._max_token_bytes = max_token_bytes
        self._clock = clock
        self._negative_seconds = negative_cache_seconds
        # token -> (verified token, valid until); insertion order gives FIFO eviction.
        self._cache: dict[str, tuple[VerifiedToken, float]] = {}
        # token -> (refusal, refused until): blunts floods of one forged token (no re-verify).
        self._refused: dict[str, tuple[InvalidToken, float]] = {}
        self.stats = VerifierStats()

    @property
    def issuers(self) -> frozenset[str]:
        return frozenset(self._sources) | {i.issuer for i in self._introspectors}

    async def verify(self, token: str) -> VerifiedToken:
        """The verified token, or `InvalidToken` (refuse: 401) or `VerificationUnavailable`
        (the issuer's keys cannot be had: fail closed)."""
        if not isinstance(token, str) or len(token) > self._max_token_bytes:
            self.stats.rejected += 1
            raise InvalidToken(
                "token_malformed",
                f"the token is not a string of at most {self._max_token_bytes} characters",
            )
        hit = self._cache.get(token)
        if hit is not None:
            if self._clock() < hit[1]:
                self.stats.cache_hits += 1
                return hit[0]
            del self._cache[token]
        if self._introspectors and not is_jwt_shaped(token):
            return await self._introspect(token)
        self.stats.cache_misses += 1
        try:
            verified = await self._verify_uncached(token)
        except InvalidToken:
            self.stats.rejected += 1
            raise
        self.stats.verified += 1
        self._remember(token, verified)
        return verified

    def cached(self, token: str) -> VerifiedToken | None:
        """The cached verification of `token` if it is still valid (no I/O, no crypto)."""
        hit = self._cache.get(token)
        if hit is not None and self._clock() < hit[1]:
            return hit[0]
        for introspector in self._introspectors:
            found = introspector.cached(token)
            if found is not None:
                return found
        return None

    async def aclose(self) -> None:
        for source in self._sources.values():
            await source.aclose()
        for introspector in self._introspectors:
            await introspector.aclose()
        self._cache.clear()
        self._refused.clear()

    async def _introspect(self, token: str) -> VerifiedToken:
        """An opaque token carries no issuer: ask each introspector in turn until one knows it.
        If none does but one could not be asked, the token may be good: fail closed (503)."""
        self.stats.opaque += 1
        refusal: InvalidToken | None = None
        unavailable: VerificationUnavailable | None = None
        for introspector in self._introspectors:
            try:
                return await introspector.introspect(token)
            except InvalidToken as exc:
                refusal = exc
            except VerificationUnavailable as exc:
                unavailable = exc
        if unavailable is not None:
            raise unavailable
        raise refusal or InvalidToken("token_inactive", "no issuer knows this token")

    async def _verify_uncached(self, token: str) -> VerifiedToken:
        now = self._clock()
        refused = self._refused.get(token)
        if refused is not None:
            if now < refused[1]:
                error = refused[0]
                raise InvalidToken(error.reason, error.message)
            del self._refused[token]
        parsed = _parse(token)
        source = self._source_for(parsed.claims)
        alg = _allowed_algorithm(parsed.alg, source)
        verified = check_claims(parsed.claims, source.issuer, now, self._leeway)
        keys = [key for key in await source.keys(parsed.kid) if _fits(alg, key)]
        if not keys:
            raise InvalidToken("token_key", "no key of the token's issuer matches its key id")
        for key in keys:
            self.stats.signature_checks += 1
            if _signature_holds(alg, parsed, key):
                return verified
        error = InvalidToken("token_signature", "the token's signature is invalid")
        self._refuse_for_a_while(token, error, now)
        raise error

    def _source_for(self, claims: Mapping[str, Any]) -> KeySource:
        issuer = claims.get("iss")
        if not isinstance(issuer, str) or not issuer:
            raise InvalidToken("token_issuer", "the token names no issuer (iss)")
        source = self._sources.get(issuer)
        if source is None:
            raise InvalidToken("token_issuer", "the token's issuer is not trusted here")
        return source

    def _remember(self, token: str, verified: VerifiedToken) -> None:
        if self._cache_size == 0:
            return
        cache = self._cache
        if len(cache) >= self._cache_size:
            del cache[next(iter(cache))]
        cache[token] = (verified, verified.expires_at + self._leeway)

    def _refuse_for_a_while(self, token: str, error: InvalidToken, now: float) -> None:
        if self._negative_seconds == 0:
            return
        refused = self._refused
        if len(refused) >= _NEGATIVE_CACHE_SIZE:
            del refused[next(iter(refused))]
        refused[token] = (error, now + self._negative_seconds)


def check_claims(
    claims: dict[str, Any], issuer: str, now: float, leeway: float
) -> VerifiedToken:
    """The lifetime and subject checks every verified token passes (JWT or introspected), and
    the VerifiedToken they make; `InvalidToken` if one fails."""
    expires_at = _time_claim(claims, "exp")
    if expires_at is None:
        raise InvalidToken("token_claims", "the token has no expiry time (exp)")
    if expires_at <= now - leeway:
        raise InvalidToken("token_expired", "the token has expired")
    for name in ("nbf", "iat"):
        value = _time_claim(claims, name)
        if value is not None and value > now + leeway:
            raise InvalidToken(
                "token_not_yet_valid", f"the token is not valid yet ({name} is in the future)"
            )
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise InvalidToken("token_claims", "the token has no subject (sub)")
    frozen_claims = MappingProxyType(claims)
    scopes = _scopes(claims)
    return VerifiedToken(
        principal=Principal(issuer=issuer, subject=subject, claims=frozen_claims,
                            scopes=scopes),
        audiences=_audiences(claims),
        scopes=scopes,
        expires_at=expires_at,
        claims=frozen_claims,
    )


def _malformed(what: str) -> InvalidToken:
    return InvalidToken("token_malformed", f"the token is not a well-formed JWT: {what}")


def _b64decode(segment: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except (binascii.Error, ValueError):
        raise _malformed("a segment is not valid base64url") from None


def _json_object(segment: str, part: str) -> dict[str, Any]:
    try:
        value = orjson.loads(_b64decode(segment))
    except orjson.JSONDecodeError:
        raise _malformed(f"the {part} is not JSON") from None
    if not isinstance(value, dict):
        raise _malformed(f"the {part} is not a JSON object")
    return value


def is_jwt_shaped(token: str) -> bool:
    """Three base64url segments separated by dots (the compact JWS form): the JWT path."""
    return _COMPACT_JWS.fullmatch(token) is not None


def _parse(token: str) -> _Parsed:
    if not _COMPACT_JWS.fullmatch(token):
        raise _malformed("expected three base64url segments separated by dots")
    header_segment, payload_segment, signature_segment = token.split(".")
    header = _json_object(header_segment, "header")
    alg = header.get("alg")
    if not isinstance(alg, str) or not alg:
        raise _malformed("the header has no algorithm (alg)")
    kid = header.get("kid")
    if kid is not None and not isinstance(kid, str):
        raise _malformed("the header's key id (kid) is not a string")
    typ = header.get("typ")
    if typ is not None and (not isinstance(typ, str) or typ.lower() not in _ACCEPTED_TYPES):
        raise _malformed("the header's type (typ) is neither JWT nor at+jwt")
    if "crit" in header:
        # RFC 7515 §4.1.11: extensions listed as critical must be understood; we know none.
        raise _malformed("the header lists critical extensions (crit), which are not supported")
    claims = _json_object(payload_segment, "payload")
    return _Parsed(
        alg=alg,
        kid=kid,
        claims=claims,
        signing_input=token[: len(header_segment) + 1 + len(payload_segment)].encode("ascii"),
        signature=_b64decode(signature_segment),
    )


def _allowed_algorithm(alg: str, source: KeySource) -> JWSAlgModel:
    if alg not in SIGNING_ALGORITHMS:
        # `none`, every HMAC algorithm (the "HS256 keyed with the RSA public key" attack) and
        # anything unknown: refused whatever the issuer's configuration says.
        raise InvalidToken(
            "token_algorithm",
            "the token's signature algorithm is never accepted (asymmetric algorithms only)",
        )
    if alg not in source.algorithms:
        raise InvalidToken(
            "token_algorithm", f"the token's issuer is not configured to sign with {alg}"
        )
    return JWSRegistry.algorithms[alg]


def _fits(alg: JWSAlgModel, key: Key) -> bool:
    """The key is a public key of the algorithm's type (and curve), not reserved for another
    use or algorithm."""
    if key.is_private:
        return False
    try:
        alg.check_key(key)
    except JoseError:
        return False
    return True


def _signature_holds(alg: JWSAlgModel, parsed: _Parsed, key: Key) -> bool:
    try:
        return alg.verify(parsed.signing_input, parsed.signature, key)
    except (JoseError, ValueError, TypeError):
        return False  # e.g. an X25519 key offered for EdDSA


def _time_claim(claims: Mapping[str, Any], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidToken("token_claims", f"the token's {name} claim is not a number")
    return float(value)


def _audiences(claims: Mapping[str, Any]) -> frozenset[str]:
    aud = claims.get("aud")
    if aud is None:
        return frozenset()
    if isinstance(aud, str):
        return frozenset((aud,))
    if isinstance(aud, list) and all(isinstance(item, str) for item in aud):
        return frozenset(aud)
    raise InvalidToken("token_claims", "the token's audience (aud) is not a string or a list")


def _scopes(claims: Mapping[str, Any]) -> frozenset[str]:
    scopes: set[str] = set()
    for name in ("scope", "scp"):
        value = claims.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            scopes.update(value.split())
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            scopes.update(value)
        else:
            raise InvalidToken(
                "token_claims", f"the token's {name} claim is not a string or a list of strings"
            )
    return frozenset(scopes)
