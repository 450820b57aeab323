"""A faster `text.normalise` for non-ASCII text, with identical results.

`text.normalise` walks non-ASCII text one character at a time in Python (about 0.6 µs per
character). Here the text is cut at invisible characters (found by one regex) and each visible
run that is already NFKC-normal and lower-cases one-to-one is folded in bulk with
`str.translate` + `str.lower`; only the remaining runs take the per-character path. The test
suite checks equality with `text.normalise` on varied text.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mcpwarden.detectors import hscache
from mcpwarden.detectors import injection_prefilter as prefiltermod
from mcpwarden.detectors import text as textmod

_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u034f\u115f\u1160\u3164"
    "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
_FOLD_TABLE = str.maketrans(textmod._CONFUSABLES)
# Words mixing scripts can only exist where a look-alike letter is present.
_CONFUSABLE = re.compile("[" + "".join(sorted(textmod._CONFUSABLES)) + "]")
# Either kind of character that keeps text off the plain path (one search instead of two).
_INVISIBLE_OR_CONFUSABLE = re.compile(
    _INVISIBLE.pattern[:-1] + "".join(map(re.escape, sorted(textmod._CONFUSABLES))) + "]"
)
_CONTEXT_SENSITIVE_LOWER = "\u03a3"  # Greek capital sigma lower-cases by context
_SMALLEST_SPLIT = 16


def normalise(text: str, *, limit: int = textmod.MAX_SCAN_CHARS) -> textmod.Normalised:
    """Same result as `text.normalise(text, limit=limit)`, faster on non-ASCII text."""
    source = text[:limit]
    if source.isascii():
        return textmod.normalise(text, limit=limit)
    out: list[str] = []
    origin: list[int] = []
    hidden: list[textmod.HiddenRun] = []
    position = 0
    while position < len(source):
        match = _INVISIBLE.search(source, position)
        stop = match.start() if match else len(source)
        if stop > position:
            _fold_run(source, position, stop, out, origin)
        if match is None:
            break
        position = _take_hidden(source, match.start(), hidden)
    origin.append(len(source))
    return textmod.Normalised(
        original=text,
        skeleton="".join(out),
        origin=tuple(origin),
        hidden=hidden,
        homoglyph_words=homoglyph_words(source),
        truncated=len(text) > limit,
    )


@dataclass(frozen=True, slots=True)
class Folded:
    """What `normalise` returns (same skeleton, hidden runs and homoglyph words, same
    `original_span`), with the offset map kept as segments instead of one entry per character:
    most of a skeleton is stretches copied one-to-one from the original, and building and
    keeping a 64 K-entry table cost more than the folding itself."""

    original: str
    skeleton: str
    hidden: list[textmod.HiddenRun]
    homoglyph_words: list[tuple[int, int]]
    # Segment k starts at skeleton offset starts[k] and maps to original offset origins[k]; an
    # identity segment (step 1) advances with the skeleton, the pieces of one expanded
    # character (step 0) all map to it. The last segment is the end of the text.
    starts: list[int]
    origins: list[int]
    steps: list[int]

    def origin(self, index: int) -> int:
        """`normalise(...).origin[index]`."""
        segment = bisect_right(self.starts, index) - 1
        return self.origins[segment] + (index - self.starts[segment]) * self.steps[segment]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """As `text.Normalised.original_span`."""
        if end <= start:
            point = self.origin(min(start, len(self.skeleton)))
            return (point, point)
        return (self.origin(start), self.origin(end - 1) + 1)


class _Segments:
    """Builds a `Folded` skeleton and its segments."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.steps: list[int] = []

    def copied(self, folded: str, origin: int) -> None:
        """`folded` maps one-to-one to the original from `origin` on."""
        if not folded:
            return
        continues = (
            self.steps
            and self.steps[-1] == 1
            and self.origins[-1] + self.length - self.starts[-1] == origin
        )
        if not continues:
            self._segment(origin, 1)
        self.out.append(folded)
        self.length += len(folded)

    def expanded(self, pieces: str, origin: int) -> None:
        """`pieces` all come from the one original character at `origin`."""
        if len(pieces) <= 1:
            self.copied(pieces, origin)
            return
        self._segment(origin, 0)
        self.out.append(pieces)
        self.length += len(pieces)

    def _segment(self, origin: int, step: int) -> None:
        self.starts.append(self.length)
        self.origins.append(origin)
        self.steps.append(step)


