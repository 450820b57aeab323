"""Text normalisation and unpacking shared by the detectors and the content guards.

Everything here is deterministic, offline and bounded: inputs longer than `MAX_SCAN_CHARS` are
scanned only up to that length, and at most `MAX_BLOBS` encoded blobs are decoded per text.

`normalise` returns a lower-cased ASCII *skeleton* for pattern matching (NFKC, invisible and
control characters removed, Cyrillic/Greek look-alikes folded to Latin) together with a map back
to offsets in the original text, and it *reports* every character it removed, so that a caller can
name the hidden text instead of silently cleaning it.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass, field

MAX_SCAN_CHARS = 65_536
MAX_BLOBS = 16
MAX_BLOB_CHARS = 8_192

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u034f\u115f\u1160\u3164")
_BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_TAG_FIRST, _TAG_LAST = 0xE0000, 0xE007F
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_KEEP_CONTROLS = frozenset("\t\n\r")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Cyrillic and Greek letters whose glyphs are indistinguishable from a Latin letter. Written from
# the Unicode confusables idea (same shape), restricted to look-alikes that fold to one ASCII char.
# Pairs of (look-alike, ASCII letter), escaped so the source itself shows no confusables.
_CYRILLIC_PAIRS = (
    "\u0430a\u0432b\u0435e\u0451e\u043ak\u043cm\u043dh\u043eo\u0440p\u0441c\u0442t"
    "\u0443y\u0445x\u0455s\u0456i\u0457i\u0458j\u0501d\u051bq\u051dw\u04bbh\u04cfl"
    "\u0261g\u0410a\u0412b\u0415e\u041ak\u041cm\u041dh\u041eo\u0420p\u0421c\u0422t"
    "\u0423y\u0425x\u0405s\u0406i\u0408j\u0500d\u051aq\u051cw"
)
_GREEK_PAIRS = (
    "\u03b1a\u03b2b\u03b5e\u03b9i\u03bak\u03bdv\u03bfo\u03c1p\u03c4t\u03c5u\u03c7x"
    "\u03f2c\u03f3j\u0391a\u0392b\u0395e\u0396z\u0397h\u0399i\u039ak\u039cm\u039dn"
    "\u039fo\u03a1p\u03a4t\u03a5y\u03a7x"
)
_PAIRS = _CYRILLIC_PAIRS + _GREEK_PAIRS
_CONFUSABLES: dict[str, str] = {_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}


@dataclass(frozen=True, slots=True)
class HiddenRun:
    """A run of removed characters of one kind; `span` is in the original text.

    For Unicode tag characters `revealed` holds the ASCII text they encode.
    """

    kind: str  # "zero_width", "bidi", "tag", "ansi", "control"
    span: tuple[int, int]
    count: int
    revealed: str = ""


@dataclass(frozen=True, slots=True)
class Normalised:
    """`skeleton`: lower-cased, folded text to match against; `origin[i]` is the original offset of
    skeleton character i (with one extra entry for the end)."""

    original: str
    skeleton: str
    origin: tuple[int, ...]
    hidden: list[HiddenRun] = field(default_factory=list)
    homoglyph_words: list[tuple[int, int]] = field(default_factory=list)
    truncated: bool = False

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span in `skeleton` back to the original text."""
        if end <= start:
            point = self.origin[min(start, len(self.origin) - 1)]
            return (point, point)
        return (self.origin[start], self.origin[end - 1] + 1)


def hidden_kind(char: str) -> str | None:
    """The kind of invisible character `char` is, or None for a visible one."""
    code = ord(char)
    if _TAG_FIRST <= code <= _TAG_LAST:
        return "tag"
    if char in _ZERO_WIDTH:
        return "zero_width"
    if char in _BIDI:
        return "bidi"
    if char not in _KEEP_CONTROLS and unicodedata.category(char) == "Cc":
        return "control"
    return None


def fold_char(char: str) -> str:
    """Lower-case one character and fold a Latin look-alike to ASCII (always one character)."""
    folded = _CONFUSABLES.get(char)
    if folded is not None:
        return folded
    lower = char.lower()
    return lower if len(lower) == 1 else char


def skeleton(text: str) -> str:
    """The folded, lower-cased skeleton of `text` (convenience wrapper around `normalise`)."""
    return normalise(text).skeleton


