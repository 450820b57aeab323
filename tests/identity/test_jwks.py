"""Key sources against a real JWKS server on 127.0.0.1 whose content and availability the test
controls: caching, key rotation, the re-fetch rate limit, stale-if-error, fail-closed, and which
published keys may verify tokens at all."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from jwks_support import (
    ISSUER,
    Clock,
    JwksServer,
    claims,
    ec_key,
    ed_key,
    mint,
    rsa_key,
)

from mcpwarden.identity.jwks import RemoteJwks, StaticJwks
from mcpwarden.identity.model import InvalidToken, VerificationUnavailable
from mcpwarden.identity.tokens import TokenVerifier

OLD = rsa_key("2024-01")
NEW = rsa_key("2024-07")
EC = ec_key("ec-1")
ED = ed_key("ed-1")
LOGGER = "mcpwarden.identity.jwks"


@pytest.fixture
async def server() -> AsyncIterator[JwksServer]:
    server = JwksServer()
    server.publish(OLD)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def source(server: JwksServer, clock: Clock) -> AsyncIterator[RemoteJwks]:
    source = RemoteJwks(
        ISSUER, server.url, ["RS256", "ES256"], cache_seconds=600, refetch_interval=30, clock=clock
    )
    yield source
    await source.aclose()


@pytest.fixture
def verifier(source: RemoteJwks, clock: Clock) -> TokenVerifier:
    return TokenVerifier([source], clock=clock, negative_cache_seconds=0)


async def eventually(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.005)


def kids(key_set: Any) -> list[str]:
    return [key.kid for key in key_set]


# --- fetching and caching -------------------------------------------------------------------


async def test_first_use_fetches_and_the_set_is_cached(
    source: RemoteJwks, server: JwksServer, clock: Clock
) -> None:
    assert server.fetches == 0 and not source.has_keys  # nothing is fetched before first use
    assert kids(await source.keys("2024-01")) == ["2024-01"]
    assert kids(await source.keys(None)) == ["2024-01"]
    clock.advance(599)
    await source.keys("2024-01")
    assert server.fetches == 1


async def test_concurrent_first_callers_share_one_fetch(
    verifier: TokenVerifier, server: JwksServer, clock: Clock
) -> None:
    server.delay = 0.2
    tokens = [mint(OLD, claims(clock.now, jti=str(n)), "RS256") for n in range(25)]
    results = await asyncio.gather(*(verifier.verify(token) for token in tokens))
    assert len(results) == 25
    assert server.fetches == 1


async def test_expired_cache_is_refreshed_in_the_background(
    source: RemoteJwks, server: JwksServer, clock: Clock
) -> None:
    await source.keys("2024-01")
    server.publish(NEW)
    clock.advance(601)
    server.delay = 0.1
    started = time.monotonic()
    assert kids(await source.keys("2024-01")) == ["2024-01"]  # answered from the old set
    assert time.monotonic() - started < 0.09
    await eventually(lambda: server.fetches == 2)
    await eventually(lambda: source.fetches == 2 and not source.fetching)
    assert kids(await source.keys("2024-07")) == ["2024-07"]
    assert kids(await source.keys(None)) == ["2024-07"]  # the retired key is gone
    assert server.fetches == 2


async def test_one_http_client_serves_every_fetch(
    source: RemoteJwks, server: JwksServer, clock: Clock
) -> None:
    for _ in range(4):
        assert await source.refresh()
    assert server.fetches == 4
    assert server.connections == 1  # one pooled keep-alive connection, not one per fetch


# --- key rotation and the re-fetch rate limit -----------------------------------------------


async def test_key_rotation_new_kid_triggers_a_refetch(
    verifier: TokenVerifier, server: JwksServer, clock: Clock
) -> None:
    await verifier.verify(mint(OLD, claims(clock.now), "RS256"))
    clock.advance(31)
    server.publish(OLD, NEW)
    verified = await verifier.verify(mint(NEW, claims(clock.now), "RS256"))
    assert verified.principal.subject == "user-42"
    assert server.fetches == 2


async def test_random_kid_flood_refetches_at_most_once_per_interval(
    verifier: TokenVerifier, server: JwksServer, clock: Clock
) -> None:
    await verifier.verify(mint(OLD, claims(clock.now), "RS256"))
    clock.advance(31)
    forged = [mint(OLD, claims(clock.now), "RS256", kid=f"random-{n}") for n in range(50)]
    for token in forged:
        with pytest.raises(InvalidToken) as caught:
            await verifier.verify(token)
        assert caught.value.reason == "token_key"
        clock.advance(0.5)  # 25 s in all: still inside one refetch interval
    assert server.fetches == 2  # the first fetch plus one re-fetch
    clock.advance(11)
    with pytest.raises(InvalidToken):
        await verifier.verify(forged[0])
    assert server.fetches == 3
    await verifier.verify(mint(OLD, claims(clock.now, jti="still-fine"), "RS256"))
    assert server.fetches == 3


async def test_concurrent_unknown_kids_share_one_refetch(
    verifier: TokenVerifier, server: JwksServer, clock: Clock
) -> None:
    await verifier.verify(mint(OLD, claims(clock.now), "RS256"))
    clock.advance(31)
    server.publish(OLD, NEW)
    server.delay = 0.1
    tokens = [mint(NEW, claims(clock.now, jti=str(n)), "RS256") for n in range(10)]
    await asyncio.gather(*(verifier.verify(token) for token in tokens))
    assert server.fetches == 2


# --- the issuer is unreachable or serves junk -----------------------------------------------


async def test_jwks_down_at_start_fails_closed_then_recovers(
    server: JwksServer, source: RemoteJwks, verifier: TokenVerifier, clock: Clock, caplog: Any
) -> None:
    await server.stop()
    token = mint(OLD, claims(clock.now), "RS256")
    with (
        caplog.at_level(logging.WARNING, logger=LOGGER),
        pytest.raises(VerificationUnavailable) as caught,
    ):
        await verifier.verify(token)
    assert ISSUER in caught.value.message
    assert "refused" in caplog.text and ISSUER in caplog.text
    with pytest.raises(VerificationUnavailable):  # no retry within the interval
        await source.keys(None)
    assert source.fetches == 1
    await server.start()
    clock.advance(31)
    assert (await verifier.verify(token)).principal.subject == "user-42"


@pytest.mark.parametrize(
    "fault",
    ["down", "status", "not_json", "not_a_jwks", "no_usable_keys", "too_big", "slow"],
)
async def test_cached_keys_keep_working_when_the_issuer_fails(
    server: JwksServer, clock: Clock, caplog: Any, fault: str
) -> None:
    source = RemoteJwks(
        ISSUER,
        server.url,
        ["RS256"],
        cache_seconds=600,
        fetch_timeout=0.3,
        max_bytes=4096,
        clock=clock,
    )
    verifier = TokenVerifier([source], clock=clock)
    await verifier.verify(mint(OLD, claims(clock.now, jti="before"), "RS256"))
    await _break(server, fault)
    clock.advance(3600)  # far past cache_seconds
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        fresh = mint(OLD, claims(clock.now, jti="after"), "RS256")
        assert (await verifier.verify(fresh)).principal.subject == "user-42"
        await eventually(lambda: source.fetches == 2 and not source.fetching)
    assert "still using the keys" in caplog.text
    assert (await source.keys("2024-01")) and source.has_keys
    await verifier.aclose()


async def _break(server: JwksServer, fault: str) -> None:
    if fault == "down":
        await server.stop()
    elif fault == "status":
        server.status = 503
    elif fault == "not_json":
        server.raw_body = b"<html>maintenance</html>"
    elif fault == "not_a_jwks":
        server.raw_body = b'{"keys": "none"}'
    elif fault == "no_usable_keys":
        server.jwks = {"keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "2024-01"}]}
    elif fault == "too_big":
        server.raw_body = b'{"keys": [], "pad": "' + b"x" * 10_000 + b'"}'
    elif fault == "slow":
        server.delay = 1.0


@pytest.mark.parametrize("fault", ["status", "not_json", "no_usable_keys", "too_big", "slow"])
async def test_never_a_good_fetch_means_unavailable(
    server: JwksServer, clock: Clock, fault: str
) -> None:
    source = RemoteJwks(
        ISSUER, server.url, ["RS256"], fetch_timeout=0.3, max_bytes=4096, clock=clock
    )
    await _break(server, fault)
    started = time.monotonic()
    with pytest.raises(VerificationUnavailable, match=re.escape(f"issuer {ISSUER}")):
        await source.keys("2024-01")
    assert time.monotonic() - started < 0.9
    await source.aclose()


# --- which published keys count -------------------------------------------------------------


async def test_symmetric_and_private_keys_in_the_jwks_are_ignored(
    server: JwksServer, clock: Clock, caplog: Any
) -> None:
    leaked = rsa_key("leaked")
    hidden = ec_key("private-ec")
    server.jwks = {
        "keys": [
            {"kty": "oct", "k": "c2VjcmV0LXNoYXJlZC13aXRoLWV2ZXJ5b25l", "kid": "shared"},
            leaked.as_dict(private=True),
            hidden.as_dict(private=True),
            OLD.as_dict(private=False),
        ]
    }
    source = RemoteJwks(ISSUER, server.url, ["RS256", "ES256"], clock=clock)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert kids(await source.keys(None)) == ["2024-01"]
    assert caplog.text.count("private key") == 2 and "symmetric key" in caplog.text
    assert leaked.as_dict(private=True)["d"] not in caplog.text
    for kid in ("shared", "leaked", "private-ec"):
        assert kids(await source.keys(kid)) == []
    verifier = TokenVerifier([source], clock=clock)
    with pytest.raises(InvalidToken) as caught:
        await verifier.verify(mint(leaked, claims(clock.now), "RS256"))
    assert caught.value.reason == "token_key"
    await verifier.aclose()


async def test_keys_not_meant_for_these_signatures_are_ignored(
    server: JwksServer, clock: Clock
) -> None:
    def public(key: Any, **params: Any) -> dict[str, Any]:
        return {**key.as_dict(private=False), **params}

    server.jwks = {
        "keys": [
            public(rsa_key("enc"), use="enc"),
            public(rsa_key("rs512"), alg="RS512"),
            public(rsa_key("wrap"), key_ops=["wrapKey"]),
            public(rsa_key("weak", bits=1024)),
            public(ED),  # OKP, but only RSA/EC algorithms are allowed
            {"kty": "RSA", "kid": "broken", "n": "AQAB"},
            {"kty": "PQ-KEM", "kid": "future"},
            "not an object",
            {"kty": ["RSA"], "kid": "unhashable-kty"},
            public(rsa_key("alg-list"), alg=["RS256"]),
            public(rsa_key("use-list"), use=["sig"]),
            public(rsa_key("ops-str"), key_ops="verify"),
            {**public(rsa_key("kid-int")), "kid": 7},
            {**public(rsa_key("bad-n")), "n": "!!not base64!!"},
            {**public(EC), "kid": "bad-point", "x": public(ED)["x"]},
            public(EC, alg="ES256", use="sig", key_ops=["verify"]),
            public(OLD),
        ]
    }
    source = RemoteJwks(ISSUER, server.url, ["RS256", "ES256"], clock=clock)
    assert sorted(kids(await source.keys(None))) == ["2024-01", "ec-1"]
    await source.aclose()


async def test_a_jwks_of_only_unusable_keys_is_unavailable(
    server: JwksServer, clock: Clock
) -> None:
    server.jwks = {
        "keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "hmac"}, OLD.as_dict(private=True)]
    }
    source = RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)
    with pytest.raises(VerificationUnavailable):
        await source.keys(None)
    await source.aclose()


# --- static keys ----------------------------------------------------------------------------


async def test_static_jwks_serves_local_keys(clock: Clock) -> None:
    source = StaticJwks(ISSUER, {"keys": [OLD.as_dict(private=False), EC.as_dict()]}, ["RS256"])
    assert kids(await source.keys(None)) == ["2024-01"]  # the EC key fits no allowed algorithm
    assert kids(await source.keys("2024-01")) == ["2024-01"]
    assert kids(await source.keys("unknown")) == []
    verifier = TokenVerifier([source], clock=clock)
    assert (await verifier.verify(mint(OLD, claims(clock.now), "RS256"))).principal.issuer == ISSUER
    await verifier.aclose()


@pytest.mark.parametrize(
    "jwks",
    [{}, {"keys": []}, {"keys": "x"}, {"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}],
)
def test_static_jwks_without_usable_keys_is_an_error(jwks: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=re.escape(f"issuer {ISSUER}")):
        StaticJwks(ISSUER, jwks, ["RS256"])


def test_bad_jwks_uri_is_an_error() -> None:
    with pytest.raises(ValueError):
        RemoteJwks(ISSUER, "ftp://issuer.test/jwks", ["RS256"])


async def test_closed_source_does_not_fetch(server: JwksServer, clock: Clock) -> None:
    source = RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)
    await source.aclose()
    with pytest.raises(VerificationUnavailable):
        await source.keys(None)
    assert server.fetches == 0


async def test_closing_during_a_fetch_fails_the_waiters_closed(
    server: JwksServer, clock: Clock
) -> None:
    server.delay = 1.0
    source = RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)
    waiter = asyncio.create_task(source.keys(None))
    await eventually(lambda: server.fetches == 1)
    await source.aclose()
    with pytest.raises(VerificationUnavailable):
        await waiter


async def test_a_cancelled_waiter_does_not_cancel_the_shared_fetch(
    source: RemoteJwks, server: JwksServer
) -> None:
    server.delay = 0.2
    first = asyncio.create_task(source.keys(None))
    second = asyncio.create_task(source.keys(None))
    await eventually(lambda: server.fetches == 1)
    first.cancel()
    assert kids(await second) == ["2024-01"]
    assert first.cancelled()
    assert server.fetches == 1
