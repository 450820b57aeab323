"""Shadowing across upstreams: a tool that poses as, or steers the model towards, another
upstream's tool.

One gateway puts the tools of several upstreams in front of the same model, so a server can
shadow another's tool: offer one under the same name, under a name a model or a human confuses
with it (case, `_`/`-`/`.` and spacing, homoglyphs, one edit away for names of 6 characters or
more), or mention the other's tool in its own texts ("before calling `send_email`, …"). Names
the definition's own upstream lists too are its own business and never count.

Pure functions over names: the pins guard supplies the other upstreams' approved and pending tool
names from the shared pin store, and applies the upstream's `pins.on_shadowing` policy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from mcpwarden.detectors.text import skeleton

MIN_NAME_FOR_ONE_EDIT: Final = 6
MAX_TEXT_FIELDS: Final = 500
_SEPARATORS = re.compile(r"[\s_\-.]+")
_DISTINCTIVE = re.compile(r"[_\-.\d]|[a-z][A-Z]")  # snake, kebab, dotted, digits, camelCase


@dataclass(frozen=True, slots=True)
class ShadowFinding:
    kind: str  # name_collision, confusable_name, mentions_other_tool
    reason: str
    field: str
    span: tuple[int, int]
    score: float = 1.0


def find_shadowing(name: str, definition: Mapping[str, Any], *, listed: Iterable[str],
                   others: Mapping[str, Iterable[str]]) -> list[ShadowFinding]:
    """What in this tool shadows a tool of another upstream (`others`: upstream → tool names).

    `listed`: the tool names of this definition's own listing."""
    own = {name, *listed}
    findings: list[ShadowFinding] = []
    foreign: dict[str, str] = {}  # another upstream's tool name → that upstream
    for upstream, names in sorted(others.items()):
        for other in sorted(names):
            if other == name:
                findings.append(ShadowFinding(
                    "name_collision", f"upstream '{upstream}' offers a tool named '{other}' too",
                    "name", (0, len(name))))
            elif other not in own:
                foreign.setdefault(other, upstream)
    folded = fold_name(name)
    for other, upstream in foreign.items():
        if confusable(folded, fold_name(other)):
            findings.append(ShadowFinding(
                "confusable_name", f"'{name}' is easily confused with the tool '{other}' of "
                f"upstream '{upstream}'", "name", (0, len(name))))
    findings.extend(_mentions(definition, foreign))
    return findings


def colliding_names(name: str, others: Mapping[str, Iterable[str]]
                    ) -> tuple[tuple[str, Literal["tool"], str], ...]:
    """The (upstream, "tool", name) keys of other upstreams' tools with the same or a
    confusable name."""
    folded = fold_name(name)
    return tuple((upstream, "tool", other) for upstream, names in sorted(others.items())
                 for other in sorted(names) if confusable(folded, fold_name(other)))


@functools.lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """Lower case, homoglyphs folded, invisible characters and `_ - .` and spaces dropped."""
    return _SEPARATORS.sub("", skeleton(name))


def confusable(folded: str, other_folded: str) -> bool:
    if folded == other_folded:
        return True
    if min(len(folded), len(other_folded)) < MIN_NAME_FOR_ONE_EDIT:
        return False
    return _one_edit_apart(folded, other_folded)


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1:] == b[start + 1:]  # one substitution
    return a[start:] == b[start + 1:]  # one insertion


def _mentions(definition: Mapping[str, Any], foreign: Mapping[str, str]) -> list[ShadowFinding]:
    if not foreign:
        return []
    pattern = _mention_pattern(tuple(sorted(foreign, key=len, reverse=True)))
    findings = []
    for field, text in _texts(definition):
        for match in pattern.finditer(text):
            other = match.group(_group(match))
            findings.append(ShadowFinding(
                "mentions_other_tool", f"mentions '{other}', a tool of upstream "
                f"'{foreign[other]}'", field, match.span(_group(match))))
    return findings


def _group(match: re.Match[str]) -> str:
    """The named group that matched: the tool name itself, without quotes or "tool"."""
    return next(group for group, value in match.groupdict().items() if value)


@functools.lru_cache(maxsize=256)
def _mention_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Identifier-like names count anywhere as a token; plain words (`search`) only written as
    code (`search`, 'search') or named as a tool ("the search tool")."""
    distinctive = [re.escape(n) for n in names if _DISTINCTIVE.search(n)]
    every = "|".join(re.escape(n) for n in names)
    parts = [rf"[`'\"](?P<quoted>{every})[`'\"]",
             rf"\b(?P<tool>{every})\s+tool\b"]
    if distinctive:
        parts.insert(0, rf"(?<![\w.\-])(?P<name>{'|'.join(distinctive)})(?![\w\-])")
    return re.compile("|".join(parts))


def _texts(definition: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """The texts a model reads: title, description, and the input schema's property texts."""
    for key in ("title", "description"):
        value = definition.get(key)
        if isinstance(value, str):
            yield key, value
    yield from _schema_texts(definition.get("inputSchema"), "inputSchema", [MAX_TEXT_FIELDS])


def _schema_texts(node: Any, path: str, budget: list[int]) -> Iterator[tuple[str, str]]:
    if not isinstance(node, Mapping) or budget[0] <= 0:
        return
    for key in ("title", "description"):
        value = node.get(key)
        if isinstance(value, str):
            budget[0] -= 1
            yield f"{path}.{key}", value
    properties = node.get("properties")
    if isinstance(properties, Mapping):
        for prop, child in properties.items():
            yield from _schema_texts(child, f"{path}.properties.{prop}", budget)
