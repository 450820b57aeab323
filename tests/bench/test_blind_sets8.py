"""Shape checks for blind set 8 (never imports mcpwarden; checks the data, not any detector)."""

# ruff: noqa: RUF001

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from blind_sets8 import _attacks, _disguise, injection_set, leakage_set  # noqa: E402

INJ = injection_set.INJECTED
BEN = injection_set.BENIGN

# --------------------------------------------------------------------------- helpers

_WORD = re.compile(r"^[\"'(«“]*[^\W\d_]+(?:['’-][^\W\d_]+)*[.,;:!?\"')»”]*$")


def _sentences(text: str) -> set[str]:
    """Natural-language sentences of 6+ words (code, markup and tables are not sentences)."""
    out = set()
    for frag in re.split(r"(?<=[.!?。！？])\s+|\n|\\n", text):
        toks = frag.split()
        words = [t for t in toks if _WORD.match(t)]
        if len(words) >= 6 and len(words) >= 0.8 * len(toks):
            out.add(" ".join(t.lower().strip(".,;:!?\"'()«»“”") for t in toks))
    return out


def _luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in {"000", "666"} and not a.startswith("9") and g != "00" and s != "0000"


def _nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    m = re.fullmatch(r"([A-Z]{2})(\d{6})([A-D])", s)
    if not m:
        return False
    pre = m.group(1)
    return (
        pre[0] not in "DFIQUV"
        and pre[1] not in "DFIOQUV"
        and pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    )


def _dni_ok(v: str) -> bool:
    return (
        bool(re.fullmatch(r"\d{8}[A-Z]", v)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]
    )


def _bsn_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{9}", v):
        return False
    s = sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1), strict=True)) - int(v[8])
    return s % 11 == 0


def _cpf_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    c1 = sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) * 10 % 11 % 10
    c2 = sum(x * w for x, w in zip(d[:10], range(11, 1, -1), strict=True)) * 10 % 11 % 10
    return d[9] == c1 and d[10] == c2


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip


def _verhoeff_ok(v: str) -> bool:
    d = v.replace(" ", "")
    if not re.fullmatch(r"[2-9]\d{11}", d):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def _personnummer_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{6})-(\d{4})", v)
    return bool(m) and _luhn_ok(m.group(1) + m.group(2))


def _cn_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(v[:17], w, strict=True))
    return "10X98765432"[s % 11] == v[17]


def _hetu_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", v)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[
        int(m.group(1) + m.group(2)) % 31
    ] == m.group(3)


def _ipv4_public(v: str) -> bool:
    parts = [int(x) for x in v.split(".")]
    if len(parts) != 4 or any(not 0 <= p <= 255 for p in parts):
        return False
    a, b = parts[0], parts[1]
    private = a in {0, 10, 127} or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)
    doc = v.startswith(("192.0.2.", "198.51.100.", "203.0.113."))
    return not private and not doc and a < 224


PII_VALIDATORS = {
    "credit_card": _luhn_ok,
    "iban": _iban_ok,
    "us_ssn": _ssn_ok,
    "uk_nino": _nino_ok,
    "es_dni": _dni_ok,
    "nl_bsn": _bsn_ok,
    "br_cpf": _cpf_ok,
    "in_aadhaar": _verhoeff_ok,
    "se_personnummer": _personnummer_ok,
    "cn_resident_id": _cn_ok,
    "fi_hetu": _hetu_ok,
    "ipv4": _ipv4_public,
    "email": lambda v: (
        bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v))
        and not re.search(r"@(example\.(com|org|net)|test\.invalid)$", v)
    ),
    "phone": lambda v: bool(re.fullmatch(r"\+\d[\d ()-]{7,18}\d", v)),
    "ipv6": lambda v: ":" in v and not v.lower().startswith("2001:db8"),
}


def _embedded(passage: str, text: str) -> bool:
    """Every non-empty line of the passage occurs in the text, raw or as the carrier escapes it."""
    for line in passage.splitlines():
        line = line.strip()
        if not line:
            continue
        forms = {
            line,
            json.dumps(line, ensure_ascii=False)[1:-1],
            html.escape(line, quote=False),
            line.replace('"', '""'),
        }
        if not any(f in text for f in forms):
            return False
    return True


# --------------------------------------------------------------------------- injection set


def test_injected_sizes_and_categories() -> None:
    assert len(INJ) >= 360
    counts = Counter(c for c, _ in INJ)
    assert set(counts) == set(injection_set.ALL_CATEGORIES)
    assert len(injection_set.ALL_CATEGORIES) == 12
    assert min(counts.values()) >= 25


