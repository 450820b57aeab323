"""The messages author's hand-written documents: counts, labelled spans, variety, determinism."""

from __future__ import annotations

import html
import json
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_messages
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_messages.documents()


def spans(docs: list[Document]) -> list[str]:
    return [doc.text[doc.payload_span[0]:doc.payload_span[1]] for doc in docs if doc.injected]


def renderings(passage: str) -> set[str]:
    """How a carrier may hold a passage: as written, JSON- or HTML-escaped, quoted in a reply."""
    return {passage, json.dumps(passage, ensure_ascii=False)[1:-1],
            passage.replace("\n", "\n> "),
            html.escape(passage, quote=False).replace("\n", "<br>\n")}


def test_each_span_is_one_written_passage(docs: list[Document]) -> None:
    written = {form for _, passage in authored_messages.attack_passages()
               for form in renderings(passage)}
    for doc in docs:
        if doc.injected:
            start, end = doc.payload_span
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end] in written, doc.text[start:end]


def test_passages_are_distinct_and_rarely_reused(docs: list[Document]) -> None:
    passages = [passage for _, passage in authored_messages.attack_passages()]
    assert len(set(passages)) == len(passages) >= 150
    assert len(set(spans(docs))) >= 150
    uses = Counter(doc.text[doc.payload_span[0]:doc.payload_span[1]] for doc in docs
                   if doc.injected)
    assert max(uses.values()) <= 2


def test_reused_passages_change_carrier(docs: list[Document]) -> None:
    carriers: dict[str, set[str]] = {}
    for doc in docs:
        if doc.injected:
            text = doc.text[doc.payload_span[0]:doc.payload_span[1]]
            carriers.setdefault(text, set()).add(doc.carrier)
    uses = Counter(doc.text[doc.payload_span[0]:doc.payload_span[1]] for doc in docs
                   if doc.injected)
    assert all(len(carriers[text]) == count for text, count in uses.items())


def test_benign_messages_are_many_and_distinct() -> None:
    messages = [m for items in authored_messages.benign_messages().values() for m in items]
    assert len(set(messages)) == len(messages) >= 200


def test_json_carriers_parse(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier.endswith("_json") or doc.carrier in {"calendar_invite", "doc_comments"}:
            json.loads(doc.text)


def test_every_carrier_has_both_kinds(docs: list[Document]) -> None:
    for carrier in authored_messages.CARRIER_NAMES:
        kinds = {doc.injected for doc in docs if doc.carrier == carrier}
        assert kinds == {True, False}, carrier
