"""The content guard: what comes back from an upstream, before the model reads it.

It reads the text a model will see: tools/call results (text items, embedded resource text,
resource_link titles and descriptions, `structuredContent` strings), resources/read text,
prompts/get messages, server-initiated sampling/createMessage (messages, systemPrompt) and
elicitation/create messages, and — on the 2026-07-28 wire — the same requests carried inside an
`input_required` result's `inputRequests`. For every text it

1. looks for prompt injection (`detectors.injection`) and applies the configured action:
   `block` (a tools/call returns an `isError` result saying why, reason `injection_detected`;
   other replies and server requests are refused with that reason), `spotlight` (the text is
   wrapped in unforgeable per-call markers, see `guards.spotlight`), `redact` (the offending spans
   are replaced by a visible notice) or `flag` (annotated in `_meta["mcpwarden/findings"]` only);
2. neutralises links and images to hosts outside `links.allow_domains` (`guards.links`);
3. removes ANSI escapes, control characters, bidi overrides, zero-width and tag characters;

and before that holds the reply to per-tool caps (result bytes, items, nesting depth, embedded
binary size), truncating with a visible notice or refusing.

`structuredContent` must stay valid against the tool's outputSchema, so it is never wrapped: an
injection found there is handled by `structured` (default `block`) when the action is `spotlight`,
and by the action itself otherwise.

A reply in which nothing is found is passed on as the very bytes the upstream sent.
"""

from __future__ import annotations

import asyncio
import bisect
import dataclasses
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any, ClassVar, Final, Literal

import msgspec
import orjson

from mcpwarden.config import Config, ConfigError, convert_section, parse_size
from mcpwarden.detectors import injection
from mcpwarden.detectors import injection_prefilter as prefiltermod
from mcpwarden.detectors import text as textmod
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.guards.content_items import Binary, Inventory, ItemList, Path, Slot, inventory, shown
from mcpwarden.guards.invisible import has_invisible
from mcpwarden.guards.links import LinkPolicy, find_unsafe_links
from mcpwarden.guards.spotlight import SpotlightMode, new_marker_id, spotlight
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message, nesting_exceeds

Action = Literal["block", "spotlight", "redact", "flag"]
StructuredAction = Literal["block", "redact", "flag"]
Detector = Callable[[str], injection.Report]

GUARD: Final = "content"
META_PREFIX: Final = "mcpwarden/"
META_FINDINGS: Final = "mcpwarden/findings"
META_BLOCKED: Final = "mcpwarden/blocked"
MAX_REPORTED: Final = 50  # findings per message, in `_meta` and in the audit event
SCAN_CHUNK: Final = 60_000  # characters per detector call; the detector reads at most 64 Ki
SCAN_OVERLAP: Final = 2_000
CACHE_ENTRIES: Final = 1024  # verdicts remembered per upstream
SHORT_KEY: Final = 1024  # characters up to which a text is its own cache key
OFFLOAD_BYTES: Final = 32 * 1024  # replies larger than this are checked off the event loop
TRUNCATION_SLACK: Final = 512  # bytes kept free for notices when truncating to the byte cap
RESULT_METHODS: Final = frozenset({"tools/call", "resources/read", "prompts/get"})
SERVER_REQUESTS: Final = frozenset({"sampling/createMessage", "elicitation/create"})


def redaction_notice(reason: str) -> str:
    return f"[removed by mcpwarden: possible prompt injection ({reason})]"


# -- settings ---------------------------------------------------------------------------------


class CapsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    max_result_bytes: int | str = "1MiB"  # the whole reply as sent to the client
    on_oversize: Literal["truncate", "reject"] = "truncate"
    max_items: int = 1000  # content items / resource contents / prompt messages
    max_depth: int = 32  # JSON nesting of the result (the result object is level 1)
    max_binary_bytes: int | str = "5MiB"  # decoded size of one image/audio/blob item


class LinksSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    allow_domains: list[str] = []  # "example.com" (exactly), "*.example.org" (its subdomains)
    action: Literal["neutralise", "flag", "off"] = "neutralise"
    allow_data_images: bool = True  # inline data:image/png|gif|jpeg|webp (never SVG)


class ToolSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Per-tool overrides; what is left out is inherited. `caps` merge key by key."""

    action: Action | None = None
    spotlight: SpotlightMode | None = None
    structured: StructuredAction | None = None
    sanitise: bool | None = None
    links: LinksSettings | None = None
    caps: dict[str, Any] | None = None


class ContentSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    enabled: bool = True
    action: Action = "spotlight"
    spotlight: SpotlightMode = "delimit"
    structured: StructuredAction = "block"
    sanitise: bool = True
    links: LinksSettings = msgspec.field(default_factory=LinksSettings)
    caps: dict[str, Any] = {}
    # "tool", "upstream/tool", or a glob ("search_*"); exact names win over globs
    tools: dict[str, ToolSettings] = {}


@dataclass(frozen=True, slots=True)
class Caps:
    max_result_bytes: int
    on_oversize: Literal["truncate", "reject"]
    max_items: int
    max_depth: int
    max_binary_bytes: int

    @classmethod
    def from_raw(cls, raw: dict[str, Any], key: str) -> Caps:
        settings = convert_section(raw, CapsSettings, key)
        caps = cls(parse_size(settings.max_result_bytes, f"{key}.max_result_bytes"),
                   settings.on_oversize, settings.max_items, settings.max_depth,
                   parse_size(settings.max_binary_bytes, f"{key}.max_binary_bytes"))
        if caps.max_items < 1 or not 1 <= caps.max_depth <= 256 or caps.max_result_bytes < 1024:
            raise ConfigError(f"{key}: max_items must be ≥ 1, max_depth 1..256, and "
                              "max_result_bytes ≥ 1KiB")
        return caps


@dataclass(frozen=True, slots=True)
class Policy:
    """The settings that apply to one reply (an upstream's, or one tool's)."""

    action: Action
    spotlight: SpotlightMode
    structured: StructuredAction
    sanitise: bool
    links: LinkPolicy | None  # None: links are not checked
    link_action: Literal["neutralise", "flag"]
    caps: Caps
    source: str  # names the policy's key in messages ("guards.content.tools.x")

    @property
    def structured_action(self) -> StructuredAction:
        return self.structured if self.action == "spotlight" else self.action


def _policy(settings: ContentSettings, caps: dict[str, Any], key: str) -> Policy:
    links = settings.links
    for domain in links.allow_domains:
        if not domain or "/" in domain or (domain.count("*") and not domain.startswith("*.")) \
                or domain.count("*") > 1:
            raise ConfigError(f"{key}.links.allow_domains: {domain!r} is not a host name or "
                              "'*.' followed by one")
    return Policy(
        action=settings.action, spotlight=settings.spotlight, structured=settings.structured,
        sanitise=settings.sanitise,
        links=None if links.action == "off" else LinkPolicy(
            tuple(d.lower() for d in links.allow_domains), links.allow_data_images),
        link_action="flag" if links.action == "flag" else "neutralise",
        caps=Caps.from_raw(caps, f"{key}.caps"), source=key,
    )


def _tool_policy(base: ContentSettings, tool: ToolSettings, key: str) -> Policy:
    merged = msgspec.structs.replace(
        base,
        **{name: getattr(tool, name) for name in ("action", "spotlight", "structured",
                                                  "sanitise", "links")
           if getattr(tool, name) is not None},
    )
    return _policy(merged, {**base.caps, **(tool.caps or {})}, key)


# -- the pieces of a verdict --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Found:
    """One finding for `_meta` and the audit event: where, why, what was done. No content."""

    item: str
    reason: str
    span: tuple[int, int]
    action: str
    score: float | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"item": self.item, "reason": self.reason,
                               "span": list(self.span), "action": self.action}
        if self.score is not None:
            out["score"] = round(self.score, 2)
        return out


class Blocked(Exception):
    """The reply must not reach the model: `reason` is the stable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(slots=True)
