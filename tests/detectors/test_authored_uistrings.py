"""Checks particular to the UI-strings author: its formats parse, its hard negatives are there."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored_uistrings
from mcpwarden.detectors.training.generate import Document

# Cues of ordinary UI copy that reads like an instruction (imperatives, warnings, role words,
# placeholders, addresses); a hard negative is benign text that carries at least two of them.
HARD_CUES = re.compile(
    r"\b(?:ignore|disregard|forget|delete|send|override|reset|run|execute|click|tap|enter|paste"
    r"|never|don't|do not|contact|call|admin|administrator|system|assistant|AI|model|user"
    r"|password|sign in|warning|cannot be undone)\b|\{[a-z_.]+\}|%(?:\d\$)?[sd]|\{\{[a-z_.]+\}\}"
    r"|https?://|\S+@\S+",
    re.IGNORECASE,
)


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(authored_uistrings.documents())


def _benign() -> list[Document]:
    return [d for d in _docs() if not d.injected]


def _injected() -> list[Document]:
    return [d for d in _docs() if d.injected]


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_counts_and_category_quotas() -> None:
    injected = _injected()
    assert len(injected) >= 260
    assert len(_benign()) >= 360
    per_category = Counter(d.category for d in injected)
    assert set(per_category) == set(authored_uistrings.PASSAGES)
    assert per_category["tool_call"] >= 40
    assert per_category["fake_role"] >= 40
    assert per_category["exfiltration"] >= 30
    assert per_category["fake_error"] >= 30
    assert per_category["multilingual"] >= 30
    written = [p for passages in authored_uistrings.PASSAGES.values() for p in passages]
    assert len(set(written)) == len(written) >= 200


def test_every_carrier_carries_both_kinds() -> None:
    carriers = set(authored_uistrings.CARRIERS)
    assert len(carriers) >= 12
    for kind in (True, False):
        assert {d.carrier for d in _docs() if d.injected is kind} == carriers


def test_most_benign_documents_are_hard_negatives() -> None:
    benign = _benign()
    hard = [d for d in benign if len(set(m.lower() for m in HARD_CUES.findall(d.text))) >= 2]
    assert len(hard) * 3 >= len(benign) * 2


def test_benign_copy_names_ai_features_and_keeps_placeholders() -> None:
    text = "\n".join(d.text for d in _benign())
    for phrase in ("The assistant can make mistakes", "Forget this device", "Disregard changes?",
                   "Send anyway", "Ignore suggestion", "AI summary is ready"):
        assert phrase in text, phrase
    for placeholder in ("{name}", "%s", "{{first_name}}", "%1$s"):
        assert placeholder in text, placeholder


def test_benign_subtitles_contain_orders_between_characters() -> None:
    subtitles = [d for d in _benign() if d.carrier.startswith("subtitles_")]
    assert len(subtitles) >= 40
    orders = ("Forget", "Ignore", "Delete", "Tell them", "Don't", "Override", "Give me")
    assert sum(any(o in d.text for o in orders) for d in subtitles) * 2 >= len(subtitles)


def test_benign_locale_files_span_several_languages() -> None:
    languages = set()
    for doc in _benign():
        pattern = r"(?:locales/|Language: |values-|target-language=\"|lproj)(\w\w)"
        match = re.search(pattern, doc.text)
        if match:
            languages.add(match.group(1))
    assert {"fr", "de", "es", "ja", "pt", "zh"} <= languages


def test_multilingual_attacks_use_many_scripts() -> None:
    scripts = set()
    for doc in _injected():
        if doc.category == "multilingual":
            for char in _span(doc):
                if ord(char) > 0x7F and char.isalpha():
                    scripts.add(unicodedata.name(char, "?").split()[0])
    assert {"LATIN", "CJK", "HANGUL", "CYRILLIC", "ARABIC", "DEVANAGARI", "GREEK"} <= scripts


def test_attacks_sit_in_values_and_in_comments() -> None:
    comment_marks = ("#. ", "/* ", "<!-- ", "// ", "{{!-- ", "NOTE\n", "# ", "[^1]: ")
    in_comment = 0
    for doc in _injected():
        start = doc.payload_span[0]
        line_start = doc.text.rfind("\n", 0, start) + 1
        before = doc.text[line_start:start].lstrip()
        block = doc.text[max(0, start - 5) : start]
        if before in comment_marks or block.endswith("NOTE\n"):
            in_comment += 1
    assert 40 <= in_comment <= len(_injected()) - 80


def test_attacks_do_not_all_name_the_ai() -> None:
    names_ai = re.compile(r"\b(?:assistant|agent|model|AI|LLM|bot)s?\b", re.IGNORECASE)
    english = [d for d in _injected() if d.category != "multilingual"]
    naming = sum(bool(names_ai.search(_span(d))) for d in english)
    assert 0.3 * len(english) < naming < 0.95 * len(english)


def _strip_path_comment(text: str) -> str:
    return text.split("\n", 1)[1] if text.startswith("// ") else text


def test_structured_carriers_parse() -> None:
    json_carriers = {
        "i18n_json",
        "support_widget_replies",
        "cms_entry",
        "onboarding_tour",
        "tms_api_response",
    }
    for doc in _docs():
        if doc.carrier in json_carriers:
            json.loads(_strip_path_comment(doc.text))
        elif doc.carrier in {"xliff", "android_strings_xml"}:
            ET.fromstring(doc.text.encode())
        elif doc.carrier == "error_catalog_csv":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert rows[0] == ["code", "severity", "message", "hint", "owner"]
            assert all(len(row) == 5 for row in rows[1:])


def test_subtitle_cues_are_timed() -> None:
    for doc in _docs():
        if doc.carrier == "subtitles_srt":
            cues = doc.text.split("\n\n")[1:]
            for number, cue in enumerate(cues, start=1):
                lines = cue.split("\n")
                assert lines[0] == str(number)
                assert re.fullmatch(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", lines[1])
        elif doc.carrier == "subtitles_vtt":
            assert doc.text.startswith("WEBVTT\n")
            assert "-->" in doc.text
