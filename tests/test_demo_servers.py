"""The bundled demo servers, started for real and driven with the official SDK client.

notes: a stdio subprocess per test (legacy and 2026-07-28 eras, path-escape refusals).
tickets: one Streamable HTTP subprocess on a free loopback port for the module, used by
legacy (`initialize`) and modern (`server/discover`, stateless) clients.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client, StdioServerParameters
from mcp.shared.exceptions import MCPError
from mcp.types import CallToolResult, TextContent

SRC = str(Path(__file__).resolve().parents[1] / "src")
MODERN = "2026-07-28"
HANDSHAKE_VERSIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
TICKETS_READY_PREFIX = "mcpwarden demo tickets server: "


def text_of(result: CallToolResult) -> str:
    assert result.content, result
    block = result.content[0]
    assert isinstance(block, TextContent)
    return block.text


def ok_text(result: CallToolResult) -> str:
    assert not result.is_error, text_of(result)
    return text_of(result)


def error_text(result: CallToolResult) -> str:
    assert result.is_error, text_of(result)
    return text_of(result)


# ---------------------------------------------------------------------------------------- notes


def notes_client(root: Path, mode: str = "legacy") -> Client:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "mcpwarden.demo.servers.notes", "--root", str(root)],
        env={"PYTHONPATH": SRC},
    )
    return Client(params, mode=mode)


async def test_notes_every_tool_resource_and_prompt_on_the_legacy_era(tmp_path: Path) -> None:
    root = tmp_path / "workspace"
    async with notes_client(root) as client:
        assert client.protocol_version in HANDSHAKE_VERSIONS
        assert client.server_info is not None
        assert client.server_info.name == "mcpwarden-demo-notes"

        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert set(tools) == {
            "list_notes",
            "read_note",
            "write_note",
            "search_notes",
            "delete_note",
        }
        for name in ("list_notes", "read_note", "search_notes"):
            annotations = tools[name].annotations
            assert annotations is not None and annotations.read_only_hint is True
        for name in ("write_note", "delete_note"):
            annotations = tools[name].annotations
            assert annotations is not None
            assert annotations.read_only_hint is False and annotations.destructive_hint is True
        write_props = tools["write_note"].input_schema["properties"]
        assert "description" in write_props["name"] and "description" in write_props["text"]
        assert tools["write_note"].input_schema["required"] == ["name", "text"]

        listing = ok_text(await client.call_tool("list_notes", {}))
        assert listing.startswith("3 notes:")
        assert "welcome.md" in listing and "projects/q3-roadmap.md" in listing

        roadmap = ok_text(await client.call_tool("read_note", {"name": "projects/q3-roadmap.md"}))
        assert roadmap.startswith("# Q3 roadmap")

        created = await client.call_tool(
            "write_note", {"name": "ideas/launch.md", "text": "Launch checklist\nPing LENA\n"}
        )
        assert "Created note 'ideas/launch.md'" in ok_text(created)
        assert (root / "ideas" / "launch.md").read_text() == "Launch checklist\nPing LENA\n"
        updated = await client.call_tool("write_note", {"name": "ideas/launch.md", "text": "v2"})
        assert "Updated note 'ideas/launch.md' (2 bytes)" in ok_text(updated)

        await client.call_tool("write_note", {"name": "ideas/launch.md", "text": "Ping LENA\n"})
        hits = ok_text(await client.call_tool("search_notes", {"query": "lena"}))
        assert "ideas/launch.md:1: Ping LENA" in hits
        assert "meetings/2025-03-12-platform-sync.md:3: Attendees:" in hits
        assert (
            ok_text(await client.call_tool("search_notes", {"query": "zebra"}))
            == "No note mentions 'zebra'."
        )

        deleted = await client.call_tool("delete_note", {"name": "ideas/launch.md"})
        assert ok_text(deleted) == "Deleted note 'ideas/launch.md'."
        assert not (root / "ideas" / "launch.md").exists()

        resources = {r.name: r for r in (await client.list_resources()).resources}
        assert resources["projects/q3-roadmap.md"].uri == "notes://projects%2Fq3-roadmap.md"
        templates = (await client.list_resource_templates()).resource_templates
        assert [t.uri_template for t in templates] == ["notes://{name}"]
        read = await client.read_resource("notes://projects%2Fq3-roadmap.md")
        assert getattr(read.contents[0], "text", "").startswith("# Q3 roadmap")

        prompts = (await client.list_prompts()).prompts
        assert [p.name for p in prompts] == ["summarize_note"]
        prompt = await client.get_prompt("summarize_note", {"name": "welcome.md"})
        assert "Summarize the note 'welcome.md'" in getattr(prompt.messages[0].content, "text", "")
        embedded = prompt.messages[1].content
        assert embedded.type == "resource" and embedded.resource.uri == "notes://welcome.md"


async def test_notes_reports_clear_errors_and_enforces_the_size_cap(tmp_path: Path) -> None:
    async with notes_client(tmp_path) as client:
        missing = error_text(await client.call_tool("read_note", {"name": "nope.md"}))
        assert "There is no note named 'nope.md'" in missing
        assert "no note named" in error_text(
            await client.call_tool("delete_note", {"name": "nope.md"})
        )
        assert "is a folder" in error_text(
            await client.call_tool("read_note", {"name": "projects"})
        )
        assert "query is empty" in error_text(
            await client.call_tool("search_notes", {"query": " "})
        )

        limit = 64 * 1024
        at_limit = await client.call_tool("write_note", {"name": "big.txt", "text": "x" * limit})
        assert f"({limit} bytes)" in ok_text(at_limit)
        over = await client.call_tool("write_note", {"name": "big2.txt", "text": "x" * (limit + 1)})
        assert f"{limit + 1} bytes; a note may hold at most {limit} bytes" in error_text(over)
        assert not (tmp_path / "big2.txt").exists()

        with pytest.raises(MCPError, match=re.escape("no note named 'nope.md'")):
            await client.read_resource("notes://nope.md")
        with pytest.raises(MCPError, match=re.escape("no note named 'nope.md'")):
            await client.get_prompt("summarize_note", {"name": "nope.md"})


@pytest.fixture
def escape_workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A workspace holding one note and two symbolic links that lead outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("TOP SECRET credentials\n")
    root = tmp_path / "notes"
    root.mkdir()
    (root / "todo.md").write_text("buy milk\n")
    (root / "secret-link.md").symlink_to(outside / "secret.txt")
    (root / "escape-dir").symlink_to(outside, target_is_directory=True)
    return root, outside


ESCAPING_NAMES = {
    "../outside/secret.txt": "'..' is not allowed",
    "projects/../../outside/secret.txt": "'..' is not allowed",
    "/etc/passwd": "absolute paths are not allowed",
    "../escape.md": "'..' is not allowed",
    "secret-link.md": "outside the notes workspace through a symbolic link",
    "escape-dir/secret.txt": "outside the notes workspace through a symbolic link",
    "escape-dir/new.md": "outside the notes workspace through a symbolic link",
    "..\\outside\\secret.txt": "use '/' between folders",
    ".": "names the workspace folder itself",
    "evil\x00name.md": "cannot contain control or invalid characters",
    "": "A note name is required",
}


async def test_notes_refuses_every_path_that_escapes_the_workspace(
    escape_workspace: tuple[Path, Path],
) -> None:
    root, outside = escape_workspace
    async with notes_client(root) as client:
        for name, reason in ESCAPING_NAMES.items():
            for tool in ("read_note", "delete_note"):
                message = error_text(await client.call_tool(tool, {"name": name}))
                assert reason in message, (tool, name, message)
            written = await client.call_tool("write_note", {"name": name, "text": "pwned"})
            assert reason in error_text(written), (name, text_of(written))

        assert (outside / "secret.txt").read_text() == "TOP SECRET credentials\n"
        assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]
        assert not (root.parent / "escape.md").exists()
        assert (root / "secret-link.md").is_symlink()

        listing = ok_text(await client.call_tool("list_notes", {}))
        assert listing == "1 note:\n- todo.md (9 bytes)"
        assert "No note mentions" in ok_text(
            await client.call_tool("search_notes", {"query": "secret credentials"})
        )
        assert [r.name for r in (await client.list_resources()).resources] == ["todo.md"]

        with pytest.raises(MCPError, match=re.escape("'..' is not allowed")):
            await client.read_resource("notes://..%2Foutside%2Fsecret.txt")
        with pytest.raises(MCPError, match=re.escape("absolute paths are not allowed")):
            await client.read_resource("notes://%2Fetc%2Fpasswd")
        with pytest.raises(MCPError, match=re.escape("through a symbolic link")):
            await client.read_resource("notes://secret-link.md")
        with pytest.raises(MCPError, match=re.escape("through a symbolic link")):
            await client.get_prompt("summarize_note", {"name": "escape-dir/secret.txt"})


async def test_notes_serves_the_modern_era_over_stdio(tmp_path: Path) -> None:
    async with notes_client(tmp_path, mode=MODERN) as client:
        assert client.protocol_version == MODERN
        written = await client.call_tool("write_note", {"name": "modern.md", "text": "hello"})
        assert "Created note 'modern.md'" in ok_text(written)
        assert ok_text(await client.call_tool("read_note", {"name": "modern.md"})) == "hello"
        assert "modern.md:1: hello" in ok_text(
            await client.call_tool("search_notes", {"query": "HELLO"})
        )
        assert "'..' is not allowed" in error_text(
            await client.call_tool("read_note", {"name": "../x"})
        )
        read = await client.read_resource("notes://modern.md")
        assert getattr(read.contents[0], "text", "") == "hello"
        assert "Deleted" in ok_text(await client.call_tool("delete_note", {"name": "modern.md"}))
    async with notes_client(tmp_path, mode="auto") as client:
        assert client.protocol_version == MODERN


def test_notes_seeds_only_an_empty_workspace_and_rejects_a_file_as_root(tmp_path: Path) -> None:
    from mcpwarden.demo.servers.notes import SEED_NOTES, NotesWorkspace

    fresh = NotesWorkspace.open(tmp_path / "fresh")
    assert [note.name for note in fresh.notes()] == sorted(SEED_NOTES)
    used = tmp_path / "used"
    used.mkdir()
    (used / "mine.md").write_text("mine")
    assert [note.name for note in NotesWorkspace.open(used).notes()] == ["mine.md"]

    not_a_dir = tmp_path / "file.txt"
    not_a_dir.write_text("x")
    run = subprocess.run(
        [sys.executable, "-m", "mcpwarden.demo.servers.notes", "--root", str(not_a_dir)],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        timeout=15,
    )
    assert run.returncode == 2
    assert f"cannot use {not_a_dir} as the workspace" in run.stderr


# -------------------------------------------------------------------------------------- tickets


def start_tickets_server(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "mcpwarden.demo.servers.tickets", *args],
        env={**os.environ, "PYTHONPATH": SRC},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            line = process.stdout.readline()
            if line.startswith(TICKETS_READY_PREFIX):
                return process, line.removeprefix(TICKETS_READY_PREFIX).strip()
        if process.poll() is not None:
            break
    process.kill()
    _, stderr = process.communicate()
    raise AssertionError(f"tickets server did not start: {stderr}")


@pytest.fixture(scope="module")
def tickets_url() -> Iterator[str]:
    process, url = start_tickets_server("--port", "0")
    yield url
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Recorder:
    def __init__(self) -> None:
        self.progress: list[tuple[float, float | None, str | None]] = []
        self.logs: list[Any] = []

    async def on_progress(self, progress: float, total: float | None, message: str | None) -> None:
        self.progress.append((progress, total, message))

    async def on_log(self, params: Any) -> None:
        self.logs.append(params)


def tickets_client(url: str, mode: str, recorder: Recorder) -> Client:
    return Client(
        url,
        mode=mode,
        logging_callback=recorder.on_log,
        # A 2026-07-28 request receives log messages only when it opts in with a level.
        log_level="info" if mode != "legacy" else None,
    )


@pytest.mark.parametrize("mode", ["legacy", MODERN])
async def test_tickets_every_tool_resource_and_prompt_on_both_eras(
    tickets_url: str, mode: str
) -> None:
    recorder = Recorder()
    async with tickets_client(tickets_url, mode, recorder) as client:
        if mode == "legacy":
            assert client.protocol_version in HANDSHAKE_VERSIONS
        else:
            assert client.protocol_version == MODERN

        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert set(tools) == {
            "search_tickets",
            "get_ticket",
            "create_ticket",
            "add_comment",
            "close_ticket",
        }
        output_schema = tools["get_ticket"].output_schema
        assert output_schema is not None and "comments" in output_schema["properties"]
        create_props = tools["create_ticket"].input_schema["properties"]
        assert create_props["priority"]["enum"] == ["low", "normal", "high"]
        assert "ctx" not in create_props
        close_annotations = tools["close_ticket"].annotations
        assert close_annotations is not None and close_annotations.destructive_hint is True
        search_annotations = tools["search_tickets"].annotations
        assert search_annotations is not None and search_annotations.read_only_hint is True

        billing = ok_text(await client.call_tool("search_tickets", {"query": "BILLING"}))
        assert "TCK-103 [open, normal] Add CSV export" in billing
        closed = ok_text(
            await client.call_tool("search_tickets", {"query": "pricing", "status": "closed"})
        )
        assert closed.startswith("1 ticket:\nTCK-106 [closed, low]")

        ticket = await client.call_tool("get_ticket", {"id": "105"})
        assert not ticket.is_error
        assert ticket.structured_content is not None
        assert ticket.structured_content["id"] == "TCK-105"
        assert ticket.structured_content["comments"][0]["author"] == "lena.fischer"

        created = await client.call_tool(
            "create_ticket",
            {
                "title": f"SSO login loops ({mode})",
                "body": "Redirects forever.",
                "priority": "high",
            },
            progress_callback=recorder.on_progress,
        )
        created_text = ok_text(created)
        assert created_text.startswith("Created TCK-") and "(high priority)" in created_text
        new_id = created_text.split()[1]
        assert [step[0] for step in recorder.progress] == [1, 2, 3]
        assert all(step[1] == 3 and step[2] for step in recorder.progress)
        assert any(created_text in str(log.data) for log in recorder.logs), recorder.logs

        commented = ok_text(
            await client.call_tool("add_comment", {"id": new_id, "text": "Seen on Safari."})
        )
        assert commented == f"Added comment #1 to {new_id}."
        closing = {"id": new_id.lower(), "resolution": "Fixed in 2.14.1"}
        assert ok_text(await client.call_tool("close_ticket", closing)) == (
            f"Closed {new_id}: Fixed in 2.14.1"
        )
        again = error_text(await client.call_tool("close_ticket", closing))
        assert f"{new_id} is already closed (resolution: Fixed in 2.14.1)" in again

        final = await client.call_tool("get_ticket", {"id": new_id})
        assert final.structured_content is not None
        assert final.structured_content["status"] == "closed"
        assert final.structured_content["comments"][0]["text"] == "Seen on Safari."

        resources = {r.name: r for r in (await client.list_resources()).resources}
        assert resources[new_id].uri == f"tickets://{new_id}"
        templates = (await client.list_resource_templates()).resource_templates
        assert [t.uri_template for t in templates] == ["tickets://{id}"]
        read = await client.read_resource("tickets://TCK-101")
        assert '"id": "TCK-101"' in getattr(read.contents[0], "text", "")

        prompt = await client.get_prompt("triage", {"id": "TCK-107"})
        assert "Triage ticket TCK-107" in getattr(prompt.messages[0].content, "text", "")
        embedded = prompt.messages[1].content
        assert embedded.type == "resource" and embedded.resource.uri == "tickets://TCK-107"


@pytest.mark.parametrize("mode", ["legacy", MODERN])
async def test_tickets_reports_clear_errors(tickets_url: str, mode: str) -> None:
    async with tickets_client(tickets_url, mode, Recorder()) as client:
        missing = error_text(await client.call_tool("get_ticket", {"id": "TCK-999"}))
        assert "There is no ticket TCK-999" in missing
        assert "is not a ticket id" in error_text(
            await client.call_tool("add_comment", {"id": "DROP TABLE", "text": "x"})
        )
        bad_priority = await client.call_tool(
            "create_ticket", {"title": "t", "body": "b", "priority": "urgent"}
        )
        assert "'low', 'normal' or 'high'" in error_text(bad_priority)
        assert "The title is empty" in error_text(
            await client.call_tool("create_ticket", {"title": "  ", "body": "b"})
        )
        assert "The comment is empty" in error_text(
            await client.call_tool("add_comment", {"id": "TCK-101", "text": ""})
        )
        with pytest.raises(MCPError, match=re.escape("There is no ticket TCK-999")):
            await client.read_resource("tickets://TCK-999")
        with pytest.raises(MCPError, match=re.escape("There is no ticket TCK-999")):
            await client.get_prompt("triage", {"id": "TCK-999"})


async def test_tickets_one_tracker_serves_both_eras_and_auto_picks_modern(tickets_url: str) -> None:
    async with tickets_client(tickets_url, "legacy", Recorder()) as legacy:
        created = ok_text(
            await legacy.call_tool(
                "create_ticket", {"title": "Shared between eras", "body": "Filed over legacy."}
            )
        )
        new_id = created.split()[1]
    async with Client(tickets_url) as auto:
        assert auto.protocol_version == MODERN
        ticket = await auto.call_tool("get_ticket", {"id": new_id})
        assert ticket.structured_content is not None
        assert ticket.structured_content["title"] == "Shared between eras"
        assert ticket.structured_content["priority"] == "normal"


def test_tickets_reports_a_port_it_cannot_listen_on(tickets_url: str) -> None:
    port = tickets_url.rsplit(":", 1)[1].split("/")[0]
    run = subprocess.run(
        [sys.executable, "-m", "mcpwarden.demo.servers.tickets", "--port", port],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        timeout=15,
    )
    assert run.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in run.stderr