def fold(text: str, *, limit: int = textmod.MAX_SCAN_CHARS) -> Folded:
    """`normalise(text, limit=limit)` as a `Folded` (the same answers, without the per-character
    offset table)."""
    source = text[:limit]
    segments = _Segments()
    hidden: list[textmod.HiddenRun] = []
    finder = special_finder()
    positions = None if finder is None else finder.positions(source)
    if positions is None:
        _fold_by_halves(source, segments, hidden)
    else:
        _fold_at(source, positions, segments, hidden, _ascii_case_only(source))
    segments._segment(len(source), 0)  # the end: `origin[len(skeleton)]`
    return Folded(
        original=text,
        skeleton="".join(segments.out),
        hidden=hidden,
        homoglyph_words=homoglyph_words(source),
        starts=segments.starts,
        origins=segments.origins,
        steps=segments.steps,
    )


def _fold_by_halves(
    source: str, segments: _Segments, hidden: list[textmod.HiddenRun]
) -> None:
    """`normalise`'s walk: visible runs between invisible characters, folded by halves."""
    position = 0
    while position < len(source):
        match = _INVISIBLE.search(source, position)
        stop = match.start() if match else len(source)
        if stop > position:
            _fold_segments(source, position, stop, segments)
        if match is None:
            break
        position = _take_hidden(source, match.start(), hidden)


def _fold_at(
    source: str,
    positions: list[int],
    segments: _Segments,
    hidden: list[textmod.HiddenRun],
    bytewise: bool = False,
) -> None:
    """The same result from the positions of the special characters (`special_finder`).

    Why it is the same: `_fold_segments` folds a run in bulk only when the run is NFKC-normal
    (then every character is NFKC-normal on its own) and lower-cases one-to-one without a
    capital sigma; otherwise it ends up folding single characters. Either way each visible
    character c becomes `fold_char` of each piece of NFKC(c), at its own offset. For a
    character outside the special set (NFKC(c) == c, no capital sigma, a one-character
    lower case) that is its look-alike fold or lower case, which the bulk fold of the stretch
    between special characters computes (no-break spaces become spaces either way)."""
    position = 0
    for index in positions:
        if index < position:
            continue  # inside an escape sequence already taken
        if index > position:
            _fold_stretch(source, position, index, segments, bytewise)
        if _INVISIBLE.match(source, index):
            position = _take_hidden(source, index, hidden)
            continue
        pieces = unicodedata.normalize("NFKC", source[index])
        segments.expanded("".join(map(textmod.fold_char, pieces)), index)
        position = index + 1
    if position < len(source):
        _fold_stretch(source, position, len(source), segments, bytewise)


def _fold_stretch(
    source: str, start: int, stop: int, segments: _Segments, bytewise: bool = False
) -> None:
    """`bytewise`: `_ascii_case_only(source)`, so `lower` may work on the UTF-8 bytes."""
    run = source[start:stop].replace("\u00a0", " ")
    if _CONFUSABLE.search(run):
        folded = _unconfused(run).lower()
    else:
        folded = run.encode("utf-8").lower().decode("utf-8") if bytewise else run.lower()
    if len(folded) == len(run):
        segments.copied(folded, start)
    else:  # not expected (see `_fold_at`): the walk by halves is always right
        _fold_segments(source, start, stop, segments)