def normalise(text: str, *, limit: int = MAX_SCAN_CHARS) -> Normalised:
    """NFKC-normalise, strip and report invisible characters, fold homoglyphs, lower-case."""
    truncated = len(text) > limit
    source = text[:limit]
    if source.isascii() and not _ASCII_CONTROL.search(source):
        # Fast path (most tool text): NFKC and folding are identities on printable ASCII.
        return Normalised(text, source.lower(), tuple(range(len(source) + 1)), truncated=truncated)
    out: list[str] = []
    origin: list[int] = []
    hidden: list[HiddenRun] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\x1b":
            match = _ANSI.match(source, index)
            end = match.end() if match else index + 1
            _add_hidden(hidden, "ansi", index, end, "")
            index = end
            continue
        kind = hidden_kind(char)
        if kind is not None:
            revealed = chr(ord(char) - _TAG_FIRST) if kind == "tag" else ""
            _add_hidden(hidden, kind, index, index + 1, revealed)
            index += 1
            continue
        for piece in unicodedata.normalize("NFKC", char):
            out.append(fold_char(piece))
            origin.append(index)
        index += 1
    origin.append(len(source))
    return Normalised(
        original=text,
        skeleton="".join(out),
        origin=tuple(origin),
        hidden=hidden,
        homoglyph_words=mixed_script_words(source),
        truncated=truncated,
    )


def _add_hidden(runs: list[HiddenRun], kind: str, start: int, end: int, revealed: str) -> None:
    last = runs[-1] if runs else None
    if last is not None and last.kind == kind and last.span[1] == start:
        runs[-1] = HiddenRun(kind, (last.span[0], end), last.count + 1, last.revealed + revealed)
    else:
        runs.append(HiddenRun(kind, (start, end), 1, revealed))


_WORD = re.compile(r"[^\W\d_]{2,}")


def script_of(char: str) -> str:
    """A coarse script name for a letter: LATIN, CYRILLIC, GREEK, CJK, ... or OTHER."""
    if char.isascii():
        return "LATIN" if char.isalpha() else "OTHER"
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "OTHER"
    head = name.split(" ", 1)[0]
    if head in {"CJK", "HIRAGANA", "KATAKANA", "HANGUL"}:
        return "CJK"
    return head


def mixed_script_words(text: str) -> list[tuple[int, int]]:
    """Spans of words mixing Latin letters with Cyrillic/Greek look-alikes (homoglyph disguise).

    A word written wholly in Cyrillic or Greek is real text in that language, not a disguise; it
    counts only if every non-Latin letter in it has a Latin look-alike and at least one Latin
    letter is present.
    """
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        foreign = [c for c in word if not c.isascii()]
        has_latin = any(c.isascii() for c in word)
        if has_latin and all(c in _CONFUSABLES for c in foreign):
            spans.append(match.span())
    return spans


def foreign_letter_runs(text: str, *, min_letters: int = 4) -> list[tuple[int, int, str]]:
    """Runs of at least `min_letters` letters of one non-Latin script (non-letters may separate
    them; a Latin letter ends the run). Returns (start, end, script)."""
    runs: list[tuple[int, int, str]] = []
    script, start, last, letters = "", 0, 0, 0
    for index, char in enumerate(text):
        if not char.isalpha():
            continue
        current = script_of(char)
        if current != "LATIN" and current == script:
            letters, last = letters + 1, index
            continue
        if script and letters >= min_letters:
            runs.append((start, last + 1, script))
        script = "" if current == "LATIN" else current
        start, last, letters = index, index, 1
    if script and letters >= min_letters:
        runs.append((start, last + 1, script))
    return runs


@dataclass(frozen=True, slots=True)
class Blob:
    """An encoded run of text and what it decodes to; `span` is in the text it was found in."""

    kind: str  # "base64", "hex", "url", "html_entity"
    span: tuple[int, int]
    decoded: str


# A run may start right after "=" (`key=<base64>`): padding only ever ends a run.
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){12,}(?![0-9A-Fa-f])")
# Four escapes, up to a word apart: "?next=You%20are%20now%20in%20developer%20mode" is text.
_URL_ENCODED = re.compile(r"(?:%[0-9A-Fa-f]{2}[^\s%]{0,30}){4,}")
_HTML_ENTITY = re.compile(r"(?:&#?[0-9A-Za-z]{2,8};[^\s&]{0,3}){4,}")


def decode_blobs(text: str, *, max_blobs: int = MAX_BLOBS) -> list[Blob]:
    """Find base64, hex, URL-encoded and HTML-entity runs that decode to readable text."""
    source = text[:MAX_SCAN_CHARS]
    blobs: list[Blob] = []
    for kind, pattern in (
        ("base64", _BASE64),
        ("hex", _HEX),
        ("url", _URL_ENCODED),
        ("html_entity", _HTML_ENTITY),
    ):
        for match in pattern.finditer(source):
            if len(blobs) >= max_blobs:
                return blobs
            decoded = _decode(kind, match.group()[:MAX_BLOB_CHARS])
            if decoded is not None:
                blobs.append(Blob(kind, match.span(), decoded))
    return blobs


