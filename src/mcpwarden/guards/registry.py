"""Which guards exist, and how a chain is built for one upstream from the config."""

from __future__ import annotations

from typing import Any, Protocol

from mcpwarden.config import Config, ConfigError
from mcpwarden.guards.arguments import ArgumentsGuard
from mcpwarden.guards.authz import AuthzGuard
from mcpwarden.guards.base import Guard
from mcpwarden.guards.chain import Chain
from mcpwarden.guards.content import ContentGuard
from mcpwarden.guards.leakage import LeakageGuard
from mcpwarden.guards.limits import LimitsGuard
from mcpwarden.guards.methods import MethodGuard
from mcpwarden.guards.pins import PinsGuard
from mcpwarden.guards.request_state import RequestStateGuard
from mcpwarden.guards.size import SizeGuard


class GuardFactory(Protocol):
    def build(self, config: Config, upstream: str, raw: dict[str, Any], key: str) -> Guard: ...


GUARDS: dict[str, GuardFactory] = {
    ArgumentsGuard.name: ArgumentsGuard,
    AuthzGuard.name: AuthzGuard,
    ContentGuard.name: ContentGuard,
    LeakageGuard.name: LeakageGuard,
    LimitsGuard.name: LimitsGuard,
    MethodGuard.name: MethodGuard,
    PinsGuard.name: PinsGuard,
    SizeGuard.name: SizeGuard,
    RequestStateGuard.name: RequestStateGuard,
}
AUTHZ = AuthzGuard.name
PINS = PinsGuard.name
ARGUMENTS = ArgumentsGuard.name
REQUEST_STATE = RequestStateGuard.name
LIMITS = LimitsGuard.name
CONTENT = ContentGuard.name
LEAKAGE = LeakageGuard.name


def chain_names(config: Config) -> list[str]:
    """`config.chain` plus the guards that must not depend on remembering to list them, each
    placed where it belongs unless the chain already places it:

    - `authz` first when there is a policy (default deny);
    - `limits` right after it (over-limit callers cost nothing more);
    - `pins` (each upstream chooses its pin mode; `observe` only reports), then `arguments`
      (calls held to the approved schemas);
    - `content` then `leakage`: on the way back, leakage redacts secrets first, content then
      looks for injections, and `arguments` finally holds the rewritten result to its
      outputSchema (the way out runs the chain in reverse);
    - `request_state` last, nearest the upstream, so every other guard sees only sealed state.

    Each can still be tuned or switched off through its settings (`guards.NAME`)."""
    names = list(config.chain)
    if config.policy is None and AUTHZ in names:
        raise ConfigError("chain: 'authz' is listed but there is no `policy` section for it to "
                          "enforce; add the policy rules, or remove 'authz' from the chain")
    if config.policy is not None:
        _ensure(names, AUTHZ, after=None)
    if config.limits is not None:
        _ensure(names, LIMITS, after=AUTHZ)
    _ensure(names, PINS, after=LIMITS if LIMITS in names else AUTHZ)
    _ensure(names, ARGUMENTS, after=PINS)
    _ensure(names, CONTENT, after=ARGUMENTS)
    _ensure(names, LEAKAGE, after=CONTENT)
    if REQUEST_STATE not in names:
        names.append(REQUEST_STATE)
    return names


def _ensure(names: list[str], name: str, *, after: str | None) -> None:
    """Insert `name` right after `after` (first when `after` is None or absent)."""
    if name not in names:
        names.insert(names.index(after) + 1 if after in names else 0, name)


def build_chain(config: Config, upstream: str) -> Chain:
    """Guards in chain order; per-upstream settings override global ones key by key."""
    local = config.upstreams[upstream].guards
    names = chain_names(config)
    for name in [*names, *config.guards, *local]:
        if name not in GUARDS:
            raise ConfigError(f"unknown guard '{name}'; available: {', '.join(sorted(GUARDS))}")
    for name in local:
        if name not in names:
            raise ConfigError(
                f"upstreams.{upstream}.guards.{name}: the guard is not in `chain`, so these "
                "settings would have no effect"
            )
    guards: list[Guard] = []
    for name in names:
        settings = {**config.guards.get(name, {}), **local.get(name, {})}
        key = f"upstreams.{upstream}.guards.{name}" if name in local else f"guards.{name}"
        guards.append(GUARDS[name].build(config, upstream, settings, key))
    return Chain(guards)
