"""Demo MCP server: a small notes workspace confined to one directory, over stdio.

    python -m mcpwarden.demo.servers.notes --root DIR

Every note name is a path relative to DIR (`ideas.md`, `projects/roadmap.md`). Names that are
absolute, contain `..`, or resolve outside DIR through a symbolic link are refused with a tool
error that says why. An empty DIR is seeded with three short notes on first run.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Final

from mcp.server.mcpserver import MCPServer, Message, ResourceSecurity, UserMessage
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError
from mcp.shared.exceptions import MCPError
from mcp.shared.uri_template import UriTemplate
from mcp.types import (
    INVALID_PARAMS,
    EmbeddedResource,
    Resource,
    TextResourceContents,
    ToolAnnotations,
)
from pydantic import Field

SERVER_NAME: Final = "mcpwarden-demo-notes"
MAX_NOTE_BYTES: Final = 64 * 1024
MAX_READ_BYTES: Final = 1024 * 1024
MAX_SEARCH_HITS: Final = 100
MAX_QUERY_LENGTH: Final = 200
NOTE_URI_TEMPLATE: Final = "notes://{name}"
_NOTE_URI: Final = UriTemplate.parse(NOTE_URI_TEMPLATE)

NoteName = Annotated[
    str,
    Field(
        description=(
            "Path of the note relative to the notes workspace, with '/' between folders, "
            "e.g. 'ideas.md' or 'projects/q3-roadmap.md'."
        )
    ),
]


class WorkspaceError(Exception):
    """A request the workspace refuses; the message is written for whoever made the request."""


class NoteNotFound(WorkspaceError):
    pass


@dataclass(frozen=True, slots=True)
class NoteInfo:
    name: str
    size: int


class NotesWorkspace:
    """The notes under one root directory, with every path confined to that directory."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve(strict=True)
        if not self.root.is_dir():
            raise WorkspaceError(f"{root} is not a directory")

    @classmethod
    def open(cls, root: Path) -> NotesWorkspace:
        """Create `root` if needed and seed it with sample notes when it is empty."""
        root.mkdir(parents=True, exist_ok=True)
        workspace = cls(root)
        if not any(workspace.root.iterdir()):
            for name, text in SEED_NOTES.items():
                workspace.write(name, text)
        return workspace

    def path_of(self, name: str) -> Path:
        """The real path a note name points to, or WorkspaceError if it would leave the root."""
        parts = _name_parts(name)
        resolved = self.root.joinpath(*parts).resolve()
        if not resolved.is_relative_to(self.root):
            raise WorkspaceError(
                f"Refused {name!r}: it resolves outside the notes workspace "
                "through a symbolic link."
            )
        if resolved == self.root:
            raise WorkspaceError(f"{name!r} names the workspace folder itself, not a note.")
        return resolved

    def notes(self) -> list[NoteInfo]:
        """Every note in the workspace, sorted by name; links leading outside are skipped."""
        found: list[NoteInfo] = []
        for folder, _subfolders, files in os.walk(self.root):
            for file in files:
                path = Path(folder, file)
                real = path.resolve()
                if real.is_relative_to(self.root) and real.is_file():
                    name = path.relative_to(self.root).as_posix()
                    found.append(NoteInfo(name, real.stat().st_size))
        return sorted(found, key=lambda note: note.name)

    def read(self, name: str) -> str:
        path = self._existing_note(name)
        size = path.stat().st_size
        if size > MAX_READ_BYTES:
            raise WorkspaceError(
                f"{name!r} is {size} bytes; this server reads notes of at most "
                f"{MAX_READ_BYTES} bytes."
            )
        try:
            return path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise WorkspaceError(f"{name!r} is not UTF-8 text, so it is not a note.") from None

    def write(self, name: str, text: str) -> str:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            raise WorkspaceError(
                f"The text for {name!r} contains invalid Unicode (a lone surrogate)."
            ) from None
        if len(data) > MAX_NOTE_BYTES:
            raise WorkspaceError(
                f"The text for {name!r} is {len(data)} bytes; a note may hold at most "
                f"{MAX_NOTE_BYTES} bytes (64 KB). Split it into several notes."
            )
        path = self.path_of(name)
        if path.is_dir():
            raise WorkspaceError(f"{name!r} is a folder, not a note; choose another name.")
        existed = path.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return f"{'Updated' if existed else 'Created'} note {name!r} ({len(data)} bytes)."

    def delete(self, name: str) -> str:
        self._existing_note(name).unlink()
        return f"Deleted note {name!r}."

    def search(self, query: str) -> str:
        needle = query.strip().casefold()
        if not needle:
            raise WorkspaceError("The search query is empty; give a word or phrase to look for.")
        if len(needle) > MAX_QUERY_LENGTH:
            raise WorkspaceError(f"The search query is longer than {MAX_QUERY_LENGTH} characters.")
        hits: list[str] = []
        for note in self.notes():
            hits.extend(self._matching_lines(note, needle))
            if len(hits) > MAX_SEARCH_HITS:
                break
        shown_query = repr(query.strip())
        if not hits:
            return f"No note mentions {shown_query}."
        shown = hits[:MAX_SEARCH_HITS]
        header = f"{len(shown)} matching line{'s' if len(shown) != 1 else ''} for {shown_query}:"
        if len(hits) > len(shown):
            shown.append(f"(more than {MAX_SEARCH_HITS} matches; refine the query)")
        return "\n".join([header, *shown])

    def listing(self) -> str:
        notes = self.notes()
        if not notes:
            return "The workspace has no notes yet; create one with write_note."
        lines = [f"- {note.name} ({note.size} bytes)" for note in notes]
        return "\n".join([f"{len(notes)} note{'s' if len(notes) != 1 else ''}:", *lines])

    def _existing_note(self, name: str) -> Path:
        path = self.path_of(name)
        if path.is_dir():
            raise WorkspaceError(f"{name!r} is a folder, not a note; list_notes shows the notes.")
        if not path.is_file():
            raise NoteNotFound(f"There is no note named {name!r}; list_notes shows the notes.")
        return path

    def _matching_lines(self, note: NoteInfo, needle: str) -> Iterator[str]:
        if note.size > MAX_READ_BYTES:
            return
        try:
            text = (self.root / note.name).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if needle in line.casefold():
                yield f"{note.name}:{number}: {line.strip()}"


