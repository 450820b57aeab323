"""The poisoning detector in pinning, end to end: a real gateway in front of a server offering
one benign and one poisoned tool, and the `mcpwarden pins` commands."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any

from support import FIXTURES, fixture_server, gateway
from test_pins_e2e import Session, pins


def poisoned_server() -> contextlib.AbstractContextManager[str]:
    return fixture_server("poisoned_server.py")


def config_for(upstream: str, **pin_settings: str) -> dict[str, Any]:
    return {"upstreams": {"up": {"url": upstream, "pins": pin_settings}}}


def test_tofu_holds_the_poisoned_tool_for_approval(tmp_path: Path) -> None:
    with poisoned_server() as upstream, gateway(config_for(upstream), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        client = Session(base)
        assert set(client.tools()) == {"weather"}
        assert client.call("weather", city="Oslo")["result"]["content"][0]["text"] == \
            "sunny in Oslo"
        denied = client.call("add", a=1, b=2)["error"]
        assert denied["data"]["reason"] == "pin_mismatch"

        listed = pins(config, "list")
        assert listed.returncode == 0, listed.stderr
        [line] = [row for row in listed.stdout.splitlines() if " add" in row]
        assert line.startswith("new") and "! flagged: " in line and "concealment" in line
        diff = pins(config, "diff", "--name", "add")
        assert diff.returncode == 0, diff.stderr
        assert "~/.ssh/id_rsa" in diff.stdout
        assert "# findings (flagged):" in diff.stdout
        assert "poisoning_suspected sensitive_read in description[" in diff.stdout

        approved = pins(config, "approve", "--upstream", "up", "--name", "add")
        assert approved.returncode == 0, approved.stderr
        assert set(client.tools()) == {"weather", "add"}
        assert client.call("add", a=1, b=2)["result"]["content"][0]["text"] == "3"


def test_block_refuses_and_approve_needs_force(tmp_path: Path) -> None:
    settings = config_for("", on_poisoning="block")
    with poisoned_server() as upstream:
        settings["upstreams"]["up"]["url"] = upstream
        with gateway(settings, tmp_path) as base:
            config = next(tmp_path.glob("gateway-*.yaml"))
            client = Session(base)
            assert set(client.tools()) == {"weather"}
            denied = client.call("add", a=1, b=2)["error"]
            assert denied["data"]["reason"] == "poisoning_suspected"
            assert "concealment" in denied["message"]
            assert "! blocked: " in pins(config, "list").stdout
            assert "# findings (blocked; approving needs --force):" in \
                pins(config, "diff").stdout

            refused = pins(config, "approve", "--all")
            assert refused.returncode == 1
            assert "approved 0" in refused.stdout and "--force" in refused.stderr
            assert set(client.tools()) == {"weather"}

            forced = pins(config, "approve", "--all", "--force")
            assert forced.returncode == 0, forced.stderr
            assert "approved 1" in forced.stdout
            assert set(client.tools()) == {"weather", "add"}
            assert "result" in client.call("add", a=1, b=2)


def test_warn_passes_it(tmp_path: Path) -> None:
    with poisoned_server() as upstream, \
            gateway(config_for(upstream, on_poisoning="warn"), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        client = Session(base)
        assert set(client.tools()) == {"weather", "add"}
        assert "result" in client.call("add", a=1, b=2)
        assert "!" not in pins(config, "list").stdout  # trusted: nothing pending



def test_shadowing_across_two_upstreams(tmp_path: Path) -> None:
    with poisoned_server() as poisoned, fixture_server("rugpull_server.py") as rugpull:
        upstreams = {"up": {"url": rugpull},
                     "other": {"url": poisoned, "pins": {"on_shadowing": "block"}}}
        with gateway({"upstreams": upstreams}, tmp_path) as base:
            config = next(tmp_path.glob("gateway-*.yaml"))
            assert set(Session(base).tools()) == {"weather", "forecast", "flip"}
            other = Session(base, "other")
            assert other.tools() == {}  # weather: shadows up's; add: poisoning, held
            denied = other.call("weather", city="Oslo")["error"]
            assert denied["data"]["reason"] == "tool_shadowing"
            assert "name_collision" in denied["message"]
            # The genuine one is held too until an admin says which is which.
            assert set(Session(base).tools()) == {"forecast", "flip"}
            assert "name_collision" in pins(config, "list", "--upstream", "up").stdout
            assert pins(config, "approve", "--upstream", "up", "--all").returncode == 0
            assert set(Session(base).tools()) == {"weather", "forecast", "flip"}
            listed = pins(config, "list", "--upstream", "other").stdout
            assert "! blocked: name_collision" in listed and "! flagged: " in listed
            refused = pins(config, "approve", "--upstream", "other", "--all")
            assert refused.returncode == 1 and "approved 1" in refused.stdout  # add
            assert "refused other tool weather" in refused.stderr
            assert set(other.tools()) == {"add"}


def test_every_technique_is_held_and_ordinary_tools_pass(tmp_path: Path) -> None:
    """One poisoned tool per technique (instructions to the model, secrets, context-collecting
    parameters, steering other tools, priority claims, concealment, destructive directives,
    zero-width/tag/bidi disguises, encoded payloads, another language) is held for review; the
    ordinary tools — security tools that mention keys and passwords, an honest destructive
    tool, references to the server's own tools, a German description — are listed."""
    sys.path.insert(0, str(FIXTURES))
    import poisoned_catalogue_server as catalogue

    with fixture_server("poisoned_catalogue_server.py") as upstream, \
            gateway(config_for(upstream), tmp_path) as base:
        config = next(tmp_path.glob("gateway-*.yaml"))
        assert set(Session(base).tools()) == set(catalogue.BENIGN)
        listed = pins(config, "list").stdout
        for name in catalogue.POISONED:
            [line] = [row for row in listed.splitlines() if f" {name}" in row]
            assert "! flagged: " in line, line
