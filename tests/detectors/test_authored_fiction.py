"""Checks particular to the fiction author (generic author checks live in test_authored.py)."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored_fiction as fiction
from mcpwarden.detectors.training.generate import Document


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(fiction.documents())


def _alnum(text: str) -> str:
    """Letters and digits only, after undoing what carriers add (timestamps, <br>, escapes)."""
    text = re.sub(r"\[\d\d:\d\d\] ", "", text).replace("<br>", "")
    text = text.replace("\\n", " ").replace('\\"', '"')
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _passages() -> list[str]:
    groups = (*fiction._ATTACKS.values(), *fiction._SHAPED.values())
    return [fiction._flow(p) for group in groups for p in group]


def _span(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _carrier_kind() -> dict[str, str]:
    return {name: kind for kind, pairs in fiction._CARRIERS.items() for name, _ in pairs}


def test_promised_category_counts() -> None:
    counts = Counter(d.category for d in _docs() if d.injected)
    assert set(counts) == set(fiction._ATTACKS)
    for category, least in {
        "fake_role": 40,
        "persuasion": 40,
        "response_manipulation": 30,
        "override": 30,
        "authority": 30,
    }.items():
        assert counts[category] >= least, category
    assert sum(counts.values()) >= 260


def test_hand_written_passages_used_at_most_twice() -> None:
    passages = _passages()
    assert len(set(passages)) == len(passages) >= 200
    spans = Counter(_alnum(_span(d)) for d in _docs() if d.injected)
    for passage in passages:
        assert 1 <= spans[_alnum(passage)] <= 2, passage[:60]


def test_multilingual_passages_cover_many_scripts() -> None:
    scripts: set[str] = set()
    for doc in _docs():
        if doc.category != "multilingual":
            continue
        for ch in _span(doc):
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "?").split()[0])
    assert {"CYRILLIC", "CJK", "HIRAGANA", "HANGUL", "ARABIC", "DEVANAGARI", "LATIN"} <= scripts


def test_passages_vary_in_whether_they_name_the_ai() -> None:
    words = ("assistant", " ai", "ai ", "model", "agent", "bot", "ki-", "ki,", " ia ", "ии")
    passages = [p.lower() for p in _passages()]
    naming = [p for p in passages if any(w in f" {p} " for w in words)]
    assert len(naming) >= 100
    assert len(passages) - len(naming) >= 20


def test_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    heads = [
        _alnum(fiction.snippet_text(kind, text).split("\n")[0])[:30]
        for kind, hard, text in fiction._BENIGN
        if hard
    ]
    benign = [d for d in _docs() if not d.injected]
    hard_docs = [d for d in benign if any(h in _alnum(d.text) for h in heads)]
    assert len(benign) >= 360
    assert len(hard_docs) * 3 >= len(benign) * 2


def test_hard_negative_kinds_are_really_there() -> None:
    benign = [d.text for d in _docs() if not d.injected]
    for phrase in (
        "SYSTEM:",
        "USER:",
        "ASSISTANT",
        "NARRATOR:",
        "ADMIN:",
        "override the safety protocols",
        "Ignore everything I said",
        "Forget",
        "go north",
        "you must",
        "Ignore previous instructions",
        "Do not hang up",
        "rogue AI",
        "@",
        "https://",
    ):
        assert any(phrase in text for text in benign), phrase
    # Fiction in other languages is benign too, so a foreign script is no tell on its own.
    assert any("Система" in t or "система" in t.lower() for t in benign)
    assert any("コンピューター" in t for t in benign)
    assert any("olvida" in t.lower() for t in benign)


def test_every_kind_hosts_benign_and_injected_documents() -> None:
    kind_of = _carrier_kind()
    injected = Counter(kind_of[d.carrier] for d in _docs() if d.injected)
    benign = Counter(kind_of[d.carrier] for d in _docs() if not d.injected)
    for kind in fiction._CARRIERS:
        assert injected[kind] >= 10, kind
        assert benign[kind] >= 15, kind
    assert len({d.carrier for d in _docs()}) >= 12


def test_structured_carriers_parse() -> None:
    for doc in _docs():
        if doc.carrier.endswith("_json") or doc.carrier == "story_search_results":
            json.loads(doc.text)
        elif doc.carrier == "film_database_csv":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert all(len(row) == 6 for row in rows), doc.text[:80]


def test_passages_sit_at_the_start_middle_end_and_in_asides() -> None:
    places: Counter[int] = Counter()
    asides = 0
    for doc in _docs():
        if not doc.injected:
            continue
        start = doc.payload_span[0]
        places[min(2, 3 * start // len(doc.text))] += 1
        before = doc.text[max(0, start - 40) : start]
        if any(
            key in before
            for key in ("Notes:", "author_note", "hint", "Tip:", "P.S.", "NOTE", "Trivia", "* ")
        ):
            asides += 1
    assert min(places.values()) >= 30
    assert asides >= 50
