"""Checks particular to the `subtle` training author (generic checks live elsewhere)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

from mcpwarden.detectors.training import authored, authored_subtle
from mcpwarden.detectors.training.generate import Document

DOCS = authored_subtle.documents()
INJECTED = [doc for doc in DOCS if doc.injected]
BENIGN = [doc for doc in DOCS if not doc.injected]
JSON_CARRIERS = {"ticket_json", "search_results", "review_json", "crm_record"}

# The words a careful attacker in this domain never uses.
_GIVEAWAYS = re.compile(
    r"\bignor\w*|\bdisregard\w*|previous instructions|system prompt|\bassistant\b|\bchatbot\b",
    re.IGNORECASE,
)
_AI = re.compile(r"\bAI\b|\bLLM\b|language model")
_ACRONYMS = {"IBAN", "NWBK", "HMRC", "DEBUG", "CSRF"}

# Kinds of sentence the domain promises in both attacks and hard negatives.
_CUES = {
    "processing note": re.compile(r"processing note|processing order|note for", re.IGNORECASE),
    "standard procedure": re.compile(r"standard (procedure|handling|practice|sharing)", re.I),
    "reviewer guidance": re.compile(r"reviewer guidance|guidance for (reviewers|evaluators)", re.I),
    "next step": re.compile(r"next step", re.IGNORECASE),
    "errata": re.compile(r"errat(a|um)|correction", re.IGNORECASE),
    "also": re.compile(r"^(also|p\.s\.|one more thing|and one more thing)\b", re.IGNORECASE),
}


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _forms(line: str) -> tuple[str, ...]:
    """The ways a sentence can appear in a carrier: as is, JSON-escaped, CSV-quoted, in iCal."""
    return (line, json.dumps(line, ensure_ascii=False)[1:-1], line.replace('"', '""'))


def test_weighted_categories_meet_their_minimums() -> None:
    counts = Counter(doc.category for doc in INJECTED)
    minimums = {
        "task_hijack": 60,
        "response_manipulation": 50,
        "exfiltration": 40,
        "authority": 40,
        "persuasion": 30,
    }
    for category, minimum in minimums.items():
        assert counts[category] >= minimum, category
    assert set(counts) == authored.CATEGORIES


def test_sizes_of_the_sets() -> None:
    passages = Counter(" ".join(_passage(doc).split()) for doc in INJECTED)
    assert len(INJECTED) >= 260
    assert len(passages) >= 200
    assert max(passages.values()) <= 2
    assert len(BENIGN) >= 360


def test_a_reused_passage_goes_into_a_different_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in INJECTED:
        carriers[" ".join(_passage(doc).split())].append(doc.carrier)
    for used in carriers.values():
        assert len(used) == len(set(used))


def test_attack_passages_avoid_giveaway_words_and_shouting() -> None:
    for passages in authored_subtle.ATTACKS.values():
        for passage in passages:
            assert not _GIVEAWAYS.search(passage), passage
            assert not _AI.search(passage), passage
            assert "!!" not in passage, passage
            shouted = set(re.findall(r"\b[A-Z]{4,}\b", passage)) - _ACRONYMS
            assert not shouted, passage


def test_every_written_passage_reaches_a_document() -> None:
    used = {" ".join(_passage(doc).split()) for doc in INJECTED}
    for category, passages in authored_subtle.ATTACKS.items():
        for passage in passages:
            assert any(" ".join(form.split()) in used for form in _forms(passage)), (
                category,
                passage,
            )


def test_attacks_and_hard_negatives_share_the_same_kinds_of_sentence() -> None:
    attacks = [p for passages in authored_subtle.ATTACKS.values() for p in passages]
    for kind, pattern in _CUES.items():
        assert sum(bool(pattern.search(p)) for p in attacks) >= 2, kind
        assert sum(bool(pattern.search(h)) for h in authored_subtle.HARD_NEGATIVES) >= 2, kind


def test_at_least_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    def hard(doc: Document) -> bool:
        return any(
            form in doc.text for line in authored_subtle.HARD_NEGATIVES for form in _forms(line)
        )

    assert sum(map(hard, BENIGN)) * 3 >= 2 * len(BENIGN)


def test_hard_negatives_use_the_ordinary_senses_of_attack_words() -> None:
    text = "\n".join(authored_subtle.HARD_NEGATIVES)
    for word in ("ignore", "disregard", "forget", "system", "assistant", "admin", "user"):
        assert re.search(rf"\b{word}", text, re.IGNORECASE), word
    assert re.search(r"[\w.]+@[\w-]+\.\w+", text)
    assert "https://" in text or ".com/" in text
    assert "`" in text  # commands to run


def test_multilingual_passages_span_several_languages_and_scripts() -> None:
    passages = authored_subtle.MULTILINGUAL
    assert len(passages) >= 10
    scripts = {
        "cjk": r"[\u3040-\u30ff\u4e00-\u9fff]",
        "hangul": r"[\uac00-\ud7af]",
        "cyrillic": r"[\u0400-\u04ff]",
        "latin_accents": r"[àâçéèêîôûäöüßñãõąęłżśź]",
    }
    for name, pattern in scripts.items():
        assert any(re.search(pattern, p) for p in passages), name
    multilingual = [doc for doc in INJECTED if doc.category == "multilingual"]
    english = re.compile(r"\b(the|and|please|should|before|with)\b", re.IGNORECASE)
    assert multilingual
    assert not any(english.search(_passage(doc)) for doc in multilingual)


def test_json_carriers_stay_valid_json_with_the_passage_inside_a_string() -> None:
    for doc in DOCS:
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)
    for doc in INJECTED:
        if doc.carrier in JSON_CARRIERS:
            start, end = doc.payload_span
            assert doc.text[start - 1] in '" ' and doc.text[end] in '" ', doc.text[start - 5 : end]


def test_every_carrier_has_both_attacks_and_benign_documents() -> None:
    assert len(authored_subtle.CARRIERS) >= 12
    assert {doc.carrier for doc in INJECTED} == set(authored_subtle.CARRIERS)
    assert {doc.carrier for doc in BENIGN} == set(authored_subtle.CARRIERS)


def test_passage_positions_vary() -> None:
    starts = sum(_passage(doc) == doc.text[: len(_passage(doc))] for doc in INJECTED)
    ends = sum(doc.payload_span[1] >= len(doc.text.rstrip()) - 40 for doc in INJECTED)
    middles = len(INJECTED) - starts - ends
    assert middles > len(INJECTED) // 2
    assert ends >= 10
