"""tools/call through the mcpwarden gateway against the same upstream called directly, in one run.

    .venv/bin/python bench/bench_gateway.py            # full: 3 runs x 5 s, c=1 and c=16
    .venv/bin/python bench/bench_gateway.py --quick    # 1 run x 2 s, c=1 only

What runs (one machine, loopback only, every process stopped at the end):
- two upstreams, each serving a 2026-07-28 `tools/call` for the tool `echo`:
  `raw`: bench/echo_upstream.py, raw ASGI under uvicorn (uvloop + httptools); it answers in a
  few µs, so the gateway's own cost stands out;
  `sdk`: bench/sdk_echo_upstream.py, the official SDK's `MCPServer` (stateless, JSON answers),
  a realistic upstream that costs a few hundred µs per call by itself;
- `mcpwarden serve` with `/mcp/raw` and `/mcp/sdk` routed to them and the default guard chain;
- a load generator: wrk (`apt-get install -y wrk`) with a generated Lua script, or, without wrk,
  bench/loadgen.py (asyncio + httptools). Both are closed loop: c keep-alive connections, each
  sending the next request when the previous answer is in.

Pinning (as in notes/stack-and-performance.md §0/§2): upstreams and the load generator on CPU 0,
the gateway on CPU 1, with `taskset` when it exists and the machine has two CPUs (--no-pin to
skip). A direct call stays on CPU 0; a gateway call goes client (CPU 0) -> gateway (CPU 1) ->
upstream (CPU 0), so "added" includes two cross-core round trips (each ~0.04 ms dearer than a
same-core one on the 2-vCPU VM this was written on) and errs on the high side.

Method: for each upstream and concurrency, a warm-up, then N runs of D seconds interleaved
direct, gateway, direct, gateway... so that drifting noise hits both. The table shows the median
over runs of p50, p99 and requests/s; "added" is gateway minus direct (medians), "rps ratio" is
gateway/direct. "gateway CPU/call" is the gateway process's own CPU time per call (from
/proc), which other load on the machine barely moves: the steadiest figure to compare commits by.
Every response is checked by the load generator (HTTP 200 and the echoed text in a
`resultType: complete`, `isError: false` result); any bad answer, socket error or timeout aborts
the benchmark, so errors are never benchmarked. Before measuring, calls with varied texts are
also fully parsed and checked as JSON-RPC answers through both paths.

Noise: runs on this kind of VM disagree by 10-30%, and other processes on a shared machine
(test suites, CI) inflate the gateway's p99 and lower its rps by whole milliseconds when they
take its CPU. Each run records the CPU that processes other than the benchmark's used meanwhile;
the report warns when a run saw 10% of a CPU or more. --quiet-wait S waits (up to S seconds
before each run) for such load to pass.

The budget (DESIGN.md): the whole gateway adds at most 0.5 ms at p50; it is judged on the `raw`
upstream at c=1, where queueing does not blur the figure. Results are printed as a Markdown
table and written as JSON to results/bench_gateway-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
PROTOCOL = "2026-07-28"
BUDGET_MS = 0.5
DISTURBED_PCT = 10.0  # other processes' CPU use above which a run is flagged, % of one CPU
UPSTREAM_CPU, GATEWAY_CPU = 0, 1
REQUEST_HEADERS = {
    "Content-Type": "application/json",
    "Accept": "application/json, text/event-stream",
    "MCP-Protocol-Version": PROTOCOL,
    "Mcp-Method": "tools/call",
    "Mcp-Name": "echo",
}
UPSTREAMS = {
    "raw": BENCH / "echo_upstream.py",
    "sdk": BENCH / "sdk_echo_upstream.py",
}


class BenchError(Exception):
    """Something that makes the measurement meaningless; the message says what."""


# -- what is sent and what must come back --------------------------------------------------------


def call_body(text: str, request_id: int = 1) -> bytes:
    return json.dumps({
        "jsonrpc": "2.0", "id": request_id, "method": "tools/call",
        "params": {
            "name": "echo", "arguments": {"text": text},
            "_meta": {"io.modelcontextprotocol/protocolVersion": PROTOCOL,
                      "io.modelcontextprotocol/clientCapabilities": {}},
        },
    }, separators=(",", ":")).encode()


def response_markers(text: str) -> list[str]:
    """Strings every correct answer contains; the load generators check each response for them.
    Both upstreams write compact JSON, and the gateway relays upstream bytes as they are."""
    return ['"resultType":"complete"', json.dumps({"text": text}, separators=(",", ":"))[1:-1],
            '"isError":false']


def check_reply(status: int, content_type: str, raw: bytes, request_id: int, text: str,
                where: str) -> None:
    """A full check of one answer: a JSON-RPC result echoing `text`, or BenchError."""
    def fail(why: str) -> BenchError:
        return BenchError(f"{where}: {why}; got HTTP {status} {raw[:400]!r}")

    if status != 200:
        raise fail("expected HTTP 200")
    if content_type.split(";")[0].strip() != "application/json":
        raise fail(f"expected Content-Type application/json, not {content_type!r}")
    try:
        reply = json.loads(raw)
    except ValueError:
        raise fail("the body is not JSON") from None
    if not isinstance(reply, dict) or (reply.get("jsonrpc"), reply.get("id")) != ("2.0",
                                                                                  request_id):
        raise fail(f"not a JSON-RPC 2.0 answer to id {request_id}")
    result = reply.get("result")
    if not isinstance(result, dict):
        raise fail("not a JSON-RPC result")
    if result.get("resultType") != "complete" or result.get("isError", False) is not False:
        raise fail("not a complete, successful tool result")
    if result.get("content") != [{"type": "text", "text": text}]:
        raise fail("the tool did not echo the text")


def post(url: str, body: bytes, timeout: float = 10.0) -> tuple[int, str, bytes]:
    host, port, path = split_url(url)
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("POST", path, body, REQUEST_HEADERS)
        resp = conn.getresponse()
        return resp.status, resp.getheader("content-type") or "", resp.read()
    finally:
        conn.close()


def split_url(url: str) -> tuple[str, int, str]:
    rest = url.removeprefix("http://")
    netloc, _, path = rest.partition("/")
    host, _, port = netloc.rpartition(":")
    return host, int(port), "/" + path


def check_sample(url: str, where: str, count: int) -> None:
    """`count` calls with distinct ids and texts, each fully checked."""
    for i in range(1, count + 1):
        text = f"sample {i}: \"quoted\" ünïcode ✓"
        status, content_type, raw = post(url, call_body(text, i))
        check_reply(status, content_type, raw, i, text, where)


# -- processes ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Pinning:
    enabled: bool
    why_not: str = ""

    def prefix(self, cpu: int) -> list[str]:
        return ["taskset", "-c", str(cpu)] if self.enabled else []


def decide_pinning(disabled: bool) -> Pinning:
    if disabled:
        return Pinning(False, "--no-pin")
    if shutil.which("taskset") is None:
        return Pinning(False, "taskset is not installed")
    cpus = os.sched_getaffinity(0)
    if not {UPSTREAM_CPU, GATEWAY_CPU} <= cpus:
        return Pinning(False, f"CPUs {UPSTREAM_CPU} and {GATEWAY_CPU} are not both available")
    return Pinning(True)


class Processes:
    """Started child processes, each logging to its own file; all stopped on exit."""

    def __init__(self, logdir: Path) -> None:
        self.logdir = logdir
        self.running: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        env = {**os.environ, "PYTHONUNBUFFERED": "1",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                           os.environ.get("PYTHONPATH")]))}
        with open(self.logdir / f"{name}.log", "wb") as log:
            proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    env=env, cwd=ROOT)
        self.running.append((name, proc))
        return proc

    def pids(self) -> list[int]:
        return [proc.pid for _, proc in self.running]

    def pid_of(self, name: str) -> int:
        return next(proc.pid for started, proc in self.running if started == name)

    def log_tail(self, name: str) -> str:
        path = self.logdir / f"{name}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def check_alive(self) -> None:
        for name, proc in self.running:
            if proc.poll() is not None:
                raise BenchError(f"{name} exited with status {proc.returncode}:\n"
                                 f"{self.log_tail(name)}")

    def stop_all(self) -> None:
        for _, proc in reversed(self.running):
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        for _, proc in reversed(self.running):
            try:
                proc.wait(timeout=8)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        self.running.clear()


def wait_until(ready: Any, procs: Processes, what: str, timeout: float = 30.0) -> None:
    """Call `ready()` until it returns without OSError; fail when a child died or time is up."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        procs.check_alive()
        try:
            ready()
            return
        except OSError as exc:
            last = str(exc)
        time.sleep(0.1)
    raise BenchError(f"{what} did not become ready in {timeout:.0f} s ({last})")


