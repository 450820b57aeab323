"""Modern-era HTTP header rules: checklist V-04, V-06, V-07 and the Value Encoding examples."""

from __future__ import annotations

import base64
from typing import Any

import orjson
import pytest

from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import META_CLIENT_CAPABILITIES, META_PROTOCOL_VERSION
from mcpwarden.wire.errors import HEADER_MISMATCH, INVALID_PARAMS, ProtocolError
from mcpwarden.wire.headers import (
    ParamHeaderRules,
    decode_header_value,
    encode_header_value,
    fold_headers,
    forwardable_param_headers,
    mirrored_headers,
    param_header_value,
    validate_modern_headers,
    validate_param_headers,
    x_mcp_header_problems,
)
from mcpwarden.wire.jsonrpc import Message

MODERN = "2026-07-28"


def b64(text: str) -> str:
    return "=?base64?" + base64.b64encode(text.encode()).decode() + "?="


def modern_request(
    method: str, params: dict[str, Any] | None = None, *, version: Any = MODERN
) -> Message:
    body_params = dict(params or {})
    body_params["_meta"] = {META_PROTOCOL_VERSION: version, META_CLIENT_CAPABILITIES: {}}
    return Message.parse(
        orjson.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": body_params})
    )


def asgi(*pairs: tuple[str, str]) -> dict[str, str]:
    """Headers as the edge passes them: folded from raw pairs (any case, repeats joined)."""
    return fold_headers((name.encode("latin-1"), value.encode("latin-1")) for name, value in pairs)


def standard(method: str, name: str | None = None, version: str = MODERN) -> dict[str, str]:
    pairs = [("MCP-Protocol-Version", version), ("Mcp-Method", method)]
    if name is not None:
        pairs.append(("Mcp-Name", name))
    return asgi(*pairs)


def reject(headers: dict[str, str], msg: Message) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        validate_modern_headers(headers, msg)
    return info.value


# -- V-04: MCP-Protocol-Version vs _meta ----------------------------------------------------------


def test_matching_standard_headers_pass() -> None:
    validate_modern_headers(standard("tools/list"), modern_request("tools/list"))
    call = modern_request("tools/call", {"name": "get_weather", "arguments": {}})
    validate_modern_headers(standard("tools/call", "get_weather"), call)


def test_version_header_differs_from_meta() -> None:
    err = reject(standard("tools/list"), modern_request("tools/list", version="2025-11-25"))
    assert (err.code, err.http_status, err.reason) == (HEADER_MISMATCH, 400, "header_mismatch")
    assert "MCP-Protocol-Version" in err.message
    assert "2026-07-28" in err.message and "2025-11-25" in err.message


def test_missing_version_header() -> None:
    headers = asgi(("Mcp-Method", "tools/list"))
    err = reject(headers, modern_request("tools/list"))
    assert err.code == HEADER_MISMATCH and "MCP-Protocol-Version header is missing" in err.message


def test_meta_without_protocol_version_is_invalid_params() -> None:
    msg = Message.parse(b'{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}')
    err = reject(standard("tools/list"), msg)
    assert (err.code, err.http_status, err.reason) == (INVALID_PARAMS, 400, "invalid_meta")


def test_non_string_meta_version_is_invalid_params() -> None:
    err = reject(standard("tools/list"), modern_request("tools/list", version=20260728))
    assert err.code == INVALID_PARAMS


def test_unsupported_but_consistent_version_is_left_to_the_caller() -> None:
    validate_modern_headers(
        standard("tools/list", version="2099-01-01"),
        modern_request("tools/list", version="2099-01-01"),
    )


# -- V-06: Mcp-Method and Mcp-Name ----------------------------------------------------------------


def test_missing_mcp_method() -> None:
    err = reject(asgi(("MCP-Protocol-Version", MODERN)), modern_request("tools/list"))
    assert err.code == HEADER_MISMATCH and err.http_status == 400
    assert "Mcp-Method header is missing" in err.message
    assert err.error_data() == {"reason": "header_mismatch", "header": "Mcp-Method"}


def test_lowercase_and_uppercase_header_names_are_accepted() -> None:
    headers = asgi(("mcp-protocol-version", MODERN), ("MCP-METHOD", "tools/list"))
    validate_modern_headers(headers, modern_request("tools/list"))


