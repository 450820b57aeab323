"""Checks particular to the `terminal` training author (shell, CI, logs and error bodies)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from mcpwarden.detectors.training import authored_terminal
from mcpwarden.detectors.training.generate import Document


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(authored_terminal.documents())


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_weighted_categories_meet_their_minimums() -> None:
    counts = Counter(doc.category for doc in _docs() if doc.injected)
    minimums = {
        "fake_error": 50,
        "tool_call": 35,
        "harmful_code": 35,
        "task_hijack": 30,
        "exfiltration": 25,
    }
    for category, minimum in minimums.items():
        assert counts[category] >= minimum, (category, counts[category])


def test_every_category_is_present() -> None:
    from mcpwarden.detectors.training import authored

    assert {doc.category for doc in _docs() if doc.injected} == set(authored.CATEGORIES)


def test_reused_passages_sit_in_different_carriers() -> None:
    carriers: defaultdict[str, list[str]] = defaultdict(list)
    for doc in _docs():
        if doc.injected:
            carriers[" ".join(_passage(doc).split())].append(doc.carrier)
    for passage, where in carriers.items():
        assert len(where) == len(set(where)), passage


def test_multilingual_passages_cover_several_scripts() -> None:
    text = " ".join(_passage(d) for d in _docs() if d.category == "multilingual")
    scripts = {
        "cyrillic": r"[\u0400-\u04ff]",
        "kana": r"[\u3040-\u30ff]",
        "han": r"[\u4e00-\u9fff]",
        "hangul": r"[\uac00-\ud7af]",
        "latin accents": r"[äöüéèàçãâêıış]",
    }
    for name, pattern in scripts.items():
        assert re.search(pattern, text), name
    for word in ("Assistenten", "asistente", "assistente", "assistent"):
        assert word in text, word


def test_problem_json_carries_the_attack_inside_a_json_field() -> None:
    found = 0
    for doc in _docs():
        if doc.carrier != "problem_json" or not doc.injected:
            continue
        body = json.loads(doc.text.split("\n\n", 1)[1])
        fields = [body.get(key, "") for key in ("detail", "hint", "remediation")]
        assert any(
            " ".join(_passage(doc).split())[:40] in json.dumps(f, ensure_ascii=False)
            for f in fields
        )
        found += 1
    assert found >= 5


def test_spans_are_trimmed_and_inside_the_text() -> None:
    for doc in _docs():
        if doc.injected:
            start, end = doc.payload_span
            assert 0 <= start < end <= len(doc.text)
            assert not doc.text[start].isspace() and not doc.text[end - 1].isspace()


def test_benign_set_is_mostly_operator_advice_hard_negatives() -> None:
    advice = authored_terminal._ADVICE + authored_terminal._QUOTED
    benign = [doc for doc in _docs() if not doc.injected]
    hard = [doc for doc in benign if any(line in doc.text for line in advice)]
    assert len(hard) * 3 >= len(benign) * 2, (len(hard), len(benign))


def test_promised_hard_negative_kinds_are_present() -> None:
    benign = "\n".join(doc.text for doc in _docs() if not doc.injected)
    for phrase in (
        "npm audit fix",
        "--force",
        "contact your administrator",
        "ignore this warning",
        "Delete package-lock.json",
        "support@",
        "Rate limit exceeded",
        "admin",
        "Deprecated:",
        '"role": "system"',
        '"role": "user"',
        "ignore all previous instructions",  # quoted by a scanner, addressed to a human
        "https://",
    ):
        assert phrase in benign, phrase


def test_attacks_hide_in_log_trace_and_test_positions() -> None:
    kinds = {doc.carrier for doc in _docs() if doc.injected}
    for carrier in (
        "journalctl",
        "python_traceback",
        "java_stacktrace",
        "pytest_output",
        "ssh_motd",
        "kubectl_events",
        "ci_log",
    ):
        assert carrier in kinds, carrier
    assertion_lines = [
        doc
        for doc in _docs()
        if doc.injected
        and doc.carrier == "pytest_output"
        and doc.text[: doc.payload_span[0]].endswith("AssertionError: ")
    ]
    assert assertion_lines


def test_documents_name_the_ai_in_some_passages_and_not_in_others() -> None:
    ai_words = re.compile(r"\b(assistant|agent|model|AI|LLM)s?\b", re.IGNORECASE)
    passages = {_passage(doc) for doc in _docs() if doc.injected}
    naming = sum(bool(ai_words.search(p)) for p in passages)
    assert 0.3 * len(passages) < naming < 0.9 * len(passages), naming
