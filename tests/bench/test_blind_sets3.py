"""Shape of blind set 3 (never the detectors' scores): sizes, labels, distinctness, determinism,
payloads really present or really hidden, and planted values that really are in their formats."""

from __future__ import annotations

import base64
import binascii
import contextlib
import ipaddress
import json
import re
import sys
import urllib.parse
from collections import Counter
from itertools import combinations
from pathlib import Path
from random import Random

import pytest
from cryptography.hazmat.primitives import serialization

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind_sets3 import attacks, leakage_set
from blind_sets3 import injection_set as inj
from blind_sets3.carriers import ics_escape
from blind_sets3.pii_build import bsn_ok, iban_ok, luhn_ok

PLAIN_CATEGORIES = [c for c in inj.ALL_CATEGORIES if c != "disguised"]


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _all_passages() -> list[str]:
    return [p for group in attacks.CATEGORIES.values() for p in group] + attacks.DISGUISED_SOURCES


def _escaped_forms(passage: str) -> list[str]:
    return [passage, json.dumps(passage, ensure_ascii=False)[1:-1],
            passage.replace('"', '""'), ics_escape(passage), passage.replace('"""', "'''")]


# --- injection set ------------------------------------------------------------------------

def test_injection_sizes_and_labels() -> None:
    assert len(inj.INJECTED) >= 300
    assert len(inj.BENIGN) >= 600
    assert {c for c, _ in inj.INJECTED} == set(inj.ALL_CATEGORIES)
    assert len(_all_passages()) >= 220
    assert len({lang for lang, _ in attacks.MULTILINGUAL}) >= 10
    assert len({c for c, _ in inj.BENIGN}) >= 15
    counts = Counter(c for c, _ in inj.INJECTED)
    assert min(counts.values()) >= 20


def test_texts_are_plausible_tool_result_sizes() -> None:
    for _, text in inj.INJECTED + inj.BENIGN:
        assert inj.MIN_BYTES <= len(text.encode()) <= inj.MAX_BYTES, text[:80]


def test_no_duplicate_texts_within_or_across_labels() -> None:
    keys = [_key(t) for _, t in inj.INJECTED + inj.BENIGN]
    assert len(set(keys)) == len(keys)


def test_attack_passages_are_distinct_not_word_swaps() -> None:
    passages = [_key(p).split() for p in _all_passages()]
    assert len({" ".join(p) for p in passages}) == len(passages)
    worded = [p for p in passages if len(p) >= 4]  # CJK passages are one "word"
    for first, second in combinations(worded, 2):
        if len(first) == len(second):
            assert sum(a != b for a, b in zip(first, second, strict=True)) > 2, first


def test_every_plain_injected_text_holds_a_passage_of_its_category() -> None:
    for category, text in inj.INJECTED:
        if category == "disguised":
            continue
        passages = attacks.CATEGORIES[category]
        assert any(form in text for p in passages for form in _escaped_forms(p)), text[:120]


def test_benign_texts_hold_no_attack_passage() -> None:
    passages = [_key(p) for p in _all_passages()]
    for _, text in inj.BENIGN:
        flat = _key(text)
        assert not any(p in flat for p in passages)


def _decoded_candidates(text: str) -> list[str]:
    out = []
    for blob in re.findall(r"[A-Za-z0-9+/]{40,}={0,2}", text):
        with contextlib.suppress(binascii.Error, UnicodeDecodeError):
            out.append(base64.b64decode(blob).decode())
    for blob in re.findall(r"[0-9a-f]{40,}", text):
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            out.append(bytes.fromhex(blob if len(blob) % 2 == 0 else blob[:-1]).decode())
    out.append(urllib.parse.unquote(text))
    out.append("".join(chr(ord(c) - 0xE0000) for c in text if 0xE0000 <= ord(c) <= 0xE007F))
    out.append(re.sub("[\u200b\u200c\u200d\u2060]", "", text))
    out.append(text[::-1])
    return out


def test_disguised_texts_hide_their_passage_from_a_plain_reader() -> None:
    disguised = [t for c, t in inj.INJECTED if c == "disguised"]
    assert len(disguised) >= 40
    sources = [_key(s) for s in attacks.DISGUISED_SOURCES]
    plain_visible = sum(any(s in _key(t) for s in sources) for t in disguised)
    # html comments / hidden elements / split fields keep plain words: a minority by design
    assert plain_visible <= len(disguised) // 3
    recovered = sum(any(s in _key(d) for s in sources for d in _decoded_candidates(t))
                    for t in disguised)
    assert recovered >= len(disguised) // 2
    assert any("<!--" in t for t in disguised)
    assert any(re.search("[\u0430\u0435\u043e\u0441\u0440]", t) for t in disguised)
    assert any(any(0xE0000 <= ord(c) <= 0xE007F for c in t) for t in disguised)


def test_injection_set_is_deterministic() -> None:
    assert inj.build_injected(Random(inj.SEED)) == inj.INJECTED_WITH_CARRIER
    assert inj._benign(Random(inj.SEED + 1)) == inj.BENIGN


