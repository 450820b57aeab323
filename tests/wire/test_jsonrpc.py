"""JSON-RPC envelopes: strict parsing of client messages, lazy parsing of upstream ones."""

from __future__ import annotations

import time
from typing import Any

import orjson
import pytest

from mcpwarden.wire import jsonrpc
from mcpwarden.wire.errors import INVALID_REQUEST, PARSE_ERROR, ProtocolError
from mcpwarden.wire.jsonrpc import DEFAULT_MAX_DEPTH, Message, nesting_exceeds


def rejected(raw: bytes) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        Message.parse(raw)
    return info.value


def upstream_rejected(raw: bytes) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        Message.from_upstream(raw)
    assert info.value.http_status == 502 and info.value.reason == "upstream_invalid_message"
    return info.value


# -- valid messages --------------------------------------------------------------------------------


def test_parse_request() -> None:
    raw = b'{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo"}}'
    msg = Message.parse(raw)
    assert (msg.kind, msg.id, msg.method) == ("request", 7, "tools/call")
    assert msg.is_request and not msg.is_notification and not msg.is_reply
    assert msg.params == {"name": "echo"}
    assert msg.size == len(raw)


def test_parse_request_with_string_id_and_no_params() -> None:
    msg = Message.parse(b'{"jsonrpc":"2.0","id":"abc","method":"tools/list"}')
    assert (msg.kind, msg.id, msg.params) == ("request", "abc", {})


@pytest.mark.parametrize("msg_id", [0, -1, 2**63 - 1, "", "0"])
def test_edge_ids_are_valid(msg_id: Any) -> None:
    msg = Message.parse(orjson.dumps({"jsonrpc": "2.0", "id": msg_id, "method": "m"}))
    assert msg.id == msg_id


def test_parse_notification() -> None:
    msg = Message.parse(b'{"jsonrpc":"2.0","method":"notifications/initialized"}')
    assert (msg.kind, msg.id, msg.method) == ("notification", None, "notifications/initialized")
    assert msg.is_notification


def test_parse_response() -> None:
    msg = Message.parse(b'{"jsonrpc":"2.0","id":1,"result":{"tools":[]}}')
    assert (msg.kind, msg.id, msg.method) == ("response", 1, None)
    assert msg.result == {"tools": []} and msg.is_reply


def test_parse_error_response_including_null_id() -> None:
    msg = Message.parse(b'{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"no"}}')
    assert (msg.kind, msg.id) == ("error", 3) and msg.is_reply
    msg = Message.parse(b'{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}')
    assert (msg.kind, msg.id) == ("error", None)


# -- rejected messages -----------------------------------------------------------------------------


def test_batch_is_rejected() -> None:
    err = rejected(b'[{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","id":2,"method":"b"}]')
    assert (err.code, err.reason, err.http_status) == (INVALID_REQUEST, "batch", 400)
    assert rejected(b"[]").reason == "batch"


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff",
        b'{"jsonrpc":"2.0","id":1,"method":"\xff"}',
        b'"\xed\xa0\x80"',  # a lone surrogate, UTF-8 encoded
        b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"s":"\xed\xa0\x80"}}',
        b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"s":"\xc0\xaf"}}',  # overlong encoding
        b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"s":"\\ud800"}}',  # escaped lone surrogate
        b"\xef\xbb\xbf{}",  # byte order mark
    ],
)
def test_invalid_utf8_is_rejected(raw: bytes) -> None:
    err = rejected(raw)
    assert (err.code, err.reason) == (PARSE_ERROR, "invalid_json")


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"nope", b'{"jsonrpc":"2.0","id":1,"method":"m"} trailing', b"{'a':1}",
            b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"n":NaN}}']
)
def test_malformed_json_is_a_parse_error(raw: bytes) -> None:
    assert rejected(raw).code == PARSE_ERROR


@pytest.mark.parametrize(
    "obj",
    [
        "a string", 5, None,
        {"id": 1, "method": "m"},
        {"jsonrpc": "1.0", "id": 1, "method": "m"},
        {"jsonrpc": 2.0, "id": 1, "method": "m"},
        {"jsonrpc": "2.0", "id": 1},
        {"jsonrpc": "2.0", "id": 1, "method": ""},
        {"jsonrpc": "2.0", "id": 1, "method": 5},
        {"jsonrpc": "2.0", "id": 1, "method": "m", "params": [1, 2]},
        {"jsonrpc": "2.0", "id": 1, "method": "m", "params": "x"},
        {"jsonrpc": "2.0", "result": {}},
        {"jsonrpc": "2.0", "id": 1, "result": {}, "error": {"code": 1, "message": "x"}},
    ],
)
def test_invalid_envelopes_are_invalid_requests(obj: Any) -> None:
    err = rejected(orjson.dumps(obj))
    assert (err.code, err.reason) == (INVALID_REQUEST, "invalid_jsonrpc")