def test_method_value_is_case_sensitive() -> None:
    err = reject(standard("TOOLS/LIST"), modern_request("tools/list"))
    assert err.code == HEADER_MISMATCH
    assert "'TOOLS/LIST'" in err.message and "'tools/list'" in err.message


def test_optional_whitespace_around_values_is_ignored() -> None:
    headers = asgi(("MCP-Protocol-Version", f" {MODERN}\t"), ("Mcp-Method", "\ttools/call "),
                   ("Mcp-Name", "  get_weather "))
    validate_modern_headers(headers, modern_request("tools/call", {"name": "get_weather"}))


def test_mcp_name_mismatch_names_both_values() -> None:
    msg = modern_request("tools/call", {"name": "get_weather", "arguments": {}})
    err = reject(standard("tools/call", "other"), msg)
    assert err.reason == "header_mismatch"
    assert "Mcp-Name" in err.message and "'other'" in err.message and "'get_weather'" in err.message


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("tools/call", {"name": "get_weather"}),
        ("prompts/get", {"name": "summarise"}),
        ("resources/read", {"uri": "file:///projects/myapp/config.json"}),
    ],
)
def test_mcp_name_required_for_name_bearing_methods(method: str, params: dict[str, Any]) -> None:
    msg = modern_request(method, params)
    value = next(iter(params.values()))
    validate_modern_headers(standard(method, value), msg)
    err = reject(standard(method), msg)
    assert err.code == HEADER_MISMATCH and "Mcp-Name header is missing" in err.message


def test_mcp_name_is_not_required_elsewhere_and_ignored_there() -> None:
    validate_modern_headers(standard("tools/list", "anything"), modern_request("tools/list"))


def test_mcp_name_without_body_name_is_rejected() -> None:
    msg = modern_request("tools/call", {"arguments": {}})
    validate_modern_headers(standard("tools/call"), msg)  # the missing name is not ours to report
    assert reject(standard("tools/call", "x"), msg).code == HEADER_MISMATCH


def test_base64_mcp_name_with_non_ascii_name() -> None:
    msg = modern_request("tools/call", {"name": "天気_予報"})
    validate_modern_headers(standard("tools/call", b64("天気_予報")), msg)
    err = reject(standard("tools/call", b64("天気")), msg)
    assert "'天気'" in err.message  # compared (and reported) after decoding


def test_base64_resource_uri_with_spaces() -> None:
    uri = "file:///my docs/ report.txt "
    msg = modern_request("resources/read", {"uri": uri})
    validate_modern_headers(standard("resources/read", encode_header_value(uri)), msg)


@pytest.mark.parametrize(
    "value",
    [
        "=?base64?not base64!?=",
        "=?base64?YQ?=",  # missing padding
        "=?base64?YR==?=",  # non-canonical: padding bits set
        "=?base64?" + base64.b64encode(b"\xff\xfe").decode() + "?=",  # not UTF-8
        "=?base64?Y Q==?=",
    ],
)
def test_bad_base64_mcp_name_is_invalid(value: str) -> None:
    err = reject(standard("tools/call", value), modern_request("tools/call", {"name": "a"}))
    assert (err.code, err.http_status, err.reason) == (HEADER_MISMATCH, 400, "header_invalid")
    assert "Mcp-Name" in err.message


@pytest.mark.parametrize("value", ["get_wéather", "get\x00weather", "get\x7fweather", "a\x0bb"])
def test_characters_outside_field_values_are_invalid(value: str) -> None:
    err = reject(standard("tools/call", value), modern_request("tools/call", {"name": value}))
    assert err.reason == "header_invalid" and err.code == HEADER_MISMATCH


def test_invalid_characters_in_method_header() -> None:
    err = reject(standard("tools/\x01list"), modern_request("tools/list"))
    assert err.reason == "header_invalid"


def test_sentinel_markers_are_case_sensitive() -> None:
    upper = "=?BASE64?" + base64.b64encode(b"a").decode() + "?="
    err = reject(standard("tools/call", upper), modern_request("tools/call", {"name": "a"}))
    assert err.reason == "header_mismatch"  # taken literally, so it does not match "a"


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("Mcp-Method", "tools/list", "tools/list"),
        ("MCP-Protocol-Version", MODERN, MODERN),
    ],
)
def test_duplicated_standard_header_is_rejected(name: str, first: str, second: str) -> None:
    pairs = dict(standard("tools/list"))
    del pairs[name.lower()]
    headers = asgi(*pairs.items(), (name, first), (name.upper(), second))
    err = reject(headers, modern_request("tools/list"))
    assert err.code == HEADER_MISMATCH and "more than once" in err.message


