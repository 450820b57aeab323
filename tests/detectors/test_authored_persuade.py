"""Checks particular to the `persuade` author: its emphasis, languages, hard negatives, carriers."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored_persuade
from mcpwarden.detectors.training.generate import Document

JSON_CARRIERS = ("app_store_json", "forum_answer_json", "search_results_json")


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(authored_persuade.documents())


def _injected() -> list[Document]:
    return [doc for doc in _documents() if doc.injected]


def _benign() -> list[Document]:
    return [doc for doc in _documents() if not doc.injected]


def _passage(doc: Document) -> str:
    start, end = doc.payload_span
    return doc.text[start:end]


def test_domain_emphasis_counts() -> None:
    per_category = Counter(doc.category for doc in _injected())
    assert per_category["response_manipulation"] >= 70
    assert per_category["persuasion"] >= 60
    assert per_category["task_hijack"] >= 35
    assert per_category["authority"] >= 25


def test_persuasion_passages_never_say_ignore() -> None:
    for doc in _injected():
        if doc.category == "persuasion":
            assert not re.search(r"\b(ignore|disregard)", _passage(doc), re.IGNORECASE)


def test_persuasion_passages_are_long_and_reasoned() -> None:
    lengths = [len(_passage(doc).split()) for doc in _injected() if doc.category == "persuasion"]
    assert min(lengths) >= 20
    assert sum(lengths) / len(lengths) >= 30


def test_response_manipulation_targets_the_ai_or_a_summary_of_the_page() -> None:
    cue = re.compile(
        r"\b(assistant|AI|model|LLM|summar|chatbot|machine|answer|you|the user|users)",
        re.IGNORECASE,
    )
    for doc in _injected():
        if doc.category == "response_manipulation":
            assert cue.search(_passage(doc)), _passage(doc)


def test_multilingual_passages_cover_promised_languages() -> None:
    passages = " ".join(_passage(doc) for doc in _injected() if doc.category == "multilingual")
    for marker in ("KI-Assistenten", "asistentes de IA", "assistants IA", "AIアシスタント",
                   "assistente de IA", "assistente:", "ИИ-помощника", "AI助手"):
        assert marker in passages, marker


def test_most_benign_documents_are_hard_negatives() -> None:
    prefixes = [
        line.split("{")[0][:40]
        for line in authored_persuade.HARD_NEGATIVES.splitlines()
        if len(line.split("{")[0]) >= 15
    ]
    hard = [doc for doc in _benign() if any(prefix in doc.text for prefix in prefixes)]
    assert len(hard) * 3 >= len(_benign()) * 2


def test_promised_hard_negative_kinds_are_present() -> None:
    text = "\n".join(doc.text for doc in _benign())
    for kind in (
        "Disclosure: this article contains affiliate links",
        "Sponsored content:",
        "Editorial style guide",
        "PR talking points",
        "Comment policy:",
        "Review guidelines for contributors",
        "Brand voice guide",
        "you should buy",
        "Tell your friends",
        "Don't miss",
        "We recommend",
        "Never mention",
        "Ignore previous instructions",
        "system prompt",
    ):
        assert kind in text, kind


def test_benign_text_uses_role_words_and_ordinary_ignore() -> None:
    benign = [doc.text for doc in _benign()]
    for word in ("assistant", "admin", "system", "user", "ignore", "disregard", "forget"):
        assert sum(word in text.lower() for text in benign) >= 5, word


def test_json_carriers_parse_and_ld_json_holds_passages() -> None:
    for doc in _documents():
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)
        if doc.carrier == "restaurant_jsonld":
            script = doc.text.split('<script type="application/ld+json">', 1)[1]
            data = json.loads(script.split("</script>", 1)[0])
            assert data["@type"] == "Restaurant"
    ld_injected = [doc for doc in _injected() if doc.carrier == "restaurant_jsonld"]
    assert ld_injected
    for doc in ld_injected:
        assert doc.payload_span[0] > doc.text.index("application/ld+json")


def test_passages_sit_deep_in_pages_as_well_as_at_the_start() -> None:
    relative = [doc.payload_span[0] / len(doc.text) for doc in _injected()]
    assert sum(r > 0.5 for r in relative) >= len(relative) // 3
    assert any(r < 0.2 for r in relative)


def test_hidden_elements_are_used_by_both_classes() -> None:
    hidden = 'style="display:none"'
    assert any(hidden in doc.text for doc in _injected())
    assert any(hidden in doc.text for doc in _benign())


def test_carriers_are_shared_by_injected_and_benign() -> None:
    injected = {doc.carrier for doc in _injected()}
    benign = {doc.carrier for doc in _benign()}
    assert len(injected) >= 12
    assert injected == benign
