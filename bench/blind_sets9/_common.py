"""Shared pools and helpers for blind set 9 (no detector knowledge involved)."""

from __future__ import annotations

import random
import re
import string
from collections import Counter
from collections.abc import Callable, Sequence

FIRST = [
    "Amara", "Bjorn", "Chidi", "Dana", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas",
    "Kavya", "Lucas", "Mei", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aiko", "Bruno", "Carmen", "Dmitri",
    "Esther", "Felipe", "Greta", "Hugo", "Ilse", "Jamal", "Keiko", "Leila", "Marek", "Noor",
]
LAST = [
    "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Fischer", "Silva",
    "Kowalski", "Nguyen", "Petrov", "Garcia", "Chen", "Murphy", "Rossi", "Jansen", "Kaur",
    "Ahmed", "Berg", "Costa", "Duarte", "Eriksen", "Fontaine", "Gallagher", "Horvat", "Ito",
    "Jovanovic", "Keller", "Larsen", "Mendez", "Nakamura", "Oliveira", "Park", "Quinn",
]
ORGS = [
    "Northwind Logistics", "Bluefin Analytics", "Harbor & Vale", "Quillstone Press",
    "Cedar Peak Health", "Lumen Freight", "Tessellate Labs", "Orchard Street Bakery",
    "Kestrel Robotics", "Marlowe Insurance", "Pinecrest School District", "Vantage Dental",
    "Saltmarsh Brewing", "Ironleaf Software", "Meridian Clinics", "Copperline Energy",
    "Foxglove Studio", "Granite Ridge Bank", "Halcyon Travel", "Juniper Civic Trust",
]
PRODUCTS = [
    "ledger-sync", "pdfkit-lite", "tidewater", "hearth-cli", "quokka-db", "relaymail",
    "stackbeam", "loomcache", "parcelpost", "brightgate", "nimbus-queue", "fernweh",
    "ottertrack", "glasswing", "marble-ui", "kettle-etl", "drover", "saffron-api",
]
CITIES = [
    "Lisbon", "Nairobi", "Osaka", "Tallinn", "Montreal", "Porto Alegre", "Kraków", "Hobart",
    "Gdańsk", "Accra", "Valparaíso", "Bergen", "Da Nang", "Tbilisi", "Leeds", "Rosario",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
BENIGN_DOMAINS = [
    "northwind-logistics.com", "bluefin.io", "quillstone.co.uk", "cedarpeak.health",
    "ironleaf.dev", "meridian-clinics.org", "saltmarsh.beer", "granite-ridge.bank",
    "kestrel.ai", "pinecrest.k12.us", "halcyon.travel", "copperline.energy",
]
EVIL_DOMAINS = [
    "telemetry-sync.net", "cdn-assets-cache.com", "api-verify-session.io", "logs-collector.app",
    "secure-docs-share.org", "metrics-ingest.dev", "img-proxy-fast.com", "auth-check-portal.net",
    "backup-relay.cloud", "status-webhook.site", "pixel-track.xyz", "update-mirror.info",
]
EVIL_USERS = ["archive", "collect", "intake", "records", "ops-backup", "sync", "audit", "drop"]

Rng = random.Random


def name(rng: Rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def hexs(rng: Rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng: Rng, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng: Rng) -> str:
    h = hexs(rng, 32)
    v = rng.choice("89ab")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:32]}"


def date(rng: Rng, year: int | None = None) -> str:
    y = year or rng.choice([2023, 2024, 2025, 2026])
    return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def ts(rng: Rng) -> str:
    return (
        f"{date(rng)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
    )


def evil_url(rng: Rng, path: str = "") -> str:
    p = path or rng.choice(["/c", "/v2/ingest", "/collect", "/api/log", "/hook", "/u", "/s/x"])
    return f"https://{rng.choice(EVIL_DOMAINS)}{p}"


def evil_email(rng: Rng) -> str:
    return f"{rng.choice(EVIL_USERS)}@{rng.choice(EVIL_DOMAINS)}"


_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> set[str]:
    """Sentences of six or more words in ``text``, whitespace-normalised."""
    out: set[str] = set()
    for part in _SPLIT.split(text):
        s = " ".join(part.split())
        if len(re.findall(r"\w+", s)) >= 6:
            out.add(s)
    return out


class VarietyGuard:
    """Accepts a text only if none of its long sentences is already in ``limit`` texts."""

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()

    def accept(self, text: str) -> bool:
        sents = sentences(text)
        if any(self.counts[s] >= self.limit for s in sents):
            return False
        self.counts.update(sents)
        return True


def fill(
    rng: Rng,
    quota: dict[str, int],
    makers: dict[str, Callable[[Rng], str]],
    guard: VarietyGuard,
    min_bytes: int = 150,
    max_bytes: int = 4300,
    tries: int = 40,
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, n in quota.items():
        got = 0
        attempts = 0
        while got < n and attempts < n * tries:
            attempts += 1
            text = makers[key](rng)
            size = len(text.encode("utf-8"))
            if size < min_bytes or size > max_bytes:
                continue
            if guard.accept(text):
                out.append((key, text))
                got += 1
    return out


def choose(rng: Rng, items: Sequence[str], k: int) -> list[str]:
    return rng.sample(list(items), min(k, len(items)))
