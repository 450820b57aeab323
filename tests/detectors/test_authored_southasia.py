"""Checks particular to the South Asian author: its scripts, code-mixing and hard negatives."""

from __future__ import annotations

from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_southasia
from mcpwarden.detectors.training.generate import Document

SCRIPTS = {
    "devanagari": (0x0900, 0x097F),
    "bengali": (0x0980, 0x09FF),
    "gurmukhi": (0x0A00, 0x0A7F),
    "gujarati": (0x0A80, 0x0AFF),
    "tamil": (0x0B80, 0x0BFF),
    "telugu": (0x0C00, 0x0C7F),
    "sinhala": (0x0D80, 0x0DFF),
    "arabic": (0x0600, 0x06FF),
}


def _script(text: str) -> str:
    counts: Counter[str] = Counter()
    for char in text:
        for name, (low, high) in SCRIPTS.items():
            if low <= ord(char) <= high:
                counts[name] += 1
    return counts.most_common(1)[0][0] if counts else "latin"


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_southasia.documents()


def test_every_script_has_enough_injected_and_benign(docs: list[Document]) -> None:
    injected = Counter(_script(_passage(d)) for d in docs if d.injected)
    benign = Counter(_script(d.text) for d in docs if not d.injected)
    for name in SCRIPTS:
        assert injected[name] >= 15, (name, injected[name])
        assert benign[name] >= 20, (name, benign[name])


def test_devanagari_covers_hindi_marathi_and_nepali() -> None:
    hindi, _ = authored_southasia.LANGUAGES["hi"]
    marathi, _ = authored_southasia.LANGUAGES["mr"]
    nepali, _ = authored_southasia.LANGUAGES["ne"]
    assert "उपयोगकर्ता" in hindi
    assert "वापरकर्त्या" in marathi
    assert "प्रयोगकर्ता" in nepali


def test_romanized_code_mixed_attacks_and_chats(docs: list[Document]) -> None:
    roman = [_passage(d) for d in docs if d.injected and _script(_passage(d)) == "latin"]
    assert len(roman) >= 25
    joined = " ".join(roman).lower()
    for marker in ("karo", "pannu", "bolbe", "mat"):  # Hinglish, Tanglish, Benglish
        assert marker in joined
    benign_roman = [d for d in docs if not d.injected and _script(d.text) == "latin"]
    assert len(benign_roman) >= 30


def test_categories_and_multilingual_share(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    categories = Counter(d.category for d in injected)
    assert len(categories) == 11
    assert categories["multilingual"] <= len(injected) // 3


def test_hard_negatives_are_instructions_to_people(docs: list[Document]) -> None:
    benign = [d.text for d in docs if not d.injected]
    otp = sum("OTP" in t for t in benign)
    quoted_scams = sum(
        '"' in t and any(w in t for w in ("ठगी", "প্রতারণার", "மோசடி", "Scam", "دھوکہ", "වංචනික"))
        for t in benign
    )
    ignore_previous = sum(
        any(
            w in t
            for w in (
                "पिछला संदेश अनदेखा",
                "আগের মেসেজটা ভুলে",
                "pichla msg ignore",
                "ignore my last mail",
                "பழைய",
                "முந்தைய செய்தியை",
                "پچھلا پیغام نظرانداز",
            )
        )
        for t in benign
    )
    role_words = sum(
        any(w in t for w in ("assistant", "system prompt", "chatbot", "एआई सहायक", "اے آئی اسسٹنٹ"))
        for t in benign
    )
    assert otp >= 40
    assert quoted_scams >= 20
    assert ignore_previous >= 15
    assert role_words >= 5


def test_carriers_cover_the_domain(docs: list[Document]) -> None:
    carriers = {d.carrier for d in docs}
    assert len(carriers) >= 12
    for name in ("whatsapp_export", "sms_inbox", "upi_notice", "gov_scheme_notice", "json_api"):
        assert name in carriers
