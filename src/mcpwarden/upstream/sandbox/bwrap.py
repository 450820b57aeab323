"""The bubblewrap command line for one sandboxed server: namespaces and a minimal filesystem view.

The view starts empty (bubblewrap's tmpfs root) and gets, read-only: /usr and the few /etc files
programs need to start (no /etc/shadow, no host keys), the server's runtime (the directory its
executable is installed in, and the real one behind a symlink such as a virtualenv's python),
the directories of script files named on the command line, and `readable` paths; read-write:
only `writable` paths; a private /tmp, /proc of its own PID namespace and a minimal /dev.
Secret-bearing paths (the gateway's state dir, SSH keys, cloud credentials) are masked again
when they lie inside anything bound, and binding something inside them is refused.
"""

from __future__ import annotations

import os
import pwd
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from mcpwarden.upstream.sandbox.settings import SandboxSettings

BWRAP: Final = "/usr/bin/bwrap"
SANDBOX_UID: Final = 65534
HOSTNAME: Final = "mcp-sandbox"
EGRESS_SOCKET: Final = "/run/mcpwarden/egress.sock"
SANDBOX_TMP: Final = "/tmp"  # noqa: S108 - the sandbox's own private tmpfs, not the host's
MIB: Final = 1024 * 1024

# /etc entries programs need to start, resolve names and verify TLS; nothing secret.
ETC_ENTRIES: Final = (
    "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "nsswitch.conf", "hosts",
    "host.conf", "gai.conf", "protocols", "services", "ssl", "ca-certificates",
    "ca-certificates.conf", "alternatives", "mime.types", "os-release", "passwd", "group",
)
# Relative to a home directory: never visible, even when a bound path contains them.
HOME_SECRETS: Final = (
    ".ssh", ".gnupg", ".aws", ".azure", ".kube", ".docker", ".config/gcloud", ".netrc",
    ".git-credentials", ".pypirc", ".npmrc", ".config/gh", ".password-store", ".vault-token",
    ".local/share/keyrings",
)
TOP_LEVEL_LINKS: Final = ("bin", "sbin", "lib", "lib32", "lib64", "libx32")
# Sysctls check only the owner's write bit: a sandbox whose uid maps to host uid 0 could set
# kernel.core_pattern (a program run as root on the host). The gateway avoids that mapping (see
# userns.py); covering them read-only is the second line. bubblewrap means to cover /proc/sys
# itself but skips it, as the directory is mode 0555.
_PROC_COVERS: Final = ("--ro-bind", "/proc/sys", "/proc/sys",
                       "--ro-bind-try", "/proc/sysrq-trigger", "/proc/sysrq-trigger")


class SandboxError(Exception):
    """The sandbox cannot be set up as configured; the server is not started."""


@dataclass
class View:
    """What the sandbox sees of the host's filesystem."""

    readable: list[str] = field(default_factory=list)
    writable: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (name, the real path it names)


def resolved(view: View) -> View:
    """The view with every path resolved through symlinks: a link to a hidden directory must
    not smuggle it in, and masks must land where the data really is. A bound path given by a
    symlink's name keeps that name inside, as a symlink to the real path."""
    real = os.path.realpath
    readable = [real(p) for p in view.readable]
    writable = [real(p) for p in view.writable]
    links = [(p, real(p)) for p in view.readable + view.writable if real(p) != p]
    hidden = list(dict.fromkeys(view.hidden + [real(p) for p in view.hidden]))
    return View(readable=list(dict.fromkeys(p for p in readable if p not in writable)),
                writable=list(dict.fromkeys(writable)), hidden=hidden, links=links)


def resolve_executable(command0: str, search_path: str) -> str:
    """The absolute path of the server's executable, as the unsandboxed spawn would find it."""
    found = shutil.which(command0, path=search_path) if os.sep not in command0 else command0
    if found is None or not os.path.isfile(found):
        raise SandboxError(f"the command {command0!r} was not found (PATH={search_path})")
    return os.path.abspath(found)


def runtime_dirs(executable: str, protected: Sequence[str]) -> list[str]:
    """The install roots of an executable: `<root>/bin/x` → `<root>`, for the link and its target.

    A root that would expose a protected path (a home directory, the state dir) shrinks to the
    executable's own directory, or to the file itself."""
    dirs: list[str] = []
    for path in dict.fromkeys((executable, os.path.realpath(executable))):
        parent = os.path.dirname(path)
        root = os.path.dirname(parent) if os.path.basename(parent) == "bin" else parent
        for candidate in (root, parent, path):
            if not any(_within(p, candidate) for p in protected) and candidate != "/":
                dirs.append(candidate)
                break
    return dirs


def script_dirs(args: Sequence[str], cwd: str | None, protected: Sequence[str]) -> list[str]:
    """Directories of files named as arguments (`python /srv/app/server.py` needs /srv/app)."""
    dirs: list[str] = []
    for arg in args:
        path = os.path.join(cwd or os.getcwd(), arg)
        if arg.startswith("-") or not os.path.isfile(path):
            continue
        parent = os.path.dirname(os.path.realpath(path))
        dirs.append(path if any(_within(p, parent) for p in protected) else parent)
    return dirs


def home_dirs() -> list[str]:
    """The gateway user's home directories (as $HOME says and as the user database says)."""
    homes = {os.environ.get("HOME", ""), pwd.getpwuid(os.getuid()).pw_dir} - {"", "/"}
    return sorted(homes)


def secret_paths(state_dir: str | None, extra: Iterable[str] = ()) -> list[str]:
    paths = [os.path.join(home, secret) for home in home_dirs() for secret in HOME_SECRETS]
    if state_dir:
        paths.append(os.path.abspath(state_dir))
    paths.extend(os.path.abspath(p) for p in extra)
    return paths


