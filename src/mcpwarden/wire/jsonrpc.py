"""JSON-RPC 2.0 messages as the gateway sees them.

A `Message` keeps the bytes it arrived as. A message that no guard rewrites is relayed as
those exact bytes, so the gateway never pays to re-serialise a large upstream result. Full
decoding happens lazily, on first access to `obj` or `params`.

Client messages are parsed strictly (`Message.parse`): valid UTF-8, a single object (no batches),
`"jsonrpc": "2.0"`, a bounded nesting depth and a well-formed id. Upstream messages are parsed by
envelope only (`Message.from_upstream`): id, method and the kind are read, the payload is skipped.
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal

import msgspec
import orjson

from mcpwarden.wire.errors import INVALID_REQUEST, PARSE_ERROR, ProtocolError

Kind = Literal["request", "notification", "response", "error"]
RequestId = int | str

REQUEST: Final = "request"
NOTIFICATION: Final = "notification"
RESPONSE: Final = "response"
ERROR: Final = "error"

DEFAULT_MAX_DEPTH: Final = 64


class Envelope(msgspec.Struct):
    """The envelope of a JSON-RPC message; payloads stay raw bytes until someone needs them."""

    jsonrpc: str | msgspec.UnsetType = msgspec.UNSET
    id: int | str | msgspec.UnsetType | None = msgspec.UNSET
    method: str | msgspec.UnsetType = msgspec.UNSET
    params: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET
    result: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET
    error: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET


envelope_decoder = msgspec.json.Decoder(Envelope)
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_INNERMOST = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nesting_exceeds(raw: bytes, limit: int) -> bool:
    """True when the JSON text nests arrays/objects deeper than `limit`.

    Counting brackets is a cheap upper bound that settles almost every real message. Otherwise
    strings are dropped, only brackets kept, and innermost pairs peeled off one level per pass,
    all in C: at most `limit + 1` passes, whatever the input. Malformed bracket sequences are
    left for the JSON parser to report.
    """
    if raw.count(b"{") + raw.count(b"[") <= limit:
        return False
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    for _ in range(limit):
        peeled = _INNERMOST.sub(b"", brackets)
        if not peeled or peeled == brackets:
            return False
        brackets = peeled
    return True


def _classify(has_id: bool, has_method: bool, has_result: bool, has_error: bool) -> Kind | None:
    if has_method:
        return REQUEST if has_id else NOTIFICATION
    if has_id and has_result and not has_error:
        return RESPONSE
    if has_id and has_error and not has_result:
        return ERROR
    return None


def _invalid(message: str, reason: str = "invalid_jsonrpc") -> ProtocolError:
    return ProtocolError(INVALID_REQUEST, message, reason=reason)


class Message:
    """One JSON-RPC message. Construct with `parse`, `from_upstream`, `from_obj` or a helper."""

    __slots__ = ("_obj", "_params", "_raw", "id", "kind", "method")

    kind: Kind
    id: RequestId | None
    method: str | None

    def __init__(
        self,
        kind: Kind,
        id: RequestId | None,
        method: str | None,
        *,
        raw: bytes | None = None,
        obj: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.id = id
        self.method = method
        self._raw = raw
        self._obj = obj
        self._params: dict[str, Any] | None = None

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def parse(cls, raw: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Message:
        """Parse a message from a client strictly. Raises ProtocolError with a clear reason."""
        if nesting_exceeds(raw, max_depth):
            raise ProtocolError(
                INVALID_REQUEST,
                f"JSON nesting is deeper than the allowed {max_depth} levels",
                reason="too_deep",
            )
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise ProtocolError(
                PARSE_ERROR, f"Body is not valid UTF-8 JSON: {exc}", reason="invalid_json"
            ) from None
        if isinstance(obj, list):
            raise _invalid(
                "JSON-RPC batches are not supported: send one message per request", "batch"
            )
        return cls.from_obj(obj, raw=raw)

    @classmethod
    def from_obj(cls, obj: Any, *, raw: bytes | None = None) -> Message:
        """Validate a decoded JSON value as one JSON-RPC message."""
        if not isinstance(obj, dict):
            raise _invalid("A JSON-RPC message must be a JSON object")
        if obj.get("jsonrpc") != "2.0":
            raise _invalid('A JSON-RPC message must carry "jsonrpc": "2.0"')
        has_id = "id" in obj
        msg_id = obj.get("id")
        method = obj.get("method")
        kind = _classify(has_id, "method" in obj, "result" in obj, "error" in obj)
        if kind is None:
            raise _invalid("Not a JSON-RPC request, notification or response")
        if kind in (REQUEST, NOTIFICATION):
            if not isinstance(method, str) or not method:
                raise _invalid('"method" must be a non-empty string')
            params = obj.get("params")
            if params is not None and not isinstance(params, dict):
                raise _invalid('"params" must be an object')
        if has_id and not _valid_id(msg_id, allow_null=kind == ERROR):
            raise _invalid('"id" must be a string or an integer')
        return cls(kind, msg_id, method if isinstance(method, str) else None, raw=raw, obj=obj)

    @classmethod
    def from_upstream(cls, raw: bytes) -> Message:
        """Read only the envelope of an upstream message; the payload stays as bytes."""
        try:
            env = envelope_decoder.decode(raw)
        except (msgspec.DecodeError, msgspec.ValidationError, RecursionError) as exc:
            raise ProtocolError(
                PARSE_ERROR, f"Upstream sent an invalid JSON-RPC message: {exc}",
                reason="upstream_invalid_message", http_status=502,
            ) from None
        method = env.method if isinstance(env.method, str) else None
        has_id = env.id is not msgspec.UNSET
        kind = _classify(
            has_id, method is not None,
            env.result is not msgspec.UNSET, env.error is not msgspec.UNSET,
        )
        if kind is None or env.jsonrpc != "2.0":
            raise ProtocolError(
                PARSE_ERROR, "Upstream sent something that is not a JSON-RPC message",
                reason="upstream_invalid_message", http_status=502,
            )
        msg_id = env.id if isinstance(env.id, int | str) else None
        return cls(kind, msg_id, method, raw=raw)

    # -- access -------------------------------------------------------------------------------

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            self._raw = orjson.dumps(self._obj)
        return self._raw

    @property
    def obj(self) -> dict[str, Any]:
        """The decoded message. An upstream payload that turns out not to be valid JSON (the
        envelope decoder skips it) raises ProtocolError(upstream_invalid_message)."""
        if self._obj is None:
            assert self._raw is not None
            try:
                self._obj = orjson.loads(self._raw)
            except orjson.JSONDecodeError as exc:
                raise ProtocolError(
                    PARSE_ERROR, f"Upstream sent an invalid JSON-RPC message: {exc}",
                    reason="upstream_invalid_message", http_status=502,
                ) from None
        return self._obj

    @property
    def params(self) -> dict[str, Any]:
        """The params object (empty when absent). Read-only by convention: copy to change."""
        params = self._params
        if params is None:  # every guard asks for it, so it is looked up once
            found = self.obj.get("params")
            params = self._params = found if isinstance(found, dict) else {}
        return params

    @property
    def result(self) -> Any:
        return self.obj.get("result")

    @property
    def is_request(self) -> bool:
        return self.kind == REQUEST

    @property
    def is_notification(self) -> bool:
        return self.kind == NOTIFICATION

    @property
    def is_reply(self) -> bool:
        """A response or an error response."""
        return self.kind == RESPONSE or self.kind == ERROR

    @property
    def size(self) -> int:
        return len(self.raw)

    def replace(self, **fields: Any) -> Message:
        """A copy with top-level fields replaced (e.g. `id=`, `params=`, `result=`)."""
        obj = dict(self.obj)
        obj.update(fields)
        return Message(self.kind, obj.get("id"), obj.get("method"), obj=obj)

    def __repr__(self) -> str:
        return f"<Message {self.kind} id={self.id!r} method={self.method!r}>"


def _valid_id(value: Any, *, allow_null: bool) -> bool:
    if value is None:
        return allow_null
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


# -- constructors -------------------------------------------------------------------------------


def request(id: RequestId, method: str, params: dict[str, Any] | None = None) -> Message:
    obj: dict[str, Any] = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        obj["params"] = params
    return Message(REQUEST, id, method, obj=obj)


def notification(method: str, params: dict[str, Any] | None = None) -> Message:
    obj: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        obj["params"] = params
    return Message(NOTIFICATION, None, method, obj=obj)


def result(id: RequestId, value: dict[str, Any]) -> Message:
    return Message(RESPONSE, id, None, obj={"jsonrpc": "2.0", "id": id, "result": value})


def error(
    id: RequestId | None, code: int, message: str, data: dict[str, Any] | None = None
) -> Message:
    err: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return Message(ERROR, id, None, obj={"jsonrpc": "2.0", "id": id, "error": err})


def error_from(exc: ProtocolError, id: RequestId | None) -> Message:
    return error(id, exc.code, exc.message, exc.error_data())
