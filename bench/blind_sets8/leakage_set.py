"""Leakage part of blind set 8: secrets, secret look-alikes, personal data and PII look-alikes.

All values are drawn from fixed-seed ``random.Random`` instances in real formats (prefixes,
lengths, alphabets, check digits); none is a real credential or a real person's identifier.
"""

from __future__ import annotations

from ._leak_lookalikes import LOOKALIKE_KINDS, LOOKALIKES
from ._leak_pii import PII, PII_LOOKALIKES
from ._leak_secrets import SECRETS

__all__ = ["LOOKALIKES", "LOOKALIKE_KINDS", "PII", "PII_LOOKALIKES", "SECRETS"]
