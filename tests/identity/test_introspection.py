"""Opaque tokens through RFC 7662 introspection, against a real introspection endpoint on
127.0.0.1 written here: it answers from a table the test fills, counts calls, records what it
was sent, and can be switched down, made to fail, stall or answer garbage."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, unquote_plus

import pytest
from jwks_support import AUDIENCE, ISSUER, Clock, JwksServer, claims, mint, rsa_key

from mcpwarden.config import Introspection, Issuer
from mcpwarden.identity.introspection import Introspector, basic_authorization
from mcpwarden.identity.jwks import RemoteJwks
from mcpwarden.identity.model import InvalidToken, VerificationUnavailable, VerifiedToken
from mcpwarden.identity.tokens import TokenVerifier, is_jwt_shaped

CLIENT_ID = "mcp gateway:1"  # a space and a colon: both must survive Basic auth (RFC 6749 §2.3.1)
CLIENT_SECRET = "s3cr:t/+é%&="
OPAQUE = "opaque-4f9c2b7e61d84a0c9e3f5a1b2c6d7e8f"
OTHER_ISSUER = "https://other-issuer.test"


class IntrospectionEndpoint:
    """An HTTP/1.1 (keep-alive) RFC 7662 endpoint: `answers[token]` is sent for a known token,
    `{"active": false}` for any other. `status`, `raw_body` and `delay` change what it does;
    `stop()` takes it down (connections refused) and `start()` brings it back on the same port."""

    def __init__(self) -> None:
        self.answers: dict[str, dict[str, Any]] = {}
        self.status = 200
        self.raw_body: bytes | None = None
        self.delay = 0.0
        self.calls = 0
        self.requests: list[tuple[str, dict[str, str], bytes]] = []  # request line, headers, body
        self.port = 0
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[Any]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/oauth2/introspect"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for handler in list(self._handlers):
            handler.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    def last_form(self) -> dict[str, list[str]]:
        return parse_qs(self.requests[-1][2].decode(), strict_parsing=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handler = asyncio.current_task()
        assert handler is not None
        self._handlers.add(handler)
        try:
            while True:
                line, headers = _parse_head(await reader.readuntil(b"\r\n\r\n"))
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.calls += 1
                self.requests.append((line, headers, body))
                if self.delay:
                    await asyncio.sleep(self.delay)
                writer.write(self._response(body))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._handlers.discard(handler)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _response(self, body: bytes) -> bytes:
        token = parse_qs(body.decode()).get("token", [""])[0]
        answer = self.raw_body
        if answer is None:
            answer = json.dumps(self.answers.get(token, {"active": False})).encode()
        return (
            f"HTTP/1.1 {self.status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(answer)}\r\n\r\n".encode()
            + answer
        )


def _parse_head(head: bytes) -> tuple[str, dict[str, str]]:
    line, *fields = head.decode("latin-1").split("\r\n")
    headers = {}
    for field in fields:
        if field:
            name, _, value = field.partition(":")
            headers[name.strip().lower()] = value.strip()
    return line, headers


def active(now: float, **overrides: Any) -> dict[str, Any]:
    """An honest RFC 7662 answer for an active token; `name=None` removes a member."""
    answer: dict[str, Any] = {
        "active": True,
        "iss": ISSUER,
        "sub": "user-42",
        "aud": [AUDIENCE, "https://other.test"],
        "scope": "notes:read notes:write",
        "client_id": "desktop-app",
        "token_type": "Bearer",
        "exp": int(now) + 3600,
        "iat": int(now),
    }
    answer.update(overrides)
    return {name: value for name, value in answer.items() if value is not None}


def issuer_config(url: str, cache_seconds: float = 300.0, issuer: str = ISSUER) -> Issuer:
    return Issuer(
        issuer=issuer,
        jwks_uri="http://127.0.0.1:9/jwks",
        introspection=Introspection(
            url=url, client_id=CLIENT_ID, client_secret="env:UNUSED", cache_seconds=cache_seconds
        ),
    )


@pytest.fixture
async def endpoint() -> AsyncIterator[IntrospectionEndpoint]:
    endpoint = IntrospectionEndpoint()
    await endpoint.start()
    yield endpoint
    await endpoint.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def introspector(
    endpoint: IntrospectionEndpoint, clock: Clock
) -> AsyncIterator[Introspector]:
    introspector = Introspector(issuer_config(endpoint.url), CLIENT_SECRET, clock=clock)
    yield introspector
    await introspector.aclose()


async def refused(introspector: Introspector, token: str, reason: str) -> InvalidToken:
    with pytest.raises(InvalidToken) as caught:
        await introspector.introspect(token)
    assert caught.value.reason == reason, caught.value.message
    assert token not in caught.value.message
    return caught.value


async def unavailable(introspector: Introspector, token: str) -> VerificationUnavailable:
    with pytest.raises(VerificationUnavailable) as caught:
        await introspector.introspect(token)
    message = caught.value.message
    assert ISSUER in message, message
    assert "127.0.0.1" not in message and token not in message  # no internals, no token
    return caught.value


# --- honest tokens ------------------------------------------------------------------------


async def test_active_token_passes_with_its_principal(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    verified = await introspector.introspect(OPAQUE)
    assert isinstance(verified, VerifiedToken)
    assert verified.principal.issuer == ISSUER
    assert verified.principal.subject == "user-42"
    assert verified.principal.scopes == {"notes:read", "notes:write"}
    assert verified.scopes == {"notes:read", "notes:write"}
    assert verified.audiences == {AUDIENCE, "https://other.test"}
    assert verified.allows_audience(AUDIENCE)
    assert not verified.allows_audience("https://elsewhere.test")
    assert verified.expires_at == int(clock.now) + 3600
    assert verified.principal.claims["client_id"] == "desktop-app"
    with pytest.raises(TypeError):
        verified.principal.claims["sub"] = "admin"  # type: ignore[index]


async def test_answer_without_iss_or_scope_and_with_a_single_audience(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now, iss=None, scope=None, token_type=None,
                                      aud=AUDIENCE)
    verified = await introspector.introspect(OPAQUE)
    assert verified.principal.issuer == ISSUER  # the issuer asked, not one the answer claims
    assert verified.scopes == frozenset()
    assert verified.audiences == {AUDIENCE}


async def test_the_request_is_rfc7662_with_basic_client_authentication(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    await introspector.introspect(OPAQUE)
    line, headers, _ = endpoint.requests[-1]
    assert line == "POST /oauth2/introspect HTTP/1.1"
    assert headers["content-type"] == "application/x-www-form-urlencoded"
    assert "application/json" in headers["accept"]
    assert endpoint.last_form() == {"token": [OPAQUE], "token_type_hint": ["access_token"]}
    scheme, _, credentials = headers["authorization"].partition(" ")
    assert scheme == "Basic"
    encoded_id, _, encoded_secret = base64.b64decode(credentials).decode("ascii").partition(":")
    assert (unquote_plus(encoded_id), unquote_plus(encoded_secret)) == (CLIENT_ID, CLIENT_SECRET)


def test_basic_authorization_form_urlencodes_both_parts() -> None:
    value = basic_authorization("a b:c", "x+y")
    assert base64.b64decode(value.removeprefix("Basic ")) == b"a+b%3Ac:x%2By"


async def test_one_connection_serves_many_calls(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    for index in range(5):
        endpoint.answers[f"{OPAQUE}-{index}"] = active(clock.now)
        await introspector.introspect(f"{OPAQUE}-{index}")
    assert endpoint.calls == 5
    assert len(endpoint._handlers) == 1  # keep-alive: one connection for all five


# --- refused tokens -----------------------------------------------------------------------


async def test_inactive_token_is_refused_and_remembered_briefly(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    await refused(introspector, OPAQUE, "token_inactive")
    await refused(introspector, OPAQUE, "token_inactive")
    assert endpoint.calls == 1  # the refusal is cached
    clock.advance(11)  # past negative_cache_seconds (10)
    endpoint.answers[OPAQUE] = active(clock.now)
    assert (await introspector.introspect(OPAQUE)).principal.subject == "user-42"
    assert endpoint.calls == 2


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        pytest.param({"exp": -3600}, "token_expired", id="expired"),
        pytest.param({"nbf": 3600}, "token_not_yet_valid", id="not-yet-valid"),
        pytest.param({"iss": OTHER_ISSUER}, "token_issuer", id="wrong-issuer"),
        pytest.param({"sub": None}, "token_claims", id="missing-sub"),
        pytest.param({"sub": ""}, "token_claims", id="empty-sub"),
        pytest.param({"exp": None}, "token_claims", id="missing-exp"),
        pytest.param({"exp": "tomorrow"}, "token_claims", id="exp-not-a-number"),
        pytest.param({"aud": 42}, "token_claims", id="aud-not-a-string"),
        pytest.param({"scope": 7}, "token_claims", id="scope-not-a-string"),
        pytest.param({"token_type": "refresh_token"}, "token_type", id="refresh-token"),
        pytest.param({"token_type": "DPoP"}, "token_type", id="dpop-bound-token"),
    ],
)
async def test_active_answers_that_still_refuse(
    endpoint: IntrospectionEndpoint,
    introspector: Introspector,
    clock: Clock,
    overrides: dict[str, Any],
    reason: str,
) -> None:
    for name in ("exp", "nbf"):
        if isinstance(overrides.get(name), int):
            overrides = {**overrides, name: int(clock.now) + overrides[name]}
    endpoint.answers[OPAQUE] = active(clock.now, **overrides)
    await refused(introspector, OPAQUE, reason)


async def test_expiry_within_the_leeway_passes(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now, exp=int(clock.now) - 10)
    await introspector.introspect(OPAQUE)  # the issuer says active; 10 s of skew is tolerated
    await introspector.introspect(OPAQUE)
    assert endpoint.calls == 2  # but a token past its exp is never served from the cache


# --- the endpoint fails: fail closed --------------------------------------------------------


async def test_endpoint_down_is_unavailable_and_not_cached(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    await endpoint.stop()
    await unavailable(introspector, OPAQUE)
    assert introspector.stats.failures == 1
    await endpoint.start()
    assert (await introspector.introspect(OPAQUE)).principal.subject == "user-42"


@pytest.mark.parametrize(
    ("status", "raw_body"),
    [
        pytest.param(500, None, id="http-500"),
        pytest.param(503, b"down for maintenance", id="http-503"),
        pytest.param(302, b"", id="redirect"),
        pytest.param(200, b"<html>not json</html>", id="garbage"),
        pytest.param(200, b"", id="empty-body"),
        pytest.param(200, b'[{"active": true}]', id="json-array"),
        pytest.param(200, b'{"active": "true", "sub": "x"}', id="active-not-boolean"),
        pytest.param(200, b'{"sub": "user-42"}', id="no-active-member"),
    ],
)
async def test_broken_answers_are_unavailable(
    endpoint: IntrospectionEndpoint,
    introspector: Introspector,
    clock: Clock,
    status: int,
    raw_body: bytes | None,
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    endpoint.status = status
    endpoint.raw_body = raw_body
    await unavailable(introspector, OPAQUE)
    endpoint.status, endpoint.raw_body = 200, None
    assert (await introspector.introspect(OPAQUE)).principal.subject == "user-42"


async def test_rejected_client_credentials_are_logged_for_the_operator(
    endpoint: IntrospectionEndpoint, introspector: Introspector, caplog: pytest.LogCaptureFixture
) -> None:
    endpoint.status = 401
    endpoint.raw_body = b'{"error": "invalid_client"}'
    with caplog.at_level(logging.WARNING, logger="mcpwarden.identity.introspection"):
        await unavailable(introspector, OPAQUE)
    assert "HTTP 401" in caplog.text and "client_secret" in caplog.text
    assert CLIENT_SECRET not in caplog.text and OPAQUE not in caplog.text


async def test_oversized_answer_is_unavailable(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now, padding="x" * 100_000)  # over the 64 KiB limit
    await unavailable(introspector, OPAQUE)


async def test_a_stalled_endpoint_is_given_up_on_in_time(
    endpoint: IntrospectionEndpoint, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    endpoint.delay = 5.0
    introspector = Introspector(issuer_config(endpoint.url), CLIENT_SECRET, clock=clock,
                                timeout=0.3)
    try:
        started = time.monotonic()
        await unavailable(introspector, OPAQUE)
        assert time.monotonic() - started < 2.0
    finally:
        await introspector.aclose()


# --- caching ------------------------------------------------------------------------------


async def test_a_second_check_makes_no_call(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    first = await introspector.introspect(OPAQUE)
    assert await introspector.introspect(OPAQUE) is first
    assert introspector.cached(OPAQUE) is first
    assert endpoint.calls == 1
    assert (introspector.stats.calls, introspector.stats.cache_hits) == (1, 1)


async def test_the_cache_ends_at_the_tokens_expiry(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now, exp=int(clock.now) + 60)  # before cache_seconds
    await introspector.introspect(OPAQUE)
    clock.advance(59)
    await introspector.introspect(OPAQUE)
    assert endpoint.calls == 1
    clock.advance(2)  # past exp: ask again, and the issuer now says it is not active
    endpoint.answers[OPAQUE] = {"active": False}
    assert introspector.cached(OPAQUE) is None
    await refused(introspector, OPAQUE, "token_inactive")
    assert endpoint.calls == 2


async def test_the_cache_ends_after_cache_seconds(
    endpoint: IntrospectionEndpoint, clock: Clock
) -> None:
    introspector = Introspector(issuer_config(endpoint.url, cache_seconds=120), CLIENT_SECRET,
                                clock=clock)
    try:
        endpoint.answers[OPAQUE] = active(clock.now)  # valid for an hour
        await introspector.introspect(OPAQUE)
        clock.advance(119)
        await introspector.introspect(OPAQUE)
        assert endpoint.calls == 1
        clock.advance(2)  # revoked meanwhile: seen once the cached answer is too old
        endpoint.answers[OPAQUE] = {"active": False}
        await refused(introspector, OPAQUE, "token_inactive")
        assert endpoint.calls == 2
    finally:
        await introspector.aclose()


async def test_cache_seconds_zero_asks_every_time(
    endpoint: IntrospectionEndpoint, clock: Clock
) -> None:
    introspector = Introspector(issuer_config(endpoint.url, cache_seconds=0), CLIENT_SECRET,
                                clock=clock)
    try:
        endpoint.answers[OPAQUE] = active(clock.now)
        await introspector.introspect(OPAQUE)
        await introspector.introspect(OPAQUE)
        assert endpoint.calls == 2
    finally:
        await introspector.aclose()


async def test_concurrent_checks_of_a_new_token_share_one_call(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    endpoint.delay = 0.05
    results = await asyncio.gather(*(introspector.introspect(OPAQUE) for _ in range(20)))
    assert {id(result) for result in results} == {id(results[0])}
    assert endpoint.calls == 1


async def test_concurrent_refusals_each_get_their_own_error(
    endpoint: IntrospectionEndpoint, introspector: Introspector
) -> None:
    endpoint.delay = 0.05
    outcomes = await asyncio.gather(
        *(introspector.introspect(OPAQUE) for _ in range(3)), return_exceptions=True
    )
    assert all(isinstance(outcome, InvalidToken) for outcome in outcomes)
    assert len({id(outcome) for outcome in outcomes}) == 3
    assert endpoint.calls == 1


async def test_a_cancelled_caller_does_not_cancel_the_call_for_others(
    endpoint: IntrospectionEndpoint, introspector: Introspector, clock: Clock
) -> None:
    endpoint.answers[OPAQUE] = active(clock.now)
    endpoint.delay = 0.1
    impatient = asyncio.create_task(introspector.introspect(OPAQUE))
    patient = asyncio.create_task(introspector.introspect(OPAQUE))
    await asyncio.sleep(0.02)
    impatient.cancel()
    assert (await patient).principal.subject == "user-42"
    assert impatient.cancelled()
    assert endpoint.calls == 1


async def test_closing_ends_calls_in_flight_with_unavailable(
    endpoint: IntrospectionEndpoint, clock: Clock
) -> None:
    endpoint.delay = 5.0
    introspector = Introspector(issuer_config(endpoint.url), CLIENT_SECRET, clock=clock)
    waiting = asyncio.create_task(introspector.introspect(OPAQUE))
    await asyncio.sleep(0.05)
    await introspector.aclose()
    with pytest.raises(VerificationUnavailable):
        await waiting
    await unavailable(introspector, OPAQUE)


def test_an_issuer_without_introspection_is_refused() -> None:
    with pytest.raises(ValueError, match="no introspection endpoint"):
        Introspector(Issuer(issuer=ISSUER, jwks_uri="http://127.0.0.1:9/jwks"), "secret")
    with pytest.raises(ValueError, match="introspection url"):
        Introspector(issuer_config("ftp://127.0.0.1/introspect"), "secret")


# --- through TokenVerifier ------------------------------------------------------------------


@pytest.fixture
async def jwks() -> AsyncIterator[tuple[JwksServer, Any]]:
    server = JwksServer()
    key = rsa_key("rsa-1")
    server.publish(key)
    await server.start()
    yield server, key
    await server.stop()


async def test_verifier_routes_by_token_shape(
    endpoint: IntrospectionEndpoint,
    jwks: tuple[JwksServer, Any],
    clock: Clock,
) -> None:
    server, key = jwks
    introspector = Introspector(issuer_config(endpoint.url), CLIENT_SECRET, clock=clock)
    source = RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)
    verifier = TokenVerifier([source], clock=clock, introspectors=[introspector])
    try:
        jwt_token = mint(key, claims(clock.now), "RS256")
        assert is_jwt_shaped(jwt_token) and not is_jwt_shaped(OPAQUE)
        assert (await verifier.verify(jwt_token)).principal.subject == "user-42"
        assert endpoint.calls == 0  # a JWT never goes to introspection
        endpoint.answers[OPAQUE] = active(clock.now, sub="opaque-user")
        verified = await verifier.verify(OPAQUE)
        assert verified.principal.subject == "opaque-user"
        assert await verifier.verify(OPAQUE) is verified
        assert verifier.cached(OPAQUE) is verified
        assert endpoint.calls == 1
        assert verifier.stats.opaque == 2 and verifier.stats.signature_checks == 1
        # A forged JWT stays on the JWT path: refused there, never sent to the issuer.
        forged = mint(rsa_key("rsa-1"), claims(clock.now), "RS256")
        with pytest.raises(InvalidToken) as caught:
            await verifier.verify(forged)
        assert caught.value.reason == "token_signature"
        assert endpoint.calls == 1
        await _refused_by(verifier, "not-known-anywhere", "token_inactive")
        assert verifier.issuers == {ISSUER}
    finally:
        await verifier.aclose()


async def test_without_introspectors_an_opaque_token_is_malformed(
    jwks: tuple[JwksServer, Any], clock: Clock
) -> None:
    server, _ = jwks
    verifier = TokenVerifier([RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)], clock=clock)
    try:
        await _refused_by(verifier, OPAQUE, "token_malformed")
    finally:
        await verifier.aclose()


async def test_several_introspectors_are_asked_in_order(clock: Clock) -> None:
    first, second = IntrospectionEndpoint(), IntrospectionEndpoint()
    await first.start()
    await second.start()
    verifier = TokenVerifier([], clock=clock, introspectors=[
        Introspector(issuer_config(first.url), CLIENT_SECRET, clock=clock),
        Introspector(issuer_config(second.url, issuer=OTHER_ISSUER), CLIENT_SECRET, clock=clock),
    ])
    try:
        second.answers[OPAQUE] = active(clock.now, iss=OTHER_ISSUER, sub="bob")
        verified = await verifier.verify(OPAQUE)
        assert (verified.principal.issuer, verified.principal.subject) == (OTHER_ISSUER, "bob")
        assert (first.calls, second.calls) == (1, 1)
        first.answers["first-only"] = active(clock.now)
        assert (await verifier.verify("first-only")).principal.issuer == ISSUER
        assert second.calls == 1  # the first one knew it: the second is not asked
        await _refused_by(verifier, "nobody-knows", "token_inactive")
        await first.stop()
        with pytest.raises(VerificationUnavailable):  # the one that is down might know it
            await verifier.verify("unknown-while-one-is-down")
    finally:
        await verifier.aclose()
        await first.stop()
        await second.stop()


async def test_the_same_issuer_twice_is_refused(endpoint: IntrospectionEndpoint) -> None:
    one = Introspector(issuer_config(endpoint.url), CLIENT_SECRET)
    two = Introspector(issuer_config(endpoint.url), CLIENT_SECRET)
    try:
        with pytest.raises(ValueError, match="twice"):
            TokenVerifier([], introspectors=[one, two])
    finally:
        await one.aclose()
        await two.aclose()


async def _refused_by(verifier: TokenVerifier, token: str, reason: str) -> None:
    with pytest.raises(InvalidToken) as caught:
        await verifier.verify(token)
    assert caught.value.reason == reason, caught.value.message
