"""What the secret and personal-data detectors report, and how a text is redacted.

A `Leak` is a span of the scanned text, never its content: whoever holds a leak can point at the
value, name its kind, and (with `fingerprint`) correlate repeats, but cannot read the value back
out of a log line, an audit event or an error message.

Also here: the `Prefilter` both detectors share (Hyperscan: all triggers in one pass, then the
merged stretches around the hits; without Hyperscan, the whole text, so nothing is missed), and
the scanning of escaped text.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import logging
import math
import re
import secrets
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from mcpwarden.detectors import hscache

log = logging.getLogger("mcpwarden.detectors")

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - a declared dependency; without it, scan everything
    hyperscan = None

Category = Literal["secret", "pii"]
SECRET: Final = "secret"  # noqa: S105 - a category name
PII: Final = "pii"
DEFAULT_PLACEHOLDER: Final = "[REDACTED:{kind}]"
FINGERPRINT_HEX: Final = 10

# One random key per process: fingerprints correlate repeats of a value within this process, and
# cannot be reversed by guessing candidate values offline.
_FINGERPRINT_KEY: Final = secrets.token_bytes(32)


# Not frozen (a frozen dataclass costs four times as much to build, and dense text yields
# thousands of candidate leaks); nothing changes one once built, and it stays hashable.
@dataclass(slots=True, unsafe_hash=True)
class Leak:
    """A detected secret or piece of personal data at `text[start:end]`."""

    start: int
    end: int
    kind: str  # e.g. "github_token", "jwt", "private_key", "card_number", "email", "iban"
    category: Category
    confidence: float

    def fingerprint(self, text: str) -> str:
        """A short keyed digest of the value: equal values give equal fingerprints."""
        return fingerprint(text[self.start : self.end])


def fingerprint(value: str) -> str:
    """The keyed digest of a value for logs and audit events. Keyed BLAKE2b is a MAC on its own
    (no HMAC construction needed) at a quarter of HMAC-SHA256's cost."""
    return hashlib.blake2b(value.encode("utf-8", "surrogatepass"), key=_FINGERPRINT_KEY,
                           digest_size=FINGERPRINT_HEX // 2).hexdigest()


def resolve(leaks: Iterable[Leak]) -> list[Leak]:
    """Leaks sorted by position with overlaps settled: the more confident (then the longer) span
    wins; a span wholly inside a kept one is dropped."""
    ranked = sorted(
        leaks, key=lambda leak: (-leak.confidence, -(leak.end - leak.start), leak.start)
    )
    starts: list[int] = []  # of the kept spans, which never overlap, in order
    kept: list[Leak] = []
    for leak in ranked:
        index = bisect.bisect_left(starts, leak.start)
        if index > 0 and kept[index - 1].end > leak.start:
            continue
        if index < len(kept) and kept[index].start < leak.end:
            continue
        starts.insert(index, leak.start)
        kept.insert(index, leak)
    return kept


def redact(text: str, leaks: Iterable[Leak], placeholder: str = DEFAULT_PLACEHOLDER) -> str:
    """`text` with every leak replaced by `placeholder` (which may name `{kind}` and
    `{category}`). Overlapping leaks are merged into one placeholder, named by the first."""
    parts: list[str] = []
    position = 0
    for leak in sorted(leaks, key=lambda leak: (leak.start, -leak.end)):
        if leak.end <= position:
            continue
        if leak.start >= position:
            parts.append(text[position : leak.start])
            parts.append(placeholder.format(kind=leak.kind, category=leak.category))
        position = max(position, leak.end)
    parts.append(text[position:])
    return "".join(parts)


def shannon_entropy(value: str) -> float:
    """Bits per character of `value` under its own character frequencies."""
    if not value:
        return 0.0
    total = len(value)
    # H = log2(N) - Σ n·log2(n) / N, with n·log2(n) looked up for the usual small counts
    counts = Counter(value).values()
    weighted = (sum(map(_N_LOG_N.__getitem__, counts)) if total < _N_LOG_N_SIZE
                else sum(n * math.log2(n) for n in counts))
    return max(0.0, math.log2(total) - weighted / total)


_N_LOG_N_SIZE: Final = 256
_N_LOG_N: Final = tuple(n * math.log2(n) if n else 0.0 for n in range(_N_LOG_N_SIZE))


_LOWER = re.compile(r"[a-z]")
_UPPER = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"[0-9]")
_OTHER = re.compile(r"[^A-Za-z0-9]")


