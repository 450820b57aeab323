"""The prose author's hand-written documents: counts, labelled spans, variety, determinism."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_prose
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_prose.documents()


def spans(docs: list[Document]) -> list[str]:
    return [doc.text[doc.payload_span[0]:doc.payload_span[1]] for doc in docs if doc.injected]


def renderings(passage: str) -> set[str]:
    """How a carrier may encode a passage: as is, JSON-escaped, in an HTML attribute, quoted."""
    return {passage, json.dumps(passage, ensure_ascii=False)[1:-1], passage.replace('"', "'"),
            passage.replace("\n", "\n> ")}


def test_spans_are_the_passages(docs: list[Document]) -> None:
    known = {form for _, text in authored_prose.passages() for form in renderings(text)}
    for doc in docs:
        if doc.injected:
            start, end = doc.payload_span
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end].strip()
            assert doc.text[start:end] in known
        else:
            assert doc.payload_span == (0, 0)


def test_categories_are_known_and_all_used(docs: list[Document]) -> None:
    used = {doc.category for doc in docs if doc.injected}
    assert used == CATEGORIES
    assert {doc.category for doc in docs if not doc.injected} == {"benign"}


def test_passages_distinct_and_used_at_most_twice(docs: list[Document]) -> None:
    passages = [text for _, text in authored_prose.passages()]
    assert len(set(passages)) == len(passages) >= 150
    uses = Counter(spans(docs))
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_reused_passages_change_carrier(docs: list[Document]) -> None:
    carriers: dict[str, set[str]] = {}
    for doc, span in zip([d for d in docs if d.injected], spans(docs), strict=True):
        carriers.setdefault(span, set()).add(doc.carrier)
    twice = [span for span, count in Counter(spans(docs)).items() if count == 2]
    assert twice
    assert all(len(carriers[span]) == 2 for span in twice)


def test_benign_paragraphs_varied_and_used(docs: list[Document]) -> None:
    paragraphs = {text for pool in authored_prose.BENIGN.values() for text in pool}
    benign_text = "\n".join(doc.text for doc in docs if not doc.injected)
    used = [text for text in paragraphs if text[:60] in benign_text]
    assert len(used) >= 200


def test_every_carrier_has_both_labels(docs: list[Document]) -> None:
    labelled = Counter((doc.carrier, doc.injected) for doc in docs)
    for carrier in authored_prose.CARRIERS:
        assert labelled[(carrier, True)] >= 5
        assert labelled[(carrier, False)] >= 5


def test_passage_positions_vary(docs: list[Document]) -> None:
    relative = [doc.payload_span[0] / len(doc.text) for doc in docs if doc.injected]
    assert sum(place < 0.3 for place in relative) >= 20
    assert sum(place > 0.6 for place in relative) >= 20
