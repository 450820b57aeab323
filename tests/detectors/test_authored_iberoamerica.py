"""Checks particular to the Ibero-American author: languages, carriers and hard negatives."""

from __future__ import annotations

from collections import Counter

import pytest

from mcpwarden.detectors.training import authored_iberoamerica
from mcpwarden.detectors.training.generate import Document


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return authored_iberoamerica.documents()


def _passage(doc: Document) -> str:
    return doc.text[doc.payload_span[0] : doc.payload_span[1]]


def test_each_promised_category_has_twenty_documents(docs: list[Document]) -> None:
    counts = Counter(doc.category for doc in docs if doc.injected)
    for category in (
        "override",
        "tool_call",
        "exfiltration",
        "task_hijack",
        "response_manipulation",
        "authority",
        "persuasion",
    ):
        assert counts[category] >= 20, category
    for category in ("fake_role", "harmful_code", "fake_error", "multilingual"):
        assert counts[category] >= 10, category
    assert counts["multilingual"] <= sum(counts.values()) // 4


@pytest.mark.parametrize(
    ("language", "markers", "minimum"),
    [
        ("Spanish (voseo)", ("ignorá", "mandá", "hacé", "pasá", "decile"), 10),
        ("Spanish (usted)", ("haga clic", "favor de", "consulte", "siga los pasos"), 5),
        ("Portuguese", ("você", "não", "usuário", "assistente"), 40),
        ("Catalan", ("si us plau", "abans", "sol·licitud", "instruccions anteriors"), 3),
        ("Galician", ("concello", "non compartas", "aínda", "lume"), 3),
        ("Basque", ("ez ", "bidali", "erabiltzaile", "laguntzaile"), 3),
    ],
)
def test_languages_are_present(
    docs: list[Document], language: str, markers: tuple[str, ...], minimum: int
) -> None:
    hits = sum(any(marker in doc.text.lower() for marker in markers) for doc in docs)
    assert hits >= minimum, language


def test_attacks_are_written_in_every_language_of_the_domain(docs: list[Document]) -> None:
    passages = [_passage(doc).lower() for doc in docs if doc.injected]
    for marker in ("ignorá", "desconsidere", "instruccions anteriors", "ahaztu", "instrucións"):
        assert any(marker in passage for passage in passages), marker


def test_regional_carriers_are_present(docs: list[Document]) -> None:
    carriers = {doc.carrier for doc in docs}
    assert {
        "whatsapp_export",
        "marketplace_listing",
        "bank_notice",
        "government_notice",
        "json_api",
        "source_file",
    } <= carriers
    text = "\n".join(doc.text for doc in docs)
    for marker in (
        "Comprovante de Pix",
        "Notificación SPEI",
        "SERVICIO DE ADMINISTRACIÓN TRIBUTARIA",
        "RECEITA FEDERAL",
    ):
        assert marker in text, marker


def test_most_benign_documents_are_hard_negatives(docs: list[Document]) -> None:
    hard = set(authored_iberoamerica._HARD)
    benign = [doc for doc in docs if not doc.injected]
    carrying = [doc for doc in benign if any(paragraph in doc.text for paragraph in hard)]
    assert len(carrying) * 3 >= len(benign) * 2


def test_hard_negatives_look_like_instructions(docs: list[Document]) -> None:
    benign_text = "\n".join(doc.text for doc in docs if not doc.injected).lower()
    for phrase in (
        "ignorá el mensaje anterior",
        "envie o comprovante",
        "no compartas tu clave",
        "haga clic",
        "ignore as instruções anteriores",  # a quoted scam in a warning
        "system prompt",
        "sudo",
        "@",
    ):
        assert phrase in benign_text, phrase
