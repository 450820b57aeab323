"""The hand-written documents of the "code" author: counts, spans, marks, determinism."""

from __future__ import annotations

from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_code
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_code.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_passages_are_distinct_and_rarely_reused(docs: list[Document]) -> None:
    raw = Counter(text for _, text in authored_code._records(authored_code._INJECTIONS))
    assert len(raw) >= 150
    assert max(raw.values()) == 1
    uses = Counter(_normalised(doc) for doc in docs if doc.injected)
    assert len(uses) == len(raw)
    assert max(uses.values()) <= 2


def _normalised(doc: Document) -> str:
    """The passage without comment prefixes or JSON escaping, to compare uses across carriers."""
    text = _passage(doc).replace("\\n", " ").replace('\\"', '"')
    for name in authored_code._PROJECT_NAMES:
        text = text.replace(name, "tidepool").replace(name.title(), "Tidepool")
        text = text.replace(name.upper(), "TIDEPOOL")
    return " ".join(word for word in text.split() if word not in {"#", "//", "-"})


def test_benign_material_is_varied(docs: list[Document]) -> None:
    lines = {line.strip() for doc in docs if not doc.injected for line in doc.text.splitlines()}
    assert len({line for line in lines if len(line) > 20}) >= 200
    assert len(authored_code._HARD) >= 120


def test_every_category_has_several_passages_and_carriers(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    per_category = Counter(doc.category for doc in injected)
    assert set(per_category) == CATEGORIES
    assert min(per_category.values()) >= 8
    assert len({doc.carrier for doc in injected}) >= 12
