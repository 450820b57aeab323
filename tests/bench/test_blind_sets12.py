# ruff: noqa: E501, RUF001
"""Shape checks for blind set 12 (never imports mcpwarden, never runs a detector)."""

from __future__ import annotations

import base64
import re
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from blind_sets12 import _pii_formats as PF  # noqa: E402
from blind_sets12 import injection_set, leakage_set  # noqa: E402

SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")
CAREFUL_BANNED = re.compile(
    r"ignor|disregard|\bai\b|assistant|model|system prompt|instruction", re.I
)
TEN = injection_set.ALL_CATEGORIES[:10]


def _long_sentences(text: str) -> set[str]:
    out = set()
    for part in SPLIT.split(text):
        norm = " ".join(part.lower().split())
        if len(norm.split()) >= 6:
            out.add(norm)
    return out


def _worst_sentence(texts: list[str]) -> tuple[str, int]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_long_sentences(text))
    if not counts:
        return "", 0
    return counts.most_common(1)[0]


# ---------------------------------------------------------------- injection
def test_categories_and_counts():
    assert injection_set.ALL_CATEGORIES == [
        "override", "fake_role", "tool_call", "exfiltration", "authority", "persuasion",
        "task_hijack", "harmful_code", "fake_error", "response_manipulation", "multilingual",
        "disguised",
    ]
    counts = Counter(c for c, _ in injection_set.INJECTED)
    assert len(injection_set.INJECTED) >= 360
    assert set(counts) == set(injection_set.ALL_CATEGORIES)
    assert min(counts.values()) >= 25


def test_benign_counts_and_carriers():
    benign = injection_set.BENIGN
    assert len(benign) >= 800
    carriers = Counter(c for c, _ in benign)
    assert len(carriers) >= 16
    assert 0 < injection_set.BENIGN_PLAIN_MAX <= len(benign) // 3


def test_types():
    for pair in injection_set.INJECTED + injection_set.BENIGN:
        assert isinstance(pair, tuple) and len(pair) == 2
        assert all(isinstance(x, str) and x for x in pair)


def test_sizes():
    for name in ("INJECTED", "BENIGN"):
        sizes = [len(t.encode("utf-8")) for _, t in getattr(injection_set, name)]
        assert min(sizes) >= 150 and max(sizes) <= 4300, name
        assert 400 <= statistics.median(sizes) <= 2000, name
        assert sum(400 <= s <= 2000 for s in sizes) > len(sizes) / 2, name


def test_distinct_and_disjoint():
    inj = [t for _, t in injection_set.INJECTED]
    ben = [t for _, t in injection_set.BENIGN]
    assert len(set(inj)) == len(inj)
    assert len(set(ben)) == len(ben)
    assert not set(inj) & set(ben)


def test_variety_rule_injection_lists():
    for name in ("INJECTED", "BENIGN"):
        sentence, n = _worst_sentence([t for _, t in getattr(injection_set, name)])
        assert n <= 3, (name, sentence, n)


def test_careful_attacks_share():
    ten = [t for c, t in injection_set.INJECTED if c in TEN]
    careful = [t for t in ten if not CAREFUL_BANNED.search(t)]
    assert len(careful) * 3 >= len(ten), (len(careful), len(ten))
    flags = [f for (c, _), f in zip(injection_set.INJECTED, injection_set.CAREFUL_FLAGS, strict=True) if c in TEN]
    assert sum(flags) * 3 >= len(ten)
    for (c, t), flag in zip(injection_set.INJECTED, injection_set.CAREFUL_FLAGS, strict=True):
        if flag:
            assert c in TEN and not CAREFUL_BANNED.search(t)


def test_multilingual_languages_and_scripts():
    langs = set(injection_set.LANGUAGES)
    assert len(langs) >= 8
    texts = [t for c, t in injection_set.INJECTED if c == "multilingual"]
    scripts = {
        "cyrillic": r"[\u0400-\u04ff]", "cjk": r"[\u4e00-\u9fff]", "kana": r"[\u3040-\u30ff]",
        "hangul": r"[\uac00-\ud7af]", "arabic": r"[\u0600-\u06ff]", "devanagari": r"[\u0900-\u097f]",
        "hebrew": r"[\u0590-\u05ff]", "greek": r"[\u0370-\u03ff]", "thai": r"[\u0e00-\u0e7f]",
    }
    seen = {name for name, pat in scripts.items() if any(re.search(pat, t) for t in texts)}
    assert len(seen) >= 5, seen


def test_disguise_techniques():
    techniques = Counter(injection_set.DISGUISE_TECHNIQUE)
    assert len(techniques) >= 10
    texts = [t for c, t in injection_set.INJECTED if c == "disguised"]
    assert len(texts) == len(injection_set.DISGUISE_TECHNIQUE)
    joined = "\n".join(texts)
    assert "\u200b" in joined or "\u200c" in joined or "\u2060" in joined or "\ufeff" in joined
    assert re.search(r"[\U000e0020-\U000e007e]", joined)
    assert "\u202e" in joined
    assert "&#" in joined and "<!--" in joined
    assert re.search(r"[а-яА-Я]", joined)
    decoded_any = False
    for blob in re.findall(r"[A-Za-z0-9+/]{40,}={0,2}", joined):
        try:
            if re.search(r"[a-z]{3,} [a-z]{3,}", base64.b64decode(blob).decode("utf-8")):
                decoded_any = True
        except (ValueError, UnicodeDecodeError):
            continue
    assert decoded_any


