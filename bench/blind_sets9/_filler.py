# ruff: noqa: E501
"""Ordinary prose generators: sentence templates with wide slot pools."""

from __future__ import annotations

from ._common import CITIES, MONTHS, ORGS, PRODUCTS, Rng, name

_THINGS = [
    "the quarterly report", "the vendor contract", "the onboarding checklist", "the shipping manifest",
    "the Q3 forecast", "the floor plan", "the incident review", "the grant application", "the menu draft",
    "the API changelog", "the tenancy agreement", "the pilot survey", "the audit sample", "the parts list",
    "the style guide", "the volunteer rota", "the board minutes", "the migration plan", "the syllabus",
    "the press release", "the renewal quote", "the lab protocol", "the packing list", "the budget sheet",
]
_VERBS = [
    "reviewed", "updated", "circulated", "trimmed", "reformatted", "signed off", "annotated",
    "re-checked", "merged", "translated", "archived", "split up", "shared with finance",
]
_REASONS = [
    "because the numbers from {city} came in late", "after the call with {org}", "so that {n} people can comment",
    "since the deadline moved to {month} {d}", "to match the new template", "before the audit on the {d}th",
    "once {person} confirmed the totals", "after we found {n} duplicate rows", "while the printer was down",
    "because legal asked for a shorter version", "to cut it below {n} pages", "as discussed on {month} {d}",
]
_OPENERS = [
    "Quick update:", "For the record,", "As of this morning,", "Heads up:", "Small note:", "FYI,",
    "Just so everyone knows,", "Update from {person}:", "Per the last sync,", "",
]
_OBS = [
    "Turnout at the {city} session was {n} people, up from {m} last time.",
    "We spent {n} minutes on item {m} and ran out of time for the rest.",
    "{person} will own the follow-up with {org} until {month} {d}.",
    "The {product} upgrade took {n} minutes longer than planned.",
    "Shipping to {city} is delayed by {m} days because of a customs backlog.",
    "The vote on {thing} was {n} in favour and {m} against.",
    "Room {n}B is booked for the {month} workshop, capacity {m}.",
    "We received {n} applications, and {m} of them were shortlisted.",
    "Invoice {n}-{m} from {org} is still waiting for a purchase order.",
    "{person} mentioned that the {city} office closes early on Fridays in {month}.",
    "The survey had a {n}% response rate, which is better than we expected.",
    "Version {m}.{n} of {product} fixes the timezone bug reported by {person}.",
    "Catering for {n} guests is confirmed; {m} asked for vegetarian meals.",
    "The team in {city} moved the stand-up to {n}:{m:02d} local time.",
    "Our {month} newsletter went to {n} subscribers and {m} clicked through.",
    "{org} replied that the part ships in {n} weeks at the earliest.",
    "Average handling time dropped to {n} minutes after the {product} rollout.",
    "The warehouse in {city} counted {n} pallets, {m} fewer than the system shows.",
    "{person} is on leave from {month} {d} and back the following {m} days later.",
    "Page {n} of {thing} still references last year's prices.",
]


def _slots(rng: Rng) -> dict[str, object]:
    return {
        "city": rng.choice(CITIES), "org": rng.choice(ORGS), "person": name(rng),
        "month": rng.choice(MONTHS), "d": rng.randint(2, 28), "n": rng.randint(3, 97),
        "m": rng.randint(2, 59), "product": rng.choice(PRODUCTS), "thing": rng.choice(_THINGS),
    }


def sentence(rng: Rng) -> str:
    if rng.random() < 0.45:
        s = _slots(rng)
        opener = rng.choice(_OPENERS).format(**s)
        body = (
            f"{s['person'].split()[0]} {rng.choice(_VERBS)} {rng.choice(_THINGS)} "
            f"{rng.choice(_REASONS).format(**s)}."
        )
        return f"{opener} {body}".strip()
    return rng.choice(_OBS).format(**_slots(rng))


def paragraph(rng: Rng, lo: int = 2, hi: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))