def test_duplicated_mcp_name_is_rejected() -> None:
    msg = modern_request("tools/call", {"name": "a"})
    plain = asgi(*standard("tools/call").items(), ("Mcp-Name", "a"), ("mcp-name", "a"))
    assert reject(plain, msg).code == HEADER_MISMATCH
    encoded = asgi(*standard("tools/call").items(), ("Mcp-Name", b64("ä")), ("Mcp-Name", b64("ä")))
    err = reject(encoded, modern_request("tools/call", {"name": "ä"}))
    assert err.reason == "header_invalid" and "more than once" in err.message


def test_notifications_are_checked_only_for_headers_they_carry() -> None:
    note = jsonrpc.notification(
        "notifications/cancelled", {"requestId": 1, "_meta": {META_PROTOCOL_VERSION: MODERN}}
    )
    validate_modern_headers({}, note)
    validate_modern_headers(standard("notifications/cancelled"), note)
    assert reject(standard("notifications/progress"), note).code == HEADER_MISMATCH
    assert reject(standard("notifications/cancelled", version="2025-11-25"), note).code == (
        HEADER_MISMATCH
    )


def test_responses_are_not_checked() -> None:
    validate_modern_headers({}, jsonrpc.result(1, {}))


# -- V-07: Mcp-Param-* -----------------------------------------------------------------------------

SQL_TOOL: dict[str, Any] = {
    "type": "object",
    "properties": {
        "region": {"type": "string", "x-mcp-header": "Region"},
        "query": {"type": "string"},
        "limit": {"type": "integer", "x-mcp-header": "Limit"},
        "dry": {"type": "boolean", "x-mcp-header": "Dry-Run"},
        "target": {
            "type": "object",
            "properties": {"tenant": {"type": "string", "x-mcp-header": "Tenant"}},
        },
    },
    "required": ["region", "query"],
}


def check_params(arguments: dict[str, Any], *pairs: tuple[str, str]) -> None:
    validate_param_headers(asgi(*pairs), arguments, SQL_TOOL)


def param_error(arguments: dict[str, Any], *pairs: tuple[str, str]) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        check_params(arguments, *pairs)
    assert info.value.code == HEADER_MISMATCH and info.value.http_status == 400
    return info.value


def test_param_header_present_and_matching() -> None:
    check_params({"region": "us-west1", "query": "SELECT 1"}, ("Mcp-Param-Region", "us-west1"))


def test_param_header_names_are_case_insensitive() -> None:
    check_params({"region": "eu"}, ("MCP-PARAM-REGION", "eu"))
    validate_param_headers({"Mcp-Param-region": "eu"}, {"region": "eu"}, SQL_TOOL)


def test_param_header_missing_while_value_present() -> None:
    err = param_error({"region": "us-west1", "query": "q"})
    assert err.reason == "header_mismatch"
    assert "Mcp-Param-Region header is missing" in err.message and "'region'" in err.message


def test_param_null_or_absent_needs_no_header() -> None:
    check_params({"region": None, "query": "q"})
    check_params({"query": "q"})


@pytest.mark.parametrize("arguments", [{"query": "q"}, {"region": None, "query": "q"}])
def test_param_header_without_value_is_rejected(arguments: dict[str, Any]) -> None:
    err = param_error(arguments, ("Mcp-Param-Region", "us-west1"))
    assert "absent or null" in err.message


def test_param_header_value_mismatch() -> None:
    err = param_error({"region": "us-west1"}, ("Mcp-Param-Region", "us-east1"))
    assert "'us-east1'" in err.message and "'us-west1'" in err.message


@pytest.mark.parametrize("sent", ["42", "42.0", "42.000", " 42 ", "042"])
def test_integer_params_compare_numerically(sent: str) -> None:
    check_params({"limit": 42}, ("Mcp-Param-Limit", sent))


@pytest.mark.parametrize("sent", ["42.5", "43", "4.2e1", "+42", "0x2a", "forty-two", ""])
def test_integer_param_mismatch(sent: str) -> None:
    param_error({"limit": 42}, ("Mcp-Param-Limit", sent))


