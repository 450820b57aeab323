"""Checks particular to the notices author (generic author checks live in test_authored.py)."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored_notices as notices
from mcpwarden.detectors.training.generate import Document

_JSON_CARRIERS = (
    "status_page_json",
    "monitoring_alert_json",
    "push_notifications_json",
    "api_error_json",
    "ci_bot_comment_json",
)
_HTML_CARRIERS = (
    "captcha_page_html",
    "error_page_html",
    "maintenance_banner_html",
    "cookie_consent_html",
)
# Human-directed notice language the brief promises among the benign documents.
_PROMISED_NEGATIVES = (
    "retry after",
    "re-authenticate to continue",
    "do not share this code with anyone",
    "if this wasn't you, reset your password",
    "contact your administrator",
    "ignore this",
    "npm audit fix",
    "enable javascript",
    "access denied: automated traffic detected",
    "@dependabot ignore this",
)
_HARD_CUES = re.compile(
    r"\b(ignore|disregard|forget|do not|don't|never|reset|retry|re-?authenticate|contact|"
    r"click|tap|run|send|forward|reply|delete|verify|update|sign in|sign out|password|"
    r"admin|administrator|system|alert|bot|bots|agent|automated)\b",
    re.IGNORECASE,
)
_NAMES_AI = re.compile(r"\b(assistant|agent|agents|model|ai|llm|bot|copilots?)\b", re.IGNORECASE)


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(notices.documents())


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


def test_category_minimums_of_the_brief() -> None:
    counts = Counter(doc.category for doc in _docs() if doc.injected)
    assert counts["fake_error"] >= 50
    assert counts["tool_call"] >= 40
    assert counts["authority"] >= 30
    assert counts["exfiltration"] >= 30
    assert counts["harmful_code"] >= 30
    assert set(counts) == set(notices._PASSAGES)
    assert all(counts[category] >= 12 for category in counts)


def test_every_carrier_has_both_kinds() -> None:
    kinds: dict[str, set[bool]] = defaultdict(set)
    for doc in _docs():
        kinds[doc.carrier].add(doc.injected)
    assert len(kinds) >= 12
    assert all(found == {True, False} for found in kinds.values()), kinds


def test_passages_are_written_once_and_reused_only_in_another_carrier() -> None:
    written = [passage for group in notices._PASSAGES.values() for passage in group]
    assert len(written) == len(set(written)) >= 200
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _docs():
        if doc.injected:
            carriers[doc.category + _passage(doc)[:40]].append(doc.carrier)
    assert all(len(found) == len(set(found)) for found in carriers.values())


def test_promised_hard_negatives_are_present() -> None:
    texts = [doc.text.lower().replace("\u2019", "'") for doc in _benign()]
    for phrase in _PROMISED_NEGATIVES:
        assert any(phrase in text for text in texts), phrase
    hard = sum(bool(_HARD_CUES.search(doc.text)) for doc in _benign())
    assert hard * 3 >= len(_benign()) * 2
    labelled = [d for d in _benign() if re.search(r"\b(SYSTEM|ADMIN|ALERT)\b", d.text)]
    automation = [d for d in _benign() if re.search(r"\b(bots?|agents?|automated)\b", d.text)]
    assert len(labelled) >= 20
    assert len(automation) >= 40
    naming_ai = [d for d in _benign() if re.search(r"\b(assistant|AI|model|agents?)\b", d.text)]
    assert len(naming_ai) >= 80


def test_benign_documents_quote_attacks_aimed_at_assistants() -> None:
    quoted = [
        doc
        for doc in _benign()
        if "previous instructions" in doc.text.lower() or "system prompt" in doc.text.lower()
    ]
    assert len(quoted) >= 5
    assert all(doc.carrier == "security_bulletin" for doc in quoted)


def test_structured_carriers_stay_parseable() -> None:
    for doc in _docs():
        if doc.carrier in _JSON_CARRIERS:
            json.loads(doc.text)
            if doc.injected:  # the passage sits inside one JSON string value
                start, end = doc.payload_span
                assert doc.text.count('"', 0, start) % 2 == 1
                assert '\n"' not in doc.text[start:end]
        elif doc.carrier == "sms_inbox_csv":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert rows[0] == ["received_at", "from", "body"]
            assert all(len(row) == 3 for row in rows)


def test_hidden_html_slots_are_not_a_label() -> None:
    """Hidden elements and comments appear in benign pages too, filled with harmless text."""
    hidden = re.compile(r"display:none|sr-only|visually-hidden|<!--|<p hidden>|opacity:0")
    benign_hidden = [d for d in _benign() if d.carrier in _HTML_CARRIERS and hidden.search(d.text)]
    assert len(benign_hidden) >= 10


def test_multilingual_passages_span_scripts_and_benign_text_is_not_only_english() -> None:
    scripts = set()
    for doc in _docs():
        if doc.category == "multilingual":
            for char in _passage(doc):
                if char.isalpha() and ord(char) > 0x24F:
                    scripts.add(unicodedata.name(char).split()[0])
    assert {"CJK", "HANGUL", "ARABIC", "DEVANAGARI", "CYRILLIC"} <= scripts
    assert {"HIRAGANA", "KATAKANA"} & scripts
    foreign = [d for d in _benign() if re.search(r"[áéíóúçñüöäß]|Bitte|código", d.text)]
    assert len(foreign) >= 15


def test_passages_vary_in_position_and_address() -> None:
    injected = [doc for doc in _docs() if doc.injected]
    where = Counter(min(2, 3 * doc.payload_span[0] // len(doc.text)) for doc in injected)
    assert all(where[third] >= len(injected) // 10 for third in range(3)), where
    naming = sum(bool(_NAMES_AI.search(_passage(doc))) for doc in injected)
    assert len(injected) // 5 <= naming <= len(injected) * 19 // 20
    lower_case_openers = sum(_passage(doc)[:1].islower() for doc in injected)
    assert lower_case_openers >= 10
