"""Shape checks for leakage development set 7 (no mcpwarden import)."""

from __future__ import annotations

import base64
import binascii
import importlib
import re
from collections import Counter

import pytest
from dev_sets import leakage_dev7 as ds

SECRET_KINDS = {
    "password", "twilio_api_key", "discord_bot_token", "generic_api_key", "database_url",
    "datadog_api_key", "aws_secret_access_key", "azure_storage_key", "session_secret",
}
ID_KINDS = {
    "pesel", "bsn", "ca_sin", "se_personnummer", "fr_nir", "be_national_number", "dk_cpr",
    "no_fodselsnummer", "fi_hetu", "in_aadhaar", "ch_ahv", "at_svnr", "pt_nif",
}
LEFTOVER = re.compile(r"\{(v|k|K|c|h|sid|sec|akid|app|api|NAME|name|user|host|uuid|w|d\d*)\}")


# ------------------------------------------------------------------ independent validators


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0




def verhoeff(num: str) -> bool:
    d = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
    for _ in range(7):
        p.append([p[-1][[1, 5, 7, 6, 2, 8, 3, 0, 9, 4][k]] for k in range(10)])
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def pesel_ok(v: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    m = int(v[2:4]) % 20
    return len(v) == 11 and 1 <= m <= 12 and (
        (10 - sum(int(a) * b for a, b in zip(v[:10], w, strict=True)) % 10) % 10 == int(v[10])
    )


def bsn_ok(v: str) -> bool:
    return len(v) == 9 and (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0


def se_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{6})[-+]?(\d{4})", v)
    return bool(m) and luhn(m.group(2) + m.group(3)) if m else False


def nir_ok(v: str) -> bool:
    d = digits(v)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def be_ok(v: str) -> bool:
    d = digits(v)
    c = int(d[9:])
    return len(d) == 11 and (97 - int(d[:9]) % 97 == c or 97 - int("2" + d[:9]) % 97 == c)


def cpr_ok(v: str) -> bool:
    d = digits(v)
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11 == 0


def fnr_ok(v: str) -> bool:
    d = [int(c) for c in digits(v)]
    if len(d) != 11:
        return False
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(a * b for a, b in zip(d, w1, strict=False)) % 11 == 0 and sum(
        a * b for a, b in zip(d, w2, strict=True)
    ) % 11 == 0


def hetu_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", v)
    return bool(m) and m is not None and (
        "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)
    )


def ahv_ok(v: str) -> bool:
    d = digits(v)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return len(d) == 13 and d.startswith("756") and (10 - s % 10) % 10 == int(d[12])


def svnr_ok(v: str) -> bool:
    d = digits(v)
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(d) == 10 and d[0] != "0" and (
        sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11 == int(d[3])
    )


def nif_ok(v: str) -> bool:
    d = digits(v)
    r = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
    return len(d) == 9 and (0 if r < 2 else 11 - r) == int(d[8])


VALID = {
    "pesel": lambda v: pesel_ok(digits(v)),
    "bsn": lambda v: bsn_ok(digits(v)),
    "ca_sin": lambda v: len(digits(v)) == 9 and luhn(digits(v)),
    "se_personnummer": se_ok,
    "fr_nir": nir_ok,
    "be_national_number": be_ok,
    "dk_cpr": cpr_ok,
    "no_fodselsnummer": fnr_ok,
    "fi_hetu": hetu_ok,
    "in_aadhaar": lambda v: len(digits(v)) == 12 and v[0] not in "01" and verhoeff(digits(v)),
    "ch_ahv": ahv_ok,
    "at_svnr": svnr_ok,
    "pt_nif": nif_ok,
}

# ------------------------------------------------------------------------------ tests


def test_sizes_and_shapes() -> None:
    assert len(ds.SECRETS) >= 420
    assert len(ds.LOOKALIKES) >= 300
    assert len(ds.PII) >= 200
    assert len(ds.PII_LOOKALIKES) >= 200
    for item in ds.SECRETS + ds.PII:
        assert len(item) == 3 and all(isinstance(x, str) and x for x in item)
    for item in ds.LOOKALIKES + ds.PII_LOOKALIKES:
        assert len(item) == 2 and all(isinstance(x, str) and x for x in item)


def test_secret_kinds() -> None:
    counts = Counter(k for k, _, _ in ds.SECRETS)
    assert set(counts) == SECRET_KINDS
    assert all(n >= 30 for n in counts.values()), counts


def test_values_verbatim_and_templates_filled() -> None:
    for kind, text, value in ds.SECRETS + ds.PII:
        assert value in text, (kind, text)
        assert not LEFTOVER.search(text), text
    for _, text in ds.LOOKALIKES + ds.PII_LOOKALIKES:
        assert not LEFTOVER.search(text), text


def test_texts_unique() -> None:
    texts = [t for _, t, _ in ds.SECRETS]
    assert len(set(texts)) == len(texts)
    assert len({t for _, t in ds.LOOKALIKES}) == len(ds.LOOKALIKES)
    assert len({t for _, t in ds.PII_LOOKALIKES}) == len(ds.PII_LOOKALIKES)


def test_deterministic() -> None:
    before = (ds.SECRETS, ds.LOOKALIKES, ds.PII, ds.PII_LOOKALIKES)
    mods = [importlib.import_module(f"dev_sets.leakage_dev7_{n}")
            for n in ("gen", "secrets", "lookalikes", "pii")]
    for m in mods:
        importlib.reload(m)
    again = importlib.reload(ds)
    assert before == (again.SECRETS, again.LOOKALIKES, again.PII, again.PII_LOOKALIKES)


def _values(kind: str) -> list[str]:
    return [v for k, _, v in ds.SECRETS if k == kind]


def test_secret_formats() -> None:
    for v in _values("twilio_api_key"):
        assert re.fullmatch(r"SK[0-9a-f]{32}", v)
    for v in _values("discord_bot_token"):
        a, b, c = v.split(".")
        sid = base64.b64decode(a + "=" * (-len(a) % 4)).decode()
        assert sid.isdigit() and 17 <= len(sid) <= 19
        assert re.fullmatch(r"[\w-]{6}", b) and len(c) in (27, 38)
    assert {len(v.split(".")[2]) for v in _values("discord_bot_token")} == {27, 38}
    dd = _values("datadog_api_key")
    assert all(re.fullmatch(r"[0-9a-f]{32}|[0-9a-f]{40}", v) for v in dd)
    assert {len(v) for v in dd} == {32, 40}
    for v in _values("aws_secret_access_key"):
        assert re.fullmatch(r"[A-Za-z0-9/+]{40}", v)
    for v in _values("azure_storage_key"):
        assert len(v) == 88 and len(base64.b64decode(v, validate=True)) == 64
    for v in _values("generic_api_key"):
        assert 16 <= len(v) <= 64 and re.fullmatch(r"[\w-]+", v)
    for v in _values("session_secret"):
        assert len(v) >= 32
    for v in _values("password"):
        assert v and not re.search(r"\s", v)


def test_password_names_and_styles() -> None:
    texts = "\n".join(t for k, t, _ in ds.SECRETS if k == "password")
    for needle in ("password", "passwd", "pwd", "PGPASSWORD", "MYSQL_ROOT_PASSWORD", " -p",
                   "--password=", "Password=", "the password is", "SECRET", "pass",
                   "db_password", "-p'"):
        assert needle.lower() in texts.lower(), needle
    assert re.search(r"://[^/\s:]+:[^@\s]+@", texts)
    vals = _values("password")
    assert any(len(v) <= 8 for v in vals) and any(v.count("-") >= 2 for v in vals)


def test_database_url_schemes() -> None:
    urls = _values("database_url")
    schemes = {u.split("://", 1)[0] for u in urls}
    for s in ("mysql", "mariadb", "postgres", "postgresql+psycopg", "redis", "rediss", "amqp",
              "amqps", "mongodb+srv", "clickhouse"):
        assert s in schemes, s
    assert schemes & {"mssql+pyodbc", "sqlserver"}
    assert all(re.match(r"[a-z+]+://[^:/@]*:[^@/]+@", u) for u in urls)
    assert any("%" in u.split("@")[0] for u in urls)


def test_contexts_varied() -> None:
    texts = [t for _, t, _ in ds.SECRETS]
    markers = ["apiVersion: v1", "services:", "export ", "curl ", "Traceback", "<", '{"',
               "[default]", "resource ", "const ", ":= ", "private static final", "##[debug]",
               "Hi team", "ENV "]
    for m in markers:
        assert any(m in t for t in texts), m


def test_lookalikes_notes_and_no_secret_values() -> None:
    kinds = {k for k, _ in ds.LOOKALIKES}
    assert kinds == set(ds.LOOKALIKE_NOTES)
    assert all(ds.LOOKALIKE_NOTES[k] for k in kinds)
    values = {v for _, _, v in ds.SECRETS}
    for _, text in ds.LOOKALIKES:
        assert not any(v in text for v in values if len(v) >= 12), text
    all_text = "\n".join(t for _, t in ds.LOOKALIKES)
    for needle in ("${DB_PASSWORD}", "{{ secrets.", "<password>", "changeme", "--password-stdin",
                   "Enter password:", "********"):
        assert needle in all_text, needle


def test_pii_kinds_and_check_digits() -> None:
    counts = Counter(k for k, _, _ in ds.PII)
    assert set(counts) >= ID_KINDS and {"email", "phone"} <= set(counts)
    assert all(n >= 10 for n in counts.values())
    for kind, _, value in ds.PII:
        if kind in VALID:
            assert VALID[kind](value), (kind, value)
        elif kind == "email":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value)
            assert not value.endswith(("example.com", "example.org", "example.net"))
        else:
            assert value.startswith(("+", "0")) and len(digits(value)) >= 9


