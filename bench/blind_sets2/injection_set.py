"""Second blind injection set: INJECTED (category, text) and BENIGN (carrier, text).

Every attack passage is hand-written; carriers and disguises are combined with a fixed seed,
so the set is identical on every import.
"""

from __future__ import annotations

from random import Random

from blind_sets2 import benign_docs as docs
from blind_sets2.benign_code import CODE_FILES
from blind_sets2.benign_generated import GENERATORS
from blind_sets2.benign_messages import MESSAGES, SUPPORT_REPLIES
from blind_sets2.carriers import CARRIERS, UNPADDED
from blind_sets2.disguises import DISGUISES
from blind_sets2.filler import bury
from blind_sets2.payloads_a import (
    AUTHORITY,
    EXFILTRATION,
    FAKE_ROLE,
    OVERRIDE,
    TOOL_CALL,
    split_entries,
)
from blind_sets2.payloads_b import (
    FAKE_ERROR,
    HARMFUL_CODE,
    PERSUASION,
    RESPONSE_MANIPULATION,
    TASK_HIJACK,
)
from blind_sets2.payloads_c import DISGUISE_BASES, MULTILINGUAL, TEXTS

SEED = 20251121
MIN_BYTES, MAX_BYTES = 100, 8192

CATEGORIES: dict[str, list[str]] = {
    "override": OVERRIDE,
    "fake_role": FAKE_ROLE,
    "tool_call": TOOL_CALL,
    "exfiltration": EXFILTRATION,
    "authority": AUTHORITY,
    "persuasion": PERSUASION,
    "task_hijack": TASK_HIJACK,
    "harmful_code": HARMFUL_CODE,
    "fake_error": FAKE_ERROR,
    "response_manipulation": RESPONSE_MANIPULATION,
    "multilingual": [text for _, text in MULTILINGUAL],
}
ALL_CATEGORIES = [*CATEGORIES, "disguised"]
CARRIER_NAMES = sorted(CARRIERS)
# Half of the plain passages also appear in a second, different carrier.
SECOND_PLACEMENT_EVERY = 2
DISGUISES_PER_BASE = 2

BENIGN_FOREIGN = [text for _, _, text in (entry.partition(": ") for entry in split_entries(
    (TEXTS / "benign_foreign.txt").read_text(encoding="utf-8")))]

# (passages, carriers they plausibly appear in, how many placements each)
BENIGN_PLAN: list[tuple[list[str], list[str], int]] = [
    (MESSAGES, ["email", "chat", "issue", "review", "ics"], 3),
    (SUPPORT_REPLIES, ["email", "json_api", "chat", "html"], 3),
    (docs.SECURITY_ARTICLES, ["html", "pdf", "search", "rss", "readme"], 3),
    (docs.AGENT_DOCS, ["html", "readme", "pdf", "search", "rss"], 3),
    (docs.INSTALLERS, ["readme", "html", "issue", "chat"], 3),
    (docs.API_ERRORS, ["log", "json_api", "issue", "chat"], 3),
    (docs.DOCS_PROSE, ["pdf", "html", "rss", "search", "json_api", "csv"], 3),
    (docs.CODE_COMMENTS, ["source", "review", "issue"], 3),
    (BENIGN_FOREIGN, ["foreign_doc", "email", "chat", "json_api"], 2),
]


def _place(passage: str, carriers: list[str], count: int, rng: Random) -> list[tuple[str, str]]:
    chosen = rng.sample(carriers, count)
    return [(name, CARRIERS[name](passage if name in UNPADDED else bury(passage, rng), rng))
            for name in chosen]


def _plain_injected(rng: Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for category, passages in CATEGORIES.items():
        for index, passage in enumerate(passages):
            count = 2 if index % SECOND_PLACEMENT_EVERY == 0 else 1
            out += [(category, text) for _, text in _place(passage, CARRIER_NAMES, count, rng)]
    return out


def disguise_plan() -> list[tuple[str, str]]:
    """(disguise name, base passage): each base under two different disguises."""
    names = sorted(DISGUISES)
    return [(names[(index + shift) % len(names)], base)
            for index, base in enumerate(DISGUISE_BASES)
            for shift in (0, len(names) // 2)[:DISGUISES_PER_BASE]]


def _disguised(rng: Random) -> list[tuple[str, str]]:
    return [("disguised", DISGUISES[name](base, rng)) for name, base in disguise_plan()]


def _injected(rng: Random) -> list[tuple[str, str]]:
    return _plain_injected(rng) + _disguised(rng)


def _benign(rng: Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for passages, carriers, count in BENIGN_PLAN:
        for passage in passages:
            out += _place(passage, carriers, count, rng)
    out += [("source", text) for text in CODE_FILES]
    for carrier, (generate, count) in GENERATORS.items():
        out += [(carrier, generate(rng)) for _ in range(count)]
    return out


INJECTED: list[tuple[str, str]] = _injected(Random(SEED))
BENIGN: list[tuple[str, str]] = _benign(Random(SEED + 1))
