"""Round 4: identifiers are not secrets (Twilio SIDs, Stripe object ids, Slack ids), secrets under
more names and in more forms (Azure Storage keys, Datadog and Twilio names, AWS secret keys in
INI blocks, flags and constructors, generic keys in environment lists and under a bare `key`),
Canadian SINs and Dutch BSNs next to the word that names them, and reserved values (addresses at
RFC 2606/6761 domains, RFC 5737/3849 documentation ranges) that are nobody's personal data."""

from __future__ import annotations

import base64
import json
import random
import string
import uuid

import pytest
from support import tool_call

from mcpwarden.detectors.leaks import luhn_valid
from mcpwarden.detectors.pii import _verhoeff_valid, find_pii
from mcpwarden.detectors.secrets import find_secrets
from mcpwarden.guards.base import Rewrite
from mcpwarden.guards.leakage import LeakageGuard

RNG = random.Random(4404)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rand(alphabet: str, length: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(length))


def mixed(length: int) -> str:
    """Random letters of both cases and digits, with each class present."""
    return "Kq7" + rand(ALNUM, length - 3)


ACCOUNT_SID = "AC" + rand(HEX, 32)
API_KEY_SID = "SK" + rand(HEX, 32)
TWILIO_TOKEN = rand(HEX, 32)
STORAGE_KEY = base64.b64encode(RNG.randbytes(64)).decode()
DATADOG_API = rand(HEX, 32)
DATADOG_APP = rand(HEX, 40)
AWS_SECRET = rand(ALNUM, 18) + "/" + rand(ALNUM, 10) + "+" + rand(ALNUM, 10)
KEY_ID = "AKIA" + rand(string.ascii_uppercase + string.digits, 16)
GENERIC = mixed(32)


@pytest.mark.parametrize("text", [
    f"TWILIO_API_KEY_SID={API_KEY_SID}\n", f"client = Client('{API_KEY_SID}', secret)",
])
def test_a_twilio_api_key_sid_is_reported_as_secret_scanners_do(text: str) -> None:
    assert covered(text, API_KEY_SID)


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    position, end = start, start + len(value)
    for leak in sorted(find_secrets(text), key=lambda leak: leak.start):
        if leak.start <= position < leak.end:
            position = leak.end
    return position >= end


def reported(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start:leak.end]) for leak in find_secrets(text)]


def pii(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start:leak.end]) for leak in find_pii(text)]


# -- identifiers are not secrets -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    f"TWILIO_ACCOUNT_SID={ACCOUNT_SID}\n", f'{{"account_sid": "{ACCOUNT_SID}"}}',
    f"account sid {ACCOUNT_SID} (prod)",
    f"client = Client(key, secret, account_sid='{ACCOUNT_SID}')",
    "customer: cus_NffrFeUfNV2Hib, intent pi_3MtwBwLkdIwHu7ix28a3tqPa, charge ch_3MmlLrLkdI0s",
    "charge_token=ch_3MmlLrLkdIwHu7ix0snN0B15\n", 'stripe_customer_key = "cus_NffrFeUfNV2Hib"',
    "slack user U024BE7LH in C024BE91L of T024BE7LD", "slack_user_token: U024BE7LH\n",
    # a bare `key` that holds a name, a path, a digest or a UUID
    'key = "user:1234:profile"\n', f"key: {uuid.UUID(int=RNG.getrandbits(128))}\n",
    f"key: {rand(HEX, 40)}\n", "key = uploads/2026/11/report-final.pdf\n",
    "key: projectAlphaReleaseNotesSummary\n", f"--key {rand(HEX, 64)}\n",
    "- name: LOG_LEVEL\n  value: debug\n- name: TOKEN_TTL\n  value: \"3600\"\n",
    "- name: API_KEY\n  valueFrom:\n    secretKeyRef:\n      name: api\n      key: api-key\n",
    # an account key under a name that is no secret's, and base64 of the wrong length
    f"thumbnail: {STORAGE_KEY}\n", f"storage: {STORAGE_KEY[:60]}==\n",
])
def test_identifiers_and_look_alikes_are_not_reported(text: str) -> None:
    assert reported(text) == []


