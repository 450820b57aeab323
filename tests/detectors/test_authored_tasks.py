"""Checks particular to the `tasks` author (generic checks live in test_authored.py)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_tasks
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_tasks.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_counts_and_category_quotas(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    benign = [d for d in docs if not d.injected]
    assert len(injected) >= 260
    assert len(benign) >= 360
    per_category = Counter(d.category for d in injected)
    for category, minimum in {
        "exfiltration": 40,
        "tool_call": 40,
        "task_hijack": 30,
        "authority": 30,
        "response_manipulation": 30,
    }.items():
        assert per_category[category] >= minimum, category
    assert set(per_category) == authored.CATEGORIES
    distinct = Counter(" ".join(_passage(d).split()) for d in injected)
    assert len(distinct) >= 200
    assert max(distinct.values()) <= 2


def test_passages_are_hand_written_once() -> None:
    flat = [p for passages in authored_tasks._PASSAGES.values() for p in passages]
    assert len(flat) == len(set(flat))
    # no two passages share their opening five words (not templates with swapped nouns)
    openings = Counter(" ".join(p.lower().split()[:5]) for p in flat)
    assert max(openings.values()) == 1


def test_task_and_automation_carriers(docs: list[Document]) -> None:
    carriers = {d.carrier for d in docs}
    assert len(carriers) >= 12
    for name in (
        "jira_json",
        "trello_card_json",
        "linear_json",
        "calendar_ics",
        "crontab",
        "github_actions_yaml",
        "home_assistant_yaml",
        "zapier_json",
        "sieve_filters",
        "rpa_script",
        "mailmerge_template",
        "scheduled_report",
    ):
        assert name in carriers
    # every carrier holds both injected and benign documents, so the carrier is no label
    for name in carriers:
        kinds = {d.injected for d in docs if d.carrier == name}
        assert kinds == {True, False}, name


def test_multilingual_passages_cover_many_languages(docs: list[Document]) -> None:
    texts = [_passage(d) for d in docs if d.category == "multilingual"]
    scripts = {
        "cjk": r"[\u4e00-\u9fff]",
        "kana": r"[\u3040-\u30ff]",
        "hangul": r"[\uac00-\ud7af]",
        "cyrillic": r"[\u0400-\u04ff]",
        "arabic": r"[\u0600-\u06ff]",
        "devanagari": r"[\u0900-\u097f]",
    }
    for name, pattern in scripts.items():
        assert any(re.search(pattern, t) for t in texts), name
    latin_markers = {
        "de": "Assistent",
        "fr": "utilisateur",
        "es": "facturas",
        "pt": "usuário",
        "it": "assistente",
        "nl": "gebruiker",
        "pl": "Asystencie",
        "tr": "Yapay zekâ",
        "sv": "användarens",
    }
    for lang, marker in latin_markers.items():
        assert any(marker in t for t in texts), lang


def test_benign_documents_are_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [d for d in docs if not d.injected]
    hard_items = [
        authored_tasks._HARD[i].split("{")[0].strip()
        for i in range(len(authored_tasks._HARD))
        if len(authored_tasks._HARD[i].split("{")[0].strip()) >= 20
    ]
    hard = [d for d in benign if any(h in d.text for h in hard_items)]
    assert len(hard) * 3 >= len(benign) * 2
    # orders to people and automations, role words and ordinary 'ignore/forget' are all present
    joined = "\n".join(d.text for d in benign)
    for phrase in (
        "Ignore tickets tagged spam",
        "Forward all receipts",
        "Ask the assistant to book the room",
        "on-call admin",
        "When a form is submitted",
        "ignore previous instructions",
        "Bot settings",
    ):
        assert phrase in joined, phrase
    # benign texts name the assistant too, so naming it is no giveaway
    naming = re.compile(r"\b(assistant|agent|bot|AI|copilot)\b", re.IGNORECASE)
    assert sum(bool(naming.search(d.text)) for d in benign) >= len(benign) // 4


def test_passages_vary_in_position_and_addressee(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    starts = sum(d.payload_span[0] < 0.15 * len(d.text) for d in injected)
    ends = sum(d.payload_span[1] > 0.85 * len(d.text) for d in injected)
    assert starts >= 20
    assert ends >= 20
    naming = re.compile(r"\b(assistant|agent|model|AI|bot|copilot|LLM)\b", re.IGNORECASE)
    unnamed = [d for d in injected if not naming.search(_passage(d))]
    assert len(unnamed) >= 30
