"""The business author's hand-written documents: counts, labelled spans, variety, determinism."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_business
from mcpwarden.detectors.training.generate import Document

EMPHASISED = ("task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_business.documents()


def injected_of(docs: list[Document]) -> list[Document]:
    return [doc for doc in docs if doc.injected]


def span_text(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def renderings(passage: str) -> set[str]:
    """A passage as the carriers write it: as is, JSON-escaped, or as a quoted CSV cell."""
    return {passage, json.dumps(passage, ensure_ascii=False)[1:-1], passage.replace('"', '""')}


def test_counts(docs: list[Document]) -> None:
    assert len(injected_of(docs)) >= 220
    assert len(docs) - len(injected_of(docs)) >= 300


def test_emphasised_categories_have_enough_documents(docs: list[Document]) -> None:
    per_category = Counter(doc.category for doc in injected_of(docs))
    for category in EMPHASISED:
        assert per_category[category] >= 25, category


def test_spans_are_planted_passages_inside_the_text(docs: list[Document]) -> None:
    known = {form for _, _, text in authored_business.ATTACKS for form in renderings(text)}
    for doc in injected_of(docs):
        start, end = doc.payload_span
        assert 0 <= start < end <= len(doc.text)
        assert span_text(doc).strip()
        assert span_text(doc) in known


def test_benign_documents_have_no_span(docs: list[Document]) -> None:
    assert all(doc.payload_span == (0, 0) for doc in docs if not doc.injected)


def test_no_marks_left(docs: list[Document]) -> None:
    for doc in docs:
        assert authored.OPEN not in doc.text
        assert authored.CLOSE not in doc.text


def test_deterministic(docs: list[Document]) -> None:
    assert authored_business.documents() == docs


def test_passages_are_distinct_and_rarely_reused(docs: list[Document]) -> None:
    passages = [text for _, _, text in authored_business.ATTACKS]
    assert len(set(passages)) == len(passages) >= 150
    uses = Counter(span_text(doc) for doc in injected_of(docs))
    assert max(uses.values()) <= 2


def test_benign_paragraphs_are_distinct(docs: list[Document]) -> None:
    paragraphs = [text for _, text in authored_business.BENIGN]
    assert len(set(paragraphs)) == len(paragraphs) >= 200
    every_text = "\n".join(doc.text for doc in docs if not doc.injected)
    unused = [text for text in paragraphs if json.dumps(text, ensure_ascii=False)[1:-1]
              not in every_text and text not in every_text and text.replace('"', '""')
              not in every_text]
    assert not unused


def test_sizes(docs: list[Document]) -> None:
    sizes = [len(doc.text.encode()) for doc in docs]
    assert min(sizes) >= 150
    assert max(sizes) <= 4096
    assert sum(400 <= size <= 2000 for size in sizes) >= 0.6 * len(sizes)


def test_attack_text_never_appears_in_benign_documents(docs: list[Document]) -> None:
    benign_text = "\n".join(doc.text for doc in docs if not doc.injected)
    assert not [text for _, _, text in authored_business.ATTACKS if text in benign_text]
