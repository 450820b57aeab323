"""`mcpwarden audit verify` catches every kind of tampering and says where, from the attacker's
side: naive edits, and edits that recompute every hash after them."""

from __future__ import annotations

import asyncio
import base64
import shutil
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest
from audit_support import cli
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mcpwarden.audit.chain import signed_message
from mcpwarden.audit.events import Event
from mcpwarden.audit.record import GENESIS, encode, record_hash
from mcpwarden.audit.settings import AuditSettings
from mcpwarden.audit.trail import AuditTrail
from mcpwarden.identity.principal import Principal

ALICE = Principal(issuer="https://idp.example", subject="alice")


async def _write_log(state: Path, events: int) -> None:
    settings = msgspec.convert({"checkpoint_every": 5}, AuditSettings)
    trail = AuditTrail(settings, str(state))
    await trail.start()
    for n in range(events):
        outcome = "denied" if n % 4 == 3 else "ok"
        trail(Event(kind="request", outcome=outcome, upstream="up", method="tools/call",
                    target=f"tool{n}", principal=ALICE,
                    reason="pin_mismatch" if outcome == "denied" else None))
    await trail.aclose()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    state = tmp_path_factory.mktemp("pristine")
    asyncio.run(_write_log(state, 18))
    return state


@pytest.fixture
def log(pristine: Path, tmp_path: Path) -> Path:
    state = tmp_path / "state"
    shutil.copytree(pristine, state)
    return state / "audit.jsonl"


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def verify(path: Path, *extra: str) -> tuple[int, str]:
    return cli("audit", "verify", str(path), "--public-key",
               str(path.parent / "audit-signing.pub"), *extra)


def relink(rows: list[dict[str, Any]], start: int) -> None:
    """What a careful attacker does: recompute seq, prev and hash from `start` on."""
    for index in range(start, len(rows)):
        rows[index]["seq"] = index + 1
        rows[index]["prev"] = rows[index - 1]["hash"] if index else GENESIS
        rows[index]["hash"] = record_hash(rows[index])


def write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_bytes(b"".join(encode(row) + b"\n" for row in rows))


def test_untouched_log_verifies(log: Path) -> None:
    code, out = verify(log)
    assert code == 0, out
    assert "seq 1..23" in out and "4 valid checkpoint(s)" in out


def test_edited_field_is_named_with_line_and_seq(log: Path) -> None:
    rows = lines(log)
    assert b'"outcome":"denied"' in rows[4]
    rows[4] = rows[4].replace(b'"outcome":"denied"', b'"outcome":"ok"')
    log.write_bytes(b"".join(rows))
    code, out = verify(log)
    assert code == 1
    assert "TAMPERED" in out and "line 5 (seq 5): the record's content does not match its hash" \
        in out


def test_edit_with_recomputed_hashes_is_caught_by_the_next_checkpoint(log: Path) -> None:
    rows = [orjson.loads(line) for line in lines(log)]
    rows[4]["outcome"] = "ok"
    relink(rows, 4)  # every hash, seq and prev is consistent again; signatures are not
    write_rows(log, rows)
    code, out = verify(log)
    first_checkpoint = next(r for r in rows if r["event"] == "checkpoint")
    assert code == 1
    assert f"seq {first_checkpoint['seq']}): the checkpoint's signature does not verify" in out


def test_deleted_line(log: Path) -> None:
    rows = lines(log)
    del rows[9]
    log.write_bytes(b"".join(rows))
    code, out = verify(log)
    assert code == 1 and "line 10 (seq 11): seq jumps from 9 to 11: 1 record(s) were deleted" \
        in out


def test_deletion_with_renumbering_is_caught(log: Path) -> None:
    rows = [orjson.loads(line) for line in lines(log)]
    del rows[2]
    relink(rows, 2)
    write_rows(log, rows)
    code, out = verify(log)
    assert code == 1 and "signature does not verify" in out


