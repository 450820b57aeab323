"""JSONL rotation and retention keep the chain verifiable across files: every rotated file is
sealed by a checkpoint, the next file continues its chain, and `audit verify` checks a set of
files as one chain and names the file and record of every break, from the attacker's side
(a middle file removed, files renamed out of order, a file cut short, an edit inside a .gz).
`kill -9` during rotation loses no acknowledged record (real subprocess, real SIGKILL)."""

from __future__ import annotations

import asyncio
import gzip
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest
import yaml
from audit_support import cli, records, wait_for
from support import PYTHON

from mcpwarden.audit.events import Event
from mcpwarden.audit.settings import AuditSettings, parse_duration, parse_size
from mcpwarden.audit.sinks.jsonl import JsonlSink, Rotation, parse_rotated, rotated_files
from mcpwarden.audit.sinks.sqlite import SqliteSink
from mcpwarden.audit.trail import AuditTrail, build_sinks
from mcpwarden.audit.verify import log_set, read_lines
from mcpwarden.config import ConfigError, loads
from mcpwarden.identity.principal import Principal

ALICE = Principal(issuer="https://idp.example", subject="alice")
PUB = "audit-signing.pub"
BASE = {"auth": "none", "upstreams": {"x": {"url": "http://127.0.0.1:9/mcp"}}}


def rotating_trail(state: Path, **settings: Any) -> AuditTrail:
    """A real trail whose JSONL sinks rotate as `settings` say."""
    config = msgspec.convert({"checkpoint_every": 4, **settings}, AuditSettings)
    return AuditTrail(config, str(state))


def request(n: int, when: float | None = None) -> Event:
    event = Event(kind="request", outcome="ok", upstream="up", method="tools/call",
                  target=f"tool{n}", principal=ALICE)
    if when is not None:
        event.time = when
    return event


async def write_log(state: Path, events: int, **settings: Any) -> AuditTrail:
    trail = rotating_trail(state, **settings)
    await trail.start()
    for n in range(events):
        trail(request(n))
    await trail.aclose()
    return trail


def all_records(active: Path) -> list[dict[str, Any]]:
    return [orjson.loads(raw) for path in log_set(active).files
            for _, raw in read_lines(path) if raw.strip()]


def verify(*paths: Path | str, config: Path | None = None) -> tuple[int, str]:
    key = ["-c", str(config)] if config else []
    first = Path(paths[0]) if paths else None
    if not key and first is not None:
        directory = first if first.is_dir() else first.parent
        key = ["--public-key", str(directory / PUB)]
    return cli("audit", "verify", *map(str, paths), *key)


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


# -- settings ------------------------------------------------------------------------------------


def test_sizes_and_durations_parse() -> None:
    assert parse_size("100MB", "k") == 100_000_000
    assert parse_size("1GiB", "k") == 1 << 30
    assert parse_size("1.5 kib", "k") == 1536
    assert parse_size(4096, "k") == 4096
    assert parse_duration("1d", "k") == 86400 and parse_duration("30m", "k") == 1800


@pytest.mark.parametrize(("audit", "message"), [
    ({"rotate_bytes": "100 parsecs"}, "audit.rotate_bytes: '100 parsecs' is not a size"),
    ({"rotate_bytes": 10}, "audit.rotate_bytes: 10 is too small"),
    ({"rotate_every": "daily"}, "audit.rotate_every: 'daily' is not a duration"),
    ({"rotate_every": "0s"}, "audit.rotate_every: must be at least 1s"),
    ({"keep": 3}, "set audit.rotate_bytes or audit.rotate_every too"),
    ({"rotate_bytes": "1MB", "keep": -1}, "audit.keep"),
    ({"retention_days": 0}, "audit.retention_days: must be positive"),
])
def test_bad_rotation_settings_are_refused_naming_the_key(audit: dict[str, Any],
                                                          message: str) -> None:
    with pytest.raises(ConfigError, match="audit") as caught:
        loads(yaml.safe_dump({**BASE, "audit": audit}))
    assert message in str(caught.value)


def test_good_rotation_settings_load() -> None:
    config = loads(yaml.safe_dump({**BASE, "audit": {
        "rotate_bytes": "100MB", "rotate_every": "1d", "keep": 30, "gzip": True,
        "retention_days": 90, "sinks": ["jsonl://audit.jsonl", "sqlite://audit.db"]}}))
    rotation = Rotation.of(config.audit)
    assert rotation == Rotation(100_000_000, 86400, 30, True)
    assert rotation.deadline(86400 * 3 + 5) == 86400 * 4  # the next UTC midnight
    assert Rotation.of(loads(yaml.safe_dump(BASE)).audit) is None


