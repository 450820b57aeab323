"""HTTP header rules of the modern (2026-07-28) Streamable HTTP wire. Pure functions, no I/O.

A modern client mirrors parts of each request body into headers so that intermediaries can route
without parsing the body: `MCP-Protocol-Version` (= `_meta` protocol version), `Mcp-Method`
(= `method`), `Mcp-Name` (= `params.name` / `params.uri`) and `Mcp-Param-{Name}` (= tool arguments
whose schema carries `x-mcp-header`). Whoever reads the body must check that headers and body agree,
because a router trusting the header and a server trusting the body must never disagree.

Header mappings passed to the validators are keyed by lower-case names, as ASGI delivers them. A
header sent twice arrives joined with ", ", which then simply fails to match the body value.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, Final

from mcpwarden.wire.eras import META_PROTOCOL_VERSION, request_meta
from mcpwarden.wire.errors import HEADER_MISMATCH, INVALID_PARAMS, INVALID_REQUEST, ProtocolError
from mcpwarden.wire.jsonrpc import NOTIFICATION, REQUEST, Message

SENTINEL_PREFIX: Final = "=?base64?"
SENTINEL_SUFFIX: Final = "?="

PROTOCOL_VERSION_HEADER: Final = "MCP-Protocol-Version"
METHOD_HEADER: Final = "Mcp-Method"
NAME_HEADER: Final = "Mcp-Name"
PARAM_HEADER_PREFIX: Final = "Mcp-Param-"
X_MCP_HEADER: Final = "x-mcp-header"

# Method -> the params key mirrored into Mcp-Name.
NAME_BEARING_METHODS: Final[Mapping[str, str]] = MappingProxyType(
    {"tools/call": "name", "resources/read": "uri", "prompts/get": "name"}
)

_VERSION_KEY: Final = PROTOCOL_VERSION_HEADER.lower()
_METHOD_KEY: Final = METHOD_HEADER.lower()
_NAME_KEY: Final = NAME_HEADER.lower()
_PARAM_PREFIX_LOWER: Final = PARAM_HEADER_PREFIX.lower()
_VERSION_FIELD: Final = "params._meta protocol version"
_OWS: Final = " \t"
_SENTINEL_MIN_LEN: Final = len(SENTINEL_PREFIX) + len(SENTINEL_SUFFIX)
# The spec's Value Encoding section narrows RFC 9110 field values to visible ASCII, SP and HTAB
# (obs-text, i.e. bytes >= 0x80, is not allowed).
_FIELD_VALUE: Final = re.compile(r"[\t\x20-\x7e]*")
# What we send without encoding: visible ASCII and inner spaces (a tab is encoded to be safe).
_PLAIN_SAFE: Final = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
# RFC 9110 §5.6.2 token: the characters allowed in a field name.
_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_DECIMAL: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_HEADER_TYPES: Final = frozenset({"string", "integer", "boolean"})
_MAX_SHOWN: Final = 80

# JSON Schema keywords whose values are schemas. Crossing any of them leaves the chain of
# `properties` keys, so an `x-mcp-header` below them is not statically reachable. `$ref` is
# deliberately absent: it is never followed. Values that are lists (`allOf`, draft-07 tuple
# `items`) or maps (`$defs`, `patternProperties`) are entered element by element.
_SUBSCHEMA_KEYWORDS: Final = frozenset(
    {
        "items", "prefixItems", "additionalItems", "contains", "unevaluatedItems",
        "additionalProperties", "unevaluatedProperties", "propertyNames",
        "not", "if", "then", "else", "allOf", "anyOf", "oneOf", "contentSchema",
    }
)
_SUBSCHEMA_MAP_KEYWORDS: Final = frozenset(
    {"patternProperties", "dependentSchemas", "dependencies", "$defs", "definitions"}
)

SchemaPath = tuple[str, ...]


# -- value encoding ------------------------------------------------------------------------------


def _is_sentinel(value: str) -> bool:
    return (
        len(value) >= _SENTINEL_MIN_LEN
        and value.startswith(SENTINEL_PREFIX)
        and value.endswith(SENTINEL_SUFFIX)
    )


def _shown(value: object) -> str:
    """A value as it appears in an error message: quoted, escaped and cut to a sane length."""
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _header_invalid(header: str, problem: str) -> ProtocolError:
    return ProtocolError(
        HEADER_MISMATCH,
        f"Invalid {header} header: {problem}",
        reason="header_invalid",
        http_status=400,
        data={"header": header},
    )


def _plain_value(value: str, header: str) -> str:
    """The value with optional whitespace removed; rejects characters a field value may not hold."""
    if _FIELD_VALUE.fullmatch(value) is None:
        raise _header_invalid(
            header,
            f"value {_shown(value)} contains characters outside visible ASCII, space and tab; "
            f"send such values as {SENTINEL_PREFIX}<base64 of UTF-8>{SENTINEL_SUFFIX}",
        )
    return value.strip(_OWS)


def decode_header_value(value: str, header: str = "header") -> str:
    """Decode a received `Mcp-Name` / `Mcp-Param-*` value: strip OWS, undo the base64 sentinel.

    Base64 is decoded strictly (alphabet, padding, canonical trailing bits) and must be UTF-8.
    Raises ProtocolError(HEADER_MISMATCH, reason="header_invalid") otherwise; `header` names the
    header in that message.
    """
    value = _plain_value(value, header)
    if not _is_sentinel(value):
        return value
    payload = value[len(SENTINEL_PREFIX) : -len(SENTINEL_SUFFIX)]
    try:
        decoded = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        decoded = None
    # validate=True still tolerates non-zero padding bits; a second spelling of one value would
    # let two readers disagree, so only the canonical form is accepted.
    if decoded is None or base64.b64encode(decoded).decode("ascii") != payload:
        hint = " (was the header sent more than once?)" if "," in payload else ""
        raise _header_invalid(header, f"{_shown(value)} is not valid base64{hint}")
    try:
        return decoded.decode("utf-8")
    except UnicodeDecodeError:
        raise _header_invalid(header, f"{_shown(value)} does not decode to UTF-8 text") from None


def encode_header_value(value: str) -> str:
    """The header form of `value`: as is when it is safe plain ASCII, else the base64 sentinel.

    Plain means visible ASCII with inner spaces only, and not itself shaped like the sentinel. An
    empty value is encoded too, because some HTTP stacks drop empty header fields.
    """
    if _PLAIN_SAFE.fullmatch(value) is not None and not _is_sentinel(value):
        return value
    payload = base64.b64encode(value.encode("utf-8")).decode("ascii")
    return f"{SENTINEL_PREFIX}{payload}{SENTINEL_SUFFIX}"


def param_header_value(value: object) -> str | None:
    """The text an `x-mcp-header` argument is mirrored as, or None when no header is sent.

    str as is, bool as "true"/"false", int in decimal (an integral float such as 42.0 too, since
    JSON does not tell them apart). None and every other type: no header.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than int->str conversion allows
            return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None