class Work:
    """The reply being checked: the original stays untouched until a change needs a copy."""

    root: dict[str, Any]
    copied: bool = False
    found: list[Found] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # rewrite reason codes, first = strongest
    marker_id: str = ""

    def mutable(self) -> dict[str, Any]:
        if not self.copied:
            self.root = orjson.loads(orjson.dumps(self.root))
            self.copied = True
        return self.root

    def set(self, path: Path, value: Any) -> None:
        parent: Any = self.mutable()
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = value

    def get(self, path: Path) -> Any:
        node: Any = self.root
        for part in path:
            node = node[part]
        return node

    def rewritten(self, reason: str) -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)


def scan_long(detector: Detector, text: str) -> tuple[bool, list[injection.Finding]]:
    """The detector over the whole text, in overlapping chunks when it is long."""
    if len(text) <= SCAN_CHUNK:
        report = detector(text)
        return report.injected, list(report.findings)
    injected, findings = False, []
    for start in range(0, len(text), SCAN_CHUNK - SCAN_OVERLAP):
        report = detector(text[start:start + SCAN_CHUNK])
        injected = injected or report.injected
        findings += [dataclasses.replace(f, start=f.start + start, end=f.end + start)
                     for f in report.findings]
        if start + SCAN_CHUNK >= len(text):
            break
    return injected, findings


GROUP_SEPARATOR: Final = " "  # the model reads adjacent items as one text
# When a reply is judged injected, an item is acted on only if its own evidence is at least
# this strong: a benign item next to an injected one keeps its text.
SLOT_FLOOR: Final = 0.4


Verdict = tuple[bool, list[injection.Finding]]


class ScanCache:
    """The detector's verdicts on recently seen texts: a resource polled again or a page fetched
    twice is not scanned twice. A short text is its own key (a dict compares it in full); a
    longer one is keyed by a 128-bit BLAKE2b digest, so the cache never holds more than
    `entries` times SHORT_KEY characters of content. Thread-safe (large replies are checked in
    worker threads)."""

    def __init__(self, detector: Detector, entries: int = CACHE_ENTRIES) -> None:
        self.detector = detector
        self.entries = entries
        self._verdicts: OrderedDict[str | bytes, tuple[bool, tuple[injection.Finding, ...]]] = \
            OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, text: str) -> Verdict:
        key: str | bytes = text if len(text) <= SHORT_KEY else hashlib.blake2b(
            _utf8(text), digest_size=16).digest()
        with self._lock:
            known = self._verdicts.get(key)
            if known is not None:
                self._verdicts.move_to_end(key)
                return known[0], list(known[1])
        injected, findings = scan_long(self.detector, text)
        with self._lock:
            self._verdicts[key] = (injected, tuple(findings))
            if len(self._verdicts) > self.entries:
                self._verdicts.popitem(last=False)
        return injected, findings


def _utf8(text: str) -> bytes:
    """`text.encode("utf-8", "surrogatepass")`; the detector's gates then reuse the encoding."""
    data = prefiltermod.utf8(text)
    return text.encode("utf-8", "surrogatepass") if data is None else data


def scan_group(scan: Callable[[str], Verdict],
               texts: list[str]) -> tuple[bool, list[list[injection.Finding]]]:
    """Scan `texts` joined as one document; each finding is clipped to the texts it touches
    and given offsets local to that text."""
    if len(texts) == 1:  # the usual reply: one text, nothing to map
        injected, findings = scan(texts[0])
        return injected, [_within(findings, len(texts[0]))]
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) + len(GROUP_SEPARATOR)
    injected, findings = scan(GROUP_SEPARATOR.join(texts))
    per_text: list[list[injection.Finding]] = [[] for _ in texts]
    for finding in findings:
        first = max(0, bisect.bisect_right(starts, finding.start) - 1)
        for index in range(first, len(texts)):
            start = starts[index]
            if start >= finding.end:
                break
            local_start = max(finding.start, start) - start
            local_end = min(finding.end, start + len(texts[index])) - start
            if local_end > local_start:
                per_text[index].append(injection.Finding(
                    local_start, local_end, finding.reason, finding.detail, finding.score))
    return injected, per_text


