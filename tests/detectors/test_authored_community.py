"""The community author's training documents: counts, spans, marks, categories, languages,
carriers and a deterministic build."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored, authored_community
from mcpwarden.detectors.training.generate import Document

EMPHASISED = ("task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion")


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(authored_community.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _json_escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def test_enough_documents_of_both_kinds() -> None:
    assert len(_injected()) >= 220
    assert sum(not doc.injected for doc in _docs()) >= 300


def test_emphasised_categories_have_at_least_25_documents() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert all(counts[name] >= 25 for name in EMPHASISED), counts


def test_spans_are_non_blank_passages_inside_the_text() -> None:
    for doc in _injected():
        start, end = doc.payload_span
        assert 0 <= start < end <= len(doc.text)
        assert _passage(doc).strip()


def test_no_leftover_marks() -> None:
    marks = (authored.OPEN, authored.CLOSE, authored_community.MARK)
    assert not any(mark in doc.text for doc in _docs() for mark in marks)


def test_categories_are_known_and_benign_documents_are_labelled_benign() -> None:
    assert {doc.category for doc in _injected()} <= authored.CATEGORIES
    assert all(doc.category == "benign" for doc in _docs() if not doc.injected)


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    uses = Counter(_passage(doc) for doc in _injected())
    assert len(uses) >= 150
    assert max(uses.values()) <= 2


def test_a_twice_used_passage_sits_in_two_different_carriers() -> None:
    carriers: dict[str, set[str]] = {}
    for doc in _injected():
        carriers.setdefault(_passage(doc), set()).add(doc.carrier)
    uses = Counter(_passage(doc) for doc in _injected())
    assert all(len(carriers[text]) == count for text, count in uses.items())


def test_sizes_are_realistic() -> None:
    sizes = [len(doc.text.encode()) for doc in _docs()]
    assert min(sizes) >= 150
    assert max(sizes) <= 4200
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2


def test_distinct_benign_posts_and_carriers() -> None:
    pools = (
        authored_community.POSTS
        + authored_community.LONG_POSTS
        + authored_community.HARD_POSTS
        + authored_community.FOREIGN_POSTS
        + authored_community.FANFIC_COMMENTS
        + authored_community.CHAT_LINES
        + authored_community.STORY
    )
    assert len(set(pools)) >= 200
    benign_text = "\n".join(doc.text for doc in _docs() if not doc.injected)
    general = authored_community.POSTS + authored_community.HARD_POSTS
    assert all(post in benign_text or _json_escaped(post) in benign_text for post in general)
    assert len({doc.carrier for doc in _docs()}) == len(authored_community.CARRIERS)


def test_about_a_tenth_is_not_english() -> None:
    foreign = [doc for doc in _injected() if not authored_community._is_english(_passage(doc))]
    assert len(foreign) >= len(_injected()) // 10
    benign = [doc for doc in _docs() if not doc.injected]
    foreign_posts = authored_community.FOREIGN_POSTS
    foreign_benign = [doc for doc in benign if any(post in doc.text for post in foreign_posts)]
    assert len(foreign_benign) >= len(benign) // 10


def test_json_carriers_parse() -> None:
    for doc in _docs():
        if doc.carrier.endswith("_json"):
            json.loads(doc.text)


def test_build_is_deterministic() -> None:
    assert authored_community.documents() == authored_community.documents()
