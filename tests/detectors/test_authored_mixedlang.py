"""Checks particular to the mixedlang author: languages, scripts, code-switching, hard negatives."""

from __future__ import annotations

import re
from collections import Counter

from mcpwarden.detectors.training import authored_mixedlang as mixedlang
from mcpwarden.detectors.training.generate import Document

_NATIVE = (
    *("ru", "uk", "pl", "cs", "ro", "hu", "tr", "el", "he", "fa", "id", "vi", "sw", "am"),
    *("ta", "ka", "hy", "kk", "nl", "fi"),
)
_MIXED = ("es-en", "hi-en", "tl-en", "fr-en", "de-en")
_TRANSLIT = ("ru-lat", "uk-lat", "ar-lat", "el-lat", "zh-lat", "ja-lat")
_SCRIPTS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "ethiopic": re.compile(r"[\u1200-\u137f]"),
    "tamil": re.compile(r"[\u0b80-\u0bff]"),
    "georgian": re.compile(r"[\u10a0-\u10ff]"),
    "armenian": re.compile(r"[\u0530-\u058f]"),
    "vietnamese": re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"),
}
_ASSISTANT = re.compile(
    r"assist|\bAI\b|\bIA\b|model|agent|bot\b|ИИ|ШІ|ЖИ|асистент|ассистент|помічник|помощник|"
    r"βοηθ|μοντέλο|עוזר|מודל|دستیار|مدل|trợ lý|msaidizi|ረዳት|ሞዴ|உதவியாளர|மாடல|ასისტენტ|"
    r"მოდელ|Օգնական|Մոդել|көмекші|модель|avustaja|malli|asystent|asistent|asszisztens|"
    r"yapay zek|nyelvi model|tekoäly|zhushou|moxing|ashisutanto|voith|wakala|нейро|II\b",
    re.IGNORECASE,
)


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _docs() -> tuple[list[Document], list[Document]]:
    docs = mixedlang.documents()
    return [d for d in docs if d.injected], [d for d in docs if not d.injected]


def test_every_promised_language_has_attacks_and_hosts() -> None:
    attack_langs = Counter(lang for _cat, lang, _text in mixedlang._ATTACKS)
    host_langs = {lang for lang, _kind, _text in mixedlang._HOSTS}
    for lang in _NATIVE:
        assert attack_langs[lang] >= 3, lang
        assert lang in host_langs, lang
    for lang in (*_MIXED, *_TRANSLIT):
        assert attack_langs[lang] >= 2, lang
    assert sum(lang in _MIXED for lang in host_langs) >= 4
    assert sum(lang in _TRANSLIT for lang in host_langs) >= 4


def test_every_attack_passage_reaches_a_document() -> None:
    injected, _ = _docs()
    spans = [" ".join(_span(d).split()) for d in injected]
    joined = "\n".join(spans)
    for _cat, _lang, text in mixedlang._ATTACKS:
        # JSON carriers escape quotes and newlines, so compare a quote-free prefix of the passage.
        probe = " ".join(text.split("\n")[0].split('"')[0].split())[:40]
        assert probe in joined, probe


def test_native_scripts_appear_in_attacks_and_in_benign_text() -> None:
    injected, benign = _docs()
    for name, pattern in _SCRIPTS.items():
        assert any(pattern.search(_span(d)) for d in injected), name
        assert any(pattern.search(d.text) for d in benign), name


def test_attacks_cross_languages_with_their_hosts() -> None:
    injected, _ = _docs()
    latin_host_foreign_attack = 0
    for doc in injected:
        span = _span(doc)
        before_after = doc.text[: doc.payload_span[0]] + doc.text[doc.payload_span[1] :]
        if _SCRIPTS["cyrillic"].search(span) and not _SCRIPTS["cyrillic"].search(before_after):
            latin_host_foreign_attack += 1
    assert latin_host_foreign_attack >= 10
    english = [t for _c, lang, t in mixedlang._ATTACKS if lang == "en"]
    assert len(english) >= 8  # English attacks, placed in hosts written in other languages


def test_categories_and_multilingual_share() -> None:
    injected, _ = _docs()
    counts = Counter(d.category for d in injected)
    for category in ("override", "tool_call", "exfiltration", "task_hijack", "fake_error"):
        assert counts[category] >= 15, category
    for category in ("response_manipulation", "persuasion", "authority", "fake_role"):
        assert counts[category] >= 10, category
    assert counts["harmful_code"] >= 10
    assert counts["multilingual"] * 3 <= len(injected)


def test_passages_name_the_assistant_or_not() -> None:
    texts = [text for _c, _l, text in mixedlang._ATTACKS]
    naming = sum(bool(_ASSISTANT.search(text)) for text in texts)
    assert naming >= len(texts) // 2
    assert len(texts) - naming >= 20


def test_benign_set_is_mostly_hard_negatives() -> None:
    kinds = Counter(kind for _lang, kind, _text in mixedlang._HOSTS)
    hard = sum(count for kind, count in kinds.items() if kind != "plain")
    assert hard * 3 >= 2 * len(mixedlang._HOSTS)
    for kind in ("recipe", "scam_warning", "ai_chat", "notice", "manual"):
        assert kinds[kind] >= 5, kind
    _, benign = _docs()
    words = re.compile(r"assistant|AI|admin|system|ignore|forget|password|OTP|@|https?://", re.I)
    assert sum(bool(words.search(d.text)) for d in benign) >= len(benign) // 3
