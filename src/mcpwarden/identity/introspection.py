"""Opaque (non-JWT) access tokens, checked by asking their issuer (RFC 7662 token introspection).

An `Introspector` POSTs `token=…&token_type_hint=access_token` to one issuer's introspection
endpoint, authenticated with HTTP Basic (client id and secret form-urlencoded first, RFC 6749
§2.3.1), over one pooled HTTP client for its lifetime. The answer must say `active: true` and
carry `sub` and `exp`; an `iss`, if present, must be the issuer asked. It then passes the same
lifetime and subject checks as a JWT's claims (`tokens.check_claims`).

Answers are cached under the token: an active one until the token's `exp` or `cache_seconds`
from now, whichever comes first (revocation is seen at most `cache_seconds` late); a refusal for
a few seconds. Concurrent requests with the same new token share one call. When the endpoint
cannot be asked (down, an HTTP error, a timeout, an answer that is not RFC 7662 JSON) the token
is neither accepted nor cached: `VerificationUnavailable` (503), fail closed.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Final
from urllib.parse import quote_plus, urlencode

import orjson

from mcpwarden.config import Issuer
from mcpwarden.identity.model import InvalidToken, VerificationUnavailable, VerifiedToken
from mcpwarden.identity.tokens import check_claims
from mcpwarden.upstream.httpclient import HttpClient, HttpClientError

__all__ = ["IntrospectionStats", "Introspector", "basic_authorization"]

logger = logging.getLogger(__name__)

_NEGATIVE_CACHE_SIZE: Final = 4096
_BEARER_TOKEN_TYPES: Final = frozenset({"bearer", "access_token"})
_WARNING_INTERVAL: Final = 10.0  # seconds between two warnings about the same endpoint
_INACTIVE: Final = "the token is not active (expired, revoked or unknown to its issuer)"


def basic_authorization(client_id: str, client_secret: str) -> str:
    """`Basic …` for an OAuth client: both parts form-urlencoded before joining (RFC 6749
    §2.3.1), so a `:` or non-ASCII character in either survives."""
    pair = f"{quote_plus(client_id)}:{quote_plus(client_secret)}"
    return "Basic " + base64.b64encode(pair.encode("ascii")).decode("ascii")


@dataclass(slots=True)
class IntrospectionStats:
    """Counters for operators, benchmarks and tests."""

    calls: int = 0  # requests sent to the introspection endpoint
    cache_hits: int = 0  # answered from the cache (accepted or refused)
    active: int = 0
    refused: int = 0
    failures: int = 0  # the endpoint could not be asked: 503


class Introspector:
    """Checks one issuer's opaque tokens at its RFC 7662 introspection endpoint."""

    def __init__(
        self,
        issuer: Issuer,
        client_secret: str,
        *,
        leeway: float = 30.0,
        timeout: float = 5.0,
        negative_cache_seconds: float = 10.0,
        cache_size: int = 10_000,
        max_response_bytes: int = 64 * 1024,
        max_connections: int = 8,
        clock: Callable[[], float] = time.time,
    ) -> None:
        settings = issuer.introspection
        if settings is None:
            raise ValueError(f"issuer {issuer.issuer} has no introspection endpoint configured")
        if (settings.cache_seconds < 0 or leeway < 0 or timeout <= 0 or cache_size < 0
                or negative_cache_seconds < 0 or max_response_bytes <= 0):
            raise ValueError(
                f"issuer {issuer.issuer}: introspection cache_seconds, leeway, cache sizes and "
                "negative_cache_seconds must not be negative, timeout and max_response_bytes "
                "must be positive"
            )
        self.issuer = issuer.issuer
        self.url = settings.url
        try:
            self._client = HttpClient(settings.url, max_connections=max_connections,
                                      connect_timeout=timeout)
        except ValueError as exc:
            raise ValueError(f"issuer {issuer.issuer}: introspection url: {exc}") from None
        self._headers = (
            ("content-type", "application/x-www-form-urlencoded"),
            ("accept", "application/json"),
            ("authorization", basic_authorization(settings.client_id, client_secret)),
        )
        self._cache_seconds = settings.cache_seconds
        self._leeway = leeway
        self._timeout = timeout
        self._negative_seconds = negative_cache_seconds
        self._cache_size = cache_size
        self._max_response_bytes = max_response_bytes
        self._clock = clock
        # token -> (answer, valid until); insertion order gives FIFO eviction.
        self._cache: dict[str, tuple[VerifiedToken, float]] = {}
        self._refused: dict[str, tuple[InvalidToken, float]] = {}
        self._in_flight: dict[str, asyncio.Task[VerifiedToken]] = {}
        self._last_warning = -_WARNING_INTERVAL
        self._closed = False
        self.stats = IntrospectionStats()

    def cached(self, token: str) -> VerifiedToken | None:
        """The cached positive answer for `token` if it is still valid (no I/O)."""
        hit = self._cache.get(token)
        if hit is not None and self._clock() < hit[1]:
            return hit[0]
        return None

    async def introspect(self, token: str) -> VerifiedToken:
        """The verified token, or `InvalidToken` (401) or `VerificationUnavailable` (503)."""
        now = self._clock()
        hit = self._cache.get(token)
        if hit is not None:
            if now < hit[1]:
                self.stats.cache_hits += 1
                return hit[0]
            del self._cache[token]
        refused = self._refused.get(token)
        if refused is not None:
            if now < refused[1]:
                self.stats.cache_hits += 1
                raise InvalidToken(refused[0].reason, refused[0].message)
            del self._refused[token]
        if self._closed:
            raise self._unavailable("the introspector has been closed")
        task = self._in_flight.get(token)
        if task is None:
            task = asyncio.get_running_loop().create_task(self._ask_and_remember(token))
            self._in_flight[token] = task
            task.add_done_callback(partial(self._forget, token))
        return await self._share(task)

    async def aclose(self) -> None:
        self._closed = True
        for task in list(self._in_flight.values()):
            task.cancel()
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()))
        await self._client.aclose()
        self._cache.clear()
        self._refused.clear()

    async def _share(self, task: asyncio.Task[VerifiedToken]) -> VerifiedToken:
        """Wait for a call others may wait for too. Each waiter gets its own exception object;
        cancelling one waiter does not cancel the call."""
        try:
            return await asyncio.shield(task)
        except InvalidToken as exc:
            raise InvalidToken(exc.reason, exc.message) from None
        except VerificationUnavailable as exc:
            raise VerificationUnavailable(exc.message) from None
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and (current is None or not current.cancelling()):
                raise self._unavailable("the introspector has been closed") from None
            raise

    def _forget(self, token: str, task: asyncio.Task[VerifiedToken]) -> None:
        if self._in_flight.get(token) is task:
            del self._in_flight[token]

    async def _ask_and_remember(self, token: str) -> VerifiedToken:
        try:
            verified = await self._ask(token)
        except InvalidToken as exc:
            self.stats.refused += 1
            self._refuse_for_a_while(token, exc)
            raise
        except VerificationUnavailable:
            self.stats.failures += 1
            raise
        self.stats.active += 1
        self._remember(token, verified)
        return verified

    async def _ask(self, token: str) -> VerifiedToken:
        body = urlencode({"token": token, "token_type_hint": "access_token"}).encode("ascii")
        self.stats.calls += 1
        try:
            async with asyncio.timeout(self._timeout):
                response = await self._client.request("POST", None, self._headers, body)
                try:
                    status = response.status
                    if status != 200:
                        raise self._unavailable(_describe_status(status))
                    data = await response.read(limit=self._max_response_bytes)
                finally:
                    await response.aclose()
        except HttpClientError as exc:
            raise self._unavailable(exc.message) from exc
        except TimeoutError:
            raise self._unavailable(f"no complete answer within {self._timeout:g} s") from None
        return self._verified(self._answer(data))

    def _answer(self, data: bytes) -> dict[str, Any]:
        try:
            answer = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise self._unavailable("the answer is not JSON") from None
        if not isinstance(answer, dict):
            raise self._unavailable("the answer is not a JSON object")
        active = answer.get("active")
        if active is False:
            raise InvalidToken("token_inactive", _INACTIVE)
        if active is not True:
            raise self._unavailable("the answer has no boolean `active` member (RFC 7662 §2.2)")
        return answer

    def _verified(self, answer: dict[str, Any]) -> VerifiedToken:
        issuer = answer.get("iss")
        if issuer is not None and issuer != self.issuer:
            raise InvalidToken(
                "token_issuer", "the introspection answer names an issuer other than the one asked"
            )
        token_type = answer.get("token_type")
        if token_type is not None and (
            not isinstance(token_type, str) or token_type.lower() not in _BEARER_TOKEN_TYPES
        ):
            raise InvalidToken("token_type", "the token is not a bearer access token")
        return check_claims(answer, self.issuer, self._clock(), self._leeway)

    def _remember(self, token: str, verified: VerifiedToken) -> None:
        until = min(verified.expires_at, self._clock() + self._cache_seconds)
        if self._cache_size == 0 or until <= self._clock():
            return
        cache = self._cache
        if len(cache) >= self._cache_size:
            del cache[next(iter(cache))]
        cache[token] = (verified, until)

    def _refuse_for_a_while(self, token: str, error: InvalidToken) -> None:
        if self._negative_seconds == 0:
            return
        refused = self._refused
        if len(refused) >= _NEGATIVE_CACHE_SIZE:
            del refused[next(iter(refused))]
        refused[token] = (error, self._clock() + self._negative_seconds)

    def _unavailable(self, why: str) -> VerificationUnavailable:
        """The error for the client (names the issuer only); the details go to the log."""
        now = time.monotonic()
        level = logging.DEBUG
        if now - self._last_warning >= _WARNING_INTERVAL:
            self._last_warning = now
            level = logging.WARNING
        logger.log(level, "issuer %s: token introspection at %s failed (%s); its opaque tokens "
                   "are refused (503) until it answers", self.issuer, self.url, why)
        return VerificationUnavailable(
            f"the introspection endpoint of issuer {self.issuer} could not be asked; its opaque "
            "tokens cannot be checked right now"
        )


def _describe_status(status: int) -> str:
    if status in (401, 403):
        return (f"the endpoint answered HTTP {status}: check the introspection client_id and "
                "client_secret")
    return f"the endpoint answered HTTP {status}"
