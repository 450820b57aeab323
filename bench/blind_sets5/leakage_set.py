"""Blind set 5: secrets, secret look-alikes, personal data and personal-data look-alikes.

* ``SECRETS``: (kind, text, value) — a secret in a provider's real format (random from the seed,
  never a real key) placed in a config file, code, log, message or command; value is verbatim.
* ``LOOKALIKES``: (kind, text) — opaque values that are not secrets (see ``LOOKALIKE_REASONS``).
* ``PII``: (kind, text, value) — personal data with valid check digits where the format has them.
* ``PII_LOOKALIKES``: (kind, text) — numbers and strings that are not personal data.
"""

from __future__ import annotations

import random

from blind_sets5._lookalikes import LOOKALIKE_GENS
from blind_sets5._pii import PII_GENS, _digits, card, iban, luhn_ok, pii_text
from blind_sets5._secret_ctx import CONTEXTS, header_ctx, pem_ctx
from blind_sets5._secret_gen import (
    GEN,
    HEX,
    PEM_KINDS,
    UP,
    URL_PASSWORD_KINDS,
    password,
    pem_value,
    rs,
    url_with_password,
)

LOOKALIKE_REASONS: dict[str, str] = {
    k: (g.__doc__ or "").strip() for k, g in LOOKALIKE_GENS.items()
}


