"""Shape checks for blind set 4 (never imports mcpwarden)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from blind_sets4 import injection_set as inj  # noqa: E402
from blind_sets4 import leakage_set as leak  # noqa: E402
from blind_sets4.lookalike_gen import LOOKALIKE_KINDS  # noqa: E402

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


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# Imports every module of the set in a fresh interpreter (this one has usually imported mcpwarden
# for other test files already) with `src` on the path, so that an import would succeed and show.
_IMPORT_ALL = """
import importlib, pkgutil, sys
import blind_sets4
for module in pkgutil.walk_packages(blind_sets4.__path__, "blind_sets4."):
    importlib.import_module(module.name)
print(sorted(blind for blind in sys.modules if blind.startswith("blind_sets4")))
print(sorted(m for m in sys.modules if m == "mcpwarden" or m.startswith("mcpwarden.")))
"""


def test_no_mcpwarden_import() -> None:
    path = os.pathsep.join(str(ROOT / part) for part in ("bench", "src"))
    result = subprocess.run([sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True,
                            timeout=120, check=False, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": path})
    assert result.returncode == 0, result.stderr
    imported, mcpwarden = result.stdout.splitlines()[-2:]
    assert "blind_sets4.leakage_set" in imported and "blind_sets4.injection_set" in imported
    assert mcpwarden == "[]", mcpwarden


def test_injection_sizes_and_labels() -> None:
    assert set(inj.ALL_CATEGORIES) == CATEGORIES and len(inj.ALL_CATEGORIES) == 12
    counts = Counter(c for c, _ in inj.INJECTED)
    assert len(inj.INJECTED) >= 360
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= 25
    carriers = Counter(c for c, _ in inj.BENIGN)
    assert len(inj.BENIGN) >= 800 and len(carriers) >= 16
    assert len(inj.BENIGN_HARD) == len(inj.BENIGN)
    assert sum(inj.BENIGN_HARD) * 2 >= len(inj.BENIGN)


def test_injection_byte_lengths() -> None:
    sizes = [len(t.encode()) for _, t in inj.INJECTED + inj.BENIGN]
    assert all(150 <= s <= 4300 for s in sizes)
    assert sum(400 <= s <= 2000 for s in sizes) * 2 > len(sizes)


def test_texts_distinct_and_passages_varied() -> None:
    texts = [t for _, t in inj.INJECTED + inj.BENIGN]
    assert len(set(texts)) == len(texts)
    plain = {
        p for (c, _), p in zip(inj.INJECTED, inj.INJECTED_PASSAGES, strict=True) if c != "disguised"
    }
    base = {p for pool in inj.PASSAGES.values() for p in pool}
    assert len(base) >= 240
    assert len(base) == sum(len(pool) for pool in inj.PASSAGES.values())
    assert plain  # every category's passages are used
    for cat, pool in inj.PASSAGES.items():
        assert len(pool) >= 20, cat


def _escaped_forms(fragment: str) -> list[str]:
    return [fragment, json.dumps(fragment, ensure_ascii=False)[1:-1]]


def test_every_passage_is_planted() -> None:
    for (cat, text), passage in zip(inj.INJECTED, inj.INJECTED_PASSAGES, strict=True):
        longest = max((ln.strip() for ln in passage.splitlines()), key=len)
        assert any(f in text for f in _escaped_forms(longest)), (cat, longest)


def _decode(tech: str, core: str) -> str:
    if tech == "base64":
        return base64.b64decode(core).decode()
    if tech == "hex":
        return bytes.fromhex(core).decode()
    if tech == "urlencode":
        return urllib.parse.unquote(core)
    if tech == "zero_width":
        assert "\u200b" in core
        return core.replace("\u200b", "")
    if tech == "tag_chars":
        assert all(0xE0000 <= ord(c) <= 0xE007F for c in core)
        return "".join(chr(ord(c) - 0xE0000) for c in core)
    if tech == "bidi":
        assert core.startswith("\u202e")
        return core[1:-1][::-1]
    if tech == "homoglyph":
        assert any(0x400 <= ord(c) <= 0x4FF for c in core)
        table = {
            "\u0430": "a",
            "\u0435": "e",
            "\u043e": "o",
            "\u0440": "p",
            "\u0441": "c",
            "\u0456": "i",
            "\u0445": "x",
        }
        return "".join(table.get(c, c) for c in core)
    return core


def test_disguised_payloads_decode_to_attacks() -> None:
    assert len(inj.DISGUISED_ITEMS) == Counter(c for c, _ in inj.INJECTED)["disguised"]
    techs = Counter(t for t, _, _ in inj.DISGUISED_ITEMS)
    assert len(techs) >= 10
    for (tech, core, plain), idx in zip(inj.DISGUISED_ITEMS, inj.DISGUISED_INDEX, strict=True):
        cat, text = inj.INJECTED[idx]
        assert cat == "disguised"
        assert any(f in text for f in _escaped_forms(core)), tech
        assert _decode(tech, core) == plain
        if tech in {"html_comment", "hidden_div", "alt_attr", "title_attr", "white_text"}:
            assert re.search(r"<!--|display:none|alt=|title=|color:#fff", text.replace('\\"', '"'))


def test_multilingual_scripts() -> None:
    texts = [t for c, t in inj.INJECTED if c == "multilingual"]
    scripts = {
        "cjk": r"[\u4e00-\u9fff]",
        "kana": r"[\u3040-\u30ff]",
        "hangul": r"[\uac00-\ud7af]",
        "arabic": r"[\u0600-\u06ff]",
        "devanagari": r"[\u0900-\u097f]",
        "cyrillic": r"[\u0400-\u04ff]",
        "thai": r"[\u0e00-\u0e7f]",
        "hebrew": r"[\u0590-\u05ff]",
        "greek": r"[\u0370-\u03ff]",
    }
    for name, pat in scripts.items():
        assert any(re.search(pat, t) for t in texts), name
    assert len(inj.PASSAGES["multilingual"]) >= 25


def _dump() -> str:
    data = [inj.INJECTED, inj.BENIGN, leak.SECRETS, leak.LOOKALIKES, leak.PII, leak.PII_LOOKALIKES]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def test_deterministic_across_processes() -> None:
    code = (
        "import hashlib, json, sys; sys.path.insert(0, 'bench');"
        "from blind_sets4 import injection_set as i, leakage_set as l;"
        "d=[i.INJECTED,i.BENIGN,l.SECRETS,l.LOOKALIKES,l.PII,l.PII_LOOKALIKES];"
        "print(hashlib.sha256(json.dumps(d, ensure_ascii=False).encode()).hexdigest())"
    )
    outs = set()
    for seed in ("1", "2"):
        res = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        )
        outs.add(res.stdout.strip())
    assert outs == {_dump()}


def test_secret_shapes() -> None:
    kinds = Counter(k for k, _, _ in leak.SECRETS)
    assert len(leak.SECRETS) >= 320 and len(kinds) >= 30
    assert len({t for _, t, _ in leak.SECRETS}) == len(leak.SECRETS)
    assert len(set(leak.SECRET_CONTEXTS)) >= 20
    patterns = {
        "aws_access_key_id": r"AKIA[A-Z2-7]{16}",
        "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
        "github_pat_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        "github_oauth": r"gho_[A-Za-z0-9]{36}",
        "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
        "slack_bot_token": r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}",
        "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
        "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{24,99}",
        "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
        "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
        "twilio_api_key": r"SK[0-9a-f]{32}",
        "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
        "npm_token": r"npm_[A-Za-z0-9]{36}",
        "huggingface_token": r"hf_[A-Za-z]{34}",
        "shopify_access_token": r"shpat_[0-9a-f]{32}",
        "digitalocean_token": r"dop_v1_[0-9a-f]{64}",
        "mailgun_api_key": r"key-[0-9a-f]{32}",
        "telegram_bot_token": r"\d{9,11}:AA[A-Za-z0-9_-]{33}",
        "openai_api_key": r"sk-(proj-[A-Za-z0-9_-]{156}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})",
        "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
        "rsa_private_key_pem": r"-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n"
        r"-----END RSA PRIVATE KEY-----",
        "openssh_private_key": r"-----BEGIN OPENSSH PRIVATE KEY-----\n[\s\S]+\n"
        r"-----END OPENSSH PRIVATE KEY-----",
    }
    for kind, text, value in leak.SECRETS:
        assert value and value in text, kind
        assert 20 <= len(text.encode()) <= 4300
        if kind in patterns:
            assert re.fullmatch(patterns[kind], value), (kind, value)
        if kind == "jwt":
            head, body, _ = value.split(".")
            assert "alg" in json.loads(
                base64.urlsafe_b64decode(head + "==")
            ) and "sub" in json.loads(base64.urlsafe_b64decode(body + "=="))
        if kind.endswith("_pem") or kind == "openssh_private_key":
            inner = "".join(value.splitlines()[1:-1])
            base64.b64decode(inner, validate=True)
        if kind == "http_basic_auth_header":
            assert ":" in base64.b64decode(value).decode()


def test_lookalikes() -> None:
    assert len(leak.LOOKALIKES) >= 320
    assert len({t for _, t in leak.LOOKALIKES}) == len(leak.LOOKALIKES)
    for kind, fn in LOOKALIKE_KINDS.items():
        assert fn.__doc__ and len(fn.__doc__) > 30, kind
    assert set(k for k, _ in leak.LOOKALIKES) == set(LOOKALIKE_KINDS)
    for _, text in leak.LOOKALIKES:
        assert "PRIVATE KEY" not in text
        assert not re.search(
            r"\b(ghp_[A-Za-z0-9]{36}|sk_live_[A-Za-z0-9]{24}|AKIA(?!IOSFODNN7EXAMPLE)[A-Z2-7]{16})",
            text,
        )


def _digits(v: str) -> str:
    return re.sub(r"\D", "", v)


def test_pii_values_and_check_digits() -> None:
    kinds = Counter(k for k, _, _ in leak.PII)
    assert len(leak.PII) >= 220 and len(kinds) >= 10
    assert len({t for _, t, _ in leak.PII}) == len(leak.PII)
    for kind, text, value in leak.PII:
        assert value in text, kind
        d = _digits(value)
        if kind in {"credit_card", "ca_sin", "se_personnummer"}:
            assert luhn_ok(d), (kind, value)
        elif kind == "iban":
            assert iban_ok(value), value
        elif kind == "es_dni":
            assert value[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(value[:-1]) % 23]
        elif kind == "nl_bsn":
            assert len(d) == 9 and (
                sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11
                == 0
            )
        elif kind == "br_cpf":
            nums = [int(c) for c in d]
            for n in (9, 10):
                s = sum(x * (n + 1 - k) for k, x in enumerate(nums[:n]))
                assert nums[n] == (0 if s % 11 < 2 else 11 - s % 11)
        elif kind == "us_ssn":
            area, group, serial = value.split("-")
            assert (
                area not in {"000", "666"}
                and not area.startswith("9")
                and group != "00"
                and serial != "0000"
            )
        elif kind == "uk_nino":
            v = value.replace(" ", "")
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) and v[
                :2
            ] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
        elif kind == "email":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value) and "example" not in value
        elif kind == "phone":
            assert value.startswith("+") and 10 <= len(d) <= 13
        elif kind == "ipv4":
            octets = [int(x) for x in value.split(".")]
            assert (
                len(octets) == 4
                and octets[0] not in {10, 127, 192, 198, 203}
                and all(0 <= o <= 255 for o in octets)
            )
        elif kind == "ipv6":
            assert not value.lower().startswith("2001:db8") and value.count(":") == 7


def test_pii_lookalikes() -> None:
    assert len(leak.PII_LOOKALIKES) >= 220
    assert len({t for _, t in leak.PII_LOOKALIKES}) == len(leak.PII_LOOKALIKES)
    for kind, text in leak.PII_LOOKALIKES:
        if kind == "invalid_card":
            num = re.search(r"\b4\d{15}\b", text)
            assert num and not luhn_ok(num.group())
        if kind == "invalid_iban":
            m = re.search(r"DE\d{20}", text)
            assert m and not iban_ok(m.group())
        if kind == "example_email":
            assert re.search(r"@(test\.)?example\.(com|org|net)|@test\.example", text)
        if kind == "documentation_ip":
            assert re.search(r"192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8::", text)
        if kind == "invalid_ssn":
            assert re.search(r"\b(000|666|9\d\d)-\d\d-\d{4}\b", text)
        if kind == "isbn":
            isbn = re.search(r"978\d{10}", text)
            assert (
                isbn
                and sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(isbn.group())) % 10
                == 0
            )
