"""Pinning: what a server tells the model must match what an admin approved.

Response side: every definition in tools/list, prompts/list and resources/templates/list replies,
and the server `instructions` of initialize / server/discover replies, is hashed in canonical form
and compared with the approved pin (`integrity/pins.py`). A new or changed definition is recorded
as pending for an admin (`mcpwarden pins diff`, `approve`, `reject`). Per upstream mode:

- `enforce`: nothing is trusted until approved; unapproved entries are removed from lists.
- `tofu`: a name never seen before is approved on first sight; a change to it is enforced.
- `observe`: everything passes; new definitions are pinned on sight and changes only logged.

Changed (or, in enforce, unapproved) instructions are withheld: the `instructions` field is
removed from the reply and a warning is logged, so the session still works without the text.

Request side: tools/call and prompts/get for a definition whose last seen version is not the
approved one, that has a change pending review, or (enforce) that was never approved, are
refused with `pin_mismatch`. Entries stay hidden and calls refused until an admin approves or
rejects the pending change, even if the server reverts meanwhile.

Detectors: a tool definition that is new or changed (no approved pin with its hash) is scored
once by the poisoning detector (`score_tool`, with the listing's other tool names). A flagged
one is handled per upstream `pins.on_poisoning`: `block` hides it in every mode and refuses calls
with `poisoning_suspected` (approving it needs `--force`); `approve` never trusts it on first
sight, it waits for an admin; `warn` only logs. The findings are stored with the pending record.
Shadowing (`integrity/shadowing.py`: the same or a confusable name as another upstream's tool in
the shared store, or a mention of one in its texts) works the same way under
`pins.on_shadowing`, refusing with `tool_shadowing`. A name collision with an identical
definition is the same tool behind two routes, not shadowing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from mcpwarden.config import Config, ConfigError, Pins
from mcpwarden.detectors.definitions import score_definition
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.integrity.canonical import digest
from mcpwarden.integrity.pins import Key, PinKind, PinStore
from mcpwarden.integrity.shadowing import colliding_names, find_shadowing
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.pins")

Mode = Literal["enforce", "tofu", "observe"]
Policy = Literal["block", "approve", "warn"]
MAX_NAME_IN_MESSAGE = 200
MAX_CACHED_VERDICTS = 4096
POISONING = "poisoning_suspected"
SHADOWING = "tool_shadowing"
# list method → (result field, kind, the entry field that names it)
_LISTS: dict[str, tuple[str, PinKind, str]] = {
    "tools/list": ("tools", "tool", "name"),
    "prompts/list": ("prompts", "prompt", "name"),
    "resources/templates/list": ("resourceTemplates", "resource_template", "uriTemplate"),
}
_CALLS: dict[str, PinKind] = {"tools/call": "tool", "prompts/get": "prompt"}
_HANDSHAKES = frozenset({"initialize", "server/discover"})
_LIST_CHANGED = frozenset({"notifications/tools/list_changed",
                           "notifications/prompts/list_changed",
                           "notifications/resources/list_changed"})
INSTRUCTIONS_NAME = ""


@dataclass(frozen=True, slots=True)
class Concern:
    """What one check found in a new or changed definition, and what policy says to do."""

    check: str  # the refusal reason it leads to: poisoning_suspected, tool_shadowing
    policy: Policy
    findings: tuple[dict[str, Any], ...]  # kind, reason, field, span, score (stored as JSON)
    # Other upstreams' tools this one collides with: held too, since which one is the impostor
    # cannot be told from the order in which the upstreams happened to list.
    counterparts: tuple[Key, ...] = ()

    @property
    def kinds(self) -> list[str]:
        return list(dict.fromkeys(str(f["kind"]) for f in self.findings))


class PinsGuard(Guard):
    name: ClassVar[str] = "pins"

    def __init__(self, store: PinStore, upstream: str, mode: Mode,
                 on_poisoning: Policy = "approve", on_shadowing: Policy = "approve") -> None:
        self.store = store
        self.upstream = upstream
        self.mode = mode
        self.on_poisoning = on_poisoning
        self.on_shadowing = on_shadowing
        self._seen: dict[Key, str] = {}  # last hash this process saw per definition
        self._verdicts: dict[tuple[str, frozenset[str]], Concern | None] = {}

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> PinsGuard:
        if raw:
            raise ConfigError(f"{key}: the pins guard takes no settings here; set the mode per "
                              f"upstream with `upstreams.{upstream}.pins.mode`")
        store = PinStore.for_config(config.state, config.state_dir)
        pins: Pins = config.upstreams[upstream].pins
        return cls(store, upstream, pins.mode, pins.on_poisoning, pins.on_shadowing)

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.kind != "request":
            return PASS
        kind = _CALLS.get(msg.method or "")
        if kind is None:
            return PASS
        name = msg.params.get("name")
        if not isinstance(name, str):
            return PASS  # malformed: the upstream answers invalid params; nothing to pin
        await self.store.ready()
        key = (self.upstream, kind, name)
        blocked = self.store.blocked_findings(key)
        if blocked is not None:
            return self._suspected(kind, name, blocked)
        if self.mode == "observe" or self._trusted(key):
            return PASS
        return self._mismatch(kind, name)

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.kind == "notification":
            if msg.method in _LIST_CHANGED:
                self.store.refresh_soon()  # the next listing is checked against fresh pins
            return PASS
        if msg.kind != "response" or ex.request is None or ex.request.method is None:
            return PASS
        method = ex.request.method
        if method in _HANDSHAKES:
            return await self._instructions(msg)
        listing = _LISTS.get(method)
        if listing is None:
            return PASS
        return await self._listing(msg, *listing)

    async def _listing(self, msg: Message, field: str, kind: PinKind, name_field: str) -> Decision:
        result = msg.result
        if not isinstance(result, dict) or not isinstance(result.get(field), list):
            return PASS
        await self.store.ready()
        entries: list[Any] = result[field]
        names = [e.get(name_field) if isinstance(e, dict) else None for e in entries]
        listed = [n for n in names if isinstance(n, str)]
        kept = []
        for entry, name in zip(entries, names, strict=True):
            if isinstance(name, str) and await self._check(kind, name, entry, listed):
                kept.append(entry)
        if len(kept) == len(entries):
            return PASS
        return Rewrite(msg.replace(result={**result, field: kept}), reason="pin_withheld")

    async def _instructions(self, msg: Message) -> Decision:
        result = msg.result
        if not isinstance(result, dict) or not isinstance(result.get("instructions"), str):
            return PASS
        await self.store.ready()
        if await self._check("instructions", INSTRUCTIONS_NAME, result["instructions"]):
            return PASS
        log.warning("upstream %s: its server instructions are not the approved ones; they were "
                    "withheld (review with `mcpwarden pins diff --upstream %s --kind "
                    "instructions`)", self.upstream, self.upstream)
        withheld = {k: v for k, v in result.items() if k != "instructions"}
        return Rewrite(msg.replace(result=withheld), reason="instructions_withheld")

    async def _check(self, kind: PinKind, name: str, definition: Any,
                     listed: Sequence[str] = ()) -> bool:
        """Whether the definition may reach the client; records what is new or changed."""
        key = (self.upstream, kind, name)
        hash_ = digest(definition)
        self._seen[key] = hash_
        approved = self.store.approved_hash(key)
        pending = self.store.pending_hash(key)
        if hash_ == approved and pending is None:
            return True
        if hash_ in (approved, pending, self.store.rejected_hash(key)):  # known, awaiting review
            return self.mode == "observe" and self.store.blocked_findings(key) is None
        concerns = self._concerns(kind, name, definition, hash_, listed)
        blocked = any(c.policy == "block" for c in concerns)
        held = any(c.policy != "warn" for c in concerns)
        if approved is None and pending is None and self.mode != "enforce" and not held:
            await self.store.atrust(key, definition, hash_)
            approved = self.store.approved_hash(key)
            if hash_ == approved and self.store.pending_hash(key) is None:
                return True
        if held:
            await self._hold_counterparts(key, concerns)
        if hash_ != approved:
            findings = [f for c in concerns for f in c.findings]
            await self.store.arecord_pending(key, definition, hash_, findings, blocked)
            log.warning("upstream %s: %s %r %s; review with `mcpwarden pins diff`", self.upstream,
                        kind.replace("_", " "), name,
                        "is new and not approved" if approved is None else "changed")
        return self.mode == "observe" and not blocked

    def _concerns(self, kind: PinKind, name: str, definition: Any, hash_: str,
                  listed: Sequence[str]) -> list[Concern]:
        """What the detectors find in a new or changed definition (each one logged)."""
        found = [self._poisoning(kind, definition, hash_, listed)]
        if kind == "tool" and isinstance(definition, Mapping):
            found.append(self._shadowing(name, definition, hash_, listed))
        concerns = [c for c in found if c is not None]
        for concern in concerns:
            outcome = {"block": "blocked", "approve": "held for an admin's approval",
                       "warn": "passed (policy: warn)"}[concern.policy]
            log.warning("upstream %s: %s %r: %s (%s); %s", self.upstream, kind.replace("_", " "),
                        name, concern.check.replace("_", " "), _describe(concern.findings),
                        outcome)
        return concerns

    def _poisoning(self, kind: PinKind, definition: Any, hash_: str,
                   listed: Sequence[str]) -> Concern | None:
        name = definition.get("name") if isinstance(definition, Mapping) else None
        others = frozenset(n for n in listed if n != name)
        cache_key = (hash_, others)
        if cache_key in self._verdicts:
            return self._verdicts[cache_key]
        verdict = score_definition(kind, definition, server_tools=sorted(others))
        concern = None
        if verdict.flagged:
            findings = tuple(
                {"check": POISONING, "policy": self.on_poisoning, "kind": f.kind,
                 "reason": f.reason, "field": f.field, "span": list(f.span),
                 "score": round(f.score, 3)}
                for f in verdict.findings)
            concern = Concern(POISONING, self.on_poisoning, findings)
        if len(self._verdicts) >= MAX_CACHED_VERDICTS:
            self._verdicts.clear()
        self._verdicts[cache_key] = concern
        return concern

    async def _hold_counterparts(self, key: Key, concerns: Sequence[Concern]) -> None:
        """Put the approved tools this one collides with back under review, with a finding
        that names this tool: the outcome must not depend on which upstream listed first."""
        for concern in concerns:
            if concern.policy == "warn":
                continue
            for other in concern.counterparts:
                approved = self.store.approved(other[0], "tool", other[2])
                hash_ = self.store.approved_hash(other)
                if approved is None or hash_ is None or self.store.pending_hash(other):
                    continue
                finding = {"check": SHADOWING, "policy": concern.policy, "kind": "name_collision",
                           "reason": f"upstream '{key[0]}' offers a tool named '{key[2]}' that "
                           "collides with this one; approve the one that is genuine",
                           "field": "name", "span": [0, len(other[2])], "score": 1.0}
                await self.store.arecord_pending(other, approved, hash_, [finding], False)
                log.warning("upstream %s: tool %r is held for review: it collides with tool %r "
                            "of upstream %s", other[0], other[2], key[2], key[0])

    def _trusted(self, key: Key) -> bool:
        approved = self.store.approved_hash(key)
        if self.store.pending_hash(key) is not None:
            return False
        if approved is None:
            return self.mode == "tofu" and key not in self._seen
        seen = self._seen.get(key)
        return seen is None or seen == approved

    def _shadowing(self, name: str, definition: Mapping[str, Any], hash_: str,
                   listed: Sequence[str]) -> Concern | None:
        others: dict[str, frozenset[str]] = {}
        for upstream, names in self.store.names("tool").items():
            if upstream != self.upstream:
                same = name in names and self._same_definition(upstream, name, hash_)
                others[upstream] = names - {name} if same else names
        found = find_shadowing(name, definition, listed=listed, others=others)
        if not found:
            return None
        return Concern(SHADOWING, self.on_shadowing, tuple(
            {"check": SHADOWING, "policy": self.on_shadowing, "kind": f.kind,
             "reason": f.reason, "field": f.field, "span": list(f.span), "score": f.score}
            for f in found), colliding_names(name, others))

    def _same_definition(self, upstream: str, name: str, hash_: str) -> bool:
        key = (upstream, "tool", name)
        return hash_ in (self.store.approved_hash(key), self.store.pending_hash(key))

    def _suspected(self, kind: PinKind, name: str, findings: Sequence[Mapping[str, Any]]) -> Deny:
        shown = _shown(name)
        checks = [str(f.get("check") or POISONING) for f in findings] or [POISONING]
        kinds = list(dict.fromkeys(str(f.get("kind")) for f in findings if f.get("kind")))
        what = "tool poisoning" if checks[0] == POISONING else "tool shadowing"
        return Deny(
            reason=checks[0],
            message=f"The {kind} '{shown}' of upstream '{self.upstream}' was blocked: it looks "
            f"like {what} ({', '.join(kinds) or 'see the findings'}). An admin can review it "
            f"with `mcpwarden pins diff --upstream {self.upstream} --name {shown}`; it can only "
            "be approved with `mcpwarden pins approve --force`.",
            data={"kind": kind, "name": shown, "findings": kinds},
        )

    def _mismatch(self, kind: PinKind, name: str) -> Deny:
        shown = _shown(name)
        return Deny(
            reason="pin_mismatch",
            message=f"The {kind} '{shown}' of upstream '{self.upstream}' is new or changed "
            "and not approved, so it may not be used; an admin must review it with "
            f"`mcpwarden pins diff --upstream {self.upstream} --name {shown}` and approve it "
            "(`mcpwarden pins approve`).",
            data={"kind": kind, "name": shown},
        )


def _shown(name: str) -> str:
    return name if len(name) <= MAX_NAME_IN_MESSAGE else name[:MAX_NAME_IN_MESSAGE] + "…"


def _describe(findings: Sequence[Mapping[str, Any]]) -> str:
    return "; ".join(f"{f.get('kind')} in {f.get('field')}: {f.get('reason')}" for f in findings)
