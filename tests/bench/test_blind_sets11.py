"""Shape checks for blind set 11 (never imports mcpwarden)."""

from __future__ import annotations

import base64
import binascii
import importlib
import json
import re
import statistics
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import contextlib

from blind_sets11 import _attacks, injection_set, leakage_set
from blind_sets11._common import sentences

ATTACK_WORDS = re.compile(
    r"ignore|disregard|override|system|assistant|reveal|forward|delete|transfer|curl|password"
    r"|secret|recommend|api key|instructions|ai agent",
    re.I,
)


def test_injected_shape() -> None:
    cats = Counter(c for c, _ in injection_set.INJECTED)
    assert len(injection_set.INJECTED) >= 360
    assert set(cats) == set(injection_set.ALL_CATEGORIES)
    assert len(injection_set.ALL_CATEGORIES) == 12
    assert min(cats.values()) >= 25


def test_benign_shape() -> None:
    carriers = Counter(c for c, _ in injection_set.BENIGN)
    assert len(injection_set.BENIGN) >= 800
    assert len(carriers) >= 16
    assert len(injection_set.BENIGN) >= injection_set.BENIGN_PLAIN_MAX * 2


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_sizes_and_distinct(name: str) -> None:
    items = getattr(injection_set, name)
    sizes = [len(t.encode("utf-8")) for _, t in items]
    assert min(sizes) >= 150 and max(sizes) <= 4300
    assert 400 <= statistics.median(sizes) <= 2000
    assert sum(400 <= s <= 2000 for s in sizes) > len(sizes) / 2
    texts = [t for _, t in items]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("name", ["INJECTED", "BENIGN"])
def test_variety_rule(name: str) -> None:
    counts: Counter[str] = Counter()
    for _, t in getattr(injection_set, name):
        counts.update(set(sentences(t)))
    worst = counts.most_common(1)[0]
    assert worst[1] <= 3, worst


def test_no_overlap_between_injected_and_benign() -> None:
    assert not {t for _, t in injection_set.INJECTED} & {t for _, t in injection_set.BENIGN}


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def _plain(text: str) -> str:
    if text.startswith("{"):
        vals: list[str] = []

        def walk(o: object) -> None:
            if isinstance(o, str):
                vals.append(o)
            elif isinstance(o, dict):
                for x in o.values():
                    walk(x)
            elif isinstance(o, list):
                for x in o:
                    walk(x)

        walk(json.loads(text))
        return " ".join(vals)
    return text


def test_attack_passages_used_and_distinct() -> None:
    all_passages = [p for ps in _attacks.CATEGORY_PASSAGES.values() for p in ps]
    all_passages += _attacks.HIDDEN_PAYLOADS
    assert len(set(all_passages)) == len(all_passages) >= 240
    by_cat: dict[str, str] = {}
    for c, t in injection_set.INJECTED:
        by_cat[c] = by_cat.get(c, "") + "|" + _letters(_plain(t))
    used = 0
    for cat, passages in _attacks.CATEGORY_PASSAGES.items():
        for p in passages:
            head = _letters(p.split("{")[0])[:30]
            if len(head) >= 12 and head in by_cat[cat]:
                used += 1
    assert used >= 230
    assert len({p for p in _attacks.MULTILINGUAL}) >= 25


def _decodings(text: str) -> list[str]:
    out: list[str] = []
    for m in re.finditer(r"[A-Za-z0-9+/]{24,}={0,2}", text):
        with contextlib.suppress(binascii.Error, ValueError):
            out.append(base64.b64decode(m.group(0), validate=True).decode("utf-8", "ignore"))
    for m in re.finditer(r"\b(?:[0-9a-f]{2}){16,}\b", text):
        out.append(bytes.fromhex(m.group(0)).decode("utf-8", "ignore"))
    for m in re.finditer(r"note=(\S+)", text):
        out.append(urllib.parse.unquote(m.group(1)))
    tags = "".join(chr(ord(ch) - 0xE0000) for ch in text if 0xE0020 <= ord(ch) < 0xE007F)
    out.append(tags)
    bits = "".join("0" if ch == "\u200b" else "1" for ch in text if ch in "\u200b\u200c")
    out.append("".join(chr(int(bits[i : i + 8], 2)) for i in range(0, len(bits) - 7, 8)))
    for m in re.finditer("\u202e(.*?)\u202c", text, re.S):
        out.append(m.group(1)[::-1])
    back = {v: k for k, v in injection_set.HOMOGLYPHS.items()}
    if any(ch in back for ch in text):
        words = [w for w in text.split() if any(ch in back for ch in w)]
        out.append(" ".join("".join(back.get(ch, ch) for ch in w) for w in words))
    hidden = re.findall(
        r"<!--(.*?)-->|display:none\">(.*?)<|alt=\"(.*?)\"|title=\"(.*?)\"|#fff;font-size:1px\">(.*?)<",
        text,
        re.S,
    )
    out.extend(" ".join(h) for h in hidden)
    return out


