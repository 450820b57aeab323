"""Domain checks for the Middle East and Africa training author."""

from __future__ import annotations

import json
import re
from collections import Counter

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_mideast_africa as author
from mcpwarden.detectors.training.generate import Document

SCRIPTS = {
    "ar": r"[\u0600-\u06ff]|\b[a-z]*[237][a-z]+",  # Arabic script, or Arabizi
    "fa": r"[\u0600-\u06ff]",
    "ku": r"[\u0600-\u06ff]|[êîûç]",
    "he": r"[\u0590-\u05ff]",
    "am": r"[\u1200-\u137f]",
    "tr": r"[ğşıİçö]",
    "yo": r"[ẹọṣ]|[\u0300\u0301]",
}
# Short everyday words that only the language's own text would hold.
WORDS = {
    "ha": r"\b(da|ba|ka|ku|ne|ya|ta|wa|kada)\b",
    "sw": r"\b(na|kwa|ya|wa|ni|la|za)\b",
    "zu": r"\b\w*(uku|nga|kwa|ngi|zi)\w*",
    "so": r"\b(iyo|oo|ka|ku|waa|ee|ha)\b",
}


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_languages_have_enough_documents_in_their_own_script() -> None:
    grouped = author.documents_by_language()
    assert len(grouped) >= 9
    for lang, docs in grouped.items():
        injected = [d for d in docs if d.injected]
        benign = [d for d in docs if not d.injected]
        assert len(injected) >= 15, lang
        assert len(benign) >= 20, lang
        if lang in SCRIPTS:
            pattern = re.compile(SCRIPTS[lang])
            assert all(pattern.search(_passage(d)) for d in injected), lang
            assert all(pattern.search(d.text) for d in benign), lang
        else:
            assert all(re.search(WORDS[lang], d.text, re.IGNORECASE) for d in docs), lang


def test_every_category_written_natively_and_multilingual_capped() -> None:
    injected = [d for d in author.documents() if d.injected]
    counts = Counter(d.category for d in injected)
    assert set(counts) == set(authored.CATEGORIES)
    assert counts["multilingual"] * 3 <= len(injected)
    # "multilingual" passages really mix English with the native language.
    for doc in injected:
        if doc.category == "multilingual":
            english = r"\b(ignore|first|system|note|please|AI|assistant)\b"
            assert re.search(english, _passage(doc), re.IGNORECASE)


def test_arabizi_and_maghreb_mixing_present() -> None:
    passages = [p for _, p in author.PASSAGES["ar"]]
    arabic = re.compile(r"[\u0600-\u06ff]")
    french = re.compile(r"\b(ce|la|du|sans|doit|officiel)\b")
    arabizi = [p for p in passages if re.search(r"\b[a-z]*[237][a-z]+", p) and not arabic.search(p)]
    maghreb = [p for p in passages if french.search(p) and arabic.search(p)]
    assert len(arabizi) >= 2
    assert len(maghreb) >= 3


def test_hard_negatives_dominate_and_quote_scams() -> None:
    assert author.hard_negative_share() >= 2 / 3
    benign = [d for d in author.documents() if not d.injected]
    quoting = [d for d in benign if re.search(r"[\"«].{10,}[\"»]", d.text)]
    assert len(quoting) >= len(benign) // 4


def test_rtl_text_inside_json_results() -> None:
    docs = [d for d in author.documents() if d.carrier == "json_api"]
    rtl = 0
    for doc in docs:
        payload = json.loads(doc.text)
        for item in payload["results"]:
            if item["dir"] == "rtl":
                assert re.search(r"[\u0590-\u06ff]", item["text"])
                rtl += 1
    assert rtl >= 20
    assert any(d.injected and re.search(r"[\u0590-\u06ff]", _passage(d)) for d in docs)


def test_passage_is_not_repeated_outside_its_span() -> None:
    # Titles, subjects and search headings must not copy the attack text unlabeled.
    for doc in author.documents():
        if doc.injected:
            head = _passage(doc)[:25]
            assert doc.text.count(head) == 1, doc.text[:200]