def healthz(base: str) -> None:
    host, port, _ = split_url(base + "/healthz")
    conn = http.client.HTTPConnection(host, port, timeout=2)
    try:
        conn.request("GET", "/healthz")
        if conn.getresponse().status != 200:
            raise OSError("healthz is not 200 yet")
    finally:
        conn.close()


# -- load generators ------------------------------------------------------------------------------


@dataclass
class Sample:
    requests: int
    rps: float
    p50_us: float
    p99_us: float
    mean_us: float
    max_us: float
    other_cpu_pct: float | None = None  # CPU used by processes not ours, in % of one CPU
    gateway_cpu_us: float | None = None  # the gateway process's CPU time per call


WRK_SCRIPT = """\
-- Generated by bench/bench_gateway.py: one tools/call, every response checked.
wrk.method = "POST"
wrk.body = [==[{body}]==]
{headers}
local markers = {{ {markers} }}
local threads = {{}}

function setup(thread) table.insert(threads, thread) end

function init(args) checked = 0; bad = 0; sample = "" end

function response(status, headers, body)
  checked = checked + 1
  local ok = status == 200
  if ok then
    for _, marker in ipairs(markers) do
      if not string.find(body, marker, 1, true) then ok = false; break end
    end
  end
  if not ok then
    bad = bad + 1
    if sample == "" then sample = status .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, requests)
  local all_checked, all_bad, first = 0, 0, ""
  for _, thread in ipairs(threads) do
    all_checked = all_checked + thread:get("checked")
    all_bad = all_bad + thread:get("bad")
    if first == "" then first = thread:get("sample") end
  end
  local e = summary.errors
  io.write(string.format('BENCH_RESULT {{"requests":%d,"duration_us":%d,"p50_us":%.1f,' ..
    '"p99_us":%.1f,"mean_us":%.2f,"max_us":%.1f,"checked":%d,"bad":%d,"connect":%d,' ..
    '"read":%d,"write":%d,"status":%d,"timeout":%d}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.mean, latency.max, all_checked, all_bad, e.connect, e.read, e.write, e.status,
    e.timeout))
  if first ~= "" then
    io.write("BENCH_SAMPLE " .. (string.gsub(first, "[\\r\\n]", " ")) .. "\\n")
  end
end
"""


