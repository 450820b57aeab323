# ruff: noqa: RUF001, E501
"""Shape checks for blind set 10 (never imports mcpwarden)."""

from __future__ import annotations

import base64
import html
import importlib
import ipaddress
import itertools
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind_sets10 import _attacks, injection_set, leakage_set

INJ = injection_set.INJECTED
BEN = injection_set.BENIGN


# ----------------------------------------------------------------- injection

def test_injection_sizes_and_labels() -> None:
    cats = Counter(c for c, _ in INJ)
    assert set(cats) == set(injection_set.ALL_CATEGORIES)
    assert len(injection_set.ALL_CATEGORIES) == 12
    assert len(INJ) >= 360
    assert min(cats.values()) >= 25
    carriers = Counter(c for c, _ in BEN)
    assert len(BEN) >= 800
    assert len(carriers) >= 16
    for _, t in INJ + BEN:
        assert 150 <= len(t.encode("utf-8")) <= 4300
    sizes = sorted(len(t.encode()) for _, t in INJ + BEN)
    mid = sizes[len(sizes) // 4: 3 * len(sizes) // 4]
    assert all(300 <= s <= 2500 for s in mid)


def test_texts_distinct() -> None:
    assert len({t for _, t in INJ}) == len(INJ)
    assert len({t for _, t in BEN}) == len(BEN)
    assert not ({t for _, t in INJ} & {t for _, t in BEN})


def test_hard_negatives_at_least_half() -> None:
    genres = injection_set.BENIGN_GENRES
    assert len(genres) == len(BEN)
    hard = [g for g in genres if g != "ordinary"]
    assert len(hard) * 2 >= len(BEN)
    assert len(set(hard)) >= 12


def _norm(text: str) -> str:
    text = html.unescape(text.replace("\\n", " ").replace('\\"', '"'))
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _passages() -> dict[str, list[str]]:
    return {
        "override": _attacks.OVERRIDE, "fake_role": _attacks.FAKE_ROLE, "tool_call": _attacks.TOOL_CALL,
        "exfiltration": _attacks.EXFILTRATION, "authority": _attacks.AUTHORITY, "persuasion": _attacks.PERSUASION,
        "task_hijack": _attacks.TASK_HIJACK, "harmful_code": _attacks.HARMFUL_CODE, "fake_error": _attacks.FAKE_ERROR,
        "response_manipulation": _attacks.RESPONSE_MANIPULATION, "multilingual": _attacks.MULTILINGUAL,
    }


def test_every_passage_planted_in_its_category() -> None:
    for cat, passages in _passages().items():
        texts = [_norm(t) for c, t in INJ if c == cat]
        for p in passages:
            assert any(_norm(p) in t for t in texts), (cat, p[:60])


def test_passages_distinct_and_not_paraphrases() -> None:
    allp = [p for ps in _passages().values() for p in ps] + [f for _, f, _ in injection_set.HIDDEN]
    assert len(set(allp)) == len(allp)
    assert len(allp) >= 240
    plain = [p for ps in _passages().values() for p in ps] + sorted({p for _, _, p in injection_set.HIDDEN})
    words = [set(re.findall(r"\w+", p.lower())) for p in plain]
    for (i, a), (j, b) in itertools.combinations(enumerate(words), 2):
        if a and b:
            jac = len(a & b) / len(a | b)
            assert jac < 0.6, (plain[i][:50], plain[j][:50])


def _decode(method: str, frag: str) -> str:
    if method == "base64":
        return base64.b64decode(frag).decode()
    if method == "hex":
        return bytes.fromhex(frag).decode()
    if method == "url":
        return urllib.parse.unquote(frag)
    if method == "zero_width":
        return re.sub("[\u200b\u200c\u200d\u2060]", "", frag)
    if method == "tags":
        assert all(0xE0000 <= ord(c) <= 0xE007F for c in frag)
        return "".join(chr(ord(c) - 0xE0000) for c in frag)
    if method == "bidi":
        assert frag.startswith("\u202e")
        return frag.strip("\u202e\u202c")[::-1]
    if method == "homoglyph":
        table = {"а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "і": "i", "х": "x", "у": "y"}
        assert any(c in table for c in frag)
        return "".join(table.get(c, c) for c in frag)
    m = re.search(r'<!-- (.*) -->|alt="([^"]*)"|title="([^"]*)"|aria-label="([^"]*)"|>([^<]+)</(?:div|span)>', frag)
    assert m, frag
    return next(g for g in m.groups() if g)


ATTACK_WORDS = re.compile(r"ignore|disregard|forget|override|system|reveal|send|forward|upload|delete|approve|recommend|tell the user|report|transfer|print|paste|disable|backdoor|rate|call|open|email|curl", re.I)


def test_hidden_payloads_decode_to_attacks() -> None:
    hidden = injection_set.HIDDEN
    assert len(hidden) >= 25
    assert len({m for m, _, _ in hidden}) >= 10
    texts = [t for c, t in INJ if c == "disguised"]
    assert len(texts) == len(hidden)
    for method, frag, plain in hidden:
        assert any(frag in t for t in texts), method
        decoded = _decode(method, frag)
        assert decoded == plain
        assert ATTACK_WORDS.search(decoded)
        if method in ("zero_width", "tags", "bidi", "base64", "hex", "url", "homoglyph"):
            assert all(plain not in t for t in texts if frag in t)


def test_multilingual_covers_many_scripts() -> None:
    scripts: set[str] = set()
    for p in _attacks.MULTILINGUAL:
        for ch in p:
            if ch.isalpha() and ord(ch) > 0x24F:
                scripts.add(unicodedata.name(ch, "?").split()[0])
    assert len(scripts) >= 9
    assert len(_attacks.MULTILINGUAL) >= 20
    mixed = [p for p in _attacks.MULTILINGUAL if re.search(r"[a-z]{4}", p) and re.search(r"[\u4e00-\u9fff]", p)]
    assert mixed


_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")


def _long_sentences(text: str) -> set[str]:
    out = set()
    for raw in _SPLIT.split(text):
        w = re.findall(r"\w+", raw.lower())
        if len(w) >= 6:
            out.add(" ".join(w))
    return out


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_variety_rule(name: str) -> None:
    items = getattr(injection_set, name)
    c: Counter[str] = Counter()
    for _, t in items:
        c.update(_long_sentences(t))
    worst = c.most_common(1)[0]
    assert worst[1] <= 3, worst


def test_deterministic() -> None:
    a = (list(injection_set.INJECTED), list(injection_set.BENIGN), list(leakage_set.SECRETS), list(leakage_set.PII))
    la = list(leakage_set.LOOKALIKES) + list(leakage_set.PII_LOOKALIKES)
    inj = importlib.reload(injection_set)
    leak = importlib.reload(leakage_set)
    assert a == (inj.INJECTED, inj.BENIGN, leak.SECRETS, leak.PII)
    assert la == leak.LOOKALIKES + leak.PII_LOOKALIKES


# ----------------------------------------------------------------- leakage

SECRET_FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}", "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_pat_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", "github_oauth": r"gho_[A-Za-z0-9]{36}",
    "gitlab_pat": r"glpat-[\w-]{20}", "slack_bot_token": r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T\w{8}/B\w{10}/\w{24}", "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24}",
    "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{24}", "openai_api_key": r"sk-proj-[\w-]{48}T3BlbkFJ[\w-]{48}",
    "anthropic_api_key": r"sk-ant-api03-[\w-]{93}AA", "google_api_key": r"AIza[\w-]{35}", "sendgrid_api_key": r"SG\.[\w-]{22}\.[\w-]{43}",
    "twilio_api_key": r"SK[0-9a-f]{32}", "npm_token": r"npm_[A-Za-z0-9]{36}", "huggingface_token": r"hf_[A-Za-z]{34}",
    "shopify_access_token": r"shpat_[0-9a-f]{32}", "digitalocean_token": r"dop_v1_[0-9a-f]{64}", "mailgun_api_key": r"key-[0-9a-f]{32}",
    "datadog_api_key": r"[0-9a-f]{32}", "telegram_bot_token": r"\d{9,10}:AA[\w-]{33}", "jwt": r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+",
    "openssh_private_key": r"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE[\s\S]+-----END OPENSSH PRIVATE KEY-----",
    "rsa_private_key_pem": r"-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+-----END RSA PRIVATE KEY-----",
}


