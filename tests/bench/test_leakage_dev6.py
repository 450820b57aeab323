"""Shape checks for bench/dev_sets/leakage_dev6 (no detector is imported here).

The check-digit validators are re-implemented here, independently of the generator module.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(_BENCH) not in sys.path:
    sys.path.insert(0, str(_BENCH))

from dev_sets import leakage_dev6 as d  # noqa: E402

# ------------------------------------------------------------------ sizes and kinds

WEIGHTED = {
    "aws_secret_access_key": ("aws_secret_access_key",),
    "aws_access_key_id": ("aws_access_key_id",),
    "azure_storage_key": ("azure_storage_key",),
    "azure_client_secret": ("azure_client_secret",),
    "gcp": ("gcp_api_key", "gcp_service_account"),
    "twilio": ("twilio_auth_token", "twilio_api_key"),
    "datadog": ("datadog_api_key", "datadog_app_key"),
    "sendgrid": ("sendgrid_api_key",),
    "mailgun": ("mailgun_api_key",),
    "generic_api_key": ("generic_api_key",),
    "password_in_config": ("password_in_config",),
}


def test_sizes() -> None:
    assert len(d.SECRETS) >= 400
    assert len(d.LOOKALIKES) >= 400
    assert len(d.PII) >= 150
    assert len(d.PII_LOOKALIKES) >= 150


def test_weighted_kinds_and_other_providers() -> None:
    counts = Counter(k for k, _, _ in d.SECRETS)
    for name, kinds in WEIGHTED.items():
        assert sum(counts[k] for k in kinds) >= 25, name
    weighted = {k for kinds in WEIGHTED.values() for k in kinds}
    others = [k for k in counts if k not in weighted]
    assert len(others) >= 10
    assert all(counts[k] >= 5 for k in others)


def test_many_contexts_per_kind() -> None:
    texts: dict[str, set[str]] = {}
    for kind, text, value in d.SECRETS:
        texts.setdefault(kind, set()).add(text.replace(value, "<V>"))
    for kind, shapes in texts.items():
        assert len(shapes) >= 3, kind
    assert len(texts["aws_secret_access_key"]) >= 20
    assert len(texts["password_in_config"]) >= 30
    assert len(texts["generic_api_key"]) >= 25


def test_types_and_value_in_text() -> None:
    for kind, text, value in d.SECRETS + d.PII:
        assert isinstance(kind, str) and isinstance(text, str) and isinstance(value, str)
        assert value and value in text, (kind, text)
        assert "<<" not in text.replace("<<<", "").replace("<<EOT", ""), text
    for kind, text in d.LOOKALIKES + d.PII_LOOKALIKES:
        assert isinstance(kind, str) and isinstance(text, str) and text
        assert "<<X>>" not in text


def test_secret_values_unique_and_not_in_lookalikes() -> None:
    values = [v for _, _, v in d.SECRETS]
    assert len(set(values)) == len(values)
    look = "\n".join(text for _, text in d.LOOKALIKES)
    assert not [v for v in values if len(v) >= 16 and v in look]


def test_notes_for_every_lookalike_kind() -> None:
    assert {k for k, _ in d.LOOKALIKES} == set(d.LOOKALIKE_NOTES)
    assert {k for k, _ in d.PII_LOOKALIKES} == set(d.PII_LOOKALIKE_NOTES)
    assert all(len(n) > 10 for n in d.LOOKALIKE_NOTES.values())
    assert len(d.LOOKALIKE_NOTES) >= 20


def test_deterministic() -> None:
    before = (d.SECRETS, d.LOOKALIKES, d.PII, d.PII_LOOKALIKES)
    again = importlib.reload(d)
    assert before == (again.SECRETS, again.LOOKALIKES, again.PII, again.PII_LOOKALIKES)


def test_deterministic_across_processes() -> None:
    code = (
        "import hashlib; from dev_sets import leakage_dev6 as d; "
        "print(hashlib.sha256(repr((d.SECRETS, d.LOOKALIKES, d.PII, d.PII_LOOKALIKES))"
        ".encode()).hexdigest())"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(_BENCH)}
        res = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outs.add(res.stdout.strip())
    assert len(outs) == 1


# ------------------------------------------------------------------ secret formats

_B64_40 = r"[A-Za-z0-9/+]{40}"
FORMATS: dict[str, str] = {
    "aws_secret_access_key": _B64_40,
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "azure_storage_key": r"[A-Za-z0-9/+]{86}==",
    "azure_client_secret": r"[A-Za-z0-9]{3}8Q~[A-Za-z0-9_~.\-]{34}",
    "gcp_api_key": r"AIza[A-Za-z0-9_\-]{35}",
    "gcp_service_account": r"-----BEGIN PRIVATE KEY-----(\\n[A-Za-z0-9/+=]{1,64})+"
    r"\\n-----END PRIVATE KEY-----\\n",
    "twilio_auth_token": r"[0-9a-f]{32}",
    "twilio_api_key": r"SK[0-9a-f]{32}",
    "datadog_api_key": r"[0-9a-f]{32}",
    "datadog_app_key": r"[0-9a-f]{40}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
    "mailgun_api_key": r"key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}",
    "generic_api_key": r"[A-Za-z0-9_\-]{20,64}",
    "password_in_config": r"[A-Za-z0-9!*_.+\-]{8,40}",
    "github_token": r"gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_token": r"glpat-[A-Za-z0-9_\-]{20}",
    "slack_token": r"xox[bp]-\d{10,13}-\d{12,14}-[A-Za-z0-9]{24}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/"
    r"[A-Za-z0-9]{24}",
    "stripe_secret_key": r"(sk|rk)_live_([A-Za-z0-9]{24}|[A-Za-z0-9]{99})",
    "openai_api_key": r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"
    r"|sk-proj-[A-Za-z0-9_\-]{74}T3BlbkFJ[A-Za-z0-9_\-]{74}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_\-]{93}AA",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{150}",
    "shopify_token": r"shp(at|ss|ca)_[0-9a-f]{32}",
    "vault_token": r"hvs\.[A-Za-z0-9]{24}",
    "heroku_api_key": r"HRKU-[A-Za-z0-9_\-]{60}"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "digitalocean_token": r"do[po]_v1_[0-9a-f]{64}",
    "jwt": r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]{43}",
    "private_key_pem": r"-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----(\n[A-Za-z0-9/+=]{1,64})+"
    r"\n-----END (RSA |EC |OPENSSH )?PRIVATE KEY-----",
}


def test_every_secret_kind_has_a_format() -> None:
    assert {k for k, _, _ in d.SECRETS} == set(FORMATS)


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_secret_format(kind: str) -> None:
    pat = re.compile(FORMATS[kind])
    for k, _, value in d.SECRETS:
        if k == kind:
            assert pat.fullmatch(value), (kind, value)


def test_aws_secrets_mix_character_classes() -> None:
    for k, _, v in d.SECRETS:
        if k == "aws_secret_access_key":
            assert re.search("[A-Z]", v) and re.search("[a-z]", v) and re.search("[0-9]", v)


# ------------------------------------------------------------------ PII validators


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return total % 10 == 0


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, b, c = m.groups()
    return a not in ("000", "666") and a[0] != "9" and b != "00" and c != "0000"


def nino_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v):
        return False
    return v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def sin_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[1-79]\d{8}", s)) and luhn_ok(s)


def bsn_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{9}", v):
        return False
    return (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0


def cpf_ok(v: str) -> bool:
    s = re.sub(r"[.\-]", "", v)
    if not re.fullmatch(r"\d{11}", s) or len(set(s)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(s[i]) * (n + 1 - i) for i in range(n))
        if (total * 10) % 11 % 10 != int(s[n]):
            return False
    return True


VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
for _ in range(7):
    VP.append([VP[-1][x] for x in (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)])


def aadhaar_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[2-9]\d{11}", s):
        return False
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
          24, 23]


def cf_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
        return False
    total = 0
    for i, ch in enumerate(v[:15]):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += CF_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26) == v[15]


def dni_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and "TRWAGMYFPDXBNJZSQVHLCKE"[
        int(v[:8]) % 23
    ] == v[8]


def insee_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])\d{10}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def de_tax_ok(v: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    counts = Counter(v[:10])
    if sorted(counts.values(), reverse=True)[0] not in (2, 3):
        return False
    product = 10
    for ch in v[:10]:
        s = (int(ch) + product) % 10 or 10
        product = s * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(v[10])


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def card_ok(v: str) -> bool:
    return bool(re.fullmatch(r"(4\d{15}|5[1-5]\d{14}|2221\d{12}|3[47]\d{13}|6011\d{12})", v)) and (
        luhn_ok(v)
    )


def email_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v)) and not re.search(
        r"example\.(com|org|net)$", v
    )


def ip_ok(v: str) -> bool:
    if ":" in v:
        return v.startswith("2a02:") and not v.startswith("2001:db8")
    parts = [int(p) for p in v.split(".")]
    if len(parts) != 4 or any(p > 255 for p in parts):
        return False
    a, b = parts[0], parts[1]
    private = a in (0, 10, 127) or (a == 172 and 16 <= b <= 31) or (a, b) == (192, 168)
    doc = (a, b, parts[2]) in ((192, 0, 2), (198, 51, 100), (203, 0, 113))
    return not private and not doc and a < 224


def phone_ok(v: str) -> bool:
    digits = re.sub(r"\D", "", v)
    fictional = re.search(r"555-01\d\d|20 ?7946 ?0|7700 ?900", v)
    return 10 <= len(digits) <= 13 and not fictional and bool(re.fullmatch(r"[+\d()][\d ()\-]+", v))


VALIDATORS = {
    "us_ssn": ssn_ok,
    "uk_nino": nino_ok,
    "ca_sin": sin_ok,
    "nl_bsn": bsn_ok,
    "br_cpf": cpf_ok,
    "in_aadhaar": aadhaar_ok,
    "it_codice_fiscale": cf_ok,
    "es_dni": dni_ok,
    "fr_insee": insee_ok,
    "de_tax_id": de_tax_ok,
    "iban": iban_ok,
    "credit_card": card_ok,
    "email": email_ok,
    "ip_address": ip_ok,
    "phone": phone_ok,
}


def test_pii_kinds() -> None:
    assert {k for k, _, _ in d.PII} == set(VALIDATORS)
    counts = Counter(k for k, _, _ in d.PII)
    assert min(counts.values()) >= 10


@pytest.mark.parametrize("kind", sorted(VALIDATORS))
def test_pii_values_valid(kind: str) -> None:
    for k, _, value in d.PII:
        if k == kind:
            assert VALIDATORS[kind](value), (kind, value)


def test_pii_with_and_without_label() -> None:
    labels = {
        "us_ssn": r"ssn|social security",
        "nl_bsn": r"bsn|burgerservicenummer",
        "de_tax_id": r"steuer|tax_id",
        "credit_card": r"card|cc=|pan",
    }
    for kind, pat in labels.items():
        texts = [t for k, t, _ in d.PII if k == kind]
        labelled = [t for t in texts if re.search(pat, t, re.I)]
        assert labelled and len(labelled) < len(texts), kind


INVALID = {
    "invalid_ssn": ssn_ok,
    "invalid_card": card_ok,
    "invalid_iban": iban_ok,
    "invalid_bsn": bsn_ok,
    "invalid_cpf": cpf_ok,
    "invalid_aadhaar": aadhaar_ok,
    "invalid_dni": dni_ok,
    "invalid_sin": sin_ok,
    "invalid_nino": nino_ok,
}
_TOKEN = re.compile(r"[A-Z]{2}\d{6}[A-D]|[A-Z]{2}\d{2}[A-Z0-9]{11,30}|\d{3}\.\d{3}\.\d{3}-\d{2}"
                    r"|\d{4} \d{4} \d{4}|\d{8}[A-Z]|\d{3}-\d{2}-\d{4}|\d{9,16}")


@pytest.mark.parametrize("kind", sorted(INVALID))
def test_pii_lookalikes_fail_their_check(kind: str) -> None:
    found = 0
    for k, text in d.PII_LOOKALIKES:
        if k != kind:
            continue
        tokens = _TOKEN.findall(text)
        assert tokens, text
        for tok in tokens:
            assert not INVALID[kind](tok), (kind, tok)
            found += 1
    assert found >= 5


def test_test_cards_are_public_luhn_numbers() -> None:
    cards = {t.split()[-1].rstrip(".") for k, t in d.PII_LOOKALIKES if k == "test_card"}
    cards |= {re.findall(r"\d{15,16}", t)[0] for k, t in d.PII_LOOKALIKES if k == "test_card"}
    assert all(luhn_ok(c) for c in cards if c.isdigit())


def test_doc_ips_and_example_domains() -> None:
    for k, text in d.PII_LOOKALIKES:
        if k == "doc_ip":
            assert re.search(r"192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8|127\.0\.0\.1"
                             r"|0\.0\.0\.0|255\.255\.255\.0|::1", text), text
        if k == "fictional_phone":
            assert re.search(r"555-01\d\d|020 7946 0\d{3}|07700 900\d{3}", text), text
