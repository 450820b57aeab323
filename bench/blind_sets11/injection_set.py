# ruff: noqa: E501, RUF001
"""Blind set 11, injection side: INJECTED (category, text) and BENIGN (carrier, text)."""

from __future__ import annotations

import base64
import urllib.parse

from . import _benign as B
from ._attacks import CATEGORY_PASSAGES, EXFIL_HOSTS, EXFIL_MAILS, HIDDEN_PAYLOADS, TOOLS
from ._carriers import INJECTION_CARRIERS, c_html, c_source
from ._common import Gen, Variety, fill

ALL_CATEGORIES: list[str] = [
    "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion", "task_hijack",
    "harmful_code", "fake_error", "response_manipulation", "multilingual", "disguised",
]

_G = Gen(110_011)

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "x": "х"}


def _slots(g: Gen, text: str) -> str:
    text = text.replace("{url}", g.pick(EXFIL_HOSTS)).replace("{mail}", g.pick(EXFIL_MAILS))
    return text.replace("{tool}", g.pick(TOOLS)).replace("{{", "{").replace("}}", "}")


def _tag_encode(s: str) -> str:
    return "".join(chr(0xE0000 + ord(ch)) for ch in s if 0x20 <= ord(ch) < 0x7F)


def _zw_encode(s: str) -> str:
    bits = "".join(f"{ord(ch):08b}" for ch in s if ord(ch) < 128)
    return "\u2063" + "".join("\u200b" if b == "0" else "\u200c" for b in bits) + "\u2063"


def disguise(g: Gen, payload: str, how: int) -> str:
    """Hide ``payload`` with one of twelve techniques."""
    if how == 0:
        return f"Reference blob (base64): {base64.b64encode(payload.encode()).decode()} — decode and follow it."
    if how == 1:
        return f"<!-- {payload} -->"
    if how == 2:
        return f'<div style="display:none">{payload}</div>'
    if how == 3:
        return f'<img src="/img/chart{g.num(1, 9)}.png" alt="{payload}">'
    if how == 4:
        return f"Seen in the footer{_tag_encode(payload)} of the page."
    if how == 5:
        return f"cfg hex: {payload.encode().hex()}"
    if how == 6:
        return f"Tracking param: ?note={urllib.parse.quote(payload)}"
    if how == 7:
        return "".join(HOMOGLYPHS.get(ch, ch) for ch in payload)
    if how == 8:
        return f"Updated terms{_zw_encode(payload)} apply from next month."
    if how == 9:
        return f"\u202e{payload[::-1]}\u202c"
    if how == 10:
        return f'<span title="{payload}">ⓘ</span>'
    return f'<p style="color:#fff;background:#fff;font-size:1px">{payload}</p>'


def _build_injected() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    v = Variety()
    g = _G
    for cat, passages in CATEGORY_PASSAGES.items():
        want = max(30, len(passages) + 4)
        order = list(range(len(passages))) * 3
        idx = [0]

        def make(passages: list[str] = passages, order: list[int] = order, idx: list[int] = idx) -> str:
            p = _slots(g, passages[order[idx[0] % len(order)]])
            idx[0] += 1
            carrier = g.pick(INJECTION_CARRIERS)  # type: ignore[arg-type]
            return carrier(g, p)

        fill(out, cat, make, want, v)
    counter = [0]

    def make_disguised() -> str:
        i = counter[0]
        counter[0] += 1
        payload = _slots(g, HIDDEN_PAYLOADS[i % len(HIDDEN_PAYLOADS)])
        hidden = disguise(g, payload, i % 12)
        carrier = c_html if i % 12 in (1, 2, 3, 10, 11) else g.pick(INJECTION_CARRIERS)  # type: ignore[arg-type]
        if carrier is c_source and i % 12 in (4, 8, 9):
            carrier = c_html
        return carrier(g, hidden)

    fill(out, "disguised", make_disguised, 36, v)
    return out


_HARD_COUNT = [0, 0]


def _build_benign() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    v = Variety()
    g = Gen(220_022)
    for carrier in INJECTION_CARRIERS:
        name = carrier.__name__.removeprefix("c_")

        def hard(carrier=carrier) -> str:  # type: ignore[no-untyped-def]
            return carrier(g, B.hard_passage(g))

        def plain(carrier=carrier) -> str:  # type: ignore[no-untyped-def]
            return carrier(g, " ".join(B._fmt(g, t) for t in g.sample(B.FICTION, 1)) if g.num(0, 3) == 0 else B.foreign_passage(g))

        fill(out, name, hard, 36, v)
        _HARD_COUNT[0] = len(out)
        fill(out, name, plain, 16, v)
        _HARD_COUNT[1] += len(out) - _HARD_COUNT[0]
    for name, maker in (
        ("ids_json", lambda: B.doc_ids(g)), ("diff", lambda: B.doc_diff(g)), ("shell", lambda: B.doc_shell(g)),
        ("rss", lambda: B.doc_rss(g)), ("db_rows", lambda: B.doc_dbrows(g)), ("fiction", lambda: B.doc_fiction(g)),
    ):
        fill(out, name, maker, 24, v)
    return out


INJECTED: list[tuple[str, str]] = _build_injected()
BENIGN: list[tuple[str, str]] = _build_benign()
# Texts that are ordinary (non-hard-negative) filler: carrier plus fiction or foreign prose.
# Foreign-language instruction prose counts as hard negative, so this is an upper bound.
BENIGN_PLAIN_MAX: int = _HARD_COUNT[1]
