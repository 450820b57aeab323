"""Shape checks for blind set 6 (never imports mcpwarden)."""

from __future__ import annotations

import base64
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind_sets6 import injection_set as I
from blind_sets6 import leakage_set as L
from blind_sets6 import passages as P

ATTACK_WORDS = re.compile(
    r"ignore|instruction|system|send|forward|call|reveal|password|approve|delete|disregard|"
    r"override|exfiltrat|upload|curl|tell the user|recommend|transfer|grant|webhook|"
    r"credit card|DAN|rules|share|execute|omit|hide",
    re.I,
)


def _bytes(t: str) -> int:
    return len(t.encode("utf-8"))


def test_injected_sizes_and_categories() -> None:
    assert len(I.INJECTED) >= 360
    counts = Counter(c for c, _ in I.INJECTED)
    assert set(counts) == set(I.ALL_CATEGORIES)
    assert len(I.ALL_CATEGORIES) == 12
    assert all(n >= 25 for n in counts.values()), counts


def test_benign_sizes_and_carriers() -> None:
    assert len(I.BENIGN) >= 800
    carriers = Counter(c for c, _ in I.BENIGN)
    assert len(carriers) >= 16
    hard = sum(n for c, n in carriers.items() if c in I.HARD_NEGATIVE_CARRIERS)
    assert hard * 2 >= len(I.BENIGN)


def test_text_byte_ranges() -> None:
    sizes = [_bytes(t) for _, t in I.INJECTED + I.BENIGN]
    assert all(150 <= s <= 4300 for s in sizes)
    assert sum(400 <= s <= 2000 for s in sizes) * 2 > len(sizes)
    for name in ("SECRETS", "LOOKALIKES", "PII", "PII_LOOKALIKES"):
        assert all(150 <= _bytes(item[1]) <= 4300 for item in getattr(L, name)), name


def test_passages_distinct_and_embedded() -> None:
    assert len(set(I.ATTACK_PASSAGES)) >= 240
    written = (
        P.OVERRIDE
        + P.FAKE_ROLE
        + P.TOOL_CALL
        + P.EXFILTRATION
        + P.AUTHORITY
        + P.PERSUASION
        + P.TASK_HIJACK
        + P.HARMFUL_CODE
        + P.FAKE_ERROR
        + P.RESPONSE_MANIPULATION
        + P.MULTILINGUAL
    )
    assert len(set(written)) == len(written) >= 230
    # every injected text carries its passage (JSON carriers escape it: compare decoded forms)
    for (_, text), passage in zip(I.INJECTED, I.ATTACK_PASSAGES, strict=True):
        variants = {
            passage,
            passage.replace('"', "'"),
            json.dumps(passage, ensure_ascii=False)[1:-1],
        }
        assert any(v in text for v in variants), passage[:60]


def test_multilingual_covers_many_scripts() -> None:
    non_ascii = [p for p in P.MULTILINGUAL if any(ord(c) > 127 for c in p)]
    assert len(P.MULTILINGUAL) >= 25 and len(non_ascii) >= 15


def test_all_texts_distinct() -> None:
    texts = [t for _, t in I.INJECTED + I.BENIGN]
    assert len(set(texts)) == len(texts)
    for name in ("SECRETS", "LOOKALIKES", "PII", "PII_LOOKALIKES"):
        items = [item[1] for item in getattr(L, name)]
        assert len(set(items)) == len(items), name


def test_disguised_payloads_decode_to_attack() -> None:
    assert len(I.DISGUISED_RECORDS) == Counter(c for c, _ in I.INJECTED)["disguised"]
    methods = {m for m, _, _ in I.DISGUISED_RECORDS}
    assert len(methods) >= 10
    disguised_texts = [t for c, t in I.INJECTED if c == "disguised"]
    for (method, payload, enc), text in zip(I.DISGUISED_RECORDS, disguised_texts, strict=True):
        assert I.decode_disguised(method, enc) == payload
        assert ATTACK_WORDS.search(payload), payload
        assert enc in text, method
        if method not in ("html_comment", "hidden_div", "white_text", "alt_attr", "title_attr"):
            assert payload not in text, method  # really hidden from plain matching
    b64 = [e for m, _, e in I.DISGUISED_RECORDS if m == "base64"]
    assert all(ATTACK_WORDS.search(base64.b64decode(e).decode()) for e in b64)


