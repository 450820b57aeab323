"""Server-Sent Events framing (WHATWG HTML §9.2), incremental and byte-oriented.

The relay parses every SSE response of an upstream on the hot path, so the parser works on whole
chunks with `bytes` methods (find/split/replace, which run in C) and loops in Python only per line.
Event data stays `bytes`: it is a JSON-RPC message that `Message.from_upstream` reads next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from mcpwarden.wire.errors import UPSTREAM_ERROR, ProtocolError

DEFAULT_MAX_EVENT_BYTES: Final = 16 * 1024 * 1024

_BOM: Final = b"\xef\xbb\xbf"
_LF: Final = b"\n"
_CR: Final = b"\r"


@dataclass(slots=True)
class SSEEvent:
    """One dispatched event.

    `id` and `retry` are the fields of this event's own block (None when it had none); the SSE
    "last event ID" that a browser carries over between events is the consumer's business.
    A block with an `id` or `retry` field but no `data` line is reported too, with `data == b""`,
    so that a relay can pass those fields on; empty data never holds a JSON-RPC message.
    """

    data: bytes
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEParser:
    """Incremental parser: `feed(chunk)` returns the events completed by that chunk.

    Handles LF, CRLF and CR line endings (also split across chunks), multi-line data (joined
    with LF), comments, the `event`/`id`/`retry` fields and a UTF-8 BOM at the start. An event
    larger than `max_event_bytes` (data plus the line being read) raises ProtocolError with
    reason "sse_event_too_large"; the parser is unusable afterwards.
    """

    __slots__ = (
        "_at_start", "_cr_pending", "_data", "_data_size", "_event", "_has_data",
        "_head", "_id", "_max", "_partial", "_retry",
    )

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._max = max_event_bytes
        self._at_start = True
        self._head = b""  # the first bytes, held until we know whether they start with a BOM
        self._cr_pending = False  # the last chunk ended in CR: a leading LF in the next is its pair
        self._partial = bytearray()  # the unterminated line carried over from earlier chunks
        self._reset_block()

    def _reset_block(self) -> None:
        self._data: list[bytes] = []
        self._data_size = 0
        self._has_data = False
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        if self._at_start:
            chunk = self._strip_bom(chunk)
        if not chunk:
            return []
        if self._cr_pending:
            self._cr_pending = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
        if _CR in chunk:
            self._cr_pending = chunk.endswith(_CR)
            chunk = chunk.replace(b"\r\n", _LF).replace(_CR, _LF)
        if _LF not in chunk:  # the middle of a long line: no copy beyond the append
            self._partial += chunk
            self._check_size()
            return []
        lines = chunk.split(_LF)  # at least two items: the LF check above guarantees one LF
        unterminated = lines.pop()
        if self._partial:
            self._partial += lines[0]
            lines[0] = bytes(self._partial)
            self._partial.clear()
        self._partial += unterminated
        events = self._process_lines(lines)
        self._check_size()
        return events

    def close(self) -> list[SSEEvent]:
        """End of stream. An unterminated event is dropped, as the SSE spec says."""
        self._partial.clear()
        self._reset_block()
        return []

    def _strip_bom(self, chunk: bytes) -> bytes:
        head = self._head + chunk
        if len(head) < len(_BOM) and _BOM.startswith(head):
            self._head = head
            return b""
        self._at_start = False
        self._head = b""
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _process_lines(self, lines: list[bytes]) -> list[SSEEvent]:
        events: list[SSEEvent] = []
        for line in lines:
            if not line:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
            elif line.startswith(b"data:"):
                self._add_data(line[6:] if line.startswith(b"data: ") else line[5:])
            elif line[0] != 0x3A:  # a line starting with ':' is a comment
                self._field(line)
        return events

    def _field(self, line: bytes) -> None:
        name, colon, value = line.partition(b":")
        if colon and value.startswith(b" "):
            value = value[1:]
        if name == b"event":
            self._event = value.decode("utf-8", "replace") or None
        elif name == b"data":
            self._add_data(value)  # "data" without a colon: an empty data line
        elif name == b"id":
            if b"\0" not in value:
                self._id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit() and len(value) <= 18:
            self._retry = int(value)

    def _add_data(self, value: bytes) -> None:
        self._data.append(value)
        self._has_data = True
        self._data_size += len(value) + 1
        if self._data_size > self._max:
            self._too_large()

    def _dispatch(self) -> SSEEvent | None:
        if self._has_data:
            data = self._data[0] if len(self._data) == 1 else _LF.join(self._data)
        elif self._id is not None or self._retry is not None:
            data = b""
        else:
            self._reset_block()
            return None
        event = SSEEvent(data, self._event, self._id, self._retry)
        self._reset_block()
        return event

    def _check_size(self) -> None:
        if self._data_size + len(self._partial) > self._max:
            self._too_large()

    def _too_large(self) -> None:
        limit = self._max
        self._partial.clear()
        self._reset_block()
        raise ProtocolError(
            UPSTREAM_ERROR,
            f"The upstream sent a Server-Sent Event larger than the {limit}-byte limit",
            reason="sse_event_too_large",
            http_status=502,
        )


def _single_line(value: str, field: str) -> bytes:
    if "\n" in value or "\r" in value:
        raise ValueError(f"An SSE {field} must not contain a line break: {value!r}")
    return value.encode("utf-8")


def encode_event(
    data: bytes, *, event: str | None = None, id: str | None = None, retry: int | None = None
) -> bytes:
    """One SSE event. Data with line breaks is split into several `data:` lines."""
    parts: list[bytes] = []
    if event is not None:
        parts += (b"event: ", _single_line(event, "event name"), _LF)
    if id is not None:
        if "\0" in id:
            raise ValueError(f"An SSE event id must not contain NUL: {id!r}")
        parts += (b"id: ", _single_line(id, "event id"), _LF)
    if retry is not None:
        if retry < 0:
            raise ValueError(f"An SSE retry must be a non-negative integer, not {retry}")
        parts += (b"retry: ", str(retry).encode("ascii"), _LF)
    if _LF in data or _CR in data:
        for line in data.splitlines():
            parts += (b"data: ", line, _LF)
        if data.endswith((_LF, _CR)):  # splitlines drops the empty last line; keep it
            parts += (b"data: ", _LF)
    else:
        parts += (b"data: ", data, _LF)
    parts.append(_LF)
    return b"".join(parts)


def encode_comment(text: str = "") -> bytes:
    """An SSE comment, as sent for keep-alive: `: text` and a blank line (`:` alone if empty)."""
    if not text:
        return b":\n\n"
    return b": " + _single_line(text, "comment") + b"\n\n"
