"""Secret and personal-data detection: recall per kind, false redactions on look-alikes, and
µs per KB, on a labelled set generated here with a fixed seed.

The generator is written from each provider's published token format (prefix, length, alphabet,
checksum: GitHub and npm tokens end in a base62 CRC32), never from the detector's patterns, and
embeds every value in realistic surroundings (.env and YAML files, JSON, logs, code, curl lines,
URLs, URL-encoded query strings, double-encoded JSON). Look-alikes are generated the same way:
UUIDs, commit hashes, digests, base64 images, identifiers in code, versions, timestamps,
placeholders, numbers with bad check digits.

A positive counts as found when secret (or personal-data) spans cover every character of its
value; a negative document counts as a false redaction when anything in it is reported. The
benign outputs of the development data (`/work/shared/data/outputs_benign.jsonl`) are scanned
too, and what is found there is listed by kind.

    PYTHONPATH=src .venv/bin/python bench/bench_leakage.py [--seed N] [--per-kind N]
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import time
import urllib.parse
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson

from mcpwarden.detectors.leaks import Leak
from mcpwarden.detectors.pii import find_pii
from mcpwarden.detectors.secrets import find_secrets
from mcpwarden.guards.base import Exchange
from mcpwarden.guards.leakage import LeakageGuard
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

BENIGN = Path("/work/shared/data/outputs_benign.jsonl")
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
BASE62 = DIGITS + UPPER + LOWER


@dataclass
class Sample:
    kind: str
    text: str
    value: str  # the part that must be covered; empty for negatives


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, *options: str) -> str:
        return self.r.choice(options)

    def b64(self, n_bytes: int, urlsafe: bool = False) -> str:
        raw = self.r.randbytes(n_bytes)
        return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()

    # -- provider formats (from their documentation) --------------------------------------------

    def crc_token(self, prefix: str) -> str:
        body = self.s(ALNUM, 30)
        number, digits = zlib.crc32(body.encode()), ""
        while number:
            number, rest = divmod(number, 62)
            digits = BASE62[rest] + digits
        return f"{prefix}_{body}{digits.rjust(6, '0')}"

    def jwt(self) -> str:
        def enc(obj: object) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()
        alg = self.pick("HS256", "RS256", "ES256")
        claims = {"sub": self.s(DIGITS, 8), "iss": "https://auth.example.net",
                  "iat": 1763700000 + self.r.randrange(10**6), "scope": "read write"}
        signature = base64.urlsafe_b64encode(self.r.randbytes(32 if alg == "HS256" else 256))
        return f"{enc({'alg': alg, 'typ': 'JWT'})}.{enc(claims)}.{signature.rstrip(b'=').decode()}"

    def pem(self) -> str:
        label = self.pick("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                          "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY")
        body = self.b64(self.r.choice((121, 384, 1190)))
        width = 70 if "OPENSSH" in label else 64
        lines = "\n".join(body[i:i + width] for i in range(0, len(body), width))
        return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"

    def password(self) -> str:
        words = ("river", "Orange", "tiger", "Maple", "copper", "Delta", "violet", "Falcon")
        return self.pick(
            self.s(ALNUM + "!#%^*", self.r.randint(10, 20)),
            f"{self.r.choice(words)}{self.r.randint(10, 9999)}{self.pick('!', '#', '$', '')}",
            self.s(ALNUM, 16),
        )

    def secrets(self) -> dict[str, Callable[[], str]]:
        s = self.s
        return {
            "aws_access_key": lambda: self.pick("AKIA", "ASIA") + s(UPPER + "234567", 16),
            "github_token": lambda: self.crc_token(self.pick("ghp", "gho", "ghu", "ghs", "ghr")),
            "github_pat": lambda: f"github_pat_{s(ALNUM, 22)}_{s(ALNUM, 59)}",
            "gitlab_token": lambda: "glpat-" + s(URLSAFE, 20),
            "slack_token": lambda: (f"{self.pick('xoxb', 'xoxp')}-{s(DIGITS, 12)}-"
                                    f"{s(DIGITS, 13)}-{s(ALNUM, 24)}"),
            "slack_webhook": lambda: (f"https://hooks.slack.com/services/T{s(UPPER + DIGITS, 8)}/"
                                      f"B{s(UPPER + DIGITS, 10)}/{s(ALNUM, 24)}"),
            "stripe_key": lambda: f"{self.pick('sk', 'rk')}_live_{s(ALNUM, self.pick(24, 99))}",
            "openai_key": lambda: self.pick(
                "sk-proj-" + s(URLSAFE, 156),
                "sk-" + s(ALNUM, 20) + "T3BlbkFJ" + s(ALNUM, 20)),
            "anthropic_key": lambda: "sk-ant-api03-" + s(URLSAFE, 93) + "AA",
            "google_api_key": lambda: "AIza" + s(URLSAFE, 35),
            "twilio_key": lambda: "SK" + s(HEX, 32),
            "sendgrid_key": lambda: f"SG.{s(URLSAFE, 22)}.{s(URLSAFE, 43)}",
            "npm_token": lambda: self.crc_token("npm"),
            "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + self.b64(80, urlsafe=True).rstrip("="),
            "azure_client_secret": lambda: s(ALNUM, 3) + s(DIGITS, 1) + "Q~" + s(URLSAFE + "~.",
                                                                                 34),
            "huggingface_token": lambda: "hf_" + s(UPPER + LOWER, 34),
            "digitalocean_token": lambda: "dop_v1_" + s(HEX, 64),
            "jwt": self.jwt,
            "private_key": self.pem,
        }

    # -- surroundings ---------------------------------------------------------------------------

    def embed_token(self, value: str) -> str:
        key = self.pick("TOKEN", "value", "x", "credentials", "API_KEY", "auth")
        templates = (
            f"{key}={value}\n",
            f"{key.lower()}: \"{value}\"\n",
            json.dumps({"service": "billing", key: value, "retries": 3}),
            f"2026-11-21T10:0{self.r.randint(0, 9)}:12.345Z INFO worker-3 using {value} for "
            f"upstream call id={self.s(HEX, 8)} status=200",
            f"client = Client(\"{value}\", timeout=30)",
            f"curl -s -H \"Authorization: Bearer {value}\" https://api.example.com/v2/items",
            f"see https://api.example.com/v1/hook?token={value}&page=2 for details",
            "next=" + urllib.parse.quote(f"https://svc.example.com/cb?key={value}", safe=""),
            json.dumps(json.dumps({"config": {"credential": value}})),
            f"The key {value} was rotated yesterday; please update the pipeline.",
        )
        return self.r.choice(templates)

    def context_secret(self) -> tuple[str, str, str]:
        """(kind, text, value) of a secret that only its name or place reveals."""
        password = self.password()
        opaque = self.pick(self.s(HEX, self.pick(32, 40, 64)), self.b64(30).rstrip("="),
                           self.s(ALNUM, 40))
        user = self.pick("app", "svc_reader", "admin", "deploy")
        host = self.pick("db.internal", "10.0.4.12", "pg-prod.example.net", "cluster0.a1b2c.net")
        encoded = urllib.parse.quote(password, safe="")
        basic = base64.b64encode(f"{user}:{password}".encode()).decode()
        hex32, aws, account_key = self.s(HEX, 32), self.s(ALNUM + "/+", 40), self.b64(64)
        choices = [
            ("connection_string", f"DATABASE_URL=postgres://{user}:{encoded}@{host}:5432/app",
             encoded),
            ("connection_string",
             f'"mongo": "mongodb+srv://{user}:{encoded}@{host}/prod?retryWrites=true"', encoded),
            ("connection_string", f"REDIS_URL=redis://:{encoded}@{host}:6379/0", encoded),
            ("connection_string", f"jdbc:mysql://{host}:3306/shop?user={user}&password={encoded}"
             "&useSSL=true", encoded),
            ("connection_string", f"Server=tcp:{host},1433;Database=app;User ID={user};"
             f"Password={password.replace(';', '')};Encrypt=True;", password.replace(";", "")),
            ("url_credentials", f"git clone https://{user}:{encoded}@git.example.org/team/repo.git",
             encoded),
            ("http_auth", f"Authorization: Bearer {opaque}", opaque),
            ("http_auth", f"X-Api-Key: {opaque}", opaque),
            ("http_auth", f"Authorization: Basic {basic}", basic),
            ("generic_secret", f"client_secret = \"{opaque}\"", opaque),
            ("generic_secret", json.dumps({"name": "svc", "api_token": opaque}), opaque),
            ("generic_secret", f"TWILIO_AUTH_TOKEN={hex32}", hex32),
            ("aws_secret_key", f"aws_secret_access_key = {aws}", aws),
            ("password", f"  password: {password}\n  port: 5432", password),
            ("password", f"DB_PASSWORD='{password}'", password),
            ("azure_storage_key", "DefaultEndpointsProtocol=https;AccountName=acct01;AccountKey="
             f"{account_key};EndpointSuffix=core.windows.net", account_key),
        ]
        kind, text, value = self.r.choice(choices)
        return kind, text, value

    def secret_negative(self) -> tuple[str, str]:
        s = self.s
        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + self.r.randbytes(600)).decode()
        uuid = f"{s(HEX, 8)}-{s(HEX, 4)}-4{s(HEX, 3)}-{self.pick('8', '9', 'a', 'b')}{s(HEX, 3)}-" \
            f"{s(HEX, 12)}"
        ident = "".join(self.r.choice(("user", "Account", "Billing", "Service", "Factory",
                                       "Provider", "Handler", "Registry", "Config", "V2"))
                        for _ in range(5))
        cases = [
            ("uuid", f'{{"request_id": "{uuid}", "status": "ok"}}'),
            ("uuid", f"trace={uuid} span={s(HEX, 16)} duration_ms=12"),
            ("commit_hash", f"commit {s(HEX, 40)}\nAuthor: Dev <dev@users.noreply.example>"[:48]),
            ("commit_hash", f'"sha": "{s(HEX, 40)}", "parents": ["{s(HEX, 40)}"]'),
            ("sha256", f"sha256:{s(HEX, 64)}  release.tar.gz"),
            ("sha256", f'"checksum": "{s(HEX, 64)}", "size": 10423'),
            ("base64_image", f'<img src="data:image/png;base64,{png}" alt="chart">'),
            ("base64_image", json.dumps({"type": "image", "data": png, "mimeType": "image/png"})),
            ("identifier", f"const {ident[0].lower()}{ident[1:]} = new {ident}Impl();"),
            ("identifier", f"import {{ use{ident} }} from './hooks/use{ident}';"),
            ("identifier", f"<div class=\"css-{s(LOWER + DIGITS, 6)} main-{s(HEX, 8)}\">"),
            ("version", f"version {self.r.randint(0, 20)}.{self.r.randint(0, 40)}."
             f"{self.r.randint(0, 99)}-rc.{self.r.randint(1, 9)}+build.{s(DIGITS, 8)}"),
            ("timestamp", f"at 2026-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}T"
             f"{self.r.randint(0, 23):02d}:14:09.{s(DIGITS, 6)}Z epoch_ms="
             f"{1_600_000_000_000 + self.r.randrange(2 * 10**11)}"),
            ("placeholder", self.pick("OPENAI_API_KEY=<your-api-key>", "token: ${GITHUB_TOKEN}",
                                      "api_key = \"YOUR_API_KEY_HERE\"",
                                      "password: \"********\"", "ghp_" + "x" * 36,
                                      "export SECRET=changeme", "sk-...", "AKIA" + "X" * 16)),
            ("keyed_non_secret", self.pick(
                f"max_tokens: {self.r.randint(256, 8192)}",
                f'"next_page_token": "{self.b64(40, urlsafe=True)}"',
                "token_type: Bearer", f'"password_min_length": {self.r.randint(8, 16)}',
                "ssh-ed25519 " + self.b64(51).rstrip("=") + " dev@laptop",
                f'"key": "{self.pick("user_profile", "billing.invoice.created")}"',
                "api_key_header: X-Api-Key")),
            ("random_text_id", f"order {s(UPPER + DIGITS, 12)} shipped; tracking "
             f"1Z{s(UPPER + DIGITS, 16)}"),
        ]
        return self.r.choice(cases)

    # -- personal data --------------------------------------------------------------------------

    def luhn_complete(self, prefix: str, length: int) -> str:
        digits = prefix + self.s(DIGITS, length - len(prefix) - 1)
        total = 0
        for index, char in enumerate(reversed(digits)):
            value = int(char)
            if index % 2 == 0:
                value = value * 2 - 9 if value > 4 else value * 2
            total += value
        return digits + str((10 - total % 10) % 10)

    def iban(self, valid: bool = True) -> str:
        country, bban = self.r.choice((
            ("DE", lambda: self.s(DIGITS, 18)), ("GB", lambda: self.s(UPPER, 4)
                                                 + self.s(DIGITS, 14)),
            ("FR", lambda: self.s(DIGITS, 21) + self.s(UPPER + DIGITS, 2)),
            ("ES", lambda: self.s(DIGITS, 20)), ("NL", lambda: self.s(UPPER, 4)
                                                 + self.s(DIGITS, 10)),
            ("IT", lambda: self.s(UPPER, 1) + self.s(DIGITS, 22)),
            ("BE", lambda: self.s(DIGITS, 12)), ("CH", lambda: self.s(DIGITS, 17)),
        ))
        body = bban()
        number = int("".join(str(int(c, 36)) for c in body + country + "00"))
        check = 98 - number % 97
        if not valid:
            check = (check + self.r.randint(1, 50)) % 97 + 2
        iban = f"{country}{check:02d}{body}"
        return self.pick(iban, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)))

    def pii(self) -> dict[str, Callable[[], str]]:
        s, r = self.s, self.r
        first = ("maria", "john", "wei", "aisha", "lukas", "sofia", "omar", "chloe")
        last = ("garcia", "smith", "chen", "khan", "muller", "rossi", "haddad", "martin")
        domains = ("gmail.com", "outlook.com", "acme-corp.co.uk", "mail.posteo.de",
                   "uni-heidelberg.de", "startup.io")

        def nanp() -> str:
            a, b, c = f"{r.randint(2, 9)}{s(DIGITS, 2)}", f"{r.randint(2, 9)}{s(DIGITS, 2)}", \
                s(DIGITS, 4)
            return self.pick(f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
                             f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}")

        def intl() -> str:
            return self.pick(
                f"+44 20 {s(DIGITS, 4)} {s(DIGITS, 4)}", f"+44 7{s(DIGITS, 3)} {s(DIGITS, 6)}",
                f"+33 {r.randint(1, 9)} {s(DIGITS, 2)} {s(DIGITS, 2)} {s(DIGITS, 2)} "
                f"{s(DIGITS, 2)}", f"+49 30 {s(DIGITS, 8)}", f"+91 9{s(DIGITS, 4)} {s(DIGITS, 5)}",
                f"+81 3-{s(DIGITS, 4)}-{s(DIGITS, 4)}", f"+61 4{s(DIGITS, 2)} {s(DIGITS, 3)} "
                f"{s(DIGITS, 3)}", f"+1{r.randint(2, 9)}{s(DIGITS, 9)}")

        def national() -> str:
            return self.pick(f"020 {s(DIGITS, 4)} {s(DIGITS, 4)}", f"07{s(DIGITS, 3)} "
                             f"{s(DIGITS, 6)}", f"0{r.randint(1, 9)} {s(DIGITS, 2)} "
                             f"{s(DIGITS, 2)} {s(DIGITS, 2)} {s(DIGITS, 2)}")

        def card() -> str:
            number = self.pick(self.luhn_complete("4", 16), self.luhn_complete(
                str(r.randint(51, 55)), 16), self.luhn_complete(self.pick("34", "37"), 15),
                self.luhn_complete("6011", 16))
            sep = self.pick(" ", "-", "")
            if len(number) == 15:
                return sep.join((number[:4], number[4:10], number[10:]))
            return sep.join(number[i:i + 4] for i in range(0, 16, 4))

        def ssn() -> str:
            area = r.choice([n for n in range(1, 900) if n != 666])
            return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

        def nino() -> str:
            first_letters = "ABCEGHJKLMNOPRSTWXYZ"
            second_letters = "ABCEGHJKLMNPRSTWXYZ"
            while True:
                prefix = r.choice(first_letters) + r.choice(second_letters)
                if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                    break
            digits = s(DIGITS, 6)
            suffix = r.choice("ABCD")
            return self.pick(f"{prefix}{digits}{suffix}",
                             f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}")

        def nir() -> str:
            body = (f"{r.randint(1, 2)}{s(DIGITS, 2)}{r.randint(1, 12):02d}"
                    f"{r.randint(1, 95):02d}{s(DIGITS, 3)}{s(DIGITS, 3)}")
            return f"{body}{97 - int(body) % 97:02d}"

        def dni() -> str:
            number = r.randint(10**7, 10**8 - 1)
            return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"

        def ipv4() -> str:
            return self.pick(
                f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")

        def ipv6() -> str:
            groups = [format(r.randrange(1, 65536), "x") for _ in range(8)]
            return self.pick(":".join(groups), f"2a01:4f8:{groups[2]}::{groups[6]}:{groups[7]}",
                             f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}")

        return {
            "email": lambda: (f"{r.choice(first)}{self.pick('.', '_', '')}{r.choice(last)}"
                              f"{self.pick('', str(r.randint(1, 99)), '+news')}@"
                              f"{r.choice(domains)}"),
            "phone": lambda: self.pick(nanp(), intl(), national()),
            "card_number": card, "iban": lambda: self.iban(), "us_ssn": ssn, "uk_nino": nino,
            "fr_nir": nir, "es_dni": dni, "ip_address": lambda: self.pick(ipv4(), ipv6()),
        }

    def embed_pii(self, kind: str, value: str) -> str:
        label = {"email": "Email", "phone": "Phone", "card_number": "Card", "iban": "IBAN",
                 "us_ssn": "SSN", "uk_nino": "NI number", "fr_nir": "NIR", "es_dni": "DNI",
                 "ip_address": "Client IP"}[kind]
        templates = (
            f"{label}: {value}\n",
            json.dumps({"customer": "C-1042", label.lower().replace(" ", "_"): value}),
            f"| 1042 | Jane Roe | {value} | 2026-03-14 | active |",
            f"2026-11-21 10:02:11 INFO request from {value} completed in 12ms",
            f"Hi team, please update the record with {value} before Friday. Thanks!",
            f"customer={urllib.parse.quote(value, safe='')}&page=2",
        )
        return self.r.choice(templates)

    def pii_negative(self) -> tuple[str, str]:
        s, r = self.s, self.r
        bad_card = self.luhn_complete("4", 16)
        bad_card = bad_card[:-1] + str((int(bad_card[-1]) + r.randint(1, 9)) % 10)
        cases = [
            ("date", f"Due {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026, shipped "
             f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:"
             f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"),
            ("version", f"upgraded to {r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}"
             f" (build {r.randint(10, 20)}.{r.randint(0, 9)}.{s(DIGITS, 5)}.{r.randint(1, 999)})"),
            ("luhn_failing_card", f"Card: {' '.join(bad_card[i:i + 4] for i in range(0, 16, 4))}"),
            ("bad_iban", f"IBAN: {self.iban(valid=False)}"),
            ("invalid_ssn", f"SSN: {self.pick('000', '666', '9' + s(DIGITS, 2))}-"
             f"{s(DIGITS, 2)}-{s(DIGITS, 4)}"),
            ("table_numbers", f"| {s(DIGITS, 4)} | {r.randint(1, 999)}.{s(DIGITS, 2)} | "
             f"{r.randint(1, 99)} | {s(DIGITS, 6)} | {r.randint(0, 100)}% |"),
            ("order_id", f"Order #{s(DIGITS, 10)} (invoice INV-{s(DIGITS, 8)}) total "
             f"${r.randint(10, 999)}.{s(DIGITS, 2)}"),
            ("timestamp", f"ts={1700000000 + r.randrange(10**8)} "
             f"ms={1_600_000_000_000 + r.randrange(2 * 10**11)}"),
            ("uuid", f"id {s(HEX, 8)}-{s(HEX, 4)}-{s(HEX, 4)}-{s(HEX, 4)}-{s(HEX, 12)}"),
            ("lorem_numbers", f"Lorem {r.randint(1, 999)} ipsum {r.randint(1000, 9999)} dolor "
             f"{r.randint(10, 99)} sit {r.randint(100, 999)} amet."),
            ("coordinates", f"at {r.uniform(-80, 80):.6f}, {r.uniform(-170, 170):.6f}"),
            ("isbn", f"ISBN 978-{r.randint(0, 9)}-{s(DIGITS, 3)}-{s(DIGITS, 5)}-{r.randint(0, 9)}"),
            ("code", "for (int i = 0; i < 1024; i++) { buf[i] = 0x" + s(HEX, 2) + "; }"),
            ("scoped_package", f"npm i @scope/pkg@{r.randint(1, 9)}.{r.randint(0, 9)}.0 and "
             f"logo@2x.png"),
        ]
        return self.r.choice(cases)


class OpsGen:
    """The second, independent generator (not tuned against): an operator's view of leaks.
    Secrets sit where they surface in operations — Python and Java stack traces, CI job logs,
    Kubernetes and Compose YAML, raw HTTP exchanges, chat messages, shell history, config
    files (.npmrc, .pypirc, Docker config.json), Markdown runbooks — and so do the look-alikes
    (image digests, build ids, request ids, ConfigMap data, checksums, trace ids)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed ^ 0x5EC2E7)
        self.formats = Gen(seed + 7)  # provider formats are the providers', not the author's

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def word_password(self) -> str:
        r = self.r
        return self.r.choice((
            self.s(ALNUM, r.randint(12, 24)),
            f"{r.choice(('Winter', 'sunset', 'Blue', 'kestrel'))}{r.randint(1000, 99999)}"
            f"{r.choice('!@#%&*')}",
            self.s(ALNUM + "!@#%^&*()-_", r.randint(10, 18)),
        ))

    # -- where a token surfaces -----------------------------------------------------------------

    def surround(self, value: str) -> str:
        r, s = self.r, self.s
        job = r.randint(1000, 99999)
        return r.choice((
            f"Traceback (most recent call last):\n  File \"/srv/app/client.py\", line "
            f"{r.randint(10, 400)}, in connect\n    raise AuthError(f\"rejected {value}\")\n"
            f"app.errors.AuthError: rejected {value}",
            f"Exception in thread \"main\" java.lang.IllegalStateException: bad credential "
            f"'{value}'\n\tat com.acme.Sync.run(Sync.java:{r.randint(10, 300)})",
            f"[{job}] Run ./deploy.sh --env prod\n[{job}] + export DEPLOY_KEY={value}\n"
            f"[{job}] deploying revision {s(HEX, 12)}",
            f"env:\n  - name: UPSTREAM_CREDENTIAL\n    value: \"{value}\"\n  - name: LOG_LEVEL\n"
            f"    value: info",
            f"POST /v1/sync HTTP/1.1\r\nHost: api.internal\r\nX-Auth-Token: {value}\r\n"
            f"Content-Length: {r.randint(10, 900)}\r\n\r\n",
            f"@channel heads up, I pasted the wrong thing earlier: {value} — rotating it now",
            f"$ history | tail -2\n  {r.randint(100, 999)}  gh auth login --with-token <<< "
            f"{value}\n  {r.randint(100, 999)}  git push",
            f'{{"level":"error","msg":"upstream refused","header":"Bearer {value}",'
            f'"trace":"{s(HEX, 32)}"}}',
        ))

    def secrets(self) -> list[tuple[str, str, str]]:
        """(kind, text, value), provider tokens in operational surroundings."""
        out = []
        for kind, make in self.formats.secrets().items():
            if kind == "private_key":
                continue
            value = make()
            out.append((kind, self.surround(value), value))
        return out

    def context_secrets(self) -> tuple[str, str, str]:
        r, s = self.r, self.s
        password = self.word_password()
        user = r.choice(("ci", "backup", "grafana", "etl"))
        host = r.choice(("db-0.prod", "10.20.3.4", "mysql.svc.cluster.local"))
        b64 = base64.b64encode
        hexkey = s(HEX, 32)
        cases = [
            ("password", f"$ mysql -h {host} -u {user} -p{password} orders", password),
            ("connection_string", f"$ psql \"postgresql://{user}:"
             f"{urllib.parse.quote(password, safe='')}@{host}:5432/reports\"",
             urllib.parse.quote(password, safe="")),
            ("sentry_dsn", f"SENTRY_DSN=https://{hexkey}@o{s(DIGITS, 6)}.ingest.sentry.io/"
             f"{s(DIGITS, 7)}", hexkey),
            ("npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken="
             f"{self.formats.crc_token('npm')}\nalways-auth=true", ""),
            ("pypirc", f"[distutils]\nindex-servers = internal\n\n[internal]\nrepository = "
             f"https://pypi.internal/\nusername = {user}\npassword = {password}\n", password),
            ("docker_config", json.dumps({"auths": {f"{host}:5000": {
                "auth": b64(f"{user}:{password}".encode()).decode()}}}, indent=2),
             b64(f"{user}:{password}".encode()).decode()),
            ("kubernetes_secret", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {user}-creds"
             f"\n  namespace: prod\ntype: Opaque\ndata:\n  password: "
             f"{b64(password.encode()).decode()}\n", b64(password.encode()).decode()),
            ("markdown_table", f"## Staging accounts\n\n| service | user | password |\n|---|---|"
             f"---|\n| grafana | {user} | {password} |\n", password),
            ("split_line", f'{{\n  "service": "{user}",\n  "client_secret":\n    '
             f'"{s(ALNUM, 32)}"\n}}', ""),
            ("concatenated", f"API_KEY = \"sk-proj-\" + \"{s(URLSAFE, 40)}\"", ""),
            ("http_basic", f"GET /metrics HTTP/1.1\r\nAuthorization: Basic "
             f"{b64(f'{user}:{password}'.encode()).decode()}\r\n",
             b64(f"{user}:{password}".encode()).decode()),
            ("slack_message", f"<@U{s(UPPER + DIGITS, 8)}> the staging db password is "
             f"`{password}` until Friday", password),
        ]
        kind, text, value = r.choice(cases)
        if not value:  # the value is the quoted string after the name or the joined literal
            value = text.split('"')[-2] if kind != "npmrc" else text.split("=", 2)[2].split()[0]
            if kind == "concatenated":
                value = text[text.index('"') + 1:].strip()[:-1]
        return kind, text, value

    def negatives(self) -> tuple[str, str]:
        r, s = self.r, self.s
        uuid = f"{s(HEX, 8)}-{s(HEX, 4)}-4{s(HEX, 3)}-a{s(HEX, 3)}-{s(HEX, 12)}"
        cases = [
            ("stack_trace", f"Traceback (most recent call last):\n  File \"/usr/lib/python3.11/"
             f"site-packages/httpx/_client.py\", line {r.randint(100, 2000)}, in send\n"
             f"httpx.ReadTimeout: request {uuid} timed out after 30s"),
            ("ci_log", f"#12 [build 4/7] RUN pip install -r requirements.txt\n#12 sha256:"
             f"{s(HEX, 64)} 12.3MB / 40.1MB 2.1s\nwriting image sha256:{s(HEX, 64)} done"),
            ("git_log", f"commit {s(HEX, 40)}\nMerge: {s(HEX, 7)} {s(HEX, 7)}\nDate:   "
             f"Fri Nov 20 {r.randint(10, 23)}:14:02 2026 +0100\n\n    Bump token-bucket to 2.4.1"),
            ("configmap", f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\nbinaryData"
             f":\n  favicon.ico: {base64.b64encode(self.r.randbytes(48)).decode()}\ndata:\n"
             f"  settings.json: eyJ0aGVtZSI6ICJkYXJrIn0=\n"),
            ("http_dump", f"HTTP/1.1 200 OK\r\nETag: \"{s(HEX, 32)}\"\r\nX-Request-Id: {uuid}\r\n"
             f"Set-Cookie: theme=dark; Path=/\r\n\r\n"),
            ("slack_chat", f"<@U{s(UPPER + DIGITS, 8)}> build {r.randint(1000, 9999)} is green, "
             f"image digest sha256:{s(HEX, 64)[:12]}…, see run {s(DIGITS, 10)}"),
            ("token_usage", f"usage: prompt_tokens={r.randint(10, 9000)} completion_tokens="
             f"{r.randint(10, 2000)} total_tokens={r.randint(100, 9999)}"),
            ("docs", "Set `password` to the value from the vault; never commit the api key. "
             "Tokens expire after 3600 s."),
            ("markdown_table", "| Name | Type | Description |\n|---|---|---|\n| password | string"
             " | The user's password |\n| token_ttl | int | Seconds a token lives |"),
            ("yaml_refs", "db:\n  password: ${DB_PASSWORD}\n  secret_ref: vault:kv/prod/db\n"
             "  api_key: !Ref ApiKeyParam\n"),
            ("integrity", "\"integrity\": \"sha512-"
             f"{base64.b64encode(self.r.randbytes(64)).decode()}\", \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\""),
            ("otel", f"trace_id={s(HEX, 32)} span_id={s(HEX, 16)} parent={s(HEX, 16)} "
             f"service.version=3.{r.randint(0, 9)}.{r.randint(0, 40)}"),
        ]
        return r.choice(cases)

    def pii(self) -> tuple[str, str, str]:
        r = self.r
        kind, make = r.choice(list(self.formats.pii().items()))
        value = make()
        text = r.choice((
            f"ERROR validation failed for customer payload: {{'contact': '{value}', 'tier': 2}}",
            f"<@U{self.s(UPPER + DIGITS, 8)}> can you call back {value}? they asked about the "
            "refund",
            f"  customer:\n    name: Jane Roe\n    contact: \"{value}\"\n",
            f"POST /v2/leads HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
            f"{{\"lead\": \"{value}\"}}",
            f"[job 881] exported row 12: {value}; 3 rows skipped",
        ))
        return kind, text, value


