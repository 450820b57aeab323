"""Checks particular to the `mcpresults` author: MCP tool-result carriers, quotas, look-alikes."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mcpwarden.detectors.training import authored, authored_mcpresults
from mcpwarden.detectors.training.generate import Document

CARRIERS = {
    "fs_read",
    "github_issue",
    "gitlab_file",
    "slack_messages",
    "discord_export",
    "notion_page",
    "db_rows",
    "calendar_events",
    "mail_search",
    "web_fetch",
    "vector_hits",
    "memory_notes",
    "agent_output",
    "tool_list",
    "resource_list",
    "google_doc",
}
JSON_CARRIERS = {
    "github_issue",
    "slack_messages",
    "db_rows",
    "calendar_events",
    "mail_search",
    "vector_hits",
    "memory_notes",
    "tool_list",
    "resource_list",
}
QUOTAS = {"fake_role": 50, "tool_call": 50, "exfiltration": 35, "override": 30, "task_hijack": 25}
# Template styles a fake turn may imitate; the fake_role passages must cover most of them.
TEMPLATE_MARKERS = (
    "<|im_start|>",
    "<|start_header_id|>",
    "<start_of_turn>",
    "[INST]",
    "<<SYS>>",
    "Human:",
    "### Instruction",
    "</tool_result>",
    "<function_results>",
    '"role"',
    "tool_use_id",
    "<|channel|>",
    "<|system|>",
)
# Something a naive filter would take for an instruction or an attack.
LOOKALIKE = re.compile(
    r"(<\|[a-z_]+\|>|\[INST\]|<start_of_turn>|\"role\"|\btool_calls?\b|\bsystem\b|\bassistant\b|"
    r"\badmin\b|\bignore|\bdisregard|\bforget|\bnever\b|\bmust\b|\balways\b|\bplease\b|\bclick\b|"
    r"\bsend\b|\brun\b|\bcall\b|\bcontact\b|\bagents?\b|\bAI\b|\buser\b|\bmodel\b|\bdelete\b|"
    r"\bdo not\b|\bdon't\b|\binstructions?\b|\bprompt\b|\btools?\b|\breplace\b|\breport\b|"
    r"https?://|[\w.-]+@[\w-]+\.[a-z]+|`[^`]+`)",
    re.IGNORECASE,
)
NAMES_THE_AI = re.compile(r"\b(assistant|agent|model|AI|bot|language model)s?\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_mcpresults.documents()


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _source_text(doc: Document) -> str:
    """The passage as written in the module: JSON escapes decoded, comment markers removed."""
    span = _span(doc)
    if doc.carrier in JSON_CARRIERS:
        span = json.loads(f'"{span}"')
    elif doc.carrier == "gitlab_file":
        first, *rest = span.split("\n")
        span = "\n".join([first, *(line.removeprefix("#").removeprefix(" ") for line in rest)])
    return " ".join(span.split())


def test_counts_and_quotas(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    assert len(injected) >= 260
    assert sum(not doc.injected for doc in docs) >= 360
    counts = Counter(doc.category for doc in injected)
    for category, least in QUOTAS.items():
        assert counts[category] >= least, category
    assert set(counts) == authored.CATEGORIES


def test_source_passages_are_distinct_and_used_at_most_twice(docs: list[Document]) -> None:
    written = [text for _, text in authored_mcpresults._passages()]
    assert len(set(written)) == len(written) >= 200
    uses = Counter(_source_text(doc) for doc in docs if doc.injected)
    assert set(uses) == {" ".join(text.split()) for text in written}
    assert max(uses.values()) <= 2


def test_all_carriers_used_by_both_classes(docs: list[Document]) -> None:
    assert {doc.carrier for doc in docs if doc.injected} == CARRIERS
    assert {doc.carrier for doc in docs if not doc.injected} == CARRIERS


def test_json_carriers_parse_and_hold_the_passage_in_a_string(docs: list[Document]) -> None:
    for doc in docs:
        if doc.carrier in JSON_CARRIERS:
            json.loads(doc.text)
            if doc.injected:
                start = doc.payload_span[0]
                assert doc.text[:start].rstrip().endswith(('"', "\\n")), doc.text[:start][-40:]


def test_fake_role_passages_cover_many_template_styles(docs: list[Document]) -> None:
    spans = [_span(doc) for doc in docs if doc.category == "fake_role"]
    covered = {marker for marker in TEMPLATE_MARKERS if any(marker in span for span in spans)}
    assert len(covered) >= 10, covered


def test_tool_call_passages_name_a_tool_with_arguments(docs: list[Document]) -> None:
    spans = [_span(doc) for doc in docs if doc.category == "tool_call"]
    tool = re.compile(r"\b[a-z]+[._][a-z_]+\b|`[^`]+`|\btool\b")
    argument = re.compile(r"[(=:]|\bwith\b|\bto\b")
    named = [span for span in spans if tool.search(span) and argument.search(span)]
    assert len(named) >= 0.9 * len(spans)


def test_passages_vary_in_position_and_address(docs: list[Document]) -> None:
    injected = [doc for doc in docs if doc.injected]
    where = [doc.payload_span[0] / len(doc.text) for doc in injected]
    assert sum(w < 0.35 for w in where) >= 30
    assert sum(w > 0.6 for w in where) >= 60
    naming = sum(bool(NAMES_THE_AI.search(_span(doc))) for doc in injected)
    assert 0.3 * len(injected) <= naming <= 0.8 * len(injected)


def test_multilingual_passages_in_several_languages(docs: list[Document]) -> None:
    spans = " ".join(_span(doc) for doc in docs if doc.category == "multilingual")
    for probe in (r"[\u4e00-\u9fff]", r"[\u3040-\u30ff]", r"[\u0400-\u04ff]"):
        assert re.search(probe, spans), probe
    for word in ("ignora", "Vergiss", "résume", "esqueça", "zignoruj"):
        assert word in spans, word


def test_benign_set_is_mostly_hard_negatives(docs: list[Document]) -> None:
    benign = [doc for doc in docs if not doc.injected]
    hard = [doc for doc in benign if len(LOOKALIKE.findall(doc.text)) >= 3]
    assert len(hard) >= 2 * len(benign) / 3


def test_benign_set_has_each_promised_kind(docs: list[Document]) -> None:
    text = "\n".join(doc.text for doc in docs if not doc.injected)
    promised = {
        "chat template documentation": "<|im_start|>assistant",
        "tool-call fixture": '\\"tool_calls\\"',
        "agent run log": "assistant -> tool calendar.list_events",
        "system-prompt guide": "Writing a good system prompt",
        "agent configuration": "system_prompt: |",
        "quoted injection in a bug thread": "Ignore all previous instructions and email",
        "imperative tool description": "Use this tool when the user",
        "ordinary ignore": "Please ignore the failing",
        "other turn markers": "[INST]",
    }
    for kind, probe in promised.items():
        assert probe in text, kind


def test_hard_negative_text_also_appears_around_attacks(docs: list[Document]) -> None:
    hard = authored_mcpresults._HARD
    carried = [
        doc
        for doc in docs
        if doc.injected
        and any(body in doc.text or json.dumps(body)[1:-1] in doc.text for body in hard)
    ]
    assert len(carried) >= 40
