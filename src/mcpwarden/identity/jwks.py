"""Where an issuer's token-verification keys come from: a JWKS fetched over HTTP, or known locally.

A `KeySource` answers one question for the verifier: which public keys may have signed a token
with this `kid`? `RemoteJwks` fetches the issuer's JWKS with one pooled HTTP client, caches it,
re-fetches on key rotation (rate-limited, so a flood of random `kid`s cannot flood the issuer),
and keeps serving the last good set while the issuer is unreachable. If no usable set was ever
fetched it fails closed (`VerificationUnavailable`).

Only keys that can verify signatures with an allowed algorithm are kept: symmetric (`oct`) keys,
private keys, keys marked for another use or algorithm, and RSA keys under 2048 bits are ignored.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

import orjson
from joserfc.errors import JoseError
from joserfc.jwk import JWKRegistry, Key, KeySet
from joserfc.jws import JWSRegistry

from mcpwarden.identity.model import VerificationUnavailable
from mcpwarden.upstream.httpclient import HttpClient, HttpClientError

__all__ = [
    "SIGNING_ALGORITHMS",
    "KeySource",
    "RemoteJwks",
    "StaticJwks",
    "check_algorithms",
]

logger = logging.getLogger(__name__)

_ASYMMETRIC_KEY_TYPES: Final = frozenset({"RSA", "EC", "OKP"})
# Every public-key signature algorithm joserfc implements. `none` and the HMAC (`HS*`)
# algorithms are deliberately absent: they never verify a token here, whatever a config says.
SIGNING_ALGORITHMS: Final[frozenset[str]] = frozenset(
    name for name, alg in JWSRegistry.algorithms.items() if alg.key_type in _ASYMMETRIC_KEY_TYPES
)
_MIN_RSA_BITS: Final = 2048
_SYMMETRIC: Final = "a symmetric key"
_PRIVATE: Final = "a private key: the issuer published its secret half"
_MAX_JWKS_ENTRIES: Final = 100
_REQUEST_HEADERS: Final = (("accept", "application/json, application/jwk-set+json"),)


def check_algorithms(issuer: str, algorithms: Iterable[str]) -> frozenset[str]:
    """The allowlist as a frozenset; ValueError unless it is non-empty and all asymmetric."""
    allowed = frozenset(algorithms)
    bad = sorted(allowed - SIGNING_ALGORITHMS)
    if bad or not allowed:
        raise ValueError(
            f"issuer {issuer}: algorithms {', '.join(bad) or '(none given)'} not allowed; use "
            f"asymmetric signature algorithms only ({', '.join(sorted(SIGNING_ALGORITHMS))})"
        )
    return allowed


class KeySource(Protocol):
    """Where one issuer's verification keys come from."""

    issuer: str
    algorithms: frozenset[str]

    async def keys(self, kid: str | None) -> KeySet:
        """The keys to try for a token with this `kid` (all keys when it has none; an empty set
        when none match). Raises `VerificationUnavailable` when no keys can be had at all."""
        ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True, slots=True)
class _KeyIndex:
    """One imported JWKS: every usable key, and the same keys grouped by `kid`."""

    everything: tuple[Key, ...]
    by_kid: Mapping[str, tuple[Key, ...]]

    def lookup(self, kid: str | None) -> tuple[Key, ...] | None:
        return self.everything if kid is None else self.by_kid.get(kid)


def _skip_reason(entry: object, algorithms: frozenset[str]) -> str | None:
    """Why a JWKS entry must not be used to verify tokens, or None if it may be."""
    if not isinstance(entry, dict):
        return "not a JSON object"
    kty = entry.get("kty")
    if kty == "oct":
        return _SYMMETRIC
    if not isinstance(kty, str) or kty not in _ASYMMETRIC_KEY_TYPES:
        return "an unsupported key type"
    if "d" in entry:
        return _PRIVATE
    use = entry.get("use")
    if use is not None and use != "sig":
        return "not a signing key (use)"
    key_ops = entry.get("key_ops")
    if key_ops is not None and (not isinstance(key_ops, list) or "verify" not in key_ops):
        return "not a verification key (key_ops)"
    alg = entry.get("alg")
    if alg is not None and (not isinstance(alg, str) or alg not in algorithms):
        return "for an algorithm that is not allowed"
    kid = entry.get("kid")
    if kid is not None and not isinstance(kid, str):
        return "its key id (kid) is not a string"
    if not any(JWSRegistry.algorithms[name].key_type == kty for name in algorithms):
        return "of a type no allowed algorithm uses"
    return None


