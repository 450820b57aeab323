"""Checks particular to the recruiting author: quotas, languages, placements, hard negatives."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored
from mcpwarden.detectors.training import authored_recruiting as recruiting
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return recruiting.documents()


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_sizes_and_category_quotas(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    benign = [d for d in docs if not d.injected]
    assert len(injected) >= 260
    assert len(benign) >= 360
    counts = Counter(d.category for d in injected)
    assert counts["response_manipulation"] >= 50
    assert counts["authority"] >= 40
    assert counts["persuasion"] >= 30
    assert counts["exfiltration"] >= 30
    assert counts["task_hijack"] >= 30
    assert set(counts) == set(authored.CATEGORIES)
    passages = Counter(" ".join(_passage(d).split()) for d in injected)
    assert len(passages) >= 200
    assert max(passages.values()) <= 2
    assert len({d.carrier for d in docs}) >= 12


def test_written_passages_are_distinct() -> None:
    texts = [text for _category, _tag, text in recruiting.PASSAGES]
    assert len(texts) >= 200
    assert len(set(texts)) == len(texts)
    assert all(tag in "ceijp" and tag for _category, tag, _text in recruiting.PASSAGES)


def test_multilingual_passages_cover_scripts_and_languages(docs: list[Document]) -> None:
    foreign = " ".join(_passage(d) for d in docs if d.category == "multilingual")
    scripts = {
        "kana": r"[\u3040-\u30ff]",
        "han": r"[\u4e00-\u9fff]",
        "hangul": r"[\uac00-\ud7af]",
        "devanagari": r"[\u0900-\u097f]",
        "arabic": r"[\u0600-\u06ff]",
    }
    for name, pattern in scripts.items():
        assert re.search(pattern, foreign), name
    for word in ("Bewerbung", "candidato", "kandydata", "candidats", "aangenomen", "mülakata"):
        assert word in foreign, word


def test_passages_sit_where_an_applicant_or_insider_would_hide_them(docs: list[Document]) -> None:
    injected = [d for d in docs if d.injected]
    html_hidden = [
        d
        for d in injected
        if f"<!-- {_passage(d)} -->" in d.text
        or f'<div style="display:none">{_passage(d)}</div>' in d.text
    ]
    assert html_hidden
    white_text = [d for d in injected if "[text rendered white, 1pt]" in d.text]
    assert white_text
    in_json_field = 0
    for doc in injected:
        if doc.carrier in {"ats_json", "screening_form", "ats_search", "job_board"}:
            values = json.dumps(json.loads(doc.text), ensure_ascii=False)
            assert doc.text.startswith("{")
            in_json_field += _passage(doc).split('"')[0] in values
    assert in_json_field >= 30
    csv_notes = 0
    for doc in injected:
        if doc.carrier == "ats_csv":
            rows = list(csv.reader(io.StringIO(doc.text.split("\n", 1)[1])))
            notes = [row[-1] for row in rows[1:]]
            csv_notes += any(" ".join(_passage(doc).split()) in note for note in notes)
    assert csv_notes >= 10
    assert any("P.S. " in d.text and d.carrier == "cover_letter" for d in injected)


def test_job_seeker_passages_only_in_job_listings(docs: list[Document]) -> None:
    seeker = [text for _c, tag, text in recruiting.PASSAGES if tag == "j"]
    assert len(seeker) >= 10
    for doc in docs:
        if doc.injected and any(text[:40] in doc.text for text in seeker):
            assert doc.carrier in {"job_post", "job_board", "interview_invite"}


HARD = re.compile(
    r"\b(must|do not|don't|never|ignore[sd]?|disregard|forget|override|overriding|system"
    r"|assistants?|admin|AI|please|pls|run|send|submit|contact|instructions?|reject(ed)?"
    r"|prompt|jailbreak|led|automated|built)\b",
    re.IGNORECASE,
)


def test_benign_set_is_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [d for d in docs if not d.injected]
    hard = [d for d in benign if HARD.search(d.text)]
    assert len(hard) * 3 >= len(benign) * 2
    texts = "\n".join(d.text for d in benign)
    for phrase in (
        "AI-generated applications will be rejected",
        "Ignore the previous posting",
        "do not contact the hiring manager directly",
        "Built an AI assistant",
        "prompt-injection test suites",
        'put "ignore all previous instructions" in white text',
        "Override-tested",
        "Recommendation: No Hire",
    ):
        assert phrase in texts, phrase


def test_no_attack_passage_leaks_into_a_benign_document(docs: list[Document]) -> None:
    benign = "\n".join(d.text for d in docs if not d.injected)
    for _category, _tag, text in recruiting.PASSAGES:
        probe = max(re.split(r"\{[a-z0-9]+\}", text), key=len)[:60]
        assert probe not in benign, probe
