"""The long-form author's documents: counts, spans, marks, categories, determinism, variety,
and what is particular to long documents (sizes, buried positions, other languages)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored, authored_longform
from mcpwarden.detectors.training.generate import Document

FOREIGN_WORDS = frozenset(
    [
        "und",
        "der",
        "die",
        "das",
        "nicht",
        "les",
        "des",
        "est",
        "une",
        "dans",
        "los",
        "las",
        "del",
        "una",
        "il",
        "che",
        "della",
        "non",
        "uma",
        "não",
        "het",
        "een",
        "niet",
        "van",
    ]
)
EMPHASISED = ("task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion")


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(authored_longform.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return " ".join(doc.text[start:end].split())


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def test_counts_of_both_kinds() -> None:
    assert len(_injected()) >= 220
    assert sum(not doc.injected for doc in _docs()) >= 300


def test_no_mark_is_left() -> None:
    assert not any(authored.OPEN in doc.text or authored.CLOSE in doc.text for doc in _docs())


def test_categories_are_known_and_emphasised_ones_are_covered() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) <= authored.CATEGORIES
    assert all(counts[category] >= 25 for category in EMPHASISED)
    assert {doc.category for doc in _docs() if not doc.injected} == {"benign"}


def test_the_build_is_deterministic() -> None:
    assert tuple(authored_longform.documents()) == _docs()


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    uses = Counter(_passage(doc) for doc in _injected())
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_sizes_are_long_but_mostly_moderate() -> None:
    sizes = [len(doc.text.encode()) for doc in _docs()]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2
    assert sum(size > 2000 for size in sizes) > len(sizes) // 5


def test_passages_are_buried_not_only_at_the_start() -> None:
    starts = [doc.payload_span[0] / len(doc.text) for doc in _injected()]
    assert sum(start > 0.5 for start in starts) > len(starts) // 3


def test_about_a_tenth_is_in_other_languages() -> None:
    def foreign(doc: Document) -> bool:
        return sum(word in FOREIGN_WORDS for word in doc.text.lower().split()) >= 8

    for kind in (True, False):
        group = [doc for doc in _docs() if doc.injected is kind]
        assert 0.07 < sum(map(foreign, group)) / len(group) < 0.2


def test_the_calibration_fifth_is_about_a_fifth() -> None:
    share = sum(map(authored.is_calibration, _docs())) / len(_docs())
    assert 0.1 < share < 0.3
