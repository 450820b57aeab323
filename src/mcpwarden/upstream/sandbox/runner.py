"""One stdio upstream's sandbox: starts its processes under bubblewrap, watches and reports them.

Events (`on_event(kind, data)`, also logged): `sandbox_started`, `sandbox_exited`,
`sandbox_limit` (a resource limit stopped a server), `sandbox_unavailable` (the sandbox could
not be set up; the server is not started), `egress_denied` (from the egress proxy).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from mcpwarden.upstream.sandbox import bwrap, limits, monitor, seccomp, userns
from mcpwarden.upstream.sandbox.egress import EgressProxy, EventHook
from mcpwarden.upstream.sandbox.settings import NetworkAllow, SandboxSettings

log = logging.getLogger("mcpwarden.upstream.sandbox")

LAUNCHER_SOURCE: Final = (Path(__file__).with_name("launcher.py")).read_text(encoding="utf-8")
RELAY_PORT: Final = 3128
BASE_PATH: Final = "/usr/local/bin:/usr/bin:/bin"
EXIT_HISTORY: Final = 20
HELPER_PROCESSES: Final = 3
SETTING_KEYS: Final = frozenset(SandboxSettings.__struct_fields__)


class SandboxUnavailable(Exception):
    """The sandbox could not be set up; the server must not be started."""

    reason = "sandbox_unavailable"


@dataclass
class _Watched:
    """One sandboxed process and what its monitor learnt."""

    proc: asyncio.subprocess.Process
    started: float
    usage: monitor.Usage = field(default_factory=monitor.Usage)
    peak_rss_bytes: int = 0
    breach: tuple[str, str] | None = None
    task: asyncio.Task[None] | None = None


class Sandbox:
    """The sandbox settings of one upstream, applied to every process it starts."""

    def __init__(self, name: str, settings: SandboxSettings, *, state_dir: str | None = None,
                 hidden: Sequence[str] = (), on_event: EventHook | None = None,
                 poll_interval: float = 0.25) -> None:
        self.name = name
        self.settings = settings
        self.on_event = on_event
        self.poll_interval = poll_interval
        self.hidden = bwrap.secret_paths(state_dir, hidden)
        self.launcher_python = os.path.realpath(sys.executable)
        self.own_userns = userns.needed()  # as root: a namespace where the server is `nobody`
        self.egress = (EgressProxy(name, settings.network.allow, self._egress_event)
                       if isinstance(settings.network, NetworkAllow) else None)
        self._program = b""
        self._problem: str | None = None
        self._checked = False
        self._watched: dict[int, _Watched] = {}
        self.launches = 0
        self.crashes = 0  # ended on their own (each one is restarted by the next request)
        self.limit_events = 0
        self.exits: deque[dict[str, Any]] = deque(maxlen=EXIT_HISTORY)

    # -- setting up -------------------------------------------------------------------------

    async def check(self, command: Sequence[str], env: Mapping[str, str],
                    cwd: str | None) -> None:
        """Verify that the sandbox can be set up (bubblewrap, filter, view); raise why not.

        Once it could, it is not checked again; after a failure, every start (paced by the
        connector's crash backoff) checks again, so a fixed problem needs no gateway restart."""
        if self._checked:
            return
        problem = await self._probe(command, env, cwd)
        if problem is not None and problem != self._problem:
            self._emit("sandbox_unavailable", level=logging.ERROR, problem=problem)
        self._problem = problem
        self._checked = problem is None
        if self._problem is not None:
            raise SandboxUnavailable(
                f"upstream '{self.name}' is not started: its sandbox cannot be set up "
                f"({self._problem}). Fix that, or set `sandbox: none` for this upstream to run "
                "it unsandboxed")

    async def _probe(self, command: Sequence[str], env: Mapping[str, str],
                     cwd: str | None) -> str | None:
        if not os.access(bwrap.BWRAP, os.X_OK):
            return f"bubblewrap is not installed ({bwrap.BWRAP}; apt-get install bubblewrap)"
        try:
            self._program = seccomp.filter_program()
            args, _ = await self._command(command, env, cwd, probe=True)
        except (seccomp.SeccompUnavailable, bwrap.SandboxError) as exc:
            return str(exc)
        try:
            proc = await self._exec(args, env={"PATH": BASE_PATH},
                                    stdout=asyncio.subprocess.DEVNULL)
            _, err = await proc.communicate()
        except userns.UsernsError as exc:
            return str(exc)
        except OSError as exc:
            return f"cannot run bubblewrap: {exc.strerror or exc}"
        if proc.returncode != 0:
            lines = err.decode(errors="replace").strip().splitlines()
            return lines[-1] if lines else f"bubblewrap exited with {proc.returncode}"
        return None

    async def _command(self, command: Sequence[str], env: Mapping[str, str], cwd: str | None,
                       *, probe: bool = False) -> tuple[list[str], dict[str, str]]:
        """(bubblewrap argv, the server's environment)."""
        search_path = env.get("PATH", os.environ.get("PATH", BASE_PATH))
        executable = bwrap.resolve_executable(command[0], search_path)
        view = bwrap.resolved(self._view(executable, command, cwd))
        bwrap.check_view(view)
        if self.own_userns:
            bwrap.check_writable_by(view, bwrap.SANDBOX_UID)
        socket_path = await self.egress.start() if self.egress is not None else None
        args = bwrap.bwrap_args(view, self.settings, cwd=cwd, egress_socket=socket_path,
                                in_prepared_userns=self.own_userns)
        spec = {"rlimits": limits.rlimits(self.settings),
                "relay": [RELAY_PORT, bwrap.EGRESS_SOCKET] if socket_path else None,
                "drop_to": bwrap.SANDBOX_UID if self.own_userns else None}
        program = ["-c", LAUNCHER_SOURCE, json.dumps(spec), executable, *command[1:]]
        if probe:  # the launcher drops privileges and execs a no-op
            program = ["-c", LAUNCHER_SOURCE, json.dumps(spec), self.launcher_python, "-I",
                       "-S", "-c", "pass"]
        args += [self.launcher_python, "-I", "-S", *program]
        return args, self._environment(env, executable)

    def _view(self, executable: str, command: Sequence[str], cwd: str | None) -> bwrap.View:
        protected = self.hidden + bwrap.home_dirs()
        readable = [*bwrap.runtime_dirs(executable, protected),
                    *bwrap.runtime_dirs(self.launcher_python, protected),
                    *bwrap.script_dirs(command[1:], cwd, protected), *self.settings.readable]
        if cwd is not None:
            readable.append(os.path.abspath(cwd))
        writable = list(self.settings.writable)
        return bwrap.View(readable=list(dict.fromkeys(p for p in readable if p not in writable)),
                          writable=writable, hidden=self.hidden)

    def _environment(self, env: Mapping[str, str], executable: str) -> dict[str, str]:
        """Only what the config names, on top of a minimal base; never the gateway's own."""
        path = ":".join(dict.fromkeys([os.path.dirname(executable), *BASE_PATH.split(":")]))
        base = {"PATH": path, "LANG": "C.UTF-8", "HOME": bwrap.SANDBOX_TMP,
                "TMPDIR": bwrap.SANDBOX_TMP}
        if self.egress is not None:
            proxy = f"http://127.0.0.1:{RELAY_PORT}"
            for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
                base[name] = base[name.lower()] = proxy
            base["NO_PROXY"] = base["no_proxy"] = ""
        return {**base, **env}

    # -- running ----------------------------------------------------------------------------

    async def spawn(self, command: Sequence[str], env: Mapping[str, str], cwd: str | None, *,
                    limit: int) -> asyncio.subprocess.Process:
        """Start one sandboxed server process with piped stdio (like the unsandboxed spawn)."""
        await self.check(command, env, cwd)
        try:
            args, server_env = await self._command(command, env, cwd)
        except bwrap.SandboxError as exc:
            raise SandboxUnavailable(f"upstream '{self.name}': {exc}") from None
        proc = await self._exec(args, env=server_env, stdout=asyncio.subprocess.PIPE,
                                stdin=asyncio.subprocess.PIPE, limit=limit)
        self.launches += 1
        watched = _Watched(proc, time.monotonic())
        self._watched[proc.pid] = watched
        watched.task = asyncio.create_task(self._watch(watched))
        self._emit("sandbox_started", pid=proc.pid, launch=self.launches, level=logging.DEBUG)
        return proc

    async def _exec(self, args: list[str], *, env: Mapping[str, str], stdout: int,
                    stdin: int = asyncio.subprocess.DEVNULL, limit: int = 2**16,
                    ) -> asyncio.subprocess.Process:
        """Run bubblewrap with the seccomp program readable from a pipe it inherits (and, as
        root, inside a user namespace prepared for it)."""
        ns_fd = await userns.prepare(bwrap.SANDBOX_UID) if self.own_userns else None
        prefix = userns.enter_prefix(ns_fd) if ns_fd is not None else []
        read_end, write_end = os.pipe()
        try:
            try:
                os.write(write_end, self._program)  # a few hundred bytes: fits the pipe buffer
            finally:
                os.close(write_end)
            return await asyncio.create_subprocess_exec(
                *prefix, args[0], "--seccomp", str(read_end), *args[1:], stdin=stdin,
                stdout=stdout, stderr=asyncio.subprocess.PIPE, env=dict(env),
                pass_fds=(read_end,) if ns_fd is None else (read_end, ns_fd), limit=limit,
                start_new_session=True)
        finally:
            os.close(read_end)
            if ns_fd is not None:
                os.close(ns_fd)

    async def _watch(self, watched: _Watched) -> None:
        proc = watched.proc
        # bubblewrap's own two processes and the egress relay are not the server's.
        most = self.settings.max_processes + HELPER_PROCESSES
        while proc.returncode is None:
            watched.usage = await asyncio.to_thread(monitor.usage, proc.pid, most + 1)
            watched.peak_rss_bytes = max(watched.peak_rss_bytes, watched.usage.rss_bytes)
            breach = self._over_limit(watched.usage, most)
            if breach is not None and watched.breach is None:
                watched.breach = breach
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.poll_interval):
                    await proc.wait()
        self._ended(watched)

    def _over_limit(self, usage: monitor.Usage, most: int) -> tuple[str, str] | None:
        settings = self.settings
        if usage.rss_bytes > settings.memory_mb * monitor.MIB:
            return ("memory_mb", f"memory_mb limit of {settings.memory_mb} MB exceeded "
                                 f"({usage.rss_bytes // monitor.MIB} MB resident)")
        # RLIMIT_NPROC stops a fork bomb in the kernel; this backs it up should the kernel
        # not apply it (it exempts host uid 0, which a sandbox would be if run as root without
        # its own user namespace).
        if usage.processes > most:
            return ("max_processes", f"max_processes limit of {settings.max_processes} "
                                     "exceeded")
        return None

    def _ended(self, watched: _Watched) -> None:
        uptime = time.monotonic() - watched.started
        record = {"pid": watched.proc.pid, "returncode": watched.proc.returncode,
                  "uptime_s": round(uptime, 3), "cpu_s": round(watched.usage.cpu_seconds, 3),
                  "peak_rss_mb": round(watched.peak_rss_bytes / monitor.MIB, 1)}
        self.exits.append(record)
        self._emit("sandbox_exited", level=logging.DEBUG, **record)
        breach = watched.breach or limits.limit_of_exit(watched.proc.returncode, self.settings)
        watched.breach = breach
        if breach is None:
            self._watched.pop(watched.proc.pid, None)
        else:
            self.limit_events += 1
            self._emit("sandbox_limit", pid=watched.proc.pid, limit=breach[0], detail=breach[1])

    async def exit_verdict(self, proc: asyncio.subprocess.Process) -> str | None:
        """Why a process that ended on its own did, when a resource limit ended it (else None)."""
        self.crashes += 1
        watched = self._watched.pop(proc.pid, None)
        if watched is None or watched.task is None:
            return None
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(2.0):
                await asyncio.shield(watched.task)
        if watched.breach is None:
            return None
        key, detail = watched.breach
        if key not in SETTING_KEYS:
            return detail
        return (f"{detail}; raise upstreams.{self.name}.sandbox.{key} if the server needs "
                "more")

    # -- reporting --------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """A snapshot for metrics: per running process, and totals."""
        now = time.monotonic()
        processes = {
            str(pid): {"uptime_s": round(now - w.started, 3),
                       "cpu_s": round(w.usage.cpu_seconds, 3),
                       "rss_mb": round(w.usage.rss_bytes / monitor.MIB, 1),
                       "peak_rss_mb": round(w.peak_rss_bytes / monitor.MIB, 1),
                       "processes": w.usage.processes}
            for pid, w in self._watched.items() if w.proc.returncode is None
        }
        return {"upstream": self.name, "launches": self.launches, "crashes": self.crashes,
                "limit_events": self.limit_events,
                "egress_denied": self.egress.denied if self.egress else 0,
                "running": processes, "recent_exits": list(self.exits)}

    def _egress_event(self, kind: str, data: dict[str, Any]) -> None:
        if self.on_event is not None:  # the proxy has logged it already
            self.on_event(kind, data)

    def _emit(self, kind: str, *, level: int = logging.WARNING, **data: Any) -> None:
        data.setdefault("upstream", self.name)
        log.log(level, "upstream %s: %s %s", self.name, kind, data)
        if self.on_event is not None:
            try:
                self.on_event(kind, data)
            except Exception:  # a failing hook must not stop the sandbox
                log.exception("sandbox event hook failed")

    async def aclose(self) -> None:
        tasks = [w.task for w in self._watched.values() if w.task is not None]
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(3.0):
                await asyncio.gather(*tasks, return_exceptions=True)
        for task in tasks:
            task.cancel()
        if self.egress is not None:
            await self.egress.aclose()
