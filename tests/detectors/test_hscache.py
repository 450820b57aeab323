"""The Hyperscan database cache: off by default, keyed by the whole definition, and a bad file
falls back to compiling."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpwarden.detectors import hscache

hyperscan = pytest.importorskip("hyperscan")


def _matches(database: object, data: bytes) -> list[int]:
    found: list[int] = []
    scratch = hyperscan.Scratch(database)
    database.scan(  # type: ignore[attr-defined]
        data, match_event_handler=lambda i, s, e, f, c: found.append(i), scratch=scratch
    )
    return found


def test_without_the_variable_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(hscache.CACHE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    database = hscache.compile_block([b"abc"], [0], [0])
    assert _matches(database, b"xxabc") == [0]
    assert list(tmp_path.iterdir()) == []


def test_a_cached_database_is_loaded_and_matches_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(hscache.CACHE_ENV, str(tmp_path))
    first = hscache.compile_block([b"abc", b"x+y"], [0, 1], [0, 0])
    files = list(tmp_path.glob("*.hsdb"))
    assert len(files) == 1
    again = hscache.compile_block([b"abc", b"x+y"], [0, 1], [0, 0])
    assert _matches(first, b"abc xxy") == _matches(again, b"abc xxy") == [0, 1]
    # another definition (a flag differs) is another file
    hscache.compile_block([b"abc", b"x+y"], [0, 1], [0, hyperscan.HS_FLAG_CASELESS])
    assert len(list(tmp_path.glob("*.hsdb"))) == 2


def test_a_corrupt_file_falls_back_to_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(hscache.CACHE_ENV, str(tmp_path))
    hscache.compile_block([b"abc"], [0], [0])
    (cached,) = tmp_path.glob("*.hsdb")
    cached.write_bytes(b"not a database")
    database = hscache.compile_block([b"abc"], [0], [0])
    assert _matches(database, b"abc") == [0]
