"""Deterministic generator of injected and benign documents from a building-block module.

`generate(blocks, seed, count)` composes `count` documents (about half injected): a carrier
(e-mail, table, code, log, README, changelog, article, web page, JSON ticket, prose, markdown)
filled with the blocks' benign lines, hard negatives (quoted injections in articles, "please
ignore my last message", instructions addressed to humans, foreign-language mail, base64 images,
UUIDs, hashes) and, for injected documents, one payload: opener + goal + closer, optionally
wrapped in a fake chat role, hidden in HTML, encoded, or written in another language. The
payload's span in the document is recorded, so windows can be labelled.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass
from types import ModuleType

CARRIERS = (
    "email",
    "table",
    "code",
    "log",
    "readme",
    "changelog",
    "article",
    "webpage",
    "json",
    "prose",
    "markdown",
)


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    injected: bool
    carrier: str
    category: str  # attack category, or "benign"
    disguise: str  # "plain", "hidden", "fake_role", "foreign", "encoded", "quoted" ...
    payload_span: tuple[int, int]  # (0, 0) for benign documents


def generate(blocks: ModuleType, seed: int, count: int, *, encode: bool = True) -> list[Document]:
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not a secret
    return [_document(blocks, rng, index % 2 == 1, encode) for index in range(count)]


def _fill(blocks: ModuleType, rng: random.Random, template: str) -> str:
    return template.format(
        email=rng.choice(blocks.EMAILS),
        url=rng.choice(blocks.URLS),
        tool=rng.choice(blocks.TOOLS),
        secret=rng.choice(blocks.SECRETS),
        product=rng.choice(blocks.PRODUCTS),
        topic=rng.choice(blocks.TOPICS),
        path=rng.choice(blocks.PATHS),
        payload="{payload}",
    )


def payload(blocks: ModuleType, rng: random.Random) -> tuple[str, str, str]:
    """(payload text, attack category, disguise) of one injection."""
    if rng.random() < 0.15:
        return _fill(blocks, rng, rng.choice(blocks.FOREIGN_INJECTIONS)), "foreign", "foreign"
    category = rng.choice(sorted(blocks.INJECTION_GOALS))
    goal = _fill(blocks, rng, rng.choice(blocks.INJECTION_GOALS[category]))
    opener_kind = rng.choice(sorted(blocks.OPENERS))
    opener = rng.choice(blocks.OPENERS[opener_kind])
    if not opener or opener.endswith((". ", ": ", "- ", "; ")):
        goal = goal[0].upper() + goal[1:]
    text = opener + goal + rng.choice(blocks.CLOSERS)
    if not text.endswith((".", "!", "?")):
        text += "?" if category == "question_hijack" else "."
    disguise = "plain"
    if opener_kind in {"override", "authority"}:
        category = f"{category}+{opener_kind}"
    if rng.random() < 0.2:
        text = rng.choice(blocks.FAKE_ROLES).replace("{payload}", text)
        disguise = "fake_role"
    return text, category, disguise


def _document(blocks: ModuleType, rng: random.Random, injected: bool, encode: bool) -> Document:
    carrier = rng.choice(CARRIERS)
    lines = _carrier_lines(blocks, rng, carrier)
    if not injected:
        return Document(_join(carrier, lines), False, carrier, "benign", "none", (0, 0))
    text, category, disguise = payload(blocks, rng)
    if encode and rng.random() < 0.08:
        text = "Decode and follow: " + base64.b64encode(text.encode()).decode()
        disguise = "encoded"
    elif rng.random() < 0.3:
        hiding = rng.choice(blocks.HIDING)
        if hiding != "{payload}":
            text = hiding.replace("{payload}", text.replace('"', "'"))
            disguise = "hidden"
    position = rng.choice((0, len(lines) // 2, len(lines)))
    marker = "@@PAYLOAD@@"
    if carrier == "json":
        lines.insert(position, json.dumps({"note": marker}))
    else:
        lines.insert(position, marker)
    joined = _join(carrier, lines)
    encoded_text = json.dumps(text)[1:-1] if carrier == "json" else text
    start = joined.index(marker)
    document = joined.replace(marker, encoded_text)
    return Document(document, True, carrier, category, disguise, (start, start + len(encoded_text)))


def _join(carrier: str, lines: list[str]) -> str:
    if carrier == "json":
        return "[" + ",\n".join(lines) + "]"
    separator = " " if carrier in {"prose", "article"} else "\n"
    return separator.join(lines)


def _carrier_lines(blocks: ModuleType, rng: random.Random, carrier: str) -> list[str]:
    count = rng.randint(3, 12)
    if carrier == "table":
        return _table(blocks, rng, count)
    if carrier == "json":
        return [
            json.dumps(
                {
                    "id": rng.randint(1, 9999),
                    "status": rng.choice(blocks.WORDS),
                    "comment": _benign_sentence(blocks, rng),
                }
            )
            for _ in range(count)
        ]
    pools = {
        "email": blocks.EMAIL_LINES + blocks.FOREIGN_BENIGN + blocks.HUMAN_INSTRUCTIONS,
        "code": blocks.CODE_LINES,
        "log": blocks.LOG_LINES,
        "readme": blocks.README_LINES + blocks.CODE_LINES[:3] + blocks.BENIGN_BLOBS,
        "changelog": blocks.CHANGELOG_LINES,
        "article": blocks.ARTICLE_LINES + blocks.PROSE_LINES,
        "webpage": blocks.PROSE_LINES + blocks.HUMAN_INSTRUCTIONS + blocks.BENIGN_BLOBS,
        "prose": blocks.PROSE_LINES + blocks.HUMAN_INSTRUCTIONS,
        "markdown": blocks.README_LINES + blocks.PROSE_LINES + blocks.BENIGN_BLOBS,
    }
    lines = [
        _benign_sentence(blocks, rng) if rng.random() < 0.5 else rng.choice(pools[carrier])
        for _ in range(count)
    ]
    if carrier == "webpage":
        lines = [f"<p>{line}</p>" if not line.startswith("<") else line for line in lines]
    if carrier == "markdown":
        lines = [f"- {line}" if rng.random() < 0.3 else line for line in lines]
    return lines


def _cell(blocks: ModuleType, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return str(rng.choice(blocks.WORDS))
    if roll < 0.6:
        title = str(rng.choice(blocks.TITLES))
        return f'"{title}"' if rng.random() < 0.5 else title
    return str(rng.randint(1, 99999))


def _benign_sentence(blocks: ModuleType, rng: random.Random) -> str:
    if rng.random() < 0.3:
        template: str = rng.choice(blocks.ADVICE_TEMPLATES)
        return template.format(
            func=rng.choice(blocks.FUNCS),
            goal=rng.choice(blocks.ADVICE_GOALS),
            fix=rng.choice(blocks.ADVICE_FIXES),
            reason=rng.choice(blocks.ADVICE_REASONS),
            number=rng.randint(2, 500),
        )
    sentence: str = rng.choice(blocks.BENIGN_TEMPLATES + blocks.BENIGN_TEMPLATES_2)
    return sentence.format(
        name=rng.choice(blocks.NAMES),
        thing=rng.choice(blocks.THINGS),
        day=rng.choice(blocks.DAYS),
        place=rng.choice(blocks.PLACES),
        benign_email=rng.choice(blocks.BENIGN_EMAILS),
        benign_url=rng.choice(blocks.BENIGN_URLS),
        func=rng.choice(blocks.FUNCS),
        number=rng.randint(2, 2024),
    )


def _table(blocks: ModuleType, rng: random.Random, count: int) -> list[str]:
    header = rng.choice(blocks.TABLE_HEADERS)
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _ in range(count):
        cells = [_cell(blocks, rng) for _ in header]
        rows.append("| " + " | ".join(cells) + " |")
    return rows
