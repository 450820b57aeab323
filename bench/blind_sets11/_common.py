# ruff: noqa: RUF001
"""Shared helpers for blind set 11: name pools, random values and the variety filter."""

from __future__ import annotations

import random
import re
import string
from collections import Counter
from collections.abc import Callable

FIRST = [
    "Maya", "Jonas", "Priya", "Tomás", "Aiko", "Femi", "Lena", "Rahul", "Chloé", "Omar",
    "Ingrid", "Kwame", "Sofia", "Dmitri", "Nadia", "Hugo", "Mei", "Carlos", "Zanele", "Erik",
    "Yusuf", "Hannah", "Tariq", "Beatriz", "Kenji", "Olga", "Samir", "Ruth", "Luca", "Amara",
    "Pieter", "Grace", "Arjun", "Elif", "Noah", "Fatima", "Viktor", "Isla", "Mateo", "Sun-hee",
]
LAST = [
    "Okafor", "Lindqvist", "Raman", "Ferreira", "Tanaka", "Adeyemi", "Vogel", "Mehta", "Dubois",
    "Haddad", "Berg", "Mensah", "Rossi", "Volkov", "Karimi", "Laurent", "Chen", "Ortega",
    "Dlamini", "Nyström", "Aydın", "Fischer", "Qureshi", "Souza", "Sato", "Petrova", "Nasser",
    "Cohen", "Bianchi", "Eze", "de Vries", "O'Neill", "Iyer", "Kaya", "Walsh", "Rahman",
    "Novak", "MacLeod", "Ruiz", "Park",
]
COMPANIES = [
    "Northwind Logistics", "Bluefin Analytics", "Calder & Co", "Ostrava Foods", "Kestrel Labs",
    "Ironbark Freight", "Lumen Dental", "Harbor Credit Union", "Pinecone Outdoor", "Vela Robotics",
    "Quarry Street Books", "Meridian Health", "Tallow Candles", "Brightwater Utilities",
    "Sable Insurance", "Juniper Schools", "Cobalt Payments", "Fernhill Farms", "Atlas Rail",
    "Mosaic Studio",
]
PROJECTS = [
    "atlas", "borealis", "cinder", "delta-sync", "ember", "fjord", "gull", "heron", "ingot",
    "jasper", "kiln", "lattice", "marlin", "nimbus", "orchid", "pylon", "quill", "rivet",
    "sorrel", "tundra", "umber", "vortex", "wren", "yarrow", "zephyr",
]
CITIES = [
    "Lisbon", "Nairobi", "Osaka", "Toronto", "Kraków", "Bogotá", "Leeds", "Pune", "Tallinn",
    "Melbourne", "Accra", "Montréal", "Izmir", "Rotterdam", "Austin", "Daegu", "Porto", "Lyon",
    "Cape Town", "Hanoi",
]
MONTHS = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]

ZW_CHARS = "\u200b\u200c\u200d\u2060\ufeff"


class Gen:
    """A seeded random source with helpers for realistic filler values."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return seq[self.r.randrange(len(seq))]

    def person(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def first(self) -> str:
        return self.pick(FIRST)

    def email_of(self, name: str, domain: str) -> str:
        local = re.sub(r"[^a-z]", "", name.split()[0].lower()) or "user"
        return f"{local}.{self.r.randrange(10, 99)}@{domain}"

    def company(self) -> str:
        return self.pick(COMPANIES)

    def project(self) -> str:
        return self.pick(PROJECTS)

    def city(self) -> str:
        return self.pick(CITIES)

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def date(self) -> str:
        return f"2025-{self.num(1, 12):02d}-{self.num(1, 28):02d}"

    def ts(self) -> str:
        return f"{self.date()}T{self.num(0, 23):02d}:{self.num(0, 59):02d}:{self.num(0, 59):02d}Z"

    def hm(self) -> str:
        return f"{self.num(7, 19):02d}:{self.pick(['00', '15', '30', '45'])}"

    def money(self) -> str:
        return f"{self.num(3, 4800)}.{self.num(0, 99):02d}"

    def sample(self, seq: list[str], k: int) -> list[str]:
        return self.r.sample(seq, k)

    def shuffle(self, seq: list[str]) -> list[str]:
        out = list(seq)
        self.r.shuffle(out)
        return out


_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def sentences(text: str) -> list[str]:
    """Sentences of six or more words, normalised, as the variety rule counts them."""
    out = []
    for raw in _SPLIT.split(text):
        s = " ".join(raw.lower().split())
        if sum(1 for w in s.split() if any(ch.isalnum() for ch in w)) >= 6:
            out.append(s)
    return out


class Variety:
    """Accepts texts only while no long sentence has appeared in more than three texts."""

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()

    def accept(self, text: str) -> bool:
        sents = set(sentences(text))
        if any(self.counts[s] >= self.limit for s in sents):
            return False
        self.counts.update(sents)
        return True


def fill(
    out: list[tuple[str, str]],
    label: str,
    maker: Callable[[], str],
    want: int,
    variety: Variety,
    lo: int = 150,
    hi: int = 4300,
) -> None:
    """Append up to ``want`` texts from ``maker`` that fit the size window and variety rule."""
    got = 0
    tries = 0
    while got < want and tries < want * 30:
        tries += 1
        text = maker()
        size = len(text.encode("utf-8"))
        if size < lo or size > hi:
            continue
        if not variety.accept(text):
            continue
        out.append((label, text))
        got += 1