def char_classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters `value` uses (ASCII)."""
    return (bool(_LOWER.search(value)) + bool(_UPPER.search(value)) + bool(_DIGIT.search(value))
            + bool(_OTHER.search(value)))


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


# -- escaped text ---------------------------------------------------------------------------------

# Percent-encoded printable ASCII and the JSON escapes that hide a quote or a slash: a secret in a
# URL-encoded query string or a double-encoded JSON document is still the same secret.
_ESCAPE = re.compile(r"%(?:[2-7][0-9A-Fa-f]|0[9AaDd])|\\[/\"'\\](?P<q>)")
# …and, in code, string literals joined by `+` (`"sk-" + "proj-…"`), which read as one
_ESCAPE_OR_JOIN = re.compile(
    r"%(?:[2-7][0-9A-Fa-f]|0[9AaDd])|\\[/\"'\\]|(?P<q>[\"'`])[ \t]*\+[ \t]*(?P=q)"
)
# The escapes worth a second scan: every rule already reads a JSON string's `\"` as a quote, so
# text escaped once for JSON (the usual case) is not scanned twice; `\\"` (escaped twice), `\/`
# and percent-encoding are.
_SIGNIFICANT = re.compile(r"%(?:[2-7][0-9A-Fa-f]|0[9AaDd])|\\[/'\\]")
_SIGNIFICANT_OR_JOIN = re.compile(
    r"%(?:[2-7][0-9A-Fa-f]|0[9AaDd])|\\[/'\\]|([\"'`])[ \t]*\+[ \t]*\1"
)


def unescape(text: str, escapes: re.Pattern[str] = _ESCAPE) -> tuple[str, list[int]] | None:
    """`text` with escapes decoded, and for each decoded offset (plus the end) the offset in
    `text`; None when there is nothing to decode."""
    parts: list[str] = []
    origins: list[int] = []
    position = 0
    for match in escapes.finditer(text):
        start = match.start()
        parts.append(text[position:start])
        origins.extend(range(position, start))
        escape = match.group(0)
        position = match.end()
        if match.group("q"):
            continue  # `"sk-" + "…"`: literals joined in code read as one
        parts.append(chr(int(escape[1:], 16)) if escape[0] == "%" else escape[1])
        origins.append(start)
    if not parts:
        return None
    parts.append(text[position:])
    origins.extend(range(position, len(text) + 1))
    return "".join(parts), origins


def scan_unescaped(text: str, finder: Callable[[str], list[Leak]], *,
                   joins: bool = False) -> list[Leak]:
    """Run `finder` over `text`, and again over the decoded form of the stretches around its
    escapes (a decoded `%40` may split what the raw text shows whole, so both count); spans
    refer to `text`."""
    leaks = finder(text)
    if "%" not in text and "\\" not in text and not (joins and "+" in text):
        return leaks
    escapes = _ESCAPE_OR_JOIN if joins else _ESCAPE
    for start, end in _escaped_stretches(text, _SIGNIFICANT_OR_JOIN if joins else _SIGNIFICANT):
        decoded = unescape(text[start:end], escapes)
        if decoded is None:
            continue
        plain, origins = decoded
        leaks.extend(Leak(start + origins[leak.start], start + origins[leak.end], leak.kind,
                          leak.category, leak.confidence) for leak in finder(plain))
    return resolve(leaks)


ESCAPE_CONTEXT: Final = 160  # characters decoded on either side of an escape…
MAX_STRETCH_GROWTH: Final = 8192  # …then on to the nearest white space, so no token is cut
_SPACE = re.compile(r"\s")


def _escaped_stretches(text: str, escapes: re.Pattern[str]) -> list[tuple[int, int]]:
    stretches: list[tuple[int, int]] = []
    for match in escapes.finditer(text):
        start = max(0, match.start() - ESCAPE_CONTEXT)
        end = min(len(text), match.end() + ESCAPE_CONTEXT)
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return [(_word_start(text, start), _word_end(text, end)) for start, end in stretches]


def _word_start(text: str, start: int) -> int:
    space = text.rfind(" ", max(0, start - MAX_STRETCH_GROWTH), start)
    newline = text.rfind("\n", max(0, start - MAX_STRETCH_GROWTH), start)
    found = max(space, newline)
    return found + 1 if found >= 0 else max(0, start - MAX_STRETCH_GROWTH)


def _word_end(text: str, end: int) -> int:
    space = _SPACE.search(text, end, min(len(text), end + MAX_STRETCH_GROWTH))
    return space.start() if space else min(len(text), end + MAX_STRETCH_GROWTH)


# -- prefilter ------------------------------------------------------------------------------------

# Every detector here starts from something visible — a provider prefix, a keyword, `://`, `@`,
# a run of digits — so one multi-pattern pass (Hyperscan: a few µs per KB, all triggers at once)
# says where anything can be; the precise Python rules then run only on the stretches around the
# hits. Most text has no hit at all and costs that one pass.


@dataclass(frozen=True, slots=True)
class Trigger:
    """A Hyperscan pattern (ASCII; no look-arounds, no back-references) that marks where a
    detector must look: `before`/`after` characters around its end, grown to a boundary; `tag`
    says which of the detector's rules the stretch needs."""

    pattern: str
    before: int
    after: int
    tag: str
    caseless: bool = False
    starts: bool = False  # where each match starts matters (a token is tried only there)