# -- rotation ------------------------------------------------------------------------------------


def test_size_rotation_chains_the_files_and_verifies(tmp_path: Path) -> None:
    asyncio.run(write_log(tmp_path, 60, rotate_bytes="2KB"))
    active = tmp_path / "audit.jsonl"
    rotated = rotated_files(active)
    assert len(rotated) >= 3
    names = [parse_rotated(path.name) for path in rotated]
    assert all(name is not None and name.base == "audit.jsonl" for name in names)
    assert [path.stat().st_mtime_ns for path in rotated] == sorted(
        path.stat().st_mtime_ns for path in rotated)  # rotation order is name order
    for older, newer in zip([*rotated], [*rotated[1:], active], strict=True):
        last, first = records(older)[-1], records(newer)[0]
        assert last["event"] == "checkpoint" and "sig" in last  # a checkpoint seals each file
        assert (first["seq"], first["prev"]) == (last["seq"] + 1, last["hash"])
        assert older.stat().st_size < 2000 + 2 * 1000  # the size, plus a record and its seal
    seqs = [record["seq"] for record in all_records(active)]
    assert seqs == list(range(1, len(seqs) + 1))
    code, out = verify(tmp_path)
    assert code == 0, out
    assert f"{len(rotated) + 1} file(s)" in out and "problem" in out and "NOTE" not in out


def test_age_rotation_at_the_period_boundary(tmp_path: Path) -> None:
    async def run() -> None:
        trail = rotating_trail(tmp_path, rotate_every="1s", checkpoint_every=3)
        await trail.start()
        for n in range(3):
            trail(request(n))
        await asyncio.sleep(1.1)  # the next second's boundary has passed
        for n in range(3, 9):
            trail(request(n))
        await trail.aclose()

    asyncio.run(run())
    assert len(rotated_files(tmp_path / "audit.jsonl")) >= 1
    code, out = verify(tmp_path)
    assert code == 0, out


def test_a_due_file_sealed_at_shutdown_rotates_before_the_next_start(tmp_path: Path) -> None:
    asyncio.run(write_log(tmp_path, 3, rotate_every="1s", checkpoint_every=100))
    assert rotated_files(tmp_path / "audit.jsonl") == []
    time.sleep(1.1)
    asyncio.run(write_log(tmp_path, 2, rotate_every="1s", checkpoint_every=100))
    (rotated,) = rotated_files(tmp_path / "audit.jsonl")
    assert records(rotated)[-1]["checkpoint"]["reason"] == "shutdown"
    assert records(tmp_path / "audit.jsonl")[0]["event"] == "audit_start"
    assert verify(tmp_path)[0] == 0


@pytest.mark.parametrize("left", ["no file", "an empty file", "a compressed file"])
def test_the_chain_resumes_from_the_newest_rotated_file(tmp_path: Path, left: str) -> None:
    """What a crash between the rename and the new file's first record leaves."""
    asyncio.run(write_log(tmp_path, 20, rotate_bytes="2KB"))
    active = tmp_path / "audit.jsonl"
    rotated = active.rename(tmp_path / "audit.jsonl.29991231T235959Z.1")
    if left == "an empty file":
        active.write_bytes(b"")
    elif left == "a compressed file":
        rotated.with_name(rotated.name + ".gz").write_bytes(gzip.compress(rotated.read_bytes()))
        rotated.unlink()
    asyncio.run(write_log(tmp_path, 5, rotate_bytes="2KB"))
    code, out = verify(tmp_path)
    assert code == 0, out
    assert [r["event"] for r in all_records(active)].count("audit_start") == 2


def test_gzip_and_keep_then_verify_from_the_first_kept_file(tmp_path: Path) -> None:
    async def run() -> None:
        trail = rotating_trail(tmp_path, rotate_bytes="2KB", keep=2, gzip=True)
        await trail.start()
        for n in range(80):
            trail(request(n))
        await asyncio.sleep(0)
        sink = trail.sinks[0]
        assert isinstance(sink, JsonlSink)
        assert wait_for(lambda: all(p.name.endswith(".gz")
                                    for p in rotated_files(sink.path)), 10)
        await trail.aclose()

    asyncio.run(run())
    kept = rotated_files(tmp_path / "audit.jsonl")
    assert len(kept) == 2 and all(path.name.endswith(".gz") for path in kept)
    assert not list(tmp_path.glob("*.partial"))
    code, out = verify(tmp_path)
    assert code == 0, out
    first = all_records(tmp_path / "audit.jsonl")[0]["seq"]
    assert f"chain starts at seq {first} (earlier files removed by retention)" in out

    config = tmp_path / "gateway.yaml"
    config.write_text(yaml.safe_dump({**BASE, "state_dir": str(tmp_path), "audit": {
        "rotate_bytes": "2KB", "keep": 3, "gzip": True}}))
    code, out = verify(config=config)
    assert code == 3 and "retention keeps 3" in out  # fewer files than retention explains


