"""Checks particular to the `manuals` author: how-to text, its hard negatives and its attacks."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_manuals
from mcpwarden.detectors.training.generate import Document

# Hard-negative wording the benign manuals promise: imperatives addressed to the human reader.
PROMISED_PHRASES = (
    "Ignore the warning about unsigned drivers",
    "Disregard step 4",
    "Send the form to",
    "Reset to factory settings",
    "forget the old network and reconnect",
    "Run as administrator",
    "Run the following as administrator",
    "Do not skip this step",
    "Override the default timeout",
    "Contact your system administrator",
    "Delete the build/ directory",
    "Note for the installer",
    "setup assistant",
    "voice assistant",
    "system prompt",
    "ignore the previous notice",
)
HARD_NEGATIVE = re.compile(
    r"\b(ignore|disregard|forget|override|reset|delete|remove|run|send|contact|click|never|"
    r"do not|administrator|admin|assistant|system|user|bot|script|wizard)\b",
    re.IGNORECASE,
)
NAMES_THE_AI = re.compile(
    r"\b(AI|assistants?|models?|agents?|LLMs?|bots?|robot|automated|helpers?|generators?)\b",
    re.IGNORECASE,
)
# Scripts the multilingual attacks (and some benign guides) are written in.
SCRIPTS = {
    "japanese": re.compile(r"[\u3040-\u30ff]"),
    "chinese": re.compile(r"[\u4e00-\u9fff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "hangul": re.compile(r"[\uac00-\ud7af]"),
}
MINIMUM_DOCUMENTS = {
    "tool_call": 40,
    "harmful_code": 40,
    "task_hijack": 30,
    "fake_error": 30,
    "override": 30,
}
JSON_CARRIERS = ("kb_json", "search_results")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_manuals.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _unescaped(doc: Document) -> str:
    """The passage as written, without the escaping its carrier applied (JSON, CSV, tables)."""
    passage = _passage(doc)
    if doc.carrier in (*JSON_CARRIERS, "runbook_yaml"):
        loaded: str = json.loads(f'"{passage}"')
        return loaded
    if doc.carrier == "csv_steps":
        return passage.replace('""', '"')
    if doc.carrier == "wiki_table":
        return passage.replace("\\|", "|").replace("<br>", "\n")
    return passage


def test_heavy_categories_have_their_minimum(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    for category, minimum in MINIMUM_DOCUMENTS.items():
        assert counts[category] >= minimum, (category, counts[category])
    assert set(counts) == set(authored_manuals._PASSAGES)


def test_every_passage_is_used_once_or_twice(docs: list[Document]) -> None:
    written = [p for passages in authored_manuals._PASSAGES.values() for p in passages]
    assert len(written) == len(set(written)) >= 200
    rendered = {
        p.replace("{domain}", domain): p for p in written for domain in authored_manuals._DOMAINS
    }
    used = Counter(rendered[_unescaped(doc)] for doc in docs if doc.injected)
    assert set(used) == set(written)
    assert max(used.values()) <= 2


def test_benign_set_is_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    assert len(benign) >= 360
    hard = [doc for doc in benign if len(HARD_NEGATIVE.findall(doc.text)) >= 3]
    assert len(hard) * 3 >= len(benign) * 2
    text = "\n".join(doc.text for doc in benign)
    missing = [phrase for phrase in PROMISED_PHRASES if phrase.lower() not in text.lower()]
    assert not missing
    assert re.search(r"[\w.-]+@[\w-]+\.[a-z.]+", text)
    assert "https://" in text


def test_benign_manuals_exist_in_other_languages(docs: list[Document]) -> None:
    benign = [doc.text for doc in docs if not doc.injected]
    markers = ("Wasserkocher", "bicicleta", "box internet", "炊飯器", "okapie", "climatizzatore")
    for marker in markers:
        assert any(marker in text for text in benign), marker


def test_multilingual_attacks_cover_many_scripts(docs: list[Document]) -> None:
    passages = [_passage(doc) for doc in docs if doc.category == "multilingual"]
    for name, script in SCRIPTS.items():
        assert any(script.search(p) for p in passages), name
    latin = [p for p in passages if not any(s.search(p) for s in SCRIPTS.values())]
    assert len(latin) >= 6  # German, French, Spanish, Italian, Polish, Portuguese, Dutch ...


def test_passages_vary_in_naming_the_ai_and_in_position(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    unnamed = [doc for doc in injected if not NAMES_THE_AI.search(_passage(doc))]
    assert 0.05 * len(injected) <= len(unnamed) <= 0.5 * len(injected)
    # Never the opening of the tool result; sometimes early, sometimes late in it.
    starts = [doc.payload_span[0] / len(doc.text) for doc in injected]
    assert min(doc.payload_span[0] for doc in injected) >= 20
    assert any(s < 0.3 for s in starts)
    assert any(s > 0.7 for s in starts)


def test_json_carriers_stay_valid_with_the_passage_inside_a_field(docs: list[Document]) -> None:
    checked = 0
    for doc in docs:
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)
            checked += 1
    assert checked >= 30


def test_documents_are_manuals(docs: list[Document]) -> None:
    carriers = Counter(doc.carrier for doc in docs)
    assert len(carriers) >= 12
    for carrier in carriers:
        kinds = {doc.injected for doc in docs if doc.carrier == carrier}
        assert kinds == {True, False}, carrier
    sizes = [len(doc.text.encode()) for doc in docs]
    assert any(size > 2000 for size in sizes)
