"""Checks particular to the `voice` author (the generic author checks live elsewhere)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_voice
from mcpwarden.detectors.training.generate import Document

# Hard negatives this author promises: people ordering their own assistants and devices about,
# IVR menus, dictated reminders, device and system messages, warnings that quote attacks.
_PROMISED_HARD_NEGATIVES = (
    "Alexa, ",
    "Hey Google, ",
    "Siri, forget this network.",
    "Assistant, cancel my 7 am alarm.",
    "Computer, read my e-mails.",
    "Press 1 to",
    "Say 'agent'",
    "Note to self:",
    "SYSTEM: firmware updated",
    "Sorry, I didn't catch that.",
    "ignore what your bank told you",
    "MeetBot: Recording started.",
    "Double-tap to activate.",
)
_HARD_NEGATIVE = re.compile(
    r"\b(ignore|disregard|forget|must|do not|don't|never|send|forward|call|click|contact|please"
    r"|system|assistant|admin|cancel|delete|unlock|disarm|press|say|report)\b|@|https?://",
    re.IGNORECASE,
)
_NAMES_THE_AI = re.compile(r"\b(assistant|agent|model|AI|bot|summariser)\b", re.IGNORECASE)
# Script of each promised language in the multilingual passages.
_SCRIPTS = {
    "Japanese": r"[\u3040-\u30ff]",
    "Chinese": r"[\u4e00-\u9fff]",
    "Korean": r"[\uac00-\ud7af]",
    "Cyrillic": r"[\u0400-\u04ff]",
    "Arabic": r"[\u0600-\u06ff]",
    "Devanagari": r"[\u0900-\u097f]",
}
_LATIN_LANGUAGES = {
    "German": "Ignoriere",
    "Spanish": "transcripción",
    "French": "résume",
    "Italian": "dimentica",
    "Portuguese": "obedeça",
    "Dutch": "verwijder",
    "Polish": "zignoruj",
    "Turkish": "yapay zekâ",
    "Swedish": "sammanfattar",
}


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_voice.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_volumes_and_category_floors(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    assert len(injected) >= 260
    assert len(docs) - len(injected) >= 360
    passages = Counter(" ".join(_passage(d).split()) for d in injected)
    assert len(passages) >= 200
    assert max(passages.values()) <= 2
    counts = Counter(d.category for d in injected)
    floors = {"tool_call": 40, "fake_role": 40, "task_hijack": 30}
    floors |= {"exfiltration": 30, "authority": 30}
    for category, floor in floors.items():
        assert counts[category] >= floor, category
    assert set(counts) == set(authored_voice.PASSAGES)


def test_every_carrier_has_both_kinds(docs: list[Document]) -> None:
    assert len(authored_voice.CARRIERS) >= 12
    for carrier in authored_voice.CARRIERS:
        kinds = {d.injected for d in docs if d.carrier == carrier}
        assert kinds == {True, False}, carrier


def test_promised_hard_negatives_are_in_the_benign_set(docs: list[Document]) -> None:
    benign = "\n".join(d.text for d in docs if not d.injected)
    for phrase in _PROMISED_HARD_NEGATIVES:
        assert phrase in benign, phrase
    hard = sum(bool(_HARD_NEGATIVE.search(d.text)) for d in docs if not d.injected)
    assert hard * 3 >= 2 * sum(not d.injected for d in docs)


def test_attack_slots_also_hold_benign_text(docs: list[Document]) -> None:
    """The places a passage goes (feedback box, operator note, unknown voice) are not a tell."""
    benign = [d.text for d in docs if not d.injected]
    for marker in ("feedback_text: ", "operator note", "Voice Match: unrecognised speaker"):
        assert any(marker in text for text in benign), marker


def test_multilingual_passages_cover_promised_languages(docs: list[Document]) -> None:
    passages = "\n".join(_passage(d) for d in docs if d.category == "multilingual")
    for language, script in _SCRIPTS.items():
        assert re.search(script, passages), language
    for language, word in _LATIN_LANGUAGES.items():
        assert word in passages, language


def test_benign_records_also_speak_other_languages(docs: list[Document]) -> None:
    benign = "\n".join(d.text for d in docs if not d.injected)
    for script in ("[\u3040-\u30ff]", "[\u0400-\u04ff]"):
        assert re.search(script, benign)
    assert "schalte das Licht" in benign


def test_passages_vary_in_addressing_the_ai(docs: list[Document]) -> None:
    passages = {_passage(d) for d in docs if d.injected}
    naming = sum(bool(_NAMES_THE_AI.search(p)) for p in passages)
    assert 0.3 * len(passages) < naming < 0.9 * len(passages)


def test_structured_carriers_parse(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier.endswith("_json"):
            json.loads(doc.text)
        elif doc.carrier.endswith("_csv"):
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert len({len(row) for row in rows}) == 1, doc.carrier


def test_passage_lies_inside_one_record(docs: list[Document]) -> None:
    """A passage is a field or a line of the record, not spread over the document."""
    for doc in docs:
        if doc.injected:
            start, end = doc.payload_span
            assert 0 < end - start < len(doc.text)
            assert doc.text.count(_passage(doc)) == 1