def _decode(kind: str, raw: str) -> str | None:
    try:
        if kind == "base64":
            if raw.isalpha() or raw.isdigit() or ("_" in raw.strip("=") and "-" not in raw):
                return None  # identifiers and numbers, not payloads
            padded = raw + "=" * (-len(raw) % 4)
            data = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
            return _readable(data.decode("utf-8"))
        if kind == "hex":
            return _readable(binascii.unhexlify(re.sub(r"[ :]", "", raw)).decode("utf-8"))
        if kind == "url":
            return _readable(urllib.parse.unquote(raw, errors="strict"))
        return _readable(html.unescape(raw))
    except (ValueError, UnicodeDecodeError):
        return None


def _readable(decoded: str) -> str | None:
    """Decoded bytes count as hidden text only if they look like words, not binary noise."""
    if len(decoded) < 6:
        return None
    printable = sum(1 for c in decoded if c.isprintable() or c in "\n\t")
    letters = sum(1 for c in decoded if c.isalpha() or c == " ")
    if printable < 0.95 * len(decoded) or letters < 0.6 * len(decoded):
        return None
    return decoded


# -- sanitising (used by the content guard) ------------------------------------------------------

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    + "".join(sorted(_ZERO_WIDTH | _BIDI))
    + "\U000e0000-\U000e007f]"
)
_ZWJ, _ZWNJ = "\u200d", "\u200c"
# Scripts whose orthography needs ZWJ/ZWNJ between letters (Persian, Indic, Sinhala...).
_JOINING_SCRIPTS = frozenset(
    {
        "ARABIC",
        "SYRIAC",
        "NKO",
        "MONGOLIAN",
        "DEVANAGARI",
        "BENGALI",
        "GURMUKHI",
        "GUJARATI",
        "ORIYA",
        "TAMIL",
        "TELUGU",
        "KANNADA",
        "MALAYALAM",
        "SINHALA",
        "KHMER",
        "MYANMAR",
    }
)


def has_invisible(text: str) -> bool:
    """True when `text` holds an escape, control (other than tab/newline/CR), bidi, zero-width or
    tag character. One regex search: the fast path for clean text."""
    return _INVISIBLE.search(text) is not None


def _is_pictographic(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.category(char) == "So"
        or 0x1F000 <= code <= 0x1FAFF
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
    )


def _legitimate_joiner(text: str, index: int) -> bool:
    """ZWJ inside an emoji sequence, or ZWJ/ZWNJ between letters of a script that needs them,
    is orthography, not concealment."""
    char = text[index]
    if char not in (_ZWJ, _ZWNJ) or index == 0 or index + 1 >= len(text):
        return False
    before, after = text[index - 1], text[index + 1]
    if char == _ZWJ and _is_pictographic(before) and _is_pictographic(after):
        return True
    scripts = {script_of(before), script_of(after)}
    return (
        before.isalpha() and after.isalpha() and len(scripts) == 1 and scripts <= _JOINING_SCRIPTS
    )


def strip_invisible(text: str) -> tuple[str, list[HiddenRun]]:
    """Remove ANSI escape sequences, control characters (except tab, newline, carriage return),
    bidi controls, zero-width and tag characters; report each removed run (spans in `text`).

    Joiners that real orthography needs (emoji ZWJ sequences, ZWNJ in Persian or Hindi) stay.
    Only the matches are visited, so clean stretches cost nothing in Python."""
    if not has_invisible(text):
        return text, []
    out: list[str] = []
    runs: list[HiddenRun] = []
    kept = 0  # text[kept:start] is still to be copied
    for match in _INVISIBLE.finditer(text):  # \x1b is in the class: ANSI sequences start there
        start, end = match.span()
        if start < kept:
            continue
        char = text[start]
        if char == "\x1b":
            ansi = _ANSI.match(text, start)
            end = ansi.end() if ansi else start + 1
            kind: str | None = "ansi"
        else:
            kind = hidden_kind(char)
            if kind == "zero_width" and _legitimate_joiner(text, start):
                kind = None
        if kind is None:
            continue
        out.append(text[kept:start])
        revealed = chr(ord(char) - _TAG_FIRST) if kind == "tag" else ""
        _add_hidden(runs, kind, start, end, revealed)
        kept = end
    out.append(text[kept:])
    return "".join(out), runs


def confusable_table() -> dict[int, str]:
    """A `str.translate` table folding the Cyrillic/Greek look-alikes to their Latin letter."""
    return str.maketrans(_CONFUSABLES)


# -- invisible characters inside words (word-splitting disguise) ---------------------------------

