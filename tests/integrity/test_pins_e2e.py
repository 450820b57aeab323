"""Pinning end to end: a real gateway in front of a server that changes its tool and its
instructions after `flip` is called (a rug pull), and the `mcpwarden pins` commands."""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from support import (
    ACCEPT,
    PYTHON,
    fixture_server,
    gateway,
    initialize_request,
)


def rugpull_server() -> contextlib.AbstractContextManager[str]:
    return fixture_server("rugpull_server.py")


class Session:
    """One legacy client session through the gateway, raw HTTP."""

    def __init__(self, base: str, route: str = "up") -> None:
        self.url = f"{base}/mcp/{route}"
        reply = httpx.post(self.url, json=initialize_request(), headers=ACCEPT, timeout=10)
        self.headers = {**ACCEPT, "mcp-session-id": reply.headers["mcp-session-id"],
                        "mcp-protocol-version": "2025-11-25"}
        self.initialized = _body(reply)["result"]
        httpx.post(self.url, json={"jsonrpc": "2.0", "method": "notifications/initialized"},
                   headers=self.headers, timeout=10)
        self.next_id = 10

    def rpc(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.next_id += 1
        body = {"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params or {}}
        return _body(httpx.post(self.url, json=body, headers=self.headers, timeout=10))

    def tools(self) -> dict[str, Any]:
        reply = self.rpc("tools/list")
        assert "result" in reply, reply
        return {t["name"]: t for t in reply["result"]["tools"]}

    def call(self, name: str, **arguments: Any) -> dict[str, Any]:
        return self.rpc("tools/call", {"name": name, "arguments": arguments})


def _body(reply: httpx.Response) -> dict[str, Any]:
    assert reply.status_code == 200, reply.text
    if reply.headers["content-type"].startswith("text/event-stream"):
        data = [line[5:].strip() for line in reply.text.splitlines() if line.startswith("data:")]
        messages = [json.loads(d) for d in data if d]
        return next(m for m in messages if "id" in m)
    result: dict[str, Any] = reply.json()
    return result


def pins(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "mcpwarden", "pins", *args, "-c", str(config)],
                          capture_output=True, text=True, timeout=30, check=False)


def config_for(upstream: str, mode: str) -> dict[str, Any]:
    return {"upstreams": {"up": {"url": upstream, "pins": {"mode": mode}}}}


def test_tofu_hides_a_changed_tool_until_an_admin_approves_it(tmp_path: Path) -> None:
    with rugpull_server() as upstream, gateway(config_for(upstream, "tofu"), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        client = Session(base)
        assert client.initialized["instructions"] == "Be helpful."
        tools = client.tools()
        assert set(tools) == {"weather", "forecast", "flip"}
        reply = client.call("weather", city="Oslo")
        assert reply["result"]["content"][0]["text"] == "sunny in Oslo"

        client.call("flip")
        assert set(client.tools()) == {"forecast", "flip"}  # the changed tool is hidden
        denied = client.call("weather", city="Oslo")["error"]
        assert denied["data"]["reason"] == "pin_mismatch"
        assert "mcpwarden pins diff" in denied["message"]
        assert "instructions" not in Session(base).initialized  # changed: withheld

        listed = pins(config, "list")
        assert listed.returncode == 0, listed.stderr
        assert "changed" in listed.stdout and "weather" in listed.stdout
        diff = pins(config, "diff", "--upstream", "up", "--name", "weather")
        assert diff.returncode == 0, diff.stderr
        assert '+  "description": "Tells the weather. <IMPORTANT>' in diff.stdout
        assert '-  "description": "Tells the weather."' in diff.stdout
        assert '-    "readOnlyHint": true' in diff.stdout
        assert "notes" in diff.stdout  # the new schema property

        approved = pins(config, "approve", "--upstream", "up", "--name", "weather")
        assert approved.returncode == 0, approved.stderr
        assert "reloaded" in approved.stderr
        tools = client.tools()
        assert "<IMPORTANT>" in tools["weather"]["description"]  # visible again, no restart
        assert "result" in client.call("weather", city="Oslo", notes="x")
        assert "instructions" not in Session(base).initialized  # still pending on its own
        assert pins(config, "approve", "--all").returncode == 0
        assert Session(base).initialized["instructions"].startswith("Also read")


def test_enforce_hides_everything_until_approved(tmp_path: Path) -> None:
    with rugpull_server() as upstream, gateway(config_for(upstream, "enforce"), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        client = Session(base)
        assert "instructions" not in client.initialized
        assert client.tools() == {}
        assert client.call("weather", city="Oslo")["error"]["data"]["reason"] == "pin_mismatch"
        assert "new" in pins(config, "list").stdout
        refused = pins(config, "approve")
        assert refused.returncode == 2 and "--all" in refused.stderr
        approved = pins(config, "approve", "--upstream", "up", "--kind", "tool", "--all")
        assert approved.returncode == 0, approved.stderr
        assert set(client.tools()) == {"weather", "forecast", "flip"}
        assert "result" in client.call("weather", city="Oslo")


def test_observe_passes_changes(tmp_path: Path) -> None:
    with rugpull_server() as upstream, gateway(config_for(upstream, "observe"), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        client = Session(base)
        client.tools()
        client.call("flip")
        assert "<IMPORTANT>" in client.tools()["weather"]["description"]
        assert "result" in client.call("weather", city="Oslo")
        assert "changed" in pins(config, "list").stdout  # still recorded for review


def test_export_import_roundtrip_and_tampering_is_refused(tmp_path: Path) -> None:
    with rugpull_server() as upstream, gateway(config_for(upstream, "tofu"), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        Session(base).tools()
        exported = tmp_path / "pins.json"
        done = pins(config, "export", "-o", str(exported))
        assert done.returncode == 0, done.stderr
    document = json.loads(exported.read_text())
    assert [(p["kind"], p["name"]) for p in document["pins"]] == [
        ("instructions", ""), ("tool", "flip"), ("tool", "forecast"), ("tool", "weather")]

    other = tmp_path / "other.yaml"
    other.write_text(json.dumps({"auth": "none", "state_dir": str(tmp_path / "other-state"),
                                 **config_for("http://127.0.0.1:9/mcp", "enforce")}))
    imported = pins(other, "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert "imported 4" in imported.stdout
    again = pins(other, "export")
    assert json.loads(again.stdout) == document  # stable: same bytes, same hashes

    document["pins"][2]["definition"]["description"] = "tampered"
    exported.write_text(json.dumps(document))
    refused = pins(other, "import", str(exported))
    assert refused.returncode == 2 and "hash does not match" in refused.stderr


def test_replicas_sharing_redis_enforce_the_same_pins(tmp_path: Path) -> None:
    """Two gateways with separate state directories and one Redis: what an admin approves
    through either one is enforced by both."""
    from support import redis_server

    with redis_server(tmp_path) as url, rugpull_server() as upstream:
        config = {**config_for(upstream, "enforce"), "state": url}
        with gateway(config, tmp_path) as first, gateway(config, tmp_path) as second:
            one, two = Session(first), Session(second)
            assert one.tools() == {} and two.tools() == {}
            second_config = tmp_path / f"gateway-{second.rsplit(':', 1)[1]}.yaml"
            approved = pins(second_config, "approve", "--upstream", "up", "--kind", "tool",
                            "--all")
            assert approved.returncode == 0, approved.stderr
            assert "approved 3" in approved.stdout
            deadline = time.monotonic() + 10
            while set(one.tools()) != {"weather", "forecast", "flip"}:  # refreshed within seconds
                assert time.monotonic() < deadline, "the first replica never saw the approval"
                time.sleep(0.2)
            assert set(two.tools()) == {"weather", "forecast", "flip"}
            assert "result" in one.call("weather", city="Oslo")


# Each single change a server can make to what it published, and where it shows up.
PARTS = [
    ("description", "tools/list", "tools", "weather"),
    ("title", "tools/list", "tools", "weather"),
    ("schema", "tools/list", "tools", "weather"),
    ("annotations", "tools/list", "tools", "weather"),
    ("output_schema", "tools/list", "tools", "forecast"),
    ("prompt", "prompts/list", "prompts", "summary"),
    ("template", "resources/templates/list", "resourceTemplates", "notes://{id}"),
]


def _names(client: Session, method: str, field: str) -> set[str]:
    reply = client.rpc(method)
    assert "result" in reply, reply
    key = "uriTemplate" if field == "resourceTemplates" else "name"
    return {entry[key] for entry in reply["result"][field]}


@pytest.mark.parametrize(("part", "method", "field", "name"), PARTS)
def test_every_single_change_is_a_rug_pull_caught(tmp_path: Path, part: str, method: str,
                                                   field: str, name: str) -> None:
    with rugpull_server() as upstream, gateway(config_for(upstream, "tofu"), tmp_path) as base:
        client = Session(base)
        assert name in _names(client, method, field)
        assert "result" in client.call("flip", part=part)
        assert name not in _names(client, method, field), f"a changed {part} was listed"
        if method == "tools/list":
            denied = client.call(name, city="Oslo")["error"]
            assert denied["data"]["reason"] == "pin_mismatch"
        elif method == "prompts/list":
            reply = client.rpc("prompts/get", {"name": name, "arguments": {"text": "x"}})
            assert reply["error"]["data"]["reason"] == "pin_mismatch"
        assert Session(base).initialized["instructions"] == "Be helpful."  # untouched


def test_changed_instructions_alone_are_withheld(tmp_path: Path) -> None:
    with rugpull_server() as upstream, gateway(config_for(upstream, "tofu"), tmp_path) as base:
        client = Session(base)
        assert client.initialized["instructions"] == "Be helpful."
        client.call("flip", part="instructions")
        assert "instructions" not in Session(base).initialized
        assert set(client.tools()) == {"weather", "forecast", "flip"}  # tools untouched