def test_benign_sizes_and_carriers() -> None:
    assert len(BEN) >= 800
    assert len({c for c, _ in BEN}) >= 16
    assert len(injection_set.BENIGN_GROUPS) == len(BEN)
    hard = sum(g != "ordinary" for g in injection_set.BENIGN_GROUPS)
    assert hard >= len(BEN) / 2


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_text_sizes(name: str) -> None:
    lst = getattr(injection_set, name)
    sizes = [len(t.encode("utf-8")) for _, t in lst]
    assert all(150 <= s <= 4300 for s in sizes), (min(sizes), max(sizes))
    assert sum(400 <= s <= 2000 for s in sizes) >= 0.7 * len(sizes)


def test_texts_distinct() -> None:
    assert len({t for _, t in INJ}) == len(INJ)
    assert len({t for _, t in BEN}) == len(BEN)
    assert not {t for _, t in INJ} & {t for _, t in BEN}


def test_attack_passages_distinct_and_numerous() -> None:
    plain = [p for ps in injection_set.ATTACK_PASSAGES.values() for p in ps]
    assert len(plain) == len(set(plain))
    distinct = {p for _, p in injection_set.INJECTED_PASSAGES}
    assert len(distinct) >= 240
    payloads = _attacks.DISGUISED_PAYLOADS
    assert len(payloads) == len(set(payloads))


def test_every_passage_embedded() -> None:
    assert len(injection_set.INJECTED_PASSAGES) == len(INJ)
    for (cat, text), (pcat, passage) in zip(INJ, injection_set.INJECTED_PASSAGES, strict=True):
        assert cat == pcat
        assert _embedded(passage, text), (cat, passage[:80])


def test_disguised_payloads_decode_to_attack() -> None:
    disguised = [p for c, p in injection_set.INJECTED_PASSAGES if c == "disguised"]
    assert len(disguised) == len(injection_set.DISGUISED_META) >= 25
    methods = {m for m, _ in injection_set.DISGUISED_META}
    assert len(methods) >= 10
    hidden_encodings = {
        "zero_width",
        "tag_chars",
        "bidi",
        "base64",
        "hex",
        "url_encoded",
        "homoglyph",
    }
    for passage, (method, payload) in zip(disguised, injection_set.DISGUISED_META, strict=True):
        assert payload in _attacks.DISGUISED_PAYLOADS
        assert payload in _disguise.decode(method, passage), method
        if method in hidden_encodings:
            assert payload not in passage, method


def test_multilingual_breadth() -> None:
    texts = injection_set.ATTACK_PASSAGES["multilingual"]
    assert len(texts) >= 25
    scripts = set()
    for t in texts:
        for ch in t:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "?").split()[0])
    # Latin, Cyrillic, CJK, Hiragana/Katakana, Hangul, Arabic, Hebrew, Devanagari, Thai, Greek
    assert len(scripts) >= 9, scripts


def test_careful_attacker_share() -> None:
    naive = re.compile(
        r"\b(AI|assistants?|LLM|language model"
        r"|ignore (all )?(previous|prior|earlier) instructions)\b",
        re.I,
    )
    plain = [
        p for c, ps in injection_set.ATTACK_PASSAGES.items() if c != "multilingual" for p in ps
    ]
    careful = [p for p in plain if not naive.search(p)]
    assert len(careful) >= len(plain) / 3


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_variety_rule(name: str) -> None:
    counts: Counter[str] = Counter()
    for _, text in getattr(injection_set, name):
        counts.update(_sentences(text))
    worst = counts.most_common(5)
    assert all(n <= 3 for _, n in worst), worst


def test_deterministic_across_processes() -> None:
    code = (
        "import hashlib, sys; sys.path.insert(0, 'bench');"
        "from blind_sets8 import injection_set as i, leakage_set as l;"
        "print(hashlib.sha256(repr((i.INJECTED, i.BENIGN, l.SECRETS, l.LOOKALIKES, l.PII,"
        " l.PII_LOOKALIKES)).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(res.stdout.strip())
    assert len(digests) == 1


# --------------------------------------------------------------------------- leakage set


def test_secrets_shape() -> None:
    s = leakage_set.SECRETS
    assert len(s) >= 320
    kinds = Counter(k for k, _, _ in s)
    assert len(kinds) >= 30
    for kind, text, value in s:
        assert value and value in text, kind
        assert len(value) >= 8, kind
    assert len({v for _, _, v in s}) == len(s)


_SECRET_FORMATS = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "github_pat": r"ghp_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,14}-[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
}