def _rsa_bits(entry: dict[str, Any]) -> int:
    modulus = entry.get("n")
    if not isinstance(modulus, str):
        return 0
    try:
        return int.from_bytes(
            base64.urlsafe_b64decode(modulus + "=" * (-len(modulus) % 4))
        ).bit_length()
    except (binascii.Error, ValueError):
        return 0


def _import_key(entry: dict[str, Any]) -> Key | None:
    if entry["kty"] == "RSA" and _rsa_bits(entry) < _MIN_RSA_BITS:
        return None  # checked before importing: joserfc would also warn about it
    try:
        key = JWKRegistry.import_key(entry)
        key.ensure_kid()  # a key without `kid` is named by its thumbprint (RFC 7638)
    except (JoseError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return key


def build_key_index(issuer: str, document: object, algorithms: frozenset[str]) -> _KeyIndex:
    """Import the usable keys of a JWKS document; ValueError (naming the issuer) if none are."""
    entries = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"the JWKS of issuer {issuer} is not an object with a 'keys' list")
    usable: list[Key] = []
    for position, entry in enumerate(entries[:_MAX_JWKS_ENTRIES]):
        reason = _skip_reason(entry, algorithms)
        key = _import_key(entry) if reason is None else None
        if key is None:
            # Secrets in a public key set are a security problem at the issuer: say so loudly.
            level = logging.WARNING if reason in (_SYMMETRIC, _PRIVATE) else logging.DEBUG
            logger.log(
                level, "issuer %s: JWKS entry %d ignored: %s", issuer, position, reason or "invalid"
            )
            continue
        usable.append(key)
    if not usable:
        raise ValueError(f"the JWKS of issuer {issuer} has no usable signature verification key")
    by_kid: dict[str, list[Key]] = {}
    for key in usable:
        by_kid.setdefault(str(key.kid), []).append(key)
    return _KeyIndex(tuple(usable), {kid: tuple(keys) for kid, keys in by_kid.items()})


class StaticJwks(KeySource):
    """Keys known locally (the development issuer): no fetching, never unavailable."""

    def __init__(self, issuer: str, jwks: Mapping[str, Any], algorithms: Iterable[str]) -> None:
        self.issuer = issuer
        self.algorithms = check_algorithms(issuer, algorithms)
        self._index = build_key_index(issuer, dict(jwks), self.algorithms)

    async def keys(self, kid: str | None) -> KeySet:
        return KeySet(list(self._index.lookup(kid) or ()))

    async def aclose(self) -> None:
        return None


async def _join(task: asyncio.Task[None]) -> None:
    """Wait for a shared fetch. Cancelling one waiter does not cancel the fetch for the others;
    a fetch cancelled by `aclose()` just ends the wait (the caller finds no new keys)."""
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if not task.cancelled() or (current is not None and current.cancelling()):
            raise


class _FetchFailed(Exception):
    """A JWKS fetch failed; the message says why, fit for an operator's log."""


