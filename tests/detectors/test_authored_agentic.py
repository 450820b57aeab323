"""The hand-written documents of the "agentic" author: counts, spans, marks, determinism."""

from __future__ import annotations

from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_agentic
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_agentic.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_categories_are_known_and_all_used(docs: list[Document]) -> None:
    used = {doc.category for doc in docs if doc.injected}
    assert used == CATEGORIES
    assert {doc.category for doc in docs if not doc.injected} == {"benign"}


def test_each_category_has_several_passages() -> None:
    per_category = Counter(category for category, _ in authored_agentic.attack_passages())
    assert min(per_category.values()) >= 10


def test_benign_lines_are_many_and_distinct() -> None:
    entries = authored_agentic.benign_entries()
    assert len(set(entries)) == len(entries) >= 200


def test_passage_is_the_attack_not_the_carrier(docs: list[Document]) -> None:
    written = {text for _, text in authored_agentic.attack_passages()}
    json_escaped = {text.replace("\n", "\\n").replace('"', '\\"') for text in written}
    csv_escaped = {text.replace('"', '""') for text in written}
    for doc in docs:
        if doc.injected:
            assert _passage(doc) in written | json_escaped | csv_escaped


def test_benign_documents_reuse_no_attack_passage(docs: list[Document]) -> None:
    written = [text for _, text in authored_agentic.attack_passages()]
    for doc in docs:
        if not doc.injected:
            assert not any(text[:60] in doc.text for text in written)
