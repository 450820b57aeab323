"""`mcpwarden audit verify`: read a log (JSONL, its rotated files, or the lines kept in a SQLite
sink) and check its chain and signatures."""

from __future__ import annotations

import gzip
import os
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mcpwarden.audit.chain import Report, Verifier
from mcpwarden.audit.sinks.jsonl import parse_rotated, rotated_files

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(slots=True)
class LogSet:
    """One chain: a log's rotated files, oldest first, then the log itself if present."""

    label: str  # the log's path, as the output names it
    files: list[Path]

    @property
    def rotated(self) -> int:
        return sum(parse_rotated(path.name) is not None for path in self.files)


def verify_path(path: Path, public_key: Ed25519PublicKey,
                anchor: tuple[int, str] | None = None) -> Report:
    """One file on its own (a JSONL log, a rotated file, or a SQLite sink)."""
    return verify_set(LogSet(str(path), [path]), public_key, anchor)


def verify_set(logs: LogSet, public_key: Ed25519PublicKey,
               anchor: tuple[int, str] | None = None, keep: int = 0) -> Report:
    """A set of rotated files as one chain (see `Verifier`). With the config's `keep`, a chain
    that starts later than retention explains is a warning."""
    single = len(logs.files) == 1
    verifier = Verifier(public_key, anchor, retained=logs.rotated > 0)
    for path in logs.files:
        if not single:
            verifier.begin_file(path.name)
        _feed(verifier, path)
    report = verifier.finish()
    if keep and (report.first_seq or 1) > 1 and logs.rotated < keep:
        report.warnings.append(
            f"the chain starts at seq {report.first_seq} but only {logs.rotated} rotated "
            f"file(s) are here, while retention keeps {keep}: older files were removed by "
            "something other than retention")
    return report


def _feed(verifier: Verifier, path: Path) -> None:
    line_no = 0
    packed = path.with_name(path.name + ".gz")
    if parse_rotated(path.name) and not path.exists() and packed.exists():
        path = packed  # compressed by a running gateway since the directory was listed
    try:
        for line_no, raw in read_lines(path):
            verifier.feed(line_no, raw)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        verifier.damaged(f"the compressed file is damaged or cut off after line {line_no} "
                         f"({exc}): the records after it are lost")


def read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of a JSONL log (`.gz` too), or (row number, line) of a SQLite
    sink's rows."""
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as packed:
            yield from enumerate(packed, 1)
        return
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


# -- which files make a chain --------------------------------------------------------------------


def log_set(active: Path) -> LogSet:
    """The log at `active` with its rotated files (what the gateway writes for one sink)."""
    files = rotated_files(active)
    if active.exists() or not files:
        files.append(active)
    return LogSet(str(active), files)


def log_sets(paths: list[Path]) -> list[LogSet]:
    """The chains among `paths`: a directory stands for every JSONL log and rotated file in it;
    files are grouped by the log they belong to and put in rotation order (the order of the
    names is what the chain is checked against, so a renamed file shows up)."""
    groups: dict[Path, list[Path]] = {}
    for path in paths:
        for file in _expand(path):
            rotated = parse_rotated(file.name)
            base = file.parent / rotated.base if rotated else file
            groups.setdefault(base, [])
            if file not in groups[base]:
                groups[base].append(file)
    return [LogSet(str(base), sorted(_dedupe(files), key=_rotation_order))
            for base, files in groups.items()]


def _expand(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    found = sorted(path / name for name in os.listdir(path)
                   if (name.endswith(".jsonl") or parse_rotated(name) is not None)
                   and (path / name).is_file())
    if not found:
        raise ValueError(f"{path} holds no JSONL audit log (*.jsonl or rotated *.jsonl.<time>.<n>)")
    return found


def _dedupe(files: list[Path]) -> list[Path]:
    """A rotated file found both plain and compressed (a compression cut short) counts once."""
    plain = {file.name for file in files}
    return [file for file in files
            if not (file.name.endswith(".gz") and file.name[:-3] in plain)]


def _rotation_order(path: Path) -> tuple[int, str, int]:
    rotated = parse_rotated(path.name)
    return (0, rotated.stamp, rotated.n) if rotated else (1, "", 0)


def parse_anchor(text: str) -> tuple[int, str]:
    """`SEQ:sha256:HEX` (a checkpoint's seq and hash, e.g. as a remote sink received it)."""
    seq, _, hash_ = text.partition(":")
    if not seq.isdigit() or not hash_.startswith("sha256:") or len(hash_) != 71:
        raise ValueError("an anchor is SEQ:sha256:<64 hex digits>, e.g. from a checkpoint "
                         "record's seq and hash")
    return int(seq), hash_
