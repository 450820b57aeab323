"""The browser author's documents: web pages a browsing agent reads, with attacks hidden in
page elements and benign pages full of instruction-like furniture."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_browser
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_browser.documents()


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _renderings(passage: str) -> set[str]:
    """A passage as written, JSON-escaped, or inside a double-quoted attribute."""
    return {
        passage,
        json.dumps(passage, ensure_ascii=False)[1:-1],
        passage.replace('"', "'").replace("\n", " "),
    }


def test_spans_are_whole_passages(docs: list[Document]) -> None:
    known = {form for _, text in authored_browser.passages() for form in _renderings(text)}
    for doc in docs:
        if doc.injected:
            assert _span(doc) in known
        else:
            assert doc.payload_span == (0, 0)


def test_passages_are_distinct_and_categorised() -> None:
    texts = [text for _, text in authored_browser.passages()]
    assert len(texts) == len(set(texts)) >= 200
    assert {category for category, _ in authored_browser.passages()} == authored.CATEGORIES


def test_weighted_categories(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    assert counts["exfiltration"] >= 35
    assert counts["tool_call"] >= 30
    assert counts["task_hijack"] >= 30
    assert counts["response_manipulation"] >= 25
    assert counts["fake_role"] >= 20


def test_exfiltration_uses_images_links_and_forms() -> None:
    exfil = [text for category, text in authored_browser.passages() if category == "exfiltration"]
    assert sum("![" in text for text in exfil) >= 6
    assert sum("https://" in text and "![" not in text for text in exfil) >= 8
    assert sum(bool(re.search(r"field|form|box", text)) for text in exfil) >= 8


def test_attacks_hide_in_page_elements(docs: list[Document]) -> None:
    hiding = ("display:none", "sr-only", "alt=", "aria-label=", "<!--", "white on white",
              "hidden=true", "font-size:0", "content=", "![", '"title"', "/promo \"")
    hidden = 0
    for doc in docs:
        if doc.injected:
            start, _ = doc.payload_span
            before = doc.text[max(0, start - 60) : start]
            hidden += any(mark in before for mark in hiding)
    assert hidden >= 80


def test_hard_negatives_dominate_benign(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    heads = [snippet.split("{domain}")[0][:40] for snippet in authored_browser.hard_negatives()]
    forms = {form for head in heads for form in (head, head.replace('"', "'"),
                                                 json.dumps(head, ensure_ascii=False)[1:-1])}
    hard = [doc for doc in benign if any(form in doc.text for form in forms)]
    assert len(hard) * 3 >= len(benign) * 2
    words = ("ignore", "disregard", "forget", "click", "enter your", "do not", "contact",
             "system", "assistant", "admin", "password", "send")
    for word in words:
        assert any(word in doc.text.lower() for doc in hard), word


def test_benign_pages_quote_scams_and_hide_text_too(docs: list[Document]) -> None:
    benign = [doc.text for doc in docs if not doc.injected]
    assert sum("phishing" in text.lower() or "scam" in text.lower() for text in benign) >= 20
    assert sum("sr-only" in text or "visually-hidden" in text or "hidden=true" in text
               for text in benign) >= 20


def test_languages_of_multilingual_passages() -> None:
    texts = " ".join(t for c, t in authored_browser.passages() if c == "multilingual")
    scripts = {
        "ja": r"[\u3040-\u30ff]", "zh": r"[\u4e00-\u9fff]", "ru": r"[\u0400-\u04ff]",
        "ko": r"[\uac00-\ud7af]", "ar": r"[\u0600-\u06ff]",
    }
    for lang, pattern in scripts.items():
        assert re.search(pattern, texts), lang
    for word in ("asistente", "KI-Agenten", "l'agent", "assistente", "asystenta"):
        assert word in texts


def test_every_carrier_has_both_labels(docs: list[Document]) -> None:
    labels: dict[str, set[bool]] = {}
    for doc in docs:
        labels.setdefault(doc.carrier, set()).add(doc.injected)
    assert len(labels) >= 12
    assert all(value == {True, False} for value in labels.values())


def test_json_carriers_parse(docs: list[Document]) -> None:
    pages = [doc for doc in docs if doc.carrier in ("search_results_json", "page_fetch_json")]
    assert len(pages) >= 40
    for doc in pages:
        assert isinstance(json.loads(doc.text), dict)