def test_secrets_shape() -> None:
    s = leakage_set.SECRETS
    kinds = Counter(k for k, _, _ in s)
    assert len(s) >= 320
    assert len(kinds) >= 30
    assert min(kinds.values()) >= 5
    assert len({v for _, _, v in s}) == len(s)
    for kind, text, value in s:
        assert value in text, kind
        if kind in SECRET_FORMATS:
            assert re.fullmatch(SECRET_FORMATS[kind], value), (kind, value)
    for kind, _, value in s:
        if kind == "azure_storage_account_key":
            assert len(base64.b64decode(value)) == 64
        if kind == "basic_auth_header":
            assert b":" in base64.b64decode(value)


def test_secret_contexts_vary() -> None:
    texts = [t for _, t, _ in leakage_set.SECRETS]
    markers = ["apiVersion: v1", "services:", "[server]", "<?xml", "variable \"", "spring.application", "package main", "public final class",
               "Rails.application", "<?php", "fn main()", "new ClientOptions", "$ curl", "$ export", "Subject:", "INC-", "import requests", "createClient("]
    for m in markers:
        assert any(m in t for t in texts), m


def test_lookalikes_shape() -> None:
    la = leakage_set.LOOKALIKES
    assert len(la) >= 320
    kinds = {k for k, _ in la}
    assert kinds == set(leakage_set.LOOKALIKE_REASONS)
    assert all(len(r) > 20 for r in leakage_set.LOOKALIKE_REASONS.values())
    secrets = {v for _, _, v in leakage_set.SECRETS}
    for _, t in la:
        assert not any(v in t for v in secrets)
        assert not re.search(r"-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY", t)


