# ruff: noqa: E501, RUF001, SIM905
"""Shared vocabulary, random helpers and the variety filter for blind set 12."""

from __future__ import annotations

import random
import re
import string
from collections import Counter

_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")

MAX_TEXTS_PER_SENTENCE = 3
MIN_WORDS = 6


def sentences(text: str) -> list[str]:
    """Normalised sentences of at least six words (split on end punctuation and newlines)."""
    found = []
    for part in _SPLIT.split(text):
        norm = " ".join(part.lower().split())
        if len(norm.split()) >= MIN_WORDS:
            found.append(norm)
    return found


class VarietyFilter:
    """Accepts a text only if none of its long sentences is already in three accepted texts."""

    def __init__(self, limit: int = MAX_TEXTS_PER_SENTENCE) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()
        self.seen: set[str] = set()

    def accept(self, text: str) -> bool:
        if text in self.seen:
            return False
        own = set(sentences(text))
        if any(self.counts[s] >= self.limit for s in own):
            return False
        self.counts.update(own)
        self.seen.add(text)
        return True


FIRST = """Amara Bogdan Chiara Dmitri Elif Farid Greta Hiroshi Ines Jakub Kalani Lucia Mateus Nadia
Oskar Priya Quentin Rosa Sanjay Tomasz Ulla Vikram Wen Xavier Yara Zoltan Aiko Bruno Camille Dario
Esther Fatima Gustavo Hana Ivan Jonas Keiko Leon Maren Nikhil Olga Pavel Rania Stefan Tariq Uma
Valentina Wiebke Yusuf Zofia Anders Beatriz Cormac Dalia Emeka Freya Goran Helga Idris Joana Kwame
Lars Mei Nour Odile Rafael Sigrun Thiago Ayesha Benedikt Carmen Deepa Eamon Folake Hamid Ingrid
Jun Katya Lorenzo Malik Noemi Orla Pilar""".split()

LAST = """Abara Bergstrom Castellano Dubois Eriksen Fitzgerald Gallagher Horvath Iwasaki Jankowski
Kowalczyk Lindqvist Moreau Nakamura Okafor Petrov Quintero Rasmussen Schneider Takahashi Usman
Varga Whitfield Xu Yilmaz Zielinski Achterberg Brannigan Chaudhry Delacroix Esposito Ferreira
Grünwald Haddad Ivanova Jovanovic Kimura Lombardi Mbeki Novak Oyelaran Pereira Rossi Sato
Thorsen Uribe Vasquez Wojcik Yamamoto Zamora Adeyemi Bianchi Coelho Dankworth Egan Fontaine Gupta
Hernandez Ishikawa Jensen Kaur Larsen Molina Nguyen Ortega Park Reyes Silva Tanaka Vogel Weber
Ahmadi Brandt Carvalho Duarte""".split()

COMPANIES = """Northwind Traders|Brightline Logistics|Halcyon Health|Oakridge Capital|Cobalt Freight|
Lumen Dental Group|Vireo Analytics|Kestrel Manufacturing|Tidewater Utilities|Saffron Foods|
Granite Peak Insurance|Meridian Clinics|Bluefin Retail|Corvid Robotics|Pinecrest Schools|
Atlas Property Management|Quillon Legal|Silverleaf Hotels|Redwood Print Co|Ferro Components|
Marigold Pharmacy|Harbor & Finch|Nimbus Aviation Services|Tallis Media|Juniper Credit Union|
Ostrava Steelworks|Calloway Outdoor|Evergreen Biolabs|Parallax Studios|Westbrook Dairy|
Anvil Construction|Solstice Travel|Larkspur Bakery|Fennimore University|Driftwood Marine|
Brisa Energía|Kranich Maschinenbau|Mistral Textiles|Orchard Valley Farms|Polaris Security""".replace("\n", "").split("|")

TEAMS = """Platform|Payments|Growth|Data Engineering|Customer Success|Mobile|Identity|SRE|
Finance Ops|Legal Ops|Support Tier 2|Search|Billing|Warehouse Systems|Design Systems|Infra|
People Ops|Procurement|Field Sales|Partner Integrations""".replace("\n", "").split("|")

SERVICES = """billing-api auth-gateway search-indexer ledger-sync notif-dispatch media-resizer
order-router inventory-svc quote-engine pdf-renderer tax-calc session-store report-builder
webhook-relay geo-lookup feature-flags invoice-mailer ratelimiter export-worker catalog-api
audit-trail shipment-tracker pricing-rules sso-bridge""".split()

PROJECTS = """Bluebird Kestrel Juniper Halyard Tamarind Foxglove Anchorage Cinder Lighthouse Quokka
Marmot Basalt Wisteria Copperhead Sandpiper Tundra Meridian Orchid Fjord Pumice""".split()

