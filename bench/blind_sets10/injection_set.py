# ruff: noqa: RUF001, E501
"""Blind set 10 — prompt-injection texts and benign look-alikes.

``INJECTED`` holds (category, text) pairs: one hand-written attack passage set
inside an otherwise ordinary tool result. ``BENIGN`` holds (carrier, text)
pairs, most of them hard negatives. ``HIDDEN`` records, for the disguised
category, (method, fragment, plain attack) so a test can decode each fragment.
Built deterministically at import from a fixed seed.
"""

from __future__ import annotations

import base64
import random

from . import _attacks as A
from ._benign import HARD_NEGATIVES
from ._carriers import CARRIERS, para, sentence
from ._common import Budget

ALL_CATEGORIES: list[str] = [
    "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion",
    "task_hijack", "harmful_code", "fake_error", "response_manipulation", "multilingual", "disguised",
]

_PASSAGES: dict[str, list[str]] = {
    "override": A.OVERRIDE, "fake_role": A.FAKE_ROLE, "tool_call": A.TOOL_CALL,
    "exfiltration": A.EXFILTRATION, "authority": A.AUTHORITY, "persuasion": A.PERSUASION,
    "task_hijack": A.TASK_HIJACK, "harmful_code": A.HARMFUL_CODE, "fake_error": A.FAKE_ERROR,
    "response_manipulation": A.RESPONSE_MANIPULATION, "multilingual": A.MULTILINGUAL,
}

_ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
_HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і", "x": "х", "y": "у"}
HIDDEN_METHODS = ["base64", "hex", "url", "zero_width", "tags", "bidi", "html_comment", "hidden_div",
                  "alt_attr", "title_attr", "homoglyph", "white_text", "aria_label"]
_HTML_METHODS = {"html_comment", "hidden_div", "alt_attr", "title_attr", "white_text", "aria_label"}


def encode_hidden(method: str, plain: str, rng: random.Random) -> str:
    """Return the fragment that hides ``plain`` with ``method``."""
    if method == "base64":
        return base64.b64encode(plain.encode()).decode()
    if method == "hex":
        return plain.encode().hex()
    if method == "url":
        return "".join(f"%{b:02X}" for b in plain.encode())
    if method == "zero_width":
        return "".join(ch + rng.choice(_ZW) for ch in plain)
    if method == "tags":
        return "".join(chr(0xE0000 + ord(ch)) for ch in plain)
    if method == "bidi":
        return "\u202e" + plain[::-1] + "\u202c"
    if method == "html_comment":
        return f"<!-- {plain} -->"
    if method == "hidden_div":
        return f'<div style="display:none">{plain}</div>'
    if method == "alt_attr":
        return f'<img src="/img/{rng.randint(100, 999)}.png" alt="{plain}">'
    if method == "title_attr":
        return f'<a href="/help" title="{plain}">help</a>'
    if method == "white_text":
        return f'<span style="color:#ffffff;font-size:1px">{plain}</span>'
    if method == "aria_label":
        return f'<button aria-label="{plain}">OK</button>'
    if method == "homoglyph":
        return "".join(_HOMO.get(ch, ch) for ch in plain)
    raise ValueError(method)


def _wrap_hidden(method: str, frag: str, rng: random.Random) -> str:
    if method == "base64":
        return rng.choice([f"attachment-meta: {frag}", f"Note for AI readers (base64): {frag}", f"data-config=\"{frag}\""])
    if method == "hex":
        return rng.choice([f"payload_hex={frag}", f"debug blob: {frag}"])
    if method == "url":
        return rng.choice([f"Related link: https://help.example.net/r?next={frag}", f"ref={frag}"])
    return frag


HIDDEN: list[tuple[str, str, str]] = []