def test_housekeeping_finishes_what_a_crash_cut_short(tmp_path: Path) -> None:
    asyncio.run(write_log(tmp_path, 40, rotate_bytes="2KB"))
    oldest, second, *_ = rotated_files(tmp_path / "audit.jsonl")
    partial = oldest.with_name(oldest.name + ".gz.partial")
    partial.write_bytes(b"\x1f\x8b half a compressed file")
    twin = second.with_name(second.name + ".gz")
    with gzip.open(twin, "wb") as packed:  # a whole copy, but the plain file was not removed
        packed.write(second.read_bytes())
    code, out = verify(tmp_path)
    assert code == 0, out  # verify counts the twins once
    asyncio.run(write_log(tmp_path, 1, rotate_bytes="2KB", gzip=True))
    assert not partial.exists() and not second.exists() and twin.exists()
    assert verify(tmp_path)[0] == 0


def test_a_failed_rotation_keeps_writing_and_waits_before_trying_again(tmp_path: Path) -> None:
    sink = JsonlSink(tmp_path / "audit.jsonl", "never", 1.0, Rotation(max_bytes=1024))
    sink.open()
    try:
        line = b'{"seq":1}\n' * 120
        sink.write({"event": "checkpoint"}, line)  # due, and sealed: the next write rotates
        (tmp_path / "audit.jsonl").unlink()  # the rename fails
        sink.write({"event": "request"}, b'{"seq":2}\n')
        assert sink.stats()["errors"] == 1 and sink.stats()["rotations"] == 0
        assert not sink.rotation_due()  # no checkpoint per record while it keeps failing
    finally:
        sink.close()


# -- tampering across files ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    state = tmp_path_factory.mktemp("rotated")
    asyncio.run(write_log(state, 60, rotate_bytes="2KB"))
    return state


@pytest.fixture
def state(pristine: Path, tmp_path: Path) -> Path:
    shutil.copytree(pristine, tmp_path / "state")
    return tmp_path / "state"


def rotated(state: Path) -> list[Path]:
    files = rotated_files(state / "audit.jsonl")
    assert len(files) >= 4
    return files


def test_missing_middle_file_is_named(state: Path) -> None:
    files = rotated(state)
    gone = records(files[1])
    files[1].unlink()
    code, out = verify(state)
    assert code == 1, out
    assert (f"TAMPERED {files[2].name} line 1 (seq {gone[-1]['seq'] + 1}): the file starts at "
            f"seq {gone[-1]['seq'] + 1} but {files[0].name} ends at seq {gone[0]['seq'] - 1}: "
            f"records {gone[0]['seq']}..{gone[-1]['seq']} are missing") in out


def test_missing_oldest_files_look_like_retention_but_not_a_missing_middle(state: Path) -> None:
    files = rotated(state)
    files[0].unlink()
    files[1].unlink()
    code, out = verify(state)
    assert code == 0, out
    assert "NOTE" in out and "earlier files removed by retention" in out


def test_reordered_files_are_caught(state: Path) -> None:
    files = rotated(state)
    a, b = files[1], files[2]
    a.rename(state / "swap")
    b.rename(a)
    (state / "swap").rename(b)
    code, out = verify(state)
    assert code == 1, out
    assert f"TAMPERED {a.name} line 1" in out and "the files are out of order" in out


def test_truncated_middle_file_is_caught(state: Path) -> None:
    files = rotated(state)
    raw = lines(files[1])
    cut = max(i for i, line in enumerate(raw) if b'"event":"checkpoint"' not in line)
    files[1].write_bytes(b"".join(raw[:cut + 1]))
    code, out = verify(state)
    assert code == 1, out
    assert (f"TAMPERED {files[1].name} line {cut + 1}" in out
            and "does not end with a valid checkpoint" in out)
    assert f"TAMPERED {files[2].name} line 1" in out


