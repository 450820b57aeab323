"""The `personal` author's hand-written documents: counts, marks, categories, determinism."""

from __future__ import annotations

from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_personal
from mcpwarden.detectors.training.generate import Document

EMPHASISED = (
    "task_hijack",
    "harmful_code",
    "fake_error",
    "response_manipulation",
    "persuasion",
    "tool_call",
    "exfiltration",
)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_personal.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_counts(docs: list[Document]) -> None:
    assert sum(doc.injected for doc in docs) >= 220
    assert sum(not doc.injected for doc in docs) >= 300


def test_emphasised_categories_have_twenty_documents(docs: list[Document]) -> None:
    per_category = Counter(doc.category for doc in docs if doc.injected)
    for category in EMPHASISED:
        assert per_category[category] >= 20, category


def test_spans_lie_inside_text_and_are_not_empty(docs: list[Document]) -> None:
    for doc in (doc for doc in docs if doc.injected):
        start, end = doc.payload_span
        assert 0 <= start < end <= len(doc.text)
        assert _passage(doc).strip()


def test_build_is_deterministic(docs: list[Document]) -> None:
    assert authored_personal.documents() == docs


def test_passages_are_distinct_and_used_at_most_twice(docs: list[Document]) -> None:
    uses = Counter(_passage(doc) for doc in docs if doc.injected)
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_reused_passage_changes_carrier(docs: list[Document]) -> None:
    carriers: dict[str, set[str]] = {}
    for doc in (doc for doc in docs if doc.injected):
        carriers.setdefault(_passage(doc), set()).add(doc.carrier)
    uses = Counter(_passage(doc) for doc in docs if doc.injected)
    assert all(len(carriers[text]) == count for text, count in uses.items())


def test_benign_variety_and_no_duplicate_documents(docs: list[Document]) -> None:
    assert len(authored_personal.benign_lines()) >= 200
    assert len({doc.text for doc in docs}) == len(docs)


def test_sizes(docs: list[Document]) -> None:
    sizes = [len(doc.text.encode()) for doc in docs]
    assert min(sizes) >= 150 and max(sizes) <= 4096
    typical = sum(400 <= size <= 2000 for size in sizes)
    assert typical >= len(sizes) * 0.6
