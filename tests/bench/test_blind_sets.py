"""Shape of the blind evaluation sets (not the detectors' scores): sizes, labels, no duplicates,
a deterministic leakage generator, and planted values that really are in their formats."""

from __future__ import annotations

import base64
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind_sets import injection_set as inj
from blind_sets import pii_values as pv
from blind_sets import secret_values as sv
from blind_sets.leakage_set import LeakageSet, Sample, build


@pytest.fixture(scope="module")
def leakage() -> LeakageSet:
    return build()


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def test_injection_set_sizes_and_labels() -> None:
    assert len(inj.INJECTED) >= 200
    assert len(inj.BENIGN) >= 400
    assert {c for c, _ in inj.INJECTED} == set(inj.ALL_CATEGORIES)
    counts = Counter(c for c, _ in inj.INJECTED)
    assert 0.10 <= counts["multilingual"] / len(inj.INJECTED) <= 0.15
    assert 0.12 <= counts["disguised"] / len(inj.INJECTED) <= 0.18
    assert all(isinstance(c, str) and c for c, _ in inj.BENIGN)


def test_every_text_is_a_plausible_tool_result_size() -> None:
    for _, text in inj.INJECTED + inj.BENIGN:
        assert inj.MIN_BYTES <= len(text.encode()) <= inj.MAX_BYTES, text[:80]


def test_no_duplicates_within_or_across_labels() -> None:
    texts = [_normalised(t) for _, t in inj.INJECTED + inj.BENIGN]
    assert len(set(texts)) == len(texts)
    payloads = [t for group in inj.CATEGORIES.values() for _, t in group]
    payloads += [t for _, _, t in inj.DISGUISED]
    assert len({_normalised(p) for p in payloads}) == len(payloads)


def test_every_injected_text_holds_its_payload() -> None:
    """The carrier must not drop the payload (disguised payloads are transformed, so skipped)."""
    plain = [t for group in inj.CATEGORIES.values() for _, t in group]
    for (_, text), payload in zip(inj.INJECTED, plain, strict=False):
        escaped = json.dumps(payload, ensure_ascii=False)[1:-1]
        assert payload in text or escaped in text or payload.replace('"', '""') in text


def test_disguises_really_hide_the_text() -> None:
    disguised = [t for c, t in inj.INJECTED if c == "disguised"]
    assert any("\u200b" in t or "\u200c" in t or "\u200d" in t for t in disguised)
    assert any(re.search("[\u0430\u0435\u043e\u0441\u0440]", t) for t in disguised)
    assert any("<!--" in t for t in disguised)
    decoded = [base64.b64decode(m).decode() for t in disguised
               for m in re.findall(r": ([A-Za-z0-9+/]{40,}={0,2})", t)]
    assert len(decoded) >= 4


def test_injection_set_is_deterministic() -> None:
    from random import Random

    assert inj._injected(Random(inj.SEED)) == inj.INJECTED
    assert inj._benign(Random(inj.SEED + 1)) == inj.BENIGN


def test_leakage_generator_is_deterministic(leakage: LeakageSet) -> None:
    assert build() == leakage
    assert build(seed=7) != leakage


def test_leakage_sizes(leakage: LeakageSet) -> None:
    assert len(leakage.secrets) >= 300
    assert len(leakage.secret_lookalikes) >= 300
    assert len(leakage.pii) >= 200
    assert len(leakage.pii_lookalikes) >= 200
    for group in (leakage.secrets, leakage.secret_lookalikes, leakage.pii, leakage.pii_lookalikes):
        texts = [s.text for s in group]
        assert len(set(texts)) == len(texts)
        for sample in group:
            assert sample.planted and all(0 <= p.start < p.end <= len(sample.text)
                                          for p in sample.planted)


def _values(samples: list[Sample], kind: str) -> list[str]:
    out = [v for s in samples for p, v in zip(s.planted, s.values(), strict=True) if p.kind == kind]
    assert out, kind
    return out