def test_disguised_payloads_decode_to_attack() -> None:
    items = [t for c, t in injection_set.INJECTED if c == "disguised"]
    assert len(items) >= 25
    for t in items:
        assert any(ATTACK_WORDS.search(d) for d in _decodings(t)), t[:200]


def test_determinism() -> None:
    inj = (list(injection_set.INJECTED), list(injection_set.BENIGN))
    leak = (list(leakage_set.SECRETS), list(leakage_set.PII), list(leakage_set.LOOKALIKES))
    importlib.reload(injection_set)
    importlib.reload(leakage_set)
    assert inj == (injection_set.INJECTED, injection_set.BENIGN)
    assert leak == (leakage_set.SECRETS, leakage_set.PII, leakage_set.LOOKALIKES)


# ------------------------------------------------------------------ leakage

FORMATS = {
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_pat_fine": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "github_oauth": r"gho_[A-Za-z0-9]{36}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{12,14}-[A-Za-z0-9]{24}",
    "stripe_secret": r"sk_live_[A-Za-z0-9]{24}",
    "openai_key": r"sk-proj-[A-Za-z0-9_-]{48}T3BlbkFJ[A-Za-z0-9_-]{48}",
    "anthropic_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "twilio_api_key": r"SK[0-9a-f]{32}",
    "sendgrid_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "shopify_token": r"shpat_[0-9a-f]{32}",
    "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "databricks_token": r"dapi[0-9a-f]{32}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
}


def test_secrets_shape() -> None:
    s = leakage_set.SECRETS
    kinds = Counter(k for k, _, _ in s)
    assert len(s) >= 320 and len(kinds) >= 30
    for kind, text, value in s:
        assert value in text, kind
        if kind in FORMATS:
            assert re.fullmatch(FORMATS[kind], value), (kind, value)
    assert len({v for _, _, v in s}) == len(s)


def test_lookalikes_shape() -> None:
    lk = leakage_set.LOOKALIKES
    assert len(lk) >= 320
    assert len({t for _, t in lk}) == len(lk)
    for kind, fn in leakage_set.LOOKALIKE_KINDS.items():
        assert fn.__doc__ and len(fn.__doc__) > 30, kind
    values = [v for _, _, v in leakage_set.SECRETS]
    for _, t in lk:
        assert not any(v in t for v in values)
        assert "PRIVATE KEY" not in t


CHECKS = {
    "credit_card": lambda v: leakage_set.luhn_ok(v),
    "iban": lambda v: leakage_set.iban_ok(v),
    "nl_bsn": lambda v: leakage_set.bsn_ok(v),
    "br_cpf": lambda v: leakage_set.cpf_ok(v),
    "pl_pesel": lambda v: leakage_set.pesel_ok(v),
    "se_personnummer": lambda v: leakage_set.luhn_ok(v.replace("-", "")),
    "es_dni": lambda v: "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8],
    "us_ssn": lambda v: re.fullmatch(r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}", v),
    "uk_nino": lambda v: re.fullmatch(
        r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]", v
    ),
}


def test_independent_check_digit_code() -> None:
    # Known-good public test values for the validators themselves.
    assert leakage_set.luhn_ok("4111111111111111")
    assert leakage_set.iban_ok("GB82WEST12345698765432")
    assert leakage_set.bsn_ok("111222333")
    assert leakage_set.cpf_ok("52998224725")
    assert leakage_set.pesel_ok("44051401359")


def test_pii_shape() -> None:
    p = leakage_set.PII
    kinds = Counter(k for k, _, _ in p)
    assert len(p) >= 220 and len(kinds) >= 10 and min(kinds.values()) >= 10
    for kind, text, value in p:
        assert value in text, kind
        if kind in CHECKS:
            assert CHECKS[kind](value), (kind, value)
        if kind == "ipv4":
            first = int(value.split(".")[0])
            assert first not in (10, 127, 192, 198, 203)


def test_pii_lookalikes_shape() -> None:
    pl = leakage_set.PII_LOOKALIKES
    assert len(pl) >= 220
    assert len({t for _, t in pl}) == len(pl)
    for kind, text in pl:
        if kind == "bad_luhn_card":
            assert not leakage_set.luhn_ok(text.rsplit(" ", 1)[1])
        if kind == "bad_iban":
            assert not leakage_set.iban_ok(re.search(r"DE\d{20}", text).group(0))  # type: ignore[union-attr]
        if kind == "example_email":
            assert re.search(r"@example\.(com|org|net)", text)
