"""Checks particular to the manufacturing / maintenance / industrial IoT author (the generic checks
every author passes run in tests/detectors/test_authored.py)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_manufacturing as author
from mcpwarden.detectors.training.generate import Document

GIVEAWAYS = re.compile(
    r"\bignor\w*|\bdisregard\w*|previous instructions|system prompt|\bassistants?\b|\bchatbots?\b"
    r"|\bmodels?\b",
    re.IGNORECASE,
)
AI_WORD = re.compile(r"\bAI\b")
# Shouting: an all-caps word of six letters or more, three all-caps words in a row, or "!!".
SHOUTING = re.compile(r"\b[A-Z]{6,}\b|\b[A-Z]{2,}\b(?:\W+\b[A-Z]{2,}\b){2,}|!!")
TRIGGER_WORDS = re.compile(
    r"\bignor\w*|\bdisregard\b|\boverride\b|\bbypass\b|\bmodels?\b|\bassistant\b|\bchatbot\b"
    r"|previous instructions|system prompt|\bAI\b",
    re.IGNORECASE,
)


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(author.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _forms(sentence: str) -> tuple[str, ...]:
    """The sentence as it may appear in a carrier: raw, JSON-escaped, CSV-quoted."""
    return (sentence, json.dumps(sentence, ensure_ascii=False)[1:-1], sentence.replace('"', '""'))


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


@cache
def _raw(passage: str) -> str:
    """The source passage a (possibly escaped) document span comes from."""
    for candidate in author.careful_passages() + author.blunt_passages():
        if passage in _forms(candidate):
            return candidate
    raise AssertionError(f"span is no known passage: {passage[:80]!r}")


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == set(authored.CATEGORIES)
    assert min(counts.values()) >= 12
    assert set(author.PASSAGES) == set(authored.CATEGORIES)


def test_every_written_passage_is_used_and_only_those() -> None:
    written = author.careful_passages() + author.blunt_passages()
    assert len(written) == len(set(written))
    used = {_raw(_passage(doc)) for doc in _injected()}
    assert used == set(written)


def test_a_reused_passage_goes_to_a_different_carrier() -> None:
    carriers: dict[str, list[str]] = {}
    for doc in _injected():
        carriers.setdefault(_raw(_passage(doc)), []).append(doc.carrier)
    reused = [names for names in carriers.values() if len(names) == 2]
    assert len(reused) >= 30
    assert all(names[0] != names[1] for names in reused)


def test_careful_passages_are_at_least_half_and_have_no_giveaways() -> None:
    careful, blunt = author.careful_passages(), author.blunt_passages()
    assert len(careful) * 2 >= len(careful) + len(blunt)
    for passage in careful:
        assert not GIVEAWAYS.search(passage), passage
        assert not AI_WORD.search(passage), passage
        assert not SHOUTING.search(passage), passage
    # the careful share also holds among the documents, not only among the written passages
    kinds = Counter(_raw(_passage(doc)) in careful for doc in _injected())
    assert kinds[True] * 2 >= sum(kinds.values())


def test_every_category_has_careful_and_blunt_passages() -> None:
    for category, (careful, blunt) in author.PASSAGES.items():
        assert len(careful) >= 10, category
        assert len(blunt) >= 6, category


def test_hard_negatives_are_two_thirds_of_benign_documents() -> None:
    benign = _benign()
    hard = [
        doc
        for doc in benign
        if any(form in doc.text for s in author.HARD_NEGATIVES for form in _forms(s))
    ]
    assert len(hard) * 3 >= len(benign) * 2


def test_no_hard_negative_sentence_floods_the_set() -> None:
    uses = Counter(
        sentence
        for doc in _benign()
        for sentence in author.HARD_NEGATIVES
        if any(form in doc.text for form in _forms(sentence))
    )
    assert len(uses) == len(set(author.HARD_NEGATIVES))  # every one is used
    assert max(uses.values()) <= 6


def test_hard_negatives_share_the_attack_vocabulary() -> None:
    with_triggers = [s for s in author.HARD_NEGATIVES if TRIGGER_WORDS.search(s)]
    assert len(with_triggers) >= 25
    assert len(set(author.HARD_NEGATIVES)) >= 150


def test_benign_documents_carry_no_attack_passage() -> None:
    written = author.careful_passages() + author.blunt_passages()
    for doc in _benign():
        assert not any(form in doc.text for p in written for form in _forms(p))


def test_every_carrier_is_used_for_both_kinds() -> None:
    names = set(author.CARRIERS)
    assert len(names) >= 12
    assert {doc.carrier for doc in _injected()} == names
    assert {doc.carrier for doc in _benign()} == names
    counts = Counter(doc.carrier for doc in _injected())
    assert min(counts.values()) >= 10


def test_structured_carriers_parse() -> None:
    for doc in _docs():
        if doc.carrier in {"work_order_json", "sensor_json"}:
            json.loads(doc.text)
        elif doc.carrier == "cmms_csv":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert {len(row) for row in rows} == {9}
        elif doc.carrier == "mqtt_dump":
            for line in doc.text.splitlines()[1:]:
                json.loads(line.split(" ", 1)[1])


def test_a_passage_that_names_its_record_sits_in_a_fitting_carrier() -> None:
    for doc in _injected():
        fitting = author._carriers_for(_raw(_passage(doc)))
        if len(fitting) < len(author.CARRIERS):
            first_use = next(d for d in _injected() if _raw(_passage(d)) == _raw(_passage(doc)))
            assert first_use.carrier in fitting
