"""Checks particular to the education-platform author (`authored_lms`): category minimums,
careful attacks free of giveaway words, every passage used once or twice (the second time in
another carrier), hard-negative share, and every carrier present in both kinds of document. The
generic author checks run in `test_authored.py`."""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_lms as lms
from mcpwarden.detectors.training.generate import Document

GIVEAWAY = re.compile(
    r"ignor\w*|disregard\w*|previous instructions|system prompt"
    r"|\bAI\b|assistant\w*|chatbot\w*|\bmodel\w*",
    re.IGNORECASE,
)
ALL_CAPS_WORD = re.compile(r"\b[A-Z]{5,}\b")
CAPS_RUN = re.compile(r"\b[A-Z]{2,}\b[\s:,]+\b[A-Z]{2,}\b[\s:,]+\b[A-Z]{2,}\b")
AI_VOCABULARY = re.compile(
    r"ignor\w*|disregard|\bAI\b|chatbot|prompt|assistant|\bbot\b|model", re.IGNORECASE
)


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(lms.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _all_passages() -> list[tuple[str, str]]:
    return [
        (category, text)
        for category in sorted(lms.CAREFUL)
        for text in lms.CAREFUL[category] + lms.BLUNT[category]
    ]


def _decoded(text: str) -> set[str]:
    """The passage as written, undoing the escaping of JSON, CSV and iCalendar carriers."""
    forms = {text, text.replace('""', '"'), text.replace("\\n", "\n")}
    with contextlib.suppress(json.JSONDecodeError):
        forms.add(json.loads(f'"{text}"'))
    return forms


def _source(doc: Document) -> str:
    known = {text for _, text in _all_passages()}
    matches = _decoded(_passage(doc)) & known
    assert len(matches) == 1, _passage(doc)
    return matches.pop()


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(doc.category for doc in _docs() if doc.injected)
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_passage_lists_are_distinct_and_cover_every_category() -> None:
    texts = [text for _, text in _all_passages()]
    assert len(texts) == len(set(texts))
    assert set(lms.CAREFUL) == set(lms.BLUNT) == authored.CATEGORIES


def test_at_least_half_of_the_passages_are_careful() -> None:
    careful = sum(len(texts) for texts in lms.CAREFUL.values())
    blunt = sum(len(texts) for texts in lms.BLUNT.values())
    assert careful >= blunt
    for category in authored.CATEGORIES:
        assert len(lms.CAREFUL[category]) >= 8


def test_careful_passages_have_no_giveaway_words_or_shouting() -> None:
    for texts in lms.CAREFUL.values():
        for text in texts:
            assert not GIVEAWAY.search(text), text
            assert not ALL_CAPS_WORD.search(text), text
            assert not CAPS_RUN.search(text), text
            assert "!!" not in text, text


def test_blunt_passages_are_blunt() -> None:
    for texts in lms.BLUNT.values():
        for text in texts:
            assert (
                GIVEAWAY.search(text)
                or ALL_CAPS_WORD.search(text)
                or "<|" in text
                or '"role": "system"' in text
                or (any(ord(char) > 0x3000 or 0x0400 <= ord(char) < 0x0980 for char in text))
            ), text


def test_every_passage_is_used_and_reuse_changes_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    categories: dict[str, set[str]] = defaultdict(set)
    for doc in _docs():
        if doc.injected:
            source = _source(doc)
            carriers[source].append(doc.carrier)
            categories[source].add(doc.category)
    expected = dict((text, category) for category, text in _all_passages())
    assert set(carriers) == set(expected)
    for source, used in carriers.items():
        assert len(used) <= 2
        assert len(set(used)) == len(used), (source, used)
        assert categories[source] == {expected[source]}
    assert sum(len(used) == 2 for used in carriers.values()) >= 50


def test_hard_negatives_are_at_least_two_thirds_of_benign_documents() -> None:
    def has_hard_negative(doc: Document) -> bool:
        return any(
            sentence in doc.text or json.dumps(sentence, ensure_ascii=False)[1:-1] in doc.text
            for sentence in lms.HARD_NEGATIVES
        )

    benign = [doc for doc in _docs() if not doc.injected]
    assert sum(map(has_hard_negative, benign)) * 3 >= 2 * len(benign)


def test_hard_negatives_are_varied_and_share_the_attack_vocabulary() -> None:
    sentences = lms.HARD_NEGATIVES
    assert len(sentences) >= 120
    assert len(set(sentences)) == len(sentences)
    assert not any('"' in sentence or "\n" in sentence for sentence in sentences)
    assert sum(bool(AI_VOCABULARY.search(sentence)) for sentence in sentences) >= 25
    text = "\n".join(doc.text for doc in _docs())
    uses = [text.count(sentence) for sentence in sentences]
    assert min(uses) >= 1
    assert max(uses) <= 6


def test_no_hard_negative_is_marked_as_an_attack() -> None:
    for doc in _docs():
        if doc.injected:
            assert not any(sentence in _passage(doc) for sentence in lms.HARD_NEGATIVES)


def test_every_carrier_appears_in_both_kinds_of_document() -> None:
    injected = {doc.carrier for doc in _docs() if doc.injected}
    benign = {doc.carrier for doc in _docs() if not doc.injected}
    assert injected == benign == set(lms.CARRIERS)
    assert len(lms.CARRIERS) >= 15
