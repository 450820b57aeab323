"""Demo MCP server: an in-memory issue tracker, over Streamable HTTP.

    python -m mcpwarden.demo.servers.tickets --port N [--host 127.0.0.1]

The endpoint is `/mcp`; it serves both protocol eras (the legacy `initialize` handshake with
`Mcp-Session-Id` sessions, and the stateless 2026-07-28 wire). `--port 0` picks a free port.
Once the socket is bound, one line naming the endpoint URL is printed on stdout:

    mcpwarden demo tickets server: http://127.0.0.1:8123/mcp

The tracker starts with eight tickets and forgets every change when the process exits.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
import warnings
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

import uvicorn
from mcp.server.mcpserver import Context, MCPServer, Message, UserMessage
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.shared.exceptions import MCPDeprecationWarning, MCPError
from mcp.types import (
    INVALID_PARAMS,
    EmbeddedResource,
    Resource,
    TextResourceContents,
    ToolAnnotations,
)
from pydantic import BaseModel, Field

SERVER_NAME: Final = "mcpwarden-demo-tickets"
ENDPOINT_PATH: Final = "/mcp"
READY_PREFIX: Final = "mcpwarden demo tickets server: "
ID_PREFIX: Final = "TCK-"
MAX_TITLE_CHARS: Final = 200
MAX_TEXT_CHARS: Final = 8000
MAX_SEARCH_RESULTS: Final = 50
ACTING_USER: Final = "mcp-user"

Status = Literal["open", "in_progress", "closed"]
Priority = Literal["low", "normal", "high"]

TicketId = Annotated[
    str, Field(description="Ticket id such as 'TCK-104' (the number alone, '104', also works).")
]


class Comment(BaseModel):
    author: str = Field(description="Who wrote the comment.")
    text: str = Field(description="The comment text.")
    created_at: str = Field(description="When the comment was added (ISO 8601, UTC).")


class Ticket(BaseModel):
    """One ticket of the tracker."""

    id: str = Field(description="Ticket id, e.g. 'TCK-104'.")
    title: str = Field(description="One-line summary.")
    body: str = Field(description="Full description of the problem or request.")
    status: Status = Field(description="Workflow state.")
    priority: Priority = Field(description="How urgent the ticket is.")
    reporter: str = Field(description="Who opened the ticket.")
    assignee: str | None = Field(description="Who is working on it, if anyone.")
    labels: list[str] = Field(description="Free-form labels such as 'bug' or 'billing'.")
    created_at: str = Field(description="When the ticket was opened (ISO 8601, UTC).")
    updated_at: str = Field(description="When the ticket last changed (ISO 8601, UTC).")
    resolution: str | None = Field(description="How the ticket was resolved, once closed.")
    comments: list[Comment] = Field(description="Discussion, oldest first.")

    def summary_line(self) -> str:
        labels = f" (labels: {', '.join(self.labels)})" if self.labels else ""
        return f"{self.id} [{self.status}, {self.priority}] {self.title}{labels}"

    def matches(self, needle: str) -> bool:
        haystacks = (self.title, self.body, *self.labels)
        return any(needle in text.casefold() for text in haystacks)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class TicketNotFound(LookupError):
    pass


class TicketTracker:
    """The tickets, in memory. Used only from the event loop, so it needs no locking."""

    def __init__(self, tickets: Sequence[Ticket] = ()) -> None:
        self._tickets: dict[str, Ticket] = {ticket.id: ticket for ticket in tickets}
        numbers = [int(ticket.id.removeprefix(ID_PREFIX)) for ticket in tickets]
        self._next_number = max(numbers, default=100) + 1

    @classmethod
    def seeded(cls) -> TicketTracker:
        return cls([Ticket.model_validate(ticket) for ticket in SEED_TICKETS])

    def all(self) -> list[Ticket]:
        return sorted(self._tickets.values(), key=lambda ticket: int(ticket.id[len(ID_PREFIX) :]))

    def get(self, raw_id: str) -> Ticket:
        ticket_id = normalize_id(raw_id)
        ticket = self._tickets.get(ticket_id)
        if ticket is None:
            raise TicketNotFound(
                f"There is no ticket {ticket_id}; search_tickets lists the existing tickets."
            )
        return ticket

    def search(self, query: str, status: Status | None) -> list[Ticket]:
        needle = query.strip().casefold()
        return [
            ticket
            for ticket in self.all()
            if (status is None or ticket.status == status) and ticket.matches(needle)
        ]

    def create(self, title: str, body: str, priority: Priority) -> Ticket:
        now = _now()
        ticket = Ticket(
            id=f"{ID_PREFIX}{self._next_number}",
            title=title,
            body=body,
            status="open",
            priority=priority,
            reporter=ACTING_USER,
            assignee=None,
            labels=[],
            created_at=now,
            updated_at=now,
            resolution=None,
            comments=[],
        )
        self._next_number += 1
        self._tickets[ticket.id] = ticket
        return ticket

    def comment(self, raw_id: str, text: str) -> tuple[Ticket, int]:
        ticket = self.get(raw_id)
        now = _now()
        ticket.comments.append(Comment(author=ACTING_USER, text=text, created_at=now))
        ticket.updated_at = now
        return ticket, len(ticket.comments)

    def close(self, raw_id: str, resolution: str) -> Ticket:
        ticket = self.get(raw_id)
        if ticket.status == "closed":
            raise ToolError(
                f"{ticket.id} is already closed (resolution: {ticket.resolution or 'none given'})."
            )
        ticket.status = "closed"
        ticket.resolution = resolution
        ticket.updated_at = _now()
        return ticket


def normalize_id(raw_id: str) -> str:
    """'tck-104', ' TCK-104 ' and '104' all name TCK-104; anything else is refused."""
    candidate = raw_id.strip().upper()
    number = candidate.removeprefix(ID_PREFIX)
    if not number.isdecimal() or not number.isascii() or len(number) > 9:
        raise TicketNotFound(f"{raw_id!r} is not a ticket id; ticket ids look like 'TCK-104'.")
    return f"{ID_PREFIX}{int(number)}"


def _checked_text(label: str, text: str, limit: int) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ToolError(f"The {label} is empty; write a few words.")
    if len(cleaned) > limit:
        raise ToolError(f"The {label} is {len(cleaned)} characters long; the limit is {limit}.")
    return cleaned


def ticket_uri(ticket_id: str) -> str:
    return f"tickets://{ticket_id}"


def _ticket_json(ticket: Ticket) -> str:
    return ticket.model_dump_json(indent=2)


class TicketsServer(MCPServer[Any]):
    """MCPServer whose resource list also names every ticket (read through the template)."""

    def __init__(self, tracker: TicketTracker) -> None:
        super().__init__(
            SERVER_NAME,
            title="Tickets (mcpwarden demo)",
            version="1.0.0",
            instructions=(
                "An issue tracker. Find tickets with search_tickets, read one with get_ticket, "
                "then create_ticket, add_comment or close_ticket."
            ),
            log_level="WARNING",
        )
        self.tracker = tracker

    async def list_resources(self) -> list[Resource]:
        listed = await super().list_resources()
        for ticket in self.tracker.all():
            listed.append(
                Resource(
                    uri=ticket_uri(ticket.id),
                    name=ticket.id,
                    title=ticket.title,
                    mime_type="application/json",
                )
            )
        return listed


READ_ONLY: Final = ToolAnnotations(read_only_hint=True, open_world_hint=False)
ADDITIVE: Final = ToolAnnotations(
    read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=False
)
OVERWRITES: Final = ToolAnnotations(
    read_only_hint=False, destructive_hint=True, idempotent_hint=False, open_world_hint=False
)


def build_tickets_server(tracker: TicketTracker | None = None) -> TicketsServer:
    server = TicketsServer(tracker if tracker is not None else TicketTracker.seeded())
    _register_read_tools(server, server.tracker)
    _register_write_tools(server, server.tracker)
    _register_resources_and_prompts(server, server.tracker)
    return server


def _register_read_tools(server: TicketsServer, tracker: TicketTracker) -> None:
    @server.tool(title="Search tickets", annotations=READ_ONLY, structured_output=False)
    async def search_tickets(
        query: Annotated[
            str,
            Field(
                description=(
                    "Words to look for in titles, descriptions and labels (case-insensitive). "
                    "An empty query matches every ticket."
                )
            ),
        ],
        status: Annotated[
            Status | None, Field(description="Only tickets in this state; omit for all states.")
        ] = None,
    ) -> str:
        """Find tickets by text and, optionally, status. Returns one line per ticket."""
        found = tracker.search(query, status)
        if not found:
            scope = f" with status {status!r}" if status else ""
            return f"No ticket{scope} matches {query.strip()!r}."
        lines = [ticket.summary_line() for ticket in found[:MAX_SEARCH_RESULTS]]
        more = len(found) - len(lines)
        if more:
            lines.append(f"... and {more} more; refine the query.")
        return "\n".join([f"{len(found)} ticket{'s' if len(found) != 1 else ''}:", *lines])

    @server.tool(title="Get a ticket", annotations=READ_ONLY)
    async def get_ticket(id: TicketId) -> Ticket:
        """Return one ticket with all its fields and comments."""
        try:
            return tracker.get(id).model_copy(deep=True)
        except TicketNotFound as exc:
            raise ToolError(str(exc)) from exc


def _register_write_tools(server: TicketsServer, tracker: TicketTracker) -> None:
    @server.tool(
        title="Create a ticket",
        annotations=ADDITIVE,
        structured_output=False,
    )
    async def create_ticket(
        title: Annotated[str, Field(description="One-line summary, at most 200 characters.")],
        body: Annotated[
            str, Field(description="What happened, what was expected, and how to reproduce it.")
        ],
        ctx: Context[Any, Any],
        priority: Annotated[
            Priority, Field(description="How urgent it is: low, normal or high.")
        ] = "normal",
    ) -> str:
        """Open a new ticket. Reports progress while it validates, files and routes it."""
        await ctx.report_progress(1, 3, "Validating the ticket")
        clean_title = _checked_text("title", title, MAX_TITLE_CHARS)
        clean_body = _checked_text("description", body, MAX_TEXT_CHARS)
        await ctx.report_progress(2, 3, "Filing the ticket")
        ticket = tracker.create(clean_title, clean_body, priority)
        await ctx.report_progress(3, 3, "Notifying the triage queue")
        await _log_info(ctx, f"Created {ticket.id} ({priority} priority): {ticket.title}")
        return f"Created {ticket.id} ({priority} priority): {ticket.title}"

    @server.tool(
        title="Comment on a ticket",
        annotations=ADDITIVE,
        structured_output=False,
    )
    async def add_comment(
        id: TicketId,
        text: Annotated[str, Field(description="The comment, at most 8000 characters.")],
    ) -> str:
        """Add a comment to a ticket."""
        try:
            ticket, number = tracker.comment(id, _checked_text("comment", text, MAX_TEXT_CHARS))
        except TicketNotFound as exc:
            raise ToolError(str(exc)) from exc
        return f"Added comment #{number} to {ticket.id}."

    @server.tool(
        title="Close a ticket",
        annotations=OVERWRITES,
        structured_output=False,
    )
    async def close_ticket(
        id: TicketId,
        resolution: Annotated[
            str,
            Field(
                description="How it was resolved, e.g. 'Fixed in 2.14.1' or 'Duplicate of TCK-102'."
            ),
        ],
    ) -> str:
        """Close a ticket with a resolution."""
        try:
            ticket = tracker.close(id, _checked_text("resolution", resolution, MAX_TEXT_CHARS))
        except TicketNotFound as exc:
            raise ToolError(str(exc)) from exc
        return f"Closed {ticket.id}: {ticket.resolution}"


async def _log_info(ctx: Context[Any, Any], message: str) -> None:
    # Logging is deprecated as of 2026-07-28 (main() silences that warning), but legacy clients
    # show these messages, and modern clients still get them when a request opts in.
    await ctx.info(message, logger_name="tickets")


def _register_resources_and_prompts(server: TicketsServer, tracker: TicketTracker) -> None:
    @server.resource("tickets://{id}", name="ticket", title="Ticket", mime_type="application/json")
    async def ticket_resource(id: str) -> str:
        """One ticket as JSON."""
        try:
            return _ticket_json(tracker.get(id))
        except TicketNotFound as exc:
            raise ResourceNotFoundError(str(exc)) from exc

    @server.prompt(title="Triage a ticket")
    async def triage(id: TicketId) -> list[Message]:
        """Ask the model to triage one ticket: priority, labels, owner team and a first reply."""
        try:
            ticket = tracker.get(id)
        except TicketNotFound as exc:
            raise MCPError(INVALID_PARAMS, str(exc)) from exc
        contents = TextResourceContents(
            uri=ticket_uri(ticket.id), mime_type="application/json", text=_ticket_json(ticket)
        )
        return [
            UserMessage(
                f"Triage ticket {ticket.id}. Decide its priority (low, normal or high), suggest "
                "labels and the team that should own it, and draft a short first reply to the "
                "reporter. Point out anything that looks like a duplicate or a security issue."
            ),
            UserMessage(EmbeddedResource(type="resource", resource=contents)),
        ]


def endpoint_url(host: str, port: int) -> str:
    shown_host = f"[{host}]" if ":" in host else host
    return f"http://{shown_host}:{port}{ENDPOINT_PATH}"


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


async def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    tracker: TicketTracker | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the tracker until cancelled or signalled; `on_ready` gets the endpoint URL."""
    app = build_tickets_server(tracker).streamable_http_app(
        streamable_http_path=ENDPOINT_PATH, host=host
    )
    sock = bind_socket(host, port)
    bound_port: int = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2)
    if on_ready is not None:
        on_ready(endpoint_url(host, bound_port))
    await uvicorn.Server(config).serve(sockets=[sock])