@pytest.mark.parametrize(
    "msg_id", ["1.5", "1.0", "1e3", "true", "false", "null", "[1]", '{"a":1}']
)
def test_bad_request_ids_are_rejected(msg_id: str) -> None:
    raw = b'{"jsonrpc":"2.0","id":' + msg_id.encode() + b',"method":"tools/list"}'
    err = rejected(raw)
    assert err.code == INVALID_REQUEST and "id" in err.message


@pytest.mark.parametrize("msg_id", ["1.5", "true", "null"])
def test_bad_response_ids_are_rejected(msg_id: str) -> None:
    assert rejected(b'{"jsonrpc":"2.0","id":' + msg_id.encode() + b',"result":{}}').code == (
        INVALID_REQUEST
    )


# -- nesting ---------------------------------------------------------------------------------------


def nested_message(levels: int) -> bytes:
    """A request whose params hold arrays nested so that the whole body is `levels` deep."""
    inner = levels - 2  # the message object and params take two levels
    return (
        b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"a":'
        + b"[" * inner + b"]" * inner + b"}}"
    )


def test_nesting_up_to_the_limit_is_accepted() -> None:
    assert Message.parse(nested_message(DEFAULT_MAX_DEPTH)).method == "m"


def test_nesting_over_the_limit_is_rejected() -> None:
    err = rejected(nested_message(DEFAULT_MAX_DEPTH + 1))
    assert (err.code, err.reason) == (INVALID_REQUEST, "too_deep")
    assert Message.parse(nested_message(11), max_depth=11).method == "m"
    assert rejected_with_depth(nested_message(12), 11).reason == "too_deep"


def rejected_with_depth(raw: bytes, max_depth: int) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        Message.parse(raw, max_depth=max_depth)
    return info.value


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b"[" * 1_000_000,  # unbalanced, too
        b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"x":' + b"[" * 100_000 + b"]" * 100_000
        + b"}}",
    ],
)
def test_very_deep_input_is_rejected_cheaply(raw: bytes) -> None:
    started = time.perf_counter()
    err = rejected(raw)  # must be a ProtocolError, never a RecursionError
    # Unbalanced brackets are left to the JSON parser, which calls them invalid JSON.
    balanced = raw.count(b"[") + raw.count(b"{") == raw.count(b"]") + raw.count(b"}")
    assert err.reason == ("too_deep" if balanced else "invalid_json")
    assert time.perf_counter() - started < 1.0  # a gross bound; it takes well under 10 ms


def test_brackets_inside_strings_do_not_count() -> None:
    brackets = "[{" * 200 + '\\"' + "}]" * 10
    raw = b'{"jsonrpc":"2.0","id":1,"method":"m","params":{"s":"' + brackets.encode() + b'"}}'
    assert Message.parse(raw).params["s"] == brackets.replace('\\"', '"')
    assert not nesting_exceeds(raw, 3)


def test_nesting_exceeds_counts_real_depth() -> None:
    assert not nesting_exceeds(b"[[]]", 2)
    assert nesting_exceeds(b"[[[]]]", 2)
    assert not nesting_exceeds(b"[[],[],[],[]]", 2)  # many brackets, shallow
    assert not nesting_exceeds(b'["\\\\", [], [], []]', 2)  # an escaped backslash ends the string


# -- upstream messages -----------------------------------------------------------------------------


def test_from_upstream_reads_the_envelope() -> None:
    response = Message.from_upstream(b'{"jsonrpc":"2.0","id":"x","result":{"content":[]}}')
    assert (response.kind, response.id, response.method) == ("response", "x", None)
    error = Message.from_upstream(b'{"jsonrpc":"2.0","id":null,"error":{"code":1,"message":"m"}}')
    assert (error.kind, error.id) == ("error", None)
    note = Message.from_upstream(b'{"jsonrpc":"2.0","method":"notifications/progress"}')
    assert (note.kind, note.id, note.method) == ("notification", None, "notifications/progress")
    request = Message.from_upstream(b'{"jsonrpc":"2.0","id":3,"method":"sampling/createMessage"}')
    assert (request.kind, request.id, request.method) == ("request", 3, "sampling/createMessage")


