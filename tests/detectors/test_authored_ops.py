"""The ops author's hand-written documents: counts, marks, categories, determinism, variety."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_ops
from mcpwarden.detectors.training.generate import Document

HEAVY_CATEGORIES = (
    "task_hijack",
    "harmful_code",
    "fake_error",
    "response_manipulation",
    "persuasion",
)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_ops.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_counts(docs: list[Document]) -> None:
    assert sum(doc.injected for doc in docs) >= 220
    assert sum(not doc.injected for doc in docs) >= 300


def test_underserved_categories_are_well_covered(docs: list[Document]) -> None:
    per_category = Counter(doc.category for doc in docs if doc.injected)
    for category in HEAVY_CATEGORIES:
        assert per_category[category] >= 25, category


def test_build_is_deterministic(docs: list[Document]) -> None:
    assert authored_ops.documents() == docs


def test_passages_are_distinct_and_reused_at_most_twice(docs: list[Document]) -> None:
    uses = Counter(_passage(doc) for doc in docs if doc.injected)
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_benign_paragraphs_are_varied(docs: list[Document]) -> None:
    distinct = {text for _, text in authored_ops._BENIGN}
    distinct |= {text for _, text in authored_ops._WHOLE_BENIGN}
    assert len(distinct) >= 200


def test_sizes_are_those_of_tool_results(docs: list[Document]) -> None:
    sizes = [len(doc.text.encode()) for doc in docs]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2


def test_json_carriers_stay_valid_json(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier in {"alert", "datadog", "pagerduty", "scanner", "siem"}:
            json.loads(doc.text)