def test_inserted_forged_line(log: Path) -> None:
    rows = [orjson.loads(line) for line in lines(log)]
    forged = {**rows[6], "target": "innocent", "outcome": "ok"}
    forged["hash"] = record_hash(forged)  # links correctly to the record before it
    raw = lines(log)
    raw.insert(7, encode(forged) + b"\n")
    log.write_bytes(b"".join(raw))
    code, out = verify(log)
    assert code == 1
    assert "line 8 (seq 7): seq 7 comes after seq 7" in out


def test_swapped_lines(log: Path) -> None:
    raw = lines(log)
    raw[7], raw[8] = raw[8], raw[7]
    log.write_bytes(b"".join(raw))
    code, out = verify(log)
    assert code == 1
    assert "line 8 (seq 9)" in out and "line 9 (seq 8): seq 8 comes after seq 9: records were " \
        "reordered" in out


def test_truncated_tail_is_reported(log: Path) -> None:
    raw = lines(log)
    last = orjson.loads(raw[-1])
    log.write_bytes(b"".join(raw[:-3]))
    code, out = verify(log)
    assert code == 3  # no shutdown checkpoint at the end: cut off, running or crashed
    assert "WARNING" in out and "not covered by a signature" in out
    code, out = verify(log, "--anchor", f"{last['seq']}:{last['hash']}")
    assert code == 1 and f"records 21..{last['seq']} were cut off" in out


def test_truncation_back_to_a_periodic_checkpoint_is_reported(log: Path) -> None:
    raw = lines(log)
    cut = max(i for i, line in enumerate(raw[:-1]) if b'"event":"checkpoint"' in line)
    log.write_bytes(b"".join(raw[: cut + 1]))
    code, out = verify(log)
    assert code == 3 and "not a shutdown checkpoint" in out


def test_forged_checkpoint_signature(log: Path) -> None:
    rows = [orjson.loads(line) for line in lines(log)]
    index = next(i for i, r in enumerate(rows) if r["event"] == "checkpoint")
    mallory = Ed25519PrivateKey.generate()
    rows[index]["sig"] = base64.b64encode(
        mallory.sign(signed_message(rows[index]["hash"]))).decode()
    write_rows(log, rows)
    code, out = verify(log)
    assert code == 1
    assert f"line {index + 1} (seq {index + 1}): the checkpoint's signature does not verify" \
        in out


def test_rewrite_resigned_with_another_key_names_the_key(log: Path) -> None:
    rows = [orjson.loads(line) for line in lines(log)]
    rows[1]["target"] = "something-else"
    relink(rows, 1)
    mallory = Ed25519PrivateKey.generate()
    for row in rows:
        if row["event"] == "checkpoint":
            row["checkpoint"]["key_id"] = "0123456789abcdef"
            row["hash"] = record_hash(row)
            row["sig"] = base64.b64encode(mallory.sign(signed_message(row["hash"]))).decode()
            relink(rows, rows.index(row) + 1)
    write_rows(log, rows)
    code, out = verify(log)
    assert code == 1 and "it names key 0123456789abcdef, not the trusted key" in out


def test_torn_last_line_and_removed_head(log: Path) -> None:
    raw = lines(log)
    log.write_bytes(b"".join(raw[2:-1]) + raw[-1][:40])
    code, out = verify(log)
    assert code == 1
    assert "the log starts at seq 3, not 1" in out
    assert f"line {len(raw) - 2}: not a JSON record" in out


def test_verify_with_the_config(log: Path, tmp_path: Path) -> None:
    config = tmp_path / "gateway.yaml"
    config.write_text(f"auth: none\nstate_dir: {log.parent}\n"
                      "upstreams: {x: {url: 'http://127.0.0.1:9/mcp'}}\n")
    code, out = cli("audit", "verify", "-c", str(config))
    assert code == 0, out
    code, out = cli("audit", "search", "-c", str(config), "--user", "alice", "--outcome",
                    "denied")
    assert code == 0 and out.count("pin_mismatch") == 4
