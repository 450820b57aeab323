"""Checks particular to the CJK author: languages, scripts, hard negatives, attack coverage."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mcpwarden.detectors.training.authored_cjk import documents
from mcpwarden.detectors.training.generate import Document

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SIMPLIFIED = re.compile(r"[请这说们们时发对给过么还个为开关问]")
_TRADITIONAL = re.compile(r"[請這說們時發對給過麼還個為開關問]")
_ASSISTANT_WORDS = (
    *("助手", "助理", "AI", "アシスタント", "어시스턴트", "모델", "模型", "モデル"),
    *("에이전트", "エージェント", "agent", "assistant"),
)
_REQUEST_WORDS = (
    *("请", "請", "勿", "ください", "しないで", "하세요", "주세요", "마세요"),
    *("무시", "忽略", "無視", "不要", "别忘", "禁止", "點擊", "눌러", "하지 마", "してください"),
)
_CJK = "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3"
_REQUIRED = ("override", "tool_call", "exfiltration", "task_hijack", "response_manipulation")


def _script(text: str) -> str:
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    return "zh"


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return documents()


def test_languages_about_a_third_each(docs: list[Document]) -> None:
    for injected in (True, False):
        subset = [d for d in docs if d.injected is injected]
        counts = Counter(_script(_span(d) if injected else d.text) for d in subset)
        for lang in ("zh", "ja", "ko"):
            assert 0.2 < counts[lang] / len(subset) < 0.45, (injected, counts)


def test_both_chinese_scripts_in_attacks(docs: list[Document]) -> None:
    spans = [_span(d) for d in docs if d.injected and _script(_span(d)) == "zh"]
    simplified = sum(bool(_SIMPLIFIED.search(s)) and not _TRADITIONAL.search(s) for s in spans)
    traditional = sum(bool(_TRADITIONAL.search(s)) and not _SIMPLIFIED.search(s) for s in spans)
    assert simplified >= 40
    assert traditional >= 30


def test_every_passage_is_written_in_cjk(docs: list[Document]) -> None:
    for doc in docs:
        if doc.injected:
            span = _span(doc)
            assert _HAN.search(span) or _HANGUL.search(span) or _KANA.search(span), span


def test_required_categories_and_multilingual_share(docs: list[Document]) -> None:
    counts = Counter(d.category for d in docs if d.injected)
    for category in _REQUIRED:
        assert counts[category] >= 30, counts
    assert counts["multilingual"] <= sum(counts.values()) / 3


def test_attacks_with_and_without_naming_the_assistant(docs: list[Document]) -> None:
    spans = {_span(d) for d in docs if d.injected}
    naming = [s for s in spans if any(word in s for word in _ASSISTANT_WORDS)]
    assert len(naming) >= 60
    assert len(spans) - len(naming) >= 60


def test_mixed_cjk_and_latin_text(docs: list[Document]) -> None:
    mixed = [d for d in docs if re.search(rf"[A-Za-z]{{3,}}[^\n]{{0,12}}[{_CJK}]", d.text)]
    spans = [s for s in (_span(d) for d in docs if d.injected) if re.search(r"[A-Za-z]{4,}", s)]
    assert len(mixed) > len(docs) // 4
    assert len(spans) >= 40


def test_benign_documents_are_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [d for d in docs if not d.injected]
    hard = [d for d in benign if any(word in d.text for word in _REQUEST_WORDS)]
    assert len(hard) * 3 >= len(benign) * 2
    # security notices quoting scams and texts about AI assistants are among them
    assert any("165" in d.text or "96110" in d.text or "112" in d.text for d in benign)
    about_ai = [d for d in benign if any(w in d.text for w in ("AI", "アシスタント", "어시스턴트"))]
    assert len(about_ai) >= 30