def test_deterministic():
    code = (
        "import sys, hashlib, json; sys.path.insert(0, %r);"
        "from blind_sets12 import injection_set as I, leakage_set as L;"
        "print(hashlib.sha256(json.dumps([I.INJECTED, I.BENIGN, L.SECRETS, L.LOOKALIKES, L.PII,"
        " L.PII_LOOKALIKES]).encode()).hexdigest())"
    ).replace("%r", repr(str(BENCH)))
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            for _ in range(2)}
    assert len(runs) == 1


def test_import_time_and_no_mcpwarden():
    code = (
        "import sys, time; sys.path.insert(0, %r); t = time.perf_counter();"
        "import blind_sets12.injection_set, blind_sets12.leakage_set;"
        "print(time.perf_counter() - t); print(any(m.startswith('mcpwarden') for m in sys.modules))"
    ).replace("%r", repr(str(BENCH)))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    elapsed, imported = out.stdout.split()
    assert float(elapsed) < 2.0
    assert imported == "False"
    for path in (BENCH / "blind_sets12").glob("*.py"):
        assert "mcpwarden" not in path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- leakage
def test_secret_counts_and_values():
    secrets = leakage_set.SECRETS
    assert len(secrets) >= 300
    kinds = Counter(k for k, _, _ in secrets)
    assert len(kinds) >= 25
    for kind, text, value in secrets:
        assert value and value in text, kind
        assert len(value) >= 8
    assert len({v for _, _, v in secrets}) == len(secrets)
    assert len({t for _, t, _ in secrets}) == len(secrets)


def test_secret_formats():
    by_kind: dict[str, list[str]] = {}
    for kind, _, value in leakage_set.SECRETS:
        by_kind.setdefault(kind, []).append(value)
    patterns = {
        "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
        "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
        "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
        "slack_bot_token": r"xox[bp]-\d+-\d+-[A-Za-z0-9]{24}",
        "stripe_secret_key": r"[sr]k_live_[A-Za-z0-9]{24,99}",
        "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
        "npm_token": r"npm_[A-Za-z0-9]{36}",
        "huggingface_token": r"hf_[A-Za-z]{34}",
        "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
        "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
        "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    }
    for kind, pat in patterns.items():
        assert by_kind[kind], kind
        for value in by_kind[kind]:
            assert re.fullmatch(pat, value), (kind, value)
    for value in by_kind["pem_private_key"] + by_kind["openssh_private_key"]:
        assert value.startswith("-----BEGIN ") and "PRIVATE KEY-----" in value


def test_url_credentials_are_password_only():
    for kind, text, value in leakage_set.SECRETS:
        if kind in ("database_url_password", "basic_auth_url_password"):
            assert ":" + value + "@" in text or value in text
            assert "://" not in value


def test_lookalikes():
    look = leakage_set.LOOKALIKES
    assert len(look) >= 300
    assert len({t for _, t in look}) == len(look)
    values = [v for _, _, v in leakage_set.SECRETS]
    joined = "\n".join(t for _, t in look)
    for v in values:
        assert v not in joined
    assert len(Counter(k for k, _ in look)) >= 10


def test_pii_counts_and_checksums():
    pii = leakage_set.PII
    assert len(pii) >= 250
    kinds = Counter(k for k, _, _ in pii)
    assert sum(n for k, n in kinds.items() if k.startswith("phone_")) >= 25
    assert len({k for k in kinds if k.startswith("phone_")}) >= 6
    for kind, text, value in pii:
        assert value in text, kind
        digits = re.sub(r"\D", "", value)
        if kind.startswith("card_"):
            assert PF.luhn_ok(digits), value
            assert len(digits) in (15, 16)
        elif kind == "iban":
            assert PF.iban_ok(value), value
        elif kind == "us_ssn":
            area, group, serial = value.split("-")
            assert area not in ("000", "666") and not area.startswith("9")
            assert group != "00" and serial != "0000"
        elif kind == "nl_bsn":
            d = [int(c) for c in value]
            assert (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0
        elif kind in ("se_personnummer", "ca_sin"):
            assert PF.luhn_ok(digits)
        elif kind == "in_aadhaar":
            assert PF.verhoeff_ok(digits)
        elif kind == "es_dni":
            assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(value[:8]) % 23] == value[8]
        elif kind == "fr_nir":
            assert 97 - int(digits[:13]) % 97 == int(digits[13:])
        elif kind == "pl_pesel":
            w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
            assert (10 - sum(int(a) * b for a, b in zip(value[:10], w, strict=True)) % 10) % 10 == int(value[10])
        elif kind == "cn_resident_id":
            w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            assert "10X98765432"[sum(int(a) * b for a, b in zip(value[:17], w, strict=True)) % 11] == value[17]
    for needed in ("email", "iban", "ipv4", "ipv6", "us_ssn", "uk_nino"):
        assert kinds[needed] >= 5, needed


def test_pii_lookalikes():
    look = leakage_set.PII_LOOKALIKES
    assert len(look) >= 200
    assert len({t for _, t in look}) == len(look)
    for kind, text in look:
        assert "@" not in text, kind
        assert not re.search(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", text), text
        if kind == "card_like_failing_luhn":
            num = re.search(r"\d{4} \d{4} \d{4} \d{4}", text)
            assert num and not PF.luhn_ok(num.group(0).replace(" ", ""))
        if kind == "iban_bad_checksum":
            value = text.split(": ", 1)[1].split("\n")[0]
            assert not PF.iban_ok(value)


def test_variety_rule_leakage_lists():
    for name in ("SECRETS", "LOOKALIKES", "PII", "PII_LOOKALIKES"):
        texts = [row[1] for row in getattr(leakage_set, name)]
        sentence, n = _worst_sentence(texts)
        assert n <= 3, (name, sentence, n)
