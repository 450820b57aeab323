"""Leakage control: secrets and personal data in what flows through the gateway.

Request side (exfiltration): every string in the arguments of `tools/call` and `prompts/get`,
object keys included (mirrored `Mcp-Param-*` headers follow a redaction). Response side: the
results of `tools/call`, `resources/read` and `prompts/get` (and their error replies),
server-initiated `sampling/createMessage` requests and log notifications. All strings of one
message are scanned in one pass over their concatenation, a key joined to its string value as
`key=value` so that `{"password": "…"}` reads like any other assignment.

Cost: the raw bytes of the message first go through both detectors' triggers in one Hyperscan
pass (`detectors.leaks.Triage`, stopping as soon as every category asked about is settled); a
message with no trigger (most of them) is passed without being decoded or walked, and a
category without one is not scanned. The others are walked once (image/audio `data` and `blob`
skipped by structure), and only the containers on the way to a redacted string are copied.

Each direction has an action per category — `redact` (typed placeholders such as
`[REDACTED:github_token]`, the message otherwise unchanged, so JSON and the MCP result shape stay
valid), `block` (`secret_in_arguments` / `pii_in_arguments` on the way in, `secret_in_result` /
`pii_in_result` on the way out), `flag` (recorded and logged only) or `off`. Tools can override
both directions, the personal-data kinds and the allowlist.

    chain: [methods, size, leakage]
    guards:
      leakage:
        arguments: {secrets: block, pii: flag}      # the defaults
        results: {secrets: redact, pii: flag}       # the defaults: tools return e-mail
                                                    # addresses legitimately; opt into redact
        pii_kinds: [email, phone, card_number, iban, us_ssn, ip_address]
        private_ips: false                          # 10/8, 192.168/16, fd00::/8… not reported
        allow: {values: [], patterns: ["AKIA[A-Z0-9]{12}EXAMPLE"],
                email_domains: [example.com], ip_ranges: ["203.0.113.0/24"]}
        tools:
          send_mail: {arguments: {pii: off}}
          "vault_*": {results: {secrets: off}}

A value is never written anywhere: findings (recorded with `ex.finding("leakage", reason, …)`
for the audit event, reasons `secret_in_arguments`, `pii_in_arguments`, `secret_in_result`,
`pii_in_result`; in the log and in refusals) carry the kind, the JSON path, the span, the action
and a keyed fingerprint. A key that is itself a secret appears in paths redacted.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import fnmatch
import ipaddress
import logging
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final, Literal

import msgspec

from mcpwarden.config import Config, ConfigError, convert_section
from mcpwarden.detectors import pii as piimod
from mcpwarden.detectors import secrets as secretsmod
from mcpwarden.detectors.leaks import DEFAULT_PLACEHOLDER, Leak, Triage, fingerprint, redact
from mcpwarden.detectors.pii import PII_KINDS, find_pii, may_contain_pii
from mcpwarden.detectors.secrets import find_secrets, may_contain_secrets
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.wire.errors import DENIED, UPSTREAM_ERROR
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.guards.leakage")

Action = Literal["redact", "block", "flag", "off"]
Direction = Literal["arguments", "results"]

MAX_DEPTH: Final = 200
SHOWN_FINDINGS: Final = 5
MAX_NAME_IN_MESSAGE: Final = 100
MAX_RESOLVED: Final = 10_000  # tool names whose glob lookup is remembered
SCANNED_ARGUMENTS: Final = frozenset({"tools/call", "prompts/get"})
SCANNED_RESULTS: Final = frozenset({"tools/call", "resources/read", "prompts/get"})
SCANNED_SERVER_MESSAGES: Final = frozenset({"sampling/createMessage", "notifications/message"})
# Binary payloads (base64) and the gateway's own sealed state are not text to scan.
_BINARY_KEYS: Final = frozenset({"blob", "requestState"})
_BINARY_CONTENT: Final = frozenset({"image", "audio"})
_PLAIN_KEY: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
# Both detectors' triggers in one engine pass over a message's raw bytes (see `Policy.narrowed`)
_TRIAGE: Final = Triage({"secret": (secretsmod.TRIGGERS, may_contain_secrets),
                         "pii": (piimod.TRIAGE_TRIGGERS, may_contain_pii)})
_SECRETS: Final = _TRIAGE.bit["secret"]
_PII: Final = _TRIAGE.bit["pii"]


# -- settings -------------------------------------------------------------------------------------


class DirectionSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Unset keeps the default (DEFAULT_ACTIONS), or the guard-wide setting in a tool override."""

    # YAML reads a bare `off` as false, so false means `off` too
    secrets: Action | bool | None = None
    pii: Action | bool | None = None


class AllowSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    values: list[str] = []  # exact values never reported
    patterns: list[str] = []  # regular expressions a whole value may match
    email_domains: list[str] = []  # e-mail addresses at these domains (and subdomains)
    ip_ranges: list[str] = []  # addresses in these networks, e.g. "10.0.0.0/8"


class ToolSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    arguments: DirectionSettings | None = None
    results: DirectionSettings | None = None
    pii_kinds: list[str] | None = None
    allow: AllowSettings | None = None  # added to the guard-wide allowlist


class LeakageSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    arguments: DirectionSettings = msgspec.field(default_factory=DirectionSettings)
    results: DirectionSettings = msgspec.field(default_factory=DirectionSettings)
    pii_kinds: list[str] = msgspec.field(default_factory=lambda: list(PII_KINDS))
    private_ips: bool = True  # report addresses in private ranges too
    placeholder: str = DEFAULT_PLACEHOLDER
    allow: AllowSettings = msgspec.field(default_factory=AllowSettings)
    tools: dict[str, ToolSettings] = {}  # tool name (or glob) → overrides


DEFAULT_ACTIONS: Final[dict[Direction, tuple[Action, Action]]] = {
    "arguments": ("block", "flag"),  # (secrets, pii): exfiltrating a secret is refused
    "results": ("redact", "flag"),  # personal data is audited, redacted only on request
}


# -- resolved policy ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Allowlist:
    values: frozenset[str] = frozenset()
    patterns: tuple[re.Pattern[str], ...] = ()
    email_domains: tuple[str, ...] = ()
    ip_ranges: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    def allows(self, leak: Leak, value: str) -> bool:
        if value in self.values or any(p.fullmatch(value) for p in self.patterns):
            return True
        if leak.kind == "email" and self.email_domains:
            domain = urllib.parse.unquote(value).rpartition("@")[2].lower()
            return any(domain == d or domain.endswith("." + d) for d in self.email_domains)
        if leak.kind == "ip_address" and self.ip_ranges:
            address = ipaddress.ip_address(value)
            return any(address.version == net.version and address in net
                       for net in self.ip_ranges)
        return False

    def merged(self, other: Allowlist) -> Allowlist:
        return Allowlist(self.values | other.values, self.patterns + other.patterns,
                         self.email_domains + other.email_domains,
                         self.ip_ranges + other.ip_ranges)


@dataclass(frozen=True, slots=True)
class Policy:
    """What one direction does for one tool."""

    secrets: Action
    pii: Action
    pii_kinds: frozenset[str]
    allow: Allowlist
    private_ips: bool
    scan_secrets: bool = True  # False where the prefilter ruled the category out
    scan_pii: bool = True

    @property
    def active(self) -> bool:
        return self.secrets != "off" or self.pii_active

    @property
    def pii_active(self) -> bool:
        return self.pii != "off" and bool(self.pii_kinds)

    def action(self, leak: Leak) -> Action:
        return self.secrets if leak.category == "secret" else self.pii

    def narrowed(self, msg: Message) -> Policy | None:
        """This policy for the categories the raw message may hold, None when it can hold
        nothing this policy looks for (the detectors' prefilters over its bytes, stopping at
        the first trigger; no decoding, no walk)."""
        try:
            raw = msg.raw
        except TypeError:  # not serialisable as JSON (too deep): walk it, and fail closed there
            return self
        wanted = (_SECRETS if self.secrets != "off" else 0) | (_PII if self.pii_active else 0)
        found = _TRIAGE.candidates(raw, wanted)
        if not found:
            return None
        return self.scanning(secrets=bool(found & _SECRETS), pii=bool(found & _PII))

    def scanning(self, *, secrets: bool, pii: bool) -> Policy:
        return Policy(self.secrets, self.pii, self.pii_kinds, self.allow, self.private_ips,
                      scan_secrets=secrets, scan_pii=pii)

    def scan(self, text: str) -> list[Leak]:
        leaks: list[Leak] = []
        if self.secrets != "off" and self.scan_secrets:
            leaks.extend(find_secrets(text))
        if self.pii != "off" and self.pii_kinds and self.scan_pii:
            leaks.extend(find_pii(text, self.pii_kinds, private_ips=self.private_ips))
        if not leaks:
            return leaks
        leaks.sort(key=lambda leak: leak.start)
        return [leak for leak in _without_overlaps(leaks)
                if not self.allow.allows(leak, text[leak.start:leak.end])]