def check_view(view: View) -> None:
    """Refuse views that would expose a hidden path from inside, or name missing paths."""
    for path in view.readable + view.writable:
        if not os.path.exists(path):
            raise SandboxError(f"{path} does not exist (it is named in the sandbox settings)")
        for hidden in view.hidden:
            if _within(path, hidden):
                raise SandboxError(f"{path} lies inside {hidden}, which the sandbox never shows "
                                   "(the gateway's state or a credentials directory)")


def check_writable_by(view: View, uid: int) -> None:
    """Refuse `writable` paths the server's uid could not write anyway (say how to fix it)."""
    for path in view.writable:
        info = os.stat(path)
        if not (info.st_mode & 0o002 or (info.st_uid == uid and info.st_mode & 0o200)
                or (info.st_gid == uid and info.st_mode & 0o020)):
            raise SandboxError(f"{path} is not writable by uid {uid}, which the server runs as "
                               f"(e.g. chown {uid}:{uid} {path})")


def bwrap_args(view: View, settings: SandboxSettings, *, cwd: str | None,
               egress_socket: str | None, in_prepared_userns: bool) -> list[str]:
    """bubblewrap's options (but `--seccomp FD`), up to the program to run.

    `in_prepared_userns`: bubblewrap runs as root of a user namespace the gateway made (see
    `userns.py`); the launcher then drops to SANDBOX_UID itself, which needs these two
    capabilities until it does. Otherwise bubblewrap makes the namespace and maps SANDBOX_UID
    to the gateway's own uid."""
    args = [BWRAP, "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup",
            "--hostname", HOSTNAME, "--die-with-parent", "--cap-drop", "ALL"]
    if in_prepared_userns:
        args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        args += ["--unshare-user", "--disable-userns", "--uid", str(SANDBOX_UID),
                 "--gid", str(SANDBOX_UID)]
    if settings.network != "host":
        args.append("--unshare-net")
    args += _system_view(host_network=settings.network == "host",
                         tmp_bytes=settings.tmp_mb * MIB)
    # The private /tmp first: paths bound below /tmp then show through it.
    args += ["--perms", "1777", "--size", str(settings.tmp_mb * MIB), "--tmpfs", SANDBOX_TMP]
    args += _binds(view)
    args += _masks(view)
    args += _links(view)
    if egress_socket is not None:
        args += _parent_dirs(EGRESS_SOCKET, ["/usr"])
        args += ["--bind", egress_socket, EGRESS_SOCKET]
    # The root itself (bubblewrap's tmpfs holding the mount points) becomes read-only last.
    args += ["--remount-ro", "/", "--chdir", os.path.abspath(cwd) if cwd else SANDBOX_TMP]
    return args


def _system_view(*, host_network: bool, tmp_bytes: int) -> list[str]:
    args = ["--ro-bind", "/usr", "/usr", "--proc", "/proc", *_PROC_COVERS, "--dev", "/dev",
            "--perms", "1777", "--size", str(tmp_bytes),
            "--tmpfs", "/dev/shm",  # noqa: S108 - its own
            "--remount-ro", "/dev"]
    for name in TOP_LEVEL_LINKS:
        path = "/" + name
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    args += ["--perms", "0755", "--dir", "/etc"]  # (bubblewrap might copy a stricter mode)
    entries = ETC_ENTRIES + (("resolv.conf",) if host_network else ())
    for name in entries:
        path = "/etc/" + name
        if os.path.lexists(path):
            args += ["--ro-bind", path, path]
    return args


def _binds(view: View) -> list[str]:
    """Parents before children, so a writable path inside a readable one stays writable."""
    modes = {path: "--ro-bind" for path in view.readable}
    modes.update({path: "--bind" for path in view.writable})
    args: list[str] = []
    bound: list[str] = ["/usr", "/proc", "/dev"]
    for path in sorted(modes, key=lambda p: (p.count(os.sep), p)):
        if any(_within(path, b) for b in bound) and modes[path] == "--ro-bind":
            continue  # already visible
        args += _parent_dirs(path, bound)
        args += [modes[path], path, path]
        bound.append(path)
    return args


def _parent_dirs(path: str, bound: list[str]) -> list[str]:
    """Create the mount point's parents as plain 0755 directories. bubblewrap would copy the
    host's modes, and a 0700 parent (such as /root) would lock the unprivileged server out."""
    args: list[str] = []
    parent = os.path.dirname(path)
    parents: list[str] = []
    while parent not in ("/", "") and not any(_within(parent, b) for b in bound):
        parents.append(parent)
        parent = os.path.dirname(parent)
    for directory in reversed(parents):
        args += ["--perms", "0755", "--dir", directory]
    return args


def _links(view: View) -> list[str]:
    args: list[str] = []
    bound = view.readable + view.writable
    for name, target in view.links:
        if not any(_within(name, b) for b in bound):  # else the bound tree shows the link
            args += ["--symlink", target, name]
    return args


def _masks(view: View) -> list[str]:
    args: list[str] = []
    bound = view.readable + view.writable
    for hidden in view.hidden:
        if not os.path.lexists(hidden) or not any(_within(hidden, b) for b in bound):
            continue
        if os.path.isdir(hidden) and not os.path.islink(hidden):
            args += ["--tmpfs", hidden]
        else:
            args += ["--ro-bind", "/dev/null", hidden]
    return args


def _within(path: str, directory: str) -> bool:
    """Whether `path` is `directory` or lies below it (no resolution of `..`: paths are
    absolute and normalised by the caller)."""
    path, directory = os.path.normpath(path), os.path.normpath(directory)
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)
