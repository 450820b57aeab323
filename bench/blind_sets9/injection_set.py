"""Blind set 9, prompt injection: attacks embedded in MCP tool results, and benign results.

Built deterministically at import from fixed seeds. ``DISGUISED_SOURCES`` lists, for every
text of the ``disguised`` category, its index in ``INJECTED``, the hiding method, the plain
attack and the fragment as it occurs in the text (``_disguise.decode`` inverts it).
"""

from __future__ import annotations

import random

from ._attacks import ATTACKS, DISGUISED_PLAIN
from ._carriers import ORDINARY, email, html_page, readme
from ._common import VarietyGuard, evil_email, evil_url, fill
from ._disguise import ENCODERS, HIDERS, wrap
from ._hardneg import HARD, HARD_CARRIERS

ALL_CATEGORIES: list[str] = [
    "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion",
    "task_hijack", "harmful_code", "fake_error", "response_manipulation", "multilingual",
    "disguised",
]
PER_CATEGORY = 30


def _build_injected() -> tuple[list[tuple[str, str]], list[tuple[int, str, str, str]]]:
    rng = random.Random(90901)
    guard = VarietyGuard()
    carriers = list(ORDINARY.values()) + list(HARD_CARRIERS.values())
    out: list[tuple[str, str]] = []
    sources: list[tuple[int, str, str, str]] = []
    for cat in ALL_CATEGORIES[:-1]:
        passages = ATTACKS[cat]
        order = list(range(len(passages)))
        rng.shuffle(order)
        got, i = 0, 0
        while got < PER_CATEGORY and i < PER_CATEGORY * 20:
            p = passages[order[i % len(order)]]
            i += 1
            payload = p.format(url=evil_url(rng), email=evil_email(rng))
            text = rng.choice(carriers)(rng, payload)
            if 150 <= len(text.encode()) <= 4300 and guard.accept(text):
                out.append((cat, text))
                got += 1
    methods = list(ENCODERS) + HIDERS
    for k, plain_t in enumerate(DISGUISED_PLAIN):
        method = methods[k % len(methods)]
        plain = plain_t.format(url=evil_url(rng), email=evil_email(rng))
        passage, frag = wrap(method, plain, rng)
        for _ in range(50):
            if method in HIDERS[:5]:
                text = rng.choice([html_page, email, readme])(rng, passage)
            elif method == "md_comment":
                text = readme(rng, passage)
            else:
                text = rng.choice(carriers)(rng, passage)
            if 150 <= len(text.encode()) <= 4300 and guard.accept(text):
                sources.append((len(out), method, plain, frag))
                out.append(("disguised", text))
                break
    return out, sources


def _build_benign() -> list[tuple[str, str]]:
    rng = random.Random(90902)
    guard = VarietyGuard()
    makers = {k: (lambda r, f=f: f(r, None)) for k, f in ORDINARY.items()}
    makers.update(HARD)
    quota = {k: 19 for k in ORDINARY} | {k: 36 for k in HARD}
    return fill(rng, quota, makers, guard)


INJECTED, DISGUISED_SOURCES = _build_injected()
BENIGN: list[tuple[str, str]] = _build_benign()
HARD_NEGATIVE_CARRIERS: list[str] = list(HARD)