def _name_parts(name: str) -> tuple[str, ...]:
    """Split a note name into path parts, refusing anything that could address outside the root."""
    if not name.strip():
        raise WorkspaceError("A note name is required, e.g. 'projects/q3-roadmap.md'.")
    if not name.isprintable():
        raise WorkspaceError(
            f"Refused {name!r}: note names cannot contain control or invalid characters."
        )
    if "\\" in name:
        raise WorkspaceError(
            f"Refused {name!r}: use '/' between folders, not '\\' (e.g. 'projects/q3-roadmap.md')."
        )
    path = PurePosixPath(name)
    if path.is_absolute():
        raise WorkspaceError(
            f"Refused {name!r}: absolute paths are not allowed; note names are relative to the "
            "notes workspace, e.g. 'projects/q3-roadmap.md'."
        )
    if ".." in path.parts:
        raise WorkspaceError(
            f"Refused {name!r}: '..' is not allowed in note names; notes stay inside the workspace."
        )
    return path.parts


def note_uri(name: str) -> str:
    """The `notes://` URI of a note (folder separators are percent-encoded, as RFC 6570 does)."""
    return _NOTE_URI.expand({"name": name})


def _mime_type(name: str) -> str:
    return "text/markdown" if name.endswith(".md") else "text/plain"


class NotesServer(MCPServer[Any]):
    """MCPServer whose resource list also names every note (read through the template)."""

    def __init__(self, workspace: NotesWorkspace) -> None:
        super().__init__(
            SERVER_NAME,
            title="Notes (mcpwarden demo)",
            version="1.0.0",
            instructions=(
                "A notes workspace. Use list_notes and search_notes to find notes, read_note to "
                "read one, write_note to create or replace one, delete_note to remove one."
            ),
            log_level="WARNING",
        )
        self.workspace = workspace

    async def list_resources(self) -> list[Resource]:
        listed = await super().list_resources()
        for note in self.workspace.notes():
            listed.append(
                Resource(
                    uri=note_uri(note.name),
                    name=note.name,
                    mime_type=_mime_type(note.name),
                    size=note.size,
                )
            )
        return listed


def _tool_error(exc: WorkspaceError | OSError, name: str | None = None) -> ToolError:
    """A tool error whose text names the problem; OS errors omit the server's own paths."""
    if isinstance(exc, OSError):
        what = "the notes workspace" if name is None else f"note {name!r}"
        return ToolError(f"Could not access {what}: {exc.strerror or type(exc).__name__}.")
    return ToolError(str(exc))


READ_ONLY: Final = ToolAnnotations(read_only_hint=True, open_world_hint=False)
OVERWRITES: Final = ToolAnnotations(
    read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=False
)


def build_notes_server(workspace: NotesWorkspace) -> NotesServer:
    server = NotesServer(workspace)
    _register_tools(server, workspace)
    _register_resources_and_prompts(server, workspace)
    return server


