"""The europe author's hand-written documents: counts, marks, categories, languages, determinism."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training.authored_europe import LANGUAGES, documents
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


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def test_counts_of_both_kinds() -> None:
    assert len(_injected()) >= 220
    assert sum(not doc.injected for doc in _docs()) >= 300


def test_no_mark_or_slot_is_left() -> None:
    for doc in _docs():
        assert authored.OPEN not in doc.text and authored.CLOSE not in doc.text
        assert "@@" not in doc.text


def test_categories_are_known_and_emphasised_ones_are_well_covered() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) <= authored.CATEGORIES
    for category in EMPHASISED:
        assert counts[category] >= 20, category


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    uses = Counter(" ".join(_passage(doc).split()) for doc in _injected())
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_benign_texts_are_distinct() -> None:
    texts = {text for lang in LANGUAGES for text in lang.benign}
    assert len(texts) >= 200


def test_every_language_has_enough_of_both_kinds() -> None:
    assert len(LANGUAGES) >= 10
    for lang in LANGUAGES:
        mine = [doc for doc in _docs() if doc.carrier.startswith(f"{lang.code}_")]
        assert sum(doc.injected for doc in mine) >= 12, lang.code
        assert sum(not doc.injected for doc in mine) >= 15, lang.code


def test_json_carriers_stay_valid_json() -> None:
    for doc in _docs():
        if doc.carrier.split("_", 1)[1].startswith("json"):
            json.loads(doc.text)


def test_sizes_are_those_of_tool_results() -> None:
    sizes = [len(doc.text.encode()) for doc in _docs()]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2


def test_the_build_is_deterministic() -> None:
    assert tuple(documents()) == _docs()
