"""Server-Sent Events framing: incremental parsing at every chunk boundary, and encoding."""

from __future__ import annotations

import pytest

from mcpwarden.wire.errors import ProtocolError
from mcpwarden.wire.sse import SSEEvent, SSEParser, encode_comment, encode_event

STREAM = (
    b": keep-alive comment\n"
    b"event: message\n"
    b"id: 1\n"
    b'data: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}\n'
    b"\n"
    b"data: first line\n"
    b"data:second line without space\n"
    b"data:  two spaces keep one\n"
    b"\n"
    b":\n"
    b"retry: 3000\n"
    b"id: 2\n"
    b"event: message\n"
    b'data: {"jsonrpc":"2.0","id":1,"result":{"text":"caf\xc3\xa9 \xe2\x98\x95"}}\n'
    b"\n"
)

EXPECTED = [
    SSEEvent(
        b'{"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}',
        event="message", id="1",
    ),
    SSEEvent(b"first line\nsecond line without space\n two spaces keep one"),
    SSEEvent(
        b'{"jsonrpc":"2.0","id":1,"result":{"text":"caf\xc3\xa9 \xe2\x98\x95"}}',
        event="message", id="2", retry=3000,
    ),
]

LINE_ENDINGS = {
    "LF": STREAM,
    "CRLF": STREAM.replace(b"\n", b"\r\n"),
    "CR": STREAM.replace(b"\n", b"\r"),
    "mixed": STREAM.replace(b"1\n", b"1\r\n").replace(b"\n\n", b"\r\n\r"),
}


def parse_all(*chunks: bytes, max_event_bytes: int = 1 << 20) -> list[SSEEvent]:
    parser = SSEParser(max_event_bytes)
    events: list[SSEEvent] = []
    for chunk in chunks:
        events += parser.feed(chunk)
    assert parser.close() == []
    return events


@pytest.mark.parametrize("ending", LINE_ENDINGS)
def test_whole_stream(ending: str) -> None:
    assert parse_all(LINE_ENDINGS[ending]) == EXPECTED


@pytest.mark.parametrize("ending", LINE_ENDINGS)
def test_split_at_every_byte_position(ending: str) -> None:
    stream = LINE_ENDINGS[ending]
    for cut in range(len(stream) + 1):
        assert parse_all(stream[:cut], stream[cut:]) == EXPECTED, f"split at {cut}"


@pytest.mark.parametrize("ending", LINE_ENDINGS)
def test_split_at_every_pair_of_positions(ending: str) -> None:
    stream = LINE_ENDINGS[ending]
    for first in range(0, len(stream) + 1, 3):
        for second in range(first, len(stream) + 1, 2):
            chunks = (stream[:first], stream[first:second], stream[second:])
            assert parse_all(*chunks) == EXPECTED, f"split at {first}, {second}"


@pytest.mark.parametrize("ending", LINE_ENDINGS)
def test_byte_by_byte(ending: str) -> None:
    stream = LINE_ENDINGS[ending]
    assert parse_all(*(stream[i : i + 1] for i in range(len(stream)))) == EXPECTED


def test_events_are_returned_by_the_chunk_that_completes_them() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\n") == []
    assert parser.feed(b"\ndata: b\n\nda") == [SSEEvent(b"a"), SSEEvent(b"b")]
    assert parser.feed(b"ta: c\r") == []
    assert parser.feed(b"\r") == [SSEEvent(b"c")]
    assert parser.feed(b"\n") == []  # not a blank line: the LF pairs with the CR before it


def test_crlf_split_between_chunks_is_one_line_ending() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    assert parser.feed(b"\n") == []
    assert parser.feed(b"\r") == [SSEEvent(b"a")]  # a CR ends a line at once...
    assert parser.feed(b"\n") == []  # ...and the LF after it belongs to that line ending
    assert parser.feed(b"data: b\n\n") == [SSEEvent(b"b")]


def test_empty_chunks_change_nothing() -> None:
    parser = SSEParser()
    events = []
    for chunk in [b"", b"data: a\r", b"", b"\n", b"", b"\r\n", b""]:
        events += parser.feed(chunk)
    assert events == [SSEEvent(b"a")]


def test_comments_alone_produce_no_events() -> None:
    assert parse_all(b":\r\n\r\n: ping\n\n:data: x\n\n") == []


def test_fields_without_data_are_not_events_except_id_and_retry() -> None:
    assert parse_all(b"event: message\n\n") == []
    assert parse_all(b"id: 7\n\n") == [SSEEvent(b"", id="7")]
    assert parse_all(b"retry: 10\n\n") == [SSEEvent(b"", retry=10)]


def test_empty_data_line() -> None:
    assert parse_all(b"data:\n\n") == [SSEEvent(b"")]
    assert parse_all(b"data\n\n") == [SSEEvent(b"")]
    assert parse_all(b"data\ndata\n\n") == [SSEEvent(b"\n")]
    assert parse_all(b"data: a\ndata:\n\n") == [SSEEvent(b"a\n")]


def test_field_parsing_rules() -> None:
    stream = (
        b"event:update\n"  # no space after the colon
        b"id\n"  # no colon: empty value
        b"retry: 12x\n"  # not all digits: ignored
        b"unknown: field\n"
        b"Data: wrong case\n"  # field names are case-sensitive
        b"data: value: with colon\n\n"
    )
    assert parse_all(stream) == [SSEEvent(b"value: with colon", event="update", id="")]


