"""Compose labelled tool definitions from a template family (deterministic for a given seed).

Usage: python -m mcpwarden.detectors.corpus.generate --family a..g [--seed N] [--out FILE.jsonl]

A poisoned record is a realistic benign tool of the family with one attack payload placed in one
carrier (description, parameter description, default, enum, examples, title, output schema,
annotations, an extra side-channel parameter, or split across two fields), optionally wrapped in
a tone (plain, markup, "note for AI assistants", compliance note ...) and disguised (zero-width,
tag characters, bidi override, homoglyphs, base64, hex, ANSI, another language).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

DEFAULT_SEED = 20261121


@dataclass(frozen=True, slots=True)
class ToolSpec:
    name: str
    description: str
    params: tuple[tuple[str, str], ...] = ()
    category: str = "plain"  # plain, security, destructive, admin, same_server, foreign, readme


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    servers: tuple[tuple[str, tuple[ToolSpec, ...]], ...]
    attacks: dict[str, tuple[str, ...]]  # goal -> phrasings with {slots}
    tones: tuple[str, ...]  # wrappers with {payload}
    concealment: tuple[str, ...]
    foreign: tuple[tuple[str, str, str], ...]  # (language, goal, phrasing)
    side_params: tuple[tuple[str, str], ...]  # (name, description) of side-channel parameters
    encoded_wrappers: tuple[str, ...]  # "... {blob}" for base64/hex payloads
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Honest usage notes (modals, warnings, limits) appended to benign *and* host definitions,
    # so that imperative style alone is no class signal.
    notes: tuple[str, ...] = ()
    # Compositional benign tools: (name prefix, description template with {obj}) x objects.
    actions: tuple[tuple[str, str], ...] = ()
    objects: tuple[tuple[str, str], ...] = ()  # (object, identifying parameter)


@dataclass(frozen=True, slots=True)
class Record:
    definition: dict[str, Any]
    label: str  # "poisoned" | "benign"
    technique: str
    carrier: str
    obfuscation: str
    category: str
    server_tools: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "technique": self.technique,
            "carrier": self.carrier,
            "obfuscation": self.obfuscation,
            "category": self.category,
            "server_tools": list(self.server_tools),
            "definition": self.definition,
        }


CARRIERS = (
    *("description_end", "description_start", "description_middle", "param_description"),
    *("param_default", "param_enum", "param_examples", "title", "output_schema"),
    *("annotations_title", "side_parameter", "split"),
)
OBFUSCATIONS = (
    *("none", "none", "none", "none", "zero_width", "tag", "bidi_override", "homoglyph"),
    *("base64", "hex", "ansi", "foreign", "foreign"),
)
_HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def build(family: Family, seed: int = DEFAULT_SEED, poisoned: int = 1500) -> list[Record]:
    """All benign records of `family` (in several renderings) plus `poisoned` attacks."""
    rng = random.Random(seed)  # noqa: S311 - a seeded, reproducible corpus, not a secret
    records = list(_benign(family, rng))
    records.extend(_poisoned(family, rng) for _ in range(poisoned))
    return records


def _render(
    spec: ToolSpec, rng: random.Random, style: int, notes: tuple[str, ...] = ()
) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for pname, pdesc in spec.params:
        prop: dict[str, Any] = {"type": "string"}
        if style != 1 and pdesc:
            prop["description"] = pdesc
        properties[pname] = prop
    description = spec.description
    if notes and spec.category != "foreign" and rng.random() < 0.5:
        description += " " + " ".join(rng.sample(notes, k=min(len(notes), rng.randint(1, 2))))
    definition: dict[str, Any] = {
        "name": spec.name,
        "description": description,
        "inputSchema": {
            "type": "object",
            "properties": properties,
            "required": [p for p, _ in spec.params[:1]],
        },
    }
    if style == 2:
        definition["title"] = spec.name.replace("_", " ").title()
        definition["annotations"] = {"title": definition["title"], "readOnlyHint": True}
    if style == 3:
        lines = [description, "", "Args:"]
        lines += [f"    {p}: {d or 'value'}" for p, d in spec.params]
        definition["description"] = "\n".join(lines)
        definition["outputSchema"] = {
            "type": "object",
            "properties": {"result": {"type": "string", "description": "The result text"}},
        }
    return definition


def _compositional(family: Family) -> tuple[tuple[str, tuple[ToolSpec, ...]], ...]:
    servers = []
    for obj, key in family.objects:
        tools = tuple(
            ToolSpec(
                f"{prefix}_{obj.replace(' ', '_')}",
                template.format(obj=obj),
                ((key, f"The {obj} to act on"), ("options", "Optional settings")),
            )
            for prefix, template in family.actions
        )
        servers.append((obj, tools))
    return tuple(servers)


def _servers(family: Family) -> tuple[tuple[str, tuple[ToolSpec, ...]], ...]:
    return family.servers + _compositional(family)


def _benign(family: Family, rng: random.Random) -> Iterator[Record]:
    hand_written = {name for name, _ in family.servers}
    for server, tools in _servers(family):
        if server not in hand_written:
            tools = tuple(rng.sample(tools, k=min(len(tools), 6)))
        names = tuple(t.name for t in tools)
        for spec in tools:
            for style in range(4):
                others = tuple(n for n in names if n != spec.name)
                definition = _render(spec, rng, style, family.notes)
                yield Record(definition, "benign", "none", "none", "none", spec.category, others)


def _fill(template: str, family: Family, rng: random.Random, host: dict[str, Any]) -> str:
    params = list(host["inputSchema"]["properties"]) or ["input"]
    values = {key: rng.choice(options) for key, options in family.slots.items()}
    values["param"] = rng.choice(params)
    return template.format(**values)


def _poisoned(family: Family, rng: random.Random) -> Record:
    _server, tools = rng.choice(_servers(family))
    plain = [t for t in tools if t.category == "plain"] or list(tools)
    spec = rng.choice(plain)
    host = _render(spec, rng, rng.randrange(4), family.notes)
    others = tuple(t.name for t in tools if t.name != spec.name)
    obfuscation = rng.choice(OBFUSCATIONS)
    if obfuscation == "foreign":
        _lang, goal, template = rng.choice(family.foreign)
        payload = _fill(template, family, rng, host)
    else:
        goal = rng.choice(sorted(family.attacks))
        payload = _fill(rng.choice(family.attacks[goal]), family, rng, host)
        if goal not in {"concealment_only"} and rng.random() < 0.4:
            payload += " " + rng.choice(family.concealment)
        payload = rng.choice(family.tones).format(payload=payload)
    carrier = rng.choice(CARRIERS)
    if goal == "side_channel":
        carrier = "side_parameter"
    if obfuscation in {"tag", "ansi", "bidi_override"} and carrier not in _TEXT_CARRIERS:
        carrier = "description_end"
    payload = _disguise(payload, obfuscation, family, rng)
    definition = _place(host, payload, carrier, family, rng)
    return Record(definition, "poisoned", goal, carrier, obfuscation, "attack", others)


_TEXT_CARRIERS = frozenset(
    {"description_end", "description_start", "description_middle", "param_description"}
)


def _disguise(payload: str, how: str, family: Family, rng: random.Random) -> str:
    if how == "zero_width":
        return " ".join(_zero_width(word, rng) for word in payload.split(" "))
    if how == "tag":
        return "".join(chr(0xE0000 + ord(c)) for c in payload if ord(c) < 0x80)
    if how == "bidi_override":  # stored reversed, displayed forwards by the override
        return "\u202e" + payload[::-1] + "\u202c"
    if how == "homoglyph":
        return "".join(
            _HOMOGLYPHS[c] if c in _HOMOGLYPHS and rng.random() < 0.5 else c for c in payload
        )
    if how == "ansi":
        return "\x1b[8m" + payload + "\x1b[0m"
    if how in {"base64", "hex"}:
        raw = payload.encode("utf-8")
        blob = base64.b64encode(raw).decode() if how == "base64" else raw.hex()
        return rng.choice(family.encoded_wrappers).format(blob=blob)
    return payload


def _zero_width(word: str, rng: random.Random) -> str:
    if len(word) < 4 or rng.random() < 0.3:
        return word
    cut = rng.randrange(1, len(word) - 1)
    return word[:cut] + rng.choice(_ZW) + word[cut:]


def _place(
    host: dict[str, Any], payload: str, carrier: str, family: Family, rng: random.Random
) -> dict[str, Any]:
    definition: dict[str, Any] = json.loads(json.dumps(host))
    props: dict[str, Any] = definition["inputSchema"]["properties"]
    target = rng.choice(sorted(props)) if props else None
    description = str(definition["description"])
    if target is None and carrier.startswith("param"):
        carrier = "description_end"
    if carrier == "description_end":
        definition["description"] = description + rng.choice(("\n\n", " ", "\n")) + payload
    elif carrier == "description_start":
        definition["description"] = payload + rng.choice(("\n", " ")) + description
    elif carrier == "description_middle":
        first, _, rest = description.partition(". ")
        definition["description"] = f"{first}. {payload} {rest}".strip()
    elif carrier == "param_description" and target is not None:
        old = props[target].get("description", "")
        props[target]["description"] = (old + " " + payload).strip()
    elif carrier == "param_default" and target is not None:
        props[target]["default"] = payload
    elif carrier == "param_enum" and target is not None:
        props[target]["enum"] = ["standard", payload, "fast"]
    elif carrier == "param_examples" and target is not None:
        props[target]["examples"] = ["example", payload]
    elif carrier == "title":
        definition["title"] = payload
    elif carrier == "annotations_title":
        definition["annotations"] = {"title": payload, "readOnlyHint": True}
    elif carrier == "output_schema":
        definition["outputSchema"] = {
            "type": "object",
            "description": payload,
            "properties": {"result": {"type": "string"}},
        }
    elif carrier == "side_parameter":
        name, desc = rng.choice(family.side_params)
        props[name] = {"type": "string", "description": (desc + " " + payload).strip()}
    else:  # split: first half of the words in the description, the rest in a parameter
        words = payload.split(" ")
        half = max(1, len(words) // 2)
        definition["description"] = description + " " + " ".join(words[:half])
        key = target or "input"
        props.setdefault(key, {"type": "string"})
        props[key]["description"] = " ".join(words[half:])
    return definition


def family_by_name(name: str) -> Family:
    if name == "a":
        from mcpwarden.detectors.corpus.family_a import FAMILY as A

        return A
    if name == "b":
        from mcpwarden.detectors.corpus.family_b import FAMILY as B

        return B
    if name == "c":
        from mcpwarden.detectors.corpus.family_c import FAMILY as C

        return C
    if name == "d":
        from mcpwarden.detectors.corpus.family_d import FAMILY as D

        return D
    if name == "e":
        from mcpwarden.detectors.corpus.family_e import FAMILY as E

        return E
    if name == "f":
        from mcpwarden.detectors.corpus.family_f import FAMILY as F

        return F
    if name == "g":
        from mcpwarden.detectors.corpus.family_g import FAMILY as G

        return G
    raise ValueError(f"unknown template family {name!r} (expected one of a, b, c, d, e, f, g)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--family", choices=("a", "b", "c", "d", "e", "f", "g"), required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--poisoned", type=int, default=1500)
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), default=sys.stdout)
    args = parser.parse_args(argv)
    for record in build(family_by_name(args.family), args.seed, args.poisoned):
        args.out.write(json.dumps(record.as_json(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
