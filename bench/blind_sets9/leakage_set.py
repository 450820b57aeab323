"""Blind set 9, leakage: secrets, secret look-alikes, personal data and its look-alikes.

Built deterministically at import from fixed seeds. Every secret value is random in the real
provider format and never a real credential. ``LOOKALIKE_REASONS`` gives, per look-alike kind,
why a careful reviewer would not redact it (the generator's docstring).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from ._leak_contexts import CONTEXTS, HEADER_CONTEXTS, MULTILINE_CONTEXTS
from ._leak_lookalikes import LOOKALIKE_KINDS, LOOKALIKE_REASONS
from ._leak_pii import PII_KINDS, PII_LOOKALIKE_KINDS, pii_context
from ._leak_secrets import SECRET_KINDS

SECRETS_PER_KIND = 9
LOOKALIKES_PER_KIND = 16
PII_PER_KIND = 16
PII_LOOKALIKES_PER_KIND = 13


def _secrets() -> list[tuple[str, str, str]]:
    rng = random.Random(90911)
    out: list[tuple[str, str, str]] = []
    ctx_names = list(CONTEXTS)
    for kind, (vars_, gen) in SECRET_KINDS.items():
        start = rng.randrange(len(ctx_names))
        for i in range(SECRETS_PER_KIND):
            value, embed = gen(rng)
            var = rng.choice(vars_)
            if embed.startswith("Authorization:"):
                ctx = HEADER_CONTEXTS[list(HEADER_CONTEXTS)[i % len(HEADER_CONTEXTS)]]
            elif "\n" in embed:
                ctx = CONTEXTS[MULTILINE_CONTEXTS[i % len(MULTILINE_CONTEXTS)]]
            else:
                ctx = CONTEXTS[ctx_names[(start + i * 3) % len(ctx_names)]]
            out.append((kind, ctx(rng, var, embed), value))
    return out


def _unique(
    rng: random.Random, kinds: dict[str, Callable[[random.Random], str]], n: int
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, gen in kinds.items():
        got = 0
        for _ in range(n * 20):
            text = gen(rng)
            if text not in seen:
                seen.add(text)
                out.append((kind, text))
                got += 1
                if got == n:
                    break
    return out


def _lookalikes() -> list[tuple[str, str]]:
    return _unique(random.Random(90912), LOOKALIKE_KINDS, LOOKALIKES_PER_KIND)


def _pii() -> list[tuple[str, str, str]]:
    rng = random.Random(90913)
    out: list[tuple[str, str, str]] = []
    for kind, gen in PII_KINDS.items():
        for _ in range(PII_PER_KIND):
            v = gen(rng)
            out.append((kind, pii_context(rng, kind, v), v))
    return out


def _pii_lookalikes() -> list[tuple[str, str]]:
    rng = random.Random(90914)
    return _unique(rng, PII_LOOKALIKE_KINDS, PII_LOOKALIKES_PER_KIND)


SECRETS: list[tuple[str, str, str]] = _secrets()
LOOKALIKES: list[tuple[str, str]] = _lookalikes()
PII: list[tuple[str, str, str]] = _pii()
PII_LOOKALIKES: list[tuple[str, str]] = _pii_lookalikes()

__all__ = ["LOOKALIKES", "LOOKALIKE_REASONS", "PII", "PII_LOOKALIKES", "SECRETS"]
