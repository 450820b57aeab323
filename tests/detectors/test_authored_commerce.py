"""The commerce author's documents: counts, spans, marks, categories, determinism, variety."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored, authored_commerce
from mcpwarden.detectors.training.generate import Document

EMPHASISED = ("task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion")


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(authored_commerce.documents())


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _documents() if not doc.injected]


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return " ".join(doc.text[start:end].split())


def test_enough_documents_of_both_kinds() -> None:
    assert len(_injected()) >= 220
    assert len(_benign()) >= 300


def test_emphasised_categories_have_at_least_25_documents() -> None:
    per_category = Counter(doc.category for doc in _injected())
    for category in EMPHASISED:
        assert per_category[category] >= 25, category


def test_no_mark_is_left() -> None:
    assert not any(authored.OPEN in d.text or authored.CLOSE in d.text for d in _documents())


def test_sizes_are_those_of_tool_results() -> None:
    sizes = [len(doc.text.encode()) for doc in _documents()]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    uses = Counter(_passage(doc) for doc in _injected())
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_benign_paragraphs_are_many_and_distinct() -> None:
    paragraphs = {text for _, text in authored_commerce._blocks(authored_commerce._BENIGN)}
    assert len(paragraphs) >= 180


def test_about_a_tenth_is_in_other_languages() -> None:
    for docs in (_injected(), _benign()):
        foreign = [doc for doc in docs if doc.carrier.startswith("foreign_")]
        assert len(foreign) >= len(docs) // 20


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def test_json_carriers_parse_and_hold_the_passage_inside_one_string_value() -> None:
    json_docs = [doc for doc in _injected() if doc.text.startswith("{")]
    assert len(json_docs) > 50
    for doc in json_docs:
        start, end = doc.payload_span
        passage = json.loads(f'"{doc.text[start:end]}"')
        assert any(passage in text for text in _strings(json.loads(doc.text)))


def test_the_build_is_deterministic() -> None:
    assert tuple(authored_commerce.documents()) == _documents()
