"""The `sandbox:` settings of a local (stdio) upstream.

Absent (`None` in the config model) means: sandboxed with these defaults. `sandbox: none` is the
only way to run a server unsandboxed. This module must not import `mcpwarden.config` (the config
model imports it).
"""

from __future__ import annotations

import os
import re
from typing import Literal

import msgspec

# host:port, host may be a DNS name, `*.suffix`, an IPv4 literal or a bracketed IPv6 literal.
_DESTINATION = re.compile(
    r"^(?P<host>\*\.[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.-]*|\[[0-9A-Fa-f:.]+\]):(?P<port>\d{1,5})$"
)


class NetworkAllow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Egress only to these `host:port` destinations, through the gateway's proxy."""

    allow: list[str]


class SandboxSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    # False: no network at all; "host": the host's network; {allow: [...]}: allowlisted egress.
    network: bool | Literal["host"] | NetworkAllow = False
    writable: list[str] = []
    readable: list[str] = []
    memory_mb: int = 1024
    cpu_seconds: int = 3600
    max_processes: int = 128  # threads count too (RLIMIT_NPROC)
    max_open_files: int = 256
    max_file_mb: int = 256
    tmp_mb: int = 64


# Ceilings that catch typos (a limit meant in MB given in bytes) rather than policy.
_LIMIT_RANGES: dict[str, tuple[int, int]] = {
    "memory_mb": (16, 1024 * 1024),
    "cpu_seconds": (1, 10**7),
    "max_processes": (1, 100_000),
    "max_open_files": (16, 1_048_576),
    "max_file_mb": (1, 1024 * 1024),
    "tmp_mb": (1, 1024 * 1024),
}


def sandbox_problems(settings: SandboxSettings) -> list[tuple[str, str]]:
    """(key relative to `sandbox`, what is wrong) for every invalid setting."""
    problems: list[tuple[str, str]] = []
    if settings.network is True:
        problems.append(("network", "use `host` for the host's network or {allow: [host:port]} "
                                    "for an allowlist; `true` is ambiguous"))
    if isinstance(settings.network, NetworkAllow):
        problems.extend(_allow_problems(settings.network.allow))
    for key in ("writable", "readable"):
        for index, path in enumerate(getattr(settings, key)):
            if not os.path.isabs(path):
                problems.append((f"{key}[{index}]", f"{path!r} must be an absolute path"))
    for key, (low, high) in _LIMIT_RANGES.items():
        value = getattr(settings, key)
        if not low <= value <= high:
            problems.append((key, f"{value} is outside {low}..{high}"))
    return problems


def _allow_problems(allow: list[str]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not allow:
        problems.append(("network.allow", "name at least one host:port (or use network: false)"))
    for index, destination in enumerate(allow):
        match = _DESTINATION.match(destination)
        if match is None or not 0 < int(match["port"]) < 65536:
            problems.append((f"network.allow[{index}]",
                             f"{destination!r} must be host:port, e.g. api.example.com:443"))
    return problems


def parse_destination(destination: str) -> tuple[str, int]:
    """`host:port` (validated by `sandbox_problems`) → (lower-case host, port)."""
    host, _, port = destination.rpartition(":")
    return host.strip("[]").lower(), int(port)