def build_ops(seed: int, per_kind: int) -> tuple[list[Sample], list[Sample], list[Sample]]:
    gen = OpsGen(seed)
    secrets: list[Sample] = []
    for _ in range(per_kind):
        secrets.extend(Sample(kind, text, value) for kind, text, value in gen.secrets())
    for _ in range(per_kind * 6):
        kind, text, value = gen.context_secrets()
        secrets.append(Sample(kind, text, value))
    negatives = [Sample(*gen.negatives(), "") for _ in range(per_kind * 6)]
    pii = [Sample(kind, text, value) for kind, text, value in
           (gen.pii() for _ in range(per_kind * 5))]
    return secrets, negatives, pii


def as_shown(text: str, value: str) -> str:
    """The value as the text spells it: as is, URL-encoded, or JSON-escaped once or twice."""
    once = json.dumps(value)[1:-1]
    for variant in (value, urllib.parse.quote(value, safe=""), once, json.dumps(once)[1:-1]):
        if variant in text:
            return variant
    raise AssertionError(f"value not in text: {value!r}")


def covered(leaks: list[Leak], text: str, value: str) -> bool:
    start = text.find(value)
    if start < 0:
        raise AssertionError(f"value not in text: {value!r}")
    end = start + len(value)
    spans = sorted((leak.start, leak.end) for leak in leaks)
    position = start
    for a, b in spans:
        if a <= position < b:
            position = b
    return position >= end


