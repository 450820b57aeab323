"""`mcpwarden demo`: the gateway in front of two bundled servers, with nothing to configure.

- `notes`: a local notes workspace, a stdio server the gateway starts itself;
- `tickets`: an issue tracker, a Streamable HTTP server started on a free loopback port.

State lives in `./.mcpwarden/` (the notes workspace, the demo config for inspection).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

DEMO_TOKEN_TTL = 12 * 3600
# Where the mcpwarden package is imported from: the notes server (`python -m
# mcpwarden.demo.servers.notes`) reads it inside its sandbox.
PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
NOBODY = 65534  # the uid a sandboxed server runs as when the gateway runs as root
# Read, write, and deleting a note only after multi-factor authentication. The demo token holds
# every scope and shows MFA (amr), so every tool works; a token minted without them does not.
DEMO_POLICY: list[dict[str, Any]] = [
    {"allow": {"upstream": "notes", "tools": ["list_notes", "read_note", "search_notes"],
               "resources": ["notes://*"], "prompts": ["*"], "scopes": ["notes.read"]}},
    {"allow": {"upstream": "notes", "tools": ["write_note"], "scopes": ["notes.write"]}},
    {"allow": {"upstream": "notes", "tools": ["delete_note"], "scopes": ["notes.write"],
               "require": {"mfa": True}}},
    {"allow": {"upstream": "tickets", "tools": ["search_tickets", "get_ticket"],
               "resources": ["tickets://*"], "prompts": ["*"], "scopes": ["tickets.read"]}},
    {"allow": {"upstream": "tickets", "tools": ["create_ticket", "add_comment", "close_ticket"],
               "scopes": ["tickets.write"]}},
]
DEMO_SCOPES = ["notes.write", "tickets.write"]  # each implies its .read (scope_hierarchy)
DEMO_CLAIMS = {"amr": ["pwd", "otp"]}


def demo_config(port: int, root: Path, tickets_port: int) -> dict[str, Any]:
    """The gateway's own state (keys, pins, audit log) in `root/gateway`, which no sandboxed
    server can see; the notes workspace in `root/notes`."""
    state_dir = root / "gateway"
    return {
        "listen": f"127.0.0.1:{port}",
        "state_dir": str(state_dir),
        "auth": {
            "dev_issuer": {"dir": str(state_dir / "dev-issuer")},
            "scope_hierarchy": {"notes.write": ["notes.read"], "tickets.write": ["tickets.read"]},
        },
        "policy": DEMO_POLICY,
        "upstreams": {
            "notes": {
                "command": [sys.executable, "-m", "mcpwarden.demo.servers.notes",
                            "--root", str(root / "notes")],
                # Sandboxed: it may write its notes and nothing else; it sees no network, no
                # home directory and not the gateway's state (keys, pins, audit log).
                "sandbox": {"writable": [str(root / "notes")], "readable": [PACKAGE_ROOT],
                            "memory_mb": 256},
                "guards": {"methods": {"server_deny": ["sampling/createMessage"]}},
            },
            "tickets": {"url": f"http://127.0.0.1:{tickets_port}/mcp"},
        },
        "guards": {"size": {"request_bytes": "256KiB", "response_bytes": "4MiB"}},
    }


def run_demo(port: int, state_dir: str) -> int:
    # Imported here: the demo servers live in this package and must not load the gateway.
    from mcpwarden.config import from_dict
    from mcpwarden.identity.devissuer import DevIssuer
    from mcpwarden.server import serve

    root = Path(state_dir).resolve()
    notes = root / "notes"
    notes.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:  # the sandboxed notes server runs as nobody and must write here
        os.chown(notes, NOBODY, NOBODY)
    tickets_port = _free_port()
    tickets = subprocess.Popen(
        [sys.executable, "-m", "mcpwarden.demo.servers.tickets", "--port", str(tickets_port)],
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(tickets_port, tickets)
        data = demo_config(port, root, tickets_port)
        (root / "demo-config.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
        config = from_dict(data)
        token = DevIssuer.from_config(config).mint(
            "demo-user", audience=[config.resource_uri(name) for name in config.upstreams],
            scopes=DEMO_SCOPES, claims=DEMO_CLAIMS, ttl=DEMO_TOKEN_TTL)
        (root / "demo-token").write_text(token + "\n")
        (root / "demo-token").chmod(0o600)
        _print_banner(config.base_url, root, token)
        serve(config)
    finally:
        tickets.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            tickets.wait(timeout=5)
        if tickets.poll() is None:
            tickets.kill()
    return 0


def _print_banner(base: str, root: Path, token: str) -> None:
    print(f"""
mcpwarden demo is starting (state and config in {root})

  notes    local stdio server, sandboxed (bubblewrap)    {base}/mcp/notes
  tickets  Streamable HTTP server on loopback           {base}/mcp/tickets

Every request needs a bearer token. A ready one (valid 12 hours, also in {root}/demo-token):

  {token}

Connect any MCP client to one of those URLs with it, for example:
  claude mcp add --transport http notes {base}/mcp/notes \\
    --header "Authorization: Bearer $(cat {root}/demo-token)"
  npx @modelcontextprotocol/inspector        (then enter a URL above and the token)

Or with curl (legacy handshake):
  curl -si {base}/mcp/tickets -H "Authorization: Bearer $(cat {root}/demo-token)" \\
    -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' \\
    -d '{{"jsonrpc":"2.0","id":1,"method":"initialize","params":{{"protocolVersion":\
"2025-11-25","capabilities":{{}},"clientInfo":{{"name":"curl","version":"1"}}}}}}'

The token holds the scopes notes.write and tickets.write (each implies its .read) and shows
multi-factor authentication, so every tool is allowed. Mint a read-only one to see the policy
at work (write tools answer 403 insufficient_scope; delete_note answers 401 with an RFC 9470
step-up challenge, insufficient_user_authentication, because it needs MFA):
  mcpwarden token -c {root}/demo-config.yaml --sub someone --scope "notes.read tickets.read"
and ask why: mcpwarden policy explain -c {root}/demo-config.yaml --token-file FILE \\
    --upstream notes --tool delete_note
Press Ctrl-C to stop.
""", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the demo tickets server exited with code {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.1)
    raise SystemExit("the demo tickets server did not start within 20 s")
