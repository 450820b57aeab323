"""Checks particular to the sales and customer-success author (`authored_salesplay`): category
minimums, careful passages free of giveaway words and shouting (and more than half of all
passages), every passage used once or twice with the second use in another carrier, the
hard-negative share of benign documents, hard negatives spread over many documents without one
sentence dominating, and every carrier present in both kinds of document. The generic author
checks run in `test_authored.py`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_salesplay as salesplay
from mcpwarden.detectors.training.generate import Document

GIVEAWAYS = re.compile(
    r"\b(ignore[sd]?|ignoring|disregard\w*|previous instructions|system prompt"
    r"|assistants?|chatbots?|models?)\b",
    re.IGNORECASE,
)
CAPITAL_GIVEAWAYS = re.compile(r"(?<![A-Za-z])(AI|IA|KI)(?![A-Za-z])")
SHOUTING = re.compile(r"\b[A-Z]{2,}\b(?:\W+\b[A-Z]{2,}\b){2,}|!!|\*\*\*")


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(salesplay.documents())


def _norm(text: str) -> str:
    return " ".join(text.split())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _variants(text: str) -> set[str]:
    """How a passage may appear in a carrier: as written, JSON-escaped, CSV-quoted."""
    return {
        _norm(text),
        _norm(json.dumps(text, ensure_ascii=False)[1:-1]),
        _norm(text.replace('"', '""')),
    }


def _source_of() -> dict[str, tuple[str, str, bool]]:
    table = {}
    for category, text, careful in salesplay.passages():
        for variant in _variants(text):
            table[variant] = (category, text, careful)
    return table


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _documents() if not doc.injected]


def test_every_category_is_used_at_least_twelve_times() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_every_marked_passage_is_a_hand_written_one() -> None:
    table = _source_of()
    for doc in _injected():
        category, _, _ = table[_norm(_passage(doc))]
        assert category == doc.category


def test_hand_written_passages_are_distinct() -> None:
    texts = [_norm(text) for _, text, _ in salesplay.passages()]
    assert len(texts) == len(set(texts))


def test_every_hand_written_passage_is_used_once_or_twice_in_different_carriers() -> None:
    table = _source_of()
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _injected():
        carriers[table[_norm(_passage(doc))][1]].append(doc.carrier)
    assert set(carriers) == {text for _, text, _ in salesplay.passages()}
    reused = [used for used in carriers.values() if len(used) == 2]
    assert len(reused) >= 30
    assert all(used[0] != used[1] for used in reused)


def test_careful_passages_are_more_than_half_and_have_no_giveaways() -> None:
    careful = [text for _, text, is_careful in salesplay.passages() if is_careful]
    assert len(careful) * 2 > len(salesplay.passages())
    for text in careful:
        assert not GIVEAWAYS.search(text), text
        assert not CAPITAL_GIVEAWAYS.search(text), text
        assert not SHOUTING.search(text), text


def test_careful_passages_in_every_category() -> None:
    per_category = Counter(category for category, _, careful in salesplay.passages() if careful)
    assert set(per_category) == authored.CATEGORIES
    assert min(per_category.values()) >= 8


def test_blunt_passages_carry_a_giveaway_or_a_fake_turn() -> None:
    fake_turn = re.compile(
        r"system|<\||\[(user|assistant)\]|tool_call|ERROR|FATAL|OVERRIDE", re.IGNORECASE
    )
    for _, text, careful in salesplay.passages():
        if not careful:
            assert (
                GIVEAWAYS.search(text)
                or CAPITAL_GIVEAWAYS.search(text)
                or fake_turn.search(text)
                or SHOUTING.search(text)
            ), text


def test_multilingual_passages_are_not_english() -> None:
    soft, blunt = salesplay.ATTACKS["multilingual"]
    for text in soft + blunt:
        assert not re.search(r"\b(the|and|please|before)\b", text), text


def _has_hard_negative(doc: Document) -> bool:
    text = _norm(doc.text)
    return any(
        variant in text for sentence in salesplay.HARD_NEGATIVES for variant in _variants(sentence)
    )


def test_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    benign = _benign()
    hard = sum(map(_has_hard_negative, benign))
    assert hard * 3 >= len(benign) * 2


def test_hard_negatives_are_many_and_none_dominates() -> None:
    assert len(set(salesplay.HARD_NEGATIVES)) == len(salesplay.HARD_NEGATIVES) >= 120
    uses: Counter[str] = Counter()
    for doc in _documents():
        text = _norm(doc.text)
        for sentence in salesplay.HARD_NEGATIVES:
            if any(variant in text for variant in _variants(sentence)):
                uses[sentence] += 1
    assert len(uses) == len(salesplay.HARD_NEGATIVES)
    assert max(uses.values()) <= 6


def test_hard_negatives_use_attack_vocabulary() -> None:
    vocabulary = sum(
        bool(GIVEAWAYS.search(s) or CAPITAL_GIVEAWAYS.search(s)) for s in salesplay.HARD_NEGATIVES
    )
    assert vocabulary >= 20


def test_hard_negatives_are_not_attack_passages() -> None:
    attacks = {_norm(text) for _, text, _ in salesplay.passages()}
    assert not attacks & {_norm(s) for s in salesplay.HARD_NEGATIVES}


def test_every_carrier_appears_in_both_kinds() -> None:
    injected = Counter(doc.carrier for doc in _injected())
    benign = Counter(doc.carrier for doc in _benign())
    assert set(injected) == set(benign) == set(salesplay.CARRIERS)
    assert min(injected.values()) >= 5
    assert min(benign.values()) >= 10


def test_json_carriers_parse() -> None:
    for doc in _documents():
        if doc.carrier in {"crm_opportunity", "health_json"}:
            json.loads(doc.text)


def test_benign_documents_carry_no_attack_passage() -> None:
    attacks = [_norm(text) for _, text, _ in salesplay.passages()]
    for doc in _benign():
        text = _norm(doc.text)
        assert not any(attack in text for attack in attacks)