_SOFT_HYPHEN = "\u00ad"
_INVISIBLE_OPERATORS = "\u2061\u2062\u2063\u2064"
_IN_WORD_INVISIBLE = re.compile(
    "["
    + "".join(sorted(_ZERO_WIDTH))
    + _INVISIBLE_OPERATORS
    + "\ufe00-\ufe0f\U000e0100-\U000e01ef]+"
)
_SPLITTABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})
_DISGUISE_GAP = 24  # visible characters between insertions that still belong to one run
_MIN_HYPHENATED_LETTERS = 6
_MIN_SYLLABLE_LETTERS = 2
_LETTERS_PER_SOFT_HYPHEN = 3


@dataclass(frozen=True, slots=True)
class DisguisedRun:
    """Words split by invisible characters. `span` covers the whole words in the original text,
    `count` is the number of invisible characters placed between letters, `revealed` is the
    covered text as a reader sees it (the invisible characters removed)."""

    span: tuple[int, int]
    count: int
    revealed: str


def disguised_runs(text: str, *, min_count: int = 3) -> list[DisguisedRun]:
    """Invisible characters placed between letters of Latin, Cyrillic or Greek words, adjacent
    insertions merged into one run. Returned only when the text holds at least `min_count`
    such insertions: one stray joiner or a BOM is not a disguise.

    Orthography passes: joiners between letters of scripts that need them (Persian, Indic ...)
    and emoji sequences are not between Latin/Cyrillic/Greek letters; a soft hyphen is a
    hyphenation hint when its word has at least 6 letters, every piece at least 2 letters and
    at most one soft hyphen per 3 letters ("in\\u00adfor\\u00adma\\u00adtion"). Soft hyphens never
    hide a word from the rules (the skeleton drops them), so this rule only decides what is
    reported as a disguise."""
    if not _IN_WORD_INVISIBLE.search(text):
        return []
    inside = [m.span() for m in _IN_WORD_INVISIBLE.finditer(text) if _splits_word(text, *m.span())]
    if sum(end - start for start, end in inside) < min_count:
        return []
    groups: list[list[tuple[int, int]]] = []
    for span in inside:
        last = groups[-1][-1] if groups else None
        if last is not None and span[0] - last[1] <= _DISGUISE_GAP and "\n" not in text[
            last[1] : span[0]
        ]:
            groups[-1].append(span)
        else:
            groups.append([span])
    return [_disguised_run(text, group) for group in groups]


def _disguised_run(text: str, group: list[tuple[int, int]]) -> DisguisedRun:
    start, end = group[0][0], group[-1][1]
    while start > 0 and (text[start - 1].isalnum() or _IN_WORD_INVISIBLE.match(text[start - 1])):
        start -= 1
    while end < len(text) and (text[end].isalnum() or _IN_WORD_INVISIBLE.match(text[end])):
        end += 1
    revealed = _IN_WORD_INVISIBLE.sub("", text[start:end])
    return DisguisedRun((start, end), sum(e - s for s, e in group), revealed)


def _splits_word(text: str, start: int, end: int) -> bool:
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if not (before.isalpha() and after.isalpha()):
        return False
    if not {script_of(before), script_of(after)} <= _SPLITTABLE_SCRIPTS:
        return False
    return not (text[start:end] == _SOFT_HYPHEN and _hyphenation_hint(text, start))


def _hyphenation_hint(text: str, index: int) -> bool:
    """The soft hyphen at `index` sits in a long word with syllable-sized pieces."""
    start, end = index, index + 1
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == _SOFT_HYPHEN):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == _SOFT_HYPHEN):
        end += 1
    pieces = text[start:end].split(_SOFT_HYPHEN)
    letters = sum(len(piece) for piece in pieces)
    hyphens = len(pieces) - 1
    return (
        letters >= _MIN_HYPHENATED_LETTERS
        and all(len(piece) >= _MIN_SYLLABLE_LETTERS for piece in pieces)
        and hyphens * _LETTERS_PER_SOFT_HYPHEN <= letters
    )


def orthographic_invisible(text: str, index: int) -> bool:
    """The invisible character at `index` is orthography: a joiner in an emoji sequence or in a
    script that needs it, or a soft hyphen hinting a break in a long word."""
    if text[index] == _SOFT_HYPHEN:
        return _hyphenation_hint(text, index)
    return _legitimate_joiner(text, index) or _joiner_after_mark(text, index)


def _joiner_after_mark(text: str, index: int) -> bool:
    """ZWJ/ZWNJ after a virama or vowel sign ("क्‍ष"): Indic conjunct control."""
    if text[index] not in (_ZWJ, _ZWNJ) or index == 0 or index + 1 >= len(text):
        return False
    before, after = text[index - 1], text[index + 1]
    if not unicodedata.category(before).startswith("M"):
        return False
    scripts = {script_of(before), script_of(after)}
    return len(scripts) == 1 and scripts <= _JOINING_SCRIPTS
