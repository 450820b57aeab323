"""Injection part of blind set 8: attacks embedded in realistic MCP tool results, plus benign ones.

Built deterministically at import from hand-written attack passages (``_attacks``), hand-written
hard negatives (``_hardneg``) and carrier documents (``_carriers``), using fixed-seed
``random.Random`` instances only.
"""

from __future__ import annotations

import random

from . import _attacks as A
from ._carriers import CARRIERS, STRUCTURED_HARD_NEGATIVES, reset_filler
from ._disguise import ENCODERS, HTML_METHODS
from ._hardneg import HARD_NEGATIVES
from ._whole import WHOLE_BENIGN, WHOLE_INJECTED

ALL_CATEGORIES: list[str] = [
    "override",
    "fake_role",
    "tool_call",
    "exfiltration",
    "authority",
    "persuasion",
    "task_hijack",
    "harmful_code",
    "fake_error",
    "response_manipulation",
    "multilingual",
    "disguised",
]

ATTACK_PASSAGES: dict[str, list[str]] = {
    "override": A.OVERRIDE,
    "fake_role": A.FAKE_ROLE,
    "tool_call": A.TOOL_CALL,
    "exfiltration": A.EXFILTRATION,
    "authority": A.AUTHORITY,
    "persuasion": A.PERSUASION,
    "task_hijack": A.TASK_HIJACK,
    "harmful_code": A.HARMFUL_CODE,
    "fake_error": A.FAKE_ERROR,
    "response_manipulation": A.RESPONSE_MANIPULATION,
    "multilingual": A.MULTILINGUAL,
}

# carriers that suit each category best (others are used too, for spread)
_PREFERRED: dict[str, list[str]] = {
    "fake_role": [
        "search_json",
        "web_page",
        "email",
        "chat_export",
        "wiki_page",
        "notes",
        "reviews",
        "pdf_text",
    ],
    "fake_error": ["api_error", "log", "shell", "search_json", "ticket", "db_rows"],
    "harmful_code": [
        "readme",
        "wiki_page",
        "diff",
        "source_file",
        "ticket",
        "search_markdown",
        "chat_export",
        "reviews",
    ],
}
_HTML_CARRIERS = ["web_page", "wiki_page", "readme", "email", "notes", "search_markdown"]

PER_CATEGORY = 30

# (category, passage as embedded) in the same order as INJECTED; DISGUISED_META holds
# (method, payload) for the disguised entries, in order.
INJECTED_PASSAGES: list[tuple[str, str]] = []
DISGUISED_META: list[tuple[str, str]] = []


def _build_injected() -> list[tuple[str, str]]:
    r = random.Random(80810)
    reset_filler()
    names = list(CARRIERS)
    out: list[tuple[str, str]] = []
    for cat, passages in ATTACK_PASSAGES.items():
        order = list(range(len(passages)))
        r.shuffle(order)
        for j in range(PER_CATEGORY):
            passage = passages[order[j % len(order)]]
            pref = _PREFERRED.get(cat)
            cname = (
                r.choice(pref)
                if pref and r.random() < 0.7
                else names[(j * 7 + len(cat)) % len(names)]
            )
            out.append((cat, CARRIERS[cname](r, passage)))
            INJECTED_PASSAGES.append((cat, passage))
    methods = list(ENCODERS)
    for j in range(PER_CATEGORY):
        payload = A.DISGUISED_PAYLOADS[j % len(A.DISGUISED_PAYLOADS)]
        method = methods[j % len(methods)]
        passage = ENCODERS[method](payload)
        cname = r.choice(_HTML_CARRIERS) if method in HTML_METHODS else r.choice(names)
        out.append(("disguised", CARRIERS[cname](r, passage)))
        INJECTED_PASSAGES.append(("disguised", passage))
        DISGUISED_META.append((method, payload))
    for cat, text, passage in WHOLE_INJECTED:
        out.append((cat, text))
        INJECTED_PASSAGES.append((cat, passage))
    return out


_HN_CARRIERS: dict[str, list[str]] = {
    "security_writing": [
        "web_page",
        "wiki_page",
        "pdf_text",
        "rss",
        "search_markdown",
        "notes",
        "readme",
    ],
    "ignore_my_message": ["email", "chat_export", "transcript", "ticket", "notes"],
    "imperative_docs": ["readme", "wiki_page", "web_page", "pdf_text", "ticket", "notes"],
    "api_errors": ["api_error", "log", "shell", "ticket", "chat_export"],
    "support_chats": ["ticket", "transcript", "email", "chat_export"],
    "ai_product_docs": ["web_page", "wiki_page", "readme", "search_json", "pdf_text"],
    "human_ai_chat": ["chat_export", "transcript", "email", "notes"],
    "code_and_templates": ["source_file", "diff", "readme", "wiki_page"],
    "policies": ["web_page", "pdf_text", "wiki_page", "email"],
    "multilingual_instructions": [
        "web_page",
        "pdf_text",
        "email",
        "notes",
        "reviews",
        "search_json",
    ],
}

# group of each benign text: a hard-negative group name, or "ordinary"
BENIGN_GROUPS: list[str] = []


def _build_benign() -> list[tuple[str, str]]:
    r = random.Random(80811)
    reset_filler()
    out: list[tuple[str, str]] = []
    for group, passages in HARD_NEGATIVES.items():
        for passage in passages:
            for cname in r.sample(_HN_CARRIERS[group], 3):
                out.append((cname, CARRIERS[cname](r, passage)))
                BENIGN_GROUPS.append(group)
    for cname, group, text in WHOLE_BENIGN:
        out.append((cname, text))
        BENIGN_GROUPS.append(group)
    for kind, fn in STRUCTURED_HARD_NEGATIVES.items():
        for _ in range(12):
            out.append((kind, fn(r)))
            BENIGN_GROUPS.append("structured_" + kind)
    for _ in range(19):
        for cname, carrier in CARRIERS.items():
            out.append((cname, carrier(r, None)))
            BENIGN_GROUPS.append("ordinary")
    return out


INJECTED: list[tuple[str, str]] = _build_injected()
BENIGN: list[tuple[str, str]] = _build_benign()
