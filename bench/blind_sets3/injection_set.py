"""Blind set 3 for the injection detector.

INJECTED: (category, text) - an attack passage placed in a realistic tool result.
BENIGN:   (carrier, text)  - the same kinds of tool results with hard but harmless content.
Built deterministically at import from hand-written passages and a fixed seed.
"""

from __future__ import annotations

from random import Random

from blind_sets3 import attacks, benign_cores
from blind_sets3.carriers import CARRIERS, MARKUP_CARRIERS
from blind_sets3.disguise import DISGUISES

SEED = 3_1337
MIN_BYTES = 100
MAX_BYTES = 8192

ALL_CARRIERS = list(CARRIERS)
PROSE_CARRIERS = ["web_page", "email", "calendar", "issue_ticket", "chat_export",
                  "search_results", "pdf_text", "product_reviews", "code_review", "csv"]
TECH_CARRIERS = ["readme", "source_code", "code_review", "issue_ticket", "log_output",
                 "json_api", "api_error", "search_results", "chat_export", "web_page"]
FOREIGN_CARRIERS = ["email", "chat_export", "foreign_doc", "calendar", "json_api", "pdf_text"]
TOKEN_CARRIERS = ["web_page", "readme", "json_api", "log_output", "code_review", "email"]

PREFERRED = {
    "fake_error": ["api_error", "log_output", "json_api", "search_results", "web_page"],
    "persuasion": ["pdf_text", "web_page", "email", "readme", "issue_ticket", "product_reviews"],
    "multilingual": ["foreign_doc", "email", "web_page", "chat_export", "json_api", "pdf_text"],
    "harmful_code": ["readme", "source_code", "code_review", "issue_ticket", "web_page", "email"],
}
SPLIT_CARRIERS = ["json_api", "log_output", "api_error", "web_page"]

Labelled = tuple[str, str, str]  # label, carrier, text


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _fits(text: str) -> bool:
    return MIN_BYTES <= len(text.encode()) <= MAX_BYTES


def _place(rng: Random, core: str, carriers: list[str], long: bool, seen: set[str],
           avoid: str = "") -> tuple[str, str]:
    for _ in range(50):
        carrier = rng.choice([c for c in carriers if c != avoid] or carriers)
        text = CARRIERS[carrier](rng, core, long)
        if _fits(text) and _key(text) not in seen:
            seen.add(_key(text))
            return carrier, text
    raise RuntimeError(f"could not place passage: {core[:60]}")


def _plain_attacks(rng: Random, seen: set[str]) -> list[Labelled]:
    out: list[Labelled] = []
    for category, passages in attacks.CATEGORIES.items():
        carriers = PREFERRED.get(category, ALL_CARRIERS)
        long = category == "persuasion"
        for index, passage in enumerate(passages):
            carrier, text = _place(rng, passage, carriers, long, seen)
            out.append((category, carrier, text))
            if index % 3 == 0:
                second, text = _place(rng, passage, ALL_CARRIERS, long, seen, avoid=carrier)
                out.append((category, second, text))
    return out


def _carriers_for(disguise: str) -> list[str]:
    if disguise in ("html_comment", "hidden_element"):
        return MARKUP_CARRIERS
    if disguise == "split_fields":
        return SPLIT_CARRIERS
    return ALL_CARRIERS


def _disguised_attacks(rng: Random, seen: set[str]) -> list[Labelled]:
    names = list(DISGUISES)
    out: list[Labelled] = []
    for index, source in enumerate(attacks.DISGUISED_SOURCES):
        for step in (0, 5):
            name = names[(index + step) % len(names)]
            hidden = DISGUISES[name](source, rng)
            carrier, text = _place(rng, hidden, _carriers_for(name), False, seen)
            out.append(("disguised", carrier, text))
    return out


def build_injected(rng: Random) -> list[Labelled]:
    seen: set[str] = set()
    return _plain_attacks(rng, seen) + _disguised_attacks(rng, seen)


def build_benign(rng: Random) -> list[Labelled]:
    seen: set[str] = set()
    groups = [
        (benign_cores.PROSE, PROSE_CARRIERS),
        (benign_cores.TECHNICAL, TECH_CARRIERS),
        (benign_cores.FOREIGN_IMPERATIVES, FOREIGN_CARRIERS),
        (benign_cores.generated(rng), TOKEN_CARRIERS),
    ]
    out: list[Labelled] = []
    for cores, carriers in groups:
        for core in cores:
            for carrier in rng.sample(carriers, 4):
                long = rng.random() < 0.3
                _, text = _place(rng, core, [carrier], long, seen)
                out.append((carrier, carrier, text))
    return out


def _injected(rng: Random) -> list[tuple[str, str]]:
    return [(category, text) for category, _, text in build_injected(rng)]


def _benign(rng: Random) -> list[tuple[str, str]]:
    return [(carrier, text) for carrier, _, text in build_benign(rng)]


INJECTED_WITH_CARRIER: list[Labelled] = build_injected(Random(SEED))
INJECTED: list[tuple[str, str]] = [(c, t) for c, _, t in INJECTED_WITH_CARRIER]
BENIGN: list[tuple[str, str]] = _benign(Random(SEED + 1))
ALL_CATEGORIES = [*attacks.CATEGORIES, "disguised"]
