"""Checks particular to the transcripts author (`training/authored_transcripts.py`); the generic
checks every author passes run in `test_authored.py`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_transcripts as module
from mcpwarden.detectors.training.generate import Document

GIVEAWAYS = re.compile(
    r"ignor|disregard|previous instructions|system prompt|\bAI\b|assistant|chatbot|model",
    re.IGNORECASE,
)
CASE_SENSITIVE_AI = re.compile(r"\bAI\b")
SHOUTING = re.compile(r"[A-Z]{4,}|!!")


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(module.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _source_forms(text: str) -> set[str]:
    """The passage as written and as it appears inside a JSON string."""
    return {_norm(text), _norm(json.dumps(text, ensure_ascii=False)[1:-1])}


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


def test_every_category_is_used_at_least_twelve_times() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_source_passages_are_distinct_and_many() -> None:
    texts = [_norm(attack.text) for attack in module.ATTACKS]
    assert len(set(texts)) == len(texts) >= 150
    per_category = Counter(attack.category for attack in module.ATTACKS)
    assert min(per_category.values()) >= 12


def test_every_span_is_one_source_passage_and_each_is_used_once_or_twice() -> None:
    forms: dict[str, int] = {}
    for index, attack in enumerate(module.ATTACKS):
        for form in _source_forms(attack.text):
            forms[form] = index
    uses: dict[int, list[str]] = defaultdict(list)
    for doc in _injected():
        index = forms[_norm(_passage(doc))]
        assert module.ATTACKS[index].category == doc.category
        uses[index].append(doc.carrier)
    assert set(uses) == set(range(len(module.ATTACKS)))
    assert all(1 <= len(carriers) <= 2 for carriers in uses.values())
    reused = [carriers for carriers in uses.values() if len(carriers) == 2]
    assert len(reused) >= 40
    # a reused passage always appears in a different carrier the second time
    assert all(carriers[0] != carriers[1] for carriers in reused)


def test_careful_passages_avoid_the_giveaway_words() -> None:
    careful = [attack for attack in module.ATTACKS if attack.careful]
    assert len(careful) * 2 > len(module.ATTACKS)
    for attack in careful:
        assert not GIVEAWAYS.search(attack.text), attack.text
        assert not CASE_SENSITIVE_AI.search(attack.text), attack.text
        assert not SHOUTING.search(attack.text), attack.text
    # the careful share holds among the documents too
    careful_texts = {_norm(attack.text) for attack in careful}
    careful_docs = [doc for doc in _injected() if _norm(_passage(doc)) in careful_texts]
    assert len(careful_docs) * 2 > len(_injected()) * 0.9


def test_attacks_hide_as_turns_fake_speakers_and_header_notes() -> None:
    for category in authored.CATEGORIES:
        wheres = {attack.where for attack in module.ATTACKS if attack.category == category}
        assert len(wheres) >= 2, category
    placements = Counter(attack.where for attack in module.ATTACKS)
    assert min(placements[where] for where in ("turn", "line", "note")) >= 40


def test_hard_negatives_are_at_least_two_thirds_of_benign_documents() -> None:
    forms = [form for text in module.HARD_NEGATIVES for form in _source_forms(text)]
    hard = [doc for doc in _benign() if any(form in _norm(doc.text) for form in forms)]
    assert len(hard) * 3 >= len(_benign()) * 2
    assert len(set(module.HARD_NEGATIVES)) == len(module.HARD_NEGATIVES) >= 120


def test_no_hard_negative_is_repeated_across_dozens_of_documents() -> None:
    texts = [_norm(doc.text) for doc in _docs()]
    for sentence in module.HARD_NEGATIVES:
        forms = _source_forms(sentence)
        assert sum(any(form in text for form in forms) for text in texts) < 20, sentence


def test_hard_negatives_share_the_attack_vocabulary() -> None:
    """The benign side is not keyword-clean: many hard negatives use the giveaway words."""
    flagged = [text for text in module.HARD_NEGATIVES if GIVEAWAYS.search(text)]
    assert len(flagged) >= 25


def test_all_carriers_are_present_on_both_sides() -> None:
    assert {doc.carrier for doc in _injected()} == set(module.CARRIERS)
    assert {doc.carrier for doc in _benign()} == set(module.CARRIERS)
    assert min(Counter(doc.carrier for doc in _benign()).values()) >= 30


def test_asr_results_are_valid_json() -> None:
    for doc in _docs():
        if doc.carrier == "asr":
            result = json.loads(doc.text)
            assert result["status"] == "completed" and result["segments"]


def test_multilingual_passages_are_not_english() -> None:
    for attack in module.ATTACKS:
        if attack.category == "multilingual":
            ascii_words = re.findall(r"\b(the|and|you|this|please|whoever)\b", attack.text, re.I)
            assert len(ascii_words) <= 1, attack.text
