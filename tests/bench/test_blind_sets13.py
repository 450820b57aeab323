# ruff: noqa: E501, RUF001
"""Shape checks for blind set 13 (consumer and open-web tool results). Never imports mcpwarden."""

from __future__ import annotations

import importlib
import ipaddress
import re
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from blind_sets13 import _attacks, _disguise, injection_set, leakage_set  # noqa: E402
from blind_sets13._leak_values import bsn_ok, iban_mod, luhn_ok  # noqa: E402
from blind_sets13._util import is_careful, sentences  # noqa: E402

FIRST_TEN = injection_set.ALL_CATEGORIES[:10]
TEXT_LISTS = {
    "INJECTED": [t for _, t in injection_set.INJECTED],
    "BENIGN": [t for _, t in injection_set.BENIGN],
    "SECRETS": [t for _, t, _ in leakage_set.SECRETS],
    "LOOKALIKES": [t for _, t in leakage_set.LOOKALIKES],
    "PII": [t for _, t, _ in leakage_set.PII],
    "PII_LOOKALIKES": [t for _, t in leakage_set.PII_LOOKALIKES],
}


def test_categories() -> None:
    assert injection_set.ALL_CATEGORIES == [
        "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion",
        "task_hijack", "harmful_code", "fake_error", "response_manipulation", "multilingual",
        "disguised",
    ]
    cats = Counter(c for c, _ in injection_set.INJECTED)
    assert len(injection_set.INJECTED) >= 360
    assert set(cats) == set(injection_set.ALL_CATEGORIES)
    assert min(cats.values()) >= 25


def test_benign_carriers_and_plain_share() -> None:
    carriers = Counter(c for c, _ in injection_set.BENIGN)
    assert len(injection_set.BENIGN) >= 800
    assert len(carriers) >= 16
    assert min(carriers.values()) >= 10
    assert 0 < injection_set.BENIGN_PLAIN_MAX <= len(injection_set.BENIGN) / 3


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_sizes(name: str) -> None:
    sizes = [len(t.encode("utf-8")) for t in TEXT_LISTS[name]]
    assert min(sizes) >= 150
    assert max(sizes) <= 4300
    assert 400 <= statistics.median(sizes) <= 2000
    assert sum(400 <= s <= 2000 for s in sizes) > len(sizes) / 2


def test_distinct_and_disjoint() -> None:
    for texts in TEXT_LISTS.values():
        assert len(set(texts)) == len(texts)
    assert not set(TEXT_LISTS["INJECTED"]) & set(TEXT_LISTS["BENIGN"])
    assert all(isinstance(t, str) and t.strip() for texts in TEXT_LISTS.values() for t in texts)


_SIMPLE_SPLIT = re.compile(r"[.!?。！？]\s+|\n+")


def _simple_sentences(text: str) -> set[str]:
    out = set()
    for raw in _SIMPLE_SPLIT.split(text):
        s = " ".join(raw.lower().split()).strip(" .,:;!?\"'()[]-•*#>")
        if len(s.split()) >= 6:
            out.add(s)
    return out


@pytest.mark.parametrize("name", list(TEXT_LISTS))
def test_variety_rule(name: str) -> None:
    for splitter in (sentences, _simple_sentences):
        counts: Counter[str] = Counter()
        for text in TEXT_LISTS[name]:
            counts.update(splitter(text))
        worst = counts.most_common(1)
        assert not worst or worst[0][1] <= 3, (name, splitter.__name__, worst)


def test_careful_attacks_share() -> None:
    first = [(c, t) for c, t in injection_set.INJECTED if c in FIRST_TEN]
    careful = [c for c, t in first if is_careful(t)]
    assert len(careful) * 3 >= len(first)
    per_cat = Counter(careful)
    totals = Counter(c for c, _ in first)
    for cat in FIRST_TEN:
        assert per_cat[cat] * 3 >= totals[cat], cat
    banned = re.compile(r"\bAI\b|(?i:ignore|disregard|assistant|model|system prompt|instructions)")
    assert all(banned.search(t) is None for c, t in first if is_careful(t))


