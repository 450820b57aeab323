"""Compiling the detectors' Hyperscan databases, optionally kept on disk between runs.

Compiling them takes seconds at start-up (the injection word gate alone, about 1,100 patterns,
takes about 1.5 s). A process that starts the gateway many times, such as the test suite, can set
`MCPWARDEN_HYPERSCAN_CACHE` to a directory it owns: each database is then stored there under the
SHA-256 of everything that defines it (expressions, ids, flags, mode, engine version) and loaded
instead of compiled. The cache is off by default, so a production gateway compiles its own
databases and no file outside the package can change what it detects. A database loaded from the
cache passes the same self-test against Python as a compiled one before it is used. Any problem
with the cache (unreadable, corrupt, not writable) falls back to compiling.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

hyperscan: Any
try:
    import hyperscan
except ImportError:  # pragma: no cover - the engine is a hard dependency where available
    hyperscan = None

CACHE_ENV = "MCPWARDEN_HYPERSCAN_CACHE"


def compile_block(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int]) -> Any:
    """A block-mode database of `expressions` (raises `hyperscan.error` as `compile` does)."""
    directory = os.environ.get(CACHE_ENV)
    path = Path(directory) / f"{_key(expressions, ids, flags)}.hsdb" if directory else None
    if path is not None:
        try:
            return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
        except (OSError, hyperscan.error):
            pass  # not cached yet, or unusable: compile
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=list(expressions), ids=list(ids), elements=len(ids), flags=list(flags)
    )
    if path is not None:
        _store(path, hyperscan.dumpb(database))
    return database


def _key(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int]) -> str:
    definition = json.dumps(
        [
            [expression.hex() for expression in expressions],
            list(ids),
            list(flags),
            hyperscan.HS_MODE_BLOCK,
            str(getattr(hyperscan, "__version__", "")),
        ]
    )
    return hashlib.sha256(definition.encode()).hexdigest()


def _store(path: Path, data: bytes) -> None:
    """Write atomically (another process may read the same file meanwhile); errors are ignored:
    the cache only saves time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError:
        pass
