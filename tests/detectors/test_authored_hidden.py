"""Checks particular to the "hidden" author: hiding places, encodings, languages, hard negatives."""

from __future__ import annotations

import base64
import re
import urllib.parse
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_hidden
from mcpwarden.detectors.training.generate import Document

# What immediately precedes the attack passage in each carrier: the passage sits in the hiding
# place, never in the visible text.
_OPENERS: dict[str, tuple[str, ...]] = {
    "html_comment": ("<!-- ",),
    "html_hidden_element": ('">',),
    "html_img_alt": ('alt="',),
    "html_aria_label": ('aria-label="',),
    "html_data_attribute": ('="',),
    "html_noscript": ("<noscript>",),
    "html_meta": ('content="',),
    "html_jsonld": ('"description": "',),
    "markdown_link_title": (' "',),
    "markdown_reference": (": <> (",),
    "markdown_image_alt": ("![",),
    "svg_text": ("<desc>", "<title>", 'opacity="0">', "<metadata>"),
    "css_content": ('content: "',),
    "xml_comment_cdata": ("<!-- ", "<![CDATA["),
    "docx_properties": ("Comments: ", "Subject: ", "Keywords: ", "Description: ", "Category: "),
    "pdf_footnote": (" ",),
    "pptx_speaker_notes": ("Speaker notes:\n  ",),
    "xlsx_hidden_cell": (',,"',),
    "pdf_annotation": ("[annotation, white text, 1pt]: ",),
    "html_title_attribute": ('title="',),
    "email_hidden_preheader": ('overflow:hidden">',),
}
_HIDDEN_STYLES = (
    "display:none",
    "visibility:hidden",
    "font-size:0",
    "color:#fff",
    "left:-9999px",
    "height:0",
    "opacity:0",
)
# Cyrillic look-alikes back to the Latin letters they imitate.
_UNLOOK = str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456", "aeopcxi")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_hidden.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_every_attack_sits_in_a_hiding_place(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    assert len(injected) >= 260
    for doc in injected:
        before = doc.text[: doc.payload_span[0]]
        assert before.endswith(_OPENERS[doc.carrier]), (doc.carrier, before[-40:])
        if doc.carrier == "html_hidden_element":
            assert any(style in before[-80:] for style in _HIDDEN_STYLES)
        for paragraph in authored_hidden._PARAS:
            assert paragraph not in _passage(doc)


def test_hiding_places_carry_both_attacks_and_ordinary_content(docs: list[Document]) -> None:
    attacked = Counter(doc.carrier for doc in docs if doc.injected)
    ordinary = Counter(doc.carrier for doc in docs if not doc.injected)
    assert set(attacked) == set(_OPENERS)
    assert set(_OPENERS) <= set(ordinary)
    assert min(attacked.values()) >= 8
    assert min(ordinary[name] for name in _OPENERS) >= 8


def test_every_category_appears_in_many_hiding_places(docs: list[Document]) -> None:
    places: dict[str, set[str]] = {}
    for doc in docs:
        if doc.injected:
            places.setdefault(doc.category, set()).add(doc.carrier)
    assert len(places) == 11
    assert min(len(found) for found in places.values()) >= 8


def test_some_passages_are_encoded_each_way(docs: list[Document]) -> None:
    originals = {text for _, text in authored_hidden._INJECTIONS}
    passages = [_passage(doc) for doc in docs if doc.injected]
    found = Counter[str]()
    for passage in passages:
        if passage.startswith("b64:"):
            assert base64.b64decode(passage[4:]).decode() in originals
            found["base64"] += 1
        elif "\u200b" in passage:
            assert passage.replace("\u200b", "") in originals
            found["zero_width"] += 1
        elif passage.startswith("&#"):
            decoded = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), passage)
            assert decoded in originals
            found["entities"] += 1
        elif "%20" in passage:
            assert urllib.parse.unquote(passage) in originals
            found["url"] += 1
        elif passage.translate(_UNLOOK) != passage and passage.translate(_UNLOOK) in originals:
            found["lookalike"] += 1
    assert set(found) == {"base64", "zero_width", "entities", "url", "lookalike"}
    assert min(found.values()) >= 3


def test_multilingual_attacks_span_many_scripts(docs: list[Document]) -> None:
    texts = [_passage(doc) for doc in docs if doc.category == "multilingual"]
    scripts = {
        "cjk": "[\u4e00-\u9fff]",
        "kana": "[\u3040-\u30ff]",
        "hangul": "[\uac00-\ud7af]",
        "cyrillic": "[\u0400-\u04ff]",
        "arabic": "[\u0600-\u06ff]",
        "hebrew": "[\u0590-\u05ff]",
        "devanagari": "[\u0900-\u097f]",
        "greek": "[\u0370-\u03ff]",
    }
    for name, pattern in scripts.items():
        assert any(re.search(pattern, text) for text in texts), name
    latin_markers: tuple[str, ...] = ("Ignorez", "vergiss", "Ignora las", "Ignore as", "Zignoruj")
    latin_markers += ("Negeer",)
    latin_markers += ("Önceki", "Glöm", "Abaikan", "Bỏ qua", "Ignorujte")
    for marker in latin_markers:
        assert any(marker in text for text in texts), marker


def test_benign_set_is_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    assert len(benign) >= 360
    cues = re.compile(
        r"\b(ignore|disregard|forget|never|do not|don't|click|run|send|forward|contact|press|"
        r"delete|system|assistant|admin|user|password|instructions?)\b|https?://|@",
        re.IGNORECASE,
    )
    plain = [doc.text.replace("@context", "").replace("@type", "") for doc in benign]
    hard = [text for text in plain if cues.search(text)]
    assert len(hard) * 3 >= len(benign) * 2
    # The ordinary senses of "ignore" and the role words turn up in hidden places too.
    hidden_text = " ".join(authored_hidden._BENIGN_HIDDEN).lower()
    for word in ("ignore", "disregard", "forget", "system", "assistant", "admin", "user"):
        assert word in hidden_text, word


def test_markup_only_negatives_are_present(docs: list[Document]) -> None:
    carriers = {doc.carrier for doc in docs if not doc.injected}
    assert {"html_tracking_pixel", "css_font_face", "css_icon", "html_inline_image"} <= carriers
    # Encoded text is not only an attack's disguise: benign pages encode too.
    encoded = {"html_entity_email", "html_share_link", "html_widget_config"}
    encoded.add("html_wrapped_identifier")
    assert encoded <= carriers
    fonts = [doc.text for doc in docs if doc.carrier == "css_font_face"]
    assert all("data:font/woff2;base64," in text for text in fonts)


def test_passages_are_hand_written_once_and_used_at_most_twice(docs: list[Document]) -> None:
    written = Counter(text for _, text in authored_hidden._INJECTIONS)
    assert len(written) >= 200
    assert max(written.values()) == 1
    uses = Counter[str]()
    for doc in docs:
        if doc.injected:
            passage = _passage(doc)
            uses.update(text for text in written if text[:24] in passage.replace("&quot;", '"'))
    assert max(uses.values()) <= 2
