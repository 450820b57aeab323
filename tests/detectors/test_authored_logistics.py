"""Checks particular to the `logistics` author (the generic author checks run in
`test_authored.py`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_logistics as logistics
from mcpwarden.detectors.training.generate import Document

GIVEAWAYS = (
    "ignore",
    "disregard",
    "previous instructions",
    "system prompt",
    "assistant",
    "chatbot",
    "model",
)
AI_WORD = re.compile(r"\bai\b", re.IGNORECASE)
SHOUTING = re.compile(r"\b[A-Z]{5,}\b|!!")


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(logistics.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _documents() if not doc.injected]


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_every_span_is_exactly_one_hand_written_passage() -> None:
    known = {text: category for category, _careful, text in logistics.PASSAGES}
    assert len(known) == len(logistics.PASSAGES)  # no passage written twice
    for doc in _injected():
        assert known[_passage(doc)] == doc.category


def test_every_passage_is_used_and_a_reused_one_changes_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _injected():
        carriers[_passage(doc)].append(doc.carrier)
    assert set(carriers) == {text for _category, _careful, text in logistics.PASSAGES}
    reused = [found for found in carriers.values() if len(found) == 2]
    assert len(reused) >= 30
    assert all(first != second for first, second in reused)


def test_passages_survive_json_and_csv_carriers_verbatim() -> None:
    for _category, _careful, text in logistics.PASSAGES:
        assert '"' not in text and "\\" not in text and "\n" not in text
    for text in logistics.HARD_NEGATIVES:
        assert '"' not in text and "\\" not in text and "\n" not in text


def test_careful_passages_avoid_giveaways_and_are_the_majority() -> None:
    careful = [text for _category, is_careful, text in logistics.PASSAGES if is_careful]
    assert len(careful) * 2 >= len(logistics.PASSAGES)
    for text in careful:
        low = text.lower()
        assert not any(word in low for word in GIVEAWAYS), text
        assert not AI_WORD.search(text), text
        assert not SHOUTING.search(text), text
    careful_docs = sum(_passage(doc) in set(careful) for doc in _injected())
    assert careful_docs * 2 >= len(_injected())


def test_every_category_has_careful_passages() -> None:
    careful = Counter(cat for cat, is_careful, _text in logistics.PASSAGES if is_careful)
    assert set(careful) == authored.CATEGORIES
    assert min(careful.values()) >= 8


def test_hard_negatives_are_two_thirds_of_benign_documents() -> None:
    benign = _benign()
    hard = [doc for doc in benign if any(hn in doc.text for hn in logistics.HARD_NEGATIVES)]
    assert len(hard) * 3 >= len(benign) * 2


def test_hard_negatives_are_many_and_none_is_overused() -> None:
    assert len(set(logistics.HARD_NEGATIVES)) == len(logistics.HARD_NEGATIVES) >= 150
    uses = Counter(hn for doc in _documents() for hn in logistics.HARD_NEGATIVES if hn in doc.text)
    assert len(uses) >= 140
    assert max(uses.values()) <= 15


def test_hard_negatives_share_vocabulary_with_attacks() -> None:
    # The difference is who a sentence is for, not its words: hard negatives use the same verbs.
    low = [text.lower() for text in logistics.HARD_NEGATIVES]
    for word in ("ignore", "disregard", "forward", "approve", "release", "bank", "password", "run"):
        assert any(word in text for text in low), word
    assert any("ai agents" in text for text in low)  # a quoted injection inside a warning


def test_all_carriers_carry_both_kinds() -> None:
    names = set(logistics.CARRIERS)
    assert len(names) >= 12
    assert {doc.carrier for doc in _injected()} == names
    assert {doc.carrier for doc in _benign()} == names


def test_multilingual_passages_are_mostly_not_english() -> None:
    texts = [text for cat, _c, text in logistics.PASSAGES if cat == "multilingual"]
    non_ascii = sum(any(ord(ch) > 127 for ch in text) for text in texts)
    assert non_ascii >= len(texts) - 3
    foreign_negatives = [t for t in logistics.HARD_NEGATIVES if sum(ord(ch) > 127 for ch in t) > 3]
    assert len(foreign_negatives) >= 12