@dataclass(slots=True)
class Region:
    start: int
    end: int
    tags: set[str]
    starts: list[int] = field(default_factory=list)  # of the matches of `starts` triggers


class Prefilter:
    """Stretches of a text around the matches of a set of triggers, merged."""

    def __init__(self, triggers: Sequence[Trigger], boundaries: str) -> None:
        self.triggers = tuple(triggers)
        chars = re.escape(boundaries)
        self.next_boundary = re.compile(f"[{chars}]")
        self.last_boundary = re.compile(f"(?s).*[{chars}]")  # greedy: the last one in range
        self.all_tags = frozenset(trigger.tag for trigger in self.triggers)
        self._per_thread = threading.local()  # a Hyperscan scratch serves one scan at a time
        self.database = _compile(self.triggers)
        if self.database is not None and not self._engine_agrees():
            log.error("leak detection: the Hyperscan engine missed matches that Python's re "
                      "finds (a known Vectorscan bug); scanning every text in full instead")
            self.database = None

    def _engine_agrees(self) -> bool:
        """Self-test: on probe texts holding every kind of value (at several offsets, after
        long runs of spaces, where Vectorscan 5.4.12 is known to miss matches), every end of a
        match Python's `re` finds for a trigger must be reported by the engine. A trigger whose
        pattern `re` cannot read is not checked."""
        for shift in (0, 1, 7, 23, 40, 64):
            text = " " * shift + SELF_TEST_PROBES
            reported = {(index, end) for index, _, end in self.hits(text)}
            for index, trigger in enumerate(self.triggers):
                try:
                    pattern = re.compile(trigger.pattern, re.IGNORECASE if trigger.caseless
                                         else 0)
                except re.error:
                    continue
                if any((index, m.end()) not in reported
                       for m in pattern.finditer(text) if m.end() > m.start()):
                    return False
        return True

    def _scan(self, data: bytes, on_match: Callable[..., Any], context: object = None) -> None:
        scratch = getattr(self._per_thread, "scratch", None)
        if scratch is None:
            scratch = self._per_thread.scratch = hyperscan.Scratch(self.database)
        self.database.scan(data, match_event_handler=on_match, context=context, scratch=scratch)

    def hits(self, text: str) -> list[tuple[int, int, int]]:
        """(trigger index, start, end) of every trigger match (start only for `starts`
        triggers)."""
        found: list[tuple[int, int, int]] = []
        # One byte per character (non-ASCII as `?`), so byte offsets are text offsets.
        data = text.encode("ascii", "replace")
        self._scan(data, _collect_hit, found)
        return found

    def matches(self, data: bytes) -> bool:
        """Whether any trigger matches `data` (bytes as they are: UTF-8, raw JSON…); True
        without Hyperscan."""
        if self.database is None:
            return True
        try:
            self._scan(data, _stop)
        except hyperscan.ScanTerminated:
            return True
        return False

    def scan(self, data: bytes, on_match: Callable[..., Any], context: object) -> None:
        """Every trigger match in `data` to `on_match(index, start, end, flags, context)`, until
        it returns True (with Hyperscan only: see `database`)."""
        try:
            self._scan(data, on_match, context)
        except hyperscan.ScanTerminated:
            return

    def regions(self, text: str) -> list[Region]:
        """Merged stretches to scan, each with the tags of its triggers; without Hyperscan, the
        whole text with every tag (fail closed: everything is scanned)."""
        if self.database is None:
            return [Region(0, len(text), set(self.all_tags))] if text else []
        hits = self.hits(text)
        if not hits:
            return []
        triggers = self.triggers
        spans = sorted(
            (max(0, end - triggers[index].before), min(len(text), end + triggers[index].after),
             index, start)
            for index, start, end in hits
        )
        merged: list[Region] = []
        for start, end, index, match_start in spans:
            trigger = triggers[index]
            if merged and start <= merged[-1].end:
                region = merged[-1]
                region.end = max(region.end, end)
                region.tags.add(trigger.tag)
            else:
                region = Region(start, end, {trigger.tag})
                merged.append(region)
            if trigger.starts:
                region.starts.append(match_start)
        return self._grown(text, merged)

    def _grown(self, text: str, regions: list[Region]) -> list[Region]:
        """Each region grown to the nearest boundary character on both sides (so no value is
        cut), at most MAX_STRETCH_GROWTH characters, then merged again."""
        grown: list[Region] = []
        for region in regions:
            region.start = self._boundary_before(text, region.start)
            region.end = self._boundary_after(text, region.end)
            if grown and region.start <= grown[-1].end:
                grown[-1].end = max(region.end, grown[-1].end)
                grown[-1].tags |= region.tags
                grown[-1].starts += region.starts
            else:
                grown.append(region)
        return grown

    def _boundary_before(self, text: str, start: int) -> int:
        if start <= 0:
            return 0
        for width in (NEAR_BOUNDARY, MAX_STRETCH_GROWTH):
            low = max(0, start - width)
            found = self.last_boundary.match(text, low, start + 1)
            if found is not None:
                return found.end() - 1
            if low == 0:
                return 0
        return low

    def _boundary_after(self, text: str, end: int) -> int:
        if end >= len(text):
            return len(text)
        for width in (NEAR_BOUNDARY, MAX_STRETCH_GROWTH):
            high = min(len(text), end + width)
            found = self.next_boundary.search(text, end, high)
            if found is not None:
                return found.end()
            if high == len(text):
                return high
        return high


