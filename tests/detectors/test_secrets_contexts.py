"""Secrets known only by their name (AWS secret access keys, Twilio auth tokens, passwords,
unprefixed API keys) in many formats and naming conventions; look-alikes in the same places; and
vendors' documented example keys, which are not redacted (only the value itself can say so)."""

from __future__ import annotations

import base64
import random
import string

import pytest
from support import tool_call

from mcpwarden.detectors.secrets import find_secrets
from mcpwarden.guards.base import Rewrite
from mcpwarden.guards.leakage import LeakageGuard

RNG = random.Random(5150)
ALNUM = string.ascii_letters + string.digits


def rand(alphabet: str, length: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(length))


AWS_SECRET = rand(ALNUM + "/+", 39) + "9"
TWILIO_TOKEN = rand("0123456789abcdef", 32)
PASSWORD = "Kestrel" + rand(string.digits, 4) + "!"
API_TOKEN = rand(ALNUM, 36)
LOW_ENTROPY_HEX = "4aa28782a2420a948b4848b2a93ab442"  # random hex can score under 3 bits/char


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(leak.start <= start and leak.end >= start + len(value)
               for leak in find_secrets(text))


@pytest.mark.parametrize(("template", "value"), [
    ("AWS_SECRET={v}\n", AWS_SECRET),
    ("export TWILIO_TOKEN='{v}'\n", TWILIO_TOKEN),
    ("aws:\n  secretAccessKey: {v}\n", AWS_SECRET),
    ('{{"twilio_auth": "{v}"}}', TWILIO_TOKEN),
    ('aws-secret = "{v}"\n', AWS_SECRET),  # TOML, kebab case
    ("[smtp]\ndb_pass = {v}\n", PASSWORD),
    ("<AuthToken>{v}</AuthToken>", TWILIO_TOKEN),
    ("aws.secret.key={v}\n", AWS_SECRET),
    ("environment:\n  - TWILIO_AUTH_TOKEN={v}\n", TWILIO_TOKEN),
    ('provider "aws" {{\n  secret_key = "{v}"\n}}\n', AWS_SECRET),
    ('variable "twilio_token" {{\n  type = string\n  default = "{v}"\n}}\n', TWILIO_TOKEN),
    ("mytool --aws-secret={v} --dry-run", AWS_SECRET),
    ("aws_secret_access = '{v}'\n", AWS_SECRET),  # a name ending in a qualifier
    ('const awsSk = "{v}";', AWS_SECRET),
    ("AWS_SK: {v}\n", AWS_SECRET),
    ("<?php define('TWILIO_AUTH_TOKEN', '{v}');", TWILIO_TOKEN),
    ('os.environ.setdefault("API_TOKEN", "{v}")', API_TOKEN),
    ('String credentials = "{v}";', PASSWORD),
    ("The aws secret access key is {v} for now.", AWS_SECRET),
    ("I set the sms auth token to {v} yesterday", TWILIO_TOKEN),
    ("@ops twilio auth token for prod: {v} thanks", TWILIO_TOKEN),
    ("[09:12] kim: here you go, auth token {v}", TWILIO_TOKEN),
    ("the db password for staging is {v}", PASSWORD),
    ("2026-11-21 10:00:01 DEBUG init authToken={v} retries=3", TWILIO_TOKEN),
    ('var twilioAuthKey = "{v}";', LOW_ENTROPY_HEX),
    ('variable "aws_sk" {{\n  default = "{v}"\n}}\n', AWS_SECRET),
    ("deploy --aws-sk {v} --verbose", AWS_SECRET),
])
def test_a_secret_known_by_its_name_is_found(template: str, value: str) -> None:
    text = template.format(v=value)
    assert covered(text, value), find_secrets(text)


def test_a_kubernetes_secret_holds_secrets_under_any_name() -> None:
    encoded = base64.b64encode(AWS_SECRET.encode()).decode()
    text = f"apiVersion: v1\nkind: Secret\ndata:\n  aws-creds: {encoded}\n"
    assert covered(text, encoded)
    plain = f"apiVersion: v1\nkind: Secret\nstringData:\n  twilio: {TWILIO_TOKEN}\n"
    assert covered(plain, TWILIO_TOKEN)


MD5 = rand("0123456789abcdef", 32)  # exactly the shape of a Twilio auth token
SHA1 = rand("0123456789abcdef", 40)
B64_30 = base64.b64encode(RNG.randbytes(30)).decode()  # exactly the shape of an AWS secret


