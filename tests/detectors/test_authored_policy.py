"""Checks particular to the policy-domain training author (generic checks live elsewhere)."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_policy
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_policy.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_promised_category_minimums(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    minimums = {
        "response_manipulation": 40,
        "authority": 40,
        "task_hijack": 30,
        "exfiltration": 30,
        "override": 30,
    }
    for category, minimum in minimums.items():
        assert counts[category] >= minimum, category
    assert set(counts) == set(authored_policy._CATEGORY_LISTS)


def test_multilingual_passages_cover_many_scripts(docs: list[Document]) -> None:
    passages = " ".join(_passage(doc) for doc in docs if doc.category == "multilingual")
    scripts = {
        "german": "Anweisungen",
        "spanish": "asistentes de IA",
        "french": "consignes",
        "japanese": "アシスタント",
        "chinese": "忽略",
        "russian": "инструкции",
        "korean": "사용자",
        "arabic": "التعليمات",
        "polish": "regulamin",
    }
    missing = [name for name, marker in scripts.items() if marker not in passages]
    assert not missing


def test_crawler_files_are_well_formed(docs: list[Document]) -> None:
    robots = [doc for doc in docs if doc.carrier == "robots_txt"]
    assert any(not doc.injected for doc in robots) and any(doc.injected for doc in robots)
    for doc in robots:
        assert "User-agent: *" in doc.text and "Disallow: /" in doc.text
        assert "Sitemap: https://" in doc.text
    for doc in docs:
        if doc.carrier == "llms_txt":
            assert doc.text.startswith("# ") and "\n> " in doc.text and "## Docs" in doc.text


def test_json_carriers_parse_and_hold_the_passage_in_a_string(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier in ("api_terms_json", "search_results"):
            data = json.loads(doc.text)
            if doc.injected:
                strings = json.dumps(data, ensure_ascii=False)
                assert _passage(doc) in strings


def test_benign_documents_are_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    rule = re.compile(
        r"\b(must not|may not|shall|prohibited|not permitted|do not|never|must|ignore|disregard"
        r"|forget|will be rejected|are not tolerated)\b",
        re.IGNORECASE,
    )
    role = re.compile(r"\b(assistant|agent|system|administrator|admin|user|bot|AI)s?\b", re.I)
    hard = [doc for doc in benign if rule.search(doc.text) and role.search(doc.text)]
    assert len(hard) * 3 >= len(benign) * 2
    # quoted attacks addressed to people, and rules for AI agents written for humans, occur benignly
    assert any("Ignore previous instructions from IT" in doc.text for doc in benign)
    assert any("Note to AI crawlers" in doc.text for doc in benign)
    assert any('"Assistant" means' in doc.text for doc in benign)


def test_passages_sit_inside_the_policy_body(docs: list[Document]) -> None:
    # the passage is placed among the clauses, not always at the very start or end
    inner = 0
    for doc in docs:
        if doc.injected:
            start, end = doc.payload_span
            assert 0 < start < end <= len(doc.text)
            inner += end < len(doc.text.rstrip()) - 40
    assert inner > 0.6 * sum(doc.injected for doc in docs)
