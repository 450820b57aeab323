"""The same tools/call through mcpwarden and through its peers, against a direct call, in one run.

    bench/peers/run.sh                        # installs the peers, then runs this
    .venv/bin/python bench/peers/bench_peers.py [--runs 3] [--duration 5] [--only NAME ...]

Upstream: bench/sdk_echo_upstream.py (official SDK `MCPServer`, stateless, JSON answers) on
CPU 0; every front end on CPU 1; wrk (1 thread, 1 connection, closed loop) on CPU 0. Each system
is started alone, checked with a fully parsed call, then measured in RUNS rounds interleaved with
direct calls (direct, system, direct, system...) and stopped, so that no idle peer (ContextForge
runs health checks) disturbs another's figures. Every wrk response is checked for the echoed
text; one wrong answer aborts that system's measurement.

All clients speak the handshake era (MCP 2025-11-25: initialize, then tools/call with the
session id the front end issued, if any), the era all peers support. mcp-proxy can only front a
stdio server, so its row is `HTTP -> mcp-proxy -> stdio echo (same tool, peers' SDK)` compared
with the HTTP direct call. A peer that cannot be started or does not answer correctly gets its
reason in the results instead of numbers.

Writes bench/results/peers.md, bench/results/peers.json and (with the chart venv)
bench/results/peers.png. Documented in docs/benchmark-peers.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))
import bench_gateway as bg  # noqa: E402

ROOT = bg.ROOT
VENVS = Path(os.environ.get("PEERS_VENV", ROOT / "tools" / "peers-venv"))
RESULTS = BENCH / "results"
PROTOCOL = "2025-11-25"
TEXT = "bench echo"
MARKERS = [json.dumps({"text": TEXT}, separators=(",", ":"))[1:-1], '"isError":false']
BASE_HEADERS = {"Content-Type": "application/json",
                "Accept": "application/json, text/event-stream"}
TARGET_P50_MS, TARGET_P99_MS, TARGET_FACTOR = 0.5, 2.0, 20.0
SYSTEMS = ["mcpwarden", "mcpwarden-auth", "mcp-proxy", "fastmcp-proxy", "contextforge"]


class Unavailable(Exception):
    """A system that could not be run; the message goes into the results."""


@dataclass
class Target:
    url: str
    headers: dict[str, str]
    tool: str = "echo"


@dataclass
class System:
    name: str
    label: str
    version: str
    how: str
    samples: list[bg.Sample] = field(default_factory=list)
    direct: list[bg.Sample] = field(default_factory=list)
    failure: str = ""


# -- HTTP helpers ---------------------------------------------------------------------------------


def request(url: str, body: bytes | None, headers: dict[str, str],
            method: str = "POST", timeout: float = 30.0) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def rpc_body(method: str, params: dict[str, Any], request_id: int | None = 1) -> bytes:
    message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
    if request_id is not None:
        message["id"] = request_id
    return json.dumps(message, separators=(",", ":")).encode()


def call_body(tool: str) -> bytes:
    return rpc_body("tools/call", {"name": tool, "arguments": {"text": TEXT}})


def json_reply(raw: bytes, where: str) -> dict[str, Any]:
    """A JSON-RPC reply from a JSON body or from the `data:` lines of an SSE body."""
    text = raw.decode(errors="replace")
    candidates = [text] + [line[5:].strip() for line in text.splitlines()
                           if line.startswith("data:")]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict) and ("result" in value or "error" in value):
            return value
    raise bg.BenchError(f"{where}: no JSON-RPC reply in {raw[:400]!r}")


def handshake(url: str, extra: dict[str, str], where: str) -> dict[str, str]:
    """initialize + notifications/initialized; the headers every later call must carry."""
    headers = {**BASE_HEADERS, **extra}
    params = {"protocolVersion": PROTOCOL, "capabilities": {},
              "clientInfo": {"name": "bench-peers", "version": "1"}}
    status, reply_headers, raw = request(url, rpc_body("initialize", params), headers)
    if status != 200:
        raise bg.BenchError(f"{where}: initialize answered HTTP {status}: {raw[:400]!r}")
    json_reply(raw, where)
    headers["MCP-Protocol-Version"] = PROTOCOL
    session = reply_headers.get("mcp-session-id")
    if session:
        headers["Mcp-Session-Id"] = session
    status, _, raw = request(url, rpc_body("notifications/initialized", {}, None), headers)
    if status not in (200, 202, 204):
        raise bg.BenchError(f"{where}: notifications/initialized answered HTTP {status}")
    return headers


def check_call(target: Target, where: str) -> None:
    """One tools/call, parsed in full; its raw body must also carry the wrk markers."""
    status, _, raw = request(target.url, call_body(target.tool), target.headers)
    if status != 200:
        raise bg.BenchError(f"{where}: tools/call answered HTTP {status}: {raw[:400]!r}")
    result = json_reply(raw, where).get("result")
    if not isinstance(result, dict) or result.get("isError") or \
            result.get("content") != [{"type": "text", "text": TEXT}]:
        raise bg.BenchError(f"{where}: not the echoed text: {raw[:400]!r}")
    missing = [m for m in MARKERS if m.encode() not in raw]
    if missing:
        raise bg.BenchError(f"{where}: the reply lacks {missing}: {raw[:400]!r}")


def wait_http(url: str, procs: bg.Processes, what: str, timeout: float,
              headers: dict[str, str] | None = None) -> None:
    def ready() -> None:
        try:
            status, _, _ = request(url, None, headers or {}, method="GET", timeout=3)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            raise OSError(str(exc)) from None
        if status >= 500:
            raise OSError(f"HTTP {status}")
    bg.wait_until(ready, procs, what, timeout)


# -- processes ------------------------------------------------------------------------------------


class Processes(bg.Processes):
    """bench_gateway's Processes, with an environment and a working directory of one's own."""

    def start_in(self, name: str, args: list[str], env: dict[str, str],
                 cwd: Path) -> subprocess.Popen[bytes]:
        with open(self.logdir / f"{name}.log", "wb") as log:
            proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    env={**os.environ, "PYTHONUNBUFFERED": "1", **env}, cwd=cwd)
        self.running.append((name, proc))
        return proc

    def stop_from(self, count: int) -> None:
        """Stop the processes started after the first `count` (SIGINT, then SIGKILL)."""
        keep, self.running = self.running[:count], self.running[count:]
        self.stop_all()
        self.running = keep


def family(pids: list[int]) -> list[int]:
    """The processes and all their descendants (mcp-proxy's stdio child counts as ours)."""
    found, todo = [], list(pids)
    while todo:
        pid = todo.pop()
        found.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                todo.extend(int(child) for child in task.read_text().split())
            except OSError:
                continue
    return found


def guard_chain(config: dict[str, Any]) -> list[str]:
    from mcpwarden.config import from_dict
    from mcpwarden.guards.registry import chain_names

    return list(chain_names(from_dict(config)))


def cpu_seconds(pids: list[int]) -> float:
    return sum(bg._process_cpu_s(pid) or 0.0 for pid in family(pids))


def venv_bin(venv: str, tool: str) -> str:
    path = VENVS / venv / "bin" / tool
    if not path.exists():
        raise Unavailable(f"{path} is missing: run bench/peers/install.sh first")
    return str(path)


def version_of(venv: str, dist: str) -> str:
    python = VENVS / venv / "bin" / "python"
    if not python.exists():
        return "not installed"
    proc = subprocess.run([str(python), "-c", f"import importlib.metadata as m;"
                           f"print(m.version({dist!r}))"], capture_output=True, text=True,
                          check=False)
    return proc.stdout.strip() or "unknown"


# -- the systems ----------------------------------------------------------------------------------


@dataclass
class Bench:
    procs: Processes
    pinning: bg.Pinning
    workdir: Path
    upstream: str = ""

    def on_gateway_cpu(self) -> list[str]:
        return self.pinning.prefix(bg.GATEWAY_CPU)

    def on_upstream_cpu(self) -> list[str]:
        return self.pinning.prefix(bg.UPSTREAM_CPU)

    def start_upstream(self) -> Target:
        port = bg.free_port()
        self.procs.start("upstream", [*self.on_upstream_cpu(), bg.PYTHON,
                                      str(BENCH / "sdk_echo_upstream.py"), "--port", str(port)])
        self.upstream = f"http://127.0.0.1:{port}/mcp"
        direct = Target(self.upstream, {})
        bg.wait_until(lambda: self._ready(direct, "the upstream"), self.procs, "the upstream")
        return direct

    def _ready(self, target: Target, where: str) -> None:
        try:
            target.headers = handshake(target.url, {}, where)
        except (urllib.error.URLError, ConnectionError) as exc:
            raise OSError(str(exc)) from None
        check_call(target, where)

    def mcpwarden(self, system: System, auth: bool = False) -> Target:
        port = bg.free_port()
        name = system.name
        config = bg.gateway_config(port, {"sdk": int(self.upstream.rsplit(":", 1)[1][:-4])},
                                   self.workdir / name, auth)
        path = self.workdir / f"{name}.yaml"
        path.write_text(json.dumps(config))
        system.how += f"; guard chain: {', '.join(guard_chain(config))}"
        self.procs.start(name, [*self.on_gateway_cpu(), bg.PYTHON, "-m", "mcpwarden",
                                "--log-level", "warning", "serve", "-c", str(path)])
        base = f"http://127.0.0.1:{port}"
        bg.wait_until(lambda: bg.healthz(base), self.procs, name)
        url = f"{base}/mcp/sdk"
        extra: dict[str, str] = {}
        if auth:
            from mcpwarden.identity.devissuer import DevIssuer

            token = DevIssuer(self.workdir / name / "dev-issuer", f"{base}/dev-issuer").mint(
                "bench", audience=[url], scopes=["bench"], ttl=3600)
            extra["Authorization"] = f"Bearer {token}"
        return Target(url, handshake(url, extra, name))

    def mcp_proxy(self) -> Target:
        port = bg.free_port()
        child = [*self.on_upstream_cpu(), venv_bin("mcp-proxy", "python"),
                 str(BENCH / "peers" / "stdio_echo.py")]
        self.procs.start("mcp-proxy", [*self.on_gateway_cpu(), venv_bin("mcp-proxy", "mcp-proxy"),
                                       "--host", "127.0.0.1", "--port", str(port),
                                       "--log-level", "WARNING", "--", *child])
        url = f"http://127.0.0.1:{port}/mcp"
        wait_http(f"http://127.0.0.1:{port}/status", self.procs, "mcp-proxy", 60)
        return Target(url, handshake(url, {}, "mcp-proxy"))

    def fastmcp_proxy(self) -> Target:
        port = bg.free_port()
        self.procs.start_in("fastmcp-proxy", [
            *self.on_gateway_cpu(), venv_bin("fastmcp", "uvicorn"), "--app-dir",
            str(BENCH / "peers"), "fastmcp_proxy:app", "--host", "127.0.0.1", "--port", str(port),
            "--loop", "uvloop", "--http", "httptools", "--no-access-log",
            "--log-level", "warning"], {"UPSTREAM_URL": self.upstream}, ROOT)
        url = f"http://127.0.0.1:{port}/mcp"
        bg.wait_until(lambda: self._ready(Target(url, {}), "fastmcp-proxy"), self.procs,
                      "fastmcp-proxy", 60)
        return Target(url, handshake(url, {}, "fastmcp-proxy"))

    def contextforge(self) -> Target:
        home = self.workdir / "contextforge"
        home.mkdir(exist_ok=True)
        python = venv_bin("contextforge", "python")
        secrets = self._contextforge_secrets(python, home)
        port = bg.free_port()
        env = {**secrets, "PLATFORM_ADMIN_EMAIL": "admin@example.com",
               "MCPGATEWAY_UI_ENABLED": "false", "MCPGATEWAY_ADMIN_API_ENABLED": "true",
               "DATABASE_URL": f"sqlite:///{home}/mcp.db", "SSRF_ALLOW_LOCALHOST": "true",
               "RATE_LIMITING_ENABLED": "false", "LOG_LEVEL": "INFO"}
        self.procs.start_in("contextforge", [*self.on_gateway_cpu(),
                                             venv_bin("contextforge", "mcpgateway"),
                                             "--host", "127.0.0.1", "--port", str(port)],
                            env, home)
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/health", self.procs, "contextforge", 240)
        token = subprocess.run(
            [python, "-m", "mcpgateway.utils.create_jwt_token", "--username",
             "admin@example.com", "--exp", "10080", "--secret", secrets["JWT_SECRET_KEY"]],
            capture_output=True, text=True, check=True, cwd=home,
            env={**os.environ, **env}).stdout.strip().splitlines()[-1]
        auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        server_id, tool = self._contextforge_server(base, auth, self.upstream)
        url = f"{base}/servers/{server_id}/mcp"
        return Target(url, handshake(url, {"Authorization": auth["Authorization"]},
                                     "contextforge"), tool)

    @staticmethod
    def _contextforge_secrets(python: str, home: Path) -> dict[str, str]:
        path = home / ".env.secrets"
        subprocess.run([python, "-m", "mcpgateway.scripts.init_secrets", "--force",
                        "--output", str(path)], check=True, cwd=home, capture_output=True)
        secrets = {}
        for line in path.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep and not key.startswith("#"):
                secrets[key.strip()] = value.strip().strip("'\"")
        if "JWT_SECRET_KEY" not in secrets:
            raise Unavailable("mcpgateway.scripts.init_secrets wrote no JWT_SECRET_KEY")
        return secrets

    @staticmethod
    def _contextforge_server(base: str, auth: dict[str, str],
                             upstream: str) -> tuple[str, str]:
        """Registers the upstream as a gateway and its echo tool in a virtual server."""
        gateway = {"name": "echo_upstream", "url": upstream, "transport": "STREAMABLEHTTP"}
        status, _, raw = request(f"{base}/gateways", json.dumps(gateway).encode(), auth)
        if status not in (200, 201):
            raise Unavailable(f"ContextForge refused to register the upstream: HTTP {status} "
                              f"{raw[:300]!r}")
        status, _, raw = request(f"{base}/tools", None, auth, method="GET")
        tools = json.loads(raw) if status == 200 else []
        tools = tools.get("items", tools) if isinstance(tools, dict) else tools
        echo = [t for t in tools if str(t.get("name", "")).endswith("echo")]
        if not echo:
            raise Unavailable(f"ContextForge lists no echo tool after registration: {raw[:300]!r}")
        body = {"server": {"name": "echo_vs", "associated_tools": [echo[0]["id"]]}}
        status, _, raw = request(f"{base}/servers", json.dumps(body).encode(), auth)
        if status not in (200, 201):
            raise Unavailable(f"ContextForge refused to create the server: HTTP {status} "
                              f"{raw[:300]!r}")
        return str(json.loads(raw)["id"]), str(echo[0]["name"])


# -- measuring ------------------------------------------------------------------------------------


class Wrk:
    """bench_gateway's wrk script, with this target's body and headers."""

    def __init__(self, workdir: Path, pinning: bg.Pinning) -> None:
        self.workdir, self.pinning = workdir, pinning
        self.version = subprocess.run(["wrk", "--version"], capture_output=True, text=True,
                                      check=False).stdout.split("Copyright")[0].strip()

    def run(self, name: str, target: Target, seconds: int, procs: bg.Processes,
            quiet_wait: float = 0.0, under_test: list[int] | None = None) -> bg.Sample:
        """One wrk run; with `under_test`, also the CPU time those processes (and their
        children) spent per call: the figure that other load on the machine moves least."""
        headers = "\n".join(f'wrk.headers["{k}"] = {bg.lua_string(v)}'
                            for k, v in target.headers.items())
        script = self.workdir / f"{name}.lua"
        script.write_text(bg.WRK_SCRIPT.format(
            body=call_body(target.tool).decode(), headers=headers,
            markers=", ".join(bg.lua_string(m) for m in MARKERS)))
        wrk = bg.Wrk.__new__(bg.Wrk)  # its run() needs only the script and the pinning
        wrk.script, wrk.pinning = script, self.pinning
        if quiet_wait:
            bg.wait_for_quiet(procs, quiet_wait)
        meter = bg.CpuMeter(family(procs.pids()))
        cpu_before = cpu_seconds(under_test or [])
        sample = wrk.run(target.url, 1, seconds)
        sample.other_cpu_pct = meter.other_pct()
        if under_test:
            sample.gateway_cpu_us = (cpu_seconds(under_test) - cpu_before) / sample.requests * 1e6
        return sample


def measure(bench: Bench, wrk: Wrk, system: System, direct: Target, start: Callable[[], Target],
            args: argparse.Namespace) -> None:
    keep = len(bench.procs.running)
    try:
        target = start()
        under_test = [proc.pid for _, proc in bench.procs.running[keep:]]
        check_call(target, system.name)
        wrk.run(f"{system.name}-warmup", target, 2, bench.procs)
        for run in range(args.runs):
            system.direct.append(wrk.run("direct", direct, args.duration, bench.procs,
                                         args.quiet_wait))
            system.samples.append(wrk.run(system.name, target, args.duration, bench.procs,
                                          args.quiet_wait, under_test))
            bg.progress(f"{system.name} run {run + 1}/{args.runs}: p50 "
                        f"{system.samples[-1].p50_us / 1000:.3f} ms vs direct "
                        f"{system.direct[-1].p50_us / 1000:.3f} ms")
    except (Unavailable, bg.BenchError, subprocess.CalledProcessError, OSError) as exc:
        tail = "".join(bench.procs.log_tail(n)[-600:] for n, _ in bench.procs.running[keep:])
        system.failure = f"{type(exc).__name__}: {exc}".strip()[:1500]
        if tail:
            system.failure += f"\n\nlog tail:\n{tail}"
        bg.progress(f"{system.name}: NOT MEASURED: {system.failure[:300]}")
    finally:
        bench.procs.stop_from(keep)


# -- reporting ------------------------------------------------------------------------------------


def med(samples: list[bg.Sample], metric: str) -> float:
    return statistics.median(getattr(s, metric) for s in samples)


def row(system: System, direct: list[bg.Sample]) -> dict[str, Any]:
    """A system's medians, compared with the median of all direct runs (`direct`): one p99
    over 15 runs is a steadier baseline than one over the 3 interleaved with this system, whose
    own medians are kept as `phase_direct_*`."""
    data: dict[str, Any] = {"name": system.label, "key": system.name, "version": system.version,
                            "how": system.how, "baseline": False,
                            "measured": bool(system.samples) and not system.failure,
                            "failure": system.failure}
    if not data["measured"]:
        return data
    p50_ms, p99_ms = med(system.samples, "p50_us") / 1000, med(system.samples, "p99_us") / 1000
    d50, d99 = med(direct, "p50_us") / 1000, med(direct, "p99_us") / 1000
    rps, drps = med(system.samples, "rps"), med(direct, "rps")
    others = [s.other_cpu_pct for s in system.samples + system.direct
              if s.other_cpu_pct is not None]
    quiet = min(system.samples, key=lambda s: (s.other_cpu_pct is None, s.other_cpu_pct or 0))
    data.update(p50_ms=p50_ms, p99_ms=p99_ms, rps=rps,
                phase_direct_p50_ms=med(system.direct, "p50_us") / 1000,
                phase_direct_p99_ms=med(system.direct, "p99_us") / 1000,
                added_p50_ms=p50_ms - d50, added_p99_ms=p99_ms - d99,
                p50_ratio=p50_ms / d50, rps_ratio=rps / drps,
                cpu_ms_per_call=statistics.median(s.gateway_cpu_us or 0.0
                                                  for s in system.samples) / 1000,
                other_cpu_pct_max=max(others) if others else None,
                quietest={"p50_ms": quiet.p50_us / 1000, "p99_ms": quiet.p99_us / 1000,
                          "added_p50_ms": quiet.p50_us / 1000 - d50,
                          "added_p99_ms": quiet.p99_us / 1000 - d99,
                          "other_cpu_pct": quiet.other_cpu_pct},
                runs=[{"p50_ms": s.p50_us / 1000, "p99_ms": s.p99_us / 1000, "rps": s.rps,
                       "other_cpu_pct": s.other_cpu_pct, "cpu_us_per_call": s.gateway_cpu_us}
                      for s in system.samples])
    return data


def verdicts(rows: list[dict[str, Any]]) -> list[str]:
    ours = next((r for r in rows if r["key"] == "mcpwarden" and r["measured"]), None)
    if ours is None:
        return ["mcpwarden was not measured: no verdict."]
    disturbed = (ours["other_cpu_pct_max"] or 0) >= bg.DISTURBED_PCT
    lines = [
        "- **Other processes used the CPUs during these runs: p99 figures are inflated by "
        "them, not only by the systems.**" if disturbed else "- The machine was quiet.",
        f"- mcpwarden (default chain) adds {ours['added_p50_ms']:.3f} ms at p50 (target ≤ "
        f"{TARGET_P50_MS}): **{'met' if ours['added_p50_ms'] <= TARGET_P50_MS else 'MISSED'}**; "
        f"{ours['added_p99_ms']:.3f} ms at p99 (target ≤ {TARGET_P99_MS}): "
        f"**{'met' if ours['added_p99_ms'] <= TARGET_P99_MS else 'MISSED'}**."]
    for peer in rows:
        if peer["key"].startswith("mcpwarden") or peer["baseline"]:
            continue
        if not peer["measured"]:
            lines.append(f"- {peer['name']}: not measured (see below).")
            continue
        factor = peer["added_p50_ms"] / max(ours["added_p50_ms"], 1e-6)
        need = TARGET_FACTOR if peer["key"] in ("fastmcp-proxy", "contextforge") else 1.0
        lines.append(f"- {peer['name']} adds {factor:.1f}x what mcpwarden adds at p50 (target "
                     f"> {need:g}x): **{'met' if factor > need else 'MISSED'}**.")
    return lines


def markdown(data: dict[str, Any]) -> str:
    rows = data["rows"]
    out = [
        "# mcpwarden against its peers: one tools/call, c=1",
        "",
        f"Run {data['when']} with `bench/peers/run.sh` ({data['runs']} runs x "
        f"{data['duration']} s per system, interleaved with direct calls; medians). "
        "Method and caveats: docs/benchmark-peers.md.",
        "",
        f"Machine: {data['machine']['cpu']}, {data['machine']['cpus']} CPUs, "
        f"Python {data['machine']['python']}, {data['wrk']}; pinning: {data['pinning']}. "
        f"Load average before/after: {data['load_before']} / {data['load_after']}.",
        "",
        "| path | version | p50 ms | p99 ms | req/s | added p50 ms | added p99 ms | "
        "p50 ÷ direct | req/s ÷ direct | CPU ms/call | other CPU % (max) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| direct (SDK echo upstream) | mcp {data['direct']['version']} | "
        f"{data['direct']['p50_ms']:.3f} | {data['direct']['p99_ms']:.3f} | "
        f"{data['direct']['rps']:.0f} | - | - | 1 | 1 | | |",
    ]
    for r in rows:
        if not r["measured"]:
            out.append(f"| {r['name']} | {r['version']} | not measured | | | | | | | | |")
            continue
        other = "" if r["other_cpu_pct_max"] is None else f"{r['other_cpu_pct_max']:.0f}"
        out.append(f"| {r['name']} | {r['version']} | {r['p50_ms']:.3f} | {r['p99_ms']:.3f} | "
                   f"{r['rps']:.0f} | {r['added_p50_ms']:+.3f} | {r['added_p99_ms']:+.3f} | "
                   f"{r['p50_ratio']:.2f} | {r['rps_ratio']:.3f} | {r['cpu_ms_per_call']:.3f} | "
                   f"{other} |")
    out += ["", "Added = the system's median minus the direct row (the median of all direct "
            "runs, which were interleaved with the systems' runs). "
            "CPU ms/call = CPU time of the system's own processes per call (for mcp-proxy "
            "this includes its stdio echo child); other load moves it least. Other CPU % = CPU "
            "time used meanwhile by processes other than the benchmark's, in % of one CPU "
            "(≥ 10 means the run shared the machine).", "",
            "## The quietest run of each system", "",
            "The run during which other processes used the least CPU: on a shared machine, "
            "the closest to what the system does alone.", "",
            "| path | p50 ms | p99 ms | added p50 ms | added p99 ms | other CPU % |",
            "|---|---:|---:|---:|---:|---:|",
            *(quiet_line(r) for r in rows if r["measured"]), "",
            "## Targets", "", *verdicts(rows), "", "## How each path was run", ""]
    out += [f"- **{r['name']}**: {r['how']}" for r in rows]
    failed = [r for r in rows if not r["measured"]]
    if failed:
        out += ["", "## Not measured", ""]
        for r in failed:
            out += [f"### {r['name']}", "", "```", r["failure"] or "no samples", "```", ""]
    return "\n".join(out) + "\n"


def quiet_line(r: dict[str, Any]) -> str:
    q = r["quietest"]
    other = "?" if q["other_cpu_pct"] is None else f"{q['other_cpu_pct']:.0f}"
    return (f"| {r['name']} | {q['p50_ms']:.3f} | {q['p99_ms']:.3f} | {q['added_p50_ms']:+.3f} | "
            f"{q['added_p99_ms']:+.3f} | {other} |")


def machine() -> dict[str, Any]:
    return {"cpu": bg._cpu_model(), "cpus": os.cpu_count(), "python": platform.python_version()}


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def our_version(dist: str) -> str:
    import importlib.metadata

    return importlib.metadata.version(dist)


def systems() -> list[System]:
    mcp = version_of("mcp-proxy", "mcp")
    ours = our_version("mcpwarden")
    return [
        System("mcpwarden", "mcpwarden (default chain)", ours,
               "`mcpwarden serve`, `auth: none`, the default config, HTTP upstream, legacy "
               "session issued by the gateway"),
        System("mcpwarden-auth", "mcpwarden --auth (JWT + policy)", ours,
               "as above plus dev-issuer RS256 bearer token verification and a tool policy "
               "(authz guard), as bench/bench_gateway.py --auth"),
        System("mcp-proxy", "mcp-proxy (→ stdio)", version_of("mcp-proxy", "mcp-proxy"),
               f"`mcp-proxy --port P -- python bench/peers/stdio_echo.py` (stateful streamable "
               f"HTTP → stdio child; same echo tool on the peers' mcp {mcp}); the child runs "
               "on the upstream CPU"),
        System("fastmcp-proxy", "FastMCP proxy", version_of("fastmcp", "fastmcp"),
               "`fastmcp.server.create_proxy(upstream URL).http_app(json_response=True)` under "
               "uvicorn (uvloop, httptools): bench/peers/fastmcp_proxy.py"),
        System("contextforge", "IBM ContextForge", version_of("contextforge",
                                                              "mcp-contextforge-gateway"),
               "`mcpgateway` with SQLite, `RATE_LIMITING_ENABLED=false`, UI off, upstream "
               "registered as a STREAMABLEHTTP gateway and exposed through a virtual server "
               "(`/servers/<id>/mcp`), admin JWT on every call"),
    ]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5, help="seconds per run")
    parser.add_argument("--only", nargs="*", choices=SYSTEMS, default=SYSTEMS)
    parser.add_argument("--no-pin", action="store_true")
    parser.add_argument("--quiet-wait", type=float, default=10.0,
                        help="before each run, wait up to this many seconds for other "
                             "processes to use under 10%% of a CPU")
    parser.add_argument("--out", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("bench_peers: wrk is needed (apt-get install -y wrk)")
    pinning = bg.decide_pinning(args.no_pin)
    workdir = Path(os.environ.get("BENCH_WORKDIR") or
                   subprocess.check_output(["mktemp", "-d", "/tmp/bench-peers-XXXXXX"],
                                           text=True).strip())
    procs = Processes(workdir)
    bench = Bench(procs, pinning, workdir)
    wrk = Wrk(workdir, pinning)
    started_load = load()
    chosen = [s for s in systems() if s.name in args.only]
    by_name = {s.name: s for s in systems()} | {s.name: s for s in chosen}
    try:
        direct = bench.start_upstream()
        starts: dict[str, Callable[[], Target]] = {
            "mcpwarden": lambda: bench.mcpwarden(by_name["mcpwarden"]),
            "mcpwarden-auth": lambda: bench.mcpwarden(by_name["mcpwarden-auth"], auth=True),
            "mcp-proxy": bench.mcp_proxy, "fastmcp-proxy": bench.fastmcp_proxy,
            "contextforge": bench.contextforge,
        }
        for system in chosen:
            bg.progress(f"== {system.name}")
            measure(bench, wrk, system, direct, starts[system.name], args)
    finally:
        procs.stop_all()
    all_direct = [s for system in chosen for s in system.direct]
    if not all_direct:
        raise SystemExit("bench_peers: no direct call was measured")
    data = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": args.runs,
        "duration": args.duration, "machine": machine(), "wrk": wrk.version,
        "pinning": "upstream and wrk on CPU 0, front end on CPU 1" if pinning.enabled
        else f"none ({pinning.why_not})",
        "load_before": started_load, "load_after": load(),
        "direct": {"version": our_version("mcp"),
                   "p50_ms": med(all_direct, "p50_us") / 1000,
                   "p99_ms": med(all_direct, "p99_us") / 1000, "rps": med(all_direct, "rps")},
        "rows": [row(s, all_direct) for s in chosen],
        "workdir": str(workdir),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "peers.json").write_text(json.dumps(data, indent=2))
    (args.out / "peers.md").write_text(markdown(data))
    chart(args.out)
    print(markdown(data))
    return 0


def chart(out: Path) -> None:
    python = VENVS / "chart" / "bin" / "python"
    if not python.exists():
        bg.progress("no chart venv (bench/peers/install.sh makes it): peers.png not drawn")
        return
    subprocess.run([str(python), str(BENCH / "peers" / "chart.py"), str(out / "peers.json"),
                    str(out / "peers.png")], check=True)


if __name__ == "__main__":
    sys.exit(main())
