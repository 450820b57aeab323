"""The "asia" author's documents: counts, spans, marks, categories, languages, determinism."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored, authored_asia
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
# One distinctive script or letter set per language, to count documents per language.
SCRIPTS = {
    "japanese": re.compile(r"[\u3040-\u30ff]"),
    "korean": re.compile(r"[\uac00-\ud7af]"),
    "hindi": re.compile(r"[\u0900-\u097f]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),  # Persian shares the script
    "hebrew": re.compile(r"[\u05d0-\u05ea]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "vietnamese": re.compile(r"[ạảấầẩậắằẳặẹẻẽếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹđ]"),
    "turkish": re.compile(r"[ğış]|yapay zekâ"),
    "indonesian": re.compile(r"\b(yang|untuk|dan|tidak|Anda)\b"),
}


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(authored_asia.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_counts_of_both_kinds() -> None:
    docs = _documents()
    assert sum(doc.injected for doc in docs) >= 220
    assert sum(not doc.injected for doc in docs) >= 300


def test_no_leftover_marks_or_slots() -> None:
    for doc in _documents():
        assert authored.OPEN not in doc.text and authored.CLOSE not in doc.text
        assert not re.search(r"\$(name2?|date|time|body|n)\b", doc.text), doc.text[:80]


def test_categories_are_known_and_emphasised_ones_are_plentiful() -> None:
    categories = Counter(doc.category for doc in _documents() if doc.injected)
    assert set(categories) <= authored.CATEGORIES
    for category in EMPHASISED:
        assert categories[category] >= 20, category


def test_passages_are_distinct_and_used_at_most_twice() -> None:
    passages = Counter(_passage(doc) for doc in _documents() if doc.injected)
    assert len(passages) >= 150
    assert max(passages.values()) <= 2


def test_benign_paragraphs_are_many() -> None:
    paragraphs = {
        part for doc in _documents() if not doc.injected for part in doc.text.split("\n\n")
    }
    assert len(paragraphs) >= 200


def test_sizes_are_realistic() -> None:
    sizes = [len(doc.text.encode()) for doc in _documents()]
    assert min(sizes) >= 150 and max(sizes) <= 4200
    assert sum(400 <= size <= 2000 for size in sizes) > len(sizes) * 0.6


def test_every_language_has_enough_documents_of_both_kinds() -> None:
    docs = _documents()
    for language, script in SCRIPTS.items():
        attacked = [doc for doc in docs if doc.injected and script.search(_passage(doc))]
        clean = [doc for doc in docs if not doc.injected and script.search(doc.text)]
        assert len(attacked) >= 15, language
        assert len(clean) >= 20, language


def test_the_build_is_deterministic() -> None:
    assert authored_asia.documents() == authored_asia.documents()


def test_json_carriers_are_valid_json() -> None:
    for doc in _documents():
        if doc.text.lstrip().startswith("{"):
            json.loads(doc.text)


def test_benign_documents_quote_attacks_and_address_the_reader() -> None:
    """Hard negatives are present: quoted injections, talk about AI agents, `curl | sh`."""
    benign_texts = [doc.text for doc in _documents() if not doc.injected]
    assert sum("| sh" in text or "| bash" in text for text in benign_texts) >= 8
    assert sum("MCP" in text or "<|im_start|>" in text for text in benign_texts) >= 5
