"""Shared helpers for blind set 10: sentence splitting and the variety budget."""

from __future__ import annotations

import re
from collections import Counter

_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")  # noqa: RUF001
_WORD = re.compile(r"\w+")


def sentences(text: str) -> set[str]:
    """Normalised sentences of six or more words found in ``text``."""
    out: set[str] = set()
    for raw in _SPLIT.split(text):
        words = _WORD.findall(raw.lower())
        if len(words) >= 6:
            out.add(" ".join(words))
    return out


class Budget:
    """Accepts texts only while no long sentence appears in more than ``limit`` texts."""

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()

    def fits(self, text: str) -> bool:
        return all(self.counts[s] < self.limit for s in sentences(text))

    def take(self, text: str) -> bool:
        if not self.fits(text):
            return False
        self.counts.update(sentences(text))
        return True