def test_integral_float_body_value_matches_integer_header() -> None:
    check_params({"limit": 42.0}, ("Mcp-Param-Limit", "42"))


def test_boolean_params() -> None:
    check_params({"dry": True}, ("Mcp-Param-Dry-Run", "true"))
    check_params({"dry": False}, ("Mcp-Param-Dry-Run", "false"))
    param_error({"dry": True}, ("Mcp-Param-Dry-Run", "True"))
    param_error({"dry": True}, ("Mcp-Param-Dry-Run", "1"))


def test_nested_property_param() -> None:
    check_params({"target": {"tenant": "acme"}}, ("Mcp-Param-Tenant", "acme"))
    param_error({"target": {"tenant": "acme"}})
    param_error({"target": {"tenant": "acme"}}, ("Mcp-Param-Tenant", "evil"))
    check_params({"target": "not an object"})  # no value at that path: no header expected


def test_non_primitive_argument_never_matches_a_header() -> None:
    param_error({"region": ["us-west1"]}, ("Mcp-Param-Region", "us-west1"))


def test_base64_param_values() -> None:
    check_params({"region": "Hello, 世界"}, ("Mcp-Param-Region", "=?base64?SGVsbG8sIOS4lueVjA==?="))
    err = param_error({"region": "x"}, ("Mcp-Param-Region", "=?base64?%%%?="))
    assert err.reason == "header_invalid" and "Mcp-Param-Region" in err.message


def test_param_header_with_invalid_characters() -> None:
    err = param_error({"region": "x\u00e9"}, ("Mcp-Param-Region", "x\u00e9"))
    assert err.reason == "header_invalid"


def test_duplicated_param_header_is_rejected() -> None:
    param_error({"region": "eu"}, ("Mcp-Param-Region", "eu"), ("mcp-param-region", "eu"))


def test_unknown_param_headers_are_ignored() -> None:
    check_params({"region": "eu"}, ("Mcp-Param-Region", "eu"), ("Mcp-Param-Other", "whatever"))


def test_no_schema_or_invalid_schema_checks_nothing() -> None:
    validate_param_headers(asgi(("Mcp-Param-Region", "x")), {}, None)
    broken = {"type": "object", "properties": {"a": {"type": "number", "x-mcp-header": "A"}}}
    validate_param_headers({}, {"a": 1.5}, broken)


def test_rules_build_the_headers_a_client_sends() -> None:
    rules = ParamHeaderRules(SQL_TOOL)
    arguments = {"region": "us-west1", "query": "SELECT", "limit": 7, "dry": False,
                 "target": {"tenant": " acme "}}
    sent = dict(rules.headers_for(arguments))
    assert sent == {
        "Mcp-Param-Region": "us-west1", "Mcp-Param-Limit": "7", "Mcp-Param-Dry-Run": "false",
        "Mcp-Param-Tenant": b64(" acme "),
    }
    rules.validate(asgi(*sent.items()), arguments)
    assert rules.headers_for({"region": None}) == []
    assert not ParamHeaderRules({"type": "object"}) and ParamHeaderRules(SQL_TOOL)


# -- x-mcp-header definitions ----------------------------------------------------------------------


def tool(prop: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"p": prop}, **extra}


def test_valid_annotations_have_no_problems() -> None:
    assert x_mcp_header_problems(SQL_TOOL) == []
    assert x_mcp_header_problems({"type": "object"}) == []


@pytest.mark.parametrize(
    ("schema", "fragment"),
    [
        (tool({"type": "string", "x-mcp-header": ""}), "is empty"),
        (tool({"type": "string", "x-mcp-header": "Region Name"}), "not an HTTP field-name token"),
        (tool({"type": "string", "x-mcp-header": "a:b"}), "not an HTTP field-name token"),
        (tool({"type": "string", "x-mcp-header": "A\r\nX-Evil: 1"}), "token"),
        (tool({"type": "string", "x-mcp-header": "Régión"}), "token"),
        (tool({"type": "string", "x-mcp-header": 5}), "must be a string"),
        (tool({"type": "number", "x-mcp-header": "N"}), "'number'"),
        (tool({"type": "object", "x-mcp-header": "O"}), "'object'"),
        (tool({"type": "array", "x-mcp-header": "A"}), "'array'"),
        (tool({"x-mcp-header": "T"}), "None"),
        (tool({"type": ["string", "null"], "x-mcp-header": "T"}), "string, integer or boolean"),
        ({"type": "string", "x-mcp-header": "Root"}, "the schema root"),
    ],
)
def test_invalid_annotation(schema: dict[str, Any], fragment: str) -> None:
    problems = x_mcp_header_problems(schema)
    assert len(problems) == 1 and fragment in problems[0], problems


