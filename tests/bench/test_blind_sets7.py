"""Shape checks for blind set 7 (never imports mcpwarden, never runs a detector)."""

from __future__ import annotations

import base64
import binascii
import collections
import contextlib
import hashlib
import html
import ipaddress
import json
import os
import re
import string
import subprocess
import sys
import unicodedata
import urllib.parse
import zlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from blind_sets7 import injection_set as inj  # noqa: E402
from blind_sets7 import leakage_set as leak  # noqa: E402

CATEGORIES = {
    "override",
    "fake_role",
    "tool_call",
    "exfiltration",
    "authority",
    "persuasion",
    "task_hijack",
    "harmful_code",
    "fake_error",
    "response_manipulation",
    "multilingual",
    "disguised",
}


# ------------------------------------------------------------------ helpers (independent)

_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _long_sentences(text: str, fold_digits: bool = False) -> set[str]:
    out = set()
    for part in _SPLIT.split(text):
        norm = " ".join(part.split()).lower()
        if len(norm.split()) >= 6:
            out.add(re.sub(r"\d+", "0", norm) if fold_digits else norm)
    return out


def _nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _occurs(passage: str, text: str) -> bool:
    forms = {
        passage,
        json.dumps(passage, ensure_ascii=False)[1:-1],
        passage.replace('"', '""'),
    }
    if any(f in text for f in forms):
        return True
    uncommented = re.sub(r"(?m)^# ", "", text)
    return _collapse(passage) in _collapse(text) or _collapse(passage) in _collapse(uncommented)


_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_HOMO = {
    "\u0430": "a",
    "\u0435": "e",
    "\u043e": "o",
    "\u0440": "p",
    "\u0441": "c",
    "\u0445": "x",
    "\u0456": "i",
    "\u0443": "y",
}


def _decodings(text: str) -> list[str]:
    out = [text, html.unescape(text), text.translate(_ZW)]
    tags = "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0000 <= ord(c) <= 0xE007F)
    out.append(tags)
    out += [m[::-1] for m in re.findall("\u202e(.*?)\u202c", text, flags=re.S)]
    for m in re.findall(r"[A-Za-z0-9+/]{24,}={0,2}", text):
        with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
            out.append(base64.b64decode(m, validate=True).decode("utf-8"))
    for m in re.findall(r"(?:[0-9a-f]{2}){12,}", text):
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            out.append(bytes.fromhex(m).decode("utf-8"))
    out.append(urllib.parse.unquote(text))
    out.append("".join(_HOMO.get(c, c) for c in text))
    return out