def lua_string(value: str) -> str:
    if "]==]" in value:
        raise BenchError("the request body cannot be embedded in the wrk script")
    return f"[==[{value}]==]"


class Wrk:
    name = "wrk"

    def __init__(self, body: bytes, markers: list[str], workdir: Path, pinning: Pinning) -> None:
        headers = "\n".join(f'wrk.headers["{k}"] = {lua_string(v)}'
                            for k, v in REQUEST_HEADERS.items())
        script = WRK_SCRIPT.format(body=body.decode(), headers=headers,
                                   markers=", ".join(lua_string(m) for m in markers))
        self.script = workdir / "tools_call.lua"
        self.script.write_text(script)
        self.pinning = pinning
        self.version = subprocess.run(["wrk", "--version"], capture_output=True, text=True,
                                      check=False).stdout.split("Copyright")[0].strip()

    def run(self, url: str, connections: int, seconds: int) -> Sample:
        args = [*self.pinning.prefix(UPSTREAM_CPU), "wrk", "-t1", f"-c{connections}",
                f"-d{seconds}s", "--timeout", "10s", "--latency", "-s", str(self.script), url]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=seconds + 60,
                              check=False)
        result, sample = None, ""
        for line in proc.stdout.splitlines():
            if line.startswith("BENCH_RESULT "):
                result = json.loads(line.removeprefix("BENCH_RESULT "))
            elif line.startswith("BENCH_SAMPLE "):
                sample = line.removeprefix("BENCH_SAMPLE ")
        if proc.returncode != 0 or result is None:
            raise BenchError(f"wrk failed on {url} (exit {proc.returncode}):\n"
                             f"{proc.stdout[-1500:]}{proc.stderr[-1500:]}")
        socket_errors = sum(result[k] for k in ("connect", "read", "write", "timeout"))
        if result["bad"] or result["status"] or socket_errors:
            raise BenchError(
                f"{url}: {result['bad']} of {result['checked']} responses were not a correct "
                f"echo result ({result['status']} non-2xx, {socket_errors} socket errors or "
                f"timeouts); first bad one: {sample or 'n/a'}")
        if result["requests"] == 0:
            raise BenchError(f"{url}: wrk completed no request in {seconds} s")
        return Sample(requests=result["requests"],
                      rps=result["requests"] / (result["duration_us"] / 1e6),
                      p50_us=result["p50_us"], p99_us=result["p99_us"],
                      mean_us=result["mean_us"], max_us=result["max_us"])


