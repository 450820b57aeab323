"""Strict argument validation: every tools/call against the tool's `inputSchema`, every
structured result against its `outputSchema`.

Where the schemas come from is injectable (`schema_source`: tool name → definition). Without one,
the guard learns each tool's definition from the upstream's tools/list replies (one guard per
upstream, so per upstream); the approved pins replace that once they exist. A call to a tool the
source does not know passes: deciding about unknown tools is the pinning guard's job.

Request side: `params.arguments` (missing = `{}`) must fit the gateway's caps (string length,
array size, nesting depth, whatever the schema says) and then the schema. A violation is refused
with `schema_violation` (-32602) naming the JSON path of the first few problems; the offending
values are never echoed. A schema that cannot be compiled (invalid, or needing an external `$ref`,
which is never fetched) refuses the call (`schema_invalid`): arguments that cannot be checked do
not go through.

Response side: a successful tools/call result of a tool that declares an `outputSchema` must carry
`structuredContent` that conforms, or the client gets `output_schema_violation` instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final, Literal

import msgspec

from mcpwarden.config import Config, ConfigError, convert_section, parse_size
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard
from mcpwarden.integrity.pins import PinStore
from mcpwarden.integrity.schemas import (
    Caps,
    CompiledSchema,
    SchemaCache,
    SchemaError,
    Strictness,
    Violation,
)
from mcpwarden.wire.errors import INVALID_PARAMS, UPSTREAM_ERROR
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.guards.arguments")

SchemaSource = Callable[[str], Mapping[str, Any] | None]

SHOWN_VIOLATIONS: Final = 3
MAX_TOOLS: Final = 10_000  # learnt definitions kept per upstream
MAX_DEPTH_SETTING: Final = 256
MAX_NAME_IN_MESSAGE: Final = 100


class ArgumentSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    # observe: violations are logged, not refused (to roll strictness out on a live fleet)
    mode: Literal["enforce", "observe"] = "enforce"
    additional_properties: Literal["as_declared", "forbid"] = "as_declared"
    max_string_length: int | str = "1MiB"  # characters; size suffixes accepted
    max_array_items: int = 10_000
    max_depth: int = 32  # the arguments object is level 1
    validate_output: bool = True


def strictness_from(settings: ArgumentSettings, key: str) -> Strictness:
    length = parse_size(settings.max_string_length, f"{key}.max_string_length")
    if length < 1:
        raise ConfigError(f"{key}.max_string_length: must be at least 1")
    if settings.max_array_items < 0:
        raise ConfigError(f"{key}.max_array_items: must be 0 or more")
    if not 1 <= settings.max_depth <= MAX_DEPTH_SETTING:
        raise ConfigError(f"{key}.max_depth: must be between 1 and {MAX_DEPTH_SETTING}")
    return Strictness(forbid_additional=settings.additional_properties == "forbid",
                      max_string_length=length, max_array_items=settings.max_array_items,
                      max_depth=settings.max_depth)


class ToolCatalog:
    """Tool definitions learnt from tools/list results (pages merge; a newer entry wins)."""

    def __init__(self, max_tools: int = MAX_TOOLS) -> None:
        self.max_tools = max_tools
        self._tools: dict[str, Mapping[str, Any]] = {}

    def __call__(self, name: str) -> Mapping[str, Any] | None:
        return self._tools.get(name)

    def learn(self, result: Any) -> None:
        tools = result.get("tools") if isinstance(result, dict) else None
        for tool in tools if isinstance(tools, list) else ():
            name = tool.get("name") if isinstance(tool, dict) else None
            if not isinstance(name, str):
                continue
            if name in self._tools or len(self._tools) < self.max_tools:
                self._tools[name] = tool


class _Compiled:
    """Per-field memo: tool name → (the schema object last seen, its compiled form).

    A source that hands back the same schema object costs one identity check per call; anything
    else goes through the cache by canonical hash, so equal schemas compile once.
    """

    def __init__(self, cache: SchemaCache) -> None:
        self.cache = cache
        self._memo: dict[str, tuple[object, CompiledSchema | SchemaError]] = {}

    def get(self, name: str, schema: Any) -> CompiledSchema | SchemaError:
        seen = self._memo.get(name)
        if seen is not None and seen[0] is schema:
            return seen[1]
        try:
            compiled: CompiledSchema | SchemaError = self.cache.get(schema)
        except SchemaError as exc:
            compiled = exc
        if len(self._memo) >= MAX_TOOLS:
            self._memo.clear()
        self._memo[name] = (schema, compiled)
        return compiled


class ArgumentsGuard(Guard):
    name: ClassVar[str] = "arguments"

    def __init__(self, settings: ArgumentSettings | None = None, *,
                 schema_source: SchemaSource | None = None,
                 key: str = "guards.arguments") -> None:
        """Without `schema_source`, definitions are learnt from tools/list replies."""
        settings = settings or ArgumentSettings()
        self.strictness = strictness_from(settings, key)
        self.validate_output = settings.validate_output
        self.observe = settings.mode == "observe"
        self.catalog: ToolCatalog | None = None
        if schema_source is None:
            self.catalog = schema_source = ToolCatalog()
        self.source: SchemaSource = schema_source
        self.caps = Caps(self.strictness)
        cache = SchemaCache(forbid_additional=self.strictness.forbid_additional)
        self._inputs = _Compiled(cache)
        self._outputs = _Compiled(cache)

    @classmethod
    def from_settings(cls, raw: dict[str, Any], key: str, *,
                      schema_source: SchemaSource | None = None) -> ArgumentsGuard:
        return cls(convert_section(raw, ArgumentSettings, key), schema_source=schema_source,
                   key=key)

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any],
              key: str) -> ArgumentsGuard:
        """Calls are held to the approved (pinned) definitions; in `observe` pin mode, where
        changes pass, to the latest listing."""
        if config.upstreams[upstream].pins.mode == "observe":
            return cls.from_settings(raw, key)
        store = PinStore.for_config(config.state, config.state_dir)
        return cls.from_settings(
            raw, key, schema_source=lambda name: store.approved(upstream, "tool", name))

    # -- request side ----------------------------------------------------------------------

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        return self._enforced(ex, self._check_call(ex, msg))

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        return self._enforced(ex, self._check_result(ex, msg))

    def _enforced(self, ex: Exchange, decision: Decision) -> Decision:
        if self.observe and isinstance(decision, Deny):
            log.warning("observe mode, not refused on '%s': %s", ex.upstream, decision.message)
            return PASS
        return decision

    def _check_call(self, ex: Exchange, msg: Message) -> Decision:
        if msg.method != "tools/call" or msg.kind != "request":
            return PASS
        params = msg.params
        name = params.get("name")
        if not isinstance(name, str):
            return PASS  # malformed calls are the upstream's (or authz's) to refuse
        arguments = params.get("arguments")
        if arguments is None:
            arguments = {}
        if not self.caps.is_valid(arguments):
            return _schema_violation(name, self.caps.violations(arguments, "arguments",
                                                                 SHOWN_VIOLATIONS))
        definition = self.source(name)
        if definition is None:
            log.debug("tools/call to '%s' on '%s': no known definition, arguments not checked "
                      "against a schema", _shown(name), ex.upstream)
            return PASS
        schema = definition.get("inputSchema")
        if schema is None:
            return PASS
        compiled = self._inputs.get(name, schema)
        if isinstance(compiled, SchemaError):
            return _unusable(ex.upstream, name, "input", compiled)
        if compiled.is_valid(arguments):
            return PASS
        return _schema_violation(name, compiled.violations(arguments, "arguments",
                                                           SHOWN_VIOLATIONS))

    # -- response side ---------------------------------------------------------------------

    def _check_result(self, ex: Exchange, msg: Message) -> Decision:
        request = ex.request
        if msg.kind != "response" or request is None:
            return PASS
        if request.method == "tools/list":
            if self.catalog is not None:
                self.catalog.learn(msg.result)
            return PASS
        if request.method != "tools/call" or not self.validate_output:
            return PASS
        name = request.params.get("name")
        definition = self.source(name) if isinstance(name, str) else None
        schema = definition.get("outputSchema") if definition is not None else None
        if schema is None:
            return PASS
        assert isinstance(name, str)
        return self._check_output(ex.upstream, name, schema, msg.result)

    def _check_output(self, upstream: str, name: str, schema: Any, result: Any) -> Decision:
        if not isinstance(result, dict) or result.get("isError") is True:
            return PASS
        if result.get("resultType", "complete") != "complete":
            return PASS  # e.g. input_required: no output yet
        compiled = self._outputs.get(name, schema)
        if isinstance(compiled, SchemaError):
            return _unusable(upstream, name, "output", compiled)
        if "structuredContent" not in result:
            return _output_violation(upstream, name, [
                Violation("structuredContent", "missing, but the tool declares an outputSchema")])
        content = result["structuredContent"]
        if compiled.is_valid(content):
            return PASS
        return _output_violation(upstream, name, compiled.violations(
            content, "structuredContent", SHOWN_VIOLATIONS))


def _listed(violations: list[Violation]) -> str:
    text = "; ".join(map(str, violations))
    return text + (" (first problems shown)" if len(violations) >= SHOWN_VIOLATIONS else "")


def _errors(violations: list[Violation]) -> dict[str, Any]:
    return {"errors": [{"path": v.path, "problem": v.problem} for v in violations]}


def _schema_violation(name: str, violations: list[Violation]) -> Deny:
    return Deny(
        reason="schema_violation", code=INVALID_PARAMS, data=_errors(violations),
        message=f"The arguments for tool '{_shown(name)}' do not match its input schema: "
        f"{_listed(violations)}. The call was not forwarded.",
    )


def _output_violation(upstream: str, name: str, violations: list[Violation]) -> Deny:
    return Deny(
        reason="output_schema_violation", code=UPSTREAM_ERROR, data=_errors(violations),
        message=f"Upstream '{upstream}' returned a result for tool '{_shown(name)}' that breaks "
        f"the tool's declared output schema: {_listed(violations)}. The result was withheld.",
    )


def _unusable(upstream: str, name: str, which: str, exc: SchemaError) -> Deny:
    return Deny(
        reason="schema_invalid",
        message=f"The {which} schema of tool '{_shown(name)}' on upstream '{upstream}' cannot "
        f"be used: {exc}. The {'call' if which == 'input' else 'result'} was refused because "
        "it cannot be checked.",
    )


def _shown(name: str) -> str:
    return name if len(name) <= MAX_NAME_IN_MESSAGE else name[:MAX_NAME_IN_MESSAGE] + "…"