# Values of every kind the detectors look for, for the engine self-test (see
# `Prefilter._engine_agrees`): shapes only, none of them a live credential.
SELF_TEST_PROBES: Final = "\n".join([
    "aws AKIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "token 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 glpat-xxxxxxxxxxxxxxxxxxxx",
    "slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
    "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc openai sk-proj-abcdefghijklmnopqrstuvwx1234",
    "google AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY npm_abcdefghijklmnopqrstuvwxyz0123456789",
    "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVlLWhlcmU",
    "-----BEGIN RSA PRIVATE KEY-----",
    "postgres://admin:hunter2secret@db.internal:5432/app password=hunter2secret",
    'api_key = "Zx8vQ2mN7pL4kR9tW3yB6cD1fG5hJ0sA" Authorization: Bearer abc.def.ghi',
    "mail jane.doe@example.org phone +44 20 7946 0958 (555) 123-4567",
    "card 4111 1111 1111 1111 iban GB82 WEST 1234 5698 7654 32 ssn 123-45-6789",
    "ip 192.168.10.20 and 2001:db8::1 ni QQ 12 34 56 C",
])


def _stop(index: int, start: int, end: int, flags: int, context: object) -> bool:
    return True


def _collect_hit(index: int, start: int, end: int, flags: int,
                 context: list[tuple[int, int, int]]) -> None:
    context.append((index, start, end))


def _compile(triggers: tuple[Trigger, ...]) -> Any:
    if hyperscan is None:
        return None
    return hscache.compile_block(
        [trigger.pattern.encode("ascii") for trigger in triggers],
        list(range(len(triggers))),
        [(hyperscan.HS_FLAG_CASELESS if trigger.caseless else 0)
         | (hyperscan.HS_FLAG_SOM_LEFTMOST if trigger.starts else 0)
         for trigger in triggers],
    )


