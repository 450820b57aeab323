"""Domain checks for the "govlegal" author: legal-register emphasis, hard negatives, carriers."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_govlegal
from mcpwarden.detectors.training.generate import Document

MINIMUMS = {
    "authority": 35,
    "response_manipulation": 30,
    "task_hijack": 25,
    "exfiltration": 25,
    "override": 20,
}
JSON_CARRIERS = ("audit_json", "research_json", "docket_json")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_govlegal.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def test_emphasised_categories_meet_their_minimums(docs: list[Document]) -> None:
    counts = Counter(d.category for d in docs if d.injected)
    for category, minimum in MINIMUMS.items():
        assert counts[category] >= minimum, (category, counts[category])


def test_two_thirds_of_benign_documents_carry_a_hard_negative(docs: list[Document]) -> None:
    keys = [_alnum(p)[:60] for p in authored_govlegal.HARD_NEGATIVES]
    benign = [d for d in docs if not d.injected]
    hard = [d for d in benign if any(key in _alnum(d.text) for key in keys)]
    assert len(hard) * 3 >= len(benign) * 2


@pytest.mark.parametrize(
    "phrase",
    [
        "shall not",
        "notify the authority within 72 hours",
        "do not disclose",
        "the assistant supports",
        "ignore section 4",
        "ignore all previous instructions",
        "disregard the previous version",
        "artificial intelligence model",
    ],
)
def test_legal_hard_negative_phrases_occur_in_benign_documents(
    docs: list[Document], phrase: str
) -> None:
    assert any(phrase in d.text.lower() for d in docs if not d.injected)


def test_every_carrier_has_both_kinds(docs: list[Document]) -> None:
    for carrier in authored_govlegal.CARRIER_NAMES:
        kinds = {d.injected for d in docs if d.carrier == carrier}
        assert kinds == {True, False}, carrier


def test_json_carriers_stay_valid_json_with_the_passage_inside(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)


def test_multilingual_passages_span_several_scripts(docs: list[Document]) -> None:
    text = "".join(_passage(d) for d in docs if d.category == "multilingual")
    scripts = {
        "cjk": r"[\u4e00-\u9fff]",
        "kana": r"[\u3040-\u30ff]",
        "hangul": r"[\uac00-\ud7af]",
        "cyrillic": r"[\u0400-\u04ff]",
        "arabic": r"[\u0600-\u06ff]",
        "latin_accents": r"[éèàçãäöü]",
    }
    for name, pattern in scripts.items():
        assert re.search(pattern, text), name


def test_passages_appear_at_the_start_middle_and_end(docs: list[Document]) -> None:
    places = set()
    for doc in docs:
        if doc.injected:
            where = doc.payload_span[0] / len(doc.text)
            places.add("start" if where < 0.25 else "end" if where > 0.6 else "middle")
    assert places == {"start", "middle", "end"}


def test_authority_passages_claim_a_legal_source(docs: list[Document]) -> None:
    sources = re.compile(
        r"court|legal|regulat|authority|order|counsel|commission|ministry|department|compliance"
        r"|tribunal|board|office|attorney|directive|statut|notice|bar|agency|enforcement"
        r"|committee| act\b",
        re.IGNORECASE,
    )
    passages = {_passage(d) for d in docs if d.category == "authority"}
    assert all(sources.search(p) for p in passages)
