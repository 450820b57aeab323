"""Resource limits of a sandboxed server: the rlimits its launcher sets, and how exits map back.

Memory is bounded twice: the monitor stops the sandbox when the resident memory of all its
processes passes `memory_mb` (a clean, reported stop), and RLIMIT_DATA backs that up per process
between two polls. RLIMIT_DATA rather than RLIMIT_AS: runtimes such as V8 reserve gigabytes of
address space they never touch, which an address-space limit would refuse; reservations without
write access do not count toward RLIMIT_DATA.
"""

from __future__ import annotations

import signal
from typing import Final

from mcpwarden.upstream.sandbox.settings import SandboxSettings

MIB: Final = 1024 * 1024
# Seconds of CPU between SIGXCPU (soft limit) and SIGKILL (hard limit).
CPU_GRACE_SECONDS: Final = 2

Rlimit = tuple[str, int, int]


def data_limit_bytes(settings: SandboxSettings) -> int:
    """The per-process RLIMIT_DATA: above the monitor's threshold, so the monitor usually acts."""
    return (settings.memory_mb + settings.memory_mb // 4 + 64) * MIB


def rlimits(settings: SandboxSettings) -> list[Rlimit]:
    """(resource name in the `resource` module, soft, hard) for the launcher."""
    data = data_limit_bytes(settings)
    file_size = settings.max_file_mb * MIB
    return [
        ("RLIMIT_DATA", data, data),
        ("RLIMIT_CPU", settings.cpu_seconds, settings.cpu_seconds + CPU_GRACE_SECONDS),
        ("RLIMIT_NPROC", settings.max_processes, settings.max_processes),
        ("RLIMIT_NOFILE", settings.max_open_files, settings.max_open_files),
        ("RLIMIT_FSIZE", file_size, file_size),
        ("RLIMIT_CORE", 0, 0),
    ]


# bubblewrap exits with 128 + N when the sandboxed program was killed by signal N.
_LIMIT_SIGNALS: Final = {
    signal.SIGXCPU: "cpu_seconds",
    signal.SIGXFSZ: "max_file_mb",
}


def limit_of_exit(returncode: int | None, settings: SandboxSettings) -> tuple[str, str] | None:
    """(limit key, explanation) when an exit status says a resource limit ended the server."""
    if returncode is None:
        return None
    number = returncode - 128 if returncode > 128 else -returncode
    for sig, key in _LIMIT_SIGNALS.items():
        if number == sig:
            return key, f"{key} limit of {getattr(settings, key)} exceeded ({sig.name})"
    if number == signal.SIGKILL and returncode > 128:
        # Inside the sandbox only the kernel sends SIGKILL on its own (the CPU hard limit, the
        # OOM killer); the gateway's own SIGKILLs hit bubblewrap and show as a negative status.
        return "killed", "the kernel killed it (CPU time hard limit or out of memory)"
    return None
