"""A user namespace in which the sandboxed server is a real unprivileged host user.

When the gateway runs as root, bubblewrap's own user namespace would map the sandbox's uid to
host uid 0: a process without capabilities, but still the owner of every root-owned file it can
see (owner-only permission checks pass: sysctls, root-only files in bound directories) and
exempt from RLIMIT_NPROC. Instead the gateway prepares a namespace mapping 0 → 0 (for
bubblewrap to set up mounts as namespace root) and SANDBOX_UID → SANDBOX_UID (host `nobody`),
runs bubblewrap inside it (`nsenter`), and the launcher drops to SANDBOX_UID before the server
starts. Its files then need to be readable (and `writable` paths writable) by that uid.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from typing import Final

UNSHARE: Final = "/usr/bin/unshare"
NSENTER: Final = "/usr/bin/nsenter"
READY_TIMEOUT: Final = 10.0


class UsernsError(Exception):
    """The namespace could not be prepared."""


def needed() -> bool:
    return os.geteuid() == 0


async def prepare(uid: int) -> int:
    """A new user namespace mapping 0 and `uid` to themselves; returns an fd naming it.

    A short-lived helper enters the namespace (the namespace outlives it while the fd is open)."""
    for tool in (UNSHARE, NSENTER):
        if not os.access(tool, os.X_OK):
            raise UsernsError(f"{tool} is missing (util-linux)")
    helper = await asyncio.create_subprocess_exec(
        UNSHARE, "--user", "--", "/bin/sh", "-c", "echo ready; read _",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env={"PATH": "/usr/bin:/bin"})
    assert helper.stdin is not None and helper.stdout is not None
    try:
        async with asyncio.timeout(READY_TIMEOUT):
            ready = await helper.stdout.readline()
        if ready != b"ready\n":
            raise UsernsError("cannot create a user namespace: " + await _stderr(helper))
        mapping = f"0 0 1\n{uid} {uid} 1\n".encode()
        for name in ("uid_map", "gid_map"):
            _write_once(f"/proc/{helper.pid}/{name}", mapping)
        return os.open(f"/proc/{helper.pid}/ns/user", os.O_RDONLY | os.O_CLOEXEC)
    except (OSError, TimeoutError) as exc:
        raise UsernsError(f"cannot prepare the user namespace: {exc}") from None
    finally:
        helper.stdin.close()
        with contextlib.suppress(ProcessLookupError):
            helper.kill()
        await helper.wait()


def enter_prefix(fd: int) -> list[str]:
    """The command prefix that runs the rest of a command inside the namespace `fd` names."""
    return [NSENTER, f"--user=/proc/self/fd/{fd}", "--preserve-credentials", "--"]


def _write_once(path: str, data: bytes) -> None:
    # A map must be written in one write() call.
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


async def _stderr(proc: asyncio.subprocess.Process) -> str:
    assert proc.stderr is not None
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(1.0):
            return (await proc.stderr.read(2000)).decode(errors="replace").strip()
    return "no reason given"