def test_a_twilio_auth_token_is_still_found_next_to_its_account_sid() -> None:
    text = f"sid {ACCOUNT_SID} token {TWILIO_TOKEN}"
    assert reported(text) == [("twilio_auth_token", TWILIO_TOKEN)]


def test_a_sid_spelled_inside_base64_text_is_not_a_secret() -> None:
    blob = base64.b64encode(f"account={ACCOUNT_SID} region=us1".encode()).decode()
    assert reported(f"payload {blob}") == []


def test_a_stripe_client_secret_is_no_object_id() -> None:
    secret = f"pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_{mixed(25)}"
    assert covered(f"client_secret: {secret}\n", secret)


# -- named secrets in more forms -------------------------------------------------------------------


@pytest.mark.parametrize(("template", "value"), [
    ("TWILIO_AUTH_TOKEN={v}\n", TWILIO_TOKEN), ("auth_token: {v}\n", TWILIO_TOKEN),
    ("twilio.auth-token={v}\n", TWILIO_TOKEN),
    ("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={v};EndpointSuffix=core.windows"
     ".net", STORAGE_KEY),
    ("AZURE_STORAGE_KEY={v}\n", STORAGE_KEY), ("storage: {v}\n", STORAGE_KEY),
    ('"storageAccount": "{v}"', STORAGE_KEY), ("azure.account={v}\n", STORAGE_KEY),
    ("DD_API_KEY={v}\n", DATADOG_API), ("DD_APP_KEY={v}\n", DATADOG_APP),
    ("datadog_api_key: {v}\n", DATADOG_API), ("curl -H 'DD-API-KEY: {v}' https://api\n",
                                              DATADOG_API),
    ("aws_secret = {v}\n", AWS_SECRET), ("secretAccessKey: '{v}'\n", AWS_SECRET),
    ("AWS_SECRET={v}\n", AWS_SECRET), ("aws-secret-access-key: {v}\n", AWS_SECRET),
    ("[default]\naws_access_key_id = {k}\naws_secret_access_key = {v}\n", AWS_SECRET),
    ("aws configure set --secret-key {v}\n", AWS_SECRET),
    ("tool --aws-secret-access-key={v}\n", AWS_SECRET),
    ('credentials.NewStaticCredentials("{k}", "{v}", "")', AWS_SECRET),
    ("Aws::Credentials.new('{k}', '{v}')", AWS_SECRET),
    ("new AWS.Credentials(keyId, '{v}')", AWS_SECRET),
    ('new BasicAWSCredentials(System.getenv("ID"), "{v}");', AWS_SECRET),
    ("api_key={v}\n", GENERIC), ("apiKey: {v}\n", GENERIC), ("x-api-key: {v}\n", GENERIC),
    ("client_key={v}\n", GENERIC), ('license_key = "{v}"\n', GENERIC),
    ('key = "{v}"\n', GENERIC), ("key: {v}\n", GENERIC), ("Key={v}\n", GENERIC),
    ('<add key="ApiKey" value="{v}"/>', GENERIC), ("mytool --api-key {v}\n", GENERIC),
    ("mytool --api-key={v}\n", GENERIC), ("mytool --key {v}\n", GENERIC),
    ('env:\n  - name: API_KEY\n    value: "{v}"\n', GENERIC),
    ("env:\n- name: SERVICE_KEY\n  value: {v}\n", GENERIC),
    ('[{{"name": "ACCESS_KEY", "value": "{v}"}}]', GENERIC),
    ("here is the datadog key: {v}", DATADOG_API), ("DD_KEY={v}\n", DATADOG_API),
])
def test_named_secrets_are_found(template: str, value: str) -> None:
    text = template.format(v=value, k=KEY_ID)
    assert covered(text, value), reported(text)


