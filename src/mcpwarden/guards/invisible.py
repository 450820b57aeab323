"""Whether a text holds a character the content guard removes, fast.

`detectors.text.has_invisible` is one regex search, about 9 µs per KB of non-ASCII text on the
reference machine: Python's regex engine tests every character against a large class. Here
the same class is written as the UTF-8 byte sequences of its characters and handed to
Hyperscan, which finds literal sets at memory speed; ASCII text (whose only invisible
characters are C0 controls and DEL) is checked with one `bytes.translate`. The answer is the
regex's: the byte sequences are generated from the regex itself, an engine self-test at import
compares them on every character of the class and on every other character, and without a
working engine the regex answers.
"""

from __future__ import annotations

import array
import logging
import threading
from typing import Any, Final

from mcpwarden.detectors import injection_prefilter as prefiltermod
from mcpwarden.detectors import text as textmod

log = logging.getLogger("mcpwarden.guards.content")

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - a declared dependency; the regex answers without it
    hyperscan = None

# The ASCII characters of the class: C0 controls but tab, LF and CR, and DEL.
ASCII_INVISIBLE: Final = bytes(code for code in range(0x80) if textmod.has_invisible(chr(code)))
UNICODE_LIMIT: Final = 0x110000
SURROGATES: Final = range(0xD800, 0xE000)


def every_character() -> str:
    """Every Unicode scalar value (surrogates excluded), in order."""
    def run(first: int, last: int) -> str:
        return array.array("I", range(first, last)).tobytes().decode("utf-32-le")

    return run(0, SURROGATES.start) + run(SURROGATES.stop, UNICODE_LIMIT)


def invisible_code_points(text: str) -> list[int]:
    """The characters of `text` that `textmod.has_invisible` reports, found by halving: the
    regex itself says what is in its class."""
    if not textmod.has_invisible(text):
        return []
    if len(text) == 1:
        return [ord(text)]
    middle = len(text) // 2
    return invisible_code_points(text[:middle]) + invisible_code_points(text[middle:])


def _byte_pattern(codes: list[int]) -> bytes:
    """A Hyperscan pattern matching the UTF-8 encoding of any of `codes`."""
    sequences = sorted(chr(code).encode("utf-8") for code in codes)
    return b"|".join(b"".join(b"\\x%02x" % byte for byte in sequence) for sequence in sequences)


class InvisibleFinder:
    def __init__(self) -> None:
        self._per_thread = threading.local()
        everything = every_character()
        codes = invisible_code_points(everything)
        self.database = self._compile(codes)
        if self.database is not None and not self._engine_agrees(everything, codes):
            log.error("content guard: the Hyperscan engine disagrees with the regex on hidden "
                      "characters; using the regex instead")
            self.database = None

    @staticmethod
    def _compile(codes: list[int]) -> Any:
        if hyperscan is None:
            return None
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(expressions=[_byte_pattern(codes)], ids=[0], elements=1,
                         flags=[hyperscan.HS_FLAG_SINGLEMATCH])
        return database

    def _engine_agrees(self, everything: str, codes: list[int]) -> bool:
        """Nothing is found in a text of every other character, and every character of the
        class is found, at several offsets and after a long run of spaces (where Vectorscan
        5.4.12 is known to miss matches)."""
        others = "".join(everything[_index(low) + 1:_index(high)]
                         for low, high in zip([-1, *codes], [*codes, UNICODE_LIMIT],
                                              strict=True))
        if len(others) != len(everything) - len(codes) or self._found(others.encode("utf-8")):
            return False
        for shift in (0, 1, 7, 23, 40, 64, 300):
            for code in codes:
                if not self._found((" " * shift + "é" + chr(code) + "x").encode("utf-8")):
                    return False
        return True

    def _found(self, data: bytes) -> bool:
        scratch = getattr(self._per_thread, "scratch", None)
        if scratch is None:
            scratch = self._per_thread.scratch = hyperscan.Scratch(self.database)
        found: list[bool] = []
        self.database.scan(data, match_event_handler=_note, context=found, scratch=scratch)
        return bool(found)

    def __call__(self, text: str) -> bool:
        if text.isascii():
            data = text.encode("ascii")
            return len(data.translate(None, ASCII_INVISIBLE)) != len(data)
        if self.database is None:
            return textmod.has_invisible(text)
        encoded = prefiltermod.utf8(text)  # the detector has just encoded the same text
        if encoded is None:  # a lone surrogate: not UTF-8, let the regex read it
            return textmod.has_invisible(text)
        return self._found(encoded)


def _index(code: int) -> int:
    """Where `code` sits in `every_character()`."""
    return code - len(SURROGATES) if code >= SURROGATES.stop else code


def _note(index: int, start: int, end: int, flags: int, context: list[bool]) -> None:
    context.append(True)


has_invisible: Final = InvisibleFinder()