def test_token_checksums(leakage: LeakageSet) -> None:
    for kind, prefix_len in (("github_token", 4), ("npm_token", 4)):
        for value in _values(leakage.secrets, kind):
            body, checksum = value[prefix_len:-6], value[-6:]
            assert len(body) == 30
            number = 0
            for char in checksum:
                number = number * 62 + sv.BASE62.index(char)
            assert number == zlib.crc32(body.encode())


def test_token_formats(leakage: LeakageSet) -> None:
    patterns = {
        "aws_access_key": r"AKIA[A-Z2-7]{16}",
        "github_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        "slack_token": r"xox[bp]-\d+-\d+-(\d+-)?[A-Za-z0-9]+",
        "stripe_key": r"[sr]k_live_[A-Za-z0-9]{24,99}",
        "google_api_key": r"AIza[A-Za-z0-9_\-]{35}",
        "openai_key": r"sk-([a-z]+-)?[A-Za-z0-9_\-]+T3BlbkFJ[A-Za-z0-9_\-]+",
        "anthropic_key": r"sk-ant-(api03|admin01)-[A-Za-z0-9_\-]{93}AA",
        "gitlab_token": r"glpat-[A-Za-z0-9_\-]{20}",
        "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]+",
        "twilio_api_key": r"SK[0-9a-f]{32}",
        "sendgrid_key": r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
    }
    for kind, pattern in patterns.items():
        for value in _values(leakage.secrets, kind):
            assert re.fullmatch(pattern, value), (kind, value)


def test_jwts_are_real_base64url_json(leakage: LeakageSet) -> None:
    for value in _values(leakage.secrets, "jwt"):
        header, claims, signature = value.split(".")
        for part in (header, claims):
            decoded = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            assert isinstance(decoded, dict)
        assert base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))


def test_private_keys_load(leakage: LeakageSet) -> None:
    for value in _values(leakage.secrets, "private_key"):
        pem = value.replace("\\n", "\n").replace("\n    ", "\n").encode()
        if b"OPENSSH" in pem:
            serialization.load_ssh_private_key(pem, password=None)
        else:
            serialization.load_pem_private_key(pem, password=None)


def test_basic_auth_and_passwords_in_urls(leakage: LeakageSet) -> None:
    for value in _values(leakage.secrets, "basic_auth"):
        assert ":" in base64.b64decode(value).decode()
    for sample in leakage.secrets:
        for planted in sample.planted:
            if planted.kind in {"connection_string_password", "url_password"}:
                assert sample.text[planted.end] == "@"
                assert sample.text[planted.start - 1] == ":"


def test_pii_checksums(leakage: LeakageSet) -> None:
    for value in _values(leakage.pii, "card_number"):
        assert pv.luhn_valid(re.sub(r"\D", "", value))
    for value in _values(leakage.pii, "iban"):
        assert pv.iban_valid(value)
    for value in _values(leakage.pii, "us_ssn"):
        assert pv.ssn_valid(value)
    for value in _values(leakage.pii_lookalikes, "invalid_card"):
        assert not pv.luhn_valid(re.sub(r"\D", "", value))
    for value in _values(leakage.pii_lookalikes, "invalid_iban"):
        assert not pv.iban_valid(value)
    for value in _values(leakage.pii_lookalikes, "invalid_ssn"):
        assert not pv.ssn_valid(value)


def test_checksum_helpers_agree_with_published_examples() -> None:
    assert pv.iban_valid("GB82 WEST 1234 5698 7654 32")
    assert pv.iban_valid("DE89370400440532013000")
    assert not pv.iban_valid("DE89370400440532013001")
    assert pv.luhn_valid("4111111111111111")
    assert not pv.luhn_valid("4111111111111112")


def test_lookalikes_are_not_real_credentials(leakage: LeakageSet) -> None:
    for value in _values(leakage.secret_lookalikes, "docs_example_key"):
        assert value.endswith(("EXAMPLE", "EXAMPLEKEY"))
    for value in _values(leakage.secret_lookalikes, "public_key_pem"):
        assert "PRIVATE" not in value
    planted_secrets = {v for s in leakage.secrets for v in s.values()}
    assert not planted_secrets & {v for s in leakage.secret_lookalikes for v in s.values()}