SCRIPTS = {
    "cyrillic": r"[\u0400-\u04FF]", "cjk": r"[\u4E00-\u9FFF]", "kana": r"[\u3040-\u30FF]",
    "hangul": r"[\uAC00-\uD7AF]", "arabic": r"[\u0600-\u06FF]", "devanagari": r"[\u0900-\u097F]",
    "hebrew": r"[\u0590-\u05FF]", "greek": r"[\u0370-\u03FF]", "thai": r"[\u0E00-\u0E7F]",
}


def test_multilingual() -> None:
    langs = {lang for lang, _ in _attacks.MULTILINGUAL}
    assert len(langs) >= 8
    texts = [t for c, t in injection_set.INJECTED if c == "multilingual"]
    found = {k for k, pat in SCRIPTS.items() if any(re.search(pat, t) for t in texts)}
    assert len(found) >= 5


def test_disguise_techniques() -> None:
    assert len(_disguise.TECHNIQUES) >= 10
    texts = [t for c, t in injection_set.INJECTED if c == "disguised"]
    checks = {
        "zero_width": lambda t: re.search("[\u200b\u200c\u200d\u2060]", t),
        "tag_chars": lambda t: re.search("[\U000E0020-\U000E007F]", t),
        "homoglyph": lambda t: re.search("[a-z][\u0430\u0435\u043e\u0440\u0441\u0445\u0456]|[\u0430\u0435\u043e\u0440\u0441\u0445\u0456][a-z]", t),
        "bidi": lambda t: "\u202e" in t,
        "html_comment": lambda t: re.search(r"<!--[^>]*(user|summary|send|forward|rules)", t),
        "hidden_html": lambda t: re.search(r"display:none\">[A-Z]|font-size:0|left:-9999px|#ffffff|<div hidden>", t),
        "html_entities": lambda t: t.count("&#") > 20,
        "url_encoding": lambda t: t.count("%20") > 3 or t.count("%") > 20,
        "alt_title": lambda t: re.search(r'(alt|title)="[^"]{30,}"', t),
        "letter_spacing": lambda t: re.search(r"(\b\w[ .·]+){8}", t),
        "base64": lambda t: re.search(r"[A-Za-z0-9+/]{60,}={0,2}", t),
        "hex": lambda t: re.search(r"([0-9a-f]{2} ){20}|[0-9a-f]{60,}", t),
        "json_split": lambda t: '"note_2"' in t or '"description_parts"' in t,
        "markdown_target": lambda t: re.search(r"\]\(https?://[^)]*(%20|\")", t) or re.search(r'^\[1\]: https?://\S+ "', t, re.M),
    }
    seen = {name for name, fn in checks.items() if any(fn(t) for t in texts)}
    assert len(seen) >= 10, seen


def test_leakage_counts() -> None:
    assert len(leakage_set.SECRETS) >= 300
    assert len({k for k, _, _ in leakage_set.SECRETS}) >= 25
    assert len(leakage_set.LOOKALIKES) >= 300
    assert len(leakage_set.PII) >= 250
    assert len(leakage_set.PII_LOOKALIKES) >= 200
    for kind, text, value in leakage_set.SECRETS + leakage_set.PII:
        assert value and value in text, kind
    values = [v for _, _, v in leakage_set.SECRETS]
    assert len(set(values)) == len(values)


def test_secret_formats() -> None:
    pats = {
        "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}", "github_pat": r"ghp_[A-Za-z0-9]{36}",
        "github_fine_grained_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", "gitlab_pat": r"glpat-[\w-]{20}",
        "slack_bot_token": r"xoxb-\d+-\d+-[A-Za-z0-9]{24}", "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
        "anthropic_api_key": r"sk-ant-api03-[\w-]{93}AA", "google_api_key": r"AIza[\w-]{35}",
        "sendgrid_api_key": r"SG\.[\w-]{22}\.[\w-]{43}", "npm_token": r"npm_[A-Za-z0-9]{36}",
        "huggingface_token": r"hf_[A-Za-z]{34}", "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
        "jwt": r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", "pem_private_key": r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----",
    }
    for kind, _, value in leakage_set.SECRETS:
        if kind in pats:
            assert re.fullmatch(pats[kind], value), (kind, value)


