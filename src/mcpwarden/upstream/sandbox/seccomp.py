"""A seccomp filter (classic BPF, as bubblewrap's `--seccomp FD` loads it) for local MCP servers.

Default allow, with a deny list of system calls such servers never need: kernel and mount
administration, namespaces, tracing other processes, kernel keyrings, BPF, userfaultfd, … A
denied call fails with EPERM (programs handle a failing call; a kill would hide why). Any other
ABI than native x86-64 — i386 via `int 0x80`, x32 — is killed outright, since the deny list is by
x86-64 syscall number and those ABIs number differently.

The program is small enough to review by reading `filter_program()` and the table below.
"""

from __future__ import annotations

import errno
import platform
import struct
from typing import Final

# Syscall numbers from <asm/unistd_64.h> (x86-64).
X86_64_DENIED: Final[dict[str, int]] = {
    "ptrace": 101, "syslog": 103, "uselib": 134, "vhangup": 153, "pivot_root": 155,
    "_sysctl": 156, "adjtimex": 159, "chroot": 161, "acct": 163, "settimeofday": 164,
    "mount": 165, "umount2": 166, "swapon": 167, "swapoff": 168, "reboot": 169,
    "sethostname": 170, "setdomainname": 171, "iopl": 172, "ioperm": 173,
    "create_module": 174, "init_module": 175, "delete_module": 176, "get_kernel_syms": 177,
    "query_module": 178, "quotactl": 179, "nfsservctl": 180, "lookup_dcookie": 212,
    "clock_settime": 227, "kexec_load": 246, "add_key": 248, "request_key": 249,
    "keyctl": 250, "unshare": 272, "perf_event_open": 298, "fanotify_init": 300,
    "name_to_handle_at": 303, "open_by_handle_at": 304, "clock_adjtime": 305, "setns": 308,
    "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312, "finit_module": 313,
    "kexec_file_load": 320, "bpf": 321, "userfaultfd": 323, "io_uring_setup": 425,
    "io_uring_enter": 426, "io_uring_register": 427, "open_tree": 428, "move_mount": 429,
    "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_getfd": 438,
    "mount_setattr": 442, "quotactl_fd": 443,
}
SYS_CLONE: Final = 56
SYS_CLONE3: Final = 435

AUDIT_ARCH_X86_64: Final = 0xC000003E
X32_SYSCALL_BIT: Final = 0x40000000
# clone() flags that create namespaces (CLONE_NEWNS … CLONE_NEWNET).
CLONE_NAMESPACE_FLAGS: Final = (
    0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000
)

# Classic BPF opcodes and seccomp return values (<linux/filter.h>, <linux/seccomp.h>).
_LD_W_ABS: Final = 0x20
_JEQ_K: Final = 0x15
_JGE_K: Final = 0x35
_JSET_K: Final = 0x45
_RET_K: Final = 0x06
_RET_ALLOW: Final = 0x7FFF0000
_RET_ERRNO: Final = 0x00050000
_RET_KILL_PROCESS: Final = 0x80000000
# Offsets in struct seccomp_data: nr, arch, instruction pointer, args[6].
_NR: Final = 0
_ARCH: Final = 4
_ARG0_LOW: Final = 16  # little-endian: the low 32 bits of args[0]

# An instruction: (code, jump-if-true target, jump-if-false target, k); targets are labels or
# None for "the next instruction".
_Insn = tuple[int, str | None, str | None, int]


class SeccompUnavailable(Exception):
    """No filter exists for this machine's architecture."""


def filter_program(denied: dict[str, int] | None = None) -> bytes:
    """The compiled program: an array of struct sock_filter, ready for `--seccomp FD`."""
    if platform.machine() not in ("x86_64", "AMD64"):
        raise SeccompUnavailable(
            f"the syscall filter is only built for x86-64, not {platform.machine()}")
    table = X86_64_DENIED if denied is None else denied
    code: list[_Insn] = [
        (_LD_W_ABS, None, None, _ARCH),
        (_JEQ_K, None, "kill", AUDIT_ARCH_X86_64),
        (_LD_W_ABS, None, None, _NR),
        (_JGE_K, "kill", None, X32_SYSCALL_BIT),
        (_JEQ_K, "clone", None, SYS_CLONE),
        (_JEQ_K, "enosys", None, SYS_CLONE3),  # its flags are out of reach: libc falls back
    ]
    code += [(_JEQ_K, "eperm", None, number) for number in sorted(set(table.values()))]
    code.append((_RET_K, None, None, _RET_ALLOW))
    labels = {"clone": len(code)}
    code += [
        (_LD_W_ABS, None, None, _ARG0_LOW),
        (_JSET_K, "eperm", None, CLONE_NAMESPACE_FLAGS),
        (_RET_K, None, None, _RET_ALLOW),
    ]
    for label, value in (("eperm", _RET_ERRNO | errno.EPERM),
                         ("enosys", _RET_ERRNO | errno.ENOSYS),
                         ("kill", _RET_KILL_PROCESS)):
        labels[label] = len(code)
        code.append((_RET_K, None, None, value))
    return b"".join(_assemble(index, insn, labels) for index, insn in enumerate(code))


def _assemble(index: int, insn: _Insn, labels: dict[str, int]) -> bytes:
    opcode, on_true, on_false, k = insn
    return struct.pack("<HBBI", opcode, _offset(index, on_true, labels),
                       _offset(index, on_false, labels), k)


def _offset(index: int, label: str | None, labels: dict[str, int]) -> int:
    if label is None:
        return 0
    distance = labels[label] - index - 1
    if not 0 <= distance <= 255:
        raise ValueError(f"seccomp jump to {label} out of range ({distance})")
    return distance
