"""Shape checks for blind evaluation set 5 (never imports mcpwarden)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import importlib
import json
import re
import subprocess
import sys
import unicodedata
import urllib.parse
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from blind_sets5 import injection_set as inj  # noqa: E402
from blind_sets5 import leakage_set as leak  # noqa: E402
from blind_sets5._pii import iban_ok, luhn_ok  # noqa: E402


def _digest() -> str:
    h = hashlib.sha256()
    for mod in (inj, leak):
        importlib.reload(mod)
    for seq in (inj.INJECTED, inj.BENIGN, leak.SECRETS, leak.LOOKALIKES, leak.PII,
                leak.PII_LOOKALIKES):
        h.update(json.dumps(seq, ensure_ascii=False).encode())
    return h.hexdigest()


# ---------------------------------------------------------------- injection set


def test_injection_sizes_and_labels() -> None:
    assert len(inj.ALL_CATEGORIES) == 12
    counts = Counter(c for c, _ in inj.INJECTED)
    assert set(counts) == set(inj.ALL_CATEGORIES)
    assert len(inj.INJECTED) >= 360
    assert min(counts.values()) >= 25
    carriers = Counter(c for c, _ in inj.BENIGN)
    assert len(inj.BENIGN) >= 800
    assert len(carriers) >= 16
    assert len(inj.BENIGN_HARD) == len(inj.BENIGN)
    assert sum(inj.BENIGN_HARD) * 2 >= len(inj.BENIGN)


def test_injection_text_sizes() -> None:
    for group in (inj.INJECTED, inj.BENIGN):
        sizes = [len(t.encode("utf-8")) for _, t in group]
        assert min(sizes) >= 150
        assert max(sizes) <= 4300
        mid = sum(400 <= s <= 2000 for s in sizes)
        assert mid * 2 > len(sizes)


def test_texts_distinct_and_passages_distinct() -> None:
    texts = [t for _, t in inj.INJECTED] + [t for _, t in inj.BENIGN]
    assert len(set(texts)) == len(texts)
    assert len(inj.INJECTED_PASSAGES) == len(inj.INJECTED)
    distinct = set(inj.INJECTED_PASSAGES)
    assert len(distinct) >= 240
    # No two passages share a long prefix (guards against one template reused).
    prefixes = Counter(p[:40].lower() for p in distinct)
    assert max(prefixes.values()) == 1


def _norm(s: str) -> str:
    s = s.replace("\\n", " ").replace('\\"', '"')
    return "".join(ch.lower() for ch in s if ch.isalnum())


def test_planted_passage_occurs() -> None:
    for (cat, text), passage in zip(inj.INJECTED, inj.INJECTED_PASSAGES, strict=True):
        if cat == "disguised":
            continue
        longest = max(passage.splitlines(), key=len)
        key = _norm(longest)[:40]
        assert key and key in _norm(text), (cat, passage[:60])


def test_multilingual_covers_many_scripts_and_languages() -> None:
    passages = {p for (c, _), p in zip(inj.INJECTED, inj.INJECTED_PASSAGES, strict=True)
                if c == "multilingual"}
    assert len(passages) >= 15
    scripts = set()
    for p in passages:
        for ch in p:
            if ch.isalpha() and ord(ch) > 0x24F:
                scripts.add(unicodedata.name(ch, "?").split()[0])
    # Cyrillic, CJK, Hiragana/Katakana, Hangul, Arabic, Devanagari, Hebrew, Thai, Greek ...
    assert len(scripts) >= 8


def _decode(method: str, text: str) -> str:
    if method == "base64":
        out = []
        for run in re.findall(r"[A-Za-z0-9+/]{24,}={0,2}", text):
            try:
                out.append(base64.b64decode(run).decode("utf-8"))
            except (binascii.Error, UnicodeDecodeError):
                continue
        return "\n".join(out)
    if method == "hex":
        out = []
        for run in re.findall(r"(?:[0-9a-f]{2}){12,}", text):
            try:
                out.append(bytes.fromhex(run).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
        return "\n".join(out)
    if method == "url_encoded":
        return urllib.parse.unquote(text)
    if method == "tag_chars":
        return "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0020 <= ord(c) <= 0xE007E)
    if method == "zero_width":
        return "".join(c for c in text if c not in inj.ZERO_WIDTH)
    if method == "bidi":
        return "\n".join(m[::-1] for m in re.findall("\u202e(.*?)\u202c", text, re.S))
    if method == "html_comment":
        return "\n".join(re.findall(r"<!--(.*?)-->", text, re.S))
    if method == "hidden_element":
        return "\n".join(re.findall(r"<div style=[\"'][^\"']*[\"']>(.*?)</div>", text, re.S))
    if method == "alt_attribute":
        return "\n".join(m[1] for m in re.findall(r"alt=([\"'])(.*?)\1", text))
    if method == "title_attribute":
        return "\n".join(m[1] for m in re.findall(r"title=([\"'])(.*?)\1", text))
    if method == "homoglyph":
        return inj.homoglyph_decode(text)
    raise AssertionError(method)


def test_disguised_payloads_decode_to_attack() -> None:
    idx = [i for i, (c, _) in enumerate(inj.INJECTED) if c == "disguised"]
    assert sorted(i for i, _, _ in inj.DISGUISE_INFO) == idx
    methods = Counter(m for _, m, _ in inj.DISGUISE_INFO)
    assert set(methods) == set(inj.DISGUISE_METHODS)
    for i, method, plain in inj.DISGUISE_INFO:
        text = inj.INJECTED[i][1]
        decoded = _decode(method, text.replace('\\"', '"'))
        assert plain in decoded or plain.replace('"', "'") in decoded, (method, plain)
        # And the plain attack is not readable as-is (it really is hidden or encoded).
        if method not in ("html_comment", "hidden_element", "alt_attribute", "title_attribute"):
            assert plain not in text, method


def test_benign_has_no_planted_attack() -> None:
    attacks = {_norm(p)[:40] for p in inj.INJECTED_PASSAGES}
    for _, text in inj.BENIGN:
        n = _norm(text)
        assert not any(a in n for a in attacks)


def test_deterministic_across_reload_and_hash_seed() -> None:
    first = _digest()
    assert _digest() == first
    code = (
        f"import sys, json, hashlib; sys.path.insert(0, {str(BENCH)!r})\n"
        "from blind_sets5 import injection_set as i, leakage_set as l\n"
        "h = hashlib.sha256()\n"
        "for s in (i.INJECTED, i.BENIGN, l.SECRETS, l.LOOKALIKES, l.PII, l.PII_LOOKALIKES):\n"
        "    h.update(json.dumps(s, ensure_ascii=False).encode())\n"
        "print(h.hexdigest())\n"
    )
    for seed in ("1", "12345"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env={"PYTHONHASHSEED": seed})
        assert out.stdout.strip() == first


# ---------------------------------------------------------------- leakage set

_FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}",
    "github_pat": r"ghp_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "github_oauth": r"gho_[A-Za-z0-9]{36}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/\w{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{99}",
    "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{99}",
    "openai_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "sendgrid_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "mailgun_key": r"key-[0-9a-f]{32}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "shopify_token": r"shpat_[0-9a-f]{32}",
    "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "telegram_bot_token": r"\d{9,11}:AA[A-Za-z0-9_-]{33}",
}


def test_secrets_shape() -> None:
    kinds = Counter(k for k, _, _ in leak.SECRETS)
    assert len(leak.SECRETS) >= 320
    assert len(kinds) >= 30
    texts = [t for _, t, _ in leak.SECRETS]
    assert len(set(texts)) == len(texts)
    for kind, text, value in leak.SECRETS:
        assert value and value in text, kind
        if kind in _FORMATS:
            assert re.fullmatch(_FORMATS[kind], value), (kind, value)
        if kind == "jwt":
            head, body, _sig = value.split(".")
            assert json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))["alg"]
            assert "sub" in json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        if kind.endswith("private_key"):
            assert value.startswith("-----BEGIN ") and value.rstrip().endswith("KEY-----")
        if kind == "basic_auth_header":
            assert ":" in base64.b64decode(value).decode()


def test_secret_contexts_varied() -> None:
    texts = [t for _, t, _ in leak.SECRETS]
    markers = {
        "env": "# .env", "yaml": "integrations:", "toml": "[upstream]", "ini": "[default]",
        "json": '"settings"', "xml": "<appSettings>", "hcl": "resource \"", "properties":
        "spring.application", "compose": "services:", "k8s": "kind: Secret", "export":
        "export ", "cli": "history | tail", "python": "import requests", "js": "require('express')",
        "go": "package main", "java": "public final class", "ruby": "require 'net/http'",
        "php": "<?php", "rust": "use reqwest", "csharp": "namespace Acme", "log": "DEBUG config",
        "chat": "sam:", "email": "Subject:", "ticket": "SUP-", "curl": "curl ",
    }
    for name, marker in markers.items():
        assert any(marker in t for t in texts), name


def test_lookalikes_shape() -> None:
    assert len(leak.LOOKALIKES) >= 320
    kinds = {k for k, _ in leak.LOOKALIKES}
    assert len(kinds) >= 20
    for k in kinds:
        assert len(leak.LOOKALIKE_REASONS[k]) > 20, k
    texts = [t for _, t in leak.LOOKALIKES]
    assert len(set(texts)) == len(texts)
    secret_values = {v for _, _, v in leak.SECRETS}
    for t in texts:
        assert not any(v in t for v in secret_values)


def _ssn_ok(v: str) -> bool:
    a, g, s = v.split("-")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def _nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    pattern = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
    return bool(re.fullmatch(pattern, s)) and s[:2] not in bad


def _dni_ok(v: str) -> bool:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]


def _bsn_ok(v: str) -> bool:
    d = [int(c) for c in v]
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _cpf_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    for n in (9, 10):
        r = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _pesel_ok(v: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(v[:10], w, strict=True)) % 10) % 10 == int(v[10])


def test_pii_shape_and_check_digits() -> None:
    kinds = Counter(k for k, _, _ in leak.PII)
    assert len(leak.PII) >= 220
    assert len(kinds) >= 10
    checks = {
        "credit_card": luhn_ok, "iban": iban_ok, "us_ssn": _ssn_ok, "uk_nino": _nino_ok,
        "es_dni": _dni_ok, "nl_bsn": _bsn_ok, "br_cpf": _cpf_ok, "ca_sin": luhn_ok,
        "se_personnummer": luhn_ok, "pl_pesel": _pesel_ok,
    }
    for kind, text, value in leak.PII:
        assert value in text, kind
        if kind in checks:
            assert checks[kind](value), (kind, value)
        if kind == "email":
            assert re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]{2,}", value)
            assert not value.endswith(("example.com", "example.org", "example.net"))
        if kind == "ipv4":
            first = int(value.split(".")[0])
            assert first not in (10, 127, 192, 198, 203, 172, 169, 100)
        if kind == "phone":
            assert value.startswith("+") and "555" not in value.split()[1][:3]


def test_pii_lookalikes_shape() -> None:
    assert len(leak.PII_LOOKALIKES) >= 220
    texts = [t for _, t in leak.PII_LOOKALIKES]
    assert len(set(texts)) == len(texts)
    for kind, text in leak.PII_LOOKALIKES:
        if kind == "invalid_card":
            num = re.search(r"entering ([\d -]+?) in", text)
            assert num and not luhn_ok(num.group(1))
        if kind == "invalid_iban":
            ib = re.search(r"IBAN '([A-Z0-9]+)'", text)
            assert ib and not iban_ok(ib.group(1))
        if kind == "example_email":
            assert re.search(r"@example\.(com|org|net)\b", text)
        if kind == "documentation_ip":
            assert re.search(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+", text)
        if kind == "invalid_ssn":
            assert not _ssn_ok(text.split()[1])
