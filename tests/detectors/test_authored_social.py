"""Checks particular to the `social` training author (generic checks live elsewhere)."""

from __future__ import annotations

import json
import re
from collections import Counter

from mcpwarden.detectors.training import authored_social
from mcpwarden.detectors.training.generate import Document

DOCS = authored_social.documents()
INJECTED = [doc for doc in DOCS if doc.injected]
BENIGN = [doc for doc in DOCS if not doc.injected]


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_weighted_categories_meet_their_minimums() -> None:
    counts = Counter(doc.category for doc in INJECTED)
    minimums = {
        "override": 35,
        "task_hijack": 30,
        "exfiltration": 30,
        "response_manipulation": 30,
        "persuasion": 25,
        "tool_call": 25,
    }
    for category, minimum in minimums.items():
        assert counts[category] >= minimum, category
    assert set(counts) == set(authored_social.ATTACKS)
    assert len(counts) == 11


def test_passages_distinct_and_used_at_most_twice() -> None:
    passages = Counter(" ".join(_passage(doc).split()) for doc in INJECTED)
    assert len(INJECTED) >= 260
    assert len(passages) >= 200
    assert max(passages.values()) <= 2
    written = [p for group in authored_social.ATTACKS.values() for p in group]
    assert len(written) == len(set(written))


def test_multilingual_passages_cover_several_scripts() -> None:
    text = " ".join(_passage(doc) for doc in INJECTED if doc.category == "multilingual")
    scripts = {
        "japanese": r"[\u3040-\u30ff]",
        "chinese": r"[\u4e00-\u9fff]",
        "korean": r"[\uac00-\ud7af]",
        "cyrillic": r"[\u0400-\u04ff]",
        "arabic": r"[\u0600-\u06ff]",
    }
    for name, pattern in scripts.items():
        assert re.search(pattern, text), name
    for word in ("ignora", "oublie", "vergiss", "abaikan"):
        assert word in text


def test_attacks_are_mostly_casual_lower_case() -> None:
    passages = {_passage(doc) for doc in INJECTED}
    casual = [p for p in passages if p[:1].islower() or p[:1] in "@🚨⚠️🤖⛔["]
    assert len(casual) >= len(passages) // 2


def test_benign_mostly_hard_negatives() -> None:
    hard = authored_social.HARD + authored_social.FIC
    with_hard = [
        doc
        for doc in BENIGN
        if any(
            line in doc.text or json.dumps(line, ensure_ascii=False)[1:-1] in doc.text
            for line in hard
        )
    ]
    assert len(BENIGN) >= 360
    assert len(with_hard) * 3 >= len(BENIGN) * 2


def test_hard_negative_kinds_are_present() -> None:
    text = "\n".join(doc.text for doc in BENIGN).lower()
    for phrase in (
        "ignore all previous instructions",  # jokes at bots
        "jailbreak",  # threads about jailbreaks
        "delete your save",  # game guides
        "send your squad",
        "dm me",  # giveaways and marketplace
        "click the link",
        "rule 4",  # moderation rules
        "system",
        "assistant",
        "admin",
    ):
        assert phrase in text, phrase
    assert any(doc.carrier == "fanfic" for doc in BENIGN)


def test_carriers_and_json_carriers_parse() -> None:
    carriers = {doc.carrier for doc in DOCS}
    assert len(carriers) >= 12
    for doc in DOCS:
        if doc.carrier.endswith("_json"):
            json.loads(doc.text)


def test_attack_positions_vary() -> None:
    readme_comments = [
        doc
        for doc in INJECTED
        if doc.carrier == "mod_readme" and "<!-- " + _passage(doc) in doc.text
    ]
    assert readme_comments
    starts = {doc.payload_span[0] * 3 // max(len(doc.text), 1) for doc in INJECTED}
    assert starts == {0, 1, 2}
