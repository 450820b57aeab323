"""With `fsync: always`, no acknowledged request is missing from the log after `kill -9`, and
the chain resumes cleanly when the gateway comes back."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import httpx2 as httpx
import yaml
from audit_support import STDIO_FIXTURE, cli, echo, records
from support import PYTHON, free_port, gateway, wait_http_ok

from mcpwarden.integrity.canonical import digest


def _config(tmp: Path, port: int) -> dict[str, Any]:
    return {"listen": f"127.0.0.1:{port}", "auth": "none", "state_dir": str(tmp / "state"),
            "upstreams": {"local": {"command": STDIO_FIXTURE, "sandbox": "none"}},
            "audit": {"sinks": ["jsonl://audit.jsonl"], "fsync": "always"}}


def _drive(base: str, worker: int, stop: threading.Event, acked: list[str]) -> None:
    with httpx.Client(base_url=base, timeout=10) as http:
        n = 0
        while not stop.is_set():
            text = f"w{worker}-n{n}"
            body, headers = echo(text, id=n)
            try:
                reply = http.post("/mcp/local", content=body, headers=headers)
            except httpx.HTTPError:
                return  # the gateway died mid-request: not acknowledged
            if reply.status_code == 200 and text in reply.text:
                acked.append(text)
            n += 1


def test_no_acknowledged_request_is_lost_on_sigkill(tmp_path: Path) -> None:
    port = free_port()
    path = tmp_path / "gateway.yaml"
    path.write_text(yaml.safe_dump(_config(tmp_path, port)))
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([PYTHON, "-m", "mcpwarden", "--log-level", "warning", "serve",
                                "-c", str(path)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    acked: list[str] = []
    stop = threading.Event()
    try:
        wait_http_ok(f"{base}/healthz", process)
        body, headers = echo("warm-up")  # the first call starts the local server
        httpx.post(f"{base}/mcp/local", content=body, headers=headers, timeout=20)
        workers = [threading.Thread(target=_drive, args=(base, w, stop, acked))
                   for w in range(4)]
        for worker in workers:
            worker.start()
        time.sleep(1.5)
        os.kill(process.pid, signal.SIGKILL)  # mid-load: requests are in flight
        process.wait(timeout=10)
    finally:
        stop.set()
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
    for worker in workers:
        worker.join(timeout=15)
    log = tmp_path / "state" / "audit.jsonl"
    logged = {r.get("args_digest") for r in records(log) if r["event"] == "request"}
    assert len(acked) > 20, "the load did not get going"
    missing = [text for text in acked if digest({"text": text}) not in logged]
    assert missing == [], f"{len(missing)} of {len(acked)} acknowledged requests not in the log"

    code, out = cli("audit", "verify", str(log), "--public-key",
                    str(tmp_path / "state" / "audit-signing.pub"))
    assert code == 3 and "TAMPERED" not in out  # intact, but the crash left the end unsealed

    config = _config(tmp_path, port)
    del config["listen"]
    with gateway(config, tmp_path) as base, httpx.Client(base_url=base, timeout=10) as http:
        body, headers = echo("after the crash")
        assert http.post("/mcp/local", content=body, headers=headers).status_code == 200
    code, out = cli("audit", "verify", str(log), "--public-key",
                    str(tmp_path / "state" / "audit-signing.pub"))
    assert code == 0, out  # the restart continued the chain; its shutdown seals it all
    starts = [r for r in records(log) if r["event"] == "audit_start"]
    assert len(starts) == 2 and starts[1]["seq"] > len(acked)
