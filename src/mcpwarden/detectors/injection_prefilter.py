"""A Hyperscan prefilter for the injection rules: one pass over the skeleton says which rules can
match where, so the Python `re` pattern runs only on the regions that may hold a match.

Invariant (what keeps every verdict identical): the detector runs a rule as
`pattern.finditer(skeleton, start, end)` on a region [start, end). Any match [s, e) it finds there
has start <= s < e <= end, and its characters skeleton[s:e] match the rule's *relaxed* pattern:
the same pattern with every lookaround dropped, and every `\\b`/`$` dropped where it may be the
last thing the match checks (there the region end, not the text, decides it). Every other
assertion sits at a position p < e <= end, where the region and the whole text agree (`^`, `\\b`
before the region start see the text before it). Hyperscan reports every end offset of every
match of the relaxed pattern over the whole skeleton (prefilter mode: possibly more, never fewer).
So a region without a reported end in (start, end] cannot hold a match, and skipping it changes
nothing; regions that may hold one are searched by the same Python call as before.

Hyperscan sees one byte per character, so offsets are the text's: ASCII as itself (Python's
`\\w`, `\\s`, `\\d` on ASCII written out as byte classes), every other character as a stand-in
byte of its kind (word, space, other: `stand_in`), so word boundaries and newlines are where they
were; a pattern element that can match a non-ASCII character of a kind also accepts that kind's
stand-in. Every rule whose pattern cannot be translated (back-references, inline flags) or
compiled stays on the pure Python path. Without the `hyperscan` package `build` returns None and
the detector runs as before.

The engine must keep its promise: the bundled Vectorscan 5.4.12 does not always (a known
short-literal acceleration bug, VectorCamp/vectorscan#358, fixed upstream by #368): the plain
pattern `(?:in|to|at the (?:start|end|beginning) of) your (?:response|reply|...)s?` finds no match
in "in your reply" preceded by 22 or more spaces. An earlier form of this database for
non-ASCII text (non-ASCII as `?`, hence *without* word boundaries) missed 525 of 3,532 matches on
the equivalence corpus; this one keeps every boundary and missed none (see
docs/injection-model.md, round 4). `build` runs a self-test (the probes at 64 offsets) and
returns None, i.e. pure Python, if the engine misses a single probe match.
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any

from mcpwarden.detectors import hscache

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - a declared dependency; without it, pure Python
    hyperscan = None

_parser: Any = getattr(re, "_parser")  # noqa: B009 - Python's own regex parser (3.11+)
_constants: Any = getattr(re, "_constants")  # noqa: B009

_ASCII = range(128)
_CATEGORY = {
    name: frozenset(c for c in _ASCII if re.fullmatch(pattern, chr(c)))
    for name, pattern in (
        ("CATEGORY_WORD", r"\w"),
        ("CATEGORY_NOT_WORD", r"\W"),
        ("CATEGORY_SPACE", r"\s"),
        ("CATEGORY_NOT_SPACE", r"\S"),
        ("CATEGORY_DIGIT", r"\d"),
        ("CATEGORY_NOT_DIGIT", r"\D"),
    )
}
_MAX_BOUND = 8  # longer bounded repeats become unbounded (see `_Translator.repeat`)
_NEVER = r"\x80"  # a byte the scanned data never holds (all are below 0x80)


class Untranslatable(ValueError):
    """A construct the relaxed translation does not handle: that rule stays on Python."""


def _byte(code: int) -> str:
    return f"\\x{code:02x}"


def _byte_class(codes: frozenset[int] | set[int]) -> str:
    if not codes:
        return _NEVER
    if len(codes) == 1:
        return _byte(next(iter(codes)))
    ranges: list[str] = []
    for low, high in _runs(sorted(codes)):
        ranges.append(_byte(low) if low == high else f"{_byte(low)}-{_byte(high)}")
    return "[" + "".join(ranges) + "]"


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


# Text goes to Hyperscan as one byte per character: ASCII as itself, any other character as a
# stand-in of its kind, so `\\b` (word or not), `^`/`$` (newline or not) and the offsets are
# unchanged. A pattern element that matches some non-ASCII character of a kind also matches
# that kind's stand-in (`_stand_ins`), so the translated pattern still matches a superset.
WORD_STAND_IN = ord("Z")  # an ASCII word character (the skeleton is lower-case)
_SPACE_STAND_IN = 0x1F  # whitespace for Python's `\\s`, like the characters it stands for
_OTHER_STAND_IN = 0x01  # neither word nor space
_ALL_STAND_INS = frozenset({WORD_STAND_IN, _SPACE_STAND_IN, _OTHER_STAND_IN})
_WORD_CHAR = re.compile(r"\w")
_SPACE_CHAR = re.compile(r"\s")
_CATEGORY_STAND_INS = {
    "CATEGORY_WORD": {WORD_STAND_IN},
    "CATEGORY_NOT_WORD": {_SPACE_STAND_IN, _OTHER_STAND_IN},
    "CATEGORY_SPACE": {_SPACE_STAND_IN},
    "CATEGORY_NOT_SPACE": {WORD_STAND_IN, _OTHER_STAND_IN},
    "CATEGORY_DIGIT": {WORD_STAND_IN},  # non-ASCII digits are word characters
    "CATEGORY_NOT_DIGIT": set(_ALL_STAND_INS),
}


def stand_in(char: str) -> int:
    """The byte a non-ASCII character becomes: its kind for `\\w`/`\\s`, as Python sees it."""
    if _WORD_CHAR.match(char):
        return WORD_STAND_IN
    return _SPACE_STAND_IN if _SPACE_CHAR.match(char) else _OTHER_STAND_IN


def _stand_ins(items: list[tuple[Any, Any]]) -> set[int]:
    """The stand-ins of the non-ASCII characters a class (`IN` node) may match."""
    found: set[int] = set()
    for op, value in items:
        name = str(op)
        if name == "NEGATE" or (name == "RANGE" and value[1] >= 128):
            return set(_ALL_STAND_INS)
        if name == "LITERAL" and value >= 128:
            found.add(stand_in(chr(value)))
        elif name == "CATEGORY":
            found |= _CATEGORY_STAND_INS[str(value)]
    return found


def _class_codes(items: list[tuple[Any, Any]]) -> set[int]:
    """The ASCII characters a character class (`IN` node) matches, as Python matches them."""
    codes: set[int] = set()
    negate = False
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            codes.add(value)
        elif name == "RANGE":
            codes.update(c for c in _ASCII if value[0] <= c <= value[1])
        elif name == "CATEGORY" and str(value) in _CATEGORY:
            codes |= _CATEGORY[str(value)]
        else:
            raise Untranslatable(f"class item {name} {value}")
    codes &= set(_ASCII)
    return set(_ASCII) - codes if negate else codes


def _nullable(items: Any) -> bool:
    return all(_item_nullable(op, value) for op, value in items)


def _item_nullable(op: Any, value: Any) -> bool:
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return True
    if name == "BRANCH":
        return any(_nullable(alt) for alt in value[1])
    if name == "SUBPATTERN":
        return _nullable(value[3])
    if name == "ATOMIC_GROUP":
        return _nullable(value)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return value[0] == 0 or _nullable(value[2])
    return False


class _Translator:
    def __init__(self, dotall: bool) -> None:
        self.any = frozenset(_ASCII) if dotall else frozenset(_ASCII) - {10}

    def sequence(self, items: Any, tail_nullable: bool) -> str:
        """`items` as a Hyperscan pattern; `tail_nullable`: whatever follows may match empty,
        so a match may end right after these items."""
        items = list(items)
        out: list[str] = []
        for index, (op, value) in enumerate(items):
            rest = tail_nullable and _nullable(items[index + 1 :])
            out.append(self.item(op, value, rest))
        return "".join(out)

    def item(self, op: Any, value: Any, rest_nullable: bool) -> str:
        name = str(op)
        if name == "LITERAL":
            return _byte(value if value < 128 else stand_in(chr(value)))
        if name == "NOT_LITERAL":
            return _byte_class((set(_ASCII) - {value}) | _ALL_STAND_INS)
        if name == "ANY":
            return _byte_class(self.any | _ALL_STAND_INS)
        if name == "IN":
            return _byte_class(_class_codes(value) | _stand_ins(value))
        if name in ("ASSERT", "ASSERT_NOT"):
            return ""  # dropped: the relaxed pattern matches more
        if name == "AT":
            return self.at(str(value), rest_nullable)
        if name == "BRANCH":
            alternatives = [self.sequence(alt, rest_nullable) for alt in value[1]]
            return "(?:" + "|".join(alternatives) + ")"
        if name == "SUBPATTERN":
            if value[1] or value[2]:
                raise Untranslatable("inline flags")
            return "(?:" + self.sequence(value[3], rest_nullable) + ")"
        if name == "ATOMIC_GROUP":
            return "(?:" + self.sequence(value, rest_nullable) + ")"
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return self.repeat(value, rest_nullable)
        raise Untranslatable(name)

    def at(self, code: str, rest_nullable: bool) -> str:
        if code in ("AT_BEGINNING", "AT_BEGINNING_LINE"):
            return "^"  # compiled multi-line, as the rules are
        if code in ("AT_BOUNDARY", "AT_END", "AT_END_LINE"):
            # where the match may end here, the region end decides it: dropped
            return "" if rest_nullable else {"AT_BOUNDARY": r"\b"}.get(code, "$")
        raise Untranslatable(code)

    def repeat(self, value: Any, rest_nullable: bool) -> str:
        low, high, items = value
        # any iteration may be the last one before the rest of the pattern
        body = self.sequence(items, rest_nullable or _nullable(items))
        # A long bounded gap ("{0,60}") costs Hyperscan much compile time and memory; unbounded
        # it matches more, which a prefilter may.
        upper = "" if high == _constants.MAXREPEAT or high > _MAX_BOUND else str(high)
        return f"(?:{body}){{{low},{upper}}}"


def relaxed(pattern: re.Pattern[str]) -> str:
    """The Hyperscan form of `pattern` for ASCII text, matching a superset of what `pattern`
    finds in any region (module docstring). Raises `Untranslatable`."""
    if pattern.flags & ~(re.MULTILINE | re.UNICODE | re.DOTALL) or not pattern.flags & re.MULTILINE:
        raise Untranslatable("flags")  # `^`/`$` below assume MULTILINE; no IGNORECASE
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if _nullable(tree):
        raise Untranslatable("may match the empty string")
    translator = _Translator(dotall=bool(pattern.flags & re.DOTALL))
    return translator.sequence(tree, tail_nullable=True)


class Prefilter:
    """One Hyperscan database for the rules that translate; `ends(skeleton)` maps each of them
    to the sorted end offsets of its possible matches."""

    def __init__(self, database: Any, covered: frozenset[int]) -> None:
        self.database = database
        self.covered = covered  # rule indexes in the database; the others always run
        self._per_thread = threading.local()  # a Hyperscan scratch serves one scan at a time

    def ends(self, skeleton: str) -> dict[int, list[int]]:
        scratch = getattr(self._per_thread, "scratch", None)
        if scratch is None:
            scratch = self._per_thread.scratch = hyperscan.Scratch(self.database)
        found: dict[int, list[int]] = {}
        data = skeleton.encode("ascii") if skeleton.isascii() else stand_in_bytes(skeleton)
        self.database.scan(data, match_event_handler=_collect, context=found, scratch=scratch)
        for offsets in found.values():
            offsets.sort()
        return found


class _StandInTable(dict[int, int]):
    """`str.translate` table: code point -> its stand-in, filled on demand (bounded)."""

    def __missing__(self, code: int) -> int:
        byte = stand_in(chr(code))
        if len(self) < _TABLE_LIMIT:
            self[code] = byte
        return byte


_TABLE_LIMIT = 65_536
_STAND_IN_TABLE = _StandInTable()


def _stand_in_error(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a run of non-ASCII characters becomes their stand-ins (the encoder
    copies the ASCII stretches in C and calls this once per run)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return error.object[error.start : error.end].translate(_STAND_IN_TABLE), error.end


_STAND_IN_ERRORS = "mcpwarden.injection_prefilter.stand_in"
codecs.register_error(_STAND_IN_ERRORS, _stand_in_error)


def stand_in_bytes(text: str) -> bytes:
    """`text` with each non-ASCII character replaced by its stand-in (one byte per character).
    The detector asks for the same skeleton twice (its foreign lines, then `Prefilter.ends`):
    the last answer is kept."""
    global _recent_stand_ins
    recent = _recent_stand_ins  # one read: another thread may replace it meanwhile
    if recent is not None and recent[0] is text:  # held here: not freed and reused
        return recent[1]
    data = _stand_in_bytes(text)
    _recent_stand_ins = (text, data)
    return data


_recent_stand_ins: tuple[str, bytes] | None = None


def _stand_in_bytes(text: str) -> bytes:
    return text.encode("ascii", _STAND_IN_ERRORS)


def _collect(index: int, start: int, end: int, flags: int, found: dict[int, list[int]]) -> None:
    found.setdefault(index, []).append(end)


def build(
    patterns: Sequence[re.Pattern[str]], probes: Sequence[str] = ()
) -> Prefilter | None:
    """The prefilter for `patterns` (rule index = position), or None without Hyperscan, when
    none translates, or when the engine misses a match of a pattern in the `probes` (lower-case
    lines, joined) placed at any of 64 offsets."""
    if hyperscan is None:
        return None
    expressions: list[bytes] = []
    ids: list[int] = []
    for index, pattern in enumerate(patterns):
        try:
            expression = relaxed(pattern).encode("ascii")
        except Untranslatable:
            continue
        expressions.append(expression)
        ids.append(index)
    try:
        database = _compile(expressions, ids)
    except hyperscan.error:  # find the ones Hyperscan rejects; they stay on Python
        kept = [(e, i) for e, i in zip(expressions, ids, strict=True) if _compiles(e)]
        expressions, ids = [e for e, _ in kept], [i for _, i in kept]
        database = _compile(expressions, ids) if ids else None
    if database is None:
        return None
    prefilter = Prefilter(database, frozenset(ids))
    return prefilter if _keeps_its_promise(prefilter, patterns, probes) else None


_PROBE_OFFSETS = 64


def _keeps_its_promise(
    prefilter: Prefilter, patterns: Sequence[re.Pattern[str]], probes: Sequence[str]
) -> bool:
    """Every match of a covered pattern in a probe, behind 0..63 characters of filler, ends at
    an offset the engine reports (see the module docstring for why this is checked)."""
    probe = "\n".join(probes)
    for shift in range(_PROBE_OFFSETS if probes else 0):
        text = "x " * (shift // 2) + " " * (shift % 2) + probe
        ends = prefilter.ends(text)
        for index in prefilter.covered:
            reported = set(ends.get(index, ()))
            if any(m.end() not in reported for m in patterns[index].finditer(text)):
                return False
    return True


def _compile(expressions: list[bytes], ids: list[int]) -> Any:
    return hscache.compile_block(expressions, ids, [_FLAGS] * len(ids))


_FLAGS = 0 if hyperscan is None else hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_MULTILINE


def _compiles(expression: bytes) -> bool:
    try:
        _compile([expression], [0])
    except hyperscan.error:
        return False
    return True


# -- gates: which patterns may occur at all -------------------------------------------------------


class Gate:
    """One Hyperscan database that says which of its patterns may occur in a text, each reported
    at most once (`HS_FLAG_SINGLEMATCH`, so one callback per pattern present), except the first
    `build_gate(..., located=n)` patterns, reported at every match (`located`). Prefilter mode:
    it may report a pattern that does not match, never miss one that does (`build_gate` checks
    this against Python at start-up). A caller skips the Python work a pattern guards when the
    gate does not report it."""

    def __init__(self, database: Any) -> None:
        self.database = database
        self._per_thread = threading.local()  # a Hyperscan scratch serves one scan at a time

    def hits(self, data: bytes) -> set[int]:
        scratch = getattr(self._per_thread, "scratch", None)
        if scratch is None:
            scratch = self._per_thread.scratch = hyperscan.Scratch(self.database)
        found: set[int] = set()
        self.database.scan(data, match_event_handler=_note, context=found, scratch=scratch)
        return found

    def located(self, data: bytes) -> list[tuple[int, int]]:
        """(pattern id, end offset) of every match; once per pattern for the single-match
        ones."""
        scratch = getattr(self._per_thread, "scratch", None)
        if scratch is None:
            scratch = self._per_thread.scratch = hyperscan.Scratch(self.database)
        found: list[tuple[int, int]] = []
        self.database.scan(data, match_event_handler=_note_end, context=found, scratch=scratch)
        return found


def _note(index: int, start: int, end: int, flags: int, found: set[int]) -> None:
    found.add(index)


def _note_end(index: int, start: int, end: int, flags: int, found: list[tuple[int, int]]) -> None:
    found.append((index, end))


def utf8(text: str) -> bytes | None:
    """`text` as Hyperscan's UTF-8 mode needs it, or None when it holds lone surrogates (not
    valid UTF-8: the caller takes the Python path)."""
    global _recent_utf8
    recent = _recent_utf8  # one read: another thread may replace it meanwhile
    for seen, data in recent:
        if seen is text:  # held here, so the object cannot have been freed and reused
            return data
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    _recent_utf8 = ((text, data), *recent[: _RECENT_UTF8 - 1])
    return data


# The last texts encoded: one scan encodes the same text and its skeleton for several gates
# (normalisation, unpacking, the foreign rules), in alternation.
_RECENT_UTF8 = 2
_recent_utf8: tuple[tuple[str, bytes | None], ...] = ()


def build_gate(
    expressions: Sequence[str],
    flags: int,
    encode: Callable[[str], bytes | None],
    truth: Callable[[str], set[int]],
    probes: Sequence[str],
    *,
    exact: bool = False,
    located: int = 0,
) -> Gate | None:
    """A gate for `expressions` (pattern id = position, all compiled with `flags` plus
    single-match), or None without Hyperscan, when one does not compile, or when the engine
    misses a pattern that `truth` (the Python answer: the ids that match) finds in a probe
    placed behind 0..63 characters of two kinds of filler (see `_keeps_its_promise`). An
    `exact` gate (no prefilter flag: its answer is used as the truth) must also report nothing
    more than `truth` on the probes. The first `located` patterns report every match (see
    `Gate.located`)."""
    if hyperscan is None:
        return None
    try:
        database = hscache.compile_block(
            [e.encode("utf-8") for e in expressions],
            list(range(len(expressions))),
            [flags | (0 if index < located else hyperscan.HS_FLAG_SINGLEMATCH)
             for index in range(len(expressions))],
        )
    except hyperscan.error:
        return None
    gate = Gate(database)
    return gate if _gate_keeps_its_promise(gate, encode, truth, probes, exact) else None


def _gate_keeps_its_promise(
    gate: Gate,
    encode: Callable[[str], bytes | None],
    truth: Callable[[str], set[int]],
    probes: Sequence[str],
    exact: bool,
) -> bool:
    for probe in probes:
        for shift in range(_PROBE_OFFSETS):
            for filler in ("x " * (shift // 2) + " " * (shift % 2), " " * shift):
                text = filler + probe
                data = encode(text)
                if data is None:
                    continue
                expected, reported = truth(text), gate.hits(data)
                if not expected <= reported or (exact and reported != expected):
                    return False
    return True


class _Utf8Translator(_Translator):
    """`_Translator` for Hyperscan's UTF-8 mode over the text itself: literals and classes as
    code points, every anchor and lookaround dropped, and a class with a category (`\\w`, `\\s`:
    Unicode in Python, ASCII in Hyperscan) widened to any character. A superset of the Python
    pattern's matches anywhere in the text."""

    def item(self, op: Any, value: Any, rest_nullable: bool) -> str:
        name = str(op)
        if name == "LITERAL":
            return _code_point(value)
        if name == "NOT_LITERAL":
            return f"[^{_code_point(value)}]"
        if name == "ANY":
            return "." if 10 not in self.any else _ANY_CHARACTER
        if name == "IN":
            return _utf8_class(value)
        return super().item(op, value, rest_nullable)

    def at(self, code: str, rest_nullable: bool) -> str:
        return ""


