"""The structured author's hand-written documents: counts, spans, marks, variety, determinism."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_structured
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_structured.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_passages_are_distinct(docs: list[Document]) -> None:
    passages = Counter(_passage(doc) for doc in docs if doc.injected)
    assert len(passages) >= 150
    written = Counter(passage for _, passage in authored_structured.PASSAGES)
    assert max(written.values()) == 1
    uses = Counter(passage for _, passage in authored_structured.PASSAGES for doc in docs
                   if doc.injected and _appears(passage, doc.text))
    assert max(uses.values()) <= 2
    per_category = Counter(category for category, _ in authored_structured.PASSAGES)
    assert min(per_category.values()) >= 10


def test_benign_lines_are_many_and_used(docs: list[Document]) -> None:
    lines = [line for kind in authored_structured.BENIGN.values() for line in kind]
    assert len(set(lines)) >= 200
    benign_texts = [doc.text for doc in docs if not doc.injected]
    missing = [line for line in lines
               if not any(_appears(line, text) for text in benign_texts)]
    assert not missing


def _appears(line: str, text: str) -> bool:
    """A line appears verbatim or in an escaped form (JSON, CSV, XML, ICS)."""
    forms = (line, json.dumps(line, ensure_ascii=False)[1:-1], line.replace('"', '""'),
             line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
             line.replace(",", "\\,").replace(";", "\\;"))
    unfolded = text.replace("\r\n ", "")
    return any(form in unfolded for form in forms)


def test_json_carriers_parse(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier == "log":  # JSON lines
            for line in doc.text.splitlines():
                if line.startswith("{"):
                    json.loads(line)
        elif doc.text.startswith(("{", "[")):
            json.loads(doc.text)


def test_some_documents_are_not_english(docs: list[Document]) -> None:
    foreign = [doc for doc in docs if sum(ord(ch) > 0x24F for ch in doc.text) > 10
               or doc.category == "multilingual"]
    assert len(foreign) >= len(docs) // 20
