"""A hostile server under the real sandbox: every escape attempt fails, ordinary work succeeds."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from sandbox_helpers import FAKE_KEY, GATEWAY_SECRET, Host, MakeHostile

from mcpwarden.upstream.base import UpstreamError
from mcpwarden.upstream.sandbox import SandboxSettings, bwrap


async def test_secrets_and_host_files_are_out_of_reach(host: Host, hostile: MakeHostile) -> None:
    # `readable` names the directory holding the fake home and the state dir: both stay masked.
    server = await hostile(SandboxSettings(readable=[str(host.root)], writable=[str(host.work)]))

    key = await server.call("read_file", path=str(host.home / ".ssh" / "id_ed25519"))
    assert not key["ok"] and FAKE_KEY not in key["detail"]
    listing = await server.call("list_dir", path=str(host.home / ".ssh"))
    assert "id_ed25519" not in listing["detail"]
    aws = await server.call("read_file", path=str(host.home / ".aws" / "credentials"))
    assert not aws["ok"]
    state = await server.call("read_file", path=str(host.state / "admin.token"))
    assert not state["ok"] and "state-secret" not in state["detail"]
    shadow = await server.call("read_file", path="/etc/shadow")
    assert not shadow["ok"] and "FileNotFoundError" in shadow["detail"]
    root_home = await server.call("list_dir", path="/root/.ssh")
    assert not root_home["ok"]


async def test_runs_unprivileged_confined_and_with_only_its_own_environment(
        hostile: MakeHostile) -> None:
    server = await hostile(env={"SERVER_TOKEN": "for-this-server"})
    who = json.loads((await server.call("identity"))["detail"])
    assert (who["uid"], who["gid"]) == (65534, 65534)
    assert who["hostname"] == "mcp-sandbox"
    assert who["no_new_privs"] == "1"
    assert who["seccomp"] == "2"  # a filter is installed
    assert int(who["cap_eff"], 16) == 0
    assert who["pids_visible"] <= 4  # bubblewrap's init, the server (and a relay at most)
    assert who["pid"] != os.getpid()

    env = json.loads((await server.call("environment"))["detail"])
    assert GATEWAY_SECRET not in json.dumps(env)
    assert "MCPW_GATEWAY_SECRET" not in env
    assert env["SERVER_TOKEN"] == "for-this-server"
    assert env["HOME"] == "/tmp"
    assert set(env) <= {"PATH", "LANG", "HOME", "TMPDIR", "PWD", "SERVER_TOKEN"}

    outcome = await server.call("forbidden_syscalls")
    results = json.loads(outcome["detail"])
    assert not outcome["ok"]
    assert results.pop("clone3") == "ENOSYS"  # so that libc falls back to a filterable clone()
    assert set(results.values()) == {"EPERM"}, results
    assert "clone(CLONE_NEWUSER)" in results
    ptrace = await server.call("ptrace_parent")
    assert not ptrace["ok"] and "EPERM" in ptrace["detail"]
    # Kernel settings (kernel.core_pattern would run a program as root on the host) and devices.
    kernel = await server.call("writable_system_files")
    assert not kernel["ok"], kernel["detail"]

    sandbox = server.connector.sandbox
    assert sandbox is not None
    stats = sandbox.stats()
    assert stats["launches"] == 1 and stats["crashes"] == 0
    (running,) = stats["running"].values()
    assert running["cpu_s"] > 0 and running["rss_mb"] > 5 and running["processes"] >= 2


async def test_file_sizes_and_private_tmp_space_are_limited(host: Host,
                                                            hostile: MakeHostile) -> None:
    server = await hostile(SandboxSettings(writable=[str(host.work)], max_file_mb=2, tmp_mb=4))
    outcome = await server.call("write_big_file", path=str(host.work / "big"), megabytes=8)
    assert not outcome["ok"] and "File too large" in outcome["detail"]
    assert (host.work / "big").stat().st_size <= 2 * 1024 * 1024
    for directory in ("/dev/shm", "/tmp"):  # 4 MB each: the third 2 MB file does not fit
        written = [(await server.call("write_big_file", path=f"{directory}/fill{n}",
                                      megabytes=2))["ok"] for n in range(3)]
        assert written[0] and not written[2], (directory, written)


async def test_writes_only_where_the_config_allows(host: Host, hostile: MakeHostile) -> None:
    shown = host.root / "shown"  # readable, not writable
    shown.mkdir()
    server = await hostile(SandboxSettings(writable=[str(host.work)], readable=[str(shown)]),
                           cwd=str(host.work))
    allowed = host.work / "notes.txt"
    assert (await server.call("write_file", path="notes.txt", text="hello"))["ok"]  # in its cwd
    assert allowed.read_text() == "hello"
    assert (await server.call("read_file", path=str(allowed)))["detail"] == "hello"

    denied = await server.call("write_file", path=str(shown / "x.txt"), text="x")
    assert not denied["ok"] and "Read-only file system" in denied["detail"]
    assert not (shown / "x.txt").exists()
    # Elsewhere below /tmp a write lands in the sandbox's private /tmp, never on the host.
    outside = host.root / "outside.txt"
    await server.call("write_file", path=str(outside), text="x")
    assert not outside.exists()
    for path in ("/usr/evil", "/etc/evil", "/evil"):
        assert not (await server.call("write_file", path=path, text="x"))["ok"]
    # /tmp is the sandbox's own: writable, and nothing reaches the host's /tmp.
    private = "/tmp/mcpw-sandbox-private-probe.txt"
    assert (await server.call("write_file", path=private, text="x"))["ok"]
    assert not Path(private).exists()


async def test_no_network_by_default(hostile: MakeHostile) -> None:
    with socket.socket() as listener:  # something listening on the host's loopback
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        server = await hostile()
        local = await server.call("connect", host="127.0.0.1", port=port)
    assert not local["ok"] and "ConnectionRefused" in local["detail"]
    remote = await server.call("connect", host="1.1.1.1", port=53)
    assert not remote["ok"]


async def test_a_fork_bomb_hits_the_process_limit(host: Host, hostile: MakeHostile) -> None:
    server = await hostile(SandboxSettings(max_processes=16))
    reply = None
    try:
        reply = await server.reply("fork_bomb", limit=2000)
    except UpstreamError as exc:
        # As root the kernel exempts the sandbox from RLIMIT_NPROC: the monitor stops it.
        assert exc.reason == "upstream_resource_limit", exc.message
        assert "sandbox_limit" in host.kinds()
    if reply is not None:  # the kernel refused the fork (RLIMIT_NPROC)
        outcome = json.loads(reply.obj["result"]["content"][0]["text"])
        assert not outcome["ok"] and int(outcome["detail"].split()[1]) < 16
    assert (await server.call("identity"))["ok"]  # the server (or its successor) serves on


async def test_a_memory_bomb_stops_the_server_and_is_reported(host: Host,
                                                              hostile: MakeHostile) -> None:
    server = await hostile(SandboxSettings(memory_mb=160))
    with pytest.raises(UpstreamError) as caught:
        await server.reply("memory_bomb", step_mb=16, hold_seconds=20)
    assert caught.value.reason == "upstream_resource_limit"
    assert "memory_mb limit of 160 MB exceeded" in caught.value.message
    assert "raise upstreams.hostile.sandbox.memory_mb" in caught.value.message
    limits = [data for kind, data in host.events if kind == "sandbox_limit"]
    assert limits and limits[0]["limit"] == "memory_mb"
    # The next request gets a fresh process.
    assert (await server.call("identity"))["ok"]
    assert server.connector.sandbox is not None
    stats = server.connector.sandbox.stats()
    assert stats["limit_events"] == 1 and stats["crashes"] == 1 and stats["launches"] == 2


async def test_cpu_time_is_limited(host: Host, hostile: MakeHostile) -> None:
    server = await hostile(SandboxSettings(cpu_seconds=2))
    with pytest.raises(UpstreamError) as caught:
        await server.reply("cpu_burn", seconds=30)
    assert caught.value.reason == "upstream_resource_limit"
    assert "cpu_seconds" in caught.value.message
    assert ("sandbox_limit" in host.kinds())


async def test_a_sandbox_that_cannot_be_set_up_refuses_the_upstream(
        host: Host, hostile: MakeHostile) -> None:
    missing = str(host.root / "does-not-exist")
    with pytest.raises(UpstreamError) as caught:
        await hostile(SandboxSettings(writable=[missing]))
    assert caught.value.reason == "sandbox_unavailable"
    assert missing in caught.value.message and "sandbox: none" in caught.value.message
    assert "sandbox_unavailable" in host.kinds()


async def test_binding_inside_the_state_dir_is_refused(host: Host, hostile: MakeHostile) -> None:
    with pytest.raises(UpstreamError) as caught:
        await hostile(SandboxSettings(readable=[str(host.state)]))
    assert caught.value.reason == "sandbox_unavailable"
    assert "never shows" in caught.value.message


async def test_a_symlink_does_not_smuggle_hidden_paths_in(host: Host, hostile: MakeHostile) -> None:
    (host.root / "to-state").symlink_to(host.state)
    with pytest.raises(UpstreamError) as caught:
        await hostile(SandboxSettings(readable=[str(host.root / "to-state")]))
    assert caught.value.reason == "sandbox_unavailable"
    # A link to a directory holding the home: the home's secrets are masked where they really are.
    (host.root / "to-root").symlink_to(host.root)
    server = await hostile(SandboxSettings(readable=[str(host.root / "to-root")]))
    key = await server.call("read_file", path=str(host.root / "to-root/home/.ssh/id_ed25519"))
    assert not key["ok"] and FAKE_KEY not in key["detail"]
    assert (await server.call("list_dir", path=str(host.root / "to-root")))["ok"]


async def test_without_bubblewrap_the_upstream_is_refused(
        hostile: MakeHostile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bwrap, "BWRAP", "/nonexistent/bwrap")
    with pytest.raises(UpstreamError) as caught:
        await hostile()
    assert caught.value.reason == "sandbox_unavailable"
    assert "bubblewrap is not installed" in caught.value.message


async def test_bubblewraps_own_user_namespace_is_confined_too(hostile: MakeHostile) -> None:
    """The mode of a gateway that is not root: bubblewrap maps the sandbox's uid to the
    gateway's (here: host uid 0, the case where read-only sysctls matter most)."""
    server = await hostile(own_userns=False)
    who = json.loads((await server.call("identity"))["detail"])
    assert who["uid"] == 65534 and int(who["cap_eff"], 16) == 0 and who["seccomp"] == "2"
    kernel = await server.call("writable_system_files")
    assert not kernel["ok"], kernel["detail"]
    assert not (await server.call("forbidden_syscalls"))["ok"]
