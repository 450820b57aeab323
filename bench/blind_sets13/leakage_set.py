# ruff: noqa: E501
"""Blind set 13 — secrets and personal data in tool results, with look-alikes.

SECRETS: (kind, text, value); LOOKALIKES: (kind, text); PII: (kind, text, value);
PII_LOOKALIKES: (kind, text). Built deterministically from fixed seeds; every value is random.
"""

from __future__ import annotations

from random import Random

from ._leak_pii import PII_KINDS, PII_LOOKALIKE_KINDS, pii_free, pii_lookalike_text, pii_text
from ._leak_secrets import LOOKALIKE_KINDS, SECRET_KINDS, lookalike_text, secret_text
from ._util import Variety

SECRETS_PER_KIND = 10
LOOKALIKES_PER_KIND = 16
PII_PER_KIND = 11
PII_LOOKALIKES_PER_KIND = 15


def _planted(kinds: list[str], per_kind: int, tag: str, make) -> list[tuple[str, str, str]]:
    v = Variety()
    out: list[tuple[str, str, str]] = []
    for kind in kinds:
        got = 0
        for attempt in range(per_kind * 15):
            if got >= per_kind:
                break
            r = Random(f"{tag}-{kind}-{attempt}")
            text, value = make(r, kind)
            if value in text and v.accept(text, lo=40, hi=6000):
                out.append((kind, text, value))
                got += 1
    return out


def _plain(kinds: list[str], per_kind: int, tag: str, make, ok=None) -> list[tuple[str, str]]:
    v = Variety()
    out: list[tuple[str, str]] = []
    for kind in kinds:
        got = 0
        for attempt in range(per_kind * 15):
            if got >= per_kind:
                break
            text = make(Random(f"{tag}-{kind}-{attempt}"), kind)
            if (ok is None or ok(text)) and v.accept(text, lo=40, hi=6000):
                out.append((kind, text))
                got += 1
    return out


SECRETS: list[tuple[str, str, str]] = _planted(SECRET_KINDS, SECRETS_PER_KIND, "s13", secret_text)
LOOKALIKES: list[tuple[str, str]] = _plain(LOOKALIKE_KINDS, LOOKALIKES_PER_KIND, "l13", lookalike_text)
PII: list[tuple[str, str, str]] = _planted(PII_KINDS, PII_PER_KIND, "p13", pii_text)
PII_LOOKALIKES: list[tuple[str, str]] = _plain(PII_LOOKALIKE_KINDS, PII_LOOKALIKES_PER_KIND, "q13", pii_lookalike_text, pii_free)