_ANY_CHARACTER = r"[\s\S]"


def _code_point(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _utf8_class(items: list[tuple[Any, Any]]) -> str:
    parts: list[str] = []
    negate = False
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            parts.append(_code_point(value))
        elif name == "RANGE":
            parts.append(f"{_code_point(value[0])}-{_code_point(value[1])}")
        elif name == "CATEGORY":
            return _ANY_CHARACTER
        else:
            raise Untranslatable(f"class item {name} {value}")
    if not parts:
        return _ANY_CHARACTER if negate else _NEVER
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def relaxed_utf8(pattern: re.Pattern[str]) -> str:
    """The Hyperscan UTF-8 form of `pattern` (no IGNORECASE), matching a superset of what it
    finds anywhere in a text (`_Utf8Translator`). Raises `Untranslatable`."""
    if pattern.flags & ~(re.MULTILINE | re.UNICODE | re.DOTALL):
        raise Untranslatable("flags")
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if _nullable(tree):
        raise Untranslatable("may match the empty string")
    translator = _Utf8Translator(dotall=bool(pattern.flags & re.DOTALL))
    return translator.sequence(tree, tail_nullable=True)


UTF8_FLAGS = 0 if hyperscan is None else (
    hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_PREFILTER
)
BYTE_FLAGS = 0 if hyperscan is None else hyperscan.HS_FLAG_PREFILTER