@pytest.mark.parametrize("template", [
    '{{"env": "- name: API_KEY\\n  value: {v}\\n"}}',  # inside a JSON string
    '{{"cfg": "{{\\"storage\\": \\"{b}\\"}}"}}',  # JSON inside JSON
])
def test_encoded_forms_are_found(template: str) -> None:
    text = template.format(v=GENERIC, b=STORAGE_KEY)
    assert find_secrets(text), text


# -- national identity numbers ---------------------------------------------------------------------


def sin() -> str:
    while True:
        digits = "".join(RNG.choice(string.digits) for _ in range(9))
        if luhn_valid(digits) and digits[0] != "0":
            return digits


def bsn() -> str:
    while True:
        digits = "".join(RNG.choice(string.digits) for _ in range(9))
        weights = zip(digits[:8], range(9, 1, -1), strict=True)
        total = sum(int(d) * w for d, w in weights) - int(digits[8])
        if total % 11 == 0 and digits[0] != "0":
            return digits


SIN, BSN = sin(), bsn()


def spaced(digits: str, separator: str) -> str:
    return separator.join((digits[:3], digits[3:6], digits[6:]))


@pytest.mark.parametrize("text", [
    f"SIN: {spaced(SIN, ' ')}", f"Social Insurance Number {spaced(SIN, '-')}",
    f'{{"sin": "{SIN}"}}', f"employee_sin={SIN}",
    f"numéro d'assurance sociale : {spaced(SIN, ' ')}", f"NAS {SIN}",
    f"Votre numéro d\u2019assurance sociale est le {spaced(SIN, ' ')}.",
])
def test_canadian_sins_are_found_after_their_name(text: str) -> None:
    assert [kind for kind, _ in pii(text)] == ["ca_sin"], pii(text)


@pytest.mark.parametrize("text", [
    f"BSN: {BSN}", f"burgerservicenummer {BSN[:4]}.{BSN[4:6]}.{BSN[6:]}",
    f"sofinummer: {spaced(BSN, ' ')}", f'"bsn": "{BSN}"', f"Uw BSN is {BSN}.",
])
def test_dutch_bsns_are_found_after_their_name(text: str) -> None:
    assert [kind for kind, _ in pii(text)] == ["nl_bsn"], pii(text)


def test_national_numbers_are_found_json_escaped_and_percent_encoded() -> None:
    assert pii(json.dumps({"note": f"SIN:\t{spaced(SIN, ' ')}"}))
    assert pii(f"bsn%3D{BSN}")


@pytest.mark.parametrize("text", [
    f"order {SIN} shipped", f"invoice {spaced(BSN, ' ')}",  # no name: nine digits are anything
    f"SIN: {SIN[:8]}{(int(SIN[8]) + 1) % 10}",  # the check digit is wrong
    f"BSN {BSN[:8]}{(int(BSN[8]) + 1) % 10}", "SIN 000 000 000", "using 046454286 rows",
    f"sin(x) = {SIN}", f"basin {SIN}",
])
def test_nine_digits_without_their_name_or_check_digit_are_not_national_ids(text: str) -> None:
    assert [kind for kind, _ in pii(text) if kind in ("ca_sin", "nl_bsn")] == []


def aadhaar() -> str:
    while True:
        digits = str(RNG.randint(2, 9)) + "".join(RNG.choice(string.digits) for _ in range(11))
        if _verhoeff_valid(digits):
            return digits


AADHAAR = aadhaar()
CPF = "529.982.247-25"  # check digits computed by hand, as documented by the Receita Federal
CODICE_FISCALE = "RSSMRA85T10A562S"


