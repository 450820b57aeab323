"""Which guards exist, and how a chain is built for one upstream from the config."""

from __future__ import annotations

from typing import Any, Protocol

from mcpwarden.config import Config, ConfigError
from mcpwarden.guards.base import Guard
from mcpwarden.guards.chain import Chain
from mcpwarden.guards.methods import MethodGuard
from mcpwarden.guards.size import SizeGuard


class GuardFactory(Protocol):
    def from_settings(self, raw: dict[str, Any], key: str) -> Guard: ...


GUARDS: dict[str, GuardFactory] = {
    MethodGuard.name: MethodGuard,
    SizeGuard.name: SizeGuard,
}


def build_chain(config: Config, upstream: str) -> Chain:
    """Guards in `config.chain` order; per-upstream settings override global ones key by key."""
    local = config.upstreams[upstream].guards
    for name in [*config.chain, *config.guards, *local]:
        if name not in GUARDS:
            raise ConfigError(f"unknown guard '{name}'; available: {', '.join(sorted(GUARDS))}")
    for name in local:
        if name not in config.chain:
            raise ConfigError(
                f"upstreams.{upstream}.guards.{name}: the guard is not in `chain`, so these "
                "settings would have no effect"
            )
    guards = []
    for name in config.chain:
        settings = {**config.guards.get(name, {}), **local.get(name, {})}
        key = f"upstreams.{upstream}.guards.{name}" if name in local else f"guards.{name}"
        guards.append(GUARDS[name].from_settings(settings, key))
    return Chain(guards)