def test_truncated_middle_file_back_to_a_checkpoint_is_caught(state: Path) -> None:
    files = rotated(state)
    raw = lines(files[1])
    cut = max(i for i, line in enumerate(raw[:-1]) if b'"event":"checkpoint"' in line)
    files[1].write_bytes(b"".join(raw[:cut + 1]))  # ends sealed, by an earlier checkpoint
    code, out = verify(state)
    assert code == 1 and "are missing" in out and files[2].name in out, out


def test_emptied_middle_file_is_caught(state: Path) -> None:
    files = rotated(state)
    files[1].write_bytes(b"")
    code, out = verify(state)
    assert code == 1 and f"TAMPERED {files[1].name} line 0: the file holds no records" in out


def test_edit_inside_a_compressed_file_names_file_and_record(state: Path) -> None:
    files = rotated(state)
    raw = lines(files[2])
    raw[1] = raw[1].replace(b'"outcome":"ok"', b'"outcome":"denied"')
    packed = files[2].with_name(files[2].name + ".gz")
    packed.write_bytes(gzip.compress(b"".join(raw)))
    files[2].unlink()
    seq = orjson.loads(raw[1])["seq"]
    code, out = verify(state)
    assert code == 1, out
    assert (f"TAMPERED {packed.name} line 2 (seq {seq}): the record's content does not match "
            "its hash") in out


def test_cut_off_compressed_file_is_caught(state: Path) -> None:
    files = rotated(state)
    packed = files[1].with_name(files[1].name + ".gz")
    packed.write_bytes(gzip.compress(files[1].read_bytes())[:-30])
    files[1].unlink()
    code, out = verify(state)
    assert code == 1 and f"TAMPERED {packed.name}" in out and "cut off" in out, out


def test_inserted_forged_file_is_caught(state: Path) -> None:
    files = rotated(state)
    shutil.copy(files[0], state / "audit.jsonl.20000101T000000Z.1")  # a copy claims to be older
    code, out = verify(state)
    assert code == 1 and "out of order" in out, out


def test_explicit_files_in_any_order_are_checked_in_rotation_order(state: Path) -> None:
    files = rotated(state)
    code, out = verify(state / "audit.jsonl", *reversed(files))
    assert code == 0, out


def test_a_single_file_still_verifies_on_its_own(state: Path) -> None:
    code, out = verify(state / "audit.jsonl")
    assert code == 3 and "the log starts at seq" in out and "TAMPERED" not in out
    code, out = verify(rotated(state)[1])  # a rotated file: retention may have removed older
    assert code == 3 and "chain starts at seq" in out and "TAMPERED" not in out


def test_anchor_before_the_kept_files(state: Path) -> None:
    files = rotated(state)
    first = records(files[1])[0]
    files[0].unlink()
    anchor = f"{first['seq'] - 1}:{first['prev']}"
    code, out = verify(state)
    assert code == 0, out
    assert cli("audit", "verify", str(state), "--public-key", str(state / PUB),
               "--anchor", anchor)[0] == 0
    wrong = f"{first['seq'] - 1}:sha256:{'1' * 64}"
    code, out = cli("audit", "verify", str(state), "--public-key", str(state / PUB),
                    "--anchor", wrong)
    assert code == 1 and "rewritten from its start" in out
    code, out = cli("audit", "verify", str(state), "--public-key", str(state / PUB),
                    "--anchor", f"1:sha256:{'1' * 64}")
    assert code == 3 and "cannot be checked" in out


def test_directory_without_logs_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / PUB).write_bytes(b"")
    assert verify(tmp_path)[0] == 2


# -- SQLite retention ----------------------------------------------------------------------------


