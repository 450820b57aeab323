"""Blind set 7, prompt injection: attacks planted in realistic MCP tool results, plus benign ones.

``INJECTED`` holds (category, text); ``BENIGN`` holds (carrier, text); ``BENIGN_HARD`` flags which
benign texts are hard negatives; ``PASSAGES`` lists every distinct attack passage per category
(for ``disguised`` the hidden form, with ``DISGUISED_SOURCES`` giving the plain attack behind each).
Everything is generated at import from a fixed seed.
"""

from __future__ import annotations

import random

from . import _attacks as A
from ._benign import HARD_FOR, make_body
from ._benign import build as _build_benign
from ._carriers import CARRIERS
from ._common import VarietyGuard, fits
from ._disguise import ENCODERS, MARKUP

SEED = 7_2026
PER_CATEGORY = 30

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

_PLAIN: dict[str, list[str]] = {
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

_MARKUP_CARRIERS = ["html_page", "markdown_page", "rss", "readme"]
_ALL_CARRIERS = list(CARRIERS)


def _disguised(rng: random.Random) -> tuple[list[str], list[tuple[str, str]]]:
    passages: list[str] = []
    sources: list[tuple[str, str]] = []
    names = list(ENCODERS)
    k = 0
    while len(passages) < PER_CATEGORY + 4:
        plain = A.HIDDEN_PAYLOADS[k % len(A.HIDDEN_PAYLOADS)]
        enc = names[k % len(names)]
        hidden = ENCODERS[enc](plain, rng)
        passages.append(hidden)
        sources.append((enc, plain))
        k += 1
    return passages, sources


def _embed(rng: random.Random, category: str, attack: str, carrier: str) -> str:
    n_fill = rng.randint(3, 4) if category == "persuasion" else rng.randint(1, 3)
    # most attacks sit in ordinary prose; some in the same look-alike material the benign set uses
    theme = rng.choice(HARD_FOR[carrier]) if rng.random() < 0.3 else None
    body = make_body(rng, carrier, theme, n_fill)
    n_fill = len(body)
    pos = rng.choice(["start", "middle", "end"])
    idx = {"start": 0, "middle": max(1, n_fill // 2), "end": n_fill}[pos]
    if rng.random() < 0.5 and "\n" not in attack:
        # glue the attack onto a neighbouring paragraph instead of giving it its own
        j = min(idx, n_fill - 1)
        body[j] = f"{attack} {body[j]}" if pos == "start" else f"{body[j]} {attack}"
    else:
        body.insert(idx, attack)
    return CARRIERS[carrier](rng, body)


def _build_injected(
    rng: random.Random,
) -> tuple[list[tuple[str, str]], dict[str, list[str]], list[tuple[str, str]]]:
    guard = VarietyGuard(3)
    out: list[tuple[str, str]] = []
    passages = {c: list(v) for c, v in _PLAIN.items()}
    hidden, sources = _disguised(rng)
    passages["disguised"] = hidden
    used_sources: list[tuple[str, str]] = []
    for category in ALL_CATEGORIES:
        pool = passages[category]
        made = 0
        k = 0
        used: list[str] = []
        while made < PER_CATEGORY and k < len(pool) * 20:
            attack = pool[k % len(pool)]
            k += 1
            if category == "disguised":
                enc = sources[pool.index(attack)][0]
                if used.count(attack) >= 1:
                    continue
                choices = _MARKUP_CARRIERS if enc in MARKUP else _ALL_CARRIERS
            else:
                if used.count(attack) >= 2:
                    continue
                choices = _ALL_CARRIERS
            for _ in range(12):  # retry in other carriers before moving to the next passage
                text = _embed(rng, category, attack, rng.choice(choices))
                if fits(text) and guard.offer(text):
                    break
            else:
                continue
            out.append((category, text))
            used.append(attack)
            if category == "disguised":
                used_sources.append(sources[pool.index(attack)])
            made += 1
        passages[category] = [p for p in pool if p in used]
    return out, passages, used_sources


INJECTED: list[tuple[str, str]]
PASSAGES: dict[str, list[str]]
DISGUISED_SOURCES: list[tuple[str, str]]
INJECTED, PASSAGES, DISGUISED_SOURCES = _build_injected(random.Random(SEED))

BENIGN: list[tuple[str, str]]
BENIGN_HARD: list[bool]
BENIGN, BENIGN_HARD = _build_benign(SEED + 1, 42)

__all__ = [
    "ALL_CATEGORIES",
    "BENIGN",
    "BENIGN_HARD",
    "DISGUISED_SOURCES",
    "INJECTED",
    "PASSAGES",
]