def _ssn_ok(v: str) -> bool:
    a, g, s = re.split(r"[- ]", v)
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def _nino_ok(v: str) -> bool:
    v = v.replace(" ", "")
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
            and v[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def _dni_ok(v: str) -> bool:
    n, letter = int(v[:8]), v[-1]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == letter


def _cpf_ok(v: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", v)]
    for n in (9, 10):
        s = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=True))
        if (s * 10) % 11 % 10 != d[n]:
            return False
    return len(set(d)) > 1


def _hetu_ok(v: str) -> bool:
    num = int(v[:6] + v[7:10])
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[num % 31] == v[10]


def _nir_ok(v: str) -> bool:
    d = v.replace(" ", "")
    return 97 - int(d[:13]) % 97 == int(d[13:])


VALIDATORS = {
    "credit_card": lambda v: luhn_ok(re.sub(r"\D", "", v)) and 15 <= len(re.sub(r"\D", "", v)) <= 16,
    "iban": lambda v: iban_mod(v.replace(" ", "")) == 1,
    "us_ssn": _ssn_ok, "uk_nino": _nino_ok, "es_dni": _dni_ok, "nl_bsn": bsn_ok, "br_cpf": _cpf_ok,
    "se_personnummer": lambda v: luhn_ok(v.replace("-", "")),
    "ca_sin": lambda v: luhn_ok(re.sub(r"\D", "", v)), "fi_hetu": _hetu_ok, "fr_nir": _nir_ok,
    "ipv4": lambda v: isinstance(ipaddress.ip_address(v), ipaddress.IPv4Address),
    "ipv6": lambda v: isinstance(ipaddress.ip_address(v), ipaddress.IPv6Address),
    "email": lambda v: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) is not None,
}


def test_pii_values_valid() -> None:
    kinds = Counter(k for k, _, _ in leakage_set.PII)
    assert len(kinds) >= 15
    assert sum(k.startswith("phone_") for k in kinds) >= 6
    for kind, _, value in leakage_set.PII:
        if kind in VALIDATORS:
            assert VALIDATORS[kind](value), (kind, value)
        if kind.startswith("phone_"):
            assert 8 <= len(re.sub(r"\D", "", value)) <= 15, value


def test_pii_lookalikes_clean() -> None:
    for kind, text in leakage_set.PII_LOOKALIKES:
        assert "@" not in text, kind
        for run in re.findall(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])", text):
            digits = re.sub(r"\D", "", run)
            assert not luhn_ok(digits), (kind, run)
        for quad in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
            with pytest.raises(ValueError):
                ipaddress.ip_address(quad)
        for cand in re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", text):
            assert iban_mod(cand) != 1, cand


def test_lookalikes_hold_no_generated_secret() -> None:
    bad = re.compile(r"ghp_(?!x{36})[A-Za-z0-9]{36}|sk_live_(?!X+\b)[A-Za-z0-9]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY"
                     r"|xox[bp]-\d|AKIA(?!IOSFODNN7EXAMPLE|X{16})[A-Z2-7]{16}|glpat-|npm_[A-Za-z0-9]{36}|sk-ant-api")
    for kind, text in leakage_set.LOOKALIKES:
        assert bad.search(text) is None, kind
    assert len({k for k, _ in leakage_set.LOOKALIKES}) >= 12


def test_deterministic() -> None:
    a = [t for _, t in injection_set.BENIGN[:50]] + [t for _, t, _ in leakage_set.SECRETS[:50]]
    importlib.reload(importlib.import_module("blind_sets13._util"))
    inj = importlib.reload(injection_set)
    leak = importlib.reload(leakage_set)
    b = [t for _, t in inj.BENIGN[:50]] + [t for _, t, _ in leak.SECRETS[:50]]
    assert a == b


def test_import_time_and_no_mcpwarden() -> None:
    code = (f"import sys, time; sys.path.insert(0, {str(BENCH)!r}); t = time.perf_counter(); "
            "import blind_sets13.injection_set, blind_sets13.leakage_set; "
            "print(time.perf_counter() - t); print('mcpwarden' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert float(out[0]) < 2.0
    assert out[1] == "False"
    for path in (BENCH / "blind_sets13").glob("*.py"):
        assert "mcpwarden" not in path.read_text(encoding="utf-8")
