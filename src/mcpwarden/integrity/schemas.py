"""JSON Schema validation of tool arguments and structured results (jsonschema-rs).

Validators are compiled once per schema, keyed by the hash of the schema's canonical JSON
(`integrity.canonical.digest`, the same hash pins use), and reused. The draft is the one the
schema declares in `$schema`, 2020-12 otherwise (the MCP default). External `$ref`s are never
fetched: the retriever refuses every URI, so a schema that needs one does not compile
(`SchemaError`).

Strictness on top of the schema:
- `forbid_additional`: every object schema that says nothing about extra properties refuses them
  (see `forbid_additional_properties`).
- Caps on string length, array size and nesting depth hold whatever the schema allows. They are a
  second validator, compiled once per set of caps, run before the tool's own schema so that huge
  values are refused before any `pattern` runs on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import jsonschema_rs
import orjson

from mcpwarden.integrity.canonical import digest

MAX_SHOWN: Final = 60  # characters of any schema- or caller-supplied text quoted in a message
MAX_CACHED: Final = 4096  # compiled schemas kept; beyond that the cache starts over
DRAFTS_WITH_UNEVALUATED: Final = frozenset(
    {jsonschema_rs.Draft201909Validator, jsonschema_rs.Draft202012Validator})

# Keywords whose subschemas describe a different value (a property, an item) than the schema
# they sit in: where forbid mode closes objects.
_VALUE_SCHEMA: Final = ("additionalProperties", "items", "additionalItems", "contains",
                        "unevaluatedItems", "unevaluatedProperties")
_VALUE_SCHEMA_MAPS: Final = ("properties", "patternProperties")
_VALUE_SCHEMA_LISTS: Final = ("prefixItems", "items")
# Subschemas applied to the same value: object-closing them would split one object's properties
# among branches, so forbid mode only descends through them. `not` and `if` are left alone:
# tightening them would loosen the schema.
_SAME_VALUE_LISTS: Final = ("allOf", "anyOf", "oneOf")
_SAME_VALUE: Final = ("then", "else")
_SAME_VALUE_MAPS: Final = ("$defs", "definitions", "dependentSchemas", "dependencies")
_COMPOSITION: Final = ("$ref", "$dynamicRef", "$recursiveRef", "allOf", "anyOf", "oneOf",
                       "if", "dependentSchemas", "dependencies")
_OBJECT_KEYWORDS: Final = ("properties", "patternProperties", "required", "propertyNames",
                           "minProperties", "maxProperties", "dependentRequired")
_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class SchemaError(Exception):
    """A schema that cannot be used: invalid, or needing a document from elsewhere."""


@dataclass(frozen=True, slots=True)
class Strictness:
    forbid_additional: bool = False
    max_string_length: int = 1024 * 1024
    max_array_items: int = 10_000
    max_depth: int = 32


@dataclass(frozen=True, slots=True)
class Violation:
    """One failed check: where (`arguments.address.zip`) and what was expected."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def refuse_retrieval(uri: str) -> Any:
    """The jsonschema-rs retriever: the gateway never fetches a schema from anywhere."""
    raise ValueError(f"the gateway does not fetch external schemas ($ref to {_shown(uri)})")


class CompiledSchema:
    """A schema compiled once; `violations` explains, `is_valid` is the fast path."""

    __slots__ = ("digest", "is_valid", "validator")

    def __init__(self, validator: jsonschema_rs.Validator, digest: str) -> None:
        self.validator = validator
        self.digest = digest
        self.is_valid = validator.is_valid

    def violations(self, instance: Any, root: str, limit: int = 3) -> list[Violation]:
        found: list[Violation] = []
        for error in self.validator.iter_errors(instance):
            found.append(Violation(json_path(root, error.instance_path), describe(error)))
            if len(found) >= limit:
                break
        return found


def schema_digest(schema: Mapping[str, Any] | bool) -> str:
    """Hash of the canonical JSON form: equal schemas share one compiled validator."""
    try:
        return digest(schema)
    except TypeError as exc:
        raise SchemaError(f"the schema is not plain JSON ({exc})") from None


def compile_schema(schema: Mapping[str, Any] | bool, *, forbid_additional: bool = False,
                   digest: str | None = None) -> CompiledSchema:
    """Compile for its declared draft (2020-12 by default); SchemaError with a reason when the
    schema is invalid or refers to anything outside itself."""
    if not isinstance(schema, Mapping | bool):
        raise SchemaError(f"a schema must be a JSON object or a boolean, not "
                          f"{json_type(schema)}")
    document: dict[str, Any] | bool = dict(schema) if isinstance(schema, Mapping) else schema
    try:
        if forbid_additional and isinstance(document, dict):
            draft = jsonschema_rs.validator_cls_for(document)
            document = forbid_additional_properties(
                document, unevaluated=draft in DRAFTS_WITH_UNEVALUATED)
        validator = jsonschema_rs.validator_for(document, retriever=refuse_retrieval)
    except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError, ValueError) as exc:
        raise SchemaError(_compile_problem(exc)) from None
    return CompiledSchema(validator, digest or schema_digest(schema))


