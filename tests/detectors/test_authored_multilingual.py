"""The multilingual author's hand-written documents: counts, spans, marks, determinism."""

from __future__ import annotations

import json

import pytest

from mcpwarden.detectors.training import authored, authored_multilingual
from mcpwarden.detectors.training.generate import Document

CATEGORIES = authored.CATEGORIES
LANGUAGES = {
    "es", "fr", "de", "it", "pt-BR", "pt-PT", "nl", "pl", "tr", "ru",
    "uk", "ar", "hi", "zh-Hans", "zh-Hant", "ja", "ko", "vi", "id", "sv",
    "cs", "el", "he", "th",
}  # fmt: skip


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_multilingual.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_hand_written_variety_per_language() -> None:
    languages = authored_multilingual._languages()
    assert set(languages) >= LANGUAGES
    for code in LANGUAGES:
        assert len(set(languages[code].attacks)) >= 8, code
    benign_lines = {line.text for lang in languages.values() for line in lang.lines}
    attacks = {passage for lang in languages.values() for passage in lang.attacks}
    assert len(benign_lines) >= 200
    assert len(attacks) >= 150
    assert not benign_lines & attacks


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def test_json_carriers_parse_and_hold_the_passage(docs: list[Document]) -> None:
    json_docs = [doc for doc in docs if doc.carrier in {"json", "review", "ticket", "chat"}]
    assert len(json_docs) >= 100
    for doc in json_docs:
        values = _strings(json.loads(doc.text))
        if doc.injected:
            passage = json.loads(f'"{_passage(doc)}"')
            assert any(passage in value for value in values)


def _contains(doc: Document, line: str) -> bool:
    escaped = (json.dumps(line, ensure_ascii=False)[1:-1], line.replace("\n", "\\n"))
    return line in doc.text or any(form in doc.text for form in escaped)


def test_code_switched_documents_exist(docs: list[Document]) -> None:
    languages = authored_multilingual._languages()
    english = languages["en"]
    english_lines = [line.text for line in english.lines]
    foreign_attacks = {p for code, lang in languages.items() if code != "en" for p in lang.attacks}
    injected = [doc for doc in docs if doc.injected]
    switched = [
        doc
        for doc in injected
        if any(_contains(doc, passage) for passage in foreign_attacks)
        and any(_contains(doc, line) for line in english_lines)
    ]
    assert len(switched) >= 60
    reverse = [doc for doc in injected if any(_contains(doc, p) for p in english.attacks)]
    assert len(reverse) >= len(english.attacks)


def test_data_blocks_parse_cleanly() -> None:
    """A wrapped line starting with '|' would silently cut a benign paragraph in two."""
    for lang in authored_multilingual._languages().values():
        for line in lang.lines:
            assert "\n" not in line.text, line.text[:60]
            assert line.kind in authored_multilingual.KIND_CARRIERS
        for passage in lang.attacks:
            assert not passage.startswith("@"), passage[:60]
