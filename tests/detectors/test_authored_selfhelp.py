"""Checks particular to the self-help / advice / belief author (generic checks live elsewhere)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_selfhelp
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_selfhelp.documents()


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_category_floors(docs: list[Document]) -> None:
    counts = Counter(d.category for d in docs if d.injected)
    floors = {
        "override": 40,
        "persuasion": 40,
        "response_manipulation": 30,
        "task_hijack": 30,
        "authority": 30,
    }
    for category, floor in floors.items():
        assert counts[category] >= floor, (category, counts[category])
    assert set(counts) == set(authored_selfhelp.PASSAGES)


def test_promised_human_overrides_are_benign(docs: list[Document]) -> None:
    benign = "\n".join(d.text for d in docs if not d.injected)
    for phrase in (
        "Forget everything you were taught about money",
        "Ignore the critics",
        "Disregard your old habits",
        "Let go of previous expectations",
        "From now on, you will wake at six",
        "You are now the author of your story",
        "Your new task this week",
        "Stop following rules that no longer serve you",
        "Tell no one your goal",
        "Your inner critic",
        "Your assistant coach",
        "Your system prompt for the day",
    ):
        assert phrase in benign, phrase


def test_most_benign_documents_are_hard_negatives(docs: list[Document]) -> None:
    cue = re.compile(
        r"\b(forget|ignore|disregard|let go|from now on|stop|tell no one|your new task|you are"
        r" now|rule|system|assistant|admin|override|reset|delete|send|click|e-?mail|contact"
        r"|never|do not)\b",
        re.IGNORECASE,
    )
    benign = [d for d in docs if not d.injected]
    hard = sum(bool(cue.search(d.text)) for d in benign)
    assert hard * 3 >= len(benign) * 2, (hard, len(benign))


def test_attacks_mostly_avoid_the_obvious_words() -> None:
    obvious = re.compile(r"\bignor|\binstructions?\b|\bAI\b", re.IGNORECASE)
    passages = [p for texts in authored_selfhelp.PASSAGES.values() for p in texts]
    plain = [p for p in passages if not obvious.search(p)]
    assert len(plain) >= 0.8 * len(passages)
    # ... and many do not name the model at all
    named = re.compile(r"\b(assistant|agent|model|bot|chatbot|AI|helper)\b", re.IGNORECASE)
    assert sum(not named.search(p) for p in passages) >= 30


def test_multilingual_passages_cover_many_scripts(docs: list[Document]) -> None:
    spans = [_span(d) for d in docs if d.category == "multilingual"]
    scripts = {
        "japanese": r"[\u3040-\u30ff]",
        "chinese": r"[\u4e00-\u9fff]",
        "korean": r"[\uac00-\ud7af]",
        "cyrillic": r"[\u0400-\u04ff]",
        "devanagari": r"[\u0900-\u097f]",
        "arabic": r"[\u0600-\u06ff]",
        "spanish": r"\bolvida\b",
        "german": r"\bHinweis\b",
        "french": r"\bl'assistant\b",
        "portuguese": r"\besqueça\b",
        "turkish": r"\basistana\b",
    }
    for name, pattern in scripts.items():
        assert any(re.search(pattern, s) for s in spans), name


def test_passages_sit_in_varied_places(docs: list[Document]) -> None:
    before: Counter[str] = Counter()
    for doc in docs:
        if not doc.injected:
            continue
        prefix = doc.text[: doc.payload_span[0]]
        if prefix.endswith("<!-- "):
            before["html_comment"] += 1
        if prefix.endswith('"text": "'):
            before["json_quote"] += 1
        if prefix.endswith('coach_message="'):
            before["log_field"] += 1
        if prefix.endswith("/* "):
            before["code_comment"] += 1
        if prefix.endswith("P.S. "):
            before["postscript"] += 1
        if "<footer><p>" in prefix[-12:]:
            before["footer"] += 1
    for place in ("html_comment", "json_quote", "log_field", "code_comment", "postscript"):
        assert before[place] >= 2, (place, before)


def test_no_passage_leaks_into_benign_text(docs: list[Document]) -> None:
    benign = "\n".join(d.text for d in docs if not d.injected)
    for texts in authored_selfhelp.PASSAGES.values():
        for passage in texts:
            assert passage[:60] not in benign, passage


def test_injected_and_benign_share_every_carrier(docs: list[Document]) -> None:
    injected = {d.carrier for d in docs if d.injected}
    benign = {d.carrier for d in docs if not d.injected}
    assert injected == benign
    assert len(benign) >= 12
