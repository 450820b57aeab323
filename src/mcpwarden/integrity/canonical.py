"""The canonical form of a definition, and its hash.

Canonical JSON: object keys sorted at every depth, no whitespace, UTF-8. Nothing is dropped:
every field a server sends (descriptions, schemas, annotations, `_meta`, icons…) can change what
the model does, so every field is part of the pin. Key order and whitespace never matter; any
other change, however small, gives another hash.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

HASH_PREFIX = "sha256:"


def canonical(definition: Any) -> bytes:
    """Sorted-key, whitespace-free JSON bytes of a JSON-compatible value."""
    return orjson.dumps(definition, option=orjson.OPT_SORT_KEYS)


def digest(definition: Any) -> str:
    """`sha256:<hex>` over the canonical form."""
    return HASH_PREFIX + hashlib.sha256(canonical(definition)).hexdigest()


def pretty(definition: Any) -> str:
    """The canonical form for humans: sorted keys, two-space indent, one trailing newline."""
    text = orjson.dumps(definition, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2).decode()
    return text + "\n"