@pytest.mark.parametrize(
    "schema",
    [
        tool({"type": "array", "items": {"type": "string", "x-mcp-header": "I"}}),
        tool({"type": "array", "items": [{"type": "string", "x-mcp-header": "I"}]}),
        tool({"anyOf": [{"type": "string", "x-mcp-header": "A"}]}),
        tool({"oneOf": [{"type": "string", "x-mcp-header": "A"}]}),
        tool({"allOf": [{"type": "string", "x-mcp-header": "A"}]}),
        tool({"not": {"type": "string", "x-mcp-header": "A"}}),
        tool({"if": {"type": "string"}, "then": {"type": "string", "x-mcp-header": "A"}}),
        tool({"type": "object", "additionalProperties": {"type": "string", "x-mcp-header": "A"}}),
        tool({"$ref": "#/$defs/s"}, **{"$defs": {"s": {"type": "string", "x-mcp-header": "D"}}}),
        tool({"patternProperties": {"^a": {"type": "string", "x-mcp-header": "P"}}}),
        tool({"anyOf": [{"properties": {"q": {"type": "string", "x-mcp-header": "Q"}}}]}),
    ],
)
def test_annotation_must_be_statically_reachable(schema: dict[str, Any]) -> None:
    problems = x_mcp_header_problems(schema)
    assert len(problems) == 1 and "`properties` keys alone" in problems[0], problems


def test_annotation_in_instance_data_is_not_an_annotation() -> None:
    schema = tool(
        {"type": "string", "default": {"x-mcp-header": "X"}, "enum": [{"x-mcp-header": 1}]}
    )
    assert x_mcp_header_problems(schema) == []
    assert x_mcp_header_problems(tool({"type": "object", "properties": {
        "x-mcp-header": {"type": "string"}}})) == []  # a property *named* x-mcp-header


def test_duplicate_annotations_case_insensitive() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string", "x-mcp-header": "Region"},
            "b": {"properties": {"c": {"type": "string", "x-mcp-header": "REGION"}}},
        },
    }
    problems = x_mcp_header_problems(schema)
    assert len(problems) == 1 and "repeats" in problems[0] and "case-insensitive" in problems[0]


def test_every_problem_is_reported() -> None:
    schema = {"type": "object", "properties": {
        "a": {"type": "number", "x-mcp-header": "A"},
        "b": {"type": "string", "x-mcp-header": ""},
        "c": {"type": "array", "items": {"type": "string", "x-mcp-header": "C"}},
    }}
    assert len(x_mcp_header_problems(schema)) == 3


def test_deep_schema_does_not_exhaust_the_stack() -> None:
    schema: dict[str, Any] = {"type": "string", "x-mcp-header": "Deep"}
    for _ in range(20_000):
        schema = {"type": "object", "properties": {"n": schema}}
    assert x_mcp_header_problems(schema) == []
    rules = ParamHeaderRules(schema)
    assert rules  # the annotation sits 20 000 `properties` levels down and is still found


# -- value encoding --------------------------------------------------------------------------------

SPEC_EXAMPLES = [
    ("us-west1", "us-west1"),
    ("Hello, 世界", "=?base64?SGVsbG8sIOS4lueVjA==?="),
    (" padded ", "=?base64?IHBhZGRlZCA=?="),
    ("line1\nline2", "=?base64?bGluZTEKbGluZTI=?="),
    ("=?base64?literal?=", "=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?="),
]


@pytest.mark.parametrize(("original", "encoded"), SPEC_EXAMPLES)
def test_spec_encoding_examples(original: str, encoded: str) -> None:
    assert encode_header_value(original) == encoded
    assert decode_header_value(encoded) == original


