"""Blind set 7, leakage: secrets, secret look-alikes, personal data and its look-alikes.

``SECRETS`` holds (kind, text, value) where ``value`` occurs verbatim in ``text`` (for credentials
inside URLs, DSNs and HTTP headers the value is the secret part: the password or the header's
credential). ``LOOKALIKES`` holds (kind, text) with opaque values that are not secrets;
``LOOKALIKE_REASONS`` gives, per kind, why it must not be redacted. ``PII`` holds
(kind, text, value); ``PII_LOOKALIKES`` holds (kind, text). All generated at import from a fixed
seed;
every key and token is random and in its provider's real format, never a real credential.
"""

from __future__ import annotations

import random

from ._lookalikes import LOOKALIKE_KINDS
from ._pii import PII_LOOKALIKE_KINDS, PII_VALUES, pii_context, pii_lookalike
from ._secrets import (
    CONTEXTS,
    PEM_KINDS,
    TOKEN_KINDS,
    URL_KINDS,
    pem_context,
    url_context,
    url_secret,
)

SEED = 7_7001
TOKENS_PER_KIND = 8
PEMS_PER_KIND = 6
URLS_PER_KIND = 7
LOOKALIKES_PER_KIND = 13
PII_PER_KIND = 15
PII_LOOKALIKES_PER_KIND = 12

_NO_HEADER_CONTEXTS = {"curl", "url"}


def _secrets(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    names = list(CONTEXTS)
    for kind, (gen, varnames) in TOKEN_KINDS.items():
        allowed = [
            c for c in names if not (kind == "slack_webhook_url" and c in _NO_HEADER_CONTEXTS)
        ]
        for ctx in rng.sample(allowed, TOKENS_PER_KIND):
            value = gen(rng)
            out.append((kind, CONTEXTS[ctx](rng.choice(varnames), value, rng), value))
    for kind, pem_gen in PEM_KINDS.items():
        for _ in range(PEMS_PER_KIND):
            value = pem_gen(rng)
            out.append((kind, pem_context(value, rng), value))
    for kind in URL_KINDS:
        for _ in range(URLS_PER_KIND):
            line, value = url_secret(kind, rng)
            out.append((kind, url_context(kind, line, rng), value))
    return out


def _lookalikes(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, gen in LOOKALIKE_KINDS.items():
        made = tries = 0
        while made < LOOKALIKES_PER_KIND and tries < LOOKALIKES_PER_KIND * 10:
            tries += 1
            text = gen(rng)
            if text in seen:
                continue
            seen.add(text)
            out.append((kind, text))
            made += 1
    return out


def _pii(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for kind, gen in PII_VALUES.items():
        for _ in range(PII_PER_KIND):
            value = gen(rng)
            out.append((kind, pii_context(kind, value, rng), value))
    return out


def _pii_lookalikes(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind in PII_LOOKALIKE_KINDS:
        made = tries = 0
        while made < PII_LOOKALIKES_PER_KIND and tries < 200:
            tries += 1
            text = pii_lookalike(kind, rng)
            if text in seen:
                continue
            seen.add(text)
            out.append((kind, text))
            made += 1
    return out


_RNG = random.Random(SEED)
SECRETS: list[tuple[str, str, str]] = _secrets(_RNG)
LOOKALIKES: list[tuple[str, str]] = _lookalikes(_RNG)
LOOKALIKE_REASONS: dict[str, str] = {
    kind: " ".join((gen.__doc__ or "").split()) for kind, gen in LOOKALIKE_KINDS.items()
}
PII: list[tuple[str, str, str]] = _pii(_RNG)
PII_LOOKALIKES: list[tuple[str, str]] = _pii_lookalikes(_RNG)

__all__ = ["LOOKALIKES", "LOOKALIKE_REASONS", "PII", "PII_LOOKALIKES", "SECRETS"]