def test_from_upstream_does_not_decode_the_payload_until_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[bytes] = []
    real_loads = orjson.loads

    def spy(data: bytes | str) -> Any:
        decoded.append(data if isinstance(data, bytes) else data.encode())
        return real_loads(data)

    monkeypatch.setattr(orjson, "loads", spy)  # jsonrpc calls orjson.loads through the module
    raw = b'{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"hi"}]}}'
    msg = Message.from_upstream(raw)
    assert decoded == []
    assert msg.raw is raw
    assert msg.result == {"content": [{"type": "text", "text": "hi"}]}
    assert decoded == [raw]
    assert msg.obj is msg.obj and len(decoded) == 1  # decoded once, then kept


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not json",
        b"[]",
        b'{"jsonrpc":"2.0"}',
        b'{"jsonrpc":"1.0","id":1,"result":{}}',
        b'{"id":1,"result":{}}',
        b'{"jsonrpc":"2.0","id":1.5,"result":{}}',
        b'{"jsonrpc":"2.0","id":true,"result":{}}',
        b'{"jsonrpc":"2.0","method":7}',
        b'{"jsonrpc":"2.0","id":1,"result":{}} trailing',
        b'{"jsonrpc":"2.0","id":1,"result":{"unterminated":',
    ],
)
def test_from_upstream_rejects_garbage(raw: bytes) -> None:
    upstream_rejected(raw)


def test_from_upstream_deep_payload_is_a_protocol_error() -> None:
    raw = b'{"jsonrpc":"2.0","id":1,"result":{"x":' + b"[" * 5000 + b"]" * 5000 + b"}}"
    upstream_rejected(raw)


def test_invalid_utf8_in_upstream_payload_is_a_protocol_error() -> None:
    msg = Message.from_upstream(b'{"jsonrpc":"2.0","id":1,"result":{"text":"\xff"}}')
    with pytest.raises(ProtocolError):
        _ = msg.obj


# -- raw bytes and replace() -----------------------------------------------------------------------


def test_raw_bytes_are_kept_untouched() -> None:
    raw = b'{ "params" : {"z":1, "a":[1.50, 2e0]},\n "method":"m", "id":1, "jsonrpc":"2.0" }'
    msg = Message.parse(raw)
    assert msg.raw is raw
    _ = msg.params, msg.obj  # reading does not re-serialise
    assert msg.raw is raw


def test_replace_returns_a_new_message_and_leaves_the_original() -> None:
    raw = b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a","arguments":{}}}'
    original = Message.parse(raw)
    changed = original.replace(id=99, params={"name": "b"})
    assert (changed.kind, changed.id, changed.method) == ("request", 99, "tools/call")
    assert orjson.loads(changed.raw) == {
        "jsonrpc": "2.0", "id": 99, "method": "tools/call", "params": {"name": "b"},
    }
    assert original.raw is raw and original.id == 1 and original.params["name"] == "a"


def test_replace_on_an_upstream_message() -> None:
    raw = b'{"jsonrpc":"2.0","id":5,"result":{"content":[]}}'
    msg = Message.from_upstream(raw)
    changed = msg.replace(result={"content": [{"type": "text", "text": "[redacted]"}]})
    assert changed.kind == "response" and changed.id == 5
    assert orjson.loads(changed.raw)["result"]["content"][0]["text"] == "[redacted]"
    assert msg.raw is raw


def test_constructors_serialise_to_valid_messages() -> None:
    for msg in [
        jsonrpc.request(1, "tools/list"),
        jsonrpc.request("r", "tools/call", {"name": "x"}),
        jsonrpc.notification("notifications/progress", {"progress": 1}),
        jsonrpc.result(1, {"tools": []}),
        jsonrpc.error(None, -32600, "bad", {"reason": "x"}),
        jsonrpc.error_from(ProtocolError(INVALID_REQUEST, "bad", reason="r"), 4),
    ]:
        again = Message.parse(msg.raw)
        assert (again.kind, again.id, again.method) == (msg.kind, msg.id, msg.method)
    err = jsonrpc.error_from(ProtocolError(INVALID_REQUEST, "bad", reason="r", data={"k": 1}), 4)
    assert err.obj["error"] == {"code": INVALID_REQUEST, "message": "bad",
                                "data": {"reason": "r", "k": 1}}
