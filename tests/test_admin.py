"""Operators revoke a user's sessions in a running gateway from the command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx2 as httpx
import yaml
from support import ACCEPT, PYTHON, everything_server, gateway, initialize_request

from mcpwarden.identity.devissuer import DevIssuer

INIT = initialize_request("t")
LIST = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "mcpwarden", "sessions", *args, "-c", str(config)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_revoking_a_user_ends_only_their_sessions(tmp_path: Path) -> None:
    with everything_server() as upstream:
        config = {
            "auth": {"dev_issuer": {"dir": str(tmp_path / "dev")}},
            "policy": [{"allow": {"tools": ["*"]}}],
            "upstreams": {"up": {"url": upstream}},
        }
        with gateway(config, tmp_path) as base:
            config_file = next(tmp_path.glob("gateway-*.yaml"))
            dev = DevIssuer(tmp_path / "dev", f"{base}/dev-issuer")
            tokens = {user: dev.mint(user, audience=f"{base}/mcp/up") for user in ("alice", "bob")}

            def call(
                user: str, session: str | None = None, body: dict[str, object] = INIT
            ) -> httpx.Response:
                headers = {**ACCEPT, "authorization": f"Bearer {tokens[user]}"}
                if session:
                    headers |= {"mcp-session-id": session, "mcp-protocol-version": "2025-11-25"}
                return httpx.post(f"{base}/mcp/up", json=body, headers=headers, timeout=10)

            sessions = {user: call(user).headers["mcp-session-id"] for user in ("alice", "bob")}
            listed = cli(config_file, "list")
            assert listed.returncode == 0, listed.stderr
            holders = {entry["subject"] for entry in json.loads(listed.stdout)}
            assert holders == {"alice", "bob"}
            assert sessions["alice"] not in listed.stdout  # ids are never shown

            revoked = cli(config_file, "revoke", "--sub", "alice")
            assert revoked.returncode == 0, revoked.stderr
            assert "1 session" in revoked.stdout
            assert call("alice", sessions["alice"], LIST).status_code == 404
            assert call("bob", sessions["bob"], LIST).status_code == 200


def test_sessions_command_without_a_running_gateway(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "auth": "none",
                "state_dir": str(tmp_path / "s"),
                "upstreams": {"a": {"url": "http://127.0.0.1:9/mcp"}},
            }
        )
    )
    done = cli(config, "list")
    assert done.returncode == 2
    assert "no gateway is running" in done.stderr
