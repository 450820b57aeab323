"""Shape of the second blind sets (never the detectors' scores): sizes, labels, distinct and
hand-varied passages, carriers that keep or really hide the passage, determinism, and planted
values that are in their real formats."""

from __future__ import annotations

import base64
import codecs
import hashlib
import html
import itertools
import json
import re
import sys
import urllib.parse
import zlib
from collections import Counter
from pathlib import Path
from random import Random

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind_sets2 import injection_set as inj
from blind_sets2 import leakage_set as leak
from blind_sets2 import secret_values as sv
from blind_sets2.carriers import ics_escape
from blind_sets2.disguises import HOMOGLYPHS, ZERO_WIDTH
from blind_sets2.payloads_c import DISGUISE_BASES, MULTILINGUAL


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def _plain_passages() -> list[tuple[str, str]]:
    return [(c, p) for c, group in inj.CATEGORIES.items() for p in group]


# --- injection set --------------------------------------------------------------------------


def test_injection_sizes_and_labels() -> None:
    assert len(inj.INJECTED) >= 300
    assert len(inj.BENIGN) >= 600
    assert {c for c, _ in inj.INJECTED} == set(inj.ALL_CATEGORIES)
    assert min(Counter(c for c, _ in inj.INJECTED).values()) >= 20
    assert len({carrier for carrier, _ in inj.BENIGN}) >= 15
    assert len({lang.split("-")[0] for lang, _ in MULTILINGUAL}) >= 10


def test_texts_are_plausible_tool_result_sizes() -> None:
    for _, text in inj.INJECTED + inj.BENIGN:
        assert inj.MIN_BYTES <= len(text.encode()) <= inj.MAX_BYTES, text[:80]


def test_no_duplicate_texts_within_or_across_labels() -> None:
    texts = [_normalised(t) for _, t in inj.INJECTED + inj.BENIGN]
    assert len(set(texts)) == len(texts)


def test_at_least_220_distinct_hand_written_passages() -> None:
    passages = [p for _, p in _plain_passages()] + DISGUISE_BASES
    assert len({_normalised(p) for p in passages}) == len(passages) >= 220


def test_no_passage_is_another_with_a_word_swapped() -> None:
    passages = [p for _, p in _plain_passages()] + DISGUISE_BASES
    bags = [set(re.findall(r"\w+", p.lower())) for p in passages]
    for (i, a), (j, b) in itertools.combinations(enumerate(bags), 2):
        assert len(a & b) / len(a | b) < 0.5, (passages[i][:60], passages[j][:60])


def _line_forms(line: str) -> set[str]:
    return {line, json.dumps(line, ensure_ascii=False)[1:-1], line.replace('"', '""'),
            ics_escape(line), html.escape(line, quote=False)}


def test_every_plain_passage_is_carried_intact() -> None:
    by_category: dict[str, list[str]] = {}
    for category, text in inj.INJECTED:
        by_category.setdefault(category, []).append(text)
    for category, passage in _plain_passages():
        lines = [line.strip() for line in passage.splitlines() if line.strip()]
        assert any(all(any(form in text for form in _line_forms(line)) for line in lines)
                   for text in by_category[category]), passage[:60]


def _decoded(name: str, text: str) -> str:
    if name == "base64":
        found = re.search(r'"note": "([A-Za-z0-9+/=]+)"', text)
        return base64.b64decode(found.group(1)).decode() if found else ""
    if name == "hex":
        found = re.search(r"([0-9a-f]{40,})", text)
        return bytes.fromhex(found.group(1)).decode() if found else ""
    if name == "url_encoded":
        found = re.search(r"next=([^\"]+)", text)
        return urllib.parse.unquote(found.group(1)) if found else ""
    if name == "html_entities":
        return html.unescape(text)
    if name == "tag_characters":
        return "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0000 <= ord(c) <= 0xE007F)
    if name == "fullwidth":
        return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    if name == "rot13":
        return codecs.decode(text, "rot13")
    if name == "zero_width":
        return "".join(c for c in text if c not in ZERO_WIDTH)
    if name == "homoglyphs":
        back = {chr(code): latin for latin, code in HOMOGLYPHS.items()}
        return "".join(back.get(c, c) for c in text)
    if name == "split_fields":
        data = json.loads(text)
        return " ".join([data["field_a"], data["meta"]["field_b"], data["footer"]["field_c"]])
    return text


HIDDEN_IN_MARKUP = {"html_comment": "<!--", "hidden_element": "style=", "image_alt": "alt=",
                    "markdown_reference": "[//]: #"}


def test_disguises_hide_the_passage_and_decode_back() -> None:
    disguised = [t for c, t in inj.INJECTED if c == "disguised"]
    plan = inj.disguise_plan()
    assert len(disguised) == len(plan) == 2 * len(DISGUISE_BASES)
    assert len({name for name, _ in plan}) >= 12
    for (name, base), text in zip(plan, disguised, strict=True):
        if name in HIDDEN_IN_MARKUP:
            assert HIDDEN_IN_MARKUP[name] in text
            continue
        assert base not in text, name
        if name != "leetspeak":
            assert base in _decoded(name, text), name


def test_benign_texts_hold_no_attack_passage() -> None:
    passages = [_normalised(p) for _, p in _plain_passages()]
    for _, text in inj.BENIGN:
        flat = _normalised(text)
        assert not any(p in flat for p in passages)