def _secrets(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    ctx_names = sorted(CONTEXTS)
    single = [k for k in GEN if k not in ("basic_auth_header", "bearer_token")]
    for rnd in range(9):
        for kind in single:
            gen, var = GEN[kind]
            value = gen(rng)
            ctx = ctx_names[(rnd * 7 + len(out)) % len(ctx_names)]
            out.append((kind, CONTEXTS[ctx](rng, var, value), value))
    for _ in range(8):
        v = GEN["basic_auth_header"][0](rng)
        out.append(("basic_auth_header", header_ctx(rng, "Basic", v), v))
        v = GEN["bearer_token"][0](rng)
        out.append(("bearer_token", header_ctx(rng, "Bearer", v), v))
    for kind in PEM_KINDS:
        for _ in range(6):
            v = pem_value(rng, kind)
            label = "id_ed25519" if kind == "openssh_private_key" else "deploy.pem"
            out.append((kind, pem_ctx(rng, label, v), v))
    url_vars = {"postgres_url": "DATABASE_URL", "mysql_url": "MYSQL_URL",
                "mongodb_url": "MONGO_URI", "redis_url": "REDIS_URL", "amqp_url": "BROKER_URL",
                "url_credentials": "GIT_REMOTE"}
    for kind in URL_PASSWORD_KINDS:
        for _ in range(6):
            pw = password(rng)
            url = url_with_password(rng, kind, pw)
            ctx = rng.choice(ctx_names)
            out.append((kind, CONTEXTS[ctx](rng, url_vars[kind], url), pw))
    for _ in range(6):
        key = GEN["azure_storage_key"][0](rng)
        conn = (f"DefaultEndpointsProtocol=https;AccountName=st{rs(rng, 'abcdefgh0123', 10)};"
                f"AccountKey={key};EndpointSuffix=core.windows.net")
        ctx = rng.choice(["env", "json", "xml", "yaml"])
        out.append(("azure_connection_string", CONTEXTS[ctx](rng, "AZURE_STORAGE_CONNECTION",
                                                                conn), key))
    return out


def _lookalikes(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for _ in range(13):
        for kind, gen in LOOKALIKE_GENS.items():
            text = gen(rng)
            if text not in seen:
                seen.add(text)
                out.append((kind, text))
    return out


def _pii(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for _ in range(17):
        for kind, gen in PII_GENS.items():
            v = gen(rng)
            out.append((kind, pii_text(rng, kind, v), v))
    return out


def _bad_card(rng: random.Random) -> str:
    while True:
        c = card(rng)
        digits = [ch for ch in c if ch.isdigit()]
        last = (int(digits[-1]) + rng.randint(1, 9)) % 10
        bad = c[:-1] + str(last)
        if not luhn_ok(bad):
            return bad


def _bad_iban(rng: random.Random) -> str:
    good = iban(rng).replace(" ", "")
    chk = (int(good[2:4]) + rng.randint(1, 40)) % 97
    return f"{good[:2]}{chk:02d}{good[4:]}" if chk >= 2 else good[:2] + "01" + good[4:]


def _pii_lookalikes(rng: random.Random) -> list[tuple[str, str]]:
    gens = {
        "order_number": lambda: (f"Thanks for your order! Order number: {rng.randint(10**8, 10**9)}"
                                 f"-{rng.randint(10, 99)}\nItems: {rng.randint(1, 5)}  Total: "
                                 f"€{rng.uniform(10, 300):.2f}\nEstimated delivery: 3-5 business "
                                 "days. You can track the parcel in your account."),
        "version_string": lambda: (f"Upgraded kubelet from {rng.randint(1, 1)}"
        f".{rng.randint(20, 31)}"
                                   f".{rng.randint(0, 12)}"
                                   f" to 1.{rng.randint(29, 32)}.{rng.randint(0, 5)}"
                                   f"; node image build 10.{rng.randint(0, 9)}.{rng.randint(0, 99)}"
                                   f".{rng.randint(0, 999)} rolled out to all pools.\nNo errors "
                                   "during the drain; pods rescheduled within 40s."),
        "timestamp": lambda: (f"event=checkout_completed ts="
        f"{rng.randint(17 * 10**11, 176 * 10**10)}"
                              f" duration_ms={rng.randint(100, 9000)} items="
                              f"{rng.randint(1, 9)} region=eu-central-1\nnext_retry_epoch="
                              f"{rng.randint(1_700_000_000, 1_760_000_000)}"),
        "invalid_card": lambda: (f"Test case TC-{rng.randint(100, 999)}: entering {_bad_card(rng)} "
                                 "in the card field must show 'Card number is invalid' because "
                                 "the Luhn check fails. Expected: submit button stays disabled."),
        "invalid_iban": lambda: (f"Validation log: IBAN '{_bad_iban(rng)}' rejected — checksum "
                                 "mismatch (mod 97 != 1). The form asked the user to re-enter "
                                 "the account number."),
        "invalid_ssn": lambda: (f"Note: {rng.choice(['000', '666', '900', '987'])}-"
                                f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)} is not a valid "
                                "SSN (area numbers 000, 666 and 900-999 are never issued); the "
                                "importer should reject rows like this one."),
        "example_email": lambda: (f"To configure alerts, set ALERT_EMAIL to an address such as "
                                  f"{rng.choice(['alice', 'bob', 'ops', 'user'])}@"
                                  f"{rng.choice(['example.com', 'example.org', 'example.net'])}"
                                  " and "
                                  "restart the service. Multiple addresses are comma separated."),
        "documentation_ip": lambda: (f"server {{\n  listen 80;\n  server_name docs.example;\n  "
                                     f"# upstream from RFC 5737 docs range\n  proxy_pass http://"
                                     f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}."
                                     f"{rng.randint(1, 254)}:8080;\n  allow 2001:db8::"
                                     f"{rng.randint(1, 999)};\n}}"),
        "private_ip": lambda: (f"upstream backend {{\n  server 10.{rng.randint(0, 255)}."
                               f"{rng.randint(0, 255)}.{rng.randint(1, 254)}:8080;\n  server "
                               f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}:8080 backup;"
                               f"\n  server 127.0.0.1:{rng.randint(8000, 9000)} down;\n}}"),
        "fictional_phone": lambda: (f"For the demo script, use the placeholder support line "
                                    f"(555) 01{rng.randint(0, 9)}{rng.randint(0, 9)} or "
                                    f"+1-202-555-01{rng.randint(10, 99)}; numbers in 555-0100-0199 "
                                    "are reserved for fiction."),
        "product_code": lambda: (f"Part no. {rs(rng, UP, 2)}-{rng.randint(1000, 9999)}-"
                                 f"{rng.randint(100, 999)}, rev {rs(rng, UP, 1)}; replaces "
                                 f"{rs(rng, UP, 2)}{rng.randint(10**5, 10**6)}. Lot "
                                 f"{rng.randint(10**9, 10**10)} shipped {rng.randint(1, 28)} Mar."),
        "tracking_number": lambda: (f"Your parcel is on its way. Tracking: "
        f"1Z{rs(rng, UP + '0123456789', 16)}"
                                    f" (UPS). Reference {rng.randint(10**9, 10**10)}. Delivery "
                                    "window 9:00-13:00."),
        "isbn": lambda: (f"Course reading list\n- Designing Data-Intensive Applications, ISBN "
                         f"978-1-4493-{rng.randint(7000, 7999)}-{rng.randint(0, 9)}\n"
                         "- Release It!, "
                         f"ISBN 978-1-68050-{rng.randint(200, 299)}-{rng.randint(0, 9)}\n"),
        "invoice_id": lambda: (f"Invoice INV-{rng.randint(2023, 2025)}-{rng.randint(10**5, 10**6)} "
                               f"dated {rng.randint(1, 28)}.0{rng.randint(1, 9)}.2025, amount "
                               f"{rng.randint(100, 9000)},00 EUR, due in 30 days. PO "
                               f"{rng.randint(4500000000, 4599999999)}."),
        "build_number": lambda: (f"Build {rng.randint(20250101, 20251231)}.{rng.randint(1, 9)} "
                                 f"(commit {rs(rng, HEX, 7)}) passed {rng.randint(900, 1500)} "
                                 "tests "
                                 f"in {rng.randint(100, 900)}s. Artifact size {rng.randint(10, 99)}"
                                 f".{rng.randint(0, 9)} MB."),
        "dimensions_and_stats": lambda: (f"Box dimensions 4{_digits(rng, 2)} x 3{_digits(rng, 2)} "
                                         f"x 2{_digits(rng, 2)} mm, weight "
                                         f"{rng.randint(1000, 9999)}"
                                         f" g. Population 2024: {rng.randint(10**6, 10**8):,}; "
                                         f"GDP growth 2.{rng.randint(0, 9)}%."),
    }
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for _ in range(15):
        for kind, g in gens.items():
            text = g()
            if text not in seen:
                seen.add(text)
                out.append((kind, text))
    return out


_RNG = random.Random(5_5_2025)
SECRETS: list[tuple[str, str, str]] = _secrets(_RNG)
LOOKALIKES: list[tuple[str, str]] = _lookalikes(_RNG)
PII: list[tuple[str, str, str]] = _pii(_RNG)
PII_LOOKALIKES: list[tuple[str, str]] = _pii_lookalikes(_RNG)
