"""Per-process figures of a sandbox, read from /proc: CPU time, resident memory, process count.

The sandbox is bubblewrap's process and its descendants (found through the kernel's
`/proc/PID/task/TID/children` lists). CPU time counts the live processes plus the children they
have already reaped, so it only grows; resident memory is summed over the live processes
as proportional set size: a page shared by N processes counts 1/N for each, so forked
children sharing their parent's memory are not counted N times.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final

_TICKS: Final = os.sysconf("SC_CLK_TCK")
MIB: Final = 1024 * 1024


@dataclass
class Usage:
    cpu_seconds: float = 0.0
    rss_bytes: int = 0
    processes: int = 0


def descendants(pid: int, most: int = 100_000) -> list[int]:
    """`pid` and every process below it, up to `most` of them (best effort: processes come and
    go while reading)."""
    found: list[int] = []
    queue = [pid]
    while queue and len(found) < most:
        current = queue.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{current}/task/{tid}/children", encoding="ascii") as handle:
                    queue.extend(int(child) for child in handle.read().split())
            except (OSError, ValueError):
                continue
    return found


def usage(pid: int, most: int = 100_000) -> Usage:
    total = Usage()
    for member in descendants(pid, most):
        try:
            with open(f"/proc/{member}/stat", encoding="latin-1") as handle:
                fields = handle.read().rpartition(")")[2].split()
            resident = _proportional_rss(member)
        except (OSError, ValueError, IndexError):
            continue
        # Fields after the command name start at field 3 (state): utime is field 14.
        utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
        total.cpu_seconds += (utime + stime + cutime + cstime) / _TICKS
        total.rss_bytes += resident
        total.processes += 1
    return total


def _proportional_rss(pid: int) -> int:
    """Bytes of memory a process holds, shared pages divided among their sharers (PSS)."""
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    raise ValueError("no Pss in smaps_rollup")