def _luhn(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    lengths = {
        "DE": 22,
        "GB": 22,
        "FR": 27,
        "ES": 24,
        "NL": 18,
        "IT": 27,
        "BE": 16,
        "PL": 28,
        "CH": 21,
        "IE": 22,
    }
    if lengths.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _digits(v: str) -> str:
    return re.sub(r"\D", "", v)


def _b62_crc(body: str) -> str:
    alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase
    n, out = zlib.crc32(body.encode()), ""
    while n:
        n, r = divmod(n, 62)
        out = alphabet[r] + out
    return out.rjust(6, "0")


def _fingerprint() -> str:
    h = hashlib.sha256()
    for name in ("INJECTED", "BENIGN"):
        h.update(json.dumps(getattr(inj, name), ensure_ascii=False).encode())
    for name in ("SECRETS", "LOOKALIKES", "PII", "PII_LOOKALIKES"):
        h.update(json.dumps(getattr(leak, name), ensure_ascii=False).encode())
    return h.hexdigest()


# ------------------------------------------------------------------ injection set


def test_injected_sizes_and_labels() -> None:
    assert set(inj.ALL_CATEGORIES) == CATEGORIES and len(inj.ALL_CATEGORIES) == 12
    assert len(inj.INJECTED) >= 360
    counts = collections.Counter(c for c, _ in inj.INJECTED)
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= 25


def test_benign_sizes_and_carriers() -> None:
    assert len(inj.BENIGN) >= 800
    carriers = collections.Counter(c for c, _ in inj.BENIGN)
    assert len(carriers) >= 16
    assert min(carriers.values()) >= 20
    assert len(inj.BENIGN_HARD) == len(inj.BENIGN)
    assert sum(inj.BENIGN_HARD) * 2 >= len(inj.BENIGN)


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_text_lengths(name: str) -> None:
    texts = [t for _, t in getattr(inj, name)]
    sizes = [_nbytes(t) for t in texts]
    assert all(150 <= n <= 4300 for n in sizes), (min(sizes), max(sizes))
    typical = sum(400 <= n <= 2000 for n in sizes)
    assert typical >= 0.6 * len(sizes)


def test_texts_distinct_and_disjoint() -> None:
    injected = [t for _, t in inj.INJECTED]
    benign = [t for _, t in inj.BENIGN]
    assert len(set(injected)) == len(injected)
    assert len(set(benign)) == len(benign)
    assert not set(injected) & set(benign)


def test_passages_distinct_and_planted() -> None:
    assert set(inj.PASSAGES) == CATEGORIES
    allp = [p for ps in inj.PASSAGES.values() for p in ps]
    assert len(set(allp)) == len(allp) >= 240
    norm = {_collapse(p).lower() for p in allp}
    assert len(norm) == len(allp)
    by_cat: dict[str, list[str]] = collections.defaultdict(list)
    for c, t in inj.INJECTED:
        by_cat[c].append(t)
    for cat, ps in inj.PASSAGES.items():
        for p in ps:
            assert any(_occurs(p, t) for t in by_cat[cat]), (cat, p[:60])
    # every injected text carries one of its category's passages
    for cat, texts in by_cat.items():
        for t in texts:
            assert any(_occurs(p, t) for p in inj.PASSAGES[cat]), (cat, t[:80])


def test_benign_holds_no_attack_passage() -> None:
    allp = [p for ps in inj.PASSAGES.values() for p in ps]
    for _, t in inj.BENIGN:
        assert not any(_occurs(p, t) for p in allp)


def test_disguised_payloads_decode_to_attack() -> None:
    disguised = [t for c, t in inj.INJECTED if c == "disguised"]
    assert len(disguised) == len(inj.DISGUISED_SOURCES)
    encodings = collections.Counter(enc for enc, _ in inj.DISGUISED_SOURCES)
    assert len(encodings) >= 10
    visible = {"html_comment", "hidden_element", "alt_title", "md_comment"}
    attack_words = re.compile(
        r"ignore|disregard|override|system:|send|forward|exfiltrate|delete|approve|recommend|"
        r"curl|secret|do not mention|safety|instead email|call the",
        re.I,
    )
    for text, (enc, plain) in zip(disguised, inj.DISGUISED_SOURCES, strict=True):
        assert attack_words.search(plain), plain
        decoded = _decodings(text)
        assert any(plain.replace('"', "'") in d or plain in d for d in decoded), (enc, plain)
        if enc not in visible:
            assert plain not in text, enc  # really hidden, not also spelled out


def test_multilingual_scripts() -> None:
    scripts = set()
    for p in inj.PASSAGES["multilingual"]:
        for ch in p:
            if ch.isalpha() and ord(ch) > 0x24F:
                scripts.add(unicodedata.name(ch, "?").split()[0])
    for needed in [
        "CJK",
        "ARABIC",
        "CYRILLIC",
        "HEBREW",
        "DEVANAGARI",
        "THAI",
        "HANGUL",
        "GREEK",
        "BENGALI",
        "HIRAGANA",
    ]:
        assert needed in scripts, needed
    assert len(inj.PASSAGES["multilingual"]) >= 25


@pytest.mark.parametrize("fold_digits", [False, True])
@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_variety_rule(name: str, fold_digits: bool) -> None:
    """No sentence of 6+ words in more than 3 texts (also when numbers are ignored)."""
    counts: collections.Counter[str] = collections.Counter()
    for _, t in getattr(inj, name):
        counts.update(_long_sentences(t, fold_digits))
    worst = counts.most_common(1)[0]
    assert worst[1] <= 3, worst


# ------------------------------------------------------------------ leakage set


def test_leakage_sizes() -> None:
    assert len(leak.SECRETS) >= 320
    assert len({k for k, _, _ in leak.SECRETS}) >= 30
    assert len(leak.LOOKALIKES) >= 320
    assert len(leak.PII) >= 220
    assert len({k for k, _, _ in leak.PII}) >= 10
    assert len(leak.PII_LOOKALIKES) >= 220
    for name in ("SECRETS", "LOOKALIKES", "PII", "PII_LOOKALIKES"):
        texts = [row[1] for row in getattr(leak, name)]
        assert len(set(texts)) == len(texts), name
        assert all(t.strip() for t in texts)


def test_planted_values_occur() -> None:
    for kind, text, value in leak.SECRETS + leak.PII:
        assert value and value in text, (kind, value)


def test_lookalike_reasons() -> None:
    kinds = {k for k, _ in leak.LOOKALIKES}
    assert set(leak.LOOKALIKE_REASONS) == kinds
    assert all(len(r) > 30 for r in leak.LOOKALIKE_REASONS.values())


_SECRET_FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_pat_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "github_oauth_token": r"gho_[A-Za-z0-9]{36}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}",
    "slack_user_token": r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}",
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
    "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{24,99}",
    "openai_api_key": r"sk-(proj-)?[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "twilio_api_key": r"SK[a-f0-9]{32}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
    "mailgun_api_key": r"key-[a-f0-9]{32}",
    "digitalocean_token": r"dop_v1_[a-f0-9]{64}",
    "shopify_access_token": r"shpat_[a-f0-9]{32}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "telegram_bot_token": r"\d{8,10}:AA[A-Za-z0-9_-]{33}",
    "discord_bot_token": r"[A-Za-z0-9_-]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}",
    "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==",
    "datadog_api_key": r"[a-f0-9]{32}",
    "square_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "vault_token": r"hvs\.[A-Za-z0-9_-]{90,}",
    "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
}


