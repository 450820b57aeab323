"""The media author's documents: what is particular to persuasive long-form content.

Generic checks (counts, marks, sizes, determinism) are done elsewhere; these check the promises
of this domain: the weighted categories, persuasion buried deep in long content, attacks that
address summarisers in varied ways, the languages of the foreign passages, and benign documents
that persuade or instruct human readers (hard negatives).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from mcpwarden.detectors.training import authored_media
from mcpwarden.detectors.training.generate import Document


@cache
def _docs() -> tuple[Document, ...]:
    return tuple(authored_media.documents())


def _span(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def _injected() -> list[Document]:
    return [d for d in _docs() if d.injected]


def _benign() -> list[Document]:
    return [d for d in _docs() if not d.injected]


def test_weighted_categories_meet_their_minimums() -> None:
    counts = Counter(d.category for d in _injected())
    minimums = {
        "persuasion": 40,
        "response_manipulation": 35,
        "authority": 25,
        "task_hijack": 25,
        "exfiltration": 20,
        "tool_call": 20,
    }
    for category, minimum in minimums.items():
        assert counts[category] >= minimum, (category, counts[category])
    assert set(counts) == set(authored_media.PASSAGES)


def test_hand_written_passages_are_distinct() -> None:
    written = [p for passages in authored_media.PASSAGES.values() for p in passages]
    assert len(written) >= 200
    assert len(set(written)) == len(written)
    openings = Counter(" ".join(p.split()[:3]).lower() for p in written)
    assert openings.most_common(1)[0][1] <= 6  # no template opening


def test_persuasion_is_buried_deep_in_long_content() -> None:
    persuasion = [d for d in _injected() if d.category == "persuasion"]
    deep = [d for d in persuasion if d.payload_span[0] > len(d.text) * 0.4]
    assert len(deep) >= 0.9 * len(persuasion)
    assert all(len(d.text.encode()) >= 600 for d in persuasion)


def test_passages_address_summarisers_and_nobody() -> None:
    addressed = re.compile(
        r"\b(AI|assistants?|language models?|models?|LLMs?|summari[sz]\w*|chatbots?|agents?|bots?)"
        r"\b",
        re.IGNORECASE,
    )
    spans = [_span(d) for d in _injected() if d.category != "multilingual"]
    named = sum(bool(addressed.search(s)) for s in spans)
    assert named >= 0.6 * len(spans)
    assert len(spans) - named >= 10  # some address no one in particular
    assert sum("whoever" in s.lower() for s in spans) >= 3


def test_attacks_sit_in_varied_positions() -> None:
    carriers = {d.carrier for d in _injected()}
    assert len(carriers) >= 12
    before = [d.text[max(0, d.payload_span[0] - 6) : d.payload_span[0]] for d in _injected()]
    hidden = [b for b in before if "<!--" in b]
    in_json = [d for d in _injected() if d.text.lstrip().startswith("{")]
    assert hidden and len(in_json) >= 20


def test_multilingual_passages_cover_several_languages() -> None:
    spans = " ".join(_span(d) for d in _injected() if d.category == "multilingual")
    markers = {
        "de": "KI-Assistenten",
        "fr": "assistants IA",
        "es": "modelos de lenguaje",
        "it": "assistenti IA",
        "pt": "assistentes de IA",
        "nl": "AI-assistenten",
        "ja": "アシスタント",
        "ru": "ассистент",
        "zh": "助手",
    }
    missing = [lang for lang, marker in markers.items() if marker not in spans]
    assert not missing, missing


HARD_CUES = re.compile(
    r"buy now|you deserve|don't miss out|tell your friends|experts agree|switch today|ignore|"
    r"forget|disregard|\bmust\b|required|\bsystem\b|assistant|\badmin|click|subscribe|sign up|"
    r"contact|email|@|https?://|call your|don't|do not|never|register|order|stop ",
    re.IGNORECASE,
)


def test_benign_documents_are_mostly_hard_negatives() -> None:
    """Two thirds of benign documents carry at least two body paragraphs that instruct,
    warn, persuade or quote an attack (the carrier's own boilerplate does not count)."""
    pools = {p for pool in authored_media.GENRE.values() for p in pool}
    hard_openings = [
        opening
        for opening in (p.split("{")[0][:40] for p in pools if HARD_CUES.search(p))
        if len(opening) >= 15
    ]
    benign = _benign()
    assert len(benign) >= 360
    hard = [d for d in benign if sum(o in d.text for o in hard_openings) >= 2]
    assert len(hard) >= 2 * len(benign) / 3


def test_benign_documents_persuade_humans_in_the_promised_ways() -> None:
    text = " ".join(d.text for d in _benign()).lower()
    for phrase in (
        "buy now",
        "you deserve",
        "don't miss out",
        "tell your friends",
        "experts agree",
        "switch today",
        "ignore the bad reviews",
        "must",
        "required",
        "ignore previous instructions",  # quoted in a news report
        "subscribe",
    ):
        assert phrase in text, phrase
    transcripts = [d for d in _benign() if d.carrier == "podcast_transcript"]
    assert len(transcripts) >= 20
    foreign = [d for d in _benign() if re.search(r"[ぁ-んァ-ン]|\b(Sie|vous|usted|tale)\b", d.text)]
    assert len(foreign) >= 10