def test_sqlite_retention_deletes_old_rows_in_batches(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import mcpwarden.audit.sinks.sqlite as sqlite_sink

    async def fill() -> None:
        trail = AuditTrail(msgspec.convert({"sinks": ["sqlite://audit.db"]}, AuditSettings),
                           str(tmp_path))
        await trail.start()
        old = time.time() - 3 * 86400
        for n in range(35):
            trail(request(n, when=old))
        for n in range(5):
            trail(request(100 + n))
        await trail.aclose()

    asyncio.run(fill())
    monkeypatch.setattr(sqlite_sink, "EXPIRE_BATCH", 10)
    sink = SqliteSink(tmp_path / "audit.db", retention_days=1)
    sink.open()
    try:
        assert wait_for(lambda: sink.stats()["expired"] >= 35, 10)
    finally:
        sink.close()
    assert sink.stats()["expired"] == 35
    code, out = cli("audit", "search", "--file", str(tmp_path / "audit.db"), "--json")
    assert code == 0
    targets = {orjson.loads(line)["target"] for line in out.splitlines()
               if orjson.loads(line)["event"] == "request"}
    assert targets == {f"tool{100 + n}" for n in range(5)}


# -- kill -9 during rotation ---------------------------------------------------------------------

DRIVER = """
import asyncio, sys
sys.path.insert(0, sys.argv[2])
from test_rotation import request, rotating_trail
from pathlib import Path

async def main():
    trail = rotating_trail(Path(sys.argv[1]), fsync="always", rotate_bytes="1KiB",
                           checkpoint_every=3, keep=int(sys.argv[3]), gzip=True)
    await trail.start()
    n = int(sys.argv[4])
    while n < int(sys.argv[5]):
        trail(request(n))
        waiter = trail.durable()
        if waiter is not None:
            await waiter
        print(n, flush=True)  # acknowledged: the record is on disk
        n += 1
    await trail.aclose()

asyncio.run(main())
"""


def _drive(state: Path, first: int, last: int, keep: int = 0) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [PYTHON, "-c", DRIVER, str(state), str(Path(__file__).parent), str(keep), str(first),
         str(last)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def _acked_then_kill(process: subprocess.Popen[bytes], after: int) -> list[int]:
    assert process.stdout is not None
    acked = []
    while len(acked) < after:
        line = process.stdout.readline()
        assert line, process.stderr.read().decode() if process.stderr else "driver died"
        acked.append(int(line))
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    acked += [int(line) for line in process.stdout.read().split()]
    return acked


def test_no_acknowledged_record_is_lost_on_sigkill_during_rotation(tmp_path: Path) -> None:
    active = tmp_path / "audit.jsonl"
    acked: list[int] = []
    for round_, after in enumerate((40, 57, 73)):  # kills land at different points of a cycle
        first = 1000 * round_
        acked += _acked_then_kill(_drive(tmp_path, first, first + 999), after)
        logged = {r.get("target") for r in all_records(active)}
        missing = [n for n in acked if f"tool{n}" not in logged]
        assert missing == [], f"acknowledged but not in the log after kill -9: {missing}"
        code, out = verify(tmp_path)
        assert code == 3 and "TAMPERED" not in out, out  # intact, the crash left it unsealed
    assert len(rotated_files(active)) >= 10
    finished = _drive(tmp_path, 5000, 5010)
    assert finished.wait(timeout=30) == 0
    code, out = verify(tmp_path)
    assert code == 0, out  # each restart continued the chain; the shutdown seals it all
    starts = [r for r in all_records(active) if r["event"] == "audit_start"]
    assert len(starts) == 4


def test_search_reads_the_rotated_files_too(tmp_path: Path) -> None:
    asyncio.run(write_log(tmp_path, 40, rotate_bytes="2KB", gzip=True))
    active = tmp_path / "audit.jsonl"
    assert any(path.name.endswith(".gz") for path in rotated_files(active))
    code, out = cli("audit", "search", "--file", str(active), "--json", "--limit", "100")
    assert code == 0, out
    found = [orjson.loads(line) for line in out.splitlines()]
    targets = [record["target"] for record in found if record["event"] == "request"]
    assert targets == [f"tool{n}" for n in range(40)]  # every file, oldest first


# -- the gateway --------------------------------------------------------------------------------


def test_build_sinks_passes_the_rotation_settings() -> None:
    sinks = build_sinks(msgspec.convert({"rotate_bytes": "1MB"}, AuditSettings), "/nonexistent")
    assert isinstance(sinks[0], JsonlSink) and sinks[0].rotation is not None


def test_gateway_rotates_and_verify_with_the_config(tmp_path: Path) -> None:
    import httpx2 as httpx
    from audit_support import STDIO_FIXTURE, echo
    from support import gateway

    config = {"auth": "none", "state_dir": str(tmp_path / "state"),
              "upstreams": {"local": {"command": STDIO_FIXTURE, "sandbox": "none"}},
              "audit": {"sinks": ["jsonl://audit.jsonl"], "rotate_bytes": "2KB",
                        "checkpoint_every": 5, "gzip": True}}
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        for n in range(30):
            body, headers = echo(f"n{n}", id=n)
            assert http.post("/mcp/local", content=body, headers=headers).status_code == 200
    assert len(rotated_files(tmp_path / "state" / "audit.jsonl")) >= 2
    path = tmp_path / "gateway.yaml"
    path.write_text(yaml.safe_dump(config))
    code, out = verify(config=path)
    assert code == 0, out
