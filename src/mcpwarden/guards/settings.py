"""Typed settings for configurable guards, decoded with errors that name the config key."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

from mcpwarden.config import ConfigError

S = TypeVar("S", bound=msgspec.Struct)


def decode_settings(raw: dict[str, Any], kind: type[S], key: str) -> S:
    try:
        return msgspec.convert(raw, kind, strict=False)
    except msgspec.ValidationError as exc:
        text, _, where = str(exc).partition(" - at `$")
        path = key + where.rstrip("`") if where else key
        raise ConfigError(f"{path}: {text}") from None