# -- standard headers ----------------------------------------------------------------------------


def fold_headers(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """ASGI header pairs as the validators here take them: lower-case names, latin-1 values, the
    values of a repeated name joined with ", " (RFC 9110 §5.3)."""
    folded: dict[str, str] = {}
    for name_bytes, value_bytes in raw:
        name, value = name_bytes.decode("latin-1").lower(), value_bytes.decode("latin-1")
        folded[name] = f"{folded[name]}, {value}" if name in folded else value
    return folded


def _mismatch(header: str, sent: object, expected: object, body_field: str) -> ProtocolError:
    if sent is None:
        message = (
            f"Header mismatch: the {header} header is missing; it must carry the {body_field} "
            f"value {_shown(expected)}"
        )
    else:
        message = (
            f"Header mismatch: {header} header value {_shown(sent)} does not match "
            f"body value {_shown(expected)} ({body_field})"
        )
        if isinstance(sent, str) and ", " in sent:
            message += "; was the header sent more than once?"
    return ProtocolError(
        HEADER_MISMATCH, message, reason="header_mismatch", http_status=400,
        data={"header": header},
    )


def _body_protocol_version(params: dict[str, Any]) -> str:
    version = request_meta(params).get(META_PROTOCOL_VERSION)
    if not isinstance(version, str):
        raise ProtocolError(
            INVALID_PARAMS,
            f'params._meta must carry "{META_PROTOCOL_VERSION}" as a string on every request',
            reason="invalid_meta",
            http_status=400,
        )
    return version


def validate_modern_headers(headers: Mapping[str, str], msg: Message) -> None:
    """Check the mirrored standard headers of a modern message against its body (V-04, V-06).

    `headers` maps lower-case names to values. For a request: `MCP-Protocol-Version` must equal
    `_meta[io.modelcontextprotocol/protocolVersion]`, `Mcp-Method` must equal `method`
    (case-sensitive), and for tools/call, resources/read and prompts/get `Mcp-Name` must decode to
    `params.name` / `params.uri`. The spec sets no header rules for notifications; those are only
    checked against the headers they do carry. Responses are not checked. A missing `_meta`
    protocol version is -32602 (V-09); whether a version is supported (-32022) is not decided here.
    """
    if msg.kind == REQUEST:
        _validate_request_headers(headers, msg)
    elif msg.kind == NOTIFICATION:
        _validate_notification_headers(headers, msg)


def _validate_request_headers(headers: Mapping[str, str], msg: Message) -> None:
    params = msg.params
    version = _body_protocol_version(params)
    _expect_plain(headers.get(_VERSION_KEY), PROTOCOL_VERSION_HEADER, version, _VERSION_FIELD)
    _expect_plain(headers.get(_METHOD_KEY), METHOD_HEADER, msg.method, "method")
    name_key = NAME_BEARING_METHODS.get(msg.method or "")
    if name_key is None:
        return
    body_name = params.get(name_key)
    sent = headers.get(_NAME_KEY)
    if sent is None:
        if isinstance(body_name, str):
            raise _mismatch(NAME_HEADER, None, body_name, f"params.{name_key}")
        return  # no name in the body either: the method's own validation reports that
    decoded = decode_header_value(sent, NAME_HEADER)
    if decoded != body_name:
        raise _mismatch(NAME_HEADER, decoded, body_name, f"params.{name_key}")


def _validate_notification_headers(headers: Mapping[str, str], msg: Message) -> None:
    sent_method = headers.get(_METHOD_KEY)
    if sent_method is not None:
        _expect_plain(sent_method, METHOD_HEADER, msg.method, "method")
    sent_version = headers.get(_VERSION_KEY)
    body_version = request_meta(msg.params).get(META_PROTOCOL_VERSION)
    if sent_version is not None and body_version is not None:
        _expect_plain(sent_version, PROTOCOL_VERSION_HEADER, body_version, _VERSION_FIELD)


def _expect_plain(sent: str | None, header: str, expected: object, body_field: str) -> None:
    if sent is None:
        raise _mismatch(header, None, expected, body_field)
    value = _plain_value(sent, header)
    if value != expected:
        raise _mismatch(header, value, expected, body_field)


def mirrored_headers(msg: Message, protocol_version: str) -> list[tuple[str, str]]:
    """The standard headers to send with `msg` on a modern HTTP POST.

    Every message gets `MCP-Protocol-Version`; requests and notifications `Mcp-Method`; the
    name-bearing requests `Mcp-Name` (sentinel-encoded when needed). Raises ProtocolError when the
    method or version cannot travel in a header at all (it would otherwise split the header block).
    """
    _require_header_safe(protocol_version, PROTOCOL_VERSION_HEADER)
    out = [(PROTOCOL_VERSION_HEADER, protocol_version)]
    if msg.method is None:
        return out
    _require_header_safe(msg.method, METHOD_HEADER)
    out.append((METHOD_HEADER, msg.method))
    name_key = NAME_BEARING_METHODS.get(msg.method)
    if msg.kind == REQUEST and name_key is not None:
        name = msg.params.get(name_key)
        if isinstance(name, str):
            out.append((NAME_HEADER, encode_header_value(name)))
    return out


def _require_header_safe(value: str, header: str) -> None:
    if _PLAIN_SAFE.fullmatch(value) is None:
        raise ProtocolError(
            INVALID_REQUEST,
            f"{_shown(value)} cannot be sent as the {header} header: it must be visible ASCII "
            "without leading or trailing spaces",
            reason="header_unrepresentable",
            http_status=400,
        )


def forwardable_param_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The `Mcp-Param-*` headers (any case) among `headers`, to forward upstream unchanged (T-14).

    A pair whose value holds CR, LF or NUL is dropped: an HTTP parser never produces one, and
    writing it out would inject header lines.
    """
    return [
        (name, value)
        for name, value in headers
        if len(name) > len(_PARAM_PREFIX_LOWER)
        and name[: len(_PARAM_PREFIX_LOWER)].lower() == _PARAM_PREFIX_LOWER
        and "\r" not in value and "\n" not in value and "\0" not in value
    ]


# -- x-mcp-header --------------------------------------------------------------------------------


class _Position:
    """One subschema found while walking an inputSchema.

    It links to its parent instead of carrying its full path, so a walk over a deeply nested
    schema stays linear; `path` and `pointer` are built only for the few positions that need them.
    """

    __slots__ = ("on_chain", "parent", "schema", "segments")

    def __init__(
        self,
        schema: Mapping[str, Any],
        parent: _Position | None = None,
        segments: tuple[str, ...] = (),
        on_chain: bool = True,
    ) -> None:
        self.schema = schema
        self.parent = parent
        self.segments = segments  # the keys leading here from the parent, e.g. ("properties", "a")
        self.on_chain = on_chain  # reached through `properties` keys alone

    def path(self) -> SchemaPath | None:
        """The chain of `properties` keys from the root, or None when off that chain."""
        if not self.on_chain:
            return None
        names: list[str] = []
        pos: _Position | None = self
        while pos is not None and pos.parent is not None:
            names.append(pos.segments[-1])
            pos = pos.parent
        return tuple(reversed(names))

    def pointer(self) -> str:
        """A JSON pointer to this position, for messages."""
        parts: list[str] = []
        pos: _Position | None = self
        while pos is not None:
            parts.extend(reversed(pos.segments))
            pos = pos.parent
        return "#" + "".join("/" + part for part in reversed(parts))


def _schema_positions(root: object) -> Iterator[_Position]:
    """Every subschema of `root`. Iterative, so a deeply nested schema cannot exhaust the stack.

    `$ref` is not followed, and instance data (`default`, `enum`, `examples`...) is not entered.
    """
    if not isinstance(root, Mapping):
        return
    stack = [_Position(root)]
    while stack:
        pos = stack.pop()
        yield pos
        children: list[_Position] = []
        for keyword, value in pos.schema.items():
            subs: list[tuple[tuple[str, ...], object]]
            if keyword == "properties" and isinstance(value, Mapping):
                subs = [((keyword, str(name)), sub) for name, sub in value.items()]
                on_chain = pos.on_chain
            elif keyword in _SUBSCHEMA_KEYWORDS:
                items = enumerate(value) if isinstance(value, list) else [(None, value)]
                subs = [((keyword,) if i is None else (keyword, str(i)), sub) for i, sub in items]
                on_chain = False
            elif keyword in _SUBSCHEMA_MAP_KEYWORDS and isinstance(value, Mapping):
                subs = [((keyword, str(name)), sub) for name, sub in value.items()]
                on_chain = False
            else:
                continue
            children.extend(
                _Position(sub, pos, segments, on_chain)
                for segments, sub in subs
                if isinstance(sub, Mapping)
            )
        stack.extend(reversed(children))  # so that positions come out in document order


def _annotation_problem(pos: _Position) -> str | None:
    token = pos.schema[X_MCP_HEADER]
    where = "the schema root" if pos.parent is None else pos.pointer()
    if not pos.path():
        return (
            f"{X_MCP_HEADER} at {where} is not allowed: only properties reached through "
            "`properties` keys alone (no items, anyOf/oneOf/allOf, not, if/then/else, $ref, $defs) "
            "may carry it"
        )
    if not isinstance(token, str):
        return f"{X_MCP_HEADER} at {where} must be a string, not {type(token).__name__}"
    if not token:
        return f"{X_MCP_HEADER} at {where} is empty"
    if _TOKEN.fullmatch(token) is None:
        return (
            f"{X_MCP_HEADER} {_shown(token)} at {where} is not an HTTP field-name token "
            "(letters, digits and !#$%&'*+-.^_`|~ only)"
        )
    declared = pos.schema.get("type")
    if not isinstance(declared, str) or declared not in _HEADER_TYPES:
        return (
            f"{X_MCP_HEADER} at {where} needs a property of type string, integer or boolean, "
            f"not {_shown(declared)}"
        )
    return None


def x_mcp_header_problems(input_schema: Mapping[str, object]) -> list[str]:
    """Why the `x-mcp-header` annotations of a tool's inputSchema are invalid ([] if they are fine).

    A client on Streamable HTTP must drop a tool with any of these problems from tools/list.
    """
    problems: list[str] = []
    seen: dict[str, str] = {}
    for pos in _schema_positions(input_schema):
        if X_MCP_HEADER not in pos.schema:
            continue
        problem = _annotation_problem(pos)
        if problem is not None:
            problems.append(problem)
            continue
        token, pointer = str(pos.schema[X_MCP_HEADER]), pos.pointer()
        earlier = seen.setdefault(token.lower(), pointer)
        if earlier != pointer:
            problems.append(
                f"{X_MCP_HEADER} {token!r} at {pointer} repeats the one at {earlier} "
                "(header names are case-insensitive)"
            )
    return problems


def _value_at(arguments: Mapping[str, object], path: SchemaPath) -> object:
    node: object = arguments
    for key in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _same_number(sent: str, value: int | float) -> bool:
    if _DECIMAL.fullmatch(sent) is None:
        return False
    try:
        return Decimal(sent) == Decimal(repr(value) if isinstance(value, float) else value)
    except (InvalidOperation, ValueError):
        return False


def _param_matches(sent: str, value: object) -> bool:
    if isinstance(value, bool):
        return sent == ("true" if value else "false")
    if isinstance(value, str):
        return sent == value
    if isinstance(value, int | float):
        return _same_number(sent, value)
    return False


class ParamHeaderRules:
    """The `Mcp-Param-*` rules of one tool, compiled once from its inputSchema.

    Hold one per known tool: walking the schema on every call would cost more than the check.
    A schema with invalid annotations yields no rules, since conforming clients drop such a tool
    and send no headers for it.
    """

    __slots__ = ("_rules",)

    def __init__(self, input_schema: Mapping[str, object] | None) -> None:
        self._rules: tuple[tuple[SchemaPath, str, str], ...] = ()
        if not input_schema or x_mcp_header_problems(input_schema):
            return
        rules: list[tuple[SchemaPath, str, str]] = []
        for pos in _schema_positions(input_schema):
            token = pos.schema.get(X_MCP_HEADER)
            path = pos.path() if isinstance(token, str) else None
            if token and path:
                header = PARAM_HEADER_PREFIX + str(token)
                rules.append((path, header, header.lower()))
        self._rules = tuple(rules)

    def __bool__(self) -> bool:
        return bool(self._rules)

    def headers_for(self, arguments: Mapping[str, object]) -> list[tuple[str, str]]:
        """The `Mcp-Param-*` headers a client sends with these arguments (for bridging a client
        that cannot, such as a stdio or legacy one, to a modern upstream)."""
        out: list[tuple[str, str]] = []
        for path, header, _ in self._rules:
            text = param_header_value(_value_at(arguments, path))
            if text is not None:
                out.append((header, encode_header_value(text)))
        return out

    def validate(self, headers: Mapping[str, str], arguments: Mapping[str, object]) -> None:
        """Raise ProtocolError(HEADER_MISMATCH) unless the headers mirror the arguments."""
        if not self._rules:
            return
        sent = {
            name.lower(): value for name, value in headers.items()
            if name[: len(_PARAM_PREFIX_LOWER)].lower() == _PARAM_PREFIX_LOWER
        }
        for path, header, key in self._rules:
            _check_param(header, sent.get(key), _value_at(arguments, path), ".".join(path))


def _check_param(header: str, raw: str | None, value: object, argument: str) -> None:
    if raw is None:
        if value is None:
            return
        raise ProtocolError(
            HEADER_MISMATCH,
            f"Header mismatch: the {header} header is missing but argument {argument!r} is "
            f"{_shown(value)}; list the tools again to learn which arguments are mirrored",
            reason="header_mismatch", http_status=400, data={"header": header},
        )
    sent = decode_header_value(raw, header)
    if value is None:
        raise ProtocolError(
            HEADER_MISMATCH,
            f"Header mismatch: {header} header value {_shown(sent)} was sent but argument "
            f"{argument!r} is absent or null",
            reason="header_mismatch", http_status=400, data={"header": header},
        )
    if not _param_matches(sent, value):
        raise _mismatch(header, sent, value, f"arguments.{argument}")


def validate_param_headers(
    headers: Mapping[str, str],
    arguments: Mapping[str, object],
    input_schema: Mapping[str, object] | None,
) -> None:
    """Check `Mcp-Param-*` headers against the tools/call arguments (SH26 custom headers, V-07).

    Each annotated property with a non-null argument needs its header, decoding to that value
    (numbers compared numerically, so "42.0" matches 42); a header for an absent or null argument
    is rejected. Unknown `Mcp-Param-*` headers are ignored. Nothing is checked without a schema or
    with one whose annotations are invalid. Compiles the schema each time: on a hot path keep a
    `ParamHeaderRules` per tool instead.
    """
    ParamHeaderRules(input_schema).validate(headers, arguments)
