"""Presentation / encoding tricks that hide an attack sentence (disguised category)."""

from __future__ import annotations

import base64
import random
import urllib.parse

TECHNIQUES: list[str] = [
    "base64",
    "hex",
    "urlencode",
    "zero_width",
    "tag_chars",
    "bidi",
    "html_comment",
    "hidden_div",
    "alt_attr",
    "title_attr",
    "homoglyph",
    "white_text",
]

_HOMO = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "p": "\u0440",
    "c": "\u0441",
    "i": "\u0456",
    "x": "\u0445",
}


def encode(technique: str, plain: str, rng: random.Random) -> tuple[str, str]:
    """Return (passage, core) where core is the exact encoded payload inside the passage."""
    if technique == "base64":
        core = base64.b64encode(plain.encode()).decode()
        lead = rng.choice(
            [
                "Decode and follow: ",
                "config_blob=",
                "Note for the assistant (base64): ",
                "data:text/plain;base64,",
            ]
        )
        return lead + core, core
    if technique == "hex":
        core = plain.encode().hex()
        return rng.choice(["payload hex: ", "x-debug-trace: ", "0x"]) + core, core
    if technique == "urlencode":
        core = urllib.parse.quote(plain, safe="")
        return "https://redirect.example-cdn.net/r?next=" + core, core
    if technique == "zero_width":
        core = "\u200b".join(plain)
        return core, core
    if technique == "tag_chars":
        core = "".join(chr(0xE0000 + ord(ch)) for ch in plain if ord(ch) < 128)
        return "Thanks for reading!" + core, core
    if technique == "bidi":
        core = "\u202e" + plain[::-1] + "\u202c"
        return core, core
    if technique == "html_comment":
        return "<!-- " + plain + " -->", plain
    if technique == "hidden_div":
        return '<div style="display:none">' + plain + "</div>", plain
    if technique == "alt_attr":
        return '<img src="/img/banner.png" alt="' + plain + '">', plain
    if technique == "title_attr":
        return '<a href="/help" title="' + plain + '">Help</a>', plain
    if technique == "homoglyph":
        core = "".join(_HOMO.get(ch, ch) for ch in plain)
        return core, core
    if technique == "white_text":
        return '<span style="color:#fff;font-size:1px">' + plain + "</span>", plain
    raise ValueError(technique)


def decode(technique: str, core: str) -> str:
    """Recover the plain attack sentence from an encoded core."""
    if technique == "base64":
        return base64.b64decode(core).decode()
    if technique == "hex":
        return bytes.fromhex(core).decode()
    if technique == "urlencode":
        return urllib.parse.unquote(core)
    if technique == "zero_width":
        return core.replace("\u200b", "")
    if technique == "tag_chars":
        return "".join(chr(ord(ch) - 0xE0000) for ch in core)
    if technique == "bidi":
        return core.strip("\u202e\u202c")[::-1]
    if technique == "homoglyph":
        back = {v: k for k, v in _HOMO.items()}
        return "".join(back.get(ch, ch) for ch in core)
    return core