@pytest.mark.parametrize("text", [
    f"checksum: {MD5}\n",
    f'{{"etag": "{MD5}", "size": 1024}}',
    f"commit {SHA1}\nAuthor: Kim <kim@example.org>",
    f"sha256={rand('0123456789abcdef', 64)}",
    f"object_id = {rand('0123456789abcdef', 24)}",
    "request_id: 7d444840-9dc0-11d1-b245-5ffdce74fad2",
    "version: 3.14.159",
    f"thumbnail: {B64_30}",
    f"etag: {B64_30}",
    f"public_key: ssh-ed25519 {base64.b64encode(RNG.randbytes(51)).decode()}",
    "token_type: bearer",
    "password_min_length: 12",
    "password: ${DB_PASSWORD}",
    "password: <redacted>",
    'password: "***"',
    "api_key: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022",
    "DbPassword: '!Ref DbPasswordParameter'",
    '("password", "refresh_token")',
    'os.getenv("API_KEY", "")',
    "the token expired yesterday, see the key rotation runbook",
    "set the password to expire after 90 days",
    f"send the token 0x{rand('0123456789abcdefABCDEF', 40)} to the bridge",
    "max tokens for prod: 4096",
    f'variable "token_ttl" {{\n  default = "{rand(ALNUM, 24)}"\n}}',
    "the key is in the drawer; the auth method is oauth2",
])
def test_look_alikes_in_the_same_places_are_not_secrets(text: str) -> None:
    assert find_secrets(text) == []


def test_an_unnamed_aws_shaped_string_is_not_reported() -> None:
    # Decision: 40 characters of base64 alone are as likely a digest as a secret (see report).
    assert find_secrets(f"2026-11-21 INFO uploaded part {AWS_SECRET}") == []


# -- documented example keys ----------------------------------------------------------------------

DOCUMENTED = [
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nAWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'",
    "curl https://api.stripe.com/v1/charges -u sk_test_BQokikJOvBiI2HlWgH4olfQ2:",
    "TWILIO_AUTH_TOKEN=your_auth_token",
    'api_key: "YOUR_API_KEY_HERE"',
    "token = ghp_" + "x" * 36,
    "STRIPE_SECRET_KEY=sk_live_" + "0" * 24,
    "password: example-password",
    "DATABASE_URL=postgres://app:changeme@db.internal/app",
    "client_secret: dummy-" + rand(ALNUM, 20),
    "apiVersion: v1\nkind: Secret\nstringData:\n  token: REPLACE_ME_" + rand(ALNUM, 12) + "\n",
]


@pytest.mark.parametrize("text", DOCUMENTED)
def test_documented_example_keys_are_not_redacted(text: str) -> None:
    assert find_secrets(text) == []


AWS_ID = "AKIA" + rand(string.ascii_uppercase + "234567", 16)
STRIPE = "sk_live_" + rand(ALNUM, 24)


@pytest.mark.parametrize(("text", "value"), [
    (f"Example:\n  aws_access_key_id = {AWS_ID}", AWS_ID),
    (f"# EXAMPLE config (sample only)\naws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
    (f"for example, the twilio auth token is {TWILIO_TOKEN}", TWILIO_TOKEN),
    (f'{{"description": "dummy placeholder", "stripe_key": "{STRIPE}"}}', STRIPE),
    (f"https://example.com/?redirect=1&api_key={API_TOKEN}", API_TOKEN),
    (f"EXAMPLE_KEY {STRIPE} EXAMPLE", STRIPE),
])
def test_the_word_example_around_a_real_key_changes_nothing(text: str, value: str) -> None:
    assert covered(text, value), find_secrets(text)


@pytest.mark.parametrize(("real", "spliced"), [
    (AWS_ID, AWS_ID[:8] + "EXAMPLE" + AWS_ID[15:]),
    (STRIPE, STRIPE[:12] + "SAMPLE" + STRIPE[18:]),
    (AWS_SECRET, AWS_SECRET[:20] + "Placeholder" + AWS_SECRET[31:]),
])
def test_a_spliced_word_exempts_a_value_only_because_it_is_no_longer_the_key(
        real: str, spliced: str) -> None:
    template = "aws_secret_access_key = {}\n"
    assert covered(template.format(real), real)
    assert len(spliced) == len(real) and spliced != real
    assert find_secrets(template.format(spliced)) == []


# -- through the leakage guard --------------------------------------------------------------------



async def test_the_guard_passes_documented_examples_with_no_finding() -> None:
    ex, _tool_reply = tool_call("docs")
    guard = LeakageGuard.from_settings({}, "guards.leakage")
    docs = ("Configure the CLI:\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            "stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'")
    assert await guard.outbound(ex, _tool_reply(docs)) is None
    assert not ex.notes.get("findings")
    leaked = docs + f"\nprod: aws_secret_access_key = {AWS_SECRET}"
    decision = await guard.outbound(ex, _tool_reply(leaked))
    assert isinstance(decision, Rewrite)
    text = decision.message.result["content"][0]["text"]
    assert AWS_SECRET not in text and "AKIAIOSFODNN7EXAMPLE" in text
    assert len(ex.notes["findings"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "password: Changeme123!",
        "DB_PASSWORD=Sample2024x!",
        "postgres://app:changeme123@db.internal/app",
        "password: example-password-123",
    ],
)
def test_a_password_holding_a_placeholder_word_is_still_redacted(text: str) -> None:
    """People choose such passwords: only a password made of nothing but placeholder words
    ("changeme", "<your-password-here>") is taken for an example."""
    assert find_secrets(text)