@pytest.mark.parametrize(
    "value",
    ["", " ", "a", "tools/call", "a b", "\tx", "x\t", "a\tb", "ü", "日本", "emoji 🎉", "\x00",
     "=?base64?", "?=", "=?base64?=", "=?base64??=", "=?base64?YQ==?=", "a\r\nX-Evil: 1",
     "x" * 5000, "\u2028", "'\"\\"],
)
def test_encode_decode_roundtrip(value: str) -> None:
    encoded = encode_header_value(value)
    assert all(0x20 <= ord(c) <= 0x7E for c in encoded)
    assert encoded == encoded.strip()
    assert decode_header_value(encoded) == value


def test_plain_safe_values_are_not_encoded() -> None:
    for value in ["get_weather", "file:///a/b.json", "a b c", "!#$%&'*+-.^_`|~", "=?base64?x"]:
        assert encode_header_value(value) == value


def test_decode_strips_optional_whitespace() -> None:
    assert decode_header_value("  us-west1\t") == "us-west1"
    assert decode_header_value(" =?base64?IHBhZGRlZCA=?= ") == " padded "


@pytest.mark.parametrize(
    ("value", "expected"),
    [("x", "x"), ("", ""), (42, "42"), (-7, "-7"), (0, "0"), (True, "true"), (False, "false"),
     (42.0, "42"), (None, None), (1.5, None), ([1], None), ({"a": 1}, None)],
)
def test_param_header_value(value: object, expected: str | None) -> None:
    assert param_header_value(value) == expected


# -- headers the gateway sends upstream ------------------------------------------------------------


def test_mirrored_headers_for_requests() -> None:
    call = modern_request("tools/call", {"name": "get_weather", "arguments": {}})
    assert mirrored_headers(call, MODERN) == [
        ("MCP-Protocol-Version", MODERN), ("Mcp-Method", "tools/call"), ("Mcp-Name", "get_weather"),
    ]
    assert mirrored_headers(modern_request("tools/list"), MODERN) == [
        ("MCP-Protocol-Version", MODERN), ("Mcp-Method", "tools/list"),
    ]
    read = modern_request("resources/read", {"uri": "file:///ä.txt"})
    assert mirrored_headers(read, MODERN)[2] == ("Mcp-Name", b64("file:///ä.txt"))


def test_mirrored_headers_validate_on_the_other_side() -> None:
    for msg in [
        modern_request("tools/call", {"name": "日本 tool"}),
        modern_request("prompts/get", {"name": "=?base64?trick?="}),
        modern_request("server/discover"),
    ]:
        validate_modern_headers(asgi(*mirrored_headers(msg, MODERN)), msg)


def test_mirrored_headers_for_notifications_and_replies() -> None:
    note = jsonrpc.notification("notifications/progress", {"progressToken": 1})
    assert mirrored_headers(note, MODERN) == [
        ("MCP-Protocol-Version", MODERN), ("Mcp-Method", "notifications/progress"),
    ]
    assert mirrored_headers(jsonrpc.result(1, {}), MODERN) == [("MCP-Protocol-Version", MODERN)]


@pytest.mark.parametrize("method", ["tools/call\r\nX-Evil: 1", "métho", " padded", ""])
def test_method_that_cannot_be_a_header_is_refused(method: str) -> None:
    msg = Message("request", 1, method, obj={"jsonrpc": "2.0", "id": 1, "method": method})
    with pytest.raises(ProtocolError) as info:
        mirrored_headers(msg, MODERN)
    assert info.value.reason == "header_unrepresentable" and info.value.http_status == 400


def test_forwardable_param_headers() -> None:
    pairs = [
        ("Mcp-Param-Region", "eu"), ("mcp-param-tenant", "=?base64?YQ==?="), ("MCP-PARAM-X", "1"),
        ("Mcp-Method", "tools/call"), ("Authorization", "Bearer t"), ("Mcp-Param-", "empty"),
        ("Mcp-Param-Evil", "a\r\nX-Injected: 1"), ("X-Mcp-Param-Region", "no"),
    ]
    assert forwardable_param_headers(pairs) == [
        ("Mcp-Param-Region", "eu"), ("mcp-param-tenant", "=?base64?YQ==?="), ("MCP-PARAM-X", "1"),
    ]


def test_fold_headers_lowercases_and_joins_repeats() -> None:
    raw = [(b"Mcp-Method", b"a"), (b"mcp-method", b"b"), (b"X-Other", b"\xe9")]
    assert fold_headers(raw) == {"mcp-method": "a, b", "x-other": "\xe9"}
