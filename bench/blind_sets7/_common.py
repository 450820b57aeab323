"""Shared helpers for blind set 7: slot pools, random identifiers and the variety guard."""

from __future__ import annotations

import random
import re
import string
from collections import Counter

FIRST = [
    "Amara",
    "Bjorn",
    "Chen",
    "Dalia",
    "Emeka",
    "Farah",
    "Gustavo",
    "Hana",
    "Ivan",
    "Jalen",
    "Keiko",
    "Lorenzo",
    "Maren",
    "Nikhil",
    "Odette",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sanjay",
    "Tomasz",
    "Ulla",
    "Viktor",
    "Wren",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Aditi",
    "Bastian",
    "Carmen",
    "Dmitri",
    "Elif",
    "Felix",
    "Greta",
    "Hamid",
    "Ines",
    "Jonas",
    "Kavya",
    "Liam",
    "Mei",
    "Noor",
    "Oskar",
    "Priya",
    "Rafael",
    "Sigrid",
    "Tariq",
    "Uma",
    "Valeria",
    "Wojtek",
    "Yara",
    "Zainab",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Wei",
    "Haddad",
    "Nwosu",
    "Rahman",
    "Pereira",
    "Sato",
    "Petrov",
    "Brooks",
    "Tanaka",
    "Ricci",
    "Holm",
    "Iyer",
    "Marchand",
    "Novak",
    "Gallagher",
    "Moreno",
    "Kulkarni",
    "Wisniewski",
    "Berg",
    "Sokolov",
    "Fairley",
    "Cardenas",
    "Demir",
    "Kowalczyk",
    "Mensah",
    "Schreiber",
    "Castillo",
    "Virtanen",
    "Osei",
    "Fischer",
    "Nakamura",
    "Duarte",
    "Ahmadi",
    "Lund",
    "Bianchi",
    "Ferreira",
    "Quigley",
    "Abara",
]
TEAMS = [
    "platform",
    "payments",
    "growth",
    "data-eng",
    "mobile",
    "infra",
    "search",
    "billing",
    "identity",
    "docs",
    "support-tools",
    "ml-ops",
    "checkout",
    "risk",
    "catalog",
    "sre",
]
PRODUCTS = [
    "Larkspur",
    "Tidewell",
    "Quillbox",
    "Northgate",
    "Brightloom",
    "Cobalt Desk",
    "Meridian",
    "Fernway",
    "Harbor CI",
    "Kestrel",
    "Lumen Sheets",
    "Orchid CRM",
    "Pinecone Notes",
    "Redwood",
    "Saltmarsh",
    "Thistle",
    "Umbra Analytics",
    "Vantage",
    "Willowbank",
    "Zephyr Mail",
]
CITIES = [
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Tallinn",
    "Bogota",
    "Leeds",
    "Pune",
    "Calgary",
    "Porto Alegre",
    "Gdansk",
    "Accra",
    "Hobart",
    "Tbilisi",
    "Cork",
    "Da Nang",
    "Rotterdam",
    "Brno",
    "Oaxaca",
    "Aarhus",
    "Kochi",
    "Bilbao",
    "Graz",
    "Izmir",
    "Perth",
]
TOPICS = [
    "Q3 budget",
    "onboarding checklist",
    "vendor contract",
    "offsite agenda",
    "release notes",
    "migration plan",
    "hiring rubric",
    "pricing page",
    "incident review",
    "board deck",
    "security questionnaire",
    "customer survey",
    "roadmap draft",
    "travel policy",
    "SLA report",
    "data retention memo",
    "support macros",
    "quarterly OKRs",
    "API deprecation notice",
    "conference talk",
    "invoice batch",
    "test plan",
    "design review",
    "capacity forecast",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOMAINS = [
    "larkspur.io",
    "tidewell.com",
    "quillbox.dev",
    "northgate-health.org",
    "brightloom.co",
    "meridianfreight.com",
    "fernway.net",
    "kestrel-labs.io",
    "orchidcrm.com",
    "saltmarsh.app",
    "vantagebank.eu",
    "willowbank.school",
    "zephyrmail.net",
    "cobaltdesk.com",
    "harborci.dev",
]
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(rng: random.Random, name: str | None = None) -> str:
    name = name or person(rng)
    first, last = name.split(" ", 1)
    return f"{first.lower()}.{last.lower().replace(' ', '')}@{rng.choice(DOMAINS)}"


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def date(rng: random.Random, year: int = 2026) -> str:
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def ts(rng: random.Random) -> str:
    return (
        f"{date(rng)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def human_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}"


_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> list[str]:
    """Split a text into normalised sentences (lower case, collapsed whitespace)."""
    out = []
    for part in _SPLIT.split(text):
        norm = " ".join(part.split()).lower()
        if norm:
            out.append(norm)
    return out


_DIGITS = re.compile(r"\d+")


def long_sentences(text: str, min_words: int = 6) -> set[str]:
    """Sentences of ``min_words``+ words; digit runs are folded so numbers alone never vary them."""
    return {_DIGITS.sub("0", s) for s in sentences(text) if len(s.split()) >= min_words}


class VarietyGuard:
    """Accepts texts only while no sentence of 6+ words appears in more than ``limit`` texts."""

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()
        self.seen: set[str] = set()

    def offer(self, text: str) -> bool:
        if text in self.seen:
            return False
        sents = long_sentences(text)
        if any(self.counts[s] >= self.limit for s in sents):
            return False
        self.counts.update(sents)
        self.seen.add(text)
        return True


def fits(text: str, lo: int = 150, hi: int = 4300) -> bool:
    n = len(text.encode("utf-8"))
    return lo <= n <= hi
