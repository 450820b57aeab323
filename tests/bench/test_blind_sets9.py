# ruff: noqa: RUF001, E501
"""Shape checks for blind set 9 (never imports mcpwarden)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
import urllib.parse
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from blind_sets9 import _attacks, injection_set, leakage_set  # noqa: E402

INJ = injection_set.INJECTED
BEN = injection_set.BENIGN
ATTACK_VERBS = re.compile(
    r"ignore|disregard|forget|send|forward|post|upload|call|delete|reveal|tell|say|grant|approve|"
    r"run|print|output|include|override|transfer|disable|export|mark|change|set up|fetch|recommend|email",
    re.I,
)


# ------------------------------------------------------------------ injection: sizes and labels
def test_injection_counts() -> None:
    cats = Counter(c for c, _ in INJ)
    assert set(cats) == set(injection_set.ALL_CATEGORIES)
    assert len(injection_set.ALL_CATEGORIES) == 12
    assert len(INJ) >= 360
    assert min(cats.values()) >= 25


def test_benign_counts_and_hard_negatives() -> None:
    carriers = Counter(c for c, _ in BEN)
    assert len(BEN) >= 800
    assert len(carriers) >= 16
    hard = sum(n for c, n in carriers.items() if c in injection_set.HARD_NEGATIVE_CARRIERS)
    assert hard * 2 >= len(BEN)


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_sizes(name: str) -> None:
    texts = [t for _, t in getattr(injection_set, name)]
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert all(150 <= s <= 4300 for s in sizes)
    assert sum(400 <= s <= 2000 for s in sizes) >= 0.5 * len(sizes)


def test_texts_distinct() -> None:
    texts = [t for _, t in INJ] + [t for _, t in BEN]
    assert len(set(texts)) == len(texts)


def test_passages_distinct_and_many() -> None:
    passages = [p for ps in _attacks.ATTACKS.values() for p in ps] + _attacks.DISGUISED_PLAIN
    assert len(passages) >= 240
    assert len(set(passages)) == len(passages)
    norm = {re.sub(r"\W+", " ", p.lower()).strip() for p in passages}
    assert len(norm) == len(passages)


def _probe(passage: str) -> str:
    runs = re.split(r"\{[a-z_]*\}|[\"\\\n<>&{}]", passage)
    return max(runs, key=len)[:22]


def test_each_injected_text_carries_its_passage() -> None:
    for cat, text in INJ:
        if cat == "disguised":
            continue
        probes = [_probe(p) for p in _attacks.ATTACKS[cat]]
        assert any(pr in text for pr in probes), (cat, text[:200])


def test_benign_texts_carry_no_attack_passage() -> None:
    probes = [_probe(p) for ps in _attacks.ATTACKS.values() for p in ps]
    probes = [p for p in probes if len(p) >= 18]
    for carrier, text in BEN:
        assert not any(pr in text for pr in probes), carrier


def test_multilingual_covers_many_scripts() -> None:
    scripts = set()
    for p in _attacks.ATTACKS["multilingual"]:
        for ch in p:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "X").split()[0])
    assert {"CJK", "HIRAGANA", "HANGUL", "ARABIC", "HEBREW", "DEVANAGARI", "BENGALI", "THAI",
            "CYRILLIC", "GREEK", "LATIN"} <= scripts
    assert len(_attacks.ATTACKS["multilingual"]) >= 25


# ------------------------------------------------------------------ disguised payloads decode
def _decode(method: str, frag: str) -> str:
    if method == "zero_width_interleave":
        return frag.replace("\u200b", "")
    if method == "zero_width_binary":
        bits = "".join("1" if c == "\u200c" else "0" for c in frag if c in "\u200b\u200c")
        return bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)).decode()
    if method == "unicode_tags":
        return "".join(chr(ord(c) - 0xE0000) for c in frag)
    if method == "bidi_override":
        return frag.replace("\u202e", "").replace("\u202c", "")[::-1]
    if method == "base64":
        return base64.b64decode(frag).decode()
    if method == "hex":
        return bytes.fromhex(frag).decode()
    if method == "url_encoded":
        return urllib.parse.unquote(frag)
    if method == "homoglyph":
        table = str.maketrans("аеорсхуі", "aeopcxyi")
        assert frag != frag.translate(table)
        return frag.translate(table)
    return frag  # hiders keep the plain text, hidden from rendering


def test_disguised_payloads_decode_to_attacks() -> None:
    src = injection_set.DISGUISED_SOURCES
    assert len(src) == sum(c == "disguised" for c, _ in INJ)
    methods = Counter(m for _, m, _, _ in src)
    assert len(methods) >= 12
    for idx, method, plain, frag in src:
        cat, text = INJ[idx]
        assert cat == "disguised"
        assert frag in text
        assert _decode(method, frag) == plain
        assert ATTACK_VERBS.search(plain)
        if method in ("zero_width_interleave", "zero_width_binary", "unicode_tags", "base64",
                      "hex", "url_encoded", "bidi_override", "homoglyph"):
            assert plain not in text
        if method == "html_comment":
            assert f"<!-- {plain} -->" in text
        if method == "display_none":
            assert 'style="display:none"' in text


# ------------------------------------------------------------------ variety rule
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _long_sentences(text: str) -> set[str]:
    out = set()
    for part in _SPLIT.split(text):
        s = " ".join(part.split())
        if len(re.findall(r"\w+", s)) >= 6:
            out.add(s)
    return out


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_variety_rule(name: str) -> None:
    counts: Counter[str] = Counter()
    for _, t in getattr(injection_set, name):
        counts.update(_long_sentences(t))
    worst = counts.most_common(1)[0]
    assert worst[1] <= 3, worst


# ------------------------------------------------------------------ determinism
def test_deterministic_across_processes() -> None:
    code = (
        "import hashlib,json,sys;sys.path.insert(0,'bench');"
        "from blind_sets9 import injection_set as i, leakage_set as l;"
        "print(hashlib.sha256(json.dumps([i.INJECTED,i.BENIGN,i.DISGUISED_SOURCES,l.SECRETS,"
        "l.LOOKALIKES,l.PII,l.PII_LOOKALIKES]).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                           env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, check=True)
        digests.add(r.stdout.strip())
    local = hashlib.sha256(json.dumps([INJ, BEN, injection_set.DISGUISED_SOURCES,
                                       leakage_set.SECRETS, leakage_set.LOOKALIKES,
                                       leakage_set.PII, leakage_set.PII_LOOKALIKES]).encode())
    digests.add(local.hexdigest())
    assert len(digests) == 1


# ------------------------------------------------------------------ secrets
SECRET_FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}",
    "github_oauth_token": r"gho_[A-Za-z0-9]{36}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}",
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
    "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{24,99}",
    "openai_api_key": r"sk-proj-[A-Za-z0-9_-]{64}T3BlbkFJ[A-Za-z0-9_-]{64}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "twilio_api_key": r"SK[0-9a-f]{32}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "mailgun_api_key": r"key-[0-9a-f]{32}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
    "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
    "shopify_access_token": r"shpat_[0-9a-f]{32}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "vault_token": r"hvs\.[A-Za-z0-9]{24,}",
    "telegram_bot_token": r"\d{8,10}:AA[A-Za-z0-9_-]{33}",
    "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "datadog_api_key": r"[0-9a-f]{32}",
    "square_access_token": r"EAAA[A-Za-z0-9_-]{60}",
}


def test_secrets_shape() -> None:
    S = leakage_set.SECRETS
    kinds = Counter(k for k, _, _ in S)
    assert len(S) >= 320
    assert len(kinds) >= 30
    for kind, text, value in S:
        assert value in text, kind
        assert len(value) >= 8
        if kind in SECRET_FORMATS:
            assert re.fullmatch(SECRET_FORMATS[kind], value), (kind, value)
        if kind == "jwt":
            head = json.loads(base64.urlsafe_b64decode(value.split(".")[0] + "=="))
            assert head["alg"] == "HS256" and value.count(".") == 2
        if kind == "rsa_private_key_pem":
            assert value.startswith("-----BEGIN RSA PRIVATE KEY-----\n")
            assert value.endswith("-----END RSA PRIVATE KEY-----")
        if kind == "openssh_private_key":
            body = "".join(value.splitlines()[1:-1])
            assert base64.b64decode(body).startswith(b"openssh-key-v1\x00")
        if kind == "azure_storage_account_key":
            assert len(base64.b64decode(value)) == 64 and f"AccountKey={value}" in text
        if kind == "http_basic_auth_header":
            assert ":" in base64.b64decode(value).decode()
    assert len({v for _, _, v in S}) == len(S)


def test_secret_contexts_are_varied() -> None:
    S = leakage_set.SECRETS
    markers = {
        "env": r"^[A-Z_]+=", "yaml": r"^\s+\w+: ", "toml": r'^\w+ = "', "json": r'^\s+"\w+": "',
        "xml": r"<add key=", "hcl": r"variable \"|resource \"", "properties": r"^app\.[\w.]+=",
        "compose": r"^services:", "k8s": r"kind: Secret", "export": r"\$ export ", "curl": r"curl ",
        "python": r"^import ", "js": r"require\('express'\)", "go": r"^package main",
        "java": r"public final class", "ruby": r"Rails\.application", "php": r"<\?php",
        "rust": r"fn main\(\)", "csharp": r"^namespace ", "email": r"^Subject: ", "chat": r"^\[\d+:\d\d\] ",
    }
    for label, rx in markers.items():
        assert sum(bool(re.search(rx, t, re.M)) for _, t, _ in S) >= 3, label


# ------------------------------------------------------------------ look-alikes
def test_lookalikes_shape() -> None:
    L = leakage_set.LOOKALIKES
    kinds = Counter(k for k, _ in L)
    assert len(L) >= 320
    assert all(leakage_set.LOOKALIKE_REASONS.get(k) for k in kinds)
    assert len(set(L)) == len(L)
    secret_values = {v for _, _, v in leakage_set.SECRETS}
    for _, text in L:
        assert not any(v in text for v in secret_values)
    for kind, text in L:
        if kind == "base64_image":
            data = re.search(r"base64,([A-Za-z0-9+/=]+)", text)
            assert data and base64.b64decode(data.group(1)).startswith(b"\x89PNG\r\n\x1a\n")
        if kind == "commit_sha":
            assert re.search(r"^[0-9a-f]{40} ", text, re.M)


# ------------------------------------------------------------------ personal data
def _luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def _iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _dni_ok(v: str) -> bool:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]


def _bsn_ok(v: str) -> bool:
    d = [int(c) for c in v]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _cpf_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    for k in (9, 10):
        s = sum(x * w for x, w in zip(d[:k], range(k + 1, 1, -1), strict=True))
        if (s * 10 % 11) % 10 != d[k]:
            return False
    return True


def _pesel_ok(v: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return sum(int(c) * x for c, x in zip(v, w, strict=True)) % 10 == 0


def _hetu_ok(v: str) -> bool:
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]


def _ssn_ok(v: str) -> bool:
    a, g, s = v.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def _nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in {
        "BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def _public_ipv4(v: str) -> bool:
    a, b, *_ = (int(x) for x in v.split("."))
    doc = v.startswith(("192.0.2.", "198.51.100.", "203.0.113."))
    private = a in (10, 127) or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31)
    return not doc and not private and a < 224


CHECKS = {
    "credit_card": _luhn_ok, "ca_sin": _luhn_ok, "se_personnummer": lambda v: _luhn_ok(v[:6] + v[7:]),
    "iban": _iban_ok, "es_dni": _dni_ok, "nl_bsn": _bsn_ok, "br_cpf": _cpf_ok, "pl_pesel": _pesel_ok,
    "fi_hetu": _hetu_ok, "us_ssn": _ssn_ok, "uk_nino": _nino_ok, "ipv4": _public_ipv4,
    "email": lambda v: bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v)) and "example" not in v,
    "phone": lambda v: v.startswith("+") and 10 <= sum(c.isdigit() for c in v) <= 14,
    "ipv6": lambda v: not v.lower().startswith("2001:db8"),
}


def test_pii_shape_and_check_digits() -> None:
    P = leakage_set.PII
    kinds = Counter(k for k, _, _ in P)
    assert len(P) >= 220
    assert len(kinds) >= 10
    for kind, text, value in P:
        assert value in text
        assert CHECKS[kind](value), (kind, value)


def test_pii_lookalikes_shape() -> None:
    L = leakage_set.PII_LOOKALIKES
    assert len(L) >= 220
    pii_values = {v for _, _, v in leakage_set.PII}
    for kind, text in L:
        assert not any(v in text for v in pii_values)
        if kind == "invalid_luhn_number":
            assert not _luhn_ok(re.search(r"\d{16}", text).group(0))
        if kind == "invalid_iban":
            assert not _iban_ok(re.search(r"DE\d{20}", text).group(0))
        if kind == "invalid_dni":
            assert not _dni_ok(re.search(r"\d{8}[A-Z]", text).group(0))
        if kind == "invalid_ssn":
            assert not _ssn_ok(re.search(r"\d{3}-\d{2}-\d{4}", text).group(0))
        if kind == "documentation_ipv4":
            assert re.search(r"\b(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+", text)
        if kind == "example_domain_email":
            assert re.search(r"@(example\.(com|org|net)|test\.invalid)", text)
