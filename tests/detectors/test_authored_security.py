"""The security author's hand-written documents: counts, spans, marks, determinism, variety."""

from __future__ import annotations

import contextlib
import json
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_security
from mcpwarden.detectors.training.authored import CATEGORIES
from mcpwarden.detectors.training.generate import Document

EMPHASISED = (
    "task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion",
    "tool_call", "exfiltration",
)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_security.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_counts(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    assert len(injected) >= 220
    assert len(docs) - len(injected) >= 300


def test_categories_are_known_and_emphasised_ones_are_covered(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    assert set(counts) <= CATEGORIES
    for category in EMPHASISED:
        assert counts[category] >= 20, category


def test_build_is_deterministic(docs: list[Document]) -> None:
    assert authored_security.documents() == docs


def test_passages_are_distinct_and_used_at_most_twice(docs: list[Document]) -> None:
    uses = Counter(_passage(doc) for doc in docs if doc.injected)
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_benign_variety_and_sizes(docs: list[Document]) -> None:
    benign_focals = authored_security._entries(authored_security._BENIGN_OPS)
    benign_focals += authored_security._entries(authored_security._BENIGN_PROSE)
    assert len(set(benign_focals)) >= 200
    sizes = [len(doc.text.encode()) for doc in docs]
    assert min(sizes) >= 150
    assert max(sizes) <= 4500
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) * 0.7


def test_slots_are_filled(docs: list[Document]) -> None:
    for doc in docs:
        assert "{host}" not in doc.text and "{date}" not in doc.text and "{ip}" not in doc.text


def _unescaped(span: str) -> set[str]:
    forms = {span, span.replace("<br>", "\n")}
    with contextlib.suppress(ValueError):
        forms.add(json.loads(f'"{span}"'))
    return forms


def test_each_span_is_exactly_one_written_passage(docs: list[Document]) -> None:
    blocks = authored_security._passage_blocks().values()
    written = {entry for block in blocks for entry in authored_security._entries(block)}
    for doc in docs:
        if doc.injected:
            assert _unescaped(_passage(doc)) & written, _passage(doc)[:80]
