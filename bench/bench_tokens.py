"""Access-token verification cost: a cached check, and an uncached verify per algorithm.

    PYTHONPATH=src .venv/bin/python bench/bench_tokens.py [--iterations 2000] [--repeats 7]

Keys are made here and served from a 3-key JWKS (RSA-2048, P-256, Ed25519) through
`StaticJwks`, so no network is involved. Tokens carry 10 claims (~560-820 characters), like the
measurements in notes/stack-and-performance.md §1. "uncached" uses a verifier whose cache is
off, so every call parses, checks claims and verifies the signature. The joserfc rows are the
library's own `jwt.decode(KeySet)` + `JWTClaimsRegistry.validate` on the same tokens, for
reference. Each value is the median over repeats of the mean µs per call.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from joserfc import jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import ECKey, Key, KeySet, OKPKey, RSAKey

from mcpwarden.identity.jwks import StaticJwks
from mcpwarden.identity.tokens import TokenVerifier

ISSUER = "https://issuer.bench"
KEYS: dict[str, Key] = {
    "RS256": RSAKey.generate_key(2048, parameters={"kid": "rsa"}),
    "ES256": ECKey.generate_key("P-256", parameters={"kid": "ec"}),
    "EdDSA": OKPKey.generate_key("Ed25519", parameters={"kid": "ed"}),
}
JWKS = {"keys": [key.as_dict(private=False) for key in KEYS.values()]}


def make_token(alg: str) -> str:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "sub": "user-1234567890",
        "aud": ["https://gateway.bench/mcp", "https://other.bench"],
        "exp": now + 3600,
        "iat": now,
        "nbf": now - 5,
        "jti": "f1b2c3d4-e5f6-4789-9abc-def012345678",
        "scope": "notes:read notes:write tickets:read",
        "client_id": "bench-client-0001",
        "email": "someone@example.com",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)
        return jwt.encode({"alg": alg, "kid": KEYS[alg].kid}, claims, KEYS[alg], algorithms=[alg])


def time_async(call: Callable[[], Awaitable[Any]], iterations: int, repeats: int) -> float:
    async def run() -> float:
        for _ in range(min(iterations, 200)):  # warm up
            await call()
        samples = []
        for _ in range(repeats):
            started = time.perf_counter()
            for _ in range(iterations):
                await call()
            samples.append((time.perf_counter() - started) / iterations * 1e6)
        return statistics.median(samples)

    return asyncio.run(run())


def time_sync(call: Callable[[], Any], iterations: int, repeats: int) -> float:
    for _ in range(min(iterations, 200)):
        call()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(iterations):
            call()
        samples.append((time.perf_counter() - started) / iterations * 1e6)
    return statistics.median(samples)


def joserfc_baseline(token: str, alg: str) -> Callable[[], Any]:
    key_set = KeySet.import_key_set(JWKS)  # type: ignore[arg-type]
    registry = jwt.JWTClaimsRegistry(iss={"essential": True, "value": ISSUER})

    def decode() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SecurityWarning)
            decoded = jwt.decode(token, key_set, algorithms=[alg])
        registry.validate(decoded.claims)

    return decode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    n, repeats = args.iterations, args.repeats
    algorithms = list(KEYS)
    tokens = {alg: make_token(alg) for alg in algorithms}

    cached = TokenVerifier([StaticJwks(ISSUER, JWKS, algorithms)])
    uncached = TokenVerifier([StaticJwks(ISSUER, JWKS, algorithms)], cache_size=0)
    rows: list[tuple[str, float]] = []

    token = tokens["RS256"]
    asyncio.run(cached.verify(token))
    rows.append(
        ("cached check: await verify()", time_async(lambda: cached.verify(token), n * 50, repeats))
    )
    rows.append(
        ("cached check: cached() (sync)", time_sync(lambda: cached.cached(token), n * 50, repeats))
    )
    for alg in algorithms:
        tok = tokens[alg]
        rows.append(
            (f"uncached verify {alg}", time_async(lambda tok=tok: uncached.verify(tok), n, repeats))
        )
    for alg in algorithms:
        rows.append(
            (
                f"joserfc jwt.decode + validate {alg} (reference)",
                time_sync(joserfc_baseline(tokens[alg], alg), n, repeats),
            )
        )
    assert uncached.stats.cache_hits == 0 and uncached.stats.signature_checks > 0

    lengths = ", ".join(f"{alg} {len(tok)}" for alg, tok in tokens.items())
    print(f"token length (chars): {lengths}; {repeats} repeats, median of per-call means")
    width = max(len(name) for name, _ in rows)
    print(f"| {'operation':<{width}} | {'µs/op':>8} | {'ops/s':>10} |")
    print(f"|{'-' * (width + 2)}|{'-' * 9}:|{'-' * 11}:|")
    for name, micros in rows:
        print(f"| {name:<{width}} | {micros:8.2f} | {1e6 / micros:10,.0f} |")


if __name__ == "__main__":
    main()
