"""Checks particular to the science author (generic checks live in test_authored.py)."""

from __future__ import annotations

import json
import re
from collections import Counter

from mcpwarden.detectors.training import authored, authored_science
from mcpwarden.detectors.training.generate import Document

DOCS = authored_science.documents()
INJECTED = [d for d in DOCS if d.injected]
BENIGN = [d for d in DOCS if not d.injected]


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _holds(text: str, snippet: str) -> bool:
    return snippet in text or json.dumps(snippet, ensure_ascii=False)[1:-1] in text


def test_category_weights_promised_for_the_domain() -> None:
    counts = Counter(d.category for d in INJECTED)
    assert counts["response_manipulation"] >= 50
    assert counts["override"] >= 30
    assert counts["persuasion"] >= 30
    assert counts["exfiltration"] >= 25
    assert counts["task_hijack"] >= 25
    assert set(counts) == authored.CATEGORIES  # every category is represented


def test_at_least_two_thirds_of_benign_are_hard_negatives() -> None:
    hard = [d for d in BENIGN if any(_holds(d.text, s) for s in authored_science._HARD_NEGATIVES)]
    assert len(hard) * 3 >= len(BENIGN) * 2


def test_hard_negative_kinds_are_present() -> None:
    texts = [d.text for d in BENIGN]

    def some(pattern: str) -> bool:
        return any(re.search(pattern, t) for t in texts)

    assert some(r"Ignore all previous instructions")  # LLM-security paper quoting an attack
    assert some(r"System prompt used for all runs")  # prompt appendix of an ML paper
    assert some(r"Remove outliers")  # methods imperative
    assert some(r"LAB SAFETY RULES")
    assert some(r"Reviewer guidelines")
    assert some(r"camera-ready PDF")  # author instructions
    assert some(r"Send frozen samples on dry ice")
    assert some(r"\S+@\S+\.\w+")  # e-mail addresses
    assert some(r"https://")


def test_multilingual_passages_cover_many_scripts_and_languages() -> None:
    passages = [_passage(d) for d in INJECTED if d.category == "multilingual"]
    joined = " ".join(passages)
    assert re.search(r"[\u4e00-\u9fff]", joined)  # Chinese
    assert re.search(r"[\u3040-\u30ff]", joined)  # Japanese kana
    assert re.search(r"[\uac00-\ud7af]", joined)  # Korean
    assert re.search(r"[\u0400-\u04ff]", joined)  # Cyrillic
    assert re.search(r"[\u0600-\u06ff]", joined)  # Arabic
    assert re.search(r"[\u0900-\u097f]", joined)  # Devanagari
    for marker in ("KI-Gutachter", "l'IA", "asistente", "Assistente", "modelu AI", "Yapay"):
        assert marker in joined, marker


def test_attacks_sit_in_hidden_slots_of_papers() -> None:
    def hidden(doc: Document) -> bool:
        before = doc.text[: doc.payload_span[0]]
        line_start = before[before.rfind("\n") + 1 :]
        return (
            line_start.startswith("% ")
            or "\\tiny " in line_start
            or "font-size:1px" in line_start
            or line_start.startswith("<!-- ")
            or "note = {" in line_start
            or line_start.startswith("N1  - ")
        )

    slots = [d for d in INJECTED if hidden(d)]
    assert len(slots) >= 30
    carriers = {d.carrier for d in INJECTED}
    for name in ("latex_source", "bibtex_export", "pdf_fulltext", "submission_portal_html"):
        assert name in carriers


def test_reviewer_directed_manipulation_names_the_reader_variously() -> None:
    passages = [_passage(d).lower() for d in INJECTED if d.category == "response_manipulation"]
    naming = [p for p in passages if re.search(r"\b(ai|llm|model|assistant|reviewer-bot)\b", p)]
    assert 0 < len(naming) < len(passages)  # some name the AI, some do not
    assert any("accept" in p for p in passages)
    assert any("omit" in p or "do not mention" in p or "leave out" in p for p in passages)


def test_passages_are_used_at_most_twice_and_mostly_once() -> None:
    counts = Counter(" ".join(_passage(d).split()) for d in INJECTED)
    assert max(counts.values()) <= 2
    assert len(counts) >= 200