def test_secret_formats() -> None:
    for kind, _, value in leak.SECRETS:
        pattern = _SECRET_FORMATS.get(kind)
        if pattern:
            assert re.fullmatch(pattern, value), (kind, value)
        if kind in ("github_pat_classic", "github_oauth_token", "npm_token"):
            body = value.split("_", 1)[1]
            assert _b62_crc(body[:30]) == body[30:], value
        if kind == "jwt":
            parts = value.split(".")
            assert len(parts) == 3
            head = json.loads(base64.urlsafe_b64decode(parts[0] + "=="))
            assert head["typ"] == "JWT"
            json.loads(base64.urlsafe_b64decode(parts[1] + "=="))
        if kind.endswith("private_key"):
            lines = value.splitlines()
            assert lines[0].startswith("-----BEGIN ") and lines[-1].startswith("-----END ")
            assert "PRIVATE KEY" in lines[0]
            base64.b64decode("".join(lines[1:-1]), validate=True)
        if kind == "http_basic_auth_header":
            assert ":" in base64.b64decode(value).decode()


def test_secret_contexts_varied() -> None:
    # a rough count of distinct context shapes: first line with values masked
    shapes = set()
    for _, text, value in leak.SECRETS:
        first = text.replace(value, "V").splitlines()[0]
        shapes.add(re.sub(r"[A-Za-z0-9]+", "w", first)[:30])
    assert len(shapes) >= 25


def _nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return (
        s[0] not in "DFIQUV"
        and s[1] not in "DFIOQUV"
        and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    )


