"""Checks particular to the `data` author: data-tool carriers, quotas and hard negatives."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_data
from mcpwarden.detectors.training.generate import Document

JSON_CARRIERS = ("crm_record", "vector_search", "product_catalogue", "bi_dashboard")
QUOTAS = {
    "tool_call": 30,
    "exfiltration": 30,
    "response_manipulation": 30,
    "override": 25,
    "persuasion": 20,
    "multilingual": 20,
}
INSTRUCTION = re.compile(
    r"\b(please|ignore|disregard|forget|send|call|click|run|contact|must|do not|don't|never|"
    r"bitte|por favor|merci|proszę|lütfen|请|お願い)",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_data.documents()


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_category_quotas(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    for category, least in QUOTAS.items():
        assert counts[category] >= least, (category, counts[category])


def test_passages_are_hand_written_and_unique() -> None:
    texts = [text for _, text in authored_data.PASSAGES]
    assert len(texts) >= 200
    assert len(set(texts)) == len(texts)
    # Not one template with swapped nouns: openings (first three words) vary widely.
    openings = Counter(" ".join(text.lower().split()[:3]) for text in texts)
    assert max(openings.values()) <= 3


def test_multilingual_passages_span_many_languages() -> None:
    scripts: set[str] = set()
    for category, text in authored_data.PASSAGES:
        if category != "multilingual":
            continue
        for char in text:
            if char.isalpha():
                scripts.add(unicodedata.name(char, "?").split()[0])
    # Latin, CJK, Hiragana/Katakana, Cyrillic, Hangul, Arabic, Devanagari at least.
    assert {"LATIN", "CJK", "CYRILLIC", "HANGUL", "ARABIC", "DEVANAGARI"} <= scripts


def test_every_carrier_has_both_classes(docs: list[Document]) -> None:
    injected = {doc.carrier for doc in docs if doc.injected}
    benign = {doc.carrier for doc in docs if not doc.injected}
    assert injected == benign == set(authored_data.CARRIERS)
    assert len(benign) >= 15


def test_json_carriers_parse_and_hold_the_passage_in_one_string(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)
        elif doc.carrier == "analytics_events":
            for line in doc.text.splitlines():
                json.loads(line)
        if doc.injected and doc.carrier in JSON_CARRIERS:
            start, end = doc.payload_span
            line_start = doc.text.rfind("\n", 0, start) + 1
            line_end = doc.text.find("\n", end)
            line = doc.text[line_start:line_end].strip().rstrip(",")
            value = json.loads("{" + line + "}")
            assert isinstance(next(iter(value.values())), str)


def test_csv_exports_keep_their_shape(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier == "csv_export":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert {len(row) for row in rows} == {6}
            if doc.injected:
                notes = [row[5] for row in rows[1:]]
                assert sum(_span(doc) in note for note in notes) == 1


def test_benign_documents_are_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    hard = [doc for doc in benign if INSTRUCTION.search(doc.text)]
    assert len(hard) * 3 >= len(benign) * 2
    role_words = re.compile(r"\b(system|assistant|admin|user|agent|model|AI)\b", re.IGNORECASE)
    assert sum(bool(role_words.search(doc.text)) for doc in benign) >= len(benign) // 3
    assert sum("@" in doc.text for doc in benign) >= len(benign) // 2
    assert sum("https://" in doc.text for doc in benign) >= len(benign) // 4
    assert any("ignore all previous instructions" in doc.text.lower() for doc in benign)


def test_benign_free_text_is_not_only_english(docs: list[Document]) -> None:
    foreign = [
        doc
        for doc in docs
        if not doc.injected and any(f in doc.text for f in authored_data.FOREIGN)
    ]
    assert len(foreign) >= 60


def test_passage_positions_vary(docs: list[Document]) -> None:
    first = last = middle = 0
    for doc in docs:
        if not doc.injected:
            continue
        share = doc.payload_span[0] / len(doc.text)
        first += share < 0.35
        middle += 0.35 <= share <= 0.65
        last += share > 0.65
    assert min(first, middle, last) >= 30, (first, middle, last)
