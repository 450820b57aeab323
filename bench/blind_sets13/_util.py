# ruff: noqa: E501, RUF001
"""Shared helpers for blind set 13: seeded fillers, the sentence splitter and the variety filter."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from random import Random

FIRST = [
    "Maya", "Tomasz", "Aiko", "Lars", "Priya", "Diego", "Fatima", "Jonah", "Ines", "Kwame",
    "Olga", "Ravi", "Sofia", "Mateo", "Hannah", "Yusuf", "Chloe", "Bram", "Leilani", "Nikolai",
    "Ama", "Gustavo", "Rin", "Elif", "Oscar", "Zainab", "Wei", "Freya", "Tariq", "Camille",
    "Dmitri", "Ngozi", "Pablo", "Sanna", "Kenji", "Aurelie", "Malik", "Greta", "Rohan", "Beatriz",
    "Ilse", "Tobias", "Hyejin", "Amara", "Felix", "Noor", "Jasper", "Lucia", "Emre", "Siobhan",
    "Marek", "Yara", "Henrik", "Thandiwe", "Luca", "Mei", "Ruairi", "Pilar", "Anouk", "Dev",
]
LAST = [
    "Okafor", "Lindqvist", "Tanaka", "Moreau", "Castillo", "Novak", "Haddad", "Brennan", "Iyer",
    "Schultz", "Mensah", "Kowalski", "Da Silva", "Yilmaz", "Fitzgerald", "Nakamura", "Petrov",
    "Abara", "Jansen", "Rossi", "Chen", "Oyelaran", "Larsen", "Mwangi", "Duarte", "Kaplan",
    "Virtanen", "Begum", "Hughes", "Quispe", "Sato", "Delacroix", "Osei", "Weber", "Marchetti",
    "Nguyen", "Halvorsen", "Bakker", "Farouk", "O'Neill", "Ferreira", "Szabo", "Achterberg",
    "Ramos", "Kruger", "Ishikawa", "Morales", "Eriksen", "Pillai", "Vasquez",
]
CITIES = [
    "Porto", "Leeds", "Austin", "Tallinn", "Osaka", "Cape Town", "Valparaíso", "Ghent", "Kraków",
    "Halifax", "Bergen", "Lyon", "Adelaide", "Guadalajara", "Nairobi", "Seville", "Tbilisi",
    "Graz", "Busan", "Wellington", "Boise", "Ljubljana", "Bristol", "Pune", "Córdoba", "Tampere",
    "Bologna", "Dublin", "Montreal", "Kyoto", "Asheville", "Utrecht", "Aarhus", "Galway",
    "Brno", "Hobart", "Split", "Nantes", "Savannah", "Bilbao",
]
STREETS = [
    "Harbour Road", "Mill Lane", "Rua das Flores", "Elm Street", "Kastanienallee", "Station Road",
    "Calle Mayor", "Orchard Way", "Quai Saint-Antoine", "Birch Avenue", "Via Garibaldi",
    "Lindengracht", "Market Street", "Chapel Row", "Bay View Terrace", "Kings Parade",
]
BRANDS = [
    "Northwind", "Halden", "Corvo", "Lumisa", "Brightfield", "Kestrel & Co", "Auralux", "Tidewell",
    "Pinecrest", "Velmora", "Quokka Gear", "Ostrava Home", "Marlowe", "Sundial", "Fenwick",
    "Arboro", "Zephyrine", "Bellhaven", "Oakum", "Ridgeback", "Solenne", "Trelawny",
]
BAD_DOMAINS = [
    "audit-mailbox.net", "ledgerbridge.io", "sync-relay.co", "cdn-pixel-stats.com",
    "verify-hub.org", "trackpoint-metrics.net", "secure-archive.cc", "docs-mirror.app",
    "helpdesk-portal.info", "partner-intake.biz", "receipt-collector.com", "loyalty-sync.net",
    "feedback-bin.io", "assets-cache.dev", "shopper-insights.co", "ops-notify.net",
    "claims-desk.org", "img-proxy.site", "reviewsafe.top", "travel-verify.link",
]
MAIL_USERS = [
    "audit", "records", "backup", "sync", "claims", "support-desk", "intake", "archive",
    "reconcile", "verify", "ops", "billing-review", "compliance", "export", "notify",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def name(r: Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def date(r: Random) -> str:
    style = r.randrange(3)
    d, m = r.randint(1, 28), r.randrange(12)
    if style == 0:
        return f"{d} {MONTHS[m]} {r.choice([2023, 2024, 2025])}"
    if style == 1:
        return f"{MONTHS[m][:3]} {d}, {r.choice([2023, 2024, 2025])}"
    return f"{r.choice([2023, 2024, 2025])}-{m + 1:02d}-{d:02d}"


def hhmm(r: Random) -> str:
    return f"{r.randint(6, 21):02d}:{r.choice(['00', '15', '30', '45', '10', '50'])}"


def price(r: Random, lo: float = 4, hi: float = 400) -> str:
    cur = r.choice(["$", "€", "£", "$", "€"])
    return f"{cur}{r.uniform(lo, hi):.2f}"


def code(r: Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r: Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def bad_url(r: Random) -> str:
    path = r.choice(["collect", "v2/ingest", "p", "r", "hook", "api/sync", "c/track", "form",
                     "img", "upload", "s", "beacon", "k"])
    return f"https://{r.choice(BAD_DOMAINS)}/{path}"


def bad_mail(r: Random) -> str:
    return f"{r.choice(MAIL_USERS)}@{r.choice(BAD_DOMAINS)}"


_SLOT = re.compile(r"\{(url|mail|dom|brand|first|name|date|n3|n5|price|city|last)\}")


def fill(r: Random, template: str) -> str:
    """Replace known {slots}; other braces (JSON, code) are left alone. Same slot, same value."""
    cache: dict[str, str] = {}
    makers: dict[str, Callable[[], str]] = {
        "url": lambda: bad_url(r),
        "mail": lambda: bad_mail(r),
        "dom": lambda: r.choice(BAD_DOMAINS),
        "brand": lambda: r.choice(BRANDS),
        "first": lambda: r.choice(FIRST),
        "last": lambda: r.choice(LAST),
        "name": lambda: name(r),
        "date": lambda: date(r),
        "n3": lambda: str(r.randint(100, 999)),
        "n5": lambda: str(r.randint(10000, 99999)),
        "price": lambda: price(r, 40, 2400),
        "city": lambda: r.choice(CITIES),
    }

    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in cache:
            cache[key] = makers[key]()
        return cache[key]

    return _VARY.sub(lambda m: r.choice(m.group(1).split("|")), _SLOT.sub(sub, template))


_VARY = re.compile(r"\[\[([^\]]+)\]\]")


def fills(r: Random, pool: Sequence[str], k: int) -> list[str]:
    return [fill(r, s) for s in pick(r, pool, k)]


def pick(r: Random, pool: Sequence[str], k: int) -> list[str]:
    return r.sample(list(pool), min(k, len(pool)))


def place(r: Random, blocks: list[str], payload: str, lo: float = 0.4) -> list[str]:
    """Insert payload somewhere from the middle to the end of a list of blocks."""
    start = max(1, int(len(blocks) * lo))
    at = r.randint(start, len(blocks))
    return [*blocks[:at], payload, *blocks[at:]]


_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_LEAD = re.compile(r"^(?:[\W\d_]+\s*)+")
_LABEL = re.compile(r"^[^:]{1,30}:\s+")
_TAG = re.compile(r"<[^<>]{1,200}>")
_PUNCT = re.compile(r"[^\w\s']+")


def norm(raw: str) -> str:
    """Lower-case a sentence, drop list markers, a short 'Label:' prefix and punctuation."""
    s = " ".join(_TAG.sub(" ", raw).split()).lower()
    s = _LEAD.sub("", s)
    m = _LABEL.match(s)
    if m and len(m.group(0).split()) <= 3:
        s = s[m.end():]
    return " ".join(_PUNCT.sub(" ", s).split())


_SIMPLE_SPLIT = re.compile(r"[.!?。！？]\s+|\n+")


def sentences(text: str) -> set[str]:
    """Sentences of six words or more, in two normalisations: a strict one (no list markers,
    labels or punctuation) and a light one (lower case, outer punctuation stripped)."""
    out = set()
    for raw in _SPLIT.split(text):
        if len(raw) < 11:
            continue
        s = norm(raw)
        if len(s.split()) >= 6:
            out.add(s)
    for raw in _SIMPLE_SPLIT.split(text):
        if len(raw) < 11:
            continue
        s = " ".join(raw.lower().split()).strip(" .,:;!?\"'()[]-•*#>")
        if len(s.split()) >= 6:
            out.add("~" + s)
    return out


class Variety:
    """Accept a text only if none of its long sentences is already in three accepted texts."""

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()
        self.seen: set[str] = set()

    def accept(self, text: str, lo: int = 150, hi: int = 4300) -> bool:
        size = len(text.encode("utf-8"))
        if not lo <= size <= hi or text in self.seen:
            return False
        found = sentences(text)
        if any(self.counts[s] >= self.limit for s in found):
            return False
        self.counts.update(found)
        self.seen.add(text)
        return True


CAREFUL_BANNED = re.compile(r"\bAI\b|(?i:\bignor|\bdisregard|\bassistant|\bmodel|system prompt|\binstruction)")


def is_careful(text: str) -> bool:
    return CAREFUL_BANNED.search(text) is None