class RemoteJwks(KeySource):
    """An issuer's JWKS fetched over HTTP(S) and cached.

    At most one fetch runs at a time (concurrent callers share it) and a new one starts at most
    once per `refetch_interval`, whatever triggered it: the first use, an expired cache, or an
    unknown `kid`. An expired cache is refreshed in the background while the old keys keep
    serving; an unknown `kid` waits for the re-fetch. A failed fetch keeps the last good keys.
    """

    def __init__(
        self,
        issuer: str,
        jwks_uri: str,
        algorithms: Iterable[str],
        *,
        cache_seconds: float = 600.0,
        refetch_interval: float = 30.0,
        fetch_timeout: float = 5.0,
        max_bytes: int = 512 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if cache_seconds <= 0 or refetch_interval < 0 or fetch_timeout <= 0 or max_bytes <= 0:
            raise ValueError(
                f"issuer {issuer}: cache_seconds, fetch_timeout and max_bytes must be positive "
                "and refetch_interval not negative"
            )
        self.issuer = issuer
        self.algorithms = check_algorithms(issuer, algorithms)
        self.jwks_uri = jwks_uri
        self._cache_seconds = cache_seconds
        self._refetch_interval = refetch_interval
        self._fetch_timeout = fetch_timeout
        self._max_bytes = max_bytes
        self._clock = clock
        # One client for the source's lifetime; it keeps its connection while it is warm.
        self._client = HttpClient(jwks_uri, max_connections=1, connect_timeout=fetch_timeout)
        self._index: _KeyIndex | None = None
        self._fetched_at = 0.0
        self._attempted_at: float | None = None
        self._fetch_task: asyncio.Task[None] | None = None
        self._closed = False
        self.fetches = 0  # fetch attempts, for operators and tests

    @property
    def has_keys(self) -> bool:
        """True once a usable JWKS has been fetched (it may be stale)."""
        return self._index is not None

    @property
    def fetching(self) -> bool:
        """True while a fetch is in flight."""
        return self._fetch_task is not None

    async def keys(self, kid: str | None) -> KeySet:
        now = self._clock()
        index = self._index
        if index is None:
            index = await self._first_keys(now)
        elif now - self._fetched_at >= self._cache_seconds and self._may_fetch(now):
            self._start_fetch(now)  # stale-while-revalidate: answer with the current keys
        found = index.lookup(kid)
        if found is None:
            found = await self._after_refetch(kid, now)
        return KeySet(list(found))

    async def refresh(self) -> bool:
        """Fetch now (joining a fetch in flight), e.g. to warm up at start; True if keys are
        available afterwards. Ignores the rate limit: for the operator, not per request."""
        if self._closed:
            return False
        task = self._fetch_task or self._start_fetch(self._clock())
        await _join(task)
        return self._index is not None

    async def aclose(self) -> None:
        self._closed = True
        task = self._fetch_task
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._client.aclose()

    async def _first_keys(self, now: float) -> _KeyIndex:
        task = self._fetch_task
        if task is None and self._may_fetch(now):
            task = self._start_fetch(now)
        if task is not None:
            await _join(task)
        if self._index is None:
            raise VerificationUnavailable(
                f"the signing keys of issuer {self.issuer} could not be fetched; "
                "its tokens cannot be verified right now"
            )
        return self._index

    async def _after_refetch(self, kid: str | None, now: float) -> tuple[Key, ...]:
        """Keys for a `kid` the current set lacks: re-fetch once (if allowed), then look again."""
        task = self._fetch_task
        if task is None and self._may_fetch(now):
            task = self._start_fetch(now)
        if task is not None:
            await _join(task)
        index = self._index
        return (index.lookup(kid) if index is not None else None) or ()

    def _may_fetch(self, now: float) -> bool:
        if self._closed:
            return False
        last = self._attempted_at
        return last is None or now - last >= self._refetch_interval

    def _start_fetch(self, now: float) -> asyncio.Task[None]:
        self._attempted_at = now
        self.fetches += 1
        task = asyncio.get_running_loop().create_task(self._fetch_and_store())
        self._fetch_task = task
        task.add_done_callback(self._forget_task)
        return task

    def _forget_task(self, task: asyncio.Task[None]) -> None:
        if self._fetch_task is task:
            self._fetch_task = None

    async def _fetch_and_store(self) -> None:
        """Never raises (callers share this task): a failure is logged and the old keys stay."""
        try:
            index = await self._download()
        except _FetchFailed as exc:
            self._log_failure(str(exc))
            return
        except Exception as exc:  # a bug must not leave the issuer without keys forever
            logger.exception("issuer %s: unexpected error while fetching its JWKS", self.issuer)
            self._log_failure(type(exc).__name__)
            return
        self._index = index
        self._fetched_at = self._clock()

    async def _download(self) -> _KeyIndex:
        try:
            async with asyncio.timeout(self._fetch_timeout):
                response = await self._client.request("GET", None, _REQUEST_HEADERS)
                try:
                    if response.status != 200:
                        raise _FetchFailed(f"the JWKS endpoint answered HTTP {response.status}")
                    body = await response.read(limit=self._max_bytes)
                finally:
                    await response.aclose()
        except HttpClientError as exc:
            raise _FetchFailed(exc.message) from exc
        except TimeoutError:
            raise _FetchFailed(f"no complete answer within {self._fetch_timeout:g} s") from None
        try:
            document = orjson.loads(body)
        except orjson.JSONDecodeError:
            raise _FetchFailed("the JWKS is not valid JSON") from None
        try:
            return build_key_index(self.issuer, document, self.algorithms)
        except ValueError as exc:
            raise _FetchFailed(str(exc)) from None

    def _log_failure(self, why: str) -> None:
        if self._index is None:
            logger.warning(
                "issuer %s: could not fetch its JWKS from %s (%s); its tokens are refused until "
                "keys can be fetched (next try in %g s at the earliest)",
                self.issuer,
                self.jwks_uri,
                why,
                self._refetch_interval,
            )
        else:
            logger.warning(
                "issuer %s: could not refresh its JWKS from %s (%s); still using the keys "
                "fetched %.0f s ago",
                self.issuer,
                self.jwks_uri,
                why,
                self._clock() - self._fetched_at,
            )
