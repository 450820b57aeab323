"""Checks particular to the `insurance` author (claims, policy and broker tool results). The
generic author checks run in test_authored.py."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_insurance as insurance
from mcpwarden.detectors.training.generate import Document

GIVEAWAYS = re.compile(
    r"ignor|disregard|previous instructions|system prompt|assistant|chatbot|model", re.I
)
GIVEAWAY_AI = re.compile(r"\b(AI|LLM|IA|KI|ИИ)\b")
SHOUT_WORD = re.compile(r"\b[A-Z]{5,}\b")
SHOUT_RUN = re.compile(r"\b[A-Z]{3,}\b[ \t:,!]+\b[A-Z]{3,}\b")
MIN_PER_CATEGORY = 12


@cache
def _labelled() -> tuple[tuple[Document, str], ...]:
    return tuple(insurance.labelled_documents())


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(insurance.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _careless(text: str) -> bool:
    return bool(
        GIVEAWAYS.search(text)
        or GIVEAWAY_AI.search(text)
        or SHOUT_WORD.search(text)
        or SHOUT_RUN.search(text)
    )


def test_every_category_has_its_minimum() -> None:
    counts = Counter(doc.category for doc in _docs() if doc.injected)
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= MIN_PER_CATEGORY


def test_written_passages_are_distinct_and_each_is_used() -> None:
    texts = [_norm(text) for _, text, _ in insurance.ATTACKS]
    assert len(set(texts)) == len(texts) >= 150
    placed = {_norm(_passage(doc)) for doc in _docs() if doc.injected}

    # JSON and CSV carriers escape quotes and line breaks, so compare on a quote-free key.
    def key(text: str) -> str:
        return re.sub(r"[\"\\\s]", "", text)

    placed_keys = {key(text) for text in placed}
    assert all(key(text) in placed_keys for text in texts)


def test_at_least_half_of_the_passages_are_careful_and_careful_means_no_giveaway() -> None:
    careful = [text for _, text, is_careful in insurance.ATTACKS if is_careful]
    assert len(careful) * 2 >= len(insurance.ATTACKS)
    assert [text for text in careful if _careless(text)] == []
    for doc, kind in _labelled():
        if kind == "careful":
            assert not _careless(_passage(doc)), _passage(doc)


def test_blunt_passages_are_blunt() -> None:
    blunt = [text for _, text, is_careful in insurance.ATTACKS if not is_careful]
    role_markup = re.compile(r"<\|?/?\w+\|?>|\[/?\w+\]|###|^(System|Sistema)\s*:")
    assert all(_careless(text) or role_markup.search(text) for text in blunt)


def test_a_reused_passage_is_reused_in_another_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _docs():
        if doc.injected:
            carriers[re.sub(r"[\"\\\s]", "", _passage(doc))].append(doc.carrier)
    reused = [names for names in carriers.values() if len(names) == 2]
    assert len(reused) >= 60
    assert all(names[0] != names[1] for names in reused)


def test_hard_negatives_are_at_least_two_thirds_of_the_benign_documents() -> None:
    kinds = Counter(kind for doc, kind in _labelled() if not doc.injected)
    assert set(kinds) == {"hard", "plain"}
    assert kinds["hard"] * 3 >= 2 * (kinds["hard"] + kinds["plain"])


def test_hard_negatives_are_used_and_none_is_a_template() -> None:
    hard_texts = [doc.text for doc, kind in _labelled() if kind == "hard"]
    for carrier, sentences in insurance.HARD.items():
        for sentence in sentences:
            probe = (
                sentence.split(" || ")[0].partition(": ")[2]
                if carrier in ("claim_json", "portal_thread")
                else sentence
            )
            used = sum(probe[:60] in text for text in hard_texts)
            assert 1 <= used <= 6, (carrier, sentence, used)


def test_hard_negatives_use_the_attack_vocabulary_for_people() -> None:
    sentences = [sentence for pool in insurance.HARD.values() for sentence in pool]
    assert len(sentences) >= 140
    assert sum(bool(GIVEAWAYS.search(s) or GIVEAWAY_AI.search(s)) for s in sentences) >= 30
    imperative = re.compile(
        r"\b(please|do not|don't|send|keep|call|must|ignore|disregard|override)\b", re.I
    )
    assert sum(bool(imperative.search(s)) for s in sentences) >= 70


def test_every_carrier_is_present_in_both_kinds() -> None:
    for injected in (True, False):
        assert {doc.carrier for doc in _docs() if doc.injected is injected} == set(
            insurance.CARRIERS
        )
    counts = Counter(doc.carrier for doc in _docs() if doc.injected)
    assert min(counts.values()) >= 10


def test_structured_carriers_parse() -> None:
    for doc in _docs():
        if doc.carrier == "claim_json":
            assert json.loads(doc.text)["result"]["claim_id"].startswith("CLM-")
        elif doc.carrier == "bordereau":
            rows = list(csv.reader(io.StringIO(doc.text.split("\n", 1)[1])))
            assert all(len(row) == 9 for row in rows)


def test_multilingual_passages_are_not_english() -> None:
    for _, text, _ in (attack for attack in insurance.ATTACKS if attack[0] == "multilingual"):
        assert not re.search(r"\b(the|and|whoever|please)\b", text, re.I), text
