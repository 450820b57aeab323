"""Checks particular to the `gaming` author (the generic author checks live in
test_authored.py)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_gaming as gaming
from mcpwarden.detectors.training.generate import Document

GIVEAWAYS = re.compile(
    r"ignor|disregard|previous instructions|system prompt|assistant|chatbot|model", re.I
)
GIVEAWAY_AI = re.compile(r"\b(AI|LLM|IA|KI|ИИ)\b")
SHOUT_WORD = re.compile(r"\b[A-Z]{5,}\b")
SHOUT_RUN = re.compile(r"\b[A-Z]{3,}\b\W+\b[A-Z]{3,}\b")
MIN_PER_CATEGORY = 12


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(gaming.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _plain(doc: Document) -> str:
    """The passage as written (JSON carriers hold it escaped inside a string)."""
    if doc.carrier in ("bug_report", "quest_file"):
        return _norm(json.loads(f'"{_passage(doc)}"'))
    return _norm(_passage(doc))


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


def _is_careful(text: str) -> bool:
    return not (
        GIVEAWAYS.search(text)
        or GIVEAWAY_AI.search(text)
        or SHOUT_WORD.search(text)
        or SHOUT_RUN.search(text)
    )


def _appears(sentence: str, text: str) -> bool:
    return sentence in text or json.dumps(sentence, ensure_ascii=False)[1:-1] in text


def test_every_category_is_used_enough() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= MIN_PER_CATEGORY


def test_every_written_passage_is_used_and_matches_its_category() -> None:
    by_text = {_norm(p.text): p for p in gaming.PASSAGES}
    assert len(by_text) == len(gaming.PASSAGES), "a passage was written twice"
    seen = set()
    for doc in _injected():
        passage = _plain(doc)
        assert passage in by_text, passage[:60]
        assert by_text[passage].category == doc.category
        seen.add(passage)
    assert seen == set(by_text)


def test_a_written_passage_is_used_at_most_twice_whatever_its_escaping() -> None:
    assert max(Counter(_plain(doc) for doc in _injected()).values()) <= 2


def test_reused_passages_move_to_another_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _injected():
        carriers[_plain(doc)].append(doc.carrier)
    reused = [names for names in carriers.values() if len(names) == 2]
    assert len(reused) >= 40
    assert all(names[0] != names[1] for names in reused)


def test_at_least_half_of_the_passages_are_careful() -> None:
    careful = [p for p in gaming.PASSAGES if p.careful]
    assert len(careful) * 2 >= len(gaming.PASSAGES)
    for passage in careful:
        assert _is_careful(passage.text), passage.text[:70]


def test_careful_passages_exist_in_every_category() -> None:
    careful = Counter(p.category for p in gaming.PASSAGES if p.careful)
    assert set(careful) == authored.CATEGORIES
    assert min(careful.values()) >= 8


def test_blunt_passages_are_actually_blunt() -> None:
    """Blunt passages use a giveaway word, shout, or fake a chat-template turn."""
    for passage in gaming.PASSAGES:
        if not passage.careful:
            fake_turn = "<|im_start|>" in passage.text
            assert fake_turn or not _is_careful(passage.text), passage.text[:70]


def test_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    benign = _benign()
    hard = [
        doc
        for doc in benign
        if any(_appears(s, doc.text) for s in gaming.HARD_NEGATIVES[doc.carrier])
    ]
    assert len(hard) * 3 >= len(benign) * 2


def test_hard_negatives_carry_attack_vocabulary() -> None:
    pool = [s for sentences in gaming.HARD_NEGATIVES.values() for s in sentences]
    assert len(pool) >= 120
    assert len(set(pool)) == len(pool)
    looks_like_attack = [s for s in pool if GIVEAWAYS.search(s) or GIVEAWAY_AI.search(s)]
    assert len(looks_like_attack) >= 30
    # quest givers and NPCs give the player orders; those must stay benign
    assert any(s.startswith("Ignore the guards") for s in gaming.HARD_NEGATIVES["quest_file"])


def test_hard_negatives_are_not_overused() -> None:
    uses: Counter[str] = Counter()
    for doc in _benign():
        for sentence in gaming.HARD_NEGATIVES[doc.carrier]:
            uses[sentence] += _appears(sentence, doc.text)
    assert max(uses.values()) <= 6


def test_every_carrier_carries_both_kinds() -> None:
    assert {doc.carrier for doc in _injected()} == set(gaming.CARRIERS)
    assert {doc.carrier for doc in _benign()} == set(gaming.CARRIERS)
    assert len(gaming.CARRIERS) >= 12


def test_json_carriers_stay_valid_json() -> None:
    for doc in _docs():
        if doc.carrier in ("bug_report", "quest_file"):
            json.loads(doc.text)


def test_multilingual_passages_are_not_english() -> None:
    for passage in gaming.PASSAGES:
        if passage.category == "multilingual":
            assert not re.search(r"\b(the|and|whoever|must)\b", passage.text), passage.text[:60]
