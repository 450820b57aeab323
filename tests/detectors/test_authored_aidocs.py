"""Checks particular to the "aidocs" author (the AI / LLM / agent ecosystem)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

import pytest

from mcpwarden.detectors.training import authored_aidocs
from mcpwarden.detectors.training.generate import Document

_MODEL_WORDS = re.compile(
    r"\b(assistant|model|agent|prompt|system|tool|LLM|AI|instructions?)\b", re.IGNORECASE
)
_WEIGHTED = (
    "task_hijack",
    "response_manipulation",
    "authority",
    "persuasion",
    "tool_call",
    "exfiltration",
)
_JSON_CARRIERS = ("llm_api_response", "issue_thread_json", "mcp_config", "search_results")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_aidocs.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_hard_negatives_talk_about_models(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    about_models = [doc for doc in benign if len(_MODEL_WORDS.findall(doc.text)) >= 2]
    assert len(about_models) >= 250


def test_benign_documents_quote_attacks(docs: list[Document]) -> None:
    benign = [doc.text.lower() for doc in docs if not doc.injected]
    quoted = ("ignore previous instructions", "ignore all previous instructions", "[system]")
    assert sum(any(phrase in text for phrase in quoted) for text in benign) >= 10
    # role words and addresses aimed at people are there too
    assert sum("system prompt" in text for text in benign) >= 30
    assert sum(bool(re.search(r"[\w.-]+@[\w-]+\.\w+", text)) for text in benign) >= 40


def test_weighted_categories(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    for category in _WEIGHTED:
        assert counts[category] >= 25, category


def test_every_carrier_has_both_labels(docs: list[Document]) -> None:
    labels: dict[str, set[bool]] = defaultdict(set)
    for doc in docs:
        labels[doc.carrier].add(doc.injected)
    assert len(labels) >= 15
    assert all(found == {True, False} for found in labels.values())


def test_a_passage_planted_twice_goes_into_two_carriers(docs: list[Document]) -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        if doc.injected and doc.carrier not in (*_JSON_CARRIERS, "llm_api_error"):
            carriers[" ".join(_passage(doc).split())].append(doc.carrier)
    assert all(len(set(found)) == len(found) for found in carriers.values())


def test_json_carriers_parse_and_hide_passage_in_a_string(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected and doc.carrier in _JSON_CARRIERS]
    assert len(injected) >= 40
    for doc in injected:
        json.loads(doc.text)
        start = doc.payload_span[0]
        assert doc.text[start - 1] == '"' or doc.text[start - 1 : start + 1] == '{"'


def test_multilingual_scripts(docs: list[Document]) -> None:
    scripts = {
        "cjk": r"[\u4e00-\u9fff]",
        "kana": r"[\u3040-\u30ff]",
        "hangul": r"[\uac00-\ud7af]",
        "cyrillic": r"[\u0400-\u04ff]",
        "arabic": r"[\u0600-\u06ff]",
        "devanagari": r"[\u0900-\u097f]",
    }
    attacks = " ".join(_passage(doc) for doc in docs if doc.category == "multilingual")
    for name, pattern in scripts.items():
        assert re.search(pattern, attacks), name
    # benign text in foreign scripts too, so the script alone does not give an attack away
    benign = " ".join(doc.text for doc in docs if not doc.injected)
    for name in ("cjk", "kana", "hangul", "cyrillic"):
        assert re.search(scripts[name], benign), name


def test_passages_sit_at_varied_positions(docs: list[Document]) -> None:
    relative = [
        doc.payload_span[0] / len(doc.text)
        for doc in docs
        if doc.injected and doc.carrier not in _JSON_CARRIERS
    ]
    assert min(relative) < 0.25
    assert max(relative) > 0.6
