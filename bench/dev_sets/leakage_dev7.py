"""Leakage development set 7: secrets, secret look-alikes, personal data and PII look-alikes.

Hand-written templates filled from fixed-seed ``random.Random`` generators, so the data is
identical on every import. Secret values are random strings in each vendor's real format (never
real credentials); national identifiers carry valid check digits; look-alikes are shaped like
the real thing but are not secrets or personal data (see ``LOOKALIKE_NOTES``).
"""

from __future__ import annotations

from dev_sets.leakage_dev7_lookalikes import NOTES as LOOKALIKE_NOTES
from dev_sets.leakage_dev7_lookalikes import build as _build_lookalikes
from dev_sets.leakage_dev7_pii import build_pii, build_pii_lookalikes
from dev_sets.leakage_dev7_secrets import build as _build_secrets

SECRETS: list[tuple[str, str, str]] = _build_secrets()
LOOKALIKES: list[tuple[str, str]] = _build_lookalikes()
PII: list[tuple[str, str, str]] = build_pii()
PII_LOOKALIKES: list[tuple[str, str]] = build_pii_lookalikes()

__all__ = ["LOOKALIKES", "LOOKALIKE_NOTES", "PII", "PII_LOOKALIKES", "SECRETS"]