class SpecialFinder:
    """Positions of the characters `_fold_at` handles one by one: invisible characters and
    those whose NFKC form differs, the capital sigma and those lower-casing to two
    characters. One Hyperscan pass over the UTF-8 text; byte offsets become character
    offsets by decoding the stretches between them."""

    def __init__(self, database: Any) -> None:
        self.database = database
        self._per_thread = threading.local()

    def positions(self, source: str) -> list[int] | None:
        data = prefiltermod.utf8(source)
        if data is None:
            return None
        scratch = getattr(self._per_thread, "scratch", None)
        if scratch is None:
            scratch = self._per_thread.scratch = prefiltermod.hyperscan.Scratch(self.database)
        ends: list[int] = []
        self.database.scan(data, match_event_handler=_collect_end, context=ends, scratch=scratch)
        positions: list[int] = []
        index = done = 0
        for end in ends:
            index += len(data[done:end].decode("utf-8"))
            done = end
            positions.append(index - 1)
        return positions


def _collect_end(pattern: int, start: int, end: int, flags: int, ends: list[int]) -> None:
    ends.append(end)


def special_characters() -> str:
    """Every character `_fold_at` treats one by one, as a sorted string (a walk over all code
    points: about 0.2 s, once)."""
    found = {chr(code) for code in range(0x80, 0x110000) if _changes_when_folded(code)}
    planes = (*range(0x10000), *range(0xE0000, 0xE0080))  # where `_INVISIBLE` has characters
    found |= {chr(code) for code in planes if _INVISIBLE.match(chr(code))}
    found.add(_CONTEXT_SENSITIVE_LOWER)
    found.discard("\u00a0")  # folded in bulk (`_fold_stretch`)
    return "".join(sorted(found))


def _changes_when_folded(code: int) -> bool:
    """NFKC changes the character on its own, or it lower-cases to more than one."""
    if 0xD800 <= code < 0xE000:
        return False
    char = chr(code)
    return len(char.lower()) != 1 or (
        unicodedata.decomposition(char) != "" and unicodedata.normalize("NFKC", char) != char
    )


@lru_cache(maxsize=1)
def special_finder() -> SpecialFinder | None:
    """Built and checked on first use; None (the walk by halves) without Hyperscan or when the
    engine does not report exactly the special characters of a probe."""
    hs = prefiltermod.hyperscan
    if hs is None:
        return None
    specials = special_characters()
    ranges = (f"\\x{{{ord(a):x}}}-\\x{{{ord(b):x}}}" for a, b in _runs(specials))
    try:
        database = hscache.compile_block(
            [("[" + "".join(ranges) + "]").encode()], [0], [hs.HS_FLAG_UTF8]
        )
    except hs.error:
        return None
    finder = SpecialFinder(database)
    return finder if _finds_exactly(finder, specials) else None


def _finds_exactly(finder: SpecialFinder, specials: str) -> bool:
    """The finder reports exactly the special characters of a probe (every seventh special,
    the last fifty, and ordinary characters around them) behind 0..63 spaces."""
    special = frozenset(specials)
    probe = "caf\u00e9 \u4e2d " + " x".join(specials[::7]) + " \u00a0\u03c3 " + specials[-50:]
    for shift in range(64):
        text = " " * shift + probe
        expected = [index for index, char in enumerate(text) if char in special]
        if finder.positions(text) != expected:
            return False
    return True


