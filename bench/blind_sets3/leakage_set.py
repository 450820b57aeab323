"""Blind set 3 for the leakage detectors (secrets and personal data).

SECRETS:        (kind, text, value)  - value is the secret exactly as it appears in text.
LOOKALIKES:     (kind, text)         - opaque values that are not secrets.
PII:            (kind, text, value)  - personal data with valid check digits where they exist.
PII_LOOKALIKES: (kind, text)         - numbers and strings that are not personal data.
Built deterministically at import from a fixed seed.
"""

from __future__ import annotations

from random import Random

from blind_sets3.pii_build import build_pii, build_pii_lookalikes
from blind_sets3.secrets_build import build_lookalikes, build_secrets

SEED = 20_261_121


def build() -> tuple[list[tuple[str, str, str]], list[tuple[str, str]],
                     list[tuple[str, str, str]], list[tuple[str, str]]]:
    return (build_secrets(Random(SEED)), build_lookalikes(Random(SEED + 1)),
            build_pii(Random(SEED + 2)), build_pii_lookalikes(Random(SEED + 3)))


SECRETS, LOOKALIKES, PII, PII_LOOKALIKES = build()
