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
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar, Literal

from mcpwarden.config import Config, ConfigError
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.integrity.canonical import digest
from mcpwarden.integrity.pins import FILE_NAME, Key, PinKind, PinStore
from mcpwarden.wire.jsonrpc import Message

log = logging.getLogger("mcpwarden.pins")

Mode = Literal["enforce", "tofu", "observe"]
MAX_NAME_IN_MESSAGE = 200
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


class PinsGuard(Guard):
    name: ClassVar[str] = "pins"

    def __init__(self, store: PinStore, upstream: str, mode: Mode) -> None:
        self.store = store
        self.upstream = upstream
        self.mode = mode
        self._seen: dict[Key, str] = {}  # last hash this process saw per definition

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> PinsGuard:
        if raw:
            raise ConfigError(f"{key}: the pins guard takes no settings here; set the mode per "
                              f"upstream with `upstreams.{upstream}.pins.mode`")
        store = PinStore.shared(Path(config.state_dir) / FILE_NAME)
        return cls(store, upstream, config.upstreams[upstream].pins.mode)

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.kind != "request" or self.mode == "observe":
            return PASS
        kind = _CALLS.get(msg.method or "")
        if kind is None:
            return PASS
        name = msg.params.get("name")
        if not isinstance(name, str):
            return PASS  # malformed: the upstream answers invalid params; nothing to pin
        await self.store.ready()
        if self._trusted((self.upstream, kind, name)):
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
        kept = []
        for entry in entries:
            name = entry.get(name_field) if isinstance(entry, dict) else None
            if isinstance(name, str) and await self._check(kind, name, entry):
                kept.append(entry)
        if len(kept) == len(entries):
            return PASS
        return Rewrite(msg.replace(result={**result, field: kept}))

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
        return Rewrite(msg.replace(result=withheld))

    async def _check(self, kind: PinKind, name: str, definition: Any) -> bool:
        """Whether the definition may reach the client; records what is new or changed."""
        key = (self.upstream, kind, name)
        hash_ = digest(definition)
        self._seen[key] = hash_
        approved = self.store.approved_hash(key)
        if approved is None and self.mode != "enforce":
            await self.store.atrust(key, definition, hash_)
            approved = self.store.approved_hash(key)
        if hash_ == approved and self.store.pending_hash(key) is None:
            return True
        if hash_ not in (approved, self.store.pending_hash(key), self.store.rejected_hash(key)):
            await self.store.arecord_pending(key, definition, hash_)
            log.warning("upstream %s: %s %r %s; review with `mcpwarden pins diff`", self.upstream,
                        kind.replace("_", " "), name,
                        "is new and not approved" if approved is None else "changed")
        return self.mode == "observe"

    def _trusted(self, key: Key) -> bool:
        approved = self.store.approved_hash(key)
        if self.store.pending_hash(key) is not None:
            return False
        if approved is None:
            return self.mode == "tofu" and key not in self._seen
        seen = self._seen.get(key)
        return seen is None or seen == approved

    def _mismatch(self, kind: PinKind, name: str) -> Deny:
        shown = name if len(name) <= MAX_NAME_IN_MESSAGE else name[:MAX_NAME_IN_MESSAGE] + "…"
        return Deny(
            reason="pin_mismatch",
            message=f"The {kind} '{shown}' of upstream '{self.upstream}' is new or changed "
            "and not approved, so it may not be used; an admin must review it with "
            f"`mcpwarden pins diff --upstream {self.upstream} --name {shown}` and approve it "
            "(`mcpwarden pins approve`).",
            data={"kind": kind, "name": shown},
        )
