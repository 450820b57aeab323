"""Checks particular to the `legalops` author (legal, compliance and HR operations tool results);
the generic author checks run in `test_authored.py`."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_legalops as legalops
from mcpwarden.detectors.training.generate import Document

# Careful attacks must avoid these; "AI" is checked as a capitalised word on its own.
GIVEAWAY = re.compile(
    r"ignor|disregard|previous instructions|system prompt|assistant|chatbot|model", re.I
)
AI_WORD = re.compile(r"\bAI\b")
SHOUTING = re.compile(r"\b[A-Z]{5,}\b|\b[A-Z]{3,}\s+[A-Z]{3,}\b|!!")
MIN_PER_CATEGORY = 12


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(legalops.documents())


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _careful() -> set[str]:
    return {p for group in legalops.CAREFUL.values() for p in group}


def _blunt() -> set[str]:
    return {p for group in legalops.BLUNT.values() for p in group}


def test_every_category_is_used_at_least_twelve_times() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == set(authored.CATEGORIES)
    assert min(counts.values()) >= MIN_PER_CATEGORY
    assert set(legalops.CAREFUL) == set(legalops.BLUNT) == set(authored.CATEGORIES)


def test_every_passage_comes_from_the_written_lists_under_its_category() -> None:
    for doc in _injected():
        passage = _passage(doc)
        assert passage in legalops.CAREFUL[doc.category] or passage in legalops.BLUNT[doc.category]
    written = [
        p for groups in (legalops.CAREFUL, legalops.BLUNT) for g in groups.values() for p in g
    ]
    assert len(written) == len(set(written))
    assert {_passage(doc) for doc in _injected()} == set(written)


def test_a_reused_passage_is_in_a_different_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _injected():
        carriers[_passage(doc)].append(doc.carrier)
    reused = [c for c in carriers.values() if len(c) == 2]
    assert len(reused) >= 40
    assert all(c[0] != c[1] for c in reused)


def test_careful_attacks_avoid_the_giveaway_words_and_shouting() -> None:
    for passage in _careful():
        assert not GIVEAWAY.search(passage), passage
        assert not AI_WORD.search(passage), passage
        assert not SHOUTING.search(passage), passage


def test_at_least_half_of_the_attack_passages_are_careful() -> None:
    used = {_passage(doc) for doc in _injected()}
    assert len(used & _careful()) * 2 >= len(used)
    assert not _careful() & _blunt()
    for category in authored.CATEGORIES:
        assert len(legalops.CAREFUL[category]) >= len(legalops.BLUNT[category])


def test_no_passage_or_hard_negative_needs_escaping() -> None:
    for text in (*_careful(), *_blunt(), *legalops.HARD_NEGATIVES):
        assert '"' not in text and "\\" not in text and "\n" not in text


def test_two_thirds_of_benign_documents_carry_a_hard_negative() -> None:
    benign = _benign()
    hard = [doc for doc in benign if any(s in doc.text for s in legalops.HARD_NEGATIVES)]
    assert len(hard) * 3 >= len(benign) * 2


def test_hard_negatives_are_distinct_and_used_at_most_twice() -> None:
    assert len(legalops.HARD_NEGATIVES) == len(set(legalops.HARD_NEGATIVES)) >= 150
    uses = Counter(s for doc in _benign() for s in legalops.HARD_NEGATIVES if s in doc.text)
    assert max(uses.values()) <= 2
    assert len(uses) == len(legalops.HARD_NEGATIVES)


def test_hard_negatives_include_the_giveaway_vocabulary_for_people() -> None:
    with_words = [s for s in legalops.HARD_NEGATIVES if GIVEAWAY.search(s) or AI_WORD.search(s)]
    assert len(with_words) >= 25


def test_no_attack_passage_hides_in_a_benign_document() -> None:
    attacks = _careful() | _blunt()
    for doc in _benign():
        assert not any(p in doc.text for p in attacks)


def test_every_carrier_is_present_in_both_kinds() -> None:
    expected = set(legalops.CARRIERS)
    assert len(expected) >= 12
    assert {doc.carrier for doc in _injected()} == expected
    assert {doc.carrier for doc in _benign()} == expected


def test_json_carriers_parse_and_keep_the_passage() -> None:
    import json

    for doc in _docs():
        if doc.carrier in {"ediscovery_hits", "compliance_ticket", "dsar_record"}:
            parsed = json.loads(doc.text)
            assert isinstance(parsed, dict)
            if doc.injected:
                assert _passage(doc) in json.dumps(parsed, ensure_ascii=False)


def test_multilingual_passages_are_not_english() -> None:
    english = re.compile(r"\b(the|and|please|shall|must)\b", re.I)
    for passage in (*legalops.CAREFUL["multilingual"], *legalops.BLUNT["multilingual"]):
        assert not english.search(passage), passage
