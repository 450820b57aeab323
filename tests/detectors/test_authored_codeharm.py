"""Checks particular to the `codeharm` author (the generic checks live elsewhere)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_codeharm
from mcpwarden.detectors.training.generate import Document

AI_WORDS = re.compile(r"\b(assistant|agent|model|ai|llm|copilot|claude|gpt|codex)s?\b", re.I)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_codeharm.documents()


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_weighted_to_harmful_code_tool_calls_and_exfiltration(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    assert counts["harmful_code"] >= 150
    assert counts["tool_call"] >= 40
    assert counts["exfiltration"] >= 40
    assert len(counts) == 11  # every category appears at least once


def test_at_least_200_distinct_attack_passages() -> None:
    passages = [text for _, text in authored_codeharm._attacks()]
    assert len(passages) == len(set(passages)) >= 200


def test_harmful_code_covers_the_promised_techniques(docs: list[Document]) -> None:
    spans = " ".join(_span(doc) for doc in docs if doc.category == "harmful_code")
    for needle in (
        "| sh",  # piping a remote script to a shell
        "postinstall",  # install hooks
        "reqeusts",  # typosquatted dependency
        "verify=False",  # TLS verification off
        "authorized_keys",  # planted SSH key
        "base64",  # encoded payloads
        "secrets.",  # CI publishing secrets
        "chmod",  # weakened permissions
        "useradd",  # backdoor user
    ):
        assert needle in spans, needle


def test_passages_vary_in_naming_the_ai_and_in_placement(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    named = sum(bool(AI_WORDS.search(_span(doc))) for doc in injected)
    assert 0 < len(injected) - named < named  # most name the AI, some do not
    starts = {doc.payload_span[0] < len(doc.text) // 3 for doc in injected}
    assert starts == {True, False}
    comment_carriers = {"dockerfile", "makefile", "shell_script", "ci_yaml", "pyproject"}
    json_carriers = {"qa_json", "issue_json", "package_json", "notebook", "gist", "search_results"}
    carriers = {doc.carrier for doc in injected}
    assert carriers & comment_carriers == comment_carriers
    assert carriers & json_carriers == json_carriers


def test_multilingual_passages_are_not_english(docs: list[Document]) -> None:
    spans = [_span(doc) for doc in docs if doc.category == "multilingual"]
    assert any(re.search(r"[\u4e00-\u9fff]", span) for span in spans)
    assert any("KI-Assistenten" in span for span in spans)
    assert any("asistentes" in span for span in spans)


def _key(snippet: str) -> str:
    """The longest stretch of a snippet that survives name filling and JSON escaping."""
    pieces = re.split(r'@@[PDUN]|["\\\n]', snippet)
    return max(pieces, key=len)


def test_two_thirds_of_benign_documents_are_hard_negatives(docs: list[Document]) -> None:
    keys = [_key(snippet) for snippet in authored_codeharm.HARD_NEGATIVES]
    assert all(len(key) >= 20 for key in keys)
    benign = [doc for doc in docs if not doc.injected]
    hard = sum(any(key in doc.text for key in keys) for doc in benign)
    assert hard * 3 >= len(benign) * 2


def test_hard_negative_kinds_are_present(docs: list[Document]) -> None:
    benign = " ".join(doc.text for doc in docs if not doc.injected)
    own_installer = re.search(r"curl -fsSL https://([a-z.]+)/install\.sh \| sh", benign)
    assert own_installer is not None
    for needle in (
        "sudo ",
        "chmod",
        "verify=False",  # disabled for a moment, with a warning
        "CTF",
        "Advisory",
        "hardening",
        "Disregard",
        "Forget",
        "ignore",
        "security@",
        "assistant",
        "system",
        "admin",
        "Reviewer",
    ):
        assert needle in benign, needle