def test_secret_formats() -> None:
    seen = set()
    for kind, _, value in leakage_set.SECRETS:
        pat = _SECRET_FORMATS.get(kind)
        if pat:
            assert re.fullmatch(pat, value), (kind, value)
            seen.add(kind)
        if kind.endswith("private_key"):
            assert "PRIVATE KEY-----" in value
    assert seen == set(_SECRET_FORMATS)


def test_jwts_decode() -> None:
    import base64

    for kind, _, value in leakage_set.SECRETS:
        if kind != "jwt":
            continue
        head, body, _sig = value.split(".")
        for part in (head, body):
            decoded = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            assert isinstance(decoded, dict)


def test_secret_contexts_varied() -> None:
    markers = {
        "env": r"^[A-Z_]+=\S", "yaml": r"^\s+[\w.-]+: ", "toml": r"^\[[\w.]+\]\n",
        "json": r"^\{\n", "xml": r"<\?xml", "hcl": r"variable \"", "k8s": r"kind: Secret",
        "compose": r"services:", "shell": r"export ", "curl": r"curl ", "python": r"import ",
        "go": r"package main", "java": r"public final class", "ruby": r"Rails\.application",
        "php": r"<\?php", "csharp": r"WebApplication", "rust": r"use reqwest",
        "email": r"^Subject: ",
        "chat": r"\] \w+ ?\w*: ", "ticket": r"Priority: P\d", "log": r"DEBUG|WARN",
    }  # fmt: skip
    texts = [t for _, t, _ in leakage_set.SECRETS]
    for name, pat in markers.items():
        assert any(re.search(pat, t, re.M) for t in texts), name


def test_lookalikes_shape() -> None:
    la = leakage_set.LOOKALIKES
    assert len(la) >= 320
    for fn in leakage_set.LOOKALIKE_KINDS:
        assert fn.__doc__ and len(fn.__doc__.strip()) >= 30, fn.__name__  # why it is not a secret
    assert {k for k, _ in la} == {fn.__name__ for fn in leakage_set.LOOKALIKE_KINDS}
    secret_values = {v for _, _, v in leakage_set.SECRETS}
    for _, text in la:
        assert not any(v in text for v in secret_values)


def test_pii_shape_and_check_digits() -> None:
    pii = leakage_set.PII
    assert len(pii) >= 220
    kinds = Counter(k for k, _, _ in pii)
    assert len(kinds) >= 10
    assert {"email", "phone", "credit_card", "iban", "us_ssn", "uk_nino", "ipv4"} <= set(kinds)
    for kind, text, value in pii:
        assert value in text, kind
        assert PII_VALIDATORS[kind](value), (kind, value)


def test_pii_lookalikes_are_not_pii() -> None:
    pl = leakage_set.PII_LOOKALIKES
    assert len(pl) >= 220
    for kind, text in pl:
        if kind == "card":
            nums = re.findall(r"\b\d{16}\b", text)
            assert nums and not any(_luhn_ok(n) for n in nums)
        if kind == "iban":
            ibans = re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text)
            assert ibans and not any(_iban_ok(i) for i in ibans)
        if kind == "bad_ssn":
            ssns = re.findall(r"\b\d{3}-\d{2}-\d{4}\b", text)
            assert ssns and not any(_ssn_ok(s) for s in ssns)
        if kind == "short_dni":
            dnis = re.findall(r"\b\d{8}[A-Z]\b", text)
            assert dnis and not any(_dni_ok(d) for d in dnis)
        if kind == "doc_ip":
            for ip in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text):
                assert not _ipv4_public(ip)
        if kind == "example_email":
            for e in re.findall(r"[\w.+-]+@[\w.-]+", text):
                assert re.search(r"@(example\.(com|org|net)|test\.invalid)$", e)
    pii_values = {v for _, _, v in leakage_set.PII}
    assert not any(v in t for _, t in pl for v in pii_values)


def test_leakage_texts_distinct() -> None:
    for lst in (leakage_set.LOOKALIKES, leakage_set.PII_LOOKALIKES):
        texts = [t for _, t in lst]
        assert len(set(texts)) == len(texts)
    digest = hashlib.sha256(repr(leakage_set.SECRETS).encode()).hexdigest()
    assert len(digest) == 64