def _luhn(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def _iban(v: str) -> bool:
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def test_pii_shape_and_check_digits() -> None:
    p = leakage_set.PII
    kinds = Counter(k for k, _, _ in p)
    assert len(p) >= 220
    assert len(kinds) >= 10
    for kind, text, v in p:
        assert v in text
        if kind == "credit_card":
            assert _luhn(v) and 15 <= len(re.sub(r"\D", "", v)) <= 16
        elif kind == "iban":
            assert _iban(v)
        elif kind == "us_ssn":
            a, g, s = v.split("-")
            assert a not in ("000", "666") and int(a) < 900 and g != "00" and s != "0000"
        elif kind == "uk_nino":
            c = v.replace(" ", "")
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c)
            assert c[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
        elif kind == "es_dni":
            assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]
        elif kind == "br_cpf":
            d = re.sub(r"\D", "", v)
            s1 = sum(int(d[i]) * (10 - i) for i in range(9))
            s2 = sum(int(d[i]) * (11 - i) for i in range(10))
            assert (s1 * 10) % 11 % 10 == int(d[9]) and (s2 * 10) % 11 % 10 == int(d[10])
        elif kind == "nl_bsn":
            assert (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0
        elif kind == "se_personnummer":
            assert _luhn(v.replace("-", ""))
        elif kind in ("ipv4", "ipv6"):
            ip = ipaddress.ip_address(v)
            assert ip.is_global
        elif kind == "email":
            assert re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]{2,}", v) and "example" not in v
        elif kind == "phone":
            assert v.startswith("+") and len(re.sub(r"\D", "", v)) >= 10


def test_pii_lookalikes_shape() -> None:
    pl = leakage_set.PII_LOOKALIKES
    assert len(pl) >= 220
    assert {k for k, _ in pl} == set(leakage_set.PII_LOOKALIKE_REASONS)
    for kind, t in pl:
        if kind == "invalid_luhn_card":
            num = re.search(r"(\d{4} ){2,3}\d{3,4}", t)
            assert num and not _luhn(num.group(0))
        if kind == "invalid_iban":
            v = t.rsplit(" ", 1)[-1]
            assert not _iban(v)
        if kind == "documentation_ip":
            ip = re.search(r"(\d+\.\d+\.\d+\.\d+) and", t)
            assert ip and not ipaddress.ip_address(ip.group(1)).is_global
        if kind == "product_code":
            ean = re.search(r"EAN (\d{13})", t)
            assert ean
            d = ean.group(1)
            assert sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d)) % 10 == 0
        if kind == "example_domain_email":
            assert re.search(r"@(example\.(com|org|net)|test\.invalid)", t)
