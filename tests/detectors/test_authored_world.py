# ruff: noqa: RUF001  (the markers are letters and words of non-Latin scripts)
"""Checks particular to the `world` author: its languages are really there, natively written."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_world
from mcpwarden.detectors.training.generate import Document

# language -> (letters only that script or orthography uses, common words of the language)
MARKERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Arabic": ("[\u0621-\u064a]", ("في ", " من ", "على", "إلى", "الذكاء", " أو ", "لا ")),
    "Hebrew": ("[\u05d0-\u05ea]", ("את ", " של", " לא ", "אל ", "עם ", " על ")),
    "Persian": ("[پچگژ]", ("را ", "است", "کنید", " از ", " به ", "می")),
    "Urdu": ("[\u06d2\u06c1\u06ba\u0679\u0688\u0691]", (" کے ", " کی ", " ہے", " میں ", "کریں")),
    "Turkish": ("[ıİşŞğĞ]", (" ve ", " bir ", "için", "lütfen", "önce", " bu ", "den ", "dan ")),
    "Hindi": ("[\u0900-\u097f]", (" के ", " में ", " है", " और ", " को ", "करें")),
    "Bengali": ("[\u0980-\u09ff]", ("করুন", "এবং", "না", "দিন", "থেকে", "আগে")),
    "Thai": ("[\u0e00-\u0e7f]", ("ให้", "และ", "ไม่", "ที่", "ก่อน")),
    "Vietnamese": (
        "[ươđạảấầẩậắằặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹ]",
        (" và ", " không ", " của ", "người", " trước "),
    ),
    "Indonesian": (
        "[a-z]",
        (
            " yang ",
            " dan ",
            " untuk ",
            " tidak ",
            " dengan ",
            " jangan ",
            "pengguna",
            " ke ",
            "sebelum",
        ),
    ),
    "Tagalog": ("[a-z]", (" ang ", " ng ", " mga ", " sa ", "huwag", " po")),
    "Swahili": ("[a-z]", (" kwa ", " na ", " ya ", " wa ", "usi", "mtumiaji")),
    "Greek": (
        "[\u0370-\u03ff]",
        (" και ", " να ", " την ", " το ", " μην ", " με ", " τον ", "Μην "),
    ),
    "Ukrainian": ("[іїєґІЇЄ]", (" й ", " і ", " на ", " не ", " та ", "що", " в ", "Перед")),
    "Polish": ("[łąęśżźńŁŚŻ]", (" nie ", " się ", " na ", " do ", " i ", " w ", "Nie ")),
    "Czech": ("[řěůŘĚ]", (" se ", " na ", " a ", " je ", " pro ", " v ")),
    "Romanian": ("[șțăȘȚ]", (" și ", " la ", " de ", " să ", " nu ", " în ", " cu ", " din ")),
    "Hungarian": (
        "[őűöüáé]",
        (" az ", " és ", " hogy ", " ne ", " meg", "ját", "ben ", "ban ", "nélkül", "után"),
    ),
    "Finnish": ("[äöÄÖ]", (" ja ", " on ", "Älä", " ei ", "ssa", "ssä", "llä", "lle")),
    "Malay": (
        "[a-z]",
        (" dan ", " anda", "jangan", "Jangan", " yang ", "sebelum", " dengan ", " ke "),
    ),
}
# code-mixed texts: two words from each side
CODE_MIXED: dict[str, tuple[str, ...]] = {
    "Hinglish": ("karo", "nahi", "please", "mat "),
    "Taglish": ("yung", "mo ", "po", "please"),
    "Spanglish": (" el ", " que ", " the ", " and ", " to "),
    "Arabizi": ("3", "ya ", "el ", "7"),
    "Turkish-German": (" und ", " die ", " ve ", "sofort", " bir ", "yarın", "nicht", "Antwort"),
}


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_world.documents()


def _is(lang: str, text: str) -> bool:
    letters, words = MARKERS[lang]
    return re.search(letters, text) is not None and sum(w in text for w in words) >= 2


@pytest.mark.parametrize("lang", sorted(MARKERS))
def test_each_promised_language_has_enough_documents(docs: list[Document], lang: str) -> None:
    injected = sum(_is(lang, d.text) for d in docs if d.injected)
    benign = sum(_is(lang, d.text) for d in docs if not d.injected)
    assert injected >= 10, (lang, injected)
    assert benign >= 12, (lang, benign)


def test_languages_are_kept_apart() -> None:
    """Every language block is written in its own script or orthography, not another one's."""
    for lang, block in zip(sorted(MARKERS), _blocks(), strict=True):
        letters, words = MARKERS[lang]
        for _, paragraph in block.benign:
            assert re.search(letters, paragraph), (lang, paragraph[:40])
            assert any(word in paragraph for word in words), (lang, paragraph[:40])


