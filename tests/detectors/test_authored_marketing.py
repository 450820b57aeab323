# ruff: noqa: E501
"""Checks particular to the marketing author (`training/authored_marketing.py`); the generic
checks every author must pass run in `test_authored.py`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_marketing as marketing
from mcpwarden.detectors.training.generate import Document

GIVEAWAY = re.compile(
    r"\b(ignor\w*|disregard\w*|previous instructions|system prompt|assistants?|chatbots?|models?)\b",
    re.IGNORECASE,
)
AI_WORD = re.compile(r"\bAI\b")
SHOUT = re.compile(r"\b[A-Z]{4,}\b")


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(marketing.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _key(text: str) -> str:
    """A passage's identity whatever the carrier's escaping (JSON, CSV, HTML)."""
    text = text.replace("\\n", " ").replace("\\t", " ")
    return re.sub(r"[\W_]+", "", text).lower()


def _forms(sentence: str) -> tuple[str, ...]:
    return (sentence, json.dumps(sentence, ensure_ascii=False)[1:-1], sentence.replace('"', '""'))


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(doc.category for doc in _docs() if doc.injected)
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_source_passages_are_distinct_and_each_used_once_or_twice() -> None:
    keys = [_key(passage) for _, _, passage in marketing.ATTACKS]
    assert len(set(keys)) == len(keys) >= 150
    uses = Counter(_key(_passage(doc)) for doc in _docs() if doc.injected)
    assert set(uses) == set(keys)  # every document's passage is one of the written ones
    assert set(uses.values()) <= {1, 2}
    assert sum(count == 2 for count in uses.values()) >= 50


def test_a_reused_passage_goes_to_a_different_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _docs():
        if doc.injected:
            carriers[_key(_passage(doc))].append(doc.carrier)
    reused = [names for names in carriers.values() if len(names) == 2]
    assert reused
    assert all(names[0] != names[1] for names in reused)


def test_passages_sit_in_carriers_that_fit_them() -> None:
    fits = {
        _key(passage): marketing.fitting_carriers(passage) for _, _, passage in marketing.ATTACKS
    }
    misplaced = [
        doc.carrier
        for doc in _docs()
        if doc.injected and doc.carrier not in fits[_key(_passage(doc))]
    ]
    assert len(misplaced) <= 5  # only a passage that fits a single carrier may be sent elsewhere


def test_at_least_half_the_passages_are_careful_and_carry_no_giveaway() -> None:
    careful = [passage for _, is_careful, passage in marketing.ATTACKS if is_careful]
    assert len(careful) * 2 >= len(marketing.ATTACKS)
    for passage in careful:
        assert not GIVEAWAY.search(passage), passage
        assert not AI_WORD.search(passage), passage
        assert not SHOUT.search(passage), passage
        assert "!!" not in passage, passage


def test_every_category_mixes_careful_and_blunt_passages() -> None:
    by_category: dict[str, set[bool]] = defaultdict(set)
    for category, is_careful, _ in marketing.ATTACKS:
        by_category[category].add(is_careful)
    assert set(by_category) == authored.CATEGORIES
    assert all(kinds == {True, False} for kinds in by_category.values())


def test_each_injected_document_has_exactly_one_passage() -> None:
    for doc in _docs():
        if doc.injected:
            text_without = doc.text[: doc.payload_span[0]] + doc.text[doc.payload_span[1] :]
            assert _key(_passage(doc)) not in _key(text_without)


def test_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    benign = [doc for doc in _docs() if not doc.injected]
    hard = [
        doc
        for doc in benign
        if any(
            form in doc.text for sentence in marketing.HARD_NEGATIVES for form in _forms(sentence)
        )
    ]
    assert len(hard) * 3 >= len(benign) * 2


def test_hard_negatives_are_many_varied_and_share_the_attack_vocabulary() -> None:
    negatives = marketing.HARD_NEGATIVES
    assert len(set(negatives)) == len(negatives) >= 150
    looks_like_attack = [s for s in negatives if GIVEAWAY.search(s) or AI_WORD.search(s)]
    assert len(looks_like_attack) >= 15
    calls_to_action = [
        s
        for s in negatives
        if re.search(r"\b(click|reply|forward|send|delete|export|never)\b", s, re.I)
    ]
    assert len(calls_to_action) >= 30
    benign_texts = [doc.text for doc in _docs() if not doc.injected]
    for sentence in negatives:
        uses = sum(any(form in text for form in _forms(sentence)) for text in benign_texts)
        assert uses <= 8, sentence


def test_no_hard_negative_is_an_attack_passage() -> None:
    attack_keys = {_key(passage) for _, _, passage in marketing.ATTACKS}
    assert not attack_keys & {_key(sentence) for sentence in marketing.HARD_NEGATIVES}


def test_every_carrier_carries_both_kinds() -> None:
    injected = Counter(doc.carrier for doc in _docs() if doc.injected)
    benign = Counter(doc.carrier for doc in _docs() if not doc.injected)
    assert set(injected) == set(benign) == set(marketing.CARRIERS)
    assert len(marketing.CARRIERS) >= 12
    assert min(injected.values()) >= 8
    assert min(benign.values()) >= 15


def test_json_carriers_are_valid_json_and_csv_has_a_header() -> None:
    for doc in _docs():
        if doc.carrier.endswith("_json"):
            json.loads(doc.text)
        if doc.carrier == "social_calendar_csv":
            assert doc.text.startswith("date,time,platform,owner,copy,asset,status\n")
