"""Checks particular to the `homelife` author (household tool results); the generic checks every
author must pass run in `test_authored.py`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_homelife as homelife
from mcpwarden.detectors.training.generate import Document

GIVEAWAY = re.compile(
    r"ignor|disregard|previous instructions|system prompt|\bai\b|assistant|chatbot|model",
    re.IGNORECASE,
)
SHOUTING = re.compile(r"\b[A-Z]{5,}\b|\b[A-Z]{2,}(?:\W+[A-Z]{2,}){2,}\b|!!")


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(homelife.documents())


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return " ".join(doc.text[start:end].split())


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_every_carrier_holds_both_kinds() -> None:
    injected = Counter(doc.carrier for doc in _injected())
    benign = Counter(doc.carrier for doc in _benign())
    assert set(injected) == set(benign) == set(homelife.CARRIER_NAMES)
    assert len(homelife.CARRIER_NAMES) >= 10
    assert min(injected.values()) >= 12
    assert min(benign.values()) >= 20


def test_reused_passages_sit_in_different_carriers() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _injected():
        carriers[_passage(doc)].append(doc.carrier)
    reused = [found for found in carriers.values() if len(found) == 2]
    assert len(reused) >= 30
    assert all(first != second for first, second in reused)


def test_written_passages_are_distinct_and_all_used() -> None:
    written = homelife.CAREFUL_PASSAGES + homelife.BLUNT_PASSAGES
    assert len(set(written)) == len(written)
    texts = [doc.text for doc in _injected()]
    for passage in written:
        escaped = json.dumps(passage, ensure_ascii=False)[1:-1]
        csv_quoted = passage.replace('"', '""')
        assert any(p in text for text in texts for p in (passage, escaped, csv_quoted)), passage


def test_careful_attacks_are_the_majority_and_avoid_giveaways() -> None:
    careful, blunt = homelife.CAREFUL_PASSAGES, homelife.BLUNT_PASSAGES
    assert len(careful) * 2 >= len(careful) + len(blunt)
    for passage in careful:
        assert not GIVEAWAY.search(passage), passage
        assert not SHOUTING.search(passage), passage


def test_blunt_attacks_are_blunt() -> None:
    blunt_looking = [p for p in homelife.BLUNT_PASSAGES if GIVEAWAY.search(p) or SHOUTING.search(p)]
    assert len(blunt_looking) * 10 >= len(homelife.BLUNT_PASSAGES) * 8


def test_hard_negatives_are_two_thirds_of_benign_documents() -> None:
    hard = homelife.HARD_NEGATIVES
    assert len(set(hard)) == len(hard) >= 120
    assert not any('"' in sentence for sentence in hard)
    benign = _benign()
    with_hard = [doc for doc in benign if any(s in doc.text for s in hard)]
    assert len(with_hard) * 3 >= len(benign) * 2


def test_hard_negatives_use_attack_vocabulary() -> None:
    # The benign side must carry the words the careless detector keys on.
    vocab = sum(bool(GIVEAWAY.search(sentence)) for sentence in homelife.HARD_NEGATIVES)
    assert vocab >= 30


def test_no_hard_negative_sentence_floods_the_set() -> None:
    uses = Counter(s for doc in _docs() for s in homelife.HARD_NEGATIVES if s in doc.text)
    assert max(uses.values()) <= 12
