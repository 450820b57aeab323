"""Checks particular to the support author (operational tool output)."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_support
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_support.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _advice_lines() -> list[str]:
    # Advice carries {domain}/{svc} placeholders; match on the text before the first one.
    return [line.split("{")[0] for line in authored_support.ADVICE + authored_support.QUOTED]


def test_every_carrier_has_injected_and_benign_documents(docs: list[Document]) -> None:
    carriers = set(authored_support._CARRIERS)
    assert len(carriers) >= 15
    assert {d.carrier for d in docs if d.injected} == carriers
    assert {d.carrier for d in docs if not d.injected} == carriers


def test_weighted_categories(docs: list[Document]) -> None:
    counts = Counter(d.category for d in docs if d.injected)
    for category in authored_support._WEIGHTED:
        assert counts[category] >= 25, category
    assert set(counts) == set(authored_support._PASSAGES)


def test_hand_written_passages_are_distinct_and_used_at_most_twice(docs: list[Document]) -> None:
    written = [p for group in authored_support._PASSAGES.values() for p in group]
    assert len(written) == len(set(written)) >= 200
    uses: Counter[str] = Counter()
    for d in docs:
        if d.injected:
            passage = _passage(d)
            if d.carrier == "csv_error_report":  # CSV doubles quotes inside a cell
                passage = passage.replace('""', '"')
            elif passage not in written:  # a JSON carrier escaped its quotes or newlines
                passage = json.loads(f'"{passage}"')
            assert passage in written
            uses[passage] += 1
    assert sum(uses.values()) >= 260
    assert max(uses.values()) <= 2


def test_reused_passage_lands_in_a_different_carrier(docs: list[Document]) -> None:
    seen: dict[str, set[str]] = {}
    for d in docs:
        if d.injected:
            seen.setdefault(_passage(d)[:40], set()).add(d.carrier)
    twice = [key for key, carriers in seen.items() if len(carriers) == 2]
    assert len(twice) >= 50


def test_multilingual_passages_cover_several_scripts() -> None:
    scripts = {
        unicodedata.name(ch).split()[0]
        for passage in authored_support.MULTILINGUAL
        for ch in passage
        if ch.isalpha() and ord(ch) > 0x24F
    }
    assert {"CJK", "CYRILLIC", "ARABIC", "HANGUL", "HIRAGANA"} <= scripts
    latin = [p for p in authored_support.MULTILINGUAL if all(ord(ch) <= 0x24F for ch in p)]
    assert len(latin) >= 5  # German, Spanish, French, Italian, Dutch, Portuguese ...


def test_most_benign_documents_are_hard_negatives(docs: list[Document]) -> None:
    benign = [d for d in docs if not d.injected]
    prefixes = _advice_lines()
    hard = [d for d in benign if any(p in d.text for p in prefixes)]
    assert len(hard) * 3 >= len(benign) * 2
    quoted = [d for d in benign if any(q.split("{")[0] in d.text for q in authored_support.QUOTED)]
    assert len(quoted) >= 30
    lowered = [d.text.lower() for d in benign]
    words = ("ignore", "disregard", "forget", "administrator", "assistant", "system", "support@")
    for word in words:
        assert sum(word in t for t in lowered) >= 10, word


def test_advice_also_appears_in_injected_documents(docs: list[Document]) -> None:
    prefixes = _advice_lines()
    with_advice = [d for d in docs if d.injected and any(p in d.text for p in prefixes)]
    assert len(with_advice) >= 100


def test_json_carriers_parse(docs: list[Document]) -> None:
    for d in docs:
        if d.carrier == "graphql_error":
            assert "errors" in json.loads(d.text)
        elif d.carrier == "api_error_json":
            body = d.text.split("\n\n", 1)[1] if d.text.startswith("HTTP/1.1") else d.text
            assert "error" in json.loads(body)


def test_passage_position_varies(docs: list[Document]) -> None:
    places: Counter[str] = Counter()
    for d in docs:
        if d.injected:
            share = d.payload_span[0] / len(d.text)
            places["start" if share < 0.2 else "end" if share > 0.7 else "middle"] += 1
    assert min(places.values()) >= 30, places


def test_deterministic() -> None:
    assert authored_support.documents() == authored_support.documents()
