"""Checks particular to the real-estate / property-management author (`authored_realestate`):
category minimums, careful attacks without giveaway words, passages distinct and reused at most
once in another carrier, the hard-negative share of the benign documents, every carrier in
both classes, and the labelled documents being the documents. The generic author checks run in
`test_authored.py`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored, authored_realestate
from mcpwarden.detectors.training.authored_realestate import Built

GIVEAWAYS = re.compile(
    r"\bignor\w*|\bdisregard\w*|previous instructions|system prompt"
    r"|\bassistant|\bchatbot|\bmodels?\b",
    re.IGNORECASE,
)
AI = re.compile(r"\bAI\b")
SHOUTING = re.compile(r"[A-Z]{5,}|!!")


@cache
def _built() -> tuple[Built, ...]:
    return tuple(authored_realestate.labelled_documents())


def _passage(item: Built) -> str:
    start, end = item.document.payload_span
    return item.document.text[start:end]


def _escapings(text: str) -> set[str]:
    return {
        text,
        json.dumps(text, ensure_ascii=False)[1:-1],
        text.replace('"', '""'),
        text.replace("\n", "\\n"),
    }


def _attacks() -> list[Built]:
    return [item for item in _built() if item.kind == "attack"]


def _benign() -> list[Built]:
    return [item for item in _built() if item.kind != "attack"]


def test_labelled_documents_are_the_documents() -> None:
    assert [item.document for item in _built()] == authored_realestate.documents()
    for item in _built():
        assert item.document.injected == (item.kind == "attack")


# --- attacks ---------------------------------------------------------------------------------


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(item.document.category for item in _attacks())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_span_is_the_hand_written_passage_as_the_tool_would_escape_it() -> None:
    for item in _attacks():
        assert _passage(item) in _escapings(item.source)


def test_written_passages_are_distinct_and_each_used_once_or_twice() -> None:
    texts = [text for _, _, text in authored_realestate.ATTACKS]
    assert len(set(texts)) == len(texts) >= 150
    by_source = Counter(item.source for item in _attacks())
    assert set(by_source) == set(texts)
    assert max(by_source.values()) <= 2


def test_a_reused_passage_is_in_a_different_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for item in _attacks():
        carriers[item.source].append(item.document.carrier)
    reused = [found for found in carriers.values() if len(found) == 2]
    assert len(reused) >= 30
    assert all(first != second for first, second in reused)


def test_at_least_half_the_passages_are_careful_and_free_of_giveaways() -> None:
    attacks = authored_realestate.ATTACKS
    careful = [text for _, is_careful, text in attacks if is_careful]
    assert len(careful) * 2 >= len(attacks)
    for text in careful:
        assert not GIVEAWAYS.search(text), text
        assert not AI.search(text), text
        assert not SHOUTING.search(text), text
    # every category has careful passages, and the blunt ones really are blunt
    assert {category for category, is_careful, _ in attacks if is_careful} == authored.CATEGORIES
    for category, is_careful, text in attacks:
        if not is_careful and category != "multilingual":
            blunt = GIVEAWAYS.search(text) or AI.search(text) or SHOUTING.search(text)
            assert blunt or "<" in text, text


def test_careful_documents_are_a_majority_of_injected_documents() -> None:
    attacks = _attacks()
    assert sum(item.careful for item in attacks) * 2 >= len(attacks)


# --- benign ----------------------------------------------------------------------------------


def test_at_least_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    benign = _benign()
    hard = [item for item in benign if item.kind == "hard"]
    assert len(hard) * 3 >= len(benign) * 2
    for item in hard:
        assert any(form in item.document.text for form in _escapings(item.source))
    uses = Counter(item.source for item in hard)
    assert max(uses.values()) <= 2
    assert len(uses) >= 140


def test_hard_negatives_share_the_attack_vocabulary() -> None:
    sentences = [s for group in authored_realestate.HARD_NEGATIVES.values() for s in group]
    assert len(set(sentences)) == len(sentences)
    assert not set(sentences) & {text for _, _, text in authored_realestate.ATTACKS}
    assert sum(bool(re.search(r"\bignor|\bdisregard", s, re.IGNORECASE)) for s in sentences) >= 15
    bots = re.compile(r"assistant|chatbot|\bbot\b|helper|\bAI\b")
    assert sum(bool(bots.search(s)) for s in sentences) >= 8
    assert sum("bank details" in s or "account" in s for s in sentences) >= 8


def test_every_carrier_appears_in_both_classes() -> None:
    carriers = set(authored_realestate.CARRIERS)
    assert len(carriers) >= 10
    injected = Counter(item.document.carrier for item in _attacks())
    benign = Counter(item.document.carrier for item in _benign())
    assert set(injected) == carriers
    assert set(benign) == carriers
    assert min(injected.values()) >= 8
    assert min(benign.values()) >= 8