def test_deterministic() -> None:
    before = (list(I.INJECTED), list(I.BENIGN), list(L.SECRETS), list(L.PII))
    importlib.reload(P)
    b = importlib.reload(sys.modules["blind_sets6.benign"])
    assert b.build_benign() == before[1]
    i2 = importlib.reload(I)
    l2 = importlib.reload(L)
    assert before[0] == i2.INJECTED and before[2] == l2.SECRETS and before[3] == l2.PII


def test_secrets_shape() -> None:
    assert len(L.SECRETS) >= 320
    kinds = Counter(k for k, _, _ in L.SECRETS)
    assert len(kinds) >= 30
    for _, text, value in L.SECRETS:
        assert value in text and len(value) >= 8


FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_pat_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "jwt": r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "private_key_pem": r"-----BEGIN RSA PRIVATE KEY-----[\s\S]+-----END RSA PRIVATE KEY-----",
    "openssh_private_key": (
        r"-----BEGIN OPENSSH PRIVATE KEY-----[\s\S]+-----END OPENSSH PRIVATE KEY-----"
    ),
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
}


def test_secret_formats() -> None:
    for kind, _, value in L.SECRETS:
        if kind in FORMATS:
            assert re.fullmatch(FORMATS[kind], value), (kind, value)
        if kind == "jwt":
            header = json.loads(base64.urlsafe_b64decode(value.split(".")[0] + "=="))
            assert header["typ"] == "JWT"
        if kind == "basic_auth_header":
            assert base64.b64decode(value).decode().startswith("admin:")


def test_lookalikes_shape() -> None:
    assert len(L.LOOKALIKES) >= 320
    for kind, fn in L.LOOKALIKE_KINDS.items():
        assert fn.__doc__ is not None and len(fn.__doc__.split()) >= 8, kind
    assert {k for k, _ in L.LOOKALIKES} == set(L.LOOKALIKE_KINDS)


def _digits(v: str) -> str:
    return re.sub(r"\D", "", v)


@pytest.mark.parametrize("kind", sorted(L.PII_GENS))
def test_pii_check_digits(kind: str) -> None:
    items = [(t, v) for k, t, v in L.PII if k == kind]
    assert items
    for text, v in items:
        assert v in text
        if kind == "credit_card":
            assert L.luhn_ok(_digits(v))
        elif kind == "iban":
            assert L.iban_ok(v)
        elif kind == "us_ssn":
            assert L.ssn_ok(v)
        elif kind == "uk_nino":
            assert L.nino_ok(v)
        elif kind == "es_dni":
            assert L.DNI_LETTERS[int(v[:8]) % 23] == v[8]
        elif kind == "br_cpf":
            d = _digits(v)
            assert L.cpf_digits(d[:9]) == d[9:]
        elif kind == "nl_bsn":
            assert L.bsn_ok(v)
        elif kind in ("se_personnummer", "ca_sin"):
            assert L.luhn_ok(_digits(v)[-10:] if kind == "se_personnummer" else _digits(v))
        elif kind == "pl_pesel":
            d = _digits(v)
            assert (
                sum(int(a) * w for a, w in zip(d[:10], L.PESEL_W, strict=True)) + int(d[10])
            ) % 10 == 0
        elif kind == "email":
            assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}", v) and "example" not in v
        elif kind == "ipv4":
            assert not v.startswith(("10.", "127.", "192.0.2.", "198.51.100.", "203.0.113."))


def test_pii_counts() -> None:
    assert len(L.PII) >= 220 and len({k for k, _, _ in L.PII}) >= 10
    assert len(L.PII_LOOKALIKES) >= 220


def test_pii_lookalikes_invalid_where_claimed() -> None:
    for kind, text in L.PII_LOOKALIKES:
        if kind == "invalid_luhn_number":
            num = re.search(r"\b4\d{15}\b", text)
            assert num and not L.luhn_ok(num.group())
        if kind == "invalid_iban":
            iban = re.search(r"DE\d{20}", text)
            assert iban and not L.iban_ok(iban.group())
        if kind == "invalid_nino":
            nino = re.search(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", text)
            assert nino and not L.nino_ok(nino.group())