def build(seed: int, per_kind: int) -> tuple[list[Sample], list[Sample], list[Sample],
                                             list[Sample]]:
    gen = Gen(seed)
    secrets, secret_negatives, pii, pii_negatives = [], [], [], []
    for kind, make in gen.secrets().items():
        for _ in range(per_kind):
            value = make()
            text = gen.embed_token(value)
            secrets.append(Sample(kind, text, as_shown(text, value)))
    for _ in range(per_kind * 8):
        kind, text, value = gen.context_secret()
        secrets.append(Sample(kind, text, value))
    for _ in range(per_kind * 10):
        kind, text = gen.secret_negative()
        secret_negatives.append(Sample(kind, text, ""))
    for kind, make in gen.pii().items():
        for _ in range(per_kind):
            value = make()
            text = gen.embed_pii(kind, value)
            pii.append(Sample(kind, text, as_shown(text, value)))
    for _ in range(per_kind * 10):
        kind, text = gen.pii_negative()
        pii_negatives.append(Sample(kind, text, ""))
    return secrets, secret_negatives, pii, pii_negatives


def recall(samples: list[Sample], find: Callable[[str], list[Leak]]) -> dict[str, list[int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sample in samples:
        table[sample.kind][1] += 1
        table[sample.kind][0] += covered(find(sample.text), sample.text, sample.value)
    return table


def false_rate(samples: list[Sample], find: Callable[[str], list[Leak]]) -> dict[str, list[int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sample in samples:
        table[sample.kind][1] += 1
        table[sample.kind][0] += bool(find(sample.text))
    return table


def show(title: str, table: dict[str, list[int]], rate_of: str) -> tuple[int, int]:
    print(f"\n{title}")
    hits = total = 0
    for kind in sorted(table):
        k, n = table[kind]
        hits, total = hits + k, total + n
        print(f"  {kind:<22} {k:>5}/{n:<5} {rate_of} {100 * k / n:6.2f} %")
    print(f"  {'ALL':<22} {hits:>5}/{total:<5} {rate_of} {100 * hits / total:6.2f} %")
    return hits, total


_ONE_PASS = re.compile(r"[A-Za-z0-9_]{15,}")


def _one_pass(text: str) -> list[re.Match[str]]:
    return list(_ONE_PASS.finditer(text))


def us_per_kb(texts: list[str], find: Callable[[str], object], rounds: int = 3) -> float:
    size_kb = sum(len(t.encode()) for t in texts) / 1024
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            find(text)
        best = min(best, time.process_time() - started)
    return best / size_kb * 1e6


def throughput(label: str, texts: list[str]) -> None:
    """µs per KB (CPU time of this process: the machine is shared), and the same in units of
    one compiled character-class pass over the same text measured in the same run."""
    reference = us_per_kb(texts, _one_pass)
    sec, per = us_per_kb(texts, find_secrets), us_per_kb(texts, find_pii)
    print(f"  {label}: secrets {sec:.1f} µs/KB, personal data {per:.1f} µs/KB, both "
          f"{sec + per:.1f} µs/KB; one regex pass {reference:.1f} µs/KB, so both = "
          f"{(sec + per) / reference:.1f} passes")


def documents(texts: list[str], size: int = 4096) -> list[str]:
    docs, current = [], ""
    for text in texts:
        current += text + "\n"
        if len(current) >= size:
            docs.append(current)
            current = ""
    return [*docs, current] if current else docs


def guard_cost(texts: list[str]) -> None:
    """The guard on the response side: a tools/call reply with ~4 KiB of benign text in two
    content blocks and a structuredContent object of 20 rows, CPU µs per reply; once for text
    where nothing is found, once for text with e-mail addresses to redact."""
    clean = [t for t in texts if not find_secrets(t) and not find_pii(t)]
    with_pii = [t for t in texts if find_pii(t)] + clean
    for label, pool in (("nothing found", clean), ("e-mails redacted", with_pii)):
        body = documents(pool)[0][:4096]
        result = {"content": [{"type": "text", "text": body[:2048]},
                              {"type": "text", "text": body[2048:]}],
                  "structuredContent": {"rows": [{"id": n, "name": f"row {n}"}
                                                 for n in range(20)]},
                  "isError": False}
        raw = orjson.dumps({"jsonrpc": "2.0", "id": 1, "result": result})
        p50, p99 = _guard_timings(raw)
        print(f"  guard, tools/call reply of {len(raw)} bytes, {label}: p50 {p50:.0f} µs, "
              f"p99 {p99:.0f} µs (decoding the reply included)")


def _guard_timings(raw: bytes, runs: int = 200) -> tuple[float, float]:
    guard = LeakageGuard()
    samples = []
    for _ in range(runs):
        reply = Message.from_upstream(raw)
        started = time.process_time()
        _outbound(guard, reply)
        samples.append(time.process_time() - started)
    samples.sort()
    return samples[runs // 2] * 1e6, samples[runs * 99 // 100] * 1e6


_REQUEST = jsonrpc.request(1, "tools/call", {"name": "search", "arguments": {"q": "x"}})


def _outbound(guard: LeakageGuard, reply: Message) -> object:
    """The guard's own cost: its coroutine run to completion without an event loop (it never
    suspends), as a Route awaiting it inside a running task pays it."""
    ex = Exchange(upstream="up", era=Era.LEGACY, transport="http",
                  protocol_version="2025-11-25", request=_REQUEST)
    coroutine = guard.outbound(ex, reply)
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("the guard suspended")


def guard_per_kb(label: str, docs: list[str]) -> None:
    """CPU µs per KB of the guard on tools/call replies holding `docs` (one text block each),
    decoding the reply included."""
    guard = LeakageGuard()
    raws = [orjson.dumps({"jsonrpc": "2.0", "id": 1, "result": {
        "content": [{"type": "text", "text": doc}], "isError": False}}) for doc in docs]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for raw in raws:
            _outbound(guard, Message.from_upstream(raw))
        best = min(best, time.process_time() - started)
    print(f"  {label}: {best / (sum(map(len, raws)) / 1024) * 1e6:.1f} µs/KB")


def guard_small() -> None:
    """Per-call cost on a small clean reply: what every tools/call pays once the guard is in
    the default chain."""
    result = {"content": [{"type": "text", "text": "Found 3 files matching 'report': "
                           "report-q1.pdf (12 pages), report-q2.pdf (9 pages), notes.md; "
                           "last change on 2026-11-20 by the finance team."}], "isError": False}
    raw = orjson.dumps({"jsonrpc": "2.0", "id": 1, "result": result})
    p50, p99 = _guard_timings(raw, runs=2000)
    print(f"  guard, clean tools/call reply of {len(raw)} bytes: p50 {p50:.1f} µs, "
          f"p99 {p99:.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--per-kind", type=int, default=200)
    args = parser.parse_args()
    secrets, secret_negatives, pii, pii_negatives = build(args.seed, args.per_kind)
    show("Secrets: recall per kind (value fully covered by secret spans)",
         recall(secrets, find_secrets), "recall")
    show("Secrets: false redactions on look-alikes (document with any secret found)",
         false_rate(secret_negatives, find_secrets), "false")
    show("Personal data: recall per kind", recall(pii, find_pii), "recall")
    show("Personal data: false redactions on look-alikes", false_rate(pii_negatives, find_pii),
         "false")
    ops_secrets, ops_negatives, ops_pii = build_ops(args.seed, max(1, args.per_kind // 2))
    print("\n== Second generator (operations texts; never tuned against) ==")
    show("Secrets: recall per kind", recall(ops_secrets, find_secrets), "recall")
    show("Secrets: false redactions on look-alikes", false_rate(ops_negatives, find_secrets),
         "false")
    show("Personal data: recall per kind", recall(ops_pii, find_pii), "recall")
    show("Personal data: reported on the secret look-alikes",
         false_rate(ops_negatives, find_pii), "false")
    corpus = [s.text for s in (*secrets, *secret_negatives, *pii, *pii_negatives)]
    print(f"\nThroughput on the generated set ({sum(map(len, corpus)) / 1024:.0f} KiB):")
    throughput(f"as {len(corpus)} short texts (fixed cost per call dominates)", corpus)
    dense = documents(corpus)
    throughput("joined into 4 KiB documents (secret-dense)", dense)
    ops = documents([s.text for s in (*ops_secrets, *ops_negatives, *ops_pii)])
    throughput("second generator, 4 KiB documents (secret-dense)", ops)
    guard_per_kb("guard end to end on the secret-dense documents", dense)
    if BENIGN.exists():
        benign(BENIGN)


def benign(path: Path) -> None:
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    secret_docs, pii_kinds, pii_docs = 0, Counter[str](), 0
    secret_kinds = Counter[str]()
    for text in texts:
        found_secrets = find_secrets(text)
        found_pii = find_pii(text)
        secret_docs += bool(found_secrets)
        pii_docs += bool(found_pii)
        secret_kinds.update(leak.kind for leak in found_secrets)
        pii_kinds.update(leak.kind for leak in found_pii)
    print(f"\nBenign outputs ({path.name}, {len(texts)} texts, "
          f"{sum(map(len, texts)) / 1024:.0f} KiB):")
    print(f"  texts with a secret reported: {secret_docs} ({100 * secret_docs / len(texts):.2f} "
          f"%), kinds {dict(secret_kinds)}")
    print(f"  texts with personal data reported: {pii_docs} ({100 * pii_docs / len(texts):.2f} "
          f"%), kinds {dict(pii_kinds)} (e-mail senders in the email contexts are real "
          "addresses, not false positives)")
    throughput("throughput", texts)
    guard_cost(texts)
    guard_per_kb("guard end to end on the benign outputs", texts)
    guard_small()


if __name__ == "__main__":
    main()
