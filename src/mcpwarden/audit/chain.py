"""The hash chain: every record names the previous record's hash, checkpoints sign the head.

A record's `hash` is SHA-256 over its canonical JSON without `hash` and `sig`; its `prev` is the
hash of the record before it (`GENESIS` for the first); `seq` counts from 1. A checkpoint is a
record like any other whose `sig` is an Ed25519 signature over its own hash, so it seals every
record before it: changing, removing, adding or reordering anything before a valid checkpoint
breaks either a link or that signature, even if the attacker recomputes every hash.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mcpwarden.audit.keys import key_id
from mcpwarden.audit.record import CHECKPOINT, GENESIS, encode, iso_time, record_hash

SIGNED_PREFIX = b"mcpwarden-audit-checkpoint-v1\n"


def signed_message(hash_: str) -> bytes:
    return SIGNED_PREFIX + hash_.encode()


@dataclass(slots=True)
class Head:
    """Where the chain stands: the last record's seq and hash."""

    seq: int = 0
    hash: str = GENESIS

    @classmethod
    def from_line(cls, line: bytes | None) -> Head | None:
        """The head after `line`, or None if it is not a chained record."""
        if line is None:
            return cls()
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            return None
        if not isinstance(record, dict):
            return None
        seq, hash_ = record.get("seq"), record.get("hash")
        if not isinstance(seq, int) or not isinstance(hash_, str):
            return None
        return cls(seq, hash_)


class Chainer:
    """Links records into the chain and makes signed checkpoints. Not thread-safe: the trail
    holds its lock around it."""

    def __init__(self, head: Head, key: Ed25519PrivateKey) -> None:
        self.head = head
        self._key = key
        self.key_id = key_id(key.public_key())
        self.since_checkpoint = 0

    def link(self, record: dict[str, Any]) -> bytes:
        """Give `record` its seq, prev and hash; its line (with the newline)."""
        record["seq"] = self.head.seq + 1
        record["prev"] = self.head.hash
        body = encode(record)
        record["hash"] = hash_ = "sha256:" + _sha256(body)
        self.head = Head(record["seq"], hash_)
        self.since_checkpoint += 1
        return body[:-1] + b',"hash":"' + hash_.encode() + b'"}\n'

    def checkpoint(self, reason: str, now: float) -> tuple[dict[str, Any], bytes]:
        record: dict[str, Any] = {
            "v": 1, "time": iso_time(now), "event": CHECKPOINT, "outcome": "ok",
            "checkpoint": {"reason": reason, "key_id": self.key_id,
                           "records": self.since_checkpoint},
            "seq": self.head.seq + 1, "prev": self.head.hash,
        }
        record["hash"] = record_hash(record)
        record["sig"] = base64.b64encode(self._key.sign(signed_message(record["hash"]))).decode()
        self.head = Head(record["seq"], record["hash"])
        self.since_checkpoint = 0
        return record, encode(record) + b"\n"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- verification --------------------------------------------------------------------------------


@dataclass(slots=True)
class Problem:
    line: int
    seq: int | None
    what: str
    file: str | None = None  # named when a set of rotated files is verified

    def __str__(self) -> str:
        where = f"line {self.line}" + (f" (seq {self.seq})" if self.seq is not None else "")
        return f"{self.file} {where}: {self.what}" if self.file else f"{where}: {self.what}"


@dataclass(slots=True)
class FileSpan:
    """One file of a rotated set: what it holds and whether a valid checkpoint ends it."""

    name: str
    records: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    last_line: int = 0
    sealed: bool = False


