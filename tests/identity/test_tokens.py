"""TokenVerifier from the attacker's side: honest tokens pass, everything else is refused with
the right reason, never echoing the token. Keys are made here; the issuer's JWKS is served by a
real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from jwks_support import (
    AUDIENCE,
    ISSUER,
    Clock,
    JwksServer,
    b64,
    claims,
    ec_key,
    ed_key,
    forge_hmac,
    forge_unsigned,
    mint,
    rsa_key,
)

from mcpwarden.identity.jwks import RemoteJwks, StaticJwks
from mcpwarden.identity.model import InvalidToken, VerificationUnavailable, VerifiedToken
from mcpwarden.identity.tokens import TokenVerifier

RSA = rsa_key("rsa-1")
EC = ec_key("ec-1")
ED = ed_key("ed-1")
ATTACKER = rsa_key("rsa-1")  # same kid as the issuer's key, different key
ALGORITHMS = ("RS256", "ES256", "EdDSA")


@pytest.fixture
async def server() -> AsyncIterator[JwksServer]:
    server = JwksServer()
    server.publish(RSA, EC, ED)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def verifier(server: JwksServer, clock: Clock) -> AsyncIterator[TokenVerifier]:
    source = RemoteJwks(ISSUER, server.url, ALGORITHMS, clock=clock)
    verifier = TokenVerifier([source], clock=clock)
    yield verifier
    await verifier.aclose()


async def refused(verifier: TokenVerifier, token: Any, reason: str) -> InvalidToken:
    with pytest.raises(InvalidToken) as caught:
        await verifier.verify(token)
    error = caught.value
    assert error.reason == reason, error.message
    if isinstance(token, str) and token:
        assert token not in error.message and token not in str(error)
        for segment in token.split("."):
            if len(segment) > 8:
                assert segment not in error.message
    return error


# --- honest tokens ------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "alg"), [(RSA, "RS256"), (EC, "ES256"), (ED, "EdDSA")])
async def test_valid_token_passes_with_its_principal(
    verifier: TokenVerifier, clock: Clock, key: Any, alg: str
) -> None:
    token = mint(key, claims(clock.now, aud=[AUDIENCE, "https://other.test"]), alg)
    verified = await verifier.verify(token)
    assert isinstance(verified, VerifiedToken)
    assert verified.principal.issuer == ISSUER
    assert verified.principal.subject == "user-42"
    assert verified.principal.claims["sub"] == "user-42"
    assert verified.scopes == {"notes:read", "notes:write"}
    assert verified.audiences == {AUDIENCE, "https://other.test"}
    assert verified.allows_audience(AUDIENCE)
    assert not verified.allows_audience("https://elsewhere.test")
    assert verified.expires_at == int(clock.now) + 3600


async def test_scp_list_and_string_audience(verifier: TokenVerifier, clock: Clock) -> None:
    body = claims(clock.now, scope=None, scp=["tickets:read", "tickets:close"])
    verified = await verifier.verify(mint(RSA, body, "RS256", typ="at+jwt"))
    assert verified.scopes == {"tickets:read", "tickets:close"}
    assert verified.audiences == {AUDIENCE}


async def test_token_without_scope_or_audience(verifier: TokenVerifier, clock: Clock) -> None:
    verified = await verifier.verify(mint(EC, claims(clock.now, scope=None, aud=None), "ES256"))
    assert verified.scopes == frozenset()
    assert verified.audiences == frozenset()


async def test_token_without_kid_tries_the_issuers_keys(
    verifier: TokenVerifier, clock: Clock
) -> None:
    token = mint(EC, claims(clock.now), "ES256", kid=None)
    assert "kid" not in json.loads(_segment(token, 0))
    assert (await verifier.verify(token)).principal.subject == "user-42"


async def test_claims_cannot_be_changed_through_the_result(
    verifier: TokenVerifier, clock: Clock
) -> None:
    verified = await verifier.verify(mint(RSA, claims(clock.now), "RS256"))
    with pytest.raises(TypeError):
        verified.principal.claims["sub"] = "admin"  # type: ignore[index]


# --- malformed tokens -----------------------------------------------------------------------


def _segment(token: str, index: int) -> bytes:
    import base64

    part = token.split(".")[index]
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


GOOD_PAYLOAD = b64({"iss": ISSUER, "sub": "x", "exp": 4_000_000_000})
GOOD_HEADER = b64({"alg": "RS256", "kid": "rsa-1"})


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "Bearer abc.def.ghi",
        "a.b",
        f"{GOOD_HEADER}.{GOOD_PAYLOAD}",  # two segments
        f"{GOOD_HEADER}.{GOOD_PAYLOAD}.c2ln.extra",  # four
        "....",
        f".{GOOD_PAYLOAD}.c2ln",  # empty header
        f"{GOOD_HEADER}..c2ln",  # empty payload
        f"{GOOD_HEADER}.{GOOD_PAYLOAD}.c2ln=",  # padding is not base64url
        f"{GOOD_HEADER}+.{GOOD_PAYLOAD}.c2ln",  # '+' is base64, not base64url
        f"{GOOD_HEADER}.{GOOD_PAYLOAD}.a",  # 1 char: impossible base64 length
        f"é{GOOD_HEADER}.{GOOD_PAYLOAD}.c2ln",  # non-ASCII
        f"{b64('not json')}.{GOOD_PAYLOAD}.c2ln",
        f"{b64('[1, 2]')}.{GOOD_PAYLOAD}.c2ln",  # JSON, not an object
        f"{b64({'kid': 'rsa-1'})}.{GOOD_PAYLOAD}.c2ln",  # no alg
        f"{b64({'alg': 7})}.{GOOD_PAYLOAD}.c2ln",
        f"{b64({'alg': 'RS256', 'kid': 5})}.{GOOD_PAYLOAD}.c2ln",
        f"{b64({'alg': 'RS256', 'typ': 'JWE'})}.{GOOD_PAYLOAD}.c2ln",
        f"{b64({'alg': 'RS256', 'typ': 1})}.{GOOD_PAYLOAD}.c2ln",
        f"{b64({'alg': 'RS256', 'crit': ['exp'], 'exp': 1})}.{GOOD_PAYLOAD}.c2ln",
        f"{GOOD_HEADER}.{b64('not json')}.c2ln",
        f"{GOOD_HEADER}.{b64('[]')}.c2ln",
    ],
)
async def test_malformed_tokens_are_refused(verifier: TokenVerifier, token: str) -> None:
    await refused(verifier, token, "token_malformed")


async def test_non_string_token_is_refused(verifier: TokenVerifier) -> None:
    await refused(verifier, b"abc.def.ghi", "token_malformed")


async def test_oversized_token_is_refused_before_parsing(server: JwksServer, clock: Clock) -> None:
    verifier = TokenVerifier(
        [RemoteJwks(ISSUER, server.url, ALGORITHMS, clock=clock)], max_token_bytes=1024, clock=clock
    )
    token = mint(RSA, claims(clock.now, padding="x" * 1200), "RS256")
    await refused(verifier, token, "token_malformed")
    assert server.fetches == 0
    await verifier.aclose()


async def test_typ_is_case_insensitive(verifier: TokenVerifier, clock: Clock) -> None:
    for typ in ("jwt", "AT+JWT", "application/at+jwt"):
        await verifier.verify(mint(RSA, claims(clock.now, jti=typ), "RS256", typ=typ))


# --- time claims ----------------------------------------------------------------------------


async def test_expired_token_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now, exp=int(clock.now) - 31), "RS256")
    await refused(verifier, token, "token_expired")


async def test_expired_within_leeway_passes(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now, exp=int(clock.now) - 20), "RS256")
    assert (await verifier.verify(token)).principal.subject == "user-42"


async def test_nbf_in_the_future_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now, nbf=int(clock.now) + 120), "RS256")
    await refused(verifier, token, "token_not_yet_valid")
    await verifier.verify(mint(RSA, claims(clock.now, nbf=int(clock.now) + 20), "RS256"))


async def test_iat_in_the_future_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now, iat=int(clock.now) + 120), "RS256")
    await refused(verifier, token, "token_not_yet_valid")


@pytest.mark.parametrize(
    "overrides",
    [
        {"sub": None},
        {"sub": ""},
        {"sub": 42},
        {"exp": None},
        {"exp": "tomorrow"},
        {"exp": True},
        {"nbf": "now"},
        {"aud": 7},
        {"aud": ["ok", 7]},
        {"scope": ["a", 1]},
        {"scp": 3},
    ],
)
async def test_bad_claims_are_refused(
    verifier: TokenVerifier, clock: Clock, overrides: dict[str, Any]
) -> None:
    await refused(verifier, mint(RSA, claims(clock.now, **overrides), "RS256"), "token_claims")


# --- issuers --------------------------------------------------------------------------------


async def test_unknown_issuer_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    for iss in ("https://evil.test", ISSUER + "/", ISSUER.upper()):
        await refused(verifier, mint(RSA, claims(clock.now, iss=iss), "RS256"), "token_issuer")


async def test_missing_issuer_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    await refused(verifier, mint(RSA, claims(clock.now, iss=None), "RS256"), "token_issuer")
    await refused(verifier, mint(RSA, claims(clock.now, iss=["x"]), "RS256"), "token_issuer")


async def test_token_of_one_issuer_does_not_pass_with_another_issuers_key(
    server: JwksServer, clock: Clock
) -> None:
    other = rsa_key("other-1")
    sources = [
        RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock),
        StaticJwks("https://second.test", {"keys": [other.as_dict()]}, ["RS256"]),
    ]
    verifier = TokenVerifier(sources, clock=clock)
    # Signed by the second issuer's key, but claims to come from the first.
    await refused(verifier, mint(other, claims(clock.now), "RS256"), "token_key")
    second = await verifier.verify(
        mint(other, claims(clock.now, iss="https://second.test"), "RS256")
    )
    assert second.principal.issuer == "https://second.test"
    await verifier.aclose()


def test_an_issuer_configured_twice_is_an_error() -> None:
    jwks = {"keys": [RSA.as_dict()]}
    with pytest.raises(ValueError, match="twice"):
        TokenVerifier([StaticJwks(ISSUER, jwks, ["RS256"]), StaticJwks(ISSUER, jwks, ["RS256"])])


# --- algorithm attacks ----------------------------------------------------------------------


@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE"])
async def test_unsigned_token_is_refused(
    verifier: TokenVerifier, server: JwksServer, clock: Clock, alg: str
) -> None:
    await refused(verifier, forge_unsigned(claims(clock.now), alg), "token_algorithm")
    assert verifier.stats.signature_checks == 0


async def test_hs256_signed_with_the_rsa_public_key_pem_is_refused(
    verifier: TokenVerifier, clock: Clock
) -> None:
    pem = RSA.as_pem(private=False)
    for kid in ("rsa-1", None):
        await refused(verifier, forge_hmac(pem, claims(clock.now), kid), "token_algorithm")


async def test_hs256_signed_with_the_public_jwk_is_refused(
    verifier: TokenVerifier, server: JwksServer, clock: Clock
) -> None:
    for published in server.jwks["keys"]:
        secret = json.dumps(published).encode()
        await refused(
            verifier, forge_hmac(secret, claims(clock.now), published["kid"]), "token_algorithm"
        )
    for raw in (str(RSA.as_dict()["n"]).encode(), RSA.as_der(private=False)):
        await refused(verifier, forge_hmac(raw, claims(clock.now), "rsa-1"), "token_algorithm")
    assert verifier.stats.signature_checks == 0


@pytest.mark.parametrize("alg", ["HS256", "HS384", "HS512", "none"])
def test_an_issuer_cannot_be_configured_with_symmetric_algorithms(alg: str) -> None:
    with pytest.raises(ValueError, match="asymmetric"):
        RemoteJwks(ISSUER, "http://127.0.0.1:9/jwks", ["RS256", alg])
    with pytest.raises(ValueError, match="asymmetric"):
        StaticJwks(ISSUER, {"keys": [RSA.as_dict()]}, [alg])


async def test_algorithm_outside_the_issuers_allowlist_is_refused(
    server: JwksServer, clock: Clock
) -> None:
    verifier = TokenVerifier([RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)], clock=clock)
    await refused(verifier, mint(EC, claims(clock.now), "ES256"), "token_algorithm")
    await refused(verifier, mint(ED, claims(clock.now), "EdDSA"), "token_algorithm")
    await verifier.verify(mint(RSA, claims(clock.now), "RS256"))
    await verifier.aclose()


async def test_algorithm_and_key_type_must_agree(verifier: TokenVerifier, clock: Clock) -> None:
    # An ES256 header naming the RSA key's kid: the RSA key is never used for ES256.
    token = mint(EC, claims(clock.now), "ES256", kid="rsa-1")
    await refused(verifier, token, "token_key")
    # PS256 is an RSA algorithm, but not on this issuer's list.
    await refused(verifier, mint(RSA, claims(clock.now), "PS256"), "token_algorithm")


# --- signatures and keys --------------------------------------------------------------------


async def test_tampered_payload_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    header, _, signature = mint(RSA, claims(clock.now), "RS256").split(".")
    forged = f"{header}.{b64(claims(clock.now, sub='admin'))}.{signature}"
    await refused(verifier, forged, "token_signature")


async def test_token_signed_by_another_key_with_the_same_kid_is_refused(
    verifier: TokenVerifier, clock: Clock
) -> None:
    await refused(verifier, mint(ATTACKER, claims(clock.now), "RS256"), "token_signature")


async def test_empty_or_truncated_signature_is_refused(
    verifier: TokenVerifier, clock: Clock
) -> None:
    header, payload, signature = mint(EC, claims(clock.now), "ES256").split(".")
    await refused(verifier, f"{header}.{payload}.", "token_signature")
    await refused(verifier, f"{header}.{payload}.{signature[:40]}", "token_signature")


async def test_key_embedded_in_the_header_is_ignored(verifier: TokenVerifier, clock: Clock) -> None:
    rogue = rsa_key("rogue")
    body = claims(clock.now)
    jwk_header = mint(rogue, body, "RS256", jwk=rogue.as_dict(private=False))
    await refused(verifier, jwk_header, "token_key")
    jku_header = mint(rogue, body, "RS256", kid="rsa-1", jku="http://127.0.0.1:1/evil.json")
    await refused(verifier, jku_header, "token_signature")


async def test_unknown_kid_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    await refused(verifier, mint(rsa_key("nobody"), claims(clock.now), "RS256"), "token_key")


# --- the verified-token cache ---------------------------------------------------------------


async def test_cache_hit_does_not_verify_again(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now), "RS256")
    first = await verifier.verify(token)
    again = await verifier.verify(token)
    assert again is first
    assert verifier.cached(token) is first
    assert verifier.stats.signature_checks == 1
    assert (verifier.stats.cache_hits, verifier.stats.cache_misses) == (1, 1)


async def test_cache_is_bounded(server: JwksServer, clock: Clock) -> None:
    verifier = TokenVerifier(
        [RemoteJwks(ISSUER, server.url, ALGORITHMS, clock=clock)], cache_size=3, clock=clock
    )
    tokens = [mint(EC, claims(clock.now, jti=str(n)), "ES256") for n in range(5)]
    for token in tokens:
        await verifier.verify(token)
    assert verifier.stats.signature_checks == 5
    assert [verifier.cached(token) is not None for token in tokens] == [
        False,
        False,
        True,
        True,
        True,
    ]
    await verifier.verify(tokens[0])  # evicted: verified again
    assert verifier.stats.signature_checks == 6
    await verifier.verify(tokens[4])
    assert verifier.stats.signature_checks == 6
    await verifier.aclose()


async def test_expired_cached_token_is_refused(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now, exp=int(clock.now) + 60), "RS256")
    await verifier.verify(token)
    clock.advance(60 + 29)  # within leeway: still served from the cache
    await verifier.verify(token)
    assert verifier.stats.signature_checks == 1
    clock.advance(2)
    assert verifier.cached(token) is None
    await refused(verifier, token, "token_expired")


async def test_failures_are_not_cached_as_successes(verifier: TokenVerifier, clock: Clock) -> None:
    token = mint(RSA, claims(clock.now, nbf=int(clock.now) + 100), "RS256")
    await refused(verifier, token, "token_not_yet_valid")
    clock.advance(100)
    assert (await verifier.verify(token)).principal.subject == "user-42"


async def test_repeated_forged_token_is_not_verified_again(
    verifier: TokenVerifier, clock: Clock
) -> None:
    forged = mint(ATTACKER, claims(clock.now), "RS256")
    for _ in range(20):
        await refused(verifier, forged, "token_signature")
    assert verifier.stats.signature_checks == 1
    clock.advance(11)
    await refused(verifier, forged, "token_signature")
    assert verifier.stats.signature_checks == 2


# --- the issuer's keys cannot be had ----------------------------------------------------------


async def test_jwks_down_at_start_fails_closed(clock: Clock) -> None:
    server = JwksServer()
    server.publish(RSA)
    await server.start()
    await server.stop()  # the port was real; nothing listens now
    source = RemoteJwks(ISSUER, server.url, ["RS256"], clock=clock)
    verifier = TokenVerifier([source], clock=clock)
    token = mint(RSA, claims(clock.now), "RS256")
    with pytest.raises(VerificationUnavailable) as caught:
        await verifier.verify(token)
    assert ISSUER in caught.value.message
    assert "127.0.0.1" not in caught.value.message and token not in caught.value.message
    # Claims are checked before keys are needed: an expired token is refused all the same.
    await refused(verifier, mint(RSA, claims(clock.now, exp=1), "RS256"), "token_expired")
    await verifier.aclose()