def _build() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rng = random.Random(10_4242)
    names = list(CARRIERS)
    general = [n for n in names if n != "api_error"]
    budget = Budget(3)
    injected: list[tuple[str, str]] = []

    def place(cat: str, passage: str, pool: list[str]) -> None:
        for _ in range(200):
            carrier = rng.choice(pool)
            text = CARRIERS[carrier](rng, passage)
            if 150 <= len(text.encode()) <= 4300 and budget.fits(text):
                budget.take(text)
                injected.append((cat, text))
                return
        raise RuntimeError(f"could not place passage for {cat}")

    for cat, passages in _PASSAGES.items():
        order = list(passages) + list(passages[:9])
        for i, p in enumerate(order):
            if cat == "fake_error":
                pool = ["api_error", "log", "shell", "json_api", "api_error"] if i % 2 == 0 else general
            elif cat == "persuasion":
                pool = ["pdf_text", "email", "wiki", "html_page", "transcript", "readme"]
            else:
                pool = general
            place(cat, p, pool)

    plains = list(A.HIDDEN_PLAIN) + list(A.HIDDEN_PLAIN[:4])
    for i, plain in enumerate(plains):
        method = HIDDEN_METHODS[(i + 7) % len(HIDDEN_METHODS)] if i >= len(A.HIDDEN_PLAIN) else HIDDEN_METHODS[i % len(HIDDEN_METHODS)]
        frag = encode_hidden(method, plain, rng)
        HIDDEN.append((method, frag, plain))
        pool = ["html_page", "readme", "wiki"] if method in _HTML_METHODS else general
        place("disguised", _wrap_hidden(method, frag, rng), pool)

    benign: list[tuple[str, str]] = []
    genre: list[str] = []
    bbudget = Budget(3)
    suit: dict[str, list[str]] = {
        "security_article": ["html_page", "pdf_text", "rss", "wiki", "search_results", "readme"],
        "please_ignore_mail": ["email", "chat_export", "ticket", "calendar"],
        "doc_imperatives": ["readme", "wiki", "html_page", "pdf_text", "search_results", "diff"],
        "system_prompt_guide": ["html_page", "readme", "wiki", "pdf_text", "search_results"],
        "eval_fixture": ["source_file", "diff", "readme"],
        "code_comments": ["source_file", "diff"],
        "moderation_terms": ["html_page", "pdf_text", "wiki", "rss"],
        "human_ai_chat": ["chat_export", "transcript", "email"],
        "foreign_instructions": ["html_page", "email", "pdf_text", "reviews", "chat_export", "csv", "db_rows"],
        "support_chat": ["chat_export", "ticket", "transcript", "email"],
        "error_advice": ["log", "shell", "api_error", "ticket", "json_api"],
        "changelog": ["readme", "diff", "rss", "html_page", "wiki"],
        "ids_and_hashes": ["log", "json_api", "shell", "db_rows", "ticket", "chat_export"],
    }
    kinds = list(HARD_NEGATIVES)
    target = 840
    attempts = 0
    while len(benign) < target:
        attempts += 1
        if attempts > 40_000:
            raise RuntimeError("benign generation stalled")
        i = len(benign)
        if i % 5 in (0, 1, 2):
            kind = kinds[(i // 5 * 3 + i % 5 + attempts) % len(kinds)]
            inner = HARD_NEGATIVES[kind](rng, bbudget.fits)
            if not inner.strip():
                continue
            carrier = rng.choice(suit[kind])
        else:
            kind = "ordinary"
            carrier = rng.choice(names)
            inner = sentence(rng) if carrier in ("api_error", "csv", "db_rows", "log") else para(rng, 1, 3)
        if carrier == "api_error" and inner == "":
            continue
        text = CARRIERS[carrier](rng, inner)
        if 150 <= len(text.encode()) <= 4300 and bbudget.take(text):
            benign.append((carrier, text))
            genre.append(kind)
    BENIGN_GENRES.extend(genre)
    return injected, benign


BENIGN_GENRES: list[str] = []
"""Parallel to ``BENIGN``: the hard-negative genre of each text, or ``"ordinary"``."""
INJECTED, BENIGN = _build()