def _within(findings: list[injection.Finding], size: int) -> list[injection.Finding]:
    """`findings` clipped to [0, size), those left empty dropped."""
    kept = []
    for finding in findings:
        start, end = max(finding.start, 0), min(finding.end, size)
        if start < end:
            kept.append(finding if (start, end) == (finding.start, finding.end) else
                        dataclasses.replace(finding, start=start, end=end))
    return kept


def _remembered(scan: Callable[[str], Verdict]) -> Callable[[str], Verdict]:
    """`scan` that answers a text it was given before (in this one reply) from memory."""
    seen: dict[str, Verdict] = {}

    def once(text: str) -> Verdict:
        verdict = seen.get(text)
        if verdict is None:
            verdict = seen[text] = scan(text)
        return verdict

    return once


def replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` with each [start, end) replaced; spans that overlap or are separated only by
    whitespace merge into one (the first notice wins)."""
    merged: list[list[Any]] = []
    for start, end, notice in sorted(spans):
        if merged and (start < merged[-1][1] or not text[merged[-1][1]:start].strip()):
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, notice])
    out, last = [], 0
    for start, end, notice in merged:
        out += [text[last:start], notice]
        last = end
    out.append(text[last:])
    return "".join(out)


# -- the guard ----------------------------------------------------------------------------------


class ContentGuard(Guard):
    name: ClassVar[str] = GUARD

    def __init__(self, settings: ContentSettings | None = None, *, upstream: str = "",
                 key: str = "guards.content", detector: Detector | None = None) -> None:
        self.settings = settings or ContentSettings()
        self.enabled = self.settings.enabled
        self.upstream = upstream
        self.key = key
        self.detector: Detector = detector or injection.scan
        self.scan = ScanCache(self.detector)
        self.default = _policy(self.settings, self.settings.caps, key)
        self._exact: dict[str, Policy] = {}
        self._globs: list[tuple[str, Policy]] = []
        for name, tool in self.settings.tools.items():
            policy = _tool_policy(self.settings, tool, f"{key}.tools.{name}")
            if any(c in name for c in "*?["):
                self._globs.append((name, policy))
            else:
                self._exact[name] = policy
        self._resolved: dict[str, Policy] = {}

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> ContentGuard:
        return cls(convert_section(raw, ContentSettings, key), upstream=upstream, key=key)

    def policy_for(self, tool: str | None) -> Policy:
        if tool is None or not (self._exact or self._globs):
            return self.default
        policy = self._resolved.get(tool)
        if policy is None:
            policy = self._lookup(tool)
            if len(self._resolved) < 10_000:
                self._resolved[tool] = policy
        return policy

    def _lookup(self, tool: str) -> Policy:
        qualified = f"{self.upstream}/{tool}"
        for name in (qualified, tool):
            if name in self._exact:
                return self._exact[name]
        for pattern, policy in self._globs:
            if fnmatchcase(qualified, pattern) or fnmatchcase(tool, pattern):
                return policy
        return self.default

    # -- the hook ---------------------------------------------------------------------------

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        if not self.enabled:
            return PASS
        target = _target(ex, msg)
        if target is None:
            return PASS
        kind, method = target
        root = msg.result if kind == "result" else msg.params
        if not isinstance(root, dict):
            return PASS
        tool = _tool_name(ex)
        policy = self.policy_for(tool)
        work = Work(root)
        source = _source(ex, tool, method)
        if msg.size > OFFLOAD_BYTES:  # a worker thread lets the event loop serve other requests
            blocked = await asyncio.to_thread(self._check, work, msg, kind, method, policy, source)
        else:
            blocked = self._check(work, msg, kind, method, policy, source)
        if blocked is not None:
            _audit(ex, work)
            return self._blocked(ex, msg, kind, tool, blocked, work)
        if not work.copied and not work.found:
            return PASS
        _audit(ex, work)
        _annotate(work, kind)
        return Rewrite(_rebuilt(msg, kind, work.root), reason=_strongest(work.reasons))

    def _check(self, work: Work, msg: Message, kind: str, method: str, policy: Policy,
               source: str) -> Blocked | None:
        try:
            # The decoded `_meta`, not a byte search: JSON may spell the key `mcpwarden\/…`.
            _drop_forged_meta(work)
            inv = self._capped(work, msg, kind, method, policy)
            if work.copied:  # truncated or forged meta dropped: read what is left
                inv = inventory(work.root, kind, method)
            self._checked_texts(work, inv, policy, source)
        except Blocked as blocked:
            return blocked
        return None

    # -- caps -------------------------------------------------------------------------------

    def _capped(self, work: Work, msg: Message, kind: str, method: str,
                policy: Policy) -> Inventory:
        caps = policy.caps
        if nesting_exceeds(msg.raw, caps.max_depth + 1):
            work.found.append(Found("", "too_deep", (0, 0), "reject"))
            raise Blocked("result_too_deep", f"the reply nests deeper than {caps.max_depth} "
                          f"levels ({policy.source}.caps.max_depth)")
        inv = inventory(work.root, kind, method)
        for binary in inv.binaries:
            if binary.size > caps.max_binary_bytes:
                self._binary_over(work, binary, policy)
        for items in inv.lists:
            if items.length > caps.max_items:
                self._items_over(work, items, policy)
        size = len(orjson.dumps(work.root)) if work.copied else msg.size
        if size > caps.max_result_bytes:
            self._bytes_over(work, kind, method, size, policy)
        return inv

    def _oversize(self, work: Work, what: str, reason: str, path: Path, policy: Policy) -> None:
        if policy.caps.on_oversize == "reject":
            work.found.append(Found(shown(path), reason, (0, 0), "reject"))
            raise Blocked(reason, f"{what} ({policy.source}.caps)")
        work.found.append(Found(shown(path), reason, (0, 0), "truncate"))
        work.rewritten("content_truncated")

    def _binary_over(self, work: Work, binary: Binary, policy: Policy) -> None:
        limit = policy.caps.max_binary_bytes
        what = f"an embedded binary item of about {binary.size} bytes exceeds the {limit}-byte " \
               "limit"
        self._oversize(work, what, "binary_too_large", binary.path, policy)
        notice = f"[binary content removed by mcpwarden: about {binary.size} bytes, more than " \
                 f"the {limit} bytes allowed ({policy.source}.caps.max_binary_bytes)]"
        item = work.get(binary.path)
        if binary.text_item:
            work.set(binary.path, {"type": "text", "text": notice})
        else:
            work.set(binary.path, {"uri": item.get("uri", ""), "mimeType": "text/plain",
                                   "text": notice})

    def _items_over(self, work: Work, items: ItemList, policy: Policy) -> None:
        limit = policy.caps.max_items
        what = f"{items.length} items exceed the limit of {limit}"
        self._oversize(work, what, "too_many_items", items.path, policy)
        work.mutable()  # the kept items are changed later, never in the upstream's message
        kept = list(work.get(items.path)[:limit])
        if items.notice_item:
            kept.append({"type": "text", "text": f"[truncated by mcpwarden: {items.length - limit}"
                         f" more items not shown ({policy.source}.caps.max_items = {limit})]"})
        work.set(items.path, kept)

    def _bytes_over(self, work: Work, kind: str, method: str, size: int, policy: Policy) -> None:
        limit = policy.caps.max_result_bytes
        what = f"the reply is {size} bytes, more than the {limit} bytes allowed"
        self._oversize(work, what, "result_too_large", (), policy)
        notice = f"\n[truncated by mcpwarden: the reply was {size} bytes; at most {limit} are " \
                 f"passed ({policy.source}.caps.max_result_bytes)]"
        for _ in range(3):
            excess = size - limit + TRUNCATION_SLACK
            slots = [s for s in inventory(work.root, kind, method).slots if not s.structured]
            for slot in reversed(slots):
                if excess <= 0:
                    break
                encoded = slot.text.encode("utf-8")
                keep = max(0, len(encoded) - excess)
                work.set(slot.path, encoded[:keep].decode("utf-8", "ignore") + notice)
                excess -= len(encoded) - keep
            size = len(orjson.dumps(work.root))
            if size <= limit:
                return
        raise Blocked("result_too_large", f"the reply is {size} bytes even with its text "
                      f"truncated, more than the {limit} bytes allowed "
                      f"({policy.source}.caps.max_result_bytes)")

    # -- texts ------------------------------------------------------------------------------

    def _checked_texts(self, work: Work, inv: Inventory, policy: Policy, source: str) -> None:
        """Texts and structured strings are each scanned as one document (an injection split
        across two items is still one injection); findings are mapped back to their items."""
        texts: list[Slot] = []
        structured: list[Slot] = []
        for slot in inv.slots:
            (structured if slot.structured else texts).append(slot)
        # `structuredContent` often repeats the text (`{"result": text}`): one verdict serves both
        scan = _remembered(self.scan)
        for group in (texts, structured):
            if group:
                self._checked_group(work, group, policy, source, scan)

    def _checked_group(self, work: Work, group: list[Slot], policy: Policy, source: str,
                       scan: Callable[[str], Verdict]) -> None:
        injected, per_slot = scan_group(scan, [slot.text for slot in group])
        if not injected:
            for slot in group:
                self._checked_text(work, slot, policy, source, False, ())
            return
        strong = [any(f.score >= SLOT_FLOOR for f in found) for found in per_slot]
        if not any(strong):  # only weak evidence, adding up: every item that has some
            strong = [bool(found) for found in per_slot]
        for slot, findings, acted in zip(group, per_slot, strong, strict=True):
            self._checked_text(work, slot, policy, source, acted, findings)

    def _checked_text(self, work: Work, slot: Slot, policy: Policy, source: str,
                      injected: bool, findings: Sequence[injection.Finding]) -> None:
        text = slot.text
        action: str = policy.structured_action if slot.structured else policy.action
        if action == "spotlight" and not slot.wrappable:
            action = "redact"  # markers around a title or a form's question help no one
        spans: list[tuple[int, int, str]] = []
        if injected:
            item = shown(slot.path)
            for finding in findings:
                work.found.append(Found(item, finding.reason, (finding.start, finding.end),
                                        action, finding.score))
            if action == "block":
                raise Blocked("injection_detected", "it looks like a prompt injection")
            work.rewritten(f"injection_{_past(action)}")
            if action == "redact":
                spans += [(f.start, f.end, redaction_notice(f.reason)) for f in findings]
        if policy.links is not None:
            for hit in find_unsafe_links(text, policy.links):
                reason = f"{hit.kind}_not_allowed"
                work.found.append(Found(shown(slot.path), reason, (hit.start, hit.end),
                                        policy.link_action))
                if policy.link_action == "neutralise":
                    spans.append((hit.start, hit.end, hit.replacement))
                    work.rewritten("link_neutralised")
        new = replaced(text, spans) if spans else text
        if policy.sanitise and has_invisible(new):
            for run in textmod.strip_invisible(text)[1]:
                work.found.append(Found(shown(slot.path), f"hidden_{run.kind}", run.span,
                                        "sanitise"))
            new = textmod.strip_invisible(new)[0]
            work.rewritten("content_sanitised")
        if injected and action == "spotlight":
            work.marker_id = work.marker_id or new_marker_id()
            new = spotlight(new, policy.spotlight, source, work.marker_id)
        if new != text:
            work.set(slot.path, new)

    # -- refusal ----------------------------------------------------------------------------

    def _blocked(self, ex: Exchange, msg: Message, kind: str, tool: str | None,
                 blocked: Blocked, work: Work) -> Decision:
        what = f"tool '{tool}'" if tool else (msg.method or "the reply")
        findings = [f.as_dict() for f in work.found[:MAX_REPORTED]]
        message = (f"mcpwarden withheld the result of {what} from upstream '{ex.upstream}': "
                   f"{blocked.message}. The content was not passed on. If this is wrong, an "
                   f"administrator can change guards.content for this "
                   f"{'tool' if tool else 'upstream'}.")
        if kind == "result" and ex.request is not None and ex.request.method == "tools/call":
            result: dict[str, Any] = {
                "content": [{"type": "text", "text": message}],
                "isError": True,
                "_meta": {META_BLOCKED: {"reason": blocked.reason, "guard": GUARD,
                                         "findings": findings}},
            }
            original = msg.result if isinstance(msg.result, dict) else {}
            if ex.era == Era.MODERN or "resultType" in original:
                result["resultType"] = "complete"
            return Rewrite(msg.replace(result=result), reason=_blocked_code(blocked.reason))
        return Deny(reason=blocked.reason, message=message, data={"findings": findings},
                    guard=GUARD)


def _past(action: str) -> str:
    return {"spotlight": "spotlighted", "redact": "redacted", "flag": "flagged"}[action]


def _blocked_code(reason: str) -> str:
    return "injection_blocked" if reason == "injection_detected" else reason


_STRENGTH: Final = ("injection_redacted", "injection_spotlighted", "link_neutralised",
                    "content_truncated", "content_sanitised", "injection_flagged", "link_flagged")


def _strongest(reasons: list[str]) -> str:
    for reason in _STRENGTH:
        if reason in reasons:
            return reason
    return reasons[0] if reasons else "content_flagged"


def _target(ex: Exchange, msg: Message) -> tuple[str, str] | None:
    """("result", method) for a reply worth reading, ("request", method) for a server request."""
    if msg.kind == "request":
        return ("request", msg.method or "") if msg.method in SERVER_REQUESTS else None
    if msg.kind != "response" or ex.request is None:
        return None
    method = ex.request.method or ""
    if method in RESULT_METHODS or b'"inputRequests"' in msg.raw:
        return ("result", method)
    return None


def _tool_name(ex: Exchange) -> str | None:
    if ex.request is None or ex.request.method != "tools/call":
        return None
    name = ex.request.params.get("name")
    return name if isinstance(name, str) else None


def _source(ex: Exchange, tool: str | None, method: str) -> str:
    if tool is not None:
        return f"tool {ex.upstream}/{tool}"
    return f"{method} on {ex.upstream}"


def _audit(ex: Exchange, work: Work) -> None:
    for found in work.found[:MAX_REPORTED]:
        detail: dict[str, Any] = {"span": list(found.span), "action": found.action,
                                  "item": found.item}
        if found.score is not None:
            detail["score"] = round(found.score, 2)
        ex.finding(GUARD, found.reason, **detail)
    if len(work.found) > MAX_REPORTED:
        ex.finding(GUARD, "more_findings", count=len(work.found) - MAX_REPORTED)


def _drop_forged_meta(work: Work) -> None:
    """`_meta["mcpwarden/…"]` is the gateway's to write: an upstream's own copy could tell a
    client that nothing was found."""
    meta = work.root.get("_meta")
    if not isinstance(meta, dict) or not any(str(k).startswith(META_PREFIX) for k in meta):
        return
    work.mutable()["_meta"] = {k: v for k, v in meta.items() if not str(k).startswith(META_PREFIX)}
    work.found.append(Found("_meta", "forged_gateway_meta", (0, 0), "remove"))
    work.rewritten("forged_meta_removed")


def _annotate(work: Work, kind: str) -> None:
    if not work.found:
        return
    root = work.mutable()
    meta = root.get("_meta")
    meta = dict(meta) if isinstance(meta, dict) else {}
    meta[META_FINDINGS] = [f.as_dict() for f in work.found[:MAX_REPORTED]]
    root["_meta"] = meta


def _rebuilt(msg: Message, kind: str, root: dict[str, Any]) -> Message:
    if kind == "result":
        return msg.replace(result=root)
    return msg.replace(params=root)
