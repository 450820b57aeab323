"""The `devrepo` author's documents: counts, spans, marks, categories, languages, determinism."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored, authored_devrepo
from mcpwarden.detectors.training.generate import Document

JSON_CARRIERS = frozenset({"issue_thread", "review_comments", "npm_metadata", "pypi_metadata"})
EMPHASISED = ("task_hijack", "harmful_code", "fake_error", "response_manipulation", "persuasion")


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(authored_devrepo.documents())


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _documents() if not doc.injected]


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return " ".join(doc.text[start:end].split())


def test_counts_of_both_kinds() -> None:
    assert len(_injected()) >= 220
    assert len(_benign()) >= 300


def test_emphasised_categories_have_at_least_25_documents() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert all(counts[category] >= 25 for category in EMPHASISED), counts


def test_each_span_is_a_whole_written_passage() -> None:
    written = {_key(_attack(text)) for _, _, text in authored_devrepo.PASSAGES}
    for doc in _injected():
        start, end = doc.payload_span
        raw = doc.text[start:end]
        if doc.carrier in JSON_CARRIERS:
            raw = json.loads(f'"{raw}"')
        assert _key(raw) in written, raw


def _attack(written: str) -> str:
    """The attacker's words of a written passage (a blended one marks them inside itself)."""
    if authored.OPEN not in written:
        return written
    return written.split(authored.OPEN)[1].split(authored.CLOSE)[0]


def _key(text: str) -> str:
    """The text without what carriers add inside a passage: comment marks, log time stamps."""
    return re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+Z|[\s#*]", "", text)


def test_categories_are_known() -> None:
    assert {doc.category for doc in _injected()} <= authored.CATEGORIES
    assert {category for category, _, _ in authored_devrepo.PASSAGES} <= authored.CATEGORIES
    assert {doc.category for doc in _benign()} == {"benign"}


def test_build_is_deterministic() -> None:
    assert tuple(authored_devrepo.documents()) == _documents()


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    uses = Counter(_passage(doc) for doc in _injected())
    assert len(uses) >= 150
    assert max(uses.values()) <= 2
    written = Counter(" ".join(_attack(text).split()) for _, _, text in authored_devrepo.PASSAGES)
    assert len(written) >= 150 and max(written.values()) == 1


def test_benign_entries_are_distinct_and_plenty() -> None:
    entries = [entry for pool in authored_devrepo.POOLS.values() for entry in pool]
    assert len(set(entries)) == len(entries) >= 200


def test_sizes_are_those_of_tool_results() -> None:
    sizes = [len(doc.text.encode()) for doc in _documents()]
    assert min(sizes) >= 150 and max(sizes) <= 4300
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) // 2


def test_about_a_tenth_is_not_in_english() -> None:
    foreign_passages = {
        " ".join(_attack(text).split()) for _, foreign, text in authored_devrepo.PASSAGES if foreign
    }
    foreign_injected = sum(_passage(doc) in foreign_passages for doc in _injected())
    assert foreign_injected >= len(_injected()) // 12
    foreign_entries = authored_devrepo.POOLS["FOREIGN"]
    foreign_benign = sum(any(e in doc.text for e in foreign_entries) for doc in _benign())
    assert foreign_benign >= len(_benign()) // 12


def test_benign_half_holds_the_hard_cases() -> None:
    texts = [doc.text for doc in _benign()]
    assert sum("curl -fsSL" in text and "| sh" in text for text in texts) >= 3
    assert sum("Ignore all previous instructions" in text for text in texts) >= 1
    assert sum("AGENTS.md" in text or "CLAUDE.md" in text for text in texts) >= 10
