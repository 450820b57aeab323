"""`mcpwarden audit verify`: read a log (JSONL, or the lines kept in a SQLite sink) and check
its chain and signatures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mcpwarden.audit.chain import Report, Verifier

SQLITE_MAGIC = b"SQLite format 3\x00"


def verify_path(path: Path, public_key: Ed25519PublicKey,
                anchor: tuple[int, str] | None = None) -> Report:
    verifier = Verifier(public_key, anchor)
    for line_no, raw in read_lines(path):
        verifier.feed(line_no, raw)
    return verifier.finish()


def read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of a JSONL log, or (row number, line) of a SQLite sink's rows."""
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            handle.seek(0)
            yield from enumerate(handle, 1)
            return
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for number, (line,) in enumerate(db.execute("SELECT line FROM audit ORDER BY rowid"), 1):
            yield number, line.encode()
    finally:
        db.close()


def parse_anchor(text: str) -> tuple[int, str]:
    """`SEQ:sha256:HEX` (a checkpoint's seq and hash, e.g. as a remote sink received it)."""
    seq, _, hash_ = text.partition(":")
    if not seq.isdigit() or not hash_.startswith("sha256:") or len(hash_) != 71:
        raise ValueError("an anchor is SEQ:sha256:<64 hex digits>, e.g. from a checkpoint "
                         "record's seq and hash")
    return int(seq), hash_