def _announce(url: str) -> None:
    print(f"{READY_PREFIX}{url}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mcpwarden.demo.servers.tickets",
        description="Demo MCP server (Streamable HTTP at /mcp): an in-memory issue tracker.",
    )
    parser.add_argument("--port", type=int, required=True, help="TCP port; 0 picks a free one")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=MCPDeprecationWarning)
    if not 0 <= args.port <= 65535:
        parser.error(f"--port must be between 0 and 65535, not {args.port}")
    try:
        asyncio.run(serve(args.host, args.port, on_ready=_announce))
    except OSError as exc:
        print(
            f"tickets demo server: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 2
    except KeyboardInterrupt:
        pass
    return 0


SEED_TICKETS: Final[list[dict[str, Any]]] = [
    {
        "id": "TCK-101",
        "title": "Checkout returns 502 for carts with more than 50 items",
        "body": (
            "Customers with large carts get a 502 Bad Gateway on POST /checkout. The payment "
            "service times out after 10 s while pricing every line item one by one."
        ),
        "status": "open",
        "priority": "high",
        "reporter": "lena.fischer",
        "assignee": "marco.rossi",
        "labels": ["bug", "checkout"],
        "created_at": "2025-03-03T09:14:00Z",
        "updated_at": "2025-03-04T16:40:00Z",
        "resolution": None,
        "comments": [
            {
                "author": "marco.rossi",
                "text": "Reproduced with 64 items. Batching the price lookups should fix it.",
                "created_at": "2025-03-04T16:40:00Z",
            }
        ],
    },
    {
        "id": "TCK-102",
        "title": "Password reset email arrives after the link has expired",
        "body": (
            "Reset emails are queued behind the weekly newsletter and arrive up to 40 minutes "
            "late; the link is only valid for 30 minutes."
        ),
        "status": "in_progress",
        "priority": "high",
        "reporter": "support-bot",
        "assignee": "priya.nair",
        "labels": ["bug", "email", "auth"],
        "created_at": "2025-03-05T11:02:00Z",
        "updated_at": "2025-03-06T08:15:00Z",
        "resolution": None,
        "comments": [],
    },
    {
        "id": "TCK-103",
        "title": "Add CSV export to the invoices page",
        "body": "Finance wants to download the filtered invoice list as CSV for month-end close.",
        "status": "open",
        "priority": "normal",
        "reporter": "tom.becker",
        "assignee": None,
        "labels": ["feature", "billing"],
        "created_at": "2025-03-06T14:30:00Z",
        "updated_at": "2025-03-06T14:30:00Z",
        "resolution": None,
        "comments": [],
    },
    {
        "id": "TCK-104",
        "title": "Dark mode: chart labels are unreadable",
        "body": "Axis labels on the usage dashboard stay dark grey in dark mode.",
        "status": "open",
        "priority": "low",
        "reporter": "ana.silva",
        "assignee": None,
        "labels": ["ui"],
        "created_at": "2025-03-07T10:05:00Z",
        "updated_at": "2025-03-07T10:05:00Z",
        "resolution": None,
        "comments": [],
    },
    {
        "id": "TCK-105",
        "title": "Nightly backup job failed twice this week",
        "body": (
            "The Postgres backup to object storage failed on Tuesday and Thursday with "
            "'connection reset by peer' after about 20 minutes."
        ),
        "status": "in_progress",
        "priority": "high",
        "reporter": "ops-alerts",
        "assignee": "lena.fischer",
        "labels": ["ops", "database"],
        "created_at": "2025-03-07T06:30:00Z",
        "updated_at": "2025-03-08T09:00:00Z",
        "resolution": None,
        "comments": [
            {
                "author": "lena.fischer",
                "text": "Switched to multipart upload with retries; watching tonight's run.",
                "created_at": "2025-03-08T09:00:00Z",
            }
        ],
    },
    {
        "id": "TCK-106",
        "title": "Typo on the pricing page: 'anually'",
        "body": "The yearly plan toggle says 'Billed anually'.",
        "status": "closed",
        "priority": "low",
        "reporter": "ana.silva",
        "assignee": "tom.becker",
        "labels": ["ui", "website"],
        "created_at": "2025-02-27T15:20:00Z",
        "updated_at": "2025-02-28T10:00:00Z",
        "resolution": "Fixed in website release 2025.02.28.",
        "comments": [],
    },
    {
        "id": "TCK-107",
        "title": "Rate limit the public search API",
        "body": (
            "One client sent 1,200 requests per second to /api/search last night. Add a "
            "per-key limit and return 429 with Retry-After."
        ),
        "status": "open",
        "priority": "normal",
        "reporter": "priya.nair",
        "assignee": None,
        "labels": ["feature", "api", "security"],
        "created_at": "2025-03-09T22:45:00Z",
        "updated_at": "2025-03-09T22:45:00Z",
        "resolution": None,
        "comments": [],
    },
    {
        "id": "TCK-108",
        "title": "Mobile app crashes when opening a PDF invoice on Android 14",
        "body": "Crash in the PDF viewer on Android 14 only; stack trace attached in Sentry.",
        "status": "open",
        "priority": "normal",
        "reporter": "support-bot",
        "assignee": "marco.rossi",
        "labels": ["bug", "mobile", "billing"],
        "created_at": "2025-03-10T13:12:00Z",
        "updated_at": "2025-03-10T13:12:00Z",
        "resolution": None,
        "comments": [],
    },
]


if __name__ == "__main__":
    sys.exit(main())
