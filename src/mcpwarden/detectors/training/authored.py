"""Hand-written training documents, each module written by a different author.

The generated documents (`generate.py`) compose one author's building blocks, so a model trained
only on them learns that author's style. Each `authored_<name>.py` module is written separately,
in its own domain and voice, as whole documents: tool results (JSON, calendars, READMEs, reviews,
web pages, mail ...) with an injected passage, and benign documents of the same kinds.

An injected passage is marked in the source with `OPEN` ... `CLOSE`; `injected()` strips the
marks and records the passage's span, which labels the model's windows (`train_injection`).
Leaving one author out of training and scoring that author's documents measures how the
detector does on a style it has not seen (`bench/bench_authors.py`).
"""

from __future__ import annotations

import importlib
import zlib

from mcpwarden.detectors.training.generate import Document

OPEN = "\u27e6"  # ⟦
CLOSE = "\u27e7"  # ⟧
# The attack categories an author may give an injected document.
_CATEGORY_NAMES = (
    "override fake_role tool_call exfiltration authority persuasion task_hijack harmful_code"
    " fake_error response_manipulation multilingual"
)
CATEGORIES = frozenset(_CATEGORY_NAMES.split())
AUTHORS = (
    "structured",
    "code",
    "multilingual",
    "prose",
    "messages",
    "agentic",
    "business",
    "community",
    "devrepo",
    "commerce",
    "ops",
    "longform",
    "asia",
    "europe",
    "security",
    "personal",
    "finance",
    "edu_health",
    "aidocs",
    "support",
    "media",
    "world",
    "govlegal",
    "devtools",
    "browser",
    "data",
    "cjk",
    "southasia",
    "mideast_africa",
    "iberoamerica",
    "science",
    "social",
    "terminal",
    "persuade",
    "workplace",
    "mcpresults",
    "mixedlang",
    "longpersuade",
    "codeharm",
    "hidden",
    "policy",
    "manuals",
    "fiction",
    "tasks",
    "aiworld",
    "recruiting",
    "travel",
    "academic",
    "notices",
    "selfhelp",
    "uistrings",
    "voice",
    "health",
    "subtle",
    "logistics",
    "legalops",
    "homelife",
    "devchat",
    "gaming",
    "manufacturing",
    "lms",
    "transcripts",
    "marketing",
    "insurance",
    "salesplay",
    "realestate",
)


class MarkError(ValueError):
    """A document's injection marks are missing, nested, repeated or empty."""


def injected(carrier: str, category: str, marked: str) -> Document:
    """A document whose single injected passage is enclosed in `OPEN` ... `CLOSE`."""
    if category not in CATEGORIES:
        raise MarkError(f"{carrier}: unknown category {category!r}")
    start = marked.find(OPEN)
    end = marked.find(CLOSE)
    if start < 0 or end <= start + 1:
        raise MarkError(f"{carrier}/{category}: expected one non-empty {OPEN}...{CLOSE} passage")
    text = marked[:start] + marked[start + 1 : end] + marked[end + 1 :]
    if OPEN in text or CLOSE in text:
        raise MarkError(f"{carrier}/{category}: more than one marked passage")
    return Document(text, True, carrier, category, "authored", (start, end - 1))


def benign(carrier: str, text: str) -> Document:
    if OPEN in text or CLOSE in text:
        raise MarkError(f"{carrier}: a benign document carries an injection mark")
    return Document(text, False, carrier, "benign", "none", (0, 0))


def documents(author: str) -> list[Document]:
    """The documents of one author (deterministic)."""
    if author not in AUTHORS:
        raise ValueError(f"unknown author {author!r}; known: {', '.join(AUTHORS)}")
    module = importlib.import_module(f"mcpwarden.detectors.training.authored_{author}")
    built: list[Document] = module.documents()
    return built


def all_documents(exclude: tuple[str, ...] = ()) -> list[Document]:
    return [doc for author in AUTHORS if author not in exclude for doc in documents(author)]


CALIBRATION_SHARE = 5  # one document in five calibrates the model's cut instead of training it


def is_calibration(document: Document) -> bool:
    """A fixed split by content (not by position, so adding documents moves no other one)."""
    return zlib.crc32(document.text.encode()) % CALIBRATION_SHARE == 0