def _cpf_ok(v: str) -> bool:
    d = [int(c) for c in _digits(v)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(d[i] * (n + 1 - i) for i in range(n))
        if (s * 10 % 11) % 10 != d[n]:
            return False
    return True


def _pesel_ok(v: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(v) == 11 and (
        10 - sum(int(a) * b for a, b in zip(v, w, strict=False)) % 10
    ) % 10 == int(v[10])


def _bsn_ok(v: str) -> bool:
    return len(v) == 9 and (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0


def _nir_ok(v: str) -> bool:
    d = _digits(v)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def _ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


_DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def _public_ip(v: str) -> bool:
    ip = ipaddress.ip_address(v)
    return ip.is_global and not any(ip in n for n in _DOC_NETS if n.version == ip.version)


_PII_CHECKS = {
    "credit_card": lambda v: _luhn(_digits(v)) and len(_digits(v)) in (15, 16),
    "iban": _iban_ok,
    "us_ssn": _ssn_ok,
    "uk_nino": _nino_ok,
    "es_dni": lambda v: v[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23],
    "br_cpf": _cpf_ok,
    "nl_bsn": _bsn_ok,
    "pl_pesel": _pesel_ok,
    "se_personnummer": lambda v: re.fullmatch(r"\d{6}-\d{4}", v) is not None and _luhn(_digits(v)),
    "ca_sin": lambda v: len(_digits(v)) == 9 and _luhn(_digits(v)),
    "fr_nir": _nir_ok,
    "ipv4": _public_ip,
    "ipv6": _public_ip,
    "email": lambda v: (
        re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) is not None
        and not re.search(r"@example\.|\.test$|\.invalid$", v)
    ),
    "phone": lambda v: v.startswith("+") and 10 <= len(_digits(v)) <= 15 and "555" not in v[:9],
}


def test_pii_check_digits() -> None:
    kinds = {k for k, _, _ in leak.PII}
    assert kinds <= set(_PII_CHECKS)
    for kind, _, value in leak.PII:
        assert _PII_CHECKS[kind](value), (kind, value)


def test_pii_lookalikes_are_not_valid_pii() -> None:
    kinds = collections.Counter(k for k, _ in leak.PII_LOOKALIKES)
    assert len(kinds) >= 10
    for kind, text in leak.PII_LOOKALIKES:
        if kind == "invalid_card":
            num = re.search(r"(\d{4} ){3}\d{4}", text)
            assert num and not _luhn(_digits(num.group()))
        if kind == "invalid_iban":
            m = re.search(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", text)
            assert m and not _iban_ok(m.group())
        if kind == "invalid_ssn":
            m = re.search(r"\d{3}-\d{2}-\d{4}", text)
            assert m and not _ssn_ok(m.group())
        if kind == "doc_ip":
            m = re.search(r"set_real_ip_from (\S+);", text)
            assert m
            ip = ipaddress.ip_address(m.group(1))
            assert any(ip in n for n in _DOC_NETS if n.version == ip.version)
        if kind == "example_email":
            assert re.search(r"@(example\.(com|org|net)|mail\.test|domain\.invalid)", text)
    # no valid personal value planted in look-alikes leaks into the PII list's texts
    pii_values = {v for _, _, v in leak.PII}
    for _, text in leak.PII_LOOKALIKES:
        assert not any(v in text for v in pii_values)


# ------------------------------------------------------------------ determinism


def test_deterministic_across_processes() -> None:
    code = (
        "import sys, hashlib, json; sys.path.insert(0, sys.argv[1]);"
        "from blind_sets7 import injection_set as i, leakage_set as l;"
        "h = hashlib.sha256();"
        "[h.update(json.dumps(getattr(i, n), ensure_ascii=False).encode()) for n in ('INJECTED', "
        "'BENIGN')];"
        "[h.update(json.dumps(getattr(l, n), ensure_ascii=False).encode())"
        " for n in ('SECRETS', 'LOOKALIKES', 'PII', 'PII_LOOKALIKES')];"
        "assert not any(m.startswith('mcpwarden') for m in sys.modules);"
        "print(h.hexdigest())"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", code, str(BENCH)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outs.add(res.stdout.strip())
    assert outs == {_fingerprint()}