@pytest.mark.parametrize(("text", "kind"), [
    (f"CPF: {CPF}", "br_cpf"), (f"cpf {CPF.replace('.', '').replace('-', '')}", "br_cpf"),
    (f"Aadhaar: {AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}", "in_aadhaar"),
    (f'{{"aadhaar_no": "{AADHAAR}"}}', "in_aadhaar"),
    (f"Codice Fiscale: {CODICE_FISCALE}", "it_codice_fiscale"),
    (f"cod. fisc. {CODICE_FISCALE}", "it_codice_fiscale"),
])
def test_more_checksummed_national_ids_are_found_after_their_name(text: str, kind: str) -> None:
    assert [found for found, _ in pii(text)] == [kind], pii(text)


@pytest.mark.parametrize("text", [
    "CPF 529.982.247-26", "CPF 111.111.111-11", f"order {CPF.replace('.', '').replace('-', '')}",
    f"UIDAI {AADHAAR[:11]}{(int(AADHAAR[11]) + 1) % 10}", f"ticket {AADHAAR}",
    f"CF {CODICE_FISCALE[:15]}T", CODICE_FISCALE[:15] + "T",
])
def test_national_ids_without_their_name_or_check_are_not_reported(text: str) -> None:
    """Bare digits need the id's name; since round 6 a CPF in full punctuation and a codice
    fiscale do not (next test), so here they are unpunctuated or fail their check."""
    kinds = ("br_cpf", "in_aadhaar", "it_codice_fiscale")
    assert [kind for kind, _ in pii(text) if kind in kinds] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    (f"order {CPF}", "br_cpf", CPF), (CODICE_FISCALE, "it_codice_fiscale", CODICE_FISCALE),
])
def test_a_punctuated_cpf_or_a_codice_fiscale_is_reported_without_its_name(
        text: str, kind: str, value: str) -> None:
    """Round 6 changed this: their layout says what they are (they were not reported before)."""
    assert (kind, value) in pii(text), pii(text)


# -- reserved values -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "mail alice@example.com", "bob@EXAMPLE.ORG", "ops@mail.example.net", "x@shop.example",
    "ci@runner.test", "nobody@host.invalid", "root@box.localhost", "user%40example.com",
    "client 192.0.2.17", "from 198.51.100.4", "peer 203.0.113.250", "v6 2001:db8::8a2e:370:7334",
])
def test_reserved_addresses_and_documentation_ranges_are_not_personal_data(text: str) -> None:
    assert pii(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("mail alice@example.com.attacker.net", "alice@example.com.attacker.net"),
    ("mail alice@notexample.com", "alice@notexample.com"),
    ("mail alice@examples.com", "alice@examples.com"), ("mail a@testing.io", "a@testing.io"),
    ("peer 203.0.114.9", "203.0.114.9"), ("v6 2001:db9::8a2e:370:7334", "2001:db9::8a2e:370:7334"),
    ("host 10.1.2.3", "10.1.2.3"),  # private ranges are still reported by default
])
def test_look_alikes_of_reserved_values_are_still_reported(text: str, value: str) -> None:
    assert [found for _, found in pii(text)] == [value]


# -- through the leakage guard ---------------------------------------------------------------------


async def test_the_guard_redacts_round_four_forms_and_keeps_identifiers() -> None:
    ex, tool_reply = tool_call("shell")
    guard = LeakageGuard.from_settings({"results": {"pii": "redact"}}, "guards.leakage")
    output = (f"TWILIO_ACCOUNT_SID={ACCOUNT_SID}\nTWILIO_AUTH_TOKEN={TWILIO_TOKEN}\n"
              f"AccountKey={STORAGE_KEY}\nSIN: {spaced(SIN, ' ')}\n"
              "contact: dev@example.com from 192.0.2.10\n")
    decision = await guard.outbound(ex, tool_reply(output))
    assert isinstance(decision, Rewrite)
    text = decision.message.result["content"][0]["text"]
    assert TWILIO_TOKEN not in text and STORAGE_KEY not in text and spaced(SIN, " ") not in text
    assert ACCOUNT_SID in text and "dev@example.com" in text and "192.0.2.10" in text