@dataclass(slots=True)
class Report:
    records: int = 0
    checkpoints: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    last_checkpoint: tuple[int, int] | None = None  # (line, seq)
    ends_with_shutdown: bool = False
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts that are not a fault
    files: list[FileSpan] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Verifier:
    """Checks a log line by line; reports every break with its line and seq and what it means.

    After a problem it resynchronises on the record it stopped at, so one edit gives one
    report and the checks go on for the rest of the log.

    A set of rotated files is checked as one chain, oldest file first, `begin_file` before each:
    every file but the last must end with a valid checkpoint (rotation happens only after one),
    and each file's first record must continue the file before. With `retained`, a chain that
    starts at seq > 1 is what deleting old files by retention leaves: a note, not a warning.
    """

    MAX_PROBLEMS = 100

    def __init__(self, public_key: Ed25519PublicKey,
                 anchor: tuple[int, str] | None = None, retained: bool = False) -> None:
        self._key = public_key
        self._key_id = key_id(public_key)
        self.report = Report()
        self._expect = Head()
        self._line = 0
        self._started = False
        self._anchor = anchor
        self._anchor_hash: str | None = None
        self._anchor_line = 0
        self._anchor_file: str | None = None
        self._retained = retained
        self._first_prev: str | None = None
        self._span: FileSpan | None = None
        self._file_start = False

    def begin_file(self, name: str) -> None:
        """The lines fed from now on are those of file `name`, the next of a rotated set."""
        if self._span is not None:
            self._end_file(self._span)
        self._span = FileSpan(name)
        self.report.files.append(self._span)
        self._file_start = self._started
        self._line = 0

    def damaged(self, what: str) -> None:
        """The current file could not be read to its end (e.g. a cut-off .gz)."""
        self._problem(None, what)

    def feed(self, line_no: int, raw: bytes) -> None:
        self._line = line_no
        if not raw.strip():
            return
        record = self._parse(raw)
        if record is None:
            return
        seq, hash_ = record["seq"], record["hash"]
        self.report.records += 1
        if self.report.first_seq is None:
            self.report.first_seq, self._first_prev = seq, record["prev"]
        self._check_hash(record)
        self._check_link(record)
        sealed = record.get("event") == CHECKPOINT and self._check_checkpoint(record)
        self.report.last_seq = seq
        if self._anchor is not None and seq == self._anchor[0]:
            self._anchor_hash, self._anchor_line = hash_, line_no
            self._anchor_file = self._file_name
        self._expect = Head(seq, hash_)
        if self._span is not None:
            self._track(self._span, seq, line_no, sealed)

    def finish(self) -> Report:
        report = self.report
        if report.records == 0:
            report.problems.append(Problem(self._line, None, "the log holds no records",
                                           self._file_name))
            return report
        if self._anchor is not None:
            self._check_anchor(*self._anchor)
        if report.last_checkpoint is None:
            report.warnings.append(
                "no signed checkpoint: nothing in this log is protected against an attacker "
                "who rewrites it and recomputes the hashes")
        elif report.last_seq != report.last_checkpoint[1]:
            line, seq = report.last_checkpoint
            report.warnings.append(
                f"records seq {seq + 1}..{report.last_seq} come after the last checkpoint "
                f"(line {line}, seq {seq}) and are not covered by a signature: the gateway is "
                "running or crashed, and truncation or rewriting of these records cannot be "
                "detected")
        elif not report.ends_with_shutdown:
            report.warnings.append(
                f"the log ends at a periodic checkpoint (seq {report.last_seq}), not a shutdown "
                "checkpoint: the gateway is running or crashed, or records after seq "
                f"{report.last_seq} were cut off (only an anchor can tell)")
        return report

    # -- checks -------------------------------------------------------------------------------

    @property
    def _file_name(self) -> str | None:
        return self._span.name if self._span is not None else None

    def _problem(self, seq: int | None, what: str) -> None:
        if len(self.report.problems) < self.MAX_PROBLEMS:
            self.report.problems.append(Problem(self._line, seq, what, self._file_name))

    def _track(self, span: FileSpan, seq: int, line_no: int, sealed: bool) -> None:
        span.records += 1
        if span.first_seq is None:
            span.first_seq = seq
        span.last_seq, span.last_line, span.sealed = seq, line_no, sealed
        self._file_start = False

    def _end_file(self, span: FileSpan) -> None:
        """A file followed by another was rotated: a valid checkpoint must end it."""
        if span.records == 0:
            self.report.problems.append(Problem(0, None, (
                "the file holds no records, but a newer file follows it: its records were "
                "removed"), span.name))
        elif not span.sealed:
            self.report.problems.append(Problem(span.last_line, span.last_seq, (
                "the file does not end with a valid checkpoint, as every rotated file does: "
                "its end was cut off (the file was truncated)"), span.name))

    def _parse(self, raw: bytes) -> dict[str, Any] | None:
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError:
            self._problem(None, "not a JSON record (edited, or torn by a crash mid-write)")
            return None
        if not isinstance(record, dict) or not isinstance(record.get("seq"), int) or not (
                isinstance(record.get("hash"), str) and isinstance(record.get("prev"), str)):
            self._problem(None, "not an audit record (no seq, prev and hash)")
            return None
        return record

    def _check_hash(self, record: dict[str, Any]) -> None:
        if record_hash(record) != record["hash"]:
            self._problem(record["seq"], "the record's content does not match its hash: "
                          "a field was edited")

    def _check_link(self, record: dict[str, Any]) -> None:
        seq, prev, expect = record["seq"], record["prev"], self._expect
        if not self._started:
            self._started = True
            self._check_start(seq, prev)
            return
        if seq == expect.seq + 1 and prev == expect.hash:
            return
        if self._file_start:
            self._problem(seq, self._file_break(seq, prev))
        elif seq > expect.seq + 1:
            self._problem(seq, f"seq jumps from {expect.seq} to {seq}: "
                          f"{seq - expect.seq - 1} record(s) were deleted")
        elif seq <= expect.seq:
            self._problem(seq, f"seq {seq} comes after seq {expect.seq}: records were "
                          "reordered, duplicated or inserted")
        else:
            self._problem(seq, f"prev does not match the hash of seq {expect.seq} before it: "
                          "a record was inserted or replaced here, or the one before was "
                          "rewritten")

    def _check_start(self, seq: int, prev: str) -> None:
        if seq == 1:
            if prev != GENESIS:
                self._problem(seq, "the first record does not start a chain (prev is not the "
                              "genesis hash): records before it were removed")
        elif self._retained:
            self.report.notes.append(
                f"chain starts at seq {seq} (earlier files removed by retention): its first "
                f"record links to seq {seq - 1} by the hash {prev}, which an archived copy of "
                "the removed files must end with")
        else:
            self.report.warnings.append(
                f"the log starts at seq {seq}, not 1: records 1..{seq - 1} are not in this "
                "file (rotated away, or the head was cut off)")

    def _file_break(self, seq: int, prev: str) -> str:
        """Why the first record of a file does not continue the file before it."""
        before = self.report.files[-2]
        expect = self._expect
        if seq > expect.seq + 1:
            return (f"the file starts at seq {seq} but {before.name} ends at seq {expect.seq}: "
                    f"records {expect.seq + 1}..{seq - 1} are missing (a file between them was "
                    f"removed, or {before.name} was truncated)")
        if seq <= expect.seq:
            return (f"the file starts at seq {seq}, not after the end of {before.name} (seq "
                    f"{expect.seq}): the files are out of order (renamed or reordered), or "
                    "one is a copy")
        return (f"the file does not continue {before.name}: its first record's prev is not "
                f"the hash of seq {expect.seq} (one of the two files was replaced or "
                "rewritten)")

    def _check_checkpoint(self, record: dict[str, Any]) -> bool:
        seq = record["seq"]
        info = record.get("checkpoint") if isinstance(record.get("checkpoint"), dict) else {}
        assert isinstance(info, dict)
        try:
            signature = base64.b64decode(str(record.get("sig", "")), validate=True)
            self._key.verify(signature, signed_message(record["hash"]))
        except (InvalidSignature, ValueError):
            other = info.get("key_id")
            why = (f"it names key {other}, not the trusted key {self._key_id}"
                   if other != self._key_id else "forged, or it or a record before it was "
                   "rewritten with recomputed hashes")
            self._problem(seq, f"the checkpoint's signature does not verify ({why})")
            return False
        self.report.checkpoints += 1
        self.report.last_checkpoint = (self._line, seq)
        self.report.ends_with_shutdown = info.get("reason") == "shutdown"
        return True

    def _check_anchor(self, seq: int, hash_: str) -> None:
        last, first = self.report.last_seq or 0, self.report.first_seq or 1
        if last < seq:
            self.report.problems.append(Problem(self._line, last, (
                f"the log ends at seq {last} but the anchor names seq {seq}: records "
                f"{last + 1}..{seq} were cut off"), self._file_name))
        elif seq == first - 1 and self._first_prev != hash_:
            self.report.problems.append(Problem(0, first, (
                f"the first record's prev is not the hash the anchor names for seq {seq}: "
                "the log was rewritten from its start"),
                self.report.files[0].name if self.report.files else None))
        elif seq < first - 1:
            self.report.warnings.append(
                f"the anchor names seq {seq}, before the first record here (seq {first}): "
                "it cannot be checked against these files")
        elif self._anchor_hash is not None and self._anchor_hash != hash_:
            self.report.problems.append(Problem(self._anchor_line, seq, (
                "this record's hash is not the one the anchor names: the log was rewritten "
                "up to here"), self._anchor_file))