NEAR_BOUNDARY: Final = 256


# -- triage of raw messages ------------------------------------------------------------------------

# JSON escapes that can spell any trigger in a way the raw bytes do not show (`\u0070assword`,
# `\\"`, a tab as `\t`): a message holding one may hold anything.
HIDING_ESCAPES: Final = (b"\\u", b"\\\\", b"\\t")
MAX_TRIAGE_HITS: Final = 16  # trigger hits one triage pass takes before asking detectors apart


def hides_escapes(data: bytes) -> bool:
    """Whether `data` holds one of `HIDING_ESCAPES` (memchr first: most messages have no
    backslash at all)."""
    return b"\\" in data and (b"\\u" in data or b"\\\\" in data or b"\\t" in data)


class Triage:
    """Which of several detectors may report anything in a message, from its raw bytes, with
    the same answers as each detector's own `may_contain`, in one Hyperscan pass over all their
    triggers and `HIDING_ESCAPES` (instead of one pass and three byte searches per detector).
    The pass stops as soon as every detector asked about is settled; the usual message holds
    no trigger at all. Without a working engine, each detector's `may_contain` answers (and
    that falls back to "maybe")."""

    def __init__(self, detectors: Mapping[str, tuple[Sequence[Trigger],
                                                     Callable[[bytes], bool]]]) -> None:
        self.bit = {name: 1 << index for index, name in enumerate(detectors)}
        every = sum(self.bit.values())
        triggers: list[Trigger] = []
        bits: list[int] = []
        for name, (own, _) in detectors.items():
            # where a match starts is not needed here, and tracking it slows the engine down
            triggers += (dataclasses.replace(trigger, starts=False) for trigger in own)
            bits += [self.bit[name]] * len(own)
        for escape in HIDING_ESCAPES:
            triggers.append(Trigger(re.escape(escape.decode()), 0, 0, "escape"))
            bits.append(every)
        self.checks = {name: check for name, (_, check) in detectors.items()}
        self.prefilter = Prefilter(triggers, " ")
        trigger_bits = tuple(bits)

        def on_match(index: int, start: int, end: int, flags: int, state: list[int]) -> bool:
            state[1] |= trigger_bits[index]
            state[2] -= 1
            # True stops the scan: all settled, or enough calls into Python for text dense
            # with one detector's triggers (then the unsettled ones are asked on their own)
            return state[1] & state[0] == state[0] or state[2] <= 0

        self._on_match = on_match

    def candidates(self, data: bytes, wanted: int) -> int:
        """Of the detectors in `wanted` (their `bit`s or-ed), those that may report something
        in `data`."""
        if self.prefilter.database is None:
            return sum(bit for name, bit in self.bit.items()
                       if wanted & bit and self.checks[name](data))
        state = [wanted, 0, MAX_TRIAGE_HITS]  # asked about, seen, hits still to take
        self.prefilter.scan(data, self._on_match, state)
        seen = state[1] & wanted
        if state[2] > 0 or seen == wanted:  # the pass ran to its end, or all are settled
            return seen
        return seen | sum(bit for name, bit in self.bit.items()
                          if wanted & bit & ~seen and self.checks[name](data))


Finder = Callable[[str, set[str], "list[int] | None"], list[Leak]]


def scan_regions(text: str, regions: Iterable[Region], finder: Finder, *,
                 joins: bool = False) -> list[Leak]:
    """`finder` run (escapes decoded too, see `scan_unescaped`) on each region with its tags
    and its trigger starts (relative to the region; None for a decoded stretch, where they do
    not apply); spans refer to `text`."""
    leaks: list[Leak] = []
    for region in regions:
        start, end = region.start, region.end
        body = text if start == 0 and end == len(text) else text[start:end]
        starts = sorted({position - start for position in region.starts})

        def tagged(plain: str, body: str = body, region: Region = region,
                   starts: list[int] = starts) -> list[Leak]:
            return finder(plain, region.tags, starts if plain is body else None)

        found = scan_unescaped(body, tagged, joins=joins)
        if start:
            found = [Leak(leak.start + start, leak.end + start, leak.kind, leak.category,
                          leak.confidence) for leak in found]
        leaks.extend(found)
    return leaks