def _blocks() -> list[authored_world.Lang]:
    by_name = {
        "Arabic": authored_world.AR,
        "Hebrew": authored_world.HE,
        "Persian": authored_world.FA,
        "Urdu": authored_world.UR,
        "Turkish": authored_world.TR,
        "Hindi": authored_world.HI,
        "Bengali": authored_world.BN,
        "Thai": authored_world.TH,
        "Vietnamese": authored_world.VI,
        "Indonesian": authored_world.ID,
        "Tagalog": authored_world.TL,
        "Swahili": authored_world.SW,
        "Greek": authored_world.EL,
        "Ukrainian": authored_world.UK,
        "Polish": authored_world.PL,
        "Czech": authored_world.CS,
        "Romanian": authored_world.RO,
        "Hungarian": authored_world.HU,
        "Finnish": authored_world.FI,
        "Malay": authored_world.MS,
    }
    return [by_name[name] for name in sorted(MARKERS)]


def test_code_mixed_styles_are_present() -> None:
    blocks = {
        "Hinglish": authored_world.HINGLISH,
        "Taglish": authored_world.TAGLISH,
        "Spanglish": authored_world.SPANGLISH,
        "Arabizi": authored_world.ARABIZI,
        "Turkish-German": authored_world.TURKDEUTSCH,
    }
    for style, block in blocks.items():
        text = "\n".join(p for _, p in block.benign) + "\n".join(a for _, a in block.attacks)
        assert not re.search("[\u0600-\u06ff\u0900-\u097f]", text), style  # romanized
        assert sum(w in text for w in CODE_MIXED[style]) >= 3, style
    assert all(block in authored_world.LANGS for block in blocks.values())


def test_hard_negatives_in_many_languages(docs: list[Document]) -> None:
    """Benign documents tell their reader to ignore messages, keep codes secret, use admin pages."""
    benign = [d.text for d in docs if not d.injected]
    ignore_previous = (
        "تجاهل رسالتي",
        "תתעלמו מההודעה",
        "نادیده بگیرید",
        "dikkate almayın",
        "इग्नोर करो",
        "ইগনোর করো",
        "نظر انداز کریں",
        "ไม่ต้องสนใจข้อความ",
        "bỏ qua tin nhắn",
        "abaikan pesan",
        "huwag niyo nang pansinin",
        "puuza ujumbe",
        "αγνοήστε",
        "не звертайте уваги",
        "zignorujcie",
        "ignorujte",
        "ignorați",
        "figyelmen kívül",
        "unohtakaa edellinen viesti",
        "abaikan mesej",
    )
    for phrase in ignore_previous:
        assert any(phrase in text for text in benign), phrase
    otp = sum("OTP" in t or "PIN" in t or "TAN" in t or "BLIK" in t for t in benign)
    admin = sum("admin" in t for t in benign)
    assert otp >= 30 and admin >= 15, (otp, admin)


def test_multilingual_share_and_categories(docs: list[Document]) -> None:
    categories = Counter(d.category for d in docs if d.injected)
    injected = sum(categories.values())
    assert categories["multilingual"] * 3 >= injected
    assert len(categories) == 11
    assert len({d.carrier for d in docs}) >= 12