class PythonLoadgen:
    name = "loadgen.py"
    version = "bench/loadgen.py (asyncio + httptools)"

    def __init__(self, body: bytes, markers: list[str], workdir: Path, pinning: Pinning) -> None:
        self.body_file = workdir / "tools_call.json"
        self.body_file.write_bytes(body)
        self.markers = markers
        self.pinning = pinning

    def run(self, url: str, connections: int, seconds: int) -> Sample:
        args = [*self.pinning.prefix(UPSTREAM_CPU), PYTHON, str(BENCH / "loadgen.py"),
                "--url", url, "--body-file", str(self.body_file), "-c", str(connections),
                "-d", str(seconds)]
        for name, value in REQUEST_HEADERS.items():
            args += ["-H", f"{name}: {value}"]
        for marker in self.markers:
            args += ["--expect", marker]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=seconds + 60,
                              check=False)
        if proc.returncode != 0:
            raise BenchError(f"loadgen.py failed on {url}:\n{proc.stderr[-2000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        if result["non_200"] or result["bad_body"] or result["errors"]:
            raise BenchError(
                f"{url}: {result['non_200']} non-200 and {result['bad_body']} incorrect "
                f"answers, {result['errors']} connection errors; first: {result['sample']}")
        if result["requests"] == 0:
            raise BenchError(f"{url}: loadgen.py completed no request in {seconds} s")
        return Sample(requests=result["requests"], rps=result["rps"], p50_us=result["p50_us"],
                      p99_us=result["p99_us"], mean_us=result["mean_us"],
                      max_us=result["max_us"])


# -- other load on the machine ---------------------------------------------------------------------


TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class CpuMeter:
    """CPU time the machine spent on processes other than the benchmark's during one run.

    Shared machines run other work (other sessions' tests, CI); a run that shared its CPUs says
    little. Machine time (/proc/stat user+nice+system) minus our processes' time (their
    /proc/PID/stat, plus the load generators we waited for). Linux only; None elsewhere.
    """

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.start_at = time.monotonic()
        self.machine = _machine_cpu_s()
        self.ours = self._ours_s()

    def _ours_s(self) -> float | None:
        total = 0.0
        for pid in self.pids:
            cpu = _process_cpu_s(pid)
            if cpu is None:
                return None
            total += cpu
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return total + children.ru_utime + children.ru_stime

    def other_pct(self) -> float | None:
        machine, ours = _machine_cpu_s(), self._ours_s()
        if None in (machine, ours, self.machine, self.ours):
            return None
        assert machine is not None and ours is not None
        assert self.machine is not None and self.ours is not None
        other = (machine - self.machine) - (ours - self.ours)
        return max(0.0, 100 * other / (time.monotonic() - self.start_at))


def wait_for_quiet(procs: Processes, limit: float) -> None:
    """Wait (at most `limit` seconds) until other processes use under DISTURBED_PCT of a CPU."""
    deadline = time.monotonic() + limit
    while True:
        meter = CpuMeter(procs.pids())
        time.sleep(0.5)
        other = meter.other_pct()
        if other is None or other < DISTURBED_PCT or time.monotonic() >= deadline:
            return
        progress(f"waiting for other processes to calm down ({other:.0f}% of a CPU)")
        time.sleep(1.0)


def _machine_cpu_s() -> float | None:
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    user, nice, system = (int(v) for v in fields[1:4])
    return (user + nice + system) / TICK


def _process_cpu_s(pid: int) -> float | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


# -- the measurement ------------------------------------------------------------------------------


@dataclass
class Row:
    upstream: str
    connections: int
    direct: list[Sample] = field(default_factory=list)
    gateway: list[Sample] = field(default_factory=list)

    def median(self, side: str, metric: str) -> float:
        samples: list[Sample] = getattr(self, side)
        return float(statistics.median(getattr(s, metric) for s in samples))

    def summary(self) -> dict[str, float]:
        d50, g50 = self.median("direct", "p50_us") / 1000, self.median("gateway", "p50_us") / 1000
        d99, g99 = self.median("direct", "p99_us") / 1000, self.median("gateway", "p99_us") / 1000
        drps, grps = self.median("direct", "rps"), self.median("gateway", "rps")
        cpu = [s.gateway_cpu_us for s in self.gateway if s.gateway_cpu_us is not None]
        return {
            "gateway_cpu_us_per_call": float(statistics.median(cpu)) if cpu else -1.0,
            "direct_p50_ms": d50, "gateway_p50_ms": g50, "added_p50_ms": g50 - d50,
            "direct_p99_ms": d99, "gateway_p99_ms": g99, "added_p99_ms": g99 - d99,
            "direct_rps": drps, "gateway_rps": grps, "rps_ratio": grps / drps,
        }


def measure(load: Wrk | PythonLoadgen, targets: dict[str, tuple[str, str]],
            concurrencies: list[int], runs: int, seconds: int, warmup: int,
            procs: Processes, quiet_wait: float = 0.0) -> list[Row]:
    rows = []
    gateway_pid = procs.pid_of("gateway")
    for upstream, (direct_url, gateway_url) in targets.items():
        for connections in concurrencies:
            row = Row(upstream, connections)
            for url in (direct_url, gateway_url):
                load.run(url, connections, warmup)
            for run in range(1, runs + 1):
                for side, url in (("direct", direct_url), ("gateway", gateway_url)):
                    if quiet_wait > 0:
                        wait_for_quiet(procs, quiet_wait)
                    meter = CpuMeter(procs.pids())
                    gateway_cpu = _process_cpu_s(gateway_pid)
                    sample = load.run(url, connections, seconds)
                    sample.other_cpu_pct = meter.other_pct()
                    gateway_cpu_after = _process_cpu_s(gateway_pid)
                    if side == "gateway" and gateway_cpu is not None and gateway_cpu_after:
                        sample.gateway_cpu_us = (gateway_cpu_after - gateway_cpu) * 1e6 / (
                            sample.requests)
                    procs.check_alive()
                    getattr(row, side).append(sample)
                    other = ("" if sample.other_cpu_pct is None
                             else f", other processes {sample.other_cpu_pct:.0f}% CPU")
                    if sample.gateway_cpu_us is not None:
                        other += f", gateway CPU {sample.gateway_cpu_us:.0f} µs/call"
                    progress(f"{upstream} c={connections} run {run}/{runs} {side:7s}: "
                             f"p50 {sample.p50_us / 1000:.3f} ms, p99 {sample.p99_us / 1000:.3f} "
                             f"ms, {sample.rps:,.0f} rps{other}")
            rows.append(row)
    return rows


def progress(line: str) -> None:
    print(f"  {line}", file=sys.stderr, flush=True)


def markdown_table(rows: list[Row]) -> str:
    lines = [
        "| upstream | c | p50 direct | p50 gateway | added p50 | p99 direct | p99 gateway "
        "| added p99 | rps direct | rps gateway | rps gateway/direct | gateway CPU/call |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        s = row.summary()
        lines.append(
            f"| {row.upstream} | {row.connections} | {s['direct_p50_ms']:.3f} ms "
            f"| {s['gateway_p50_ms']:.3f} ms | **{s['added_p50_ms']:+.3f} ms** "
            f"| {s['direct_p99_ms']:.3f} ms | {s['gateway_p99_ms']:.3f} ms "
            f"| {s['added_p99_ms']:+.3f} ms | {s['direct_rps']:,.0f} | {s['gateway_rps']:,.0f} "
            f"| **{s['rps_ratio']:.2f}** | {_cpu_cell(s['gateway_cpu_us_per_call'])} |"
        )
    return "\n".join(lines)


def disturbance_note(rows: list[Row]) -> str:
    """A warning when other processes used the CPUs during the runs, else ''."""
    loads = [s.other_cpu_pct for r in rows for s in (*r.direct, *r.gateway)
             if s.other_cpu_pct is not None]
    if not loads or max(loads) < DISTURBED_PCT:
        return ""
    disturbed = sum(1 for load in loads if load >= DISTURBED_PCT)
    return (f"Warning: other processes used up to {max(loads):.0f}% of a CPU during the runs "
            f"({disturbed} of {len(loads)} runs at {DISTURBED_PCT:.0f}% or more); the machine "
            "was not quiet, so these numbers are pessimistic and noisy. Re-run when it is idle.")


def _cpu_cell(us: float) -> str:
    return f"{us:.0f} µs" if us >= 0 else "n/a"


def budget_verdict(rows: list[Row], budget_ms: float) -> tuple[bool | None, str]:
    for row in rows:
        if row.upstream == "raw" and row.connections == 1:
            added = row.summary()["added_p50_ms"]
            ok = added <= budget_ms
            word = "within" if ok else "OVER"
            return ok, (f"Budget: the gateway adds {added:.3f} ms at p50 (raw upstream, c=1): "
                        f"{word} the {budget_ms} ms budget.")
    return None, "Budget: not judged (needs the raw upstream at c=1)."


# -- set-up ----------------------------------------------------------------------------------------


def gateway_config(port: int, upstream_ports: dict[str, int], workdir: Path,
                   auth: bool) -> dict[str, Any]:
    """Routes /mcp/NAME to each upstream, everything else at its default (chain included).
    With `auth`, tokens are verified (dev issuer) and a policy allows the echo tool, so the
    chain is the full default one: authz, methods, size, request_state."""
    config: dict[str, Any] = {
        "listen": f"127.0.0.1:{port}",
        "auth": "none",
        "state_dir": str(workdir / "state"),
        "upstreams": {name: {"url": f"http://127.0.0.1:{p}/mcp"}
                      for name, p in upstream_ports.items()},
    }
    if auth:
        config["auth"] = {"dev_issuer": {"dir": str(workdir / "dev-issuer")}}
        config["policy"] = [{"allow": {"tools": ["echo"], "scopes": ["bench"]}}]
    return config


def authorize(base: str, workdir: Path, audiences: list[str]) -> None:
    """Mint a dev-issuer token and send it with every request (direct calls ignore it)."""
    from mcpwarden.identity.devissuer import DevIssuer

    token = DevIssuer(workdir / "dev-issuer", f"{base}/dev-issuer").mint(
        "bench", audience=audiences, scopes=["bench"], ttl=3600)
    REQUEST_HEADERS["Authorization"] = f"Bearer {token}"


@contextlib.contextmanager
def running_stack(procs: Processes, pinning: Pinning, workdir: Path, names: list[str],
                  auth: bool) -> Iterator[tuple[dict[str, tuple[str, str]], dict[str, Any]]]:
    """Starts the upstreams and the gateway; yields {upstream: (direct URL, gateway URL)} and
    the gateway's effective config."""
    ports = {name: free_port() for name in names}
    for name in names:
        procs.start(f"upstream-{name}", [*pinning.prefix(UPSTREAM_CPU), PYTHON,
                                         str(UPSTREAMS[name]), "--port", str(ports[name])])
    gateway_port = free_port()
    config_path = workdir / "gateway.yaml"  # JSON is YAML
    config_path.write_text(json.dumps(gateway_config(gateway_port, ports, workdir, auth),
                                      indent=2))
    effective = effective_config(config_path)
    procs.start("gateway", [*pinning.prefix(GATEWAY_CPU), PYTHON, "-m", "mcpwarden",
                            "--log-level", "warning", "serve", "-c", str(config_path)])
    base = f"http://127.0.0.1:{gateway_port}"
    targets = {name: (f"http://127.0.0.1:{ports[name]}/mcp", f"{base}/mcp/{name}")
               for name in names}
    for name, (direct, _) in targets.items():
        where = f"upstream {name}"
        wait_until(lambda url=direct, where=where: check_sample(url, where, 1), procs, where)
    wait_until(lambda: healthz(base), procs, "the gateway")
    if auth:
        authorize(base, workdir, [gateway for _, gateway in targets.values()])
    try:
        yield targets, effective
    finally:
        procs.stop_all()


def effective_config(path: Path) -> dict[str, Any]:
    proc = subprocess.run([PYTHON, "-m", "mcpwarden", "check", "-c", str(path)],
                          capture_output=True, text=True, cwd=ROOT, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    if proc.returncode != 0:
        raise BenchError(f"mcpwarden check refused the benchmark config:\n{proc.stderr}")
    import yaml  # a dependency of mcpwarden itself

    loaded: dict[str, Any] = yaml.safe_load(proc.stdout)
    return loaded


def environment(load: Wrk | PythonLoadgen, pinning: Pinning) -> dict[str, Any]:
    def version(dist: str) -> str | None:
        from importlib import metadata

        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    git = ["git", "--no-optional-locks", "-C", str(ROOT)]  # read-only: no index refresh
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, check=False).stdout.strip()
    return {
        "python": platform.python_version(), "machine": platform.machine(),
        "cpu": _cpu_model(), "cpus": os.cpu_count(),
        "pinning": "upstreams + load generator on CPU 0, gateway on CPU 1" if pinning.enabled
        else f"none ({pinning.why_not})",
        "load_generator": load.version,
        "versions": {d: version(d) for d in ("mcpwarden", "uvicorn", "uvloop", "httptools",
                                             "mcp", "msgspec", "orjson")},
        "git_commit": commit + ("+dirty" if dirty else ""),
    }


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


# -- command line ----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark tools/call through the mcpwarden gateway against the same "
        "upstream called directly; prints added p50/p99 latency and the requests/s ratio.",
        epilog="Needs wrk for the reference numbers (apt-get install -y wrk); without it the "
        "bundled Python load generator is used. See the module docstring for the method.",
    )
    parser.add_argument("--auth", action="store_true",
                        help="verify a bearer token (dev issuer) and enforce a policy: the "
                        "full default chain, as a production gateway runs it")
    parser.add_argument("--quick", action="store_true",
                        help="a fast check: 1 run x 2 s, c=1 only, 1 s warm-up")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--duration", type=int, default=5, help="seconds per run (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up seconds (default 1)")
    parser.add_argument("--concurrency", default="1,16",
                        help="comma-separated connection counts (default 1,16)")
    parser.add_argument("--upstreams", default="raw,sdk",
                        help="which upstreams: raw, sdk or both (default raw,sdk)")
    parser.add_argument("--loadgen", choices=["auto", "wrk", "python"], default="auto",
                        help="load generator (default: wrk when installed)")
    parser.add_argument("--text-bytes", type=int, default=200,
                        help="length of the echoed text (default 200)")
    parser.add_argument("--sample-checks", type=int, default=20,
                        help="fully parsed calls per target before measuring (default 20)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin processes to CPUs")
    parser.add_argument("--quiet-wait", type=float, default=0.0, metavar="SECONDS",
                        help="before each run, wait up to this long for other processes on the "
                        "machine to go under 10%% of a CPU (default 0: do not wait)")
    parser.add_argument("--budget-ms", type=float, default=BUDGET_MS,
                        help=f"added p50 budget on the raw upstream at c=1 (default {BUDGET_MS})")
    parser.add_argument("--fail-over-budget", action="store_true",
                        help="exit with status 3 when the added p50 is over the budget")
    parser.add_argument("--results-dir", default=str(ROOT / "results"),
                        help="where the JSON results go (default results/)")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.duration, args.concurrency = 1, 2, "1"
    try:
        args.concurrency = [int(c) for c in args.concurrency.split(",") if c.strip()]
    except ValueError:
        parser.error(f"--concurrency: {args.concurrency!r} is not a list of numbers like 1,16")
    args.upstreams = [u.strip() for u in args.upstreams.split(",") if u.strip()]
    unknown = [u for u in args.upstreams if u not in UPSTREAMS]
    if unknown or not args.upstreams:
        parser.error(f"--upstreams: choose from {', '.join(UPSTREAMS)}")
    if args.runs < 1 or args.duration < 1 or args.warmup < 1 or not args.concurrency or min(
        args.concurrency
    ) < 1:
        parser.error("--runs, --duration, --warmup and every --concurrency must be at least 1")
    return args


def pick_loadgen(choice: str, body: bytes, markers: list[str], workdir: Path,
                 pinning: Pinning) -> Wrk | PythonLoadgen:
    has_wrk = shutil.which("wrk") is not None
    if choice == "wrk" and not has_wrk:
        raise BenchError("--loadgen wrk: wrk is not installed (apt-get install -y wrk)")
    if choice == "wrk" or (choice == "auto" and has_wrk):
        return Wrk(body, markers, workdir, pinning)
    if choice == "auto":
        progress("wrk is not installed (apt-get install -y wrk): using bench/loadgen.py, whose "
                 "numbers are not comparable with wrk's")
    return PythonLoadgen(body, markers, workdir, pinning)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pinning = decide_pinning(args.no_pin)
    if not pinning.enabled:
        progress(f"not pinning processes to CPUs: {pinning.why_not}")
    text = "bench " + "x" * max(0, args.text_bytes - 6)
    body, markers = call_body(text), response_markers(text)
    with tempfile.TemporaryDirectory(prefix="bench_gateway-") as tmp:
        workdir = Path(tmp)
        procs = Processes(workdir)
        try:
            with running_stack(procs, pinning, workdir, args.upstreams, args.auth
                               ) as (targets, config):
                load = pick_loadgen(args.loadgen, body, markers, workdir, pinning)
                for name, (direct, gateway) in targets.items():
                    check_sample(direct, f"upstream {name} (direct)", args.sample_checks)
                    check_sample(gateway, f"upstream {name} through the gateway",
                                 args.sample_checks)
                progress(f"measuring with {load.version}: {args.runs} run(s) x {args.duration} s "
                         f"per target, c={args.concurrency}")
                rows = measure(load, targets, args.concurrency, args.runs, args.duration,
                               args.warmup, procs, args.quiet_wait)
        except BenchError as exc:
            print(f"bench_gateway: {exc}", file=sys.stderr)
            return 1
        finally:
            procs.stop_all()
        env = environment(load, pinning)
    ok, verdict = budget_verdict(rows, args.budget_ms)
    print(f"\ntools/call `echo` ({len(body)} B request), {args.runs} run(s) x {args.duration} s, "
          f"medians; {env['load_generator']}, 1 thread; pinning: {env['pinning']}\n")
    print(markdown_table(rows))
    print(f"\n{verdict}")
    note = disturbance_note(rows)
    if note:
        print(note)
    path = write_results(args, env, config, rows, len(body), verdict, note)
    print(f"Results: {path}")
    return 3 if args.fail_over_budget and ok is False else 0


def row_data(row: Row) -> dict[str, Any]:
    data: dict[str, Any] = {"upstream": row.upstream, "connections": row.connections,
                            **row.summary()}
    if data["gateway_cpu_us_per_call"] < 0:
        data["gateway_cpu_us_per_call"] = None
    data["runs"] = {"direct": [asdict(s) for s in row.direct],
                    "gateway": [asdict(s) for s in row.gateway]}
    return data


def write_results(args: argparse.Namespace, env: dict[str, Any], config: dict[str, Any],
                  rows: list[Row], body_bytes: int, verdict: str, note: str) -> Path:
    results_dir = Path(args.results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    path = results_dir / f"bench_gateway-{time.strftime('%Y%m%d-%H%M%S')}.json"
    data = {
        "benchmark": "bench/bench_gateway.py",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "settings": {"runs": args.runs, "duration_s": args.duration, "warmup_s": args.warmup,
                     "concurrency": args.concurrency, "request_bytes": body_bytes,
                     "protocol": PROTOCOL, "budget_ms": args.budget_ms},
        "environment": env,
        "gateway_config": config,
        "rows": [row_data(r) for r in rows],
        "verdict": verdict,
        "disturbance": note or None,
    }
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path


if __name__ == "__main__":
    sys.exit(main())
