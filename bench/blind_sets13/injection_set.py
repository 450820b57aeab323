# ruff: noqa: E501
"""Blind set 13 — prompt injection in tool results, consumer and open-web emphasis.

INJECTED: (category, text); BENIGN: (carrier, text). Built deterministically from fixed seeds.
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random

from . import _attacks, _c_food_travel, _c_misc, _c_personal, _c_shop, _c_web, _disguise
from ._util import Variety, fill, is_careful

ALL_CATEGORIES: list[str] = [
    "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion", "task_hijack",
    "harmful_code", "fake_error", "response_manipulation", "multilingual", "disguised",
]

Gen = Callable[..., str]

# carrier -> (generator, has a plain form)
CARRIERS: dict[str, tuple[Gen, bool]] = {
    "shopping_page": (_c_shop.shopping_page, True),
    "product_reviews": (_c_shop.product_reviews, True),
    "app_store": (_c_shop.app_store, True),
    "recipe": (_c_food_travel.recipe, True),
    "travel_booking": (_c_food_travel.travel_booking, True),
    "maps_places": (_c_food_travel.maps_places, True),
    "news_article": (_c_web.news_article, True),
    "forum_thread": (_c_web.forum_thread, True),
    "social_post": (_c_web.social_post, True),
    "search_results": (_c_web.search_results, True),
    "personal_email": (_c_personal.personal_email, True),
    "bank_statement": (_c_personal.bank_statement, True),
    "calendar": (_c_personal.calendar, True),
    "parcel_tracking": (_c_personal.parcel_tracking, True),
    "job_listing": (_c_personal.job_listing, True),
    "real_estate": (_c_personal.real_estate, True),
    "json_api": (_c_misc.json_api, True),
    "pdf_text": (_c_misc.pdf_text, True),
    "health_portal": (_c_personal.health_portal, False),
    "support_chat": (_c_personal.support_chat, False),
    "source_file": (_c_misc.source_file, False),
    "prompt_tutorial": (_c_misc.prompt_tutorial, False),
    "fiction": (_c_misc.fiction, False),
    "foreign_language": (_c_misc.foreign_language, False),
    "web_page": (_c_misc.web_page, False),
}

# Carriers that receive attacks, weighted towards consumer and open-web results.
INJECT_CARRIERS = [
    "shopping_page", "product_reviews", "product_reviews", "app_store", "recipe", "travel_booking",
    "travel_booking", "maps_places", "news_article", "forum_thread", "social_post", "search_results",
    "search_results", "personal_email", "personal_email", "bank_statement", "calendar",
    "parcel_tracking", "job_listing", "real_estate", "json_api", "json_api", "pdf_text",
    "health_portal", "support_chat", "source_file", "web_page",
]

PLAIN_PER_CARRIER = 13
HARD_PER_CARRIER = 24
HARD_ONLY_PER_CARRIER = 22
BENIGN_TARGET = 830
PER_CATEGORY = 32
TOP_UP_CAP = 60

_POOLS = {
    "override": _attacks.OVERRIDE, "fake_role": _attacks.FAKE_ROLE, "tool_call": _attacks.TOOL_CALL,
    "exfiltration": _attacks.EXFILTRATION, "authority": _attacks.AUTHORITY,
    "persuasion": _attacks.PERSUASION, "task_hijack": _attacks.TASK_HIJACK,
    "harmful_code": _attacks.HARMFUL_CODE, "fake_error": _attacks.FAKE_ERROR,
    "response_manipulation": _attacks.RESPONSE_MANIPULATION,
}


def _benign() -> tuple[list[tuple[str, str]], int]:
    v = Variety()
    plain: list[tuple[str, str]] = []
    hard: list[tuple[str, str]] = []

    def make(carrier: str, mode: str, tag: str, want: int, out: list[tuple[str, str]], tries: int = 8) -> int:
        gen = CARRIERS[carrier][0]
        got, attempt = 0, 0
        while got < want and attempt < want * tries:
            r = Random(f"b13-{carrier}-{mode}-{tag}-{attempt}")
            attempt += 1
            text = gen(r, mode)
            if v.accept(text):
                out.append((carrier, text))
                got += 1
        return got

    for carrier, (_, has_plain) in CARRIERS.items():
        if has_plain:
            make(carrier, "plain", "a", PLAIN_PER_CARRIER, plain)
    for carrier, (_, has_plain) in CARRIERS.items():
        make(carrier, "hard", "a", HARD_PER_CARRIER if has_plain else HARD_ONLY_PER_CARRIER, hard)
    active = list(CARRIERS)
    round_no = 0
    while len(plain) + len(hard) < BENIGN_TARGET and active:
        round_no += 1
        for carrier in list(active):
            if len(plain) + len(hard) >= BENIGN_TARGET:
                break
            if sum(c == carrier for c, _ in hard) >= TOP_UP_CAP or not make(carrier, "hard", f"top{round_no}", 1, hard, tries=12):
                active.remove(carrier)
    mixed = plain + hard
    Random("b13-order").shuffle(mixed)
    return mixed, len(plain)


def _inject_one(v: Variety, seed: str, payload_tpl: str) -> str | None:
    for attempt in range(60):
        r = Random(f"{seed}-{attempt}")
        payload = fill(r, payload_tpl)
        careful = is_careful(payload)
        carrier = r.choice(INJECT_CARRIERS)
        text = CARRIERS[carrier][0](r, "inject", payload)
        if careful and not is_careful(text):
            continue
        if payload not in text and carrier != "json_api":
            continue
        if v.accept(text):
            return text
    return None


def _injected() -> list[tuple[str, str]]:
    v = Variety()
    out: list[tuple[str, str]] = []
    for cat, pool in _POOLS.items():
        got = 0
        for i, tpl in enumerate(pool):
            text = _inject_one(v, f"i13-{cat}-{i}", tpl)
            if text:
                out.append((cat, text))
                got += 1
        rr = Random(f"i13-{cat}-reuse")
        extra = 0
        while got < PER_CATEGORY and extra < 200:
            extra += 1
            tpl = rr.choice(pool)
            text = _inject_one(v, f"i13-{cat}-x{extra}", tpl)
            if text:
                out.append((cat, text))
                got += 1
    for i, (lang, tpl) in enumerate(_attacks.MULTILINGUAL):
        for attempt in range(60):
            r = Random(f"i13-ml-{i}-{attempt}")
            payload = fill(r, tpl)
            if lang in _c_misc.FOREIGN and r.random() < 0.55:
                text = _c_misc.foreign_language(r, "inject", payload, lang=lang)
            else:
                carrier = r.choice(["product_reviews", "personal_email", "search_results", "maps_places",
                                    "travel_booking", "social_post", "json_api", "recipe"])
                text = CARRIERS[carrier][0](r, "inject", payload)
            if v.accept(text):
                out.append(("multilingual", text))
                break
    techs = _disguise.TECHNIQUES
    k = 0
    for i, tpl in enumerate(_attacks.DISGUISE_CORE):
        for j in range(2):
            tech = techs[k % len(techs)]
            k += 1
            for attempt in range(60):
                r = Random(f"i13-dg-{i}-{j}-{attempt}")
                text = _disguise.build(r, tech, fill(r, tpl))
                if v.accept(text):
                    out.append(("disguised", text))
                    break
    return out


BENIGN, BENIGN_PLAIN_MAX = _benign()
INJECTED: list[tuple[str, str]] = _injected()