CITIES = """Lisbon Rotterdam Austin Leeds Kraków Osaka Nairobi Montréal Tallinn Porto Denver
Valencia Bergen Adelaide Lyon Gdańsk Pune Cork Bilbao Graz Hamburg Tucson Seoul Malmö""".split()

ROOMS = """Aurora Birch Cobalt Delta Ember Fjord Granite Harbor Iris Jade Kelp Lagoon Maple Nova
Onyx Pebble Quartz Rowan Sierra Teak""".split()

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
MONTHS = "January February March April May June July August September October November December".split()
MON3 = [m[:3] for m in MONTHS]

DOMAINS = """northwind-traders.com brightline-logistics.net halcyonhealth.org oakridgecap.com
cobaltfreight.io vireo-analytics.com kestrel-mfg.de tidewater-util.com saffronfoods.co.uk
granitepeak-ins.com bluefin-retail.com corvid-robotics.ai pinecrest.edu atlas-pm.com
quillon-legal.com silverleafhotels.com ferro-components.eu junipercu.org tallis.media
evergreen-bio.com parallax.studio anvil-build.com solstice-travel.com polaris-sec.com""".split()


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def handle(name: str) -> str:
    first, last = name.split(" ", 1)
    return f"{first.lower()}.{last.lower().replace(' ', '')}".encode("ascii", "ignore").decode()


def email_of(name: str, rng: random.Random, domain: str | None = None) -> str:
    return f"{handle(name)}@{domain or rng.choice(DOMAINS)}"


def date(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.choice([2023, 2024, 2025])
    return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def long_date(rng: random.Random) -> str:
    return f"{rng.choice(WEEKDAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45', '05', '20', '40', '10'])}"


def stamp(rng: random.Random) -> str:
    return f"{date(rng)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ticket_id(rng: random.Random) -> str:
    return f"{rng.choice(['OPS', 'SUP', 'PAY', 'PLAT', 'HR', 'FIN', 'SEC', 'IT', 'CS', 'DATA'])}-{rng.randint(100, 9999)}"


def version(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"


def money(rng: random.Random) -> str:
    cur = rng.choice(["$", "€", "£"])
    return f"{cur}{rng.randint(2, 990) * rng.choice([10, 100, 1000]):,}"


_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random) -> str:
    """Replace {slot} markers with random vocabulary; repeated slots get independent values."""

    def one(match: re.Match[str]) -> str:
        slot = match.group(1)
        if slot == "p":
            return person(rng)
        if slot == "f":
            return rng.choice(FIRST)
        if slot == "co":
            return rng.choice(COMPANIES)
        if slot == "team":
            return rng.choice(TEAMS)
        if slot == "svc":
            return rng.choice(SERVICES)
        if slot == "proj":
            return rng.choice(PROJECTS)
        if slot == "city":
            return rng.choice(CITIES)
        if slot == "room":
            return rng.choice(ROOMS)
        if slot == "day":
            return rng.choice(WEEKDAYS)
        if slot == "month":
            return rng.choice(MONTHS)
        if slot == "n":
            return str(rng.randint(2, 48))
        if slot == "big":
            return f"{rng.randint(1200, 950000):,}"
        if slot == "pct":
            return f"{rng.randint(1, 97)}.{rng.randint(0, 9)}%"
        if slot == "date":
            return date(rng)
        if slot == "time":
            return clock(rng)
        if slot == "tk":
            return ticket_id(rng)
        if slot == "ver":
            return version(rng)
        if slot == "money":
            return money(rng)
        if slot == "sha":
            return hexstr(rng, 7)
        if slot == "email":
            return email_of(person(rng), rng)
        if slot == "dom":
            return rng.choice(DOMAINS)
        if slot == "ms":
            return str(rng.randint(40, 2400))
        if slot == "pr":
            return str(rng.randint(120, 9800))
        return match.group(0)

    return _SLOT.sub(one, template)


ACTIVE: list[VarietyFilter] = []
RECENT: set[str] = set()  # templates already used in the text being built (cleared per text)


def pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    """k filled templates from pool, preferring ones whose sentences are not yet used up in the
    active variety filter (if any)."""
    order = rng.sample(pool, len(pool))
    chosen: list[str] = []
    counts = ACTIVE[-1].counts if ACTIVE else None
    limit = ACTIVE[-1].limit if ACTIVE else 0
    for template in order:
        if len(chosen) >= k:
            break
        if template in RECENT:
            continue
        RECENT.add(template)
        for _ in range(3):
            text = fill(template, rng)
            if counts is None or all(counts[s] < limit for s in sentences(text)):
                chosen.append(text)
                break
    return chosen


def size_ok(text: str, low: int = 150, high: int = 4300) -> bool:
    n = len(text.encode("utf-8"))
    return low <= n <= high