def _compile_problem(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if "is not present in a registry" in first or "does not fetch" in first:
        return ("it refers to a document outside itself, and the gateway does not fetch "
                f"external schemas: {_shown(first, 200)}")
    return f"it is not a valid JSON Schema: {_shown(first, 200)}"


class SchemaCache:
    """Compiled schemas by canonical hash, with the strictness they were compiled for.

    A schema that does not compile is remembered too, so a bad schema costs one attempt.
    """

    def __init__(self, *, forbid_additional: bool = False, max_entries: int = MAX_CACHED) -> None:
        self.forbid_additional = forbid_additional
        self.max_entries = max_entries
        self._compiled: dict[str, CompiledSchema | SchemaError] = {}

    def __len__(self) -> int:
        return len(self._compiled)

    def get(self, schema: Mapping[str, Any] | bool) -> CompiledSchema:
        """The compiled validator, or SchemaError."""
        digest = schema_digest(schema)
        found = self._compiled.get(digest)
        if found is None:
            try:
                found = compile_schema(schema, forbid_additional=self.forbid_additional,
                                       digest=digest)
            except SchemaError as exc:
                found = exc
            if len(self._compiled) >= self.max_entries:
                self._compiled.clear()
            self._compiled[digest] = found
        if isinstance(found, SchemaError):
            raise found
        return found


# -- forbid mode ---------------------------------------------------------------------------------


def forbid_additional_properties(schema: dict[str, Any], *, unevaluated: bool) -> dict[str, Any]:
    """A copy of `schema` where every object schema that declares neither
    `additionalProperties` nor `unevaluatedProperties` refuses properties it does not name.

    On 2019-09/2020-12 the closing keyword is `unevaluatedProperties: false`, which sees the
    properties named through `$ref`, `allOf`, `if/then/else` and the like, so composed schemas keep
    their meaning. Older drafts only have `additionalProperties`, which sees its own schema's
    `properties` alone; there, schemas that compose (`$ref`, `allOf`, …) are left as declared.
    Both keywords constrain objects only, so adding them never changes what other values do.
    """
    closed: dict[str, Any] = _close(schema, value_position=True, unevaluated=unevaluated)
    return closed


def _close(node: Any, *, value_position: bool, unevaluated: bool) -> Any:
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for key in _VALUE_SCHEMA:
        if key in out and isinstance(out[key], dict):
            out[key] = _close(out[key], value_position=True, unevaluated=unevaluated)
    for key in _VALUE_SCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: _close(sub, value_position=True, unevaluated=unevaluated)
                        for name, sub in out[key].items()}
    for key in _VALUE_SCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [_close(sub, value_position=True, unevaluated=unevaluated)
                        for sub in out[key]]
    for key in _SAME_VALUE_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [_close(sub, value_position=False, unevaluated=unevaluated)
                        for sub in out[key]]
    for key in _SAME_VALUE:
        if key in out:
            out[key] = _close(out[key], value_position=False, unevaluated=unevaluated)
    for key in _SAME_VALUE_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: _close(sub, value_position=False, unevaluated=unevaluated)
                        for name, sub in out[key].items()}
    if value_position and _needs_closing(out, unevaluated=unevaluated):
        out["unevaluatedProperties" if unevaluated else "additionalProperties"] = False
    return out


def _needs_closing(node: dict[str, Any], *, unevaluated: bool) -> bool:
    if "additionalProperties" in node or "unevaluatedProperties" in node:
        return False
    composes = any(key in node for key in _COMPOSITION)
    if composes and not unevaluated:
        return False
    declared = node.get("type")
    object_type = declared == "object" or (isinstance(declared, list) and "object" in declared)
    return object_type or composes or any(key in node for key in _OBJECT_KEYWORDS)


# -- caps ---------------------------------------------------------------------------------------


def caps_schema(strictness: Strictness) -> dict[str, Any]:
    """A 2020-12 schema that holds every string, array and nesting level within the caps.

    `$defs/dN` admits containers N levels deep; `d0` admits only scalars, so depth is counted
    without recursion in Python. The whole instance (the arguments object) is level 1.
    """
    scalar = ["string", "number", "boolean", "null"]
    limit = strictness.max_string_length
    defs: dict[str, Any] = {"d0": {"type": scalar, "maxLength": limit}}
    for level in range(1, strictness.max_depth + 1):
        inner = {"$ref": f"#/$defs/d{level - 1}"}
        defs[f"d{level}"] = {
            "maxLength": limit, "maxItems": strictness.max_array_items,
            "propertyNames": {"maxLength": limit},
            "items": inner, "additionalProperties": inner,
        }
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": f"#/$defs/d{strictness.max_depth}", "$defs": defs}


