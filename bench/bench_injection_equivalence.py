"""Verdict equivalence of `mcpwarden.detectors.injection.scan` across a code change.

Performance work on the detector must not change a single `Report`. Record the reports of the
current code first, then compare after each change:

    PYTHONPATH=src .venv/bin/python bench/bench_injection_equivalence.py record /tmp/inj.json
    PYTHONPATH=src .venv/bin/python bench/bench_injection_equivalence.py compare /tmp/inj.json

Texts: every string field of the shared development data (`/work/shared/data/*.jsonl`: tool
results, attack texts, tool descriptions), the generated held-out, training and validation sets
(`detectors.training`), the unit-test strings (every text that `scan` receives while the
detector and content-guard tests run in this process; `--extra` adds a JSON list of more), and
variants of all of them that exercise the short-text and disguise paths: each line,
300-character slices, and a sample wrapped in an HTML comment, base64, zero-width characters,
Cyrillic look-alikes, a table and upper case. Scores may differ by float rounding only
(< 1e-9); findings must be identical.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mcpwarden.detectors import injection
from mcpwarden.detectors.train_injection import SEED
from mcpwarden.detectors.training import blocks_heldout, blocks_train, generate

DATA = Path("/work/shared/data")
TESTS = [
    "tests/detectors/test_injection.py",
    "tests/detectors/test_injection_model.py",
    "tests/detectors/test_injection_round2.py",
    "tests/guards/test_content.py",
]
_TOLERANCE = 1e-9
_SLICE = 300


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _shared(data: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            texts += [s for s in _strings(json.loads(line)) if len(s) >= 8]
    return texts


def _generated() -> list[str]:
    sets = [
        (blocks_heldout, 777, 2000),
        (blocks_train, SEED, 3000),
        (blocks_train, SEED + 1, 1500),
        (blocks_train, SEED + 2, 1000),
    ]
    return [d.text for blocks, seed, count in sets for d in generate.generate(blocks, seed, count)]


def _variants(texts: list[str]) -> list[str]:
    out: list[str] = []
    for index, text in enumerate(texts):
        out += [line for line in text.split("\n") if len(line) >= 8]
        out += [text[start : start + _SLICE] for start in range(0, min(len(text), 3000), _SLICE)]
        if index % 7 == 0:
            piece = text[:600]
            out += [
                f"Notes.\n<!-- {piece} -->\nEnd.",
                "Data: " + base64.b64encode(piece.encode()).decode(),
                piece.replace("e", "e\u200b", 5),
                piece.replace("o", "\u043e").replace("a", "\u0430"),
                piece.upper(),
                "| a | b |\n| 1 | 2 |\n" + piece + "\n| 3 | 4 |\n| 5 | 6 |",
            ]
    return out


def _unit_test_strings() -> list[str]:
    """The texts the unit tests scan: `scan` is wrapped while they run in this process (the
    tests import it after the wrapping, and the content guard looks it up at construction)."""
    import pytest

    seen: set[str] = set()
    original = injection.scan

    def recording(text: str) -> injection.Report:
        seen.add(text)
        return original(text)

    injection.scan = recording
    try:
        pytest.main(["-q", "-p", "no:cacheprovider", *TESTS])
    finally:
        injection.scan = original
    return sorted(seen)


def corpus(extra: Path | None) -> list[str]:
    base = _shared(DATA) + _generated() + _unit_test_strings()
    if extra is not None:
        base += json.loads(extra.read_text())
    return list(dict.fromkeys(base + _variants(base)))


def _record(report: injection.Report) -> list[Any]:
    return [report.score, [[f.start, f.end, f.reason, f.detail, f.score] for f in report.findings]]


def _same(old: list[Any], new: list[Any]) -> bool:
    if abs(old[0] - new[0]) >= _TOLERANCE or len(old[1]) != len(new[1]):
        return False
    for a, b in zip(old[1], new[1], strict=True):
        if a[:4] != b[:4] or abs(a[4] - b[4]) >= _TOLERANCE:
            return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--extra", type=Path, help="JSON list of more texts (unit-test strings)")
    args = parser.parse_args()
    if args.mode == "record":
        texts = corpus(args.extra)
        reports = [_record(injection.scan(text)) for text in texts]
        args.file.write_text(json.dumps({"texts": texts, "reports": reports}))
        print(f"recorded {len(texts)} reports")
        return 0
    saved = json.loads(args.file.read_text())
    mismatches = 0
    for text, old in zip(saved["texts"], saved["reports"], strict=True):
        new = _record(injection.scan(text))
        if not _same(old, new):
            mismatches += 1
            if mismatches <= 5:
                print(f"MISMATCH {text[:120]!r}\n  old {old}\n  new {new}")
    print(f"compared {len(saved['texts'])} texts: {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
