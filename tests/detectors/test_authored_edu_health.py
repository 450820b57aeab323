"""The `edu_health` author's documents: counts, spans, marks, categories, determinism, variety."""

from __future__ import annotations

from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored, authored_edu_health
from mcpwarden.detectors.training.generate import Document

EMPHASISED = ("task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion",
              "tool_call", "exfiltration")


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(authored_edu_health.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return " ".join(doc.text[start:end].split())


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def test_counts_of_both_kinds() -> None:
    assert len(_injected()) >= 220
    assert sum(not doc.injected for doc in _documents()) >= 300


def test_spans_are_non_blank_and_inside_the_text() -> None:
    for doc in _injected():
        start, end = doc.payload_span
        assert 0 <= start < end <= len(doc.text)
        assert _passage(doc)


def test_benign_documents_have_no_span() -> None:
    assert all(doc.payload_span == (0, 0) for doc in _documents() if not doc.injected)


def test_no_mark_is_left() -> None:
    assert not any(authored.OPEN in doc.text or authored.CLOSE in doc.text for doc in _documents())


def test_categories_are_known_and_emphasised_ones_are_well_covered() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) <= authored.CATEGORIES
    assert all(counts[category] >= 20 for category in EMPHASISED), counts


def test_build_is_deterministic() -> None:
    assert authored_edu_health.documents() == authored_edu_health.documents()


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    uses = Counter(_passage(doc) for doc in _injected())
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_benign_paragraphs_are_many_and_distinct() -> None:
    paragraphs = [text for pool in authored_edu_health.BENIGN.values() for text in pool]
    assert len(set(paragraphs)) == len(paragraphs) >= 200


def test_sizes_are_those_of_tool_results() -> None:
    sizes = [len(doc.text.encode()) for doc in _documents()]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2