def test_id_with_nul_is_ignored_and_fields_reset_between_events() -> None:
    stream = b"id: a\x00b\nevent: x\nretry: 5\ndata: 1\n\ndata: 2\n\n"
    assert parse_all(stream) == [SSEEvent(b"1", event="x", retry=5), SSEEvent(b"2")]


def test_non_ascii_field_values_are_decoded_as_utf8() -> None:
    assert parse_all("event: naïve\nid: ü\ndata: x\n\n".encode()) == [
        SSEEvent(b"x", event="naïve", id="ü")
    ]
    assert parse_all(b"event: \xff\ndata: x\n\n") == [SSEEvent(b"x", event="\ufffd")]


def test_data_keeps_its_bytes() -> None:
    data = b'{"t":"\xff\xfe not utf-8 \x00"}'
    assert parse_all(b"data: " + data + b"\n\n") == [SSEEvent(data)]


def test_bom_at_start_is_removed() -> None:
    assert parse_all(b"\xef\xbb\xbfdata: x\n\n") == [SSEEvent(b"x")]
    assert parse_all(b"\xef", b"\xbb", b"\xbfdata: x\n\n") == [SSEEvent(b"x")]
    assert parse_all(b"\xef\xbb", b"\xbfdata: x\n\n") == [SSEEvent(b"x")]


def test_only_one_leading_bom_is_removed() -> None:
    # a second BOM makes the first line's field name "\ufeffdata", which is not "data"
    assert parse_all(b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\ndata: y\n\n") == [SSEEvent(b"y")]
    assert parse_all(b"data: a\n\n\xef\xbb\xbfdata: x\n\n") == [SSEEvent(b"a")]


def test_stream_that_merely_starts_like_a_bom() -> None:
    assert parse_all(b"\xef", b"data: x\n\n") == []  # "\xefdata" is an unknown field
    assert parse_all(b":", b"\n", b"data: x\n\n") == [SSEEvent(b"x")]


def test_unterminated_event_is_dropped_on_close() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: complete\n\ndata: incomplete\n") == [SSEEvent(b"complete")]
    assert parser.close() == []


@pytest.mark.parametrize("chunk_size", [1, 7, 64, 4096])
def test_event_over_the_limit_is_refused(chunk_size: int) -> None:
    stream = b"data: " + b"x" * 200 + b"\n\n"
    parser = SSEParser(max_event_bytes=100)
    with pytest.raises(ProtocolError) as info:
        for i in range(0, len(stream), chunk_size):
            parser.feed(stream[i : i + chunk_size])
    assert info.value.reason == "sse_event_too_large" and info.value.http_status == 502
    assert "100-byte" in info.value.message


def test_limit_counts_all_data_lines_of_one_event() -> None:
    parser = SSEParser(max_event_bytes=100)
    with pytest.raises(ProtocolError):
        parser.feed(b"data: " + b"x" * 40 + b"\n" + b"data: " + b"y" * 40 + b"\ndata: " + b"z" * 40)


def test_endless_line_without_newline_is_refused() -> None:
    parser = SSEParser(max_event_bytes=1000)
    with pytest.raises(ProtocolError):
        for _ in range(100):
            parser.feed(b"a" * 64)


def test_events_within_the_limit_pass_and_the_limit_is_per_event() -> None:
    data = b"x" * 90
    stream = (b"data: " + data + b"\n\n") * 50
    assert parse_all(stream, max_event_bytes=100) == [SSEEvent(data)] * 50


def test_large_event_in_many_chunks() -> None:
    data = b'{"blob":"' + b"0123456789" * 100_000 + b'"}'
    stream = b"event: message\r\ndata: " + data + b"\r\n\r\n"
    chunks = [stream[i : i + 65536] for i in range(0, len(stream), 65536)]
    assert parse_all(*chunks, max_event_bytes=2 << 20) == [SSEEvent(data, event="message")]


# -- encoding --------------------------------------------------------------------------------------


def test_encode_event() -> None:
    assert encode_event(b'{"a":1}') == b'data: {"a":1}\n\n'
    assert encode_event(b"x", event="message", id="42", retry=1000) == (
        b"event: message\nid: 42\nretry: 1000\ndata: x\n\n"
    )


@pytest.mark.parametrize(
    "data", [b"", b"x", b"a\nb", b"a\r\nb\rc", b"a\n", b"\n", b"\n\n", b'{"k":"\xe2\x98\x95"}']
)
def test_encode_then_parse_roundtrip(data: bytes) -> None:
    expected = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    encoded = encode_event(data, event="message", id="é")
    assert parse_all(encoded) == [SSEEvent(expected, event="message", id="é")]


@pytest.mark.parametrize(
    "kwargs",
    [{"event": "a\nb"}, {"event": "a\rb"}, {"id": "1\n2"}, {"id": "a\x00b"}, {"retry": -1}],
)
def test_encode_refuses_fields_that_would_break_framing(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        encode_event(b"x", **kwargs)  # type: ignore[arg-type]


def test_encode_comment() -> None:
    assert encode_comment() == b":\n\n"
    assert encode_comment("ping") == b": ping\n\n"
    assert parse_all(encode_comment("ping") + encode_event(b"x")) == [SSEEvent(b"x")]
    with pytest.raises(ValueError):
        encode_comment("a\ndata: injected")
