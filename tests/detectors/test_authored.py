"""What every hand-written training author (`training/authored_*.py`) must deliver: enough
documents of both kinds, payload spans that are the marked passages, no leftover marks, known
categories, realistic sizes, distinct passages, and a deterministic build. Each author's own
test file checks what is particular to its domain."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES
MIN_INJECTED, MIN_BENIGN, MIN_DISTINCT_PASSAGES = 220, 300, 150


@cache
def _documents(author: str) -> tuple[Document, ...]:
    return tuple(authored.documents(author))


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


@pytest.fixture(params=authored.AUTHORS)
def docs(request: pytest.FixtureRequest) -> tuple[Document, ...]:
    return _documents(request.param)


def test_enough_documents_of_both_kinds(docs: tuple[Document, ...]) -> None:
    assert sum(doc.injected for doc in docs) >= MIN_INJECTED
    assert sum(not doc.injected for doc in docs) >= MIN_BENIGN


def test_spans_are_non_blank_passages_inside_the_text(docs: tuple[Document, ...]) -> None:
    for doc in docs:
        if doc.injected:
            start, end = doc.payload_span
            assert 0 <= start < end <= len(doc.text)
            assert _passage(doc).strip()
        else:
            assert doc.payload_span == (0, 0)


def test_no_mark_is_left(docs: tuple[Document, ...]) -> None:
    assert not any(authored.OPEN in doc.text or authored.CLOSE in doc.text for doc in docs)


def test_categories_are_known(docs: tuple[Document, ...]) -> None:
    used = {doc.category for doc in docs if doc.injected}
    assert used <= CATEGORIES
    assert {doc.category for doc in docs if not doc.injected} == {"benign"}


def test_sizes_are_those_of_tool_results(docs: tuple[Document, ...]) -> None:
    sizes = [len(doc.text.encode()) for doc in docs]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2


def test_passages_are_distinct_and_used_at_most_twice(docs: tuple[Document, ...]) -> None:
    uses = Counter(" ".join(_passage(doc).split()) for doc in docs if doc.injected)
    assert len(uses) >= MIN_DISTINCT_PASSAGES
    assert max(uses.values()) <= 2


@pytest.mark.parametrize("author", authored.AUTHORS)
def test_the_build_is_deterministic(author: str) -> None:
    assert tuple(authored.documents(author)) == _documents(author)


def test_every_author_has_its_calibration_fifth() -> None:
    for author in authored.AUTHORS:
        share = sum(map(authored.is_calibration, _documents(author))) / len(_documents(author))
        assert 0.1 < share < 0.3
