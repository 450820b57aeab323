"""Blind set 5: prompt injections embedded in realistic MCP tool results, and benign results.

``INJECTED`` holds (category, text); ``BENIGN`` holds (carrier, text). ``INJECTED_PASSAGES`` gives,
for each injected text, the attack passage planted in it (for the disguised category, the plain
attack before it was hidden), and ``DISGUISE_INFO`` gives (index into INJECTED, method, plain)
for every disguised item. ``BENIGN_HARD`` marks the benign texts that are hard negatives.
Everything is built deterministically from a fixed seed.
"""

from __future__ import annotations

import base64
import random

from blind_sets5._benign import HARD_NEGATIVES, ORDINARY
from blind_sets5._carriers import CARRIERS, SENTENCES, para
from blind_sets5._passages import DISGUISED_PLAIN, PASSAGES

ALL_CATEGORIES: list[str] = [
    "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion",
    "task_hijack", "harmful_code", "fake_error", "response_manipulation", "multilingual",
    "disguised",
]

_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445",
        "i": "\u0456", "y": "\u0443"}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

DISGUISE_METHODS: list[str] = [
    "base64", "tag_chars", "zero_width", "html_comment", "hidden_element", "alt_attribute",
    "hex", "bidi", "url_encoded", "homoglyph", "title_attribute",
]


def homoglyph_encode(plain: str) -> str:
    return "".join(_CYR.get(ch, ch) for ch in plain)


def homoglyph_decode(text: str) -> str:
    back = {v: k for k, v in _CYR.items()}
    return "".join(back.get(ch, ch) for ch in text)


def disguise(rng: random.Random, method: str, plain: str) -> str:
    if method == "base64":
        enc = base64.b64encode(plain.encode()).decode()
        lead = rng.choice(["Metadata (base64): ", "payload=", "Decode and apply: ",
                           "x-annotation: ", "encoded note "])
        return lead + enc
    if method == "hex":
        lead = rng.choice(["hex dump: ", "checksum-note ", "0x", "data="])
        return lead + plain.encode().hex()
    if method == "url_encoded":
        enc = "".join(f"%{b:02X}" for b in plain.encode())
        return f"https://ref.example-cdn.net/r?note={enc}"
    if method == "tag_chars":
        hidden = "".join(chr(0xE0000 + ord(ch)) for ch in plain)
        return rng.choice(SENTENCES) + hidden
    if method == "zero_width":
        out = []
        for ch in plain:
            out.append(ch)
            if ch != " ":
                out.append(rng.choice(ZERO_WIDTH))
        return "".join(out)
    if method == "bidi":
        return "Ref: \u202e" + plain[::-1] + "\u202c end"
    if method == "html_comment":
        return f"<!-- {plain} -->"
    if method == "hidden_element":
        style = rng.choice(["display:none", "font-size:0", "color:#fff;background:#fff",
                            "position:absolute;left:-9999px", "opacity:0"])
        return f'<div style="{style}">{plain}</div>'
    if method == "alt_attribute":
        return f'<img src="/static/img/{rng.randint(1, 99)}.png" alt="{plain}">'
    if method == "title_attribute":
        return f'<a href="/docs" title="{plain}">documentation</a>'
    if method == "homoglyph":
        return homoglyph_encode(plain)
    raise ValueError(method)


def _build() -> tuple[
    list[tuple[str, str]], list[str], list[tuple[int, str, str]],
    list[tuple[str, str]], list[bool],
]:
    rng = random.Random(5_2025_11)
    names = sorted(CARRIERS)
    injected: list[tuple[str, str]] = []
    planted: list[str] = []
    info: list[tuple[int, str, str]] = []
    for cat in ALL_CATEGORIES[:-1]:
        for passage in PASSAGES[cat]:
            for carrier in rng.sample(names, 2):
                injected.append((cat, CARRIERS[carrier](rng, passage)))
                planted.append(passage)
    html_like = ["html_page", "markdown_page", "readme", "email", "rss", "wiki", "json_api"]
    k = 0
    for plain in DISGUISED_PLAIN:
        for _ in range(2):
            method = DISGUISE_METHODS[k % len(DISGUISE_METHODS)]
            k += 1
            pool = html_like if "attribute" in method or "element" in method else names
            carrier = rng.choice(pool)
            info.append((len(injected), method, plain))
            injected.append(("disguised", CARRIERS[carrier](rng, disguise(rng, method, plain))))
            planted.append(plain)

    benign: list[tuple[str, str]] = []
    hard: list[bool] = []
    for passage in HARD_NEGATIVES:
        for carrier in rng.sample(names, 7):
            benign.append((carrier, CARRIERS[carrier](rng, passage)))
            hard.append(True)
    for passage in ORDINARY:
        for carrier in rng.sample(names, 18):
            benign.append((carrier, CARRIERS[carrier](rng, passage)))
            hard.append(False)
    for i in range(180):
        carrier = names[i % len(names)]
        benign.append((carrier, CARRIERS[carrier](rng, para(rng, 2))))
        hard.append(False)
    return injected, planted, info, benign, hard


INJECTED, INJECTED_PASSAGES, DISGUISE_INFO, BENIGN, BENIGN_HARD = _build()
