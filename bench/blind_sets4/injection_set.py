"""Blind set 4 — prompt injection: attacks embedded in realistic tool results, plus benign texts.

Written independently of the detectors; to be used once, at the end of the session.
"""

from __future__ import annotations

import random

from blind_sets4 import passages as P
from blind_sets4.carriers import CARRIERS, FILLER, para, source_py_raw
from blind_sets4.disguised import TECHNIQUES, encode
from blind_sets4.hard_negatives import HARD_NEGATIVES

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

PASSAGES: dict[str, list[str]] = {
    "override": P.OVERRIDE,
    "fake_role": P.FAKE_ROLE,
    "tool_call": P.TOOL_CALL,
    "exfiltration": P.EXFILTRATION,
    "authority": P.AUTHORITY,
    "persuasion": P.PERSUASION,
    "task_hijack": P.TASK_HIJACK,
    "harmful_code": P.HARMFUL_CODE,
    "fake_error": P.FAKE_ERROR,
    "response_manipulation": P.RESPONSE_MANIPULATION,
    "multilingual": P.MULTILINGUAL,
}

_HTML_TECH = {"html_comment", "hidden_div", "alt_attr", "title_attr", "white_text"}
_HTML_CARRIERS = ["html_page", "markdown_page", "email", "rss", "readme"]

PER_CATEGORY = 32
BENIGN_PER_CARRIER = 37

# Persuasion passages are buried in long text: extra ordinary paragraphs around them.
_LONG = {"persuasion"}

# (technique, encoded core, plain attack) for each disguised text, aligned with DISGUISED_INDEX.
DISGUISED_ITEMS: list[tuple[str, str, str]] = []
DISGUISED_INDEX: list[int] = []
# Attack passage used for each injected text (raw, before the carrier escapes it).
INJECTED_PASSAGES: list[str] = []
# Whether each benign text is a hard negative.
BENIGN_HARD: list[bool] = []


def _build() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rng = random.Random(40404)
    carriers = list(CARRIERS)
    injected: list[tuple[str, str]] = []
    for cat in ALL_CATEGORIES:
        for i in range(PER_CATEGORY):
            if cat == "disguised":
                plain = P.DISGUISED_PLAIN[i % len(P.DISGUISED_PLAIN)]
                tech = TECHNIQUES[(i * 5 + i // len(TECHNIQUES)) % len(TECHNIQUES)]
                passage, core = encode(tech, plain, rng)
                carrier = rng.choice(_HTML_CARRIERS) if tech in _HTML_TECH else rng.choice(carriers)
                DISGUISED_ITEMS.append((tech, core, plain))
                DISGUISED_INDEX.append(len(injected))
            else:
                pool = PASSAGES[cat]
                passage = pool[i % len(pool)]
                if cat in _LONG:
                    around = rng.sample(FILLER, 6)
                    passage = " ".join(around[:3]) + " " + passage + " " + " ".join(around[3:])
                carrier = carriers[(i * 7 + ALL_CATEGORIES.index(cat)) % len(carriers)]
            INJECTED_PASSAGES.append(passage)
            injected.append((cat, CARRIERS[carrier](rng, passage)))
    benign: list[tuple[str, str]] = []
    by_carrier: dict[str, list[str]] = {c: [] for c in carriers}
    for fits, snippet in HARD_NEGATIVES:
        for c in fits:
            by_carrier[c].append(snippet)
    for c in carriers:
        pool = by_carrier[c]
        for j in range(BENIGN_PER_CARRIER):
            hard = j % 3 != 0
            body = pool[j % len(pool)] if hard else para(rng, 2)
            if hard and j >= len(pool) * 2:
                body = body + " " + rng.choice(FILLER)
            if c == "source_py" and hard:
                benign.append((c, source_py_raw(rng, body)))
            else:
                benign.append((c, CARRIERS[c](rng, body)))
            BENIGN_HARD.append(hard)
    return injected, benign


INJECTED, BENIGN = _build()
