"""Sandbox settings in the config, the seccomp program's shape, and the filesystem view rules."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

from mcpwarden.assembly import build_connector
from mcpwarden.config import ConfigError, from_dict
from mcpwarden.upstream.sandbox import NetworkAllow, SandboxSettings, seccomp
from mcpwarden.upstream.sandbox.bwrap import runtime_dirs, script_dirs
from mcpwarden.upstream.sandbox.limits import limit_of_exit
from mcpwarden.upstream.stdio import StdioConnector


def config_with(sandbox: Any, **upstream: Any) -> dict[str, Any]:
    return {"auth": "none", "upstreams": {"files": {"command": ["server"], "sandbox": sandbox,
                                                    **upstream}}}


def test_sandbox_settings_are_read_from_the_config() -> None:
    config = from_dict(config_with({"network": {"allow": ["api.example.com:443"]},
                                    "writable": ["/srv/data"], "memory_mb": 512}))
    sandbox = config.upstreams["files"].sandbox
    assert isinstance(sandbox, SandboxSettings)
    assert sandbox.network == NetworkAllow(allow=["api.example.com:443"])
    assert sandbox.memory_mb == 512 and sandbox.writable == ["/srv/data"]
    assert from_dict(config_with("none")).upstreams["files"].sandbox == "none"
    assert from_dict(config_with({"network": "host"})).upstreams["files"].sandbox == \
        SandboxSettings(network="host")


@pytest.mark.parametrize(("sandbox", "key"), [
    ({"network": True}, "upstreams.files.sandbox.network"),
    ({"network": "internet"}, "upstreams.files.sandbox.network"),
    ({"network": {"allow": []}}, "upstreams.files.sandbox.network.allow"),
    ({"network": {"allow": ["example.com"]}}, "upstreams.files.sandbox.network.allow[0]"),
    ({"network": {"allow": ["example.com:70000"]}}, "upstreams.files.sandbox.network.allow[0]"),
    ({"network": {"allow": ["http://x:80"]}}, "upstreams.files.sandbox.network.allow[0]"),
    ({"writable": ["data"]}, "upstreams.files.sandbox.writable[0]"),
    ({"readable": ["../etc"]}, "upstreams.files.sandbox.readable[0]"),
    ({"memory_mb": 512 * 1024 * 1024 * 1024}, "upstreams.files.sandbox.memory_mb"),
    ({"max_processes": 0}, "upstreams.files.sandbox.max_processes"),
    ({"cpu_seconds": -1}, "upstreams.files.sandbox.cpu_seconds"),
    ({"memroy_mb": 5}, "upstreams.files.sandbox"),
    ("off", "upstreams.files.sandbox"),
])
def test_invalid_sandbox_settings_name_their_key(sandbox: Any, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        from_dict(config_with(sandbox))
    assert str(caught.value).startswith(key + ":"), caught.value


def test_http_upstreams_take_no_sandbox() -> None:
    with pytest.raises(ConfigError, match=r"upstreams\.web\.sandbox: only for local"):
        from_dict({"auth": "none", "upstreams": {"web": {"url": "http://127.0.0.1:9/mcp",
                                                         "sandbox": {"memory_mb": 64}}}})


def test_local_upstreams_are_sandboxed_unless_sandbox_none() -> None:
    default = from_dict(config_with(None)).upstreams["files"]
    connector = build_connector("files", default, state_dir="/var/lib/mcpwarden")
    assert isinstance(connector, StdioConnector) and connector.sandbox is not None
    assert "/var/lib/mcpwarden" in connector.sandbox.hidden
    assert "PATH" not in connector.env  # never the gateway's PATH inside the sandbox
    opted_out = build_connector("files", from_dict(config_with("none")).upstreams["files"])
    assert isinstance(opted_out, StdioConnector) and opted_out.sandbox is None


def test_seccomp_program_is_well_formed() -> None:
    program = seccomp.filter_program()
    assert len(program) % 8 == 0 and len(program) // 8 < 4096  # BPF_MAXINSNS
    instructions = [struct.unpack("<HBBI", program[i:i + 8]) for i in range(0, len(program), 8)]
    assert instructions[0] == (0x20, 0, 0, 4)  # load the architecture first
    compared = {k for code, _, _, k in instructions if code == 0x15}
    assert set(seccomp.X86_64_DENIED.values()) <= compared
    assert instructions[-1][0] == 0x06  # ends with a return
    for index, (code, jt, jf, _) in enumerate(instructions):
        if code & 0x07 == 0x05:  # jumps stay inside the program
            assert index + 1 + max(jt, jf) < len(instructions)


def test_runtime_roots_never_expose_protected_paths(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "bin").mkdir(parents=True)
    tool = home / "bin" / "server"
    tool.write_text("")
    assert runtime_dirs(str(tool), [str(home)]) == [str(home / "bin")]
    (tmp_path / "opt" / "node" / "bin").mkdir(parents=True)
    node = tmp_path / "opt" / "node" / "bin" / "node"
    node.write_text("")
    assert runtime_dirs(str(node), [str(home)]) == [str(tmp_path / "opt" / "node")]
    script = home / "server.py"
    script.write_text("")
    assert script_dirs([str(script), "--flag"], None, [str(home)]) == [str(script)]


def test_exit_statuses_map_to_the_limit_that_ended_the_server() -> None:
    settings = SandboxSettings(cpu_seconds=5)
    assert limit_of_exit(128 + 24, settings) == (
        "cpu_seconds", "cpu_seconds limit of 5 exceeded (SIGXCPU)")
    assert limit_of_exit(128 + 25, settings) is not None
    assert limit_of_exit(0, settings) is None
    assert limit_of_exit(1, settings) is None
    assert limit_of_exit(-9, settings) is None  # the gateway stopped bubblewrap itself
    assert limit_of_exit(None, settings) is None
