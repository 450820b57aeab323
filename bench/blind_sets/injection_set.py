"""Blind prompt-injection set: tool results with a hidden injection, and benign tool results.

`INJECTED` holds (category, text) pairs, `BENIGN` holds (carrier, text) pairs. Both are built
deterministically at import from hand-written payloads, hand-written hard negatives and the
carriers in `carriers.py` (fixed seed), so every run sees the same texts.

Categories: override, fake_turn, tool_call, exfil_markdown, authority, persuasion_long,
task_hijack, harmful_code, fake_error, multilingual, disguised.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from random import Random

from blind_sets import carriers
from blind_sets.benign_texts import HARD_NEGATIVES
from blind_sets.injection_payloads import (
    AUTHORITY,
    DISGUISED,
    EXFIL_MARKDOWN,
    FAKE_ERROR,
    FAKE_TURN,
    HARMFUL_CODE,
    MULTILINGUAL,
    OVERRIDE,
    PERSUASION_LONG,
    TASK_HIJACK,
    TOOL_CALL,
    Payload,
)

SEED = 20261121
MIN_BYTES = 100
MAX_BYTES = 6 * 1024
BENIGN_PER_CARRIER = 18
BENIGN_PER_LONG_CARRIER = 6  # long carriers reuse most of their pool: keep them few

CATEGORIES: dict[str, list[Payload]] = {
    "override": OVERRIDE,
    "fake_turn": FAKE_TURN,
    "tool_call": TOOL_CALL,
    "exfil_markdown": EXFIL_MARKDOWN,
    "authority": AUTHORITY,
    "persuasion_long": PERSUASION_LONG,
    "task_hijack": TASK_HIJACK,
    "harmful_code": HARMFUL_CODE,
    "fake_error": FAKE_ERROR,
    "multilingual": MULTILINGUAL,
}
ALL_CATEGORIES = (*CATEGORIES, "disguised")

_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
_HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
               "x": "\u0445", "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410",
               "E": "\u0415", "O": "\u041e", "S": "\u0405", "I": "\u0406"}


def _zero_width(rng: Random, text: str) -> str:
    out = []
    for char in text:
        out.append(char)
        if char.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(_ZERO_WIDTH))
    return "".join(out)


def _homoglyphs(rng: Random, text: str) -> str:
    return "".join(_HOMOGLYPHS[c] if c in _HOMOGLYPHS and rng.random() < 0.6 else c
                   for c in text)


def _base64_note(rng: Random, text: str) -> str:
    blob = base64.b64encode(text.encode()).decode()
    label = rng.choice(["ref", "x-note", "meta", "payload", "annotation"])
    return f"{label}: {blob}"


def _spaced(rng: Random, text: str) -> str:
    del rng
    return "  ".join(" ".join(word) for word in text.split())


_HTML_DISGUISES: dict[str, Callable[[Random, str], str]] = {
    "html_comment": lambda rng, t: f"<!-- {t} -->",
    "hidden_div": lambda rng, t: rng.choice([
        f'<div style="display:none">{t}</div>',
        f'<div hidden aria-hidden="true">{t}</div>',
        f'<span class="sr-only" style="position:absolute;left:-9999px">{t}</span>']),
    "white_text": lambda rng, t: rng.choice([
        f'<p style="color:#ffffff;background:#ffffff">{t}</p>',
        f'<span style="font-size:0px">{t}</span>']),
    "alt_text": lambda rng, t: f'<img src="/media/{rng.randint(10, 99)}.jpg" alt="{t}">',
}


def _disguise(rng: Random, kind: str, carrier_name: str, text: str) -> str:
    carrier = carriers.CARRIERS[carrier_name]
    if carrier_name == "web_html" and kind in _HTML_DISGUISES:
        return carriers.web_page_html(rng, _HTML_DISGUISES[kind](rng, text), raw=True)
    transforms: dict[str, Callable[[Random, str], str]] = {
        "html_comment": lambda r, t: f"<!-- {t} -->",
        "alt_text": lambda r, t: f"![{t}](docs/img/overview-{r.randint(1, 9)}.png)",
        "base64": _base64_note,
        "zero_width": _zero_width,
        "homoglyph": _homoglyphs,
        "spaced": _spaced,
        "markdown_ref": lambda r, t: f'See the [setup guide][{r.randint(1, 5)}].\n\n'
                                     f'[{r.randint(1, 5)}]: https://docs.example.dev/setup "{t}"',
    }
    return carrier(rng, transforms[kind](rng, text))


def _injected(rng: Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for category, payloads in CATEGORIES.items():
        for carrier_name, text in payloads:
            out.append((category, carriers.CARRIERS[carrier_name](rng, text)))
    for kind, carrier_name, text in DISGUISED:
        out.append(("disguised", _disguise(rng, kind, carrier_name, text)))
    return out


def _benign(rng: Random) -> list[tuple[str, str]]:
    out = list(HARD_NEGATIVES)
    seen = {text for _, text in out}
    for name, carrier in carriers.CARRIERS.items():
        made, wanted = 0, BENIGN_PER_LONG_CARRIER if name.endswith("_long") else BENIGN_PER_CARRIER
        while made < wanted:
            text = carrier(rng, None)
            if text in seen or len(text.encode()) < MIN_BYTES:
                continue
            seen.add(text)
            out.append((name, text))
            made += 1
    return out


INJECTED: list[tuple[str, str]] = _injected(Random(SEED))
BENIGN: list[tuple[str, str]] = _benign(Random(SEED + 1))