class Caps:
    """The gateway's own limits on any instance, whatever its schema allows."""

    __slots__ = ("is_valid", "strictness", "validator")

    def __init__(self, strictness: Strictness) -> None:
        self.strictness = strictness
        self.validator = jsonschema_rs.validator_for(caps_schema(strictness),
                                                     retriever=refuse_retrieval)
        self.is_valid = self.validator.is_valid

    def violations(self, instance: Any, root: str, limit: int = 3) -> list[Violation]:
        found: list[Violation] = []
        for error in self.validator.iter_errors(instance):
            found.append(Violation(json_path(root, error.instance_path), self._problem(error)))
            if len(found) >= limit:
                break
        return found

    def _problem(self, error: jsonschema_rs.ValidationError) -> str:
        caps = self.strictness
        keyword = error.kind.name
        if keyword == "maxItems":
            return f"more than {caps.max_array_items} items (the gateway's max_array_items)"
        if keyword == "type":
            return f"nested deeper than {caps.max_depth} levels (the gateway's max_depth)"
        if error.schema_path and error.schema_path[-2:-1] == ["propertyNames"]:
            return (f"a property name longer than {caps.max_string_length} characters "
                    "(the gateway's max_string_length)")
        return (f"a string longer than {caps.max_string_length} characters "
                "(the gateway's max_string_length)")


# -- messages -----------------------------------------------------------------------------------


def json_path(root: str, parts: list[str | int]) -> str:
    """`arguments.address.zip`, `arguments.tags[2]`, `arguments["odd key"]`."""
    text = [root]
    for part in parts:
        if isinstance(part, int):
            text.append(f"[{part}]")
        elif _IDENTIFIER.match(part) and len(part) <= MAX_SHOWN:
            text.append(f".{part}")
        else:
            text.append(f"[{_quoted(part)}]")
    return "".join(text)


def describe(error: jsonschema_rs.ValidationError) -> str:
    """What the schema expected, without echoing the (possibly huge) offending value."""
    kind = error.kind
    details = kind.as_dict()
    keyword = kind.name
    got = json_type(error.instance)
    explain = _EXPLAIN.get(keyword)
    if explain is not None:
        return explain(details, got)
    shown = _shown(orjson.dumps(details).decode()) if details else ""
    return f"fails the schema's '{keyword}' check" + (f" ({shown})" if shown else "")


def _names(values: Any) -> str:
    items = values if isinstance(values, list) else [values]
    listed = ", ".join(_quoted(str(v)) for v in items[:5])
    return listed + (f" and {len(items) - 5} more" if len(items) > 5 else "")


def _values(values: Any) -> str:
    items = values if isinstance(values, list) else [values]
    listed = ", ".join(_shown(orjson.dumps(v).decode()) for v in items[:8])
    return listed + (", …" if len(items) > 8 else "")


_EXPLAIN: Final[dict[str, Callable[[dict[str, Any], str], str]]] = {
    "type": lambda d, got: f"expected {' or '.join(map(str, d.get('types', [])))}, got {got}",
    "required": lambda d, got: f"missing required property {_quoted(str(d.get('property')))}",
    "additionalProperties": lambda d, got:
        f"unexpected properties {_names(d.get('unexpected', []))} (the schema allows no others)",
    "unevaluatedProperties": lambda d, got:
        f"unexpected properties {_names(d.get('unexpected', []))} (the schema allows no others)",
    "enum": lambda d, got: f"expected one of {_values(d.get('options', []))}",
    "const": lambda d, got: f"expected {_values(d.get('expected_value'))}",
    "pattern": lambda d, got: f"does not match the pattern {_quoted(str(d.get('pattern')))}",
    "format": lambda d, got: f"is not a valid {_quoted(str(d.get('format')))}",
    "maxLength": lambda d, got: f"longer than {d.get('limit')} characters",
    "minLength": lambda d, got: f"shorter than {d.get('limit')} characters",
    "maxItems": lambda d, got: f"more than {d.get('limit')} items",
    "minItems": lambda d, got: f"fewer than {d.get('limit')} items",
    "maxProperties": lambda d, got: f"more than {d.get('limit')} properties",
    "minProperties": lambda d, got: f"fewer than {d.get('limit')} properties",
    "maximum": lambda d, got: f"greater than the maximum {_values(d.get('limit'))}",
    "minimum": lambda d, got: f"less than the minimum {_values(d.get('limit'))}",
    "exclusiveMaximum": lambda d, got: f"not less than {_values(d.get('limit'))}",
    "exclusiveMinimum": lambda d, got: f"not greater than {_values(d.get('limit'))}",
    "multipleOf": lambda d, got: f"not a multiple of {_values(d.get('multiple_of'))}",
    "uniqueItems": lambda d, got: "items are not unique",
    "falseSchema": lambda d, got: "no value is allowed here",
    "anyOf": lambda d, got: "matches none of the allowed alternatives (anyOf)",
    "oneOf": lambda d, got: "does not match exactly one alternative (oneOf)",
    "oneOfNotValid": lambda d, got: "matches none of the alternatives (oneOf)",
    "oneOfMultipleValid": lambda d, got: "matches more than one alternative (oneOf)",
    "not": lambda d, got: "matches a schema it must not match (not)",
    "contains": lambda d, got: "contains no item of the required kind (contains)",
}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _shown(text: str, limit: int = MAX_SHOWN) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _quoted(text: str) -> str:
    return "'" + _shown(text).replace("'", "\\'") + "'"

