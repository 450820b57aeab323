"""The hand-written documents of the "finance" author: counts, spans, marks, determinism."""

from __future__ import annotations

from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_finance
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
    return authored_finance.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_counts(docs: list[Document]) -> None:
    assert sum(doc.injected for doc in docs) >= 220
    assert sum(not doc.injected for doc in docs) >= 300


def test_each_emphasised_category_has_twenty_documents(docs: list[Document]) -> None:
    per_category = Counter(doc.category for doc in docs if doc.injected)
    assert all(per_category[category] >= 20 for category in EMPHASISED), per_category


def test_build_is_deterministic(docs: list[Document]) -> None:
    assert authored_finance.documents() == docs


def test_passages_are_distinct_and_reused_at_most_twice(docs: list[Document]) -> None:
    uses = Counter(passage for _, passage in authored_finance.attacks())
    assert len(uses) >= 150
    assert max(uses.values()) == 1
    per_document = Counter(_passage(doc) for doc in docs if doc.injected)
    assert len(per_document) >= 150
    assert max(per_document.values()) <= 2


def test_benign_lines_are_many_and_distinct() -> None:
    paragraphs = [text for pool in authored_finance.PROSE.values() for text in pool]
    lines = paragraphs + list(authored_finance.SHORT)
    assert len(set(lines)) == len(lines) >= 200


def test_sizes(docs: list[Document]) -> None:
    sizes = [len(doc.text.encode()) for doc in docs]
    assert min(sizes) >= 150
    assert max(sizes) <= 4500
    assert sum(400 <= size <= 2000 for size in sizes) > 0.7 * len(sizes)


def test_every_carrier_has_both_benign_and_injected_documents(docs: list[Document]) -> None:
    benign = {doc.carrier for doc in docs if not doc.injected}
    injected = {doc.carrier for doc in docs if doc.injected}
    assert benign == injected == set(authored_finance.CARRIERS)