def _runs(characters: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for char in characters:
        if runs and ord(runs[-1][1]) == ord(char) - 1:
            runs[-1] = (runs[-1][0], char)
        else:
            runs.append((char, char))
    return runs


def _fold_segments(source: str, start: int, stop: int, segments: _Segments) -> None:
    """`_fold_run`, writing segments instead of one offset per character."""
    run = source[start:stop].replace("\u00a0", " ")  # NFKC(no-break space) is a space
    if unicodedata.is_normalized("NFKC", run) and _CONTEXT_SENSITIVE_LOWER not in run:
        folded = _unconfused(run) if _CONFUSABLE.search(run) else run
        folded = folded.lower()
        if len(folded) == len(run):
            segments.copied(folded, start)
            return
    if stop - start > _SMALLEST_SPLIT:
        middle = (start + stop) // 2  # one odd character rarely spoils the whole run
        _fold_segments(source, start, middle, segments)
        _fold_segments(source, middle, stop, segments)
        return
    for index in range(start, stop):
        pieces = unicodedata.normalize("NFKC", source[index])
        segments.expanded("".join(map(textmod.fold_char, pieces)), index)


def identity_skeleton(source: str) -> str | None:
    """The skeleton of `source` when every character maps to exactly one skeleton character at
    the same offset and nothing is removed (no invisible characters, already NFKC except
    no-break spaces, length-preserving lower-casing); None otherwise. Most real text qualifies,
    and then no offset table is needed."""
    if _INVISIBLE.search(source) is not None:
        return None
    run = source.replace("\u00a0", " ")
    if _CONTEXT_SENSITIVE_LOWER in run or not unicodedata.is_normalized("NFKC", run):
        return None
    folded = (run.translate(_FOLD_TABLE) if _CONFUSABLE.search(run) else run).lower()
    return folded if len(folded) == len(source) else None


def plain_skeleton(source: str) -> str | None:
    """`identity_skeleton(source)` for text without invisible and look-alike characters (for
    which `homoglyph_words` is empty too); None otherwise, or when `identity_skeleton` would
    return None. The common case for non-ASCII text: one character-class search (one pass of
    the Hyperscan gate when there is one)."""
    if _has_kinds(source, _INVISIBLE_OR_CONFUSABLE, _BOTH_KINDS):
        return None
    run = source.replace("\u00a0", " ")
    if _CONTEXT_SENSITIVE_LOWER in run or not _normalized(source, run):
        return None
    # lower-casing commutes with the no-break space replacement (no capital sigma here)
    folded = lower(source).replace("\u00a0", " ") if "\u00a0" in source else lower(source)
    return folded if len(folded) == len(source) else None


def homoglyph_words(source: str) -> list[tuple[int, int]]:
    """`text.mixed_script_words`, skipped when no look-alike letter occurs."""
    if _has_kinds(source, _CONFUSABLE, frozenset({_LOOK_ALIKE})):
        return _mixed_script_words(source)
    return []


def _mixed_script_words(source: str) -> list[tuple[int, int]]:
    """`text.mixed_script_words(source)`, visiting only the words that hold a look-alike letter
    (only those can count: a word with a non-ASCII letter counts when each is a look-alike)
    instead of every word of the text in Python. Its words are maximal runs of at least two
    letters; a look-alike is a letter, so each lies in exactly one run."""
    spans: list[tuple[int, int]] = []
    end = 0
    for match in _CONFUSABLE.finditer(source):
        position = match.start()
        if position < end:
            continue  # in the word just visited
        start = position
        while start > 0 and _LETTER.match(source, start - 1):
            start -= 1
        run = _LETTERS.match(source, position)
        end = run.end() if run else position + 1
        if end - start >= 2 and textmod.mixed_script_words(source[start:end]):
            spans.append((start, end))
    return spans


_LETTER = re.compile(r"[^\W\d_]")  # a letter of `text._WORD`
_LETTERS = re.compile(r"[^\W\d_]*")


def _unconfused(run: str) -> str:
    """`run.translate(_FOLD_TABLE)`: one regex pass instead of a dictionary look-up per
    character (`str.translate`'s path for text holding non-ASCII characters)."""
    return _CONFUSABLE.sub(_look_alike, run)


def _look_alike(match: re.Match[str]) -> str:
    return textmod._CONFUSABLES[match[0]]


def lower(source: str) -> str:
    """`source.lower()`, faster on text holding non-ASCII characters (`_ascii_case_only`)."""
    if source.isascii() or not _ascii_case_only(source):
        return source.lower()
    data = prefiltermod.utf8(source)
    return source.lower() if data is None else data.lower().decode("utf-8")


def _ascii_case_only(source: str) -> bool:
    """Whether lower-casing `source` changes only ASCII letters (the gate finds no non-ASCII
    character that it changes, and `source` is valid UTF-8): then the ASCII letters of its
    UTF-8 bytes can be lower-cased instead, a C-level pass over bytes several times faster
    than `str.lower` on text holding non-ASCII characters."""
    found = _gate_hits(source)
    return found is not None and _CASED not in found


def _normalized(source: str, run: str) -> bool:
    """`unicodedata.is_normalized("NFKC", run)`, `run` being `source` with its no-break spaces
    made spaces: true without the check when the gate (already asked about `source`) finds
    no character that NFKC may change or compose (`_unnormal_characters`)."""
    found = None if source.isascii() else _gate_hits(source)
    if found is not None and _UNNORMAL not in found:
        return True
    return unicodedata.is_normalized("NFKC", run)


# -- the Hyperscan gate: is there any invisible or look-alike character at all? ---------------
# (and any non-ASCII character that lower-casing changes, for `lower`; and any that NFKC may
# change, for `_normalized`)
_INVISIBLE_CHARACTER, _LOOK_ALIKE, _CASED, _UNNORMAL = 0, 1, 2, 3
_BOTH_KINDS = frozenset({_INVISIBLE_CHARACTER, _LOOK_ALIKE})


def _has_kinds(source: str, pattern: re.Pattern[str], kinds: frozenset[int]) -> bool:
    """Whether `source` holds a character of `kinds` (gate ids); `pattern` (the same
    characters as a class) answers without the gate."""
    found = None if source.isascii() else _gate_hits(source)
    if found is None:
        return pattern.search(source) is not None
    return not kinds.isdisjoint(found)


def _gate_hits(source: str) -> frozenset[int] | None:
    """The gate's ids for `source`, or None without the gate or for text that is not valid
    UTF-8. One scan asks it up to three times about the same text: the last answer is kept."""
    recent = _recent_hits  # one read: another thread may replace it meanwhile
    if recent is not None and recent[0] is source:  # held: not freed and reused
        return recent[1]
    engine = gate()
    data = None if engine is None else prefiltermod.utf8(source)
    found = None if engine is None or data is None else frozenset(engine.hits(data))
    _remember_hits(source, found)
    return found


def _remember_hits(source: str, found: frozenset[int] | None) -> None:
    global _recent_hits
    _recent_hits = (source, found)


_recent_hits: tuple[str, frozenset[int] | None] | None = None


def _utf8_class(pattern: re.Pattern[str]) -> str:
    return prefiltermod.relaxed_utf8(pattern)


def _gate_truth(text: str) -> set[int]:
    found = {
        _INVISIBLE_CHARACTER: _INVISIBLE.search(text) is not None,
        _LOOK_ALIKE: _CONFUSABLE.search(text) is not None,
        _CASED: not _cased_characters().isdisjoint(text),
        _UNNORMAL: not _unnormal_characters().isdisjoint(text),
    }
    return {kind for kind, hit in found.items() if hit}


@lru_cache(maxsize=1)
def _cased_characters() -> frozenset[str]:
    """Every non-ASCII character that `str.lower` changes (a plane whose characters all
    lower-case to themselves, i.e. planes 2 to 16, is checked as one string)."""
    found: set[str] = set()
    for plane in range(17):
        codes = [
            code
            for code in range(max(0x80, plane << 16), (plane + 1) << 16)
            if not 0xD800 <= code < 0xE000
        ]
        whole = "".join(map(chr, codes))
        if whole.lower() != whole:
            found.update(char for char in map(chr, codes) if char.lower() != char)
    return frozenset(found)


@lru_cache(maxsize=1)
def _unnormal_characters() -> frozenset[str]:
    """Every non-ASCII character (but the no-break space, which the callers replace) that is
    not certainly NFKC in any context: it has a combining class, NFKC changes it, or it is the
    second character of a canonical decomposition (it may compose with the one before it; the
    Hangul vowels and final consonants too). Outside these, the NFKC quick check answers
    "yes" for every character, so the text is NFKC. A plane without decompositions and
    combining classes is skipped whole."""
    found: set[str] = set(map(chr, range(0x1161, 0x1176))) | set(map(chr, range(0x11A8, 0x11C3)))
    for plane in range(17):
        characters = [
            chr(code)
            for code in range(max(0x80, plane << 16), (plane + 1) << 16)
            if not 0xD800 <= code < 0xE000
        ]
        if any(map(unicodedata.decomposition, characters)) or any(
            map(unicodedata.combining, characters)
        ):
            found.update(_unnormal_in(characters))
    found.discard("\u00a0")
    return frozenset(found)


def _unnormal_in(characters: list[str]) -> set[str]:
    found: set[str] = set()
    for char in characters:
        if unicodedata.combining(char) or unicodedata.normalize("NFKC", char) != char:
            found.add(char)
        decomposition = unicodedata.decomposition(char).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            found.add(chr(int(decomposition[1], 16)))
    return found


def _class_of(characters: frozenset[str]) -> str:
    runs = _runs("".join(sorted(characters)))
    return "[" + "".join(f"\\x{{{ord(a):x}}}-\\x{{{ord(b):x}}}" for a, b in runs) + "]"


@lru_cache(maxsize=1)
def gate() -> prefiltermod.Gate | None:
    """Compiled and self-tested on first use (None: the regex searches)."""
    cased = "".join(sorted(_cased_characters()))
    characters = _GATE_PROBE_CHARACTERS + cased[::97] + "".join(
        first + last for first, last in _runs(cased)[::20]
    )
    unnormal = "".join(sorted(_unnormal_characters()))
    characters += unnormal[::97] + "".join(first + last for first, last in _runs(unnormal)[::20])
    probes = ["caf\u00e9 " + char + " \u4e2d" for char in characters]
    return prefiltermod.build_gate(
        [
            _utf8_class(_INVISIBLE),
            _utf8_class(_CONFUSABLE),
            _class_of(_cased_characters()),
            _class_of(_unnormal_characters()),
        ],
        prefiltermod.UTF8_FLAGS,
        prefiltermod.utf8,
        _gate_truth,
        probes,
    )


# The ends of every range of both classes, and each look-alike letter.
_GATE_PROBE_CHARACTERS = (
    "\x00\x08\x0b\x0c\x0e\x1f\x7f\x9f\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u034f"
    "\u115f\u1160\u3164\u200e\u200f\u061c\u202a\u202e\u2066\u2069\U000e0000\U000e007f"
    + "".join(sorted(textmod._CONFUSABLES))
)


def _fold_run(source: str, start: int, stop: int, out: list[str], origin: list[int]) -> None:
    run = source[start:stop].replace("\u00a0", " ")  # NFKC(no-break space) is a space
    if unicodedata.is_normalized("NFKC", run) and _CONTEXT_SENSITIVE_LOWER not in run:
        folded = run.translate(_FOLD_TABLE) if _CONFUSABLE.search(run) else run
        folded = folded.lower()
        if len(folded) == len(run):
            out.append(folded)
            origin.extend(range(start, stop))
            return
    if stop - start > _SMALLEST_SPLIT:
        middle = (start + stop) // 2  # one odd character rarely spoils the whole run
        _fold_run(source, start, middle, out, origin)
        _fold_run(source, middle, stop, out, origin)
        return
    for index in range(start, stop):
        for piece in unicodedata.normalize("NFKC", source[index]):
            out.append(textmod.fold_char(piece))
            origin.append(index)


def _take_hidden(source: str, index: int, hidden: list[textmod.HiddenRun]) -> int:
    """Record the invisible character(s) at `index`; return the next position."""
    char = source[index]
    if char == "\x1b":
        match = textmod._ANSI.match(source, index)
        end = match.end() if match else index + 1
        _add(hidden, "ansi", index, end, "")
        return end
    kind = textmod.hidden_kind(char) or "control"
    revealed = chr(ord(char) - textmod._TAG_FIRST) if kind == "tag" else ""
    _add(hidden, kind, index, index + 1, revealed)
    return index + 1


def _add(runs: list[textmod.HiddenRun], kind: str, start: int, end: int, revealed: str) -> None:
    last = runs[-1] if runs else None
    if last is not None and last.kind == kind and last.span[1] == start:
        runs[-1] = textmod.HiddenRun(
            kind, (last.span[0], end), last.count + 1, last.revealed + revealed
        )
    else:
        runs.append(textmod.HiddenRun(kind, (start, end), 1, revealed))