# --- secrets ------------------------------------------------------------------------------

FORMATS = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "github_token": r"gh[pousr]_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_token": r"gl(pat|dt|rt)-[A-Za-z0-9_-]{20}",
    "stripe_secret_key": r"[sr]k_live_[A-Za-z0-9]{24,99}",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "openai_api_key": r"sk-(proj-|svcacct-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{100,}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}",
    "twilio_api_key": r"SK[0-9a-f]{32}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "digitalocean_token": r"do[op]_v1_[0-9a-f]{64}",
}


def test_secret_sizes_kinds_and_values() -> None:
    secrets = leakage_set.SECRETS
    assert len(secrets) >= 250
    assert len({k for k, _, _ in secrets}) >= 20
    for kind, text, value in secrets:
        assert value and value in text, kind
    values = [v for _, _, v in secrets]
    assert len(set(values)) == len(values)
    texts = [t for _, t, _ in secrets]
    assert len(set(texts)) == len(texts)


def test_secret_values_follow_their_formats() -> None:
    for kind, _, value in leakage_set.SECRETS:
        if kind in FORMATS:
            assert re.fullmatch(FORMATS[kind], value), (kind, value)
        if kind == "jwt":
            header = json.loads(base64.urlsafe_b64decode(value.split(".")[0] + "=="))
            assert header["typ"] == "JWT"
        if kind == "azure_storage_key":
            assert len(base64.b64decode(value)) == 64


def test_pem_private_keys_are_real_keys() -> None:
    pems = [v for k, _, v in leakage_set.SECRETS if k == "pem_private_key"]
    assert len(pems) >= 10
    for pem in pems:
        key = serialization.load_pem_private_key(pem.replace("\\n", "\n").encode(), None)
        assert key is not None


def test_lookalikes_sizes_and_no_planted_secret() -> None:
    lookalikes = leakage_set.LOOKALIKES
    assert len(lookalikes) >= 300
    assert len({k for k, _ in lookalikes}) >= 15
    texts = [t for _, t in lookalikes]
    assert len(set(texts)) == len(texts)
    values = [v for _, _, v in leakage_set.SECRETS]
    blob = "\n".join(texts)
    assert not any(v in blob for v in values)


# --- personal data ------------------------------------------------------------------------

def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def test_pii_sizes_and_values() -> None:
    pii = leakage_set.PII
    assert len(pii) >= 150
    for kind, text, value in pii:
        assert value in text, kind
    texts = [t for _, t, _ in pii]
    assert len(set(texts)) == len(texts)


def test_pii_values_pass_their_checks() -> None:
    seen = Counter()
    for kind, _, value in leakage_set.PII:
        seen[kind] += 1
        if kind in ("payment_card", "ca_sin"):
            assert luhn_ok(_digits(value)), value
        elif kind == "iban":
            assert iban_ok(value), value
        elif kind == "nl_bsn":
            assert bsn_ok(value), value
        elif kind == "es_dni":
            assert value[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(value[:-1]) % 23]
        elif kind == "us_ssn":
            area, group, serial = value.split("-")
            assert area not in ("000", "666") and int(area) < 900 and group != "00"
            assert serial != "0000"
        elif kind == "uk_nino":
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", value.replace(" ", ""))
        elif kind in ("ipv4", "ipv6"):
            assert ipaddress.ip_address(value).is_global, value
    assert len(seen) >= 8 and min(seen.values()) >= 10


def test_pii_lookalikes_are_not_personal_values() -> None:
    lookalikes = leakage_set.PII_LOOKALIKES
    assert len(lookalikes) >= 150
    texts = [t for _, t in lookalikes]
    assert len(set(texts)) == len(texts)
    for kind, text in lookalikes:
        if kind == "card_like_failing_luhn":
            number = re.search(r"\d{4} \d{4} \d{4} \d{4}", text)
            assert number and not luhn_ok(_digits(number.group()))
        if kind == "documentation_ip":
            address = re.search(r"\d+\.\d+\.\d+\.\d+", text)
            assert address and not ipaddress.ip_address(address.group()).is_global
    pii_values = [v for _, _, v in leakage_set.PII]
    blob = "\n".join(texts)
    assert not any(v in blob for v in pii_values)


def test_leakage_set_is_deterministic() -> None:
    assert leakage_set.build() == (leakage_set.SECRETS, leakage_set.LOOKALIKES,
                                   leakage_set.PII, leakage_set.PII_LOOKALIKES)


@pytest.mark.parametrize("kind", ["payment_card", "iban"])
def test_check_digit_helpers_reject_a_corrupted_value(kind: str) -> None:
    value = next(v for k, _, v in leakage_set.PII if k == kind)
    compact = value.replace(" ", "").replace("-", "")
    corrupted = compact[:-1] + str((int(compact[-1]) + 1) % 10)
    check = luhn_ok if kind == "payment_card" else iban_ok
    assert check(compact) and not check(corrupted)