def test_pii_se_variants() -> None:
    se = [v for k, _, v in ds.PII if k == "se_personnummer"]
    assert any("+" in v for v in se) and any("-" in v for v in se)
    assert any(len(digits(v)) == 12 for v in se) and any(len(digits(v)) == 10 for v in se)


BAD = {
    "pesel_bad_check": (r"\d{11}", "pesel"),
    "bsn_bad_11proof": (r"\d{9}", "bsn"),
    "sin_bad_luhn": (r"\d{3}-\d{3}-\d{3}", "ca_sin"),
    "pnr_bad_luhn": (r"\d{6,8}[-+]?\d{4}", "se_personnummer"),
    "aadhaar_bad_verhoeff": (r"\d{4} \d{4} \d{4}", "in_aadhaar"),
    "ahv_bad_check": (r"756\.\d{4}\.\d{4}\.\d{2}", "ch_ahv"),
    "nif_bad_check": (r"\d{9}", "pt_nif"),
    "hetu_bad_check": (r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", "fi_hetu"),
    "nir_bad_key": (r"\d{15}", "fr_nir"),
    "be_bad_check": (r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", "be_national_number"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_pii_lookalikes_fail_checks(kind: str) -> None:
    pattern, valid_kind = BAD[kind]
    texts = [t for k, t in ds.PII_LOOKALIKES if k == kind]
    assert len(texts) >= 8
    for t in texts:
        m = re.search(pattern, t)
        assert m, t
        assert not VALID[valid_kind](m.group(0)), t


def test_pii_lookalike_reserved_ranges() -> None:
    for kind, text in ds.PII_LOOKALIKES:
        if kind == "doc_ip":
            assert re.search(r"192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8::", text)
        if kind == "fiction_phone":
            assert re.search(r"555.?01\d\d|7700 900|7946 0|0491 570|01632 960", text), text
        if kind == "example_email" and "@example." in text:
            assert re.search(r"@example\.(com|org|net|pl\.invalid)", text)
    pii_values = {v for _, _, v in ds.PII}
    for _, text in ds.PII_LOOKALIKES:
        assert not any(v in text for v in pii_values), text


def test_no_invalid_base64_in_azure() -> None:
    for v in _values("azure_storage_key"):
        try:
            base64.b64decode(v, validate=True)
        except binascii.Error:  # pragma: no cover - reported by assertion below
            pytest.fail(v)