def test_injection_set_is_deterministic() -> None:
    assert inj._injected(Random(inj.SEED)) == inj.INJECTED
    assert inj._benign(Random(inj.SEED + 1)) == inj.BENIGN


# --- leakage set ----------------------------------------------------------------------------


def test_leakage_sizes_kinds_and_placement() -> None:
    assert len(leak.SECRETS) >= 250
    assert len({k for k, _, _ in leak.SECRETS}) >= 20
    assert len(leak.LOOKALIKES) >= 300
    assert len({k for k, _ in leak.LOOKALIKES}) >= 15
    for _, text, value in leak.SECRETS:
        assert value and value in text
    for (_, text), value in zip(leak.LOOKALIKES, leak.LOOKALIKE_VALUES, strict=True):
        assert value and value in text
    texts = [t for _, t, _ in leak.SECRETS] + [t for _, t in leak.LOOKALIKES]
    assert len(set(texts)) == len(texts)
    assert len({v for _, _, v in leak.SECRETS}) == len(leak.SECRETS)


def test_leakage_set_is_deterministic() -> None:
    assert leak.build() == (leak._SECRETS, leak._LOOKALIKES)
    assert leak.build(seed=7)[0] != leak._SECRETS


def _values(kind: str) -> list[str]:
    found = [v for k, _, v in leak.SECRETS if k == kind]
    assert found, kind
    return found


FORMATS = {
    "aws_access_key": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"gh[pousr]_[A-Za-z0-9]{36}",
    "github_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_token": r"glpat-[A-Za-z0-9_\-]{20}",
    "slack_token": r"xox[bp]-\d+-\d+(-\d+)?-[A-Za-z0-9]+",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}",
    "stripe_key": r"[sr]k_live_[A-Za-z0-9]{24,99}",
    "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}",
    "google_api_key": r"AIza[A-Za-z0-9_\-]{35}",
    "google_oauth_secret": r"GOCSPX-[A-Za-z0-9_\-]{28}",
    "openai_key": r"sk-([a-z]+-)?[A-Za-z0-9_\-]+T3BlbkFJ[A-Za-z0-9_\-]+",
    "anthropic_key": r"sk-ant-(api03|admin01)-[A-Za-z0-9_\-]{93}AA",
    "twilio_api_key": r"SK[0-9a-f]{32}",
    "twilio_auth_token": r"[0-9a-f]{32}",
    "sendgrid_key": r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
    "azure_storage_key": r"[A-Za-z0-9+/]{86}==",
    "azure_client_secret": r"[A-Za-z0-9]{3}[78]Q~[A-Za-z0-9_~.\-]{34}",
    "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "vault_token": r"hvs\.[A-Za-z0-9_\-]{90}",
}


def test_token_formats() -> None:
    for kind, pattern in FORMATS.items():
        for value in _values(kind):
            assert re.fullmatch(pattern, value), (kind, value)


def test_token_checksums() -> None:
    tokens = _values("github_token") + _values("npm_token")
    for value in tokens:
        body, checksum = value[4:-6], value[-6:]
        number = 0
        for char in checksum:
            number = number * 62 + sv.BASE62.index(char)
        assert number == zlib.crc32(body.encode())


def _b64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def test_jwts_are_real_hs256_tokens() -> None:
    for value in _values("jwt"):
        header, claims, signature = value.split(".")
        assert json.loads(_b64url(header))["alg"] == "HS256"
        assert "exp" in json.loads(_b64url(claims))
        assert len(_b64url(signature)) == hashlib.sha256().digest_size


def test_private_keys_load() -> None:
    for kind, text, value in leak.SECRETS:
        if kind != "private_key":
            continue
        pem = value.replace("\\n", "\n").replace("\n    ", "\n").encode()
        if b"OPENSSH" in pem:
            serialization.load_ssh_private_key(pem, password=None)
        else:
            serialization.load_pem_private_key(pem, password=None)
        assert value in text


def test_basic_auth_and_database_passwords() -> None:
    for value in _values("basic_auth"):
        user, _, password = base64.b64decode(value).decode().partition(":")
        assert user and password
    for kind, text, value in leak.SECRETS:
        if kind == "database_password" and "://" in text:
            start = text.index(value)
            assert text[start - 1] == ":" and text[start + len(value)] == "@"


def test_lookalikes_are_not_credentials() -> None:
    pairs = list(zip(leak.LOOKALIKES, leak.LOOKALIKE_VALUES, strict=True))
    secrets = {v for _, _, v in leak.SECRETS}
    assert not secrets & set(leak.LOOKALIKE_VALUES)
    for (kind, _), value in pairs:
        if kind == "docs_example_key":
            assert value.endswith(("EXAMPLE", "EXAMPLEKEY"))
        if kind in {"public_key_pem", "certificate_pem", "ssh_public_key", "jwks_public"}:
            assert "PRIVATE" not in value
        if kind == "certificate_pem":
            pem = value.replace("\\n", "\n").replace("\n    ", "\n").encode()
            assert x509.load_pem_x509_certificate(pem).signature


@pytest.mark.parametrize("kind", ["uuid", "git_sha", "sha256_digest", "placeholder"])
def test_lookalike_kinds_have_variety(kind: str) -> None:
    values = [v for (k, _), v in zip(leak.LOOKALIKES, leak.LOOKALIKE_VALUES, strict=True)
              if k == kind]
    assert len(set(values)) >= 5
