"""Checks particular to the `longpersuade` author: long documents and buried persuasion."""

from __future__ import annotations

import re
from collections import Counter

from mcpwarden.detectors.training import authored_longpersuade as author
from mcpwarden.detectors.training.generate import Document

_DOCS = author.documents()
_INJECTED = [doc for doc in _DOCS if doc.injected]
_BENIGN = [doc for doc in _DOCS if not doc.injected]
_AI_WORDS = re.compile(r"\b(assistant|agent|model|AI|bot)\b", re.IGNORECASE)


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_weighted_to_persuasion_response_manipulation_and_task_hijack() -> None:
    counts = Counter(doc.category for doc in _INJECTED)
    assert counts["persuasion"] >= 120
    assert counts["response_manipulation"] >= 60
    assert counts["task_hijack"] >= 40
    assert len(_INJECTED) >= 260
    assert len(_BENIGN) >= 360
    assert len({" ".join(_passage(doc).split()) for doc in _INJECTED}) >= 200


def test_persuasion_never_says_ignore_or_disregard() -> None:
    for doc in _INJECTED:
        if doc.category == "persuasion":
            assert not re.search(r"ignore|disregard", _passage(doc), re.IGNORECASE), _passage(doc)


def test_persuasion_both_names_the_ai_and_addresses_an_unnamed_reader() -> None:
    passages = {_passage(doc) for doc in _INJECTED if doc.category == "persuasion"}
    named = [p for p in passages if _AI_WORDS.search(p)]
    unnamed = [p for p in passages if not _AI_WORDS.search(p)]
    assert len(named) >= 40
    assert len(unnamed) >= 15
    assert any("whoever summarises" in p.lower() for p in unnamed)


def test_documents_are_mostly_long_and_passages_mostly_buried() -> None:
    long_docs = [doc for doc in _DOCS if len(doc.text.encode()) >= 1500]
    assert len(long_docs) >= 0.6 * len(_DOCS)
    deep = [doc for doc in _INJECTED if doc.payload_span[0] >= 0.4 * len(doc.text)]
    assert len(deep) >= 0.6 * len(_INJECTED)


def test_most_benign_documents_are_hard_negatives() -> None:
    hard = [
        doc
        for doc in _BENIGN
        if any(para in doc.text for pool in author.HARD_POOLS for para in pool)
    ]
    assert len(hard) >= 2 * len(_BENIGN) // 3
    human_appeals = [doc for doc in _BENIGN if any(p in doc.text for p in author.HUMAN_PERSUASION)]
    ai_topic = [doc for doc in _BENIGN if any(p in doc.text for p in author.AI_TOPIC)]
    assert len(human_appeals) >= 120
    assert len(ai_topic) >= 40
    to_reader = [doc for doc in _BENIGN if any(p in doc.text for p in author.READER_ADDRESSED)]
    assert len(to_reader) >= 40
    assert any("whoever" in p.lower() for p in author.READER_ADDRESSED)
    words = ("ignore", "forget", "disregard", "system", "admin", "assistant", "click", "run ")
    for word in words:
        assert any(word in doc.text.lower() for doc in _BENIGN), word


def test_other_languages_are_present() -> None:
    multilingual = {_passage(doc) for doc in _INJECTED if doc.category == "multilingual"}
    markers = ("asistente", "KI", "assistant,", "modello", "assistent", "assistente")
    for marker in markers:
        assert any(marker in p for p in multilingual), marker


def test_fourteen_carriers_used_by_both_classes() -> None:
    assert {doc.carrier for doc in _INJECTED} == set(author.CARRIERS)
    assert {doc.carrier for doc in _BENIGN} == set(author.CARRIERS)
