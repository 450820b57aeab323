"""Checks particular to the "devtools" author: its weighting, languages, carriers and negatives."""

from __future__ import annotations

import ast
import json
import re
import tomllib
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_devtools
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_devtools.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_written_passages_are_all_different() -> None:
    texts = [text for _, text in authored_devtools._records()]
    assert len(texts) >= 200
    assert len(set(texts)) == len(texts)


def test_weighted_to_coding_agent_attacks(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    assert counts["harmful_code"] >= 40
    assert counts["tool_call"] >= 30
    assert counts["exfiltration"] >= 30
    assert counts["task_hijack"] >= 30
    assert counts["fake_error"] >= 20
    assert len(counts) == 11


def test_multilingual_passages_span_many_scripts() -> None:
    scripts = {
        "cjk": re.compile(r"[\u4e00-\u9fff]"),
        "kana": re.compile(r"[\u3040-\u30ff]"),
        "hangul": re.compile(r"[\uac00-\ud7af]"),
        "cyrillic": re.compile(r"[\u0400-\u04ff]"),
        "latin_accented": re.compile(r"[àâçéèêëîïôûùüÿñóíúãõąęłńśźżğışö]"),
    }
    texts = authored_devtools._MULTILINGUAL
    found = {name for name, pattern in scripts.items() for text in texts if pattern.search(text)}
    assert found == set(scripts)


def test_injected_and_benign_share_the_developer_carriers(docs: list[Document]) -> None:
    injected = {doc.carrier for doc in docs if doc.injected}
    benign = {doc.carrier for doc in docs if not doc.injected}
    assert len(injected) >= 15
    assert injected <= benign


def test_structured_carriers_stay_parseable(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier in {"review_comments_json", "package_json"}:
            json.loads(doc.text)
        elif doc.carrier == "pyproject_toml":
            tomllib.loads(doc.text)
        elif doc.carrier in {"python_source", "test_fixture"}:
            ast.parse(doc.text)


def test_passages_hide_in_code_and_config(docs: list[Document]) -> None:
    hidden = Counter(
        doc.carrier
        for doc in docs
        if doc.injected
        and doc.carrier in {"python_source", "dockerfile", "makefile", "workflow_yaml", "git_diff"}
    )
    assert sum(hidden.values()) >= 60
    commented = {"dockerfile", "makefile"}
    for doc in (doc for doc in docs if doc.injected and doc.carrier in commented):
        start, _ = doc.payload_span
        assert doc.text[:start].endswith("# ")


def test_benign_documents_are_hard_negatives(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    words = (
        "run|ignore|disregard|forget|delete|send|email|contact|click|remove|please|never|do not"
        "|don't|admin|system|assistant|agent|model|attack"
    )
    cue = re.compile(rf"\b({words})\b", re.IGNORECASE)
    hard = [doc for doc in benign if cue.search(doc.text)]
    assert len(hard) >= 2 * len(benign) // 3
    fixtures = [doc for doc in benign if doc.carrier == "test_fixture"]
    assert len(fixtures) >= 10
    assert all("ATTACKS = [" in doc.text for doc in fixtures)


def test_benign_pool_holds_addressed_instructions_and_agent_docs() -> None:
    pool = " ".join(authored_devtools._HARD).lower()
    words = ("ignore", "disregard", "forget", "delete", "send", "rebase", "make test", "assistant")
    for word in (*words, "system"):
        assert word in pool
    assert len(authored_devtools._HARD) >= 100
