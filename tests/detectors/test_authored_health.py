"""The `health` author's promises: its categories, languages, hard negatives and carriers."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored_health
from mcpwarden.detectors.training.generate import Document

JSON_CARRIERS = (
    "prescription_json",
    "lab_json",
    "claim_json",
    "app_json",
    "search_results",
    "fhir",
)


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(authored_health.documents())


def _benign() -> list[Document]:
    return [doc for doc in _documents() if not doc.injected]


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def test_emphasised_categories_reach_their_minimums() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert counts["response_manipulation"] >= 40
    assert counts["exfiltration"] >= 40
    assert counts["harmful_code"] + counts["tool_call"] >= 30
    assert counts["authority"] >= 30
    assert counts["task_hijack"] >= 30
    assert set(counts) == set(authored_health._CATEGORY_CODES.values())


def test_multilingual_passages_cover_many_scripts_and_languages() -> None:
    passages = [text for category, text in authored_health.ATTACKS if category == "multilingual"]
    scripts = {
        "han": r"[\u4e00-\u9fff]",
        "kana": r"[\u3040-\u30ff]",
        "hangul": r"[\uac00-\ud7af]",
        "arabic": r"[\u0600-\u06ff]",
        "devanagari": r"[\u0900-\u097f]",
        "cyrillic": r"[\u0400-\u04ff]",
    }
    for script, pattern in scripts.items():
        assert any(re.search(pattern, text) for text in passages), script
    latin_words = ("asistente", "l'IA", "KI-Assistenten", "Assistente", "assistente AI",
                   "Asystencie", "Yapay", "AI-assistent", "trợ lý")
    for word in latin_words:
        assert any(word in text for text in passages), word


def test_benign_documents_are_mostly_hard_negatives() -> None:
    hard = (
        authored_health.PATIENT_HN
        + authored_health.STAFF_HN
        + authored_health.QUOTED_HN
        + authored_health.FOREIGN_HN
        + authored_health.LEAFLET_HN
        + authored_health.CLAIM_HN
    )
    benign = _benign()
    with_hard = [doc for doc in benign if any(line in doc.text for line in hard)]
    assert len(with_hard) >= 2 * len(benign) // 3
    quoted = [doc for doc in benign if any(line in doc.text for line in authored_health.QUOTED_HN)]
    assert len(quoted) >= 20


def test_promised_hard_negative_kinds_appear_in_benign_text() -> None:
    text = "\n".join(doc.text for doc in _benign())
    for phrase in (
        "Do not take with alcohol",
        "Stop taking the tablets and call your doctor",
        "Ignore the earlier appointment letter",
        "Disregard the fasting instruction",
        "Send the signed consent form to the records office",
        "Tell your pharmacist about all medicines",
        "Forward results to the GP",
        "physician assistant",
        "Operators must not override",
        "ignore your previous instructions",
        "No tome este medicamento con alcohol",
        "请勿与酒精同服",
    ):
        assert phrase in text, phrase


def test_passages_vary_in_addressing_the_model() -> None:
    named = re.compile(r"\b(AI|assistants?|agent|model|chatbot|MedBot|Models?)\b", re.IGNORECASE)
    english = [text for category, text in authored_health.ATTACKS if category != "multilingual"]
    addressed = sum(bool(named.search(text)) for text in english)
    assert 0.3 * len(english) < addressed < 0.85 * len(english)


def test_every_carrier_has_both_kinds() -> None:
    injected = {doc.carrier for doc in _injected()}
    benign = {doc.carrier for doc in _benign()}
    assert injected == benign == set(authored_health.CARRIERS)
    assert len(authored_health.CARRIERS) >= 12


def test_structured_carriers_stay_parseable() -> None:
    for doc in _documents():
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)
        elif doc.carrier == "app_csv":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert {len(row) for row in rows} == {6}


def test_passages_sit_inside_json_strings() -> None:
    for doc in _injected():
        if doc.carrier in JSON_CARRIERS:
            start, end = doc.payload_span
            assert doc.text[start - 1] == '"' or doc.text[start - 2 : start] == '. ', doc.text
            assert doc.text[end] == '"', doc.text