def _without_overlaps(leaks: list[Leak]) -> list[Leak]:
    """A secret wins over personal data on the same characters (a password that is an
    e-mail address is still a password)."""
    kept: list[Leak] = []
    for leak in leaks:
        if kept and leak.start < kept[-1].end:
            if leak.category == "secret" and kept[-1].category == "pii":
                kept[-1] = leak
            continue
        kept.append(leak)
    return kept


def _allowlist(settings: AllowSettings, key: str) -> Allowlist:
    patterns = []
    for index, pattern in enumerate(settings.patterns):
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            raise ConfigError(f"{key}.patterns[{index}]: not a valid regular expression: "
                              f"{exc}") from None
    networks = []
    for index, network in enumerate(settings.ip_ranges):
        try:
            networks.append(ipaddress.ip_network(network, strict=False))
        except ValueError as exc:
            raise ConfigError(f"{key}.ip_ranges[{index}]: {exc}") from None
    domains = tuple(domain.lower().lstrip("@.") for domain in settings.email_domains)
    return Allowlist(frozenset(settings.values), tuple(patterns), domains, tuple(networks))


def _kinds(kinds: list[str], key: str) -> frozenset[str]:
    unknown = sorted(set(kinds) - set(PII_KINDS))
    if unknown:
        raise ConfigError(f"{key}: unknown personal-data kind(s) {', '.join(unknown)}; "
                          f"known: {', '.join(PII_KINDS)}")
    return frozenset(kinds)


def _policy(direction: Direction, layers: Sequence[DirectionSettings | None], kinds: frozenset[str],
            allow: Allowlist, private_ips: bool, key: str) -> Policy:
    secrets, pii = DEFAULT_ACTIONS[direction]
    for layer in layers:
        if layer is not None:
            secrets = _action(layer.secrets, secrets, f"{key}.{direction}.secrets")
            pii = _action(layer.pii, pii, f"{key}.{direction}.pii")
    return Policy(secrets, pii, kinds, allow, private_ips)


def _action(value: Action | bool | None, default: Action, key: str) -> Action:
    if value is None:
        return default
    if value is False:
        return "off"
    if value is True:
        raise ConfigError(f"{key}: say what to do: redact, block, flag or off")
    return value


@dataclass(frozen=True, slots=True)
class Policies:
    arguments: Policy
    results: Policy


def _policies(settings: LeakageSettings, key: str) -> tuple[Policies, dict[str, Policies]]:
    kinds = _kinds(settings.pii_kinds, f"{key}.pii_kinds")
    allow = _allowlist(settings.allow, f"{key}.allow")
    base = Policies(
        _policy("arguments", [settings.arguments], kinds, allow, settings.private_ips, key),
        _policy("results", [settings.results], kinds, allow, settings.private_ips, key),
    )
    tools: dict[str, Policies] = {}
    for name, tool in settings.tools.items():
        where = f"{key}.tools.{name}"
        tool_kinds = kinds if tool.pii_kinds is None else _kinds(tool.pii_kinds,
                                                                 f"{where}.pii_kinds")
        tool_allow = allow if tool.allow is None else allow.merged(
            _allowlist(tool.allow, f"{where}.allow"))
        tools[name] = Policies(
            _policy("arguments", [settings.arguments, tool.arguments], tool_kinds, tool_allow,
                    settings.private_ips, where),
            _policy("results", [settings.results, tool.results], tool_kinds, tool_allow,
                    settings.private_ips, where),
        )
    return base, tools