def _register_tools(server: NotesServer, workspace: NotesWorkspace) -> None:
    @server.tool(title="List notes", annotations=READ_ONLY, structured_output=False)
    def list_notes() -> str:
        """List every note in the workspace with its size in bytes."""
        try:
            return workspace.listing()
        except OSError as exc:
            raise _tool_error(exc) from exc

    @server.tool(title="Read a note", annotations=READ_ONLY, structured_output=False)
    def read_note(name: NoteName) -> str:
        """Return the full text of one note."""
        try:
            return workspace.read(name)
        except (WorkspaceError, OSError) as exc:
            raise _tool_error(exc, name) from exc

    @server.tool(
        title="Write a note",
        annotations=OVERWRITES,
        structured_output=False,
    )
    def write_note(
        name: NoteName,
        text: Annotated[
            str,
            Field(description="The complete new text of the note (UTF-8, at most 64 KB)."),
        ],
    ) -> str:
        """Create a note, or replace the whole text of an existing one. Folders are created."""
        try:
            return workspace.write(name, text)
        except (WorkspaceError, OSError) as exc:
            raise _tool_error(exc, name) from exc

    @server.tool(title="Search notes", annotations=READ_ONLY, structured_output=False)
    def search_notes(
        query: Annotated[
            str,
            Field(description="Word or phrase to look for; matching ignores upper/lower case."),
        ],
    ) -> str:
        """Find the lines of all notes that contain the query, as 'note:line: text'."""
        try:
            return workspace.search(query)
        except (WorkspaceError, OSError) as exc:
            raise _tool_error(exc) from exc

    @server.tool(
        title="Delete a note",
        annotations=OVERWRITES,
        structured_output=False,
    )
    def delete_note(name: NoteName) -> str:
        """Delete one note permanently."""
        try:
            return workspace.delete(name)
        except (WorkspaceError, OSError) as exc:
            raise _tool_error(exc, name) from exc


def _register_resources_and_prompts(server: NotesServer, workspace: NotesWorkspace) -> None:
    # The workspace does its own confinement checks, so a refused name gets the same clear
    # message as on the tools instead of the SDK's generic "Unknown resource".
    @server.resource(
        NOTE_URI_TEMPLATE,
        name="note",
        title="Note",
        mime_type="text/markdown",
        security=ResourceSecurity(exempt_params={"name"}),
    )
    def note_resource(name: str) -> str:
        """A note of the workspace; '/' in the name is written %2F in the URI."""
        try:
            return workspace.read(name)
        except NoteNotFound as exc:
            raise ResourceNotFoundError(str(exc)) from exc
        except WorkspaceError as exc:
            raise MCPError(INVALID_PARAMS, str(exc), {"uri": note_uri(name)}) from exc
        except OSError as exc:
            raise ResourceError(str(_tool_error(exc, name))) from exc

    @server.prompt(title="Summarize a note")
    def summarize_note(name: NoteName) -> list[Message]:
        """Ask the model for a short summary of one note, with its action items."""
        try:
            text = workspace.read(name)
        except (WorkspaceError, OSError) as exc:
            raise MCPError(INVALID_PARAMS, str(_tool_error(exc, name))) from exc
        note = TextResourceContents(uri=note_uri(name), mime_type=_mime_type(name), text=text)
        return [
            UserMessage(
                f"Summarize the note {name!r} below in three to five bullet points, then list any "
                "action items with their owners and due dates."
            ),
            UserMessage(EmbeddedResource(type="resource", resource=note)),
        ]


SEED_NOTES: Final[dict[str, str]] = {
    "welcome.md": """\
# Welcome to the notes workspace

This folder is the demo workspace of the mcpwarden notes server.
Ask your assistant to list, search, read, write or delete notes here.
Everything stays inside this folder: paths that try to leave it are refused.
""",
    "meetings/2025-03-12-platform-sync.md": """\
# Platform sync, 12 March 2025

Attendees: Priya (chair), Marco, Lena, Tom

- The staging cluster upgrade to Kubernetes 1.31 is done; production follows next Tuesday.
- Error budget for the checkout API is 62% used; Lena will review the alert thresholds.
- The on-call rotation moves to weekly handovers on Mondays at 10:00.

Action items:
- Marco: write the rollback runbook for the production upgrade, due 14 March.
- Lena: propose new latency alerts for checkout, due 19 March.
- Tom: book the post-incident review for the 7 March outage.
""",
    "projects/q3-roadmap.md": """\
# Q3 roadmap (draft)

1. Single sign-on for the admin console (SAML and OIDC).
2. Usage-based billing: metering pipeline and invoice preview.
3. Cut p95 search latency from 480 ms to under 250 ms.

Open questions: do we keep the legacy export API alive until Q4?
Owner: Priya. Review with leadership on 2 July.
""",
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mcpwarden.demo.servers.notes",
        description="Demo MCP server (stdio): a notes workspace confined to one directory.",
    )
    parser.add_argument(
        "--root", required=True, type=Path, help="workspace directory (created and seeded if empty)"
    )
    args = parser.parse_args(argv)
    try:
        workspace = NotesWorkspace.open(args.root)
    except (OSError, WorkspaceError) as exc:
        print(f"notes demo server: cannot use {args.root} as the workspace: {exc}", file=sys.stderr)
        return 2
    build_notes_server(workspace).run("stdio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
