"""Checks particular to the `travel` author (the generic author checks live elsewhere)."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_travel
from mcpwarden.detectors.training.generate import Document

# Phrases the traveller-facing hard negatives promise to carry.
_PROMISED_HARD_NEGATIVES = (
    "Ignore the earlier confirmation",
    "Disregard the gate shown on your boarding pass",
    "Send a copy of your passport",
    "Forward this e-mail",
    "Do not reply to this message",
    "call the front desk",
    "You must present",
    "SYSTEM NOTICE",
    "booking assistant",
    "must not",
)
_HARD_NEGATIVE = re.compile(
    r"\b(ignore|disregard|forget|must|do not|don't|never|send|forward|call|click|contact|please"
    r"|system|assistant|admin|report|cancel|bring|required|prohibited|not allowed)\b|@|https?://",
    re.IGNORECASE,
)
_NAMES_THE_AI = re.compile(r"\b(assistant|agents?|model|AI|bots?|LLM|automation)\b", re.IGNORECASE)
# One character class per script the multilingual passages are promised to use.
_SCRIPTS = {
    "japanese": "[\u3040-\u30ff]",
    "chinese": "[\u4e00-\u9fff]",
    "cyrillic": "[\u0400-\u04ff]",
    "arabic": "[\u0600-\u06ff]",
    "hebrew": "[\u0590-\u05ff]",
    "hangul": "[\uac00-\ud7af]",
    "greek": "[\u0370-\u03ff]",
    "thai": "[\u0e00-\u0e7f]",
    "devanagari": "[\u0900-\u097f]",
}
_LATIN_LANGUAGES = (
    "réserve",  # French
    "olvida",  # Spanish
    "KI-Assistenten",  # German
    "assistente virtuale",  # Italian
    "modelo de IA",  # Portuguese
    "Yapay zeka",  # Turkish
    "AI-assistent:",  # Dutch
    "Asystencie",  # Polish
    "asisten AI",  # Indonesian
    "trợ lý",  # Vietnamese
    "Till AI-assistenten",  # Swedish
    "asistenta AI",  # Czech
    "msaidizi",  # Swahili
)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_travel.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_category_minimums(docs: list[Document]) -> None:
    counts = Counter(d.category for d in docs if d.injected)
    assert counts["task_hijack"] >= 40
    assert counts["tool_call"] >= 40
    assert counts["exfiltration"] >= 30
    assert counts["response_manipulation"] >= 30
    assert counts["fake_error"] >= 30
    assert set(counts) == set(authored.CATEGORIES)


def test_hand_written_passages_are_many_and_reused_at_most_twice(docs: list[Document]) -> None:
    written = [p for _, passages, _ in authored_travel._ATTACKS for p in passages]
    assert len(written) == len(set(written)) >= 200
    uses = Counter(_passage(d) for d in docs if d.injected)
    # JSON and CSV carriers escape a passage, so compare it without its escapes.
    plain = Counter(p.replace('\\"', '"').replace('""', '"').replace("\\n", " ") for p in uses)
    assert max(plain.values()) <= 2
    assert sum(d.injected for d in docs) >= 260
    assert sum(not d.injected for d in docs) >= 360


def test_benign_set_is_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [d for d in docs if not d.injected]
    openings = [s[:40] for pool in authored_travel._HN_POOLS.values() for s in pool]
    hard = [d for d in benign if any(opening in d.text for opening in openings)]
    assert len(hard) * 3 >= len(benign) * 2
    english = [d for d in hard if d.text.isascii()]
    assert sum(bool(_HARD_NEGATIVE.search(d.text)) for d in english) >= 0.95 * len(english)
    for phrase in _PROMISED_HARD_NEGATIVES:
        assert any(phrase.lower() in d.text.lower() for d in benign), phrase


def test_benign_documents_quote_attacks_and_use_other_languages(docs: list[Document]) -> None:
    benign = [d.text for d in docs if not d.injected]
    assert any("assistant, book this property" in t for t in benign)
    assert any("Disregard the platform's payment page" in t for t in benign)
    for script in ("japanese", "chinese", "cyrillic", "hangul"):
        assert any(re.search(_SCRIPTS[script], t) for t in benign), script


def test_multilingual_passages_cover_promised_languages(docs: list[Document]) -> None:
    passages = [_passage(d) for d in docs if d.category == "multilingual"]
    for script, pattern in _SCRIPTS.items():
        assert any(re.search(pattern, p) for p in passages), script
    for marker in _LATIN_LANGUAGES:
        assert any(marker in p for p in passages), marker


def test_passages_vary_in_addressee_and_position(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    named = sum(bool(_NAMES_THE_AI.search(_passage(d))) for d in injected)
    assert named >= len(injected) // 2
    assert len(injected) - named >= 15  # some never name the AI at all
    starts = [d.payload_span[0] / len(d.text) for d in injected]
    ends = [d.payload_span[1] / len(d.text) for d in injected]
    assert sum(s < 0.25 for s in starts) >= 20
    assert sum(0.25 <= s < 0.75 for s in starts) >= 40
    assert sum(e > 0.9 for e in ends) >= 40


def test_json_carriers_hold_the_passage_inside_a_field(docs: list[Document]) -> None:
    json_docs = [d for d in docs if d.injected and d.carrier.endswith("_json")]
    assert len(json_docs) >= 40
    for doc in json_docs:
        parsed = json.loads(doc.text)
        assert isinstance(parsed, dict)
        line_start = doc.text.rfind("\n", 0, doc.payload_span[0]) + 1
        line = doc.text[line_start : doc.text.find("\n", doc.payload_span[1])]
        assert line.lstrip().startswith('"'), line  # a string value of a field


def test_every_carrier_has_both_kinds(docs: list[Document]) -> None:
    by_carrier: dict[str, set[bool]] = {}
    for doc in docs:
        by_carrier.setdefault(doc.carrier, set()).add(doc.injected)
    assert len(by_carrier) >= 12
    assert all(kinds == {True, False} for kinds in by_carrier.values())