# -- scanning JSON values -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    category: str
    path: str
    action: Action
    span: tuple[int, int]
    fingerprint: str

    def reason(self, direction: str) -> str:
        """A stable code: `secret_in_arguments`, `pii_in_result`…"""
        return f"{self.category}_in_{'arguments' if direction == 'arguments' else 'result'}"

    def detail(self, direction: str) -> dict[str, Any]:
        return {"kind": self.kind, "category": self.category, "path": self.path,
                "action": self.action, "direction": direction, "span": list(self.span),
                "fingerprint": self.fingerprint}


class TooDeep(Exception):
    """The value nests deeper than the scanner follows."""


SEPARATOR: Final = "\x00"  # between strings: no pattern matches across it
ASSIGNMENT: Final = "="  # between a key and its string value: `{"password": "…"}` reads as
#                          `password=…`, so a name that says "secret" counts as in any text


@dataclass(slots=True)
class _Piece:
    """One string of the value with something found in it: where it is in the joined text, and
    where in the value (the list or object holding it, and its index or key there; a key is
    itself a piece)."""

    text: str
    start: int
    container: Any  # None for a value that is one bare string
    key: Any
    is_key: bool
    leaks: list[Leak] = field(default_factory=list)


class _Walk:
    """Every string of a JSON value in order, joined, with where each one sits. Containers are
    recorded with their parent, so a path or a copy is built only for what was found."""

    __slots__ = ("length", "parents", "parts", "places", "starts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.places: list[tuple[Any, Any, bool]] = []
        self.parents: dict[int, tuple[Any, Any]] = {}
        self.length = 0

    def add(self, text: str, container: Any, key: Any, is_key: bool, joiner: str) -> None:
        if self.parts:
            self.parts.append(joiner)
            self.length += len(joiner)
        self.starts.append(self.length)
        self.places.append((container, key, is_key))
        self.parts.append(text)
        self.length += len(text)

    def visit(self, value: Any, container: Any, key: Any, depth: int, joiner: str) -> None:
        if isinstance(value, str):
            self.add(value, container, key, False, joiner)
            return
        if depth > MAX_DEPTH:
            raise TooDeep()
        if isinstance(value, list):
            self.parents[id(value)] = (container, key)
            for index, item in enumerate(value):
                self.visit(item, value, index, depth + 1, SEPARATOR)
        elif isinstance(value, dict):
            self.parents[id(value)] = (container, key)
            binary = value.get("type") in _BINARY_CONTENT
            for name, item in value.items():
                self.add(name, value, name, True, SEPARATOR)
                if not _skipped(name, binary):
                    self.visit(item, value, name, depth + 1, ASSIGNMENT)

    def piece(self, index: int) -> _Piece:
        container, key, is_key = self.places[index]
        start = self.starts[index]
        return _Piece(self.parts[2 * index], start, container, key, is_key)


@dataclass(slots=True)
class Scrubber:
    """Scans every string of a JSON value (object keys included) in one pass over their
    concatenation, records every finding, and builds the value with the leaks whose action is
    `redact` replaced (the very same object where nothing changed; only the containers on the
    way to a replaced string are copied)."""

    policy: Policy
    placeholder: str
    findings: list[Finding] = field(default_factory=list)
    replaced: dict[str, str] = field(default_factory=dict)  # original string → redacted
    _walk: _Walk = field(default_factory=_Walk)
    _shown_keys: dict[tuple[int, str], str] = field(default_factory=dict)
    _fingerprints: dict[str, str] = field(default_factory=dict)  # a value repeats (a sender)

    def value(self, value: Any, root: str) -> Any:
        walk = self._walk
        walk.visit(value, None, None, 0, SEPARATOR)
        leaks = self.policy.scan("".join(walk.parts)) if walk.parts else []
        if not leaks:
            return value
        found = self._assign(leaks)
        for piece in found:
            if piece.is_key:
                self._shown_keys[(id(piece.container), piece.key)] = redact(
                    piece.text, piece.leaks, self.placeholder)
        for piece in found:
            self._report(root, piece)
        redacted = [piece for piece in found
                    if any(self.policy.action(leak) == "redact" for leak in piece.leaks)]
        return self._rebuild(value, redacted) if redacted else value

    def _assign(self, leaks: list[Leak]) -> list[_Piece]:
        """Hand each leak to the string it starts in, clipped to that string; the strings with
        a leak, in order."""
        walk = self._walk
        found: dict[int, _Piece] = {}
        for leak in leaks:
            index = bisect.bisect_right(walk.starts, leak.start) - 1
            piece = found.get(index)
            if piece is None:
                piece = walk.piece(index)
            start = leak.start - piece.start
            end = min(leak.end - piece.start, len(piece.text))
            if start < len(piece.text):
                found[index] = piece
                piece.leaks.append(Leak(start, end, leak.kind, leak.category, leak.confidence))
        return list(found.values())

    # -- reporting ---------------------------------------------------------------------------

    def _report(self, root: str, piece: _Piece) -> None:
        path = self._path(root, piece.container, None if piece.is_key else piece.key)
        if piece.is_key:
            path = _child(path, self._shown_key(piece.container, piece.key)) + " (key)"
        for leak in piece.leaks:
            self.findings.append(Finding(
                leak.kind, leak.category, path, self.policy.action(leak),
                (leak.start, leak.end), self._fingerprint(piece.text[leak.start:leak.end])))

    def _fingerprint(self, value: str) -> str:
        known = self._fingerprints.get(value)
        if known is None:
            known = self._fingerprints[value] = fingerprint(value)
        return known

    def _path(self, root: str, container: Any, key: Any) -> str:
        steps: list[str] = []
        while container is not None:
            if isinstance(container, list):
                steps.append(f"[{key}]")
            elif key is not None:
                steps.append(_child("", self._shown_key(container, key)))
            key_of_container = self._walk.parents[id(container)]
            container, key = key_of_container
        return root + "".join(reversed(steps))

    def _shown_key(self, container: Any, key: str) -> str:
        """A key as paths show it: with anything found in it redacted, whatever the action."""
        return self._shown_keys.get((id(container), key), key)

    # -- rebuilding --------------------------------------------------------------------------

    def _replacement(self, piece: _Piece) -> str:
        redacted = [leak for leak in piece.leaks if self.policy.action(leak) == "redact"]
        replacement = redact(piece.text, redacted, self.placeholder)
        if not piece.is_key:
            self.replaced[piece.text] = replacement
        return replacement

    def _rebuild(self, value: Any, pieces: list[_Piece]) -> Any:
        copies: dict[int, Any] = {}
        renames: dict[int, dict[str, str]] = {}
        result = value
        for piece in pieces:
            replacement = self._replacement(piece)
            if piece.container is None:
                result = replacement
            elif piece.is_key:
                self._copy(piece.container, copies)
                renames.setdefault(id(piece.container), {})[piece.key] = replacement
            else:
                self._copy(piece.container, copies)[piece.key] = replacement
        for container_id, names in renames.items():
            _rename_keys(copies[container_id], names)
        return copies.get(id(value), result)

    def _copy(self, container: Any, copies: dict[int, Any]) -> Any:
        """The copy of `container` in the rebuilt value, made (with those of its ancestors) on
        first use."""
        copy = copies.get(id(container))
        if copy is None:
            copy = list(container) if isinstance(container, list) else dict(container)
            copies[id(container)] = copy
            parent, key = self._walk.parents[id(container)]
            if parent is not None:
                self._copy(parent, copies)[key] = copy
        return copy

    @property
    def blocking(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.action == "block"]


def _rename_keys(mapping: dict[str, Any], names: dict[str, str]) -> None:
    """Keys redacted in place, the order kept; a renamed key never overwrites another."""
    items = list(mapping.items())
    original = set(mapping)
    mapping.clear()
    for key, item in items:
        new_key = names.get(key, key)
        while new_key != key and (new_key in original or new_key in mapping):
            new_key += "_"
        mapping[new_key] = item


BASE64_SENTINEL: Final = ("=?base64?", "?=")


def _remirrored(headers: list[tuple[str, str]],
                replaced: dict[str, str]) -> list[tuple[str, str]]:
    """`Mcp-Param-*` headers mirror argument values and must keep matching them: a mirrored
    value that was redacted in the body is redacted in its header too (never sent raw)."""
    prefix, suffix = BASE64_SENTINEL
    out = []
    for name, value in headers:
        encoded = value.startswith(prefix) and value.endswith(suffix)
        plain = _b64decode(value[len(prefix):-len(suffix)]) if encoded else value
        if plain is not None and plain in replaced:
            new = replaced[plain]
            value = (prefix + base64.b64encode(new.encode()).decode() + suffix) if encoded \
                else new
        out.append((name, value))
    return out


def _b64decode(value: str) -> str | None:
    try:
        return base64.b64decode(value, validate=True).decode()
    except (binascii.Error, ValueError):
        return None


def _skipped(key: str, binary: bool) -> bool:
    return key in _BINARY_KEYS or (binary and key == "data")


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if _PLAIN_KEY.fullmatch(key) else f"{path}[{_quoted(key)}]"


def _quoted(key: str) -> str:
    return msgspec.json.encode(key).decode()


# -- the guard ------------------------------------------------------------------------------------


class LeakageGuard(Guard):
    name: ClassVar[str] = "leakage"

    def __init__(self, settings: LeakageSettings | None = None, *,
                 key: str = "guards.leakage") -> None:
        settings = settings or LeakageSettings()
        self.placeholder = settings.placeholder
        try:
            self.placeholder.format(kind="kind", category="category")
        except (KeyError, IndexError, ValueError):
            raise ConfigError(f"{key}.placeholder: may name only {{kind}} and {{category}} "
                              "(write {{ and }} for literal braces)") from None
        self.policies, tools = _policies(settings, key)
        self.exact_tools = {name: p for name, p in tools.items() if not _is_glob(name)}
        self.glob_tools = [(name, p) for name, p in tools.items() if _is_glob(name)]
        self._resolved: dict[str, Policies] = {}  # tool name → its policies, globs matched

    @classmethod
    def from_settings(cls, raw: dict[str, Any], key: str) -> LeakageGuard:
        return cls(convert_section(raw, LeakageSettings, key), key=key)

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> LeakageGuard:
        return cls.from_settings(raw, key)

    def policies_for(self, tool: str | None) -> Policies:
        if tool is None or not self.glob_tools:
            return self.policies if tool is None else self.exact_tools.get(tool, self.policies)
        policies = self._resolved.get(tool)
        if policies is None:
            policies = self._lookup(tool)
            if len(self._resolved) < MAX_RESOLVED:  # tool names come from clients: bounded
                self._resolved[tool] = policies
        return policies

    def _lookup(self, tool: str) -> Policies:
        exact = self.exact_tools.get(tool)
        if exact is not None:
            return exact
        for pattern, policies in self.glob_tools:
            if fnmatch.fnmatchcase(tool, pattern):
                return policies
        return self.policies

    # -- request side ------------------------------------------------------------------------

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.method not in SCANNED_ARGUMENTS or msg.kind != "request":
            return PASS
        params = msg.params
        name = params.get("name")
        is_tool = msg.method == "tools/call"
        tool_name = name if is_tool and isinstance(name, str) else None
        policy = self.policies_for(tool_name).arguments
        arguments = params.get("arguments")
        narrowed = policy.narrowed(msg) if policy.active and arguments is not None else None
        if narrowed is None:
            return PASS
        shown_name = _shown(name) if isinstance(name, str) else "?"
        what = f"tool '{shown_name}'" if is_tool else f"prompt '{shown_name}'"
        scrubber = Scrubber(narrowed, self.placeholder)
        try:
            scrubbed = scrubber.value(arguments, "arguments")
        except TooDeep:
            return _too_deep("the arguments", DENIED)
        self._record(ex, scrubber, "arguments")
        if scrubber.blocking:
            return _refusal_in_arguments(what, scrubber.blocking)
        if scrubbed is arguments:
            return PASS
        if ex.forward_headers:
            ex.forward_headers = _remirrored(ex.forward_headers, scrubber.replaced)
        return Rewrite(msg.replace(params={**params, "arguments": scrubbed}))

    # -- response side -----------------------------------------------------------------------

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        request = ex.request
        tool = request.params.get("name") if request is not None and \
            request.method == "tools/call" else None
        policy = self.policies_for(tool if isinstance(tool, str) else None).results
        if msg.kind == "request" or msg.kind == "notification":
            if msg.method not in SCANNED_SERVER_MESSAGES:
                return PASS
            return self._scrub_field(ex, msg, "params", policy, f"server {msg.kind} {msg.method}")
        if request is None or request.method not in SCANNED_RESULTS:
            return PASS
        what = f"tool '{_shown(tool)}'" if isinstance(tool, str) else f"{request.method}"
        field_name = "result" if msg.kind == "response" else "error"
        return self._scrub_field(ex, msg, field_name, policy, what)

    def _scrub_field(self, ex: Exchange, msg: Message, field_name: str, policy: Policy,
                     what: str) -> Decision:
        narrowed = policy.narrowed(msg) if policy.active else None
        if narrowed is None:
            return PASS
        value = msg.obj.get(field_name)
        if value is None:
            return PASS
        scrubber = Scrubber(narrowed, self.placeholder)
        try:
            scrubbed = scrubber.value(value, field_name)
        except TooDeep:
            return _too_deep(f"the {field_name} from {what}", UPSTREAM_ERROR)
        self._record(ex, scrubber, "results")
        if scrubber.blocking:
            return _refusal_in_result(ex.upstream, what, scrubber.blocking)
        if scrubbed is value:
            return PASS
        return Rewrite(msg.replace(**{field_name: scrubbed}))

    def _record(self, ex: Exchange, scrubber: Scrubber, direction: str) -> None:
        if not scrubber.findings:
            return
        for finding in scrubber.findings:
            ex.finding(self.name, finding.reason(direction), **finding.detail(direction))
            log.info("leakage: %s %s (%s) at %s on upstream '%s', fingerprint %s",
                     finding.action, finding.kind, direction, finding.path, ex.upstream,
                     finding.fingerprint)


def _is_glob(name: str) -> bool:
    return any(char in name for char in "*?[")


def _listed(findings: list[Finding]) -> str:
    shown = ", ".join(f"{f.kind} at {f.path}" for f in findings[:SHOWN_FINDINGS])
    more = len(findings) - SHOWN_FINDINGS
    return shown + (f" and {more} more" if more > 0 else "")


def _data(findings: list[Finding]) -> dict[str, Any]:
    return {"findings": [{"kind": f.kind, "path": f.path, "fingerprint": f.fingerprint}
                         for f in findings[:SHOWN_FINDINGS]]}


def _category(findings: list[Finding]) -> str:
    return "secret" if any(f.category == "secret" for f in findings) else "pii"


def _refusal_in_arguments(what: str, findings: list[Finding]) -> Deny:
    category = _category(findings)
    noun = "a secret" if category == "secret" else "personal data"
    return Deny(
        reason=f"{category}_in_arguments", data=_data(findings),
        message=f"The arguments for {what} contain {noun} ({_listed(findings)}). "
        "The call was not forwarded: remove the value, or ask an administrator to allowlist it "
        "(guards.leakage.allow).",
    )


def _refusal_in_result(upstream: str, what: str, findings: list[Finding]) -> Deny:
    category = _category(findings)
    noun = "a secret" if category == "secret" else "personal data"
    return Deny(
        reason=f"{category}_in_result", code=UPSTREAM_ERROR, data=_data(findings),
        message=f"Upstream '{upstream}' sent {noun} in the reply to {what} "
        f"({_listed(findings)}). It was withheld; an administrator can allowlist the value or "
        "switch this direction to `redact` (guards.leakage.results).",
    )


def _too_deep(what: str, code: int) -> Deny:
    return Deny(
        reason="leakage_unscannable", code=code,
        message=f"The nesting in {what} goes deeper than {MAX_DEPTH} levels, so it could not be "
        "checked for secrets and personal data; refused (fail closed).",
    )


def _shown(name: Any) -> str:
    text = str(name)
    return text if len(text) <= MAX_NAME_IN_MESSAGE else text[:MAX_NAME_IN_MESSAGE] + "…"
