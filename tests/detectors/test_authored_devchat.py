"""The hand-written documents of the "devchat" author (developer community tool results):
what is particular to this domain (the generic author checks run in `test_authored.py`)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_devchat as devchat
from mcpwarden.detectors.training.generate import Document

GIVEAWAY = re.compile(
    r"\b((?i:ignor\w*|disregard\w*|previous instructions|system prompt"
    r"|assistants?|chatbots?|models?)|AI)\b"
)  # "AI" only in capitals: Vietnamese "ai" means "anyone"
FOREIGN = re.compile(r"[äöüßçãéèñłığ]|[\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# Shouting: two capitalised words in a row, or one long all-caps word that is not an acronym.
SHOUT_RUN = re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\b")
SHOUT_WORD = re.compile(r"\b[A-Z]{5,}\b")
ACRONYMS = {"RUSTSEC", "HTTPS", "README"}


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(devchat.documents())


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return " ".join(doc.text[start:end].split())


def _injected() -> list[Document]:
    return [doc for doc in _docs() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _docs() if not doc.injected]


def _careful(text: str) -> bool:
    if GIVEAWAY.search(text) or SHOUT_RUN.search(text):
        return False
    return all(word in ACRONYMS for word in SHOUT_WORD.findall(text))


def test_every_category_has_at_least_twelve_documents() -> None:
    counts = Counter(doc.category for doc in _injected())
    assert set(counts) == authored.CATEGORIES
    assert min(counts.values()) >= 12


def test_every_written_passage_is_used() -> None:
    used = {_passage(doc) for doc in _injected()}
    for passages in devchat.ATTACKS.values():
        for _careful_flag, _fit, text in passages:
            # JSON carriers escape quotes and newlines; compare both forms.
            plain = " ".join(text.split())
            escaped = " ".join(json.dumps(text, ensure_ascii=False)[1:-1].split())
            assert plain in used or escaped in used, text[:60]


def test_reused_passages_move_to_another_carrier() -> None:
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in _injected():
        carriers[_passage(doc)].append(doc.carrier)
    reused = [names for names in carriers.values() if len(names) == 2]
    assert len(reused) >= 50
    assert all(names[0] != names[1] for names in reused)


def test_at_least_half_the_attacks_are_careful_and_carry_no_giveaway() -> None:
    passages = [p for ps in devchat.ATTACKS.values() for p in ps]
    careful = [text for flag, _fit, text in passages if flag]
    assert len(careful) * 2 >= len(passages)
    for text in careful:
        assert _careful(text), text[:80]
    # And the careful ones are at least half of the injected documents too.
    careful_set = {" ".join(t.split()) for t in careful}
    careful_set |= {" ".join(json.dumps(t, ensure_ascii=False)[1:-1].split()) for t in careful}
    assert sum(_passage(doc) in careful_set for doc in _injected()) * 2 >= len(_injected())


def test_blunt_attacks_exist_too() -> None:
    blunt = [text for ps in devchat.ATTACKS.values() for flag, _f, text in ps if not flag]
    assert len(blunt) >= 40
    assert sum(not _careful(text) for text in blunt) >= 40


def test_every_category_mixes_careful_and_blunt() -> None:
    for category, passages in devchat.ATTACKS.items():
        flags = {flag for flag, _fit, _text in passages}
        assert flags == {True, False}, category


def _hard_negative_markers() -> list[tuple[str, str]]:
    markers = []
    for _fit, text in devchat.HARD_NEGATIVES:
        # Use the part before any placeholder, so the filled-in text still matches.
        head = text.split("{")[0] if "{" in text else text
        if len(head) < 25:
            head = text.split("}")[-1]
        markers.append((head, json.dumps(head, ensure_ascii=False)[1:-1]))
    return markers


def _is_hard_negative(doc: Document) -> bool:
    markers = _hard_negative_markers()
    return any(plain in doc.text or escaped in doc.text for plain, escaped in markers)


def test_two_thirds_of_benign_documents_are_hard_negatives() -> None:
    benign = _benign()
    hard = sum(map(_is_hard_negative, benign))
    assert hard * 3 >= len(benign) * 2
    assert len(benign) - hard >= 50  # plain documents of the same carriers exist too


def test_hard_negatives_are_many_and_look_like_attacks() -> None:
    texts = [text for _fit, text in devchat.HARD_NEGATIVES]
    assert len(set(texts)) == len(texts) >= 140
    # They share the attacks' vocabulary: imperatives about lockfiles, tokens, configs, bots.
    vocabulary = (
        "delete", "run ", "paste", "token", "ignore", "bot", "send", "approve", "instructions",
        "rotate", "remove", "install", "force", "revoke", "email", "recommend", "summar", "sudo",
        "rm -rf", "curl", "merge", "secret", "leave out", "disregard", "registry",
    )
    assert sum(any(word in text.lower() for word in vocabulary) for text in texts) >= 110
    assert sum(bool(GIVEAWAY.search(text)) for text in texts) >= 10
    # Some are in other languages, like the multilingual attacks.
    assert sum(bool(FOREIGN.search(text)) for text in texts) >= 8


def test_carriers_are_all_present_for_both_kinds() -> None:
    assert {doc.carrier for doc in _injected()} == set(devchat.CARRIERS)
    assert {doc.carrier for doc in _benign()} == set(devchat.CARRIERS)
    counts = Counter(doc.carrier for doc in _docs())
    assert min(counts.values()) >= 25


def test_json_carriers_parse() -> None:
    for doc in _docs():
        if doc.carrier in {"slack", "review"}:
            json.loads(doc.text)


def test_code_borne_attacks_are_present() -> None:
    harmful = [_passage(doc) for doc in _injected() if doc.category == "harmful_code"]
    assert sum("curl" in text or "exec" in text for text in harmful) >= 8
    assert any("setup.py" in text for text in harmful)
    assert any("workflows" in text for text in harmful)
