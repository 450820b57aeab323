"""Round 6: Datadog application keys under their header and variable names, Mailgun's current
key format, passwords under `…_pass` names whatever they look like, `net use` passwords, the whole
of a PEM key in a JSON string; public test card numbers, never-issued NI prefixes, numbers
reserved for fiction, reserved and no-reply mailboxes and zero-prefixed IPv6 addresses are
nobody's personal data; a CPF in full punctuation and a codice fiscale need no naming word; the
German Steuer-IdNr (`de_tax_id`) after its name."""

from __future__ import annotations

import random
import string

import pytest

from mcpwarden.detectors.leaks import luhn_valid, resolve, scan_unescaped
from mcpwarden.detectors.pii import PII_KINDS, _find_plain, find_pii
from mcpwarden.detectors.secrets import find_secrets

RNG = random.Random(20261121)
HEX = "0123456789abcdef"


def rand(alphabet: str, length: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(length))


def secrets_in(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_secrets(text)]


def pii_in(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_pii(text)]


def covered(found: list[tuple[str, str]], value: str) -> bool:
    return any(value in span for _, span in found)


# -- secrets --------------------------------------------------------------------------------------

DD_APP = rand(HEX, 40)


@pytest.mark.parametrize("text", [
    f"DD-APPLICATION-KEY: {DD_APP}",
    f"curl https://api.datadoghq.eu/api/v1/dashboard -H 'DD-APPLICATION-KEY: {DD_APP}'",
    f'headers = {{"dd-application-key": "{DD_APP}", "Accept": "application/json"}}',
    f"export DD_APP_KEY={DD_APP}",
    f"DD_APPLICATION_KEY={DD_APP}",
    f"datadog:\n  api_key: {rand(HEX, 32)}\n  application_key: {DD_APP}\n",
    f'{{"datadog": {{"applicationKey": "{DD_APP}"}}}}',
])
def test_datadog_application_keys_are_found(text: str) -> None:
    assert covered(secrets_in(text), DD_APP), secrets_in(text)


@pytest.mark.parametrize("text", [
    "application_key: billing-service",
    "DD-APPLICATION-KEY: <your-application-key>",
    "DD_APP_KEY=${DD_APP_KEY}",
    f"application_id: {rand(HEX, 40)}",
    "the application key is stored in Vault",
])
def test_application_key_look_alikes_pass(text: str) -> None:
    assert secrets_in(text) == []


MAILGUN = f"{rand(HEX, 32)}-{rand(HEX, 8)}-{rand(HEX, 8)}"


@pytest.mark.parametrize("text", [
    f'const mg = mailgun.client({{ username: "api", key: "{MAILGUN}" }});',
    f"MAILGUN_API_KEY={MAILGUN}",
    f"mg = Mailgun(api_key='{MAILGUN}')",
    f"curl -s --user 'api:{MAILGUN}' https://api.mailgun.net/v3/mg.acme.io/messages",
    f"the sending key: {MAILGUN}",
])
def test_mailgun_private_keys_are_found(text: str) -> None:
    assert covered(secrets_in(text), MAILGUN), secrets_in(text)


@pytest.mark.parametrize("text", [
    "session_id: 1c9b7d83-3a2c-441f-9896-2084220bc993",
    f"request {rand(HEX, 32)}-{rand(HEX, 4)}-{rand(HEX, 8)} failed",
    f"build {rand(HEX, 32)}-{rand(HEX, 8)}",
    f"digest {rand(HEX, 40)}-{rand(HEX, 8)}-{rand(HEX, 8)}x",
])
def test_mailgun_look_alikes_pass(text: str) -> None:
    assert not any(kind == "mailgun_key" for kind, _ in secrets_in(text))


@pytest.mark.parametrize(("text", "value"), [
    ("ansible_ssh_pass: uPDzzu_.aHaz", "uPDzzu_.aHaz"),
    ("ansible_become_pass: 'Qw.eRt_yU'", "Qw.eRt_yU"),
    ("web1 ansible_host=10.0.0.5 ansible_ssh_pass=tR4!nbow9", "tR4!nbow9"),
    ("DB_PASS=hK_.pLmq.Zx", "hK_.pLmq.Zx"),
    ("smtp_pass = \"wInter.sNow\"", "wInter.sNow"),
    ("redis.pass: Mv9-xq2Lr", "Mv9-xq2Lr"),
    ('{"mysql_pass": "gR.aNite_Kx"}', "gR.aNite_Kx"),
    ("password: aB.cD_eF.gHi", "aB.cD_eF.gHi"),
])
def test_passwords_under_pass_names_are_found(text: str, value: str) -> None:
    assert ("password", value) in secrets_in(text), secrets_in(text)


@pytest.mark.parametrize("text", [
    "bypass: Xk9mq2Lpz7",
    "passthrough: hunter2Kx9",
    "compass: N4rthStar9",
    "pass: true",
    "pass_rate: 0.9",
    "tests_pass: 1234",
    "password: settings.DB_PASSWORD",
    "db_pass: process.env.dbPass",
    "smtp_pass: config.mail.smtpPassword",
    "redis_pass: self._redis_password",
    "db_pass = Config.getHTTPClient",
])
def test_pass_look_alikes_pass(text: str) -> None:
    assert secrets_in(text) == []


@pytest.mark.parametrize(("text", "value"), [
    (r"net use Z: \\fileserver\share /user:CORP\etl ember_6VTEUj68", "ember_6VTEUj68"),
    (r"net use Z: \\fileserver\share harbor-qalHBY50 /user:CORP\etl", "harbor-qalHBY50"),
    (r'NET USE * "\\nas01\team share" Winter2024! /USER:bob /PERSISTENT:NO', "Winter2024!"),
    (r"net use \\10.0.0.7\ipc$ /u:administrator P@ssw0rd9", "P@ssw0rd9"),
    (r"net  use  Q: \\srv\data /persistent:no /user:svc_backup Tr0ub4dor&3", "Tr0ub4dor&3"),
    (r"C:\> net use \\srv\c$ 'sp4ce-Cadet' /user:ops", "sp4ce-Cadet"),
])
def test_net_use_passwords_are_found(text: str, value: str) -> None:
    assert ("password", value) in secrets_in(text), secrets_in(text)


@pytest.mark.parametrize("text", [
    r"net use Z: \\fileserver\share * /user:CORP\etl",
    r"net use Z: \\fileserver\share /user:CORP\etl /persistent:yes",
    r"net use Z: /delete",
    r"net use \\fileserver\share /delete /y",
    "net use",
    r"net use Z: \\fileserver\share",
])
def test_net_use_without_a_password_passes(text: str) -> None:
    assert secrets_in(text) == []


PEM_BODY = "\\n".join(rand(string.ascii_letters + string.digits + "+/", 64) for _ in range(4))
PEM_ESCAPED = f"-----BEGIN PRIVATE KEY-----\\n{PEM_BODY}\\n-----END PRIVATE KEY-----\\n"


@pytest.mark.parametrize("text", [
    f'{{"type": "service_account", "private_key": "{PEM_ESCAPED}", "client_email": "x"}}',
    f"GOOGLE_CREDENTIALS='{{\"private_key\":\"{PEM_ESCAPED}\"}}'",
    f"key = '{PEM_ESCAPED}'",
])
def test_pem_in_a_json_string_is_found_with_its_trailing_newline(text: str) -> None:
    assert ("private_key", PEM_ESCAPED) in secrets_in(text), secrets_in(text)


def test_pem_ending_elsewhere_is_not_extended() -> None:
    plain = PEM_ESCAPED.replace("\\n", "\n")
    text = f"{plain}next line"
    assert ("private_key", plain.rstrip("\n")) in secrets_in(text)
    not_last = PEM_ESCAPED[:-2] + "\\n, more"
    assert ("private_key", PEM_ESCAPED[:-2]) in secrets_in(f'"{not_last}"')


# -- personal data: reserved values ---------------------------------------------------------------


def real_visa() -> str:
    while True:
        digits = "4" + rand(string.digits, 15)
        if luhn_valid(digits):
            return digits


@pytest.mark.parametrize("card", [
    "4242424242424242", "4242 4242 4242 4242", "4111-1111-1111-1111", "4000056655665556",
    "5555555555554444", "5555 5555 5555 4444", "378282246310005", "371449635398431",
    "6011111111111117", "3566002020360505", "5105105105105100", "4012888888881881",
    "2223003122003222", "4000002500003155", "5454545454545454",
])
def test_public_test_cards_are_not_personal_data(card: str) -> None:
    assert pii_in(f"Use test card {card} with any future expiry.") == []


def test_other_cards_are_still_found() -> None:
    for _ in range(20):
        card = real_visa()
        grouped = " ".join(card[i : i + 4] for i in range(0, 16, 4))
        assert ("card_number", grouped) in pii_in(f"paid with {grouped} yesterday")


@pytest.mark.parametrize("nino", [
    "QQ123456C", "QQ 12 34 56 C", "DA123456A", "FA123456B", "IA123456A", "QA123456B",
    "UA123456C", "VA123456D", "AD123456A", "AF123456A", "AI123456A", "AO123456A", "AQ123456A",
    "AU123456A", "AV123456A", "GB123456A", "NK123456B", "TN123456C", "ZZ123456D",
])
def test_never_issued_ni_prefixes_are_not_personal_data(nino: str) -> None:
    assert pii_in(f"NI number {nino}") == []


@pytest.mark.parametrize("nino", ["AB123456C", "JG 10 37 59 A", "ZA123456D", "WP123456B"])
def test_issued_ni_prefixes_are_found(nino: str) -> None:
    assert ("uk_nino", nino) in pii_in(f"NI number {nino}")


@pytest.mark.parametrize("number", [
    "(795) 555-0118", "212-555-0100", "212.555.0199", "+1 415 555 0132", "1-800-555-0150",
    "020 7946 0821", "+44 20 7946 0958", "+44 (0)20 7946 0000", "0113 496 0123",
    "0161 496 0999", "+44 121 496 0500", "01632 960123", "07700 900158", "+44 7700 900999",
    "0808 157 0123", "0909 879 0999", "03069 990123", "+61 2 5550 1234", "+61 3 7010 9876",
    "001-212-555-0142", "+1 (312) 555-0101 ext 12",
])
def test_numbers_reserved_for_fiction_are_not_personal_data(number: str) -> None:
    assert pii_in(f"Call {number} for a demo.") == []
    assert pii_in(f"phone: {number}") == []


def test_a_fictional_local_number_is_not_personal_data() -> None:
    assert pii_in("tel: 555-0123") == []
    assert pii_in("tel: 555-0234") == [("phone", "555-0234")]


@pytest.mark.parametrize("number", [
    "(795) 555-0200", "212-555-0099", "(415) 555-1018", "020 7946 1821", "020 7947 0821",
    "07700 901158", "0113 497 0123", "0161 496 1999", "+44 20 7946 1958", "+61 2 5551 1234",
    "+33 1 55 50 01 34", "01632 961123",
])
def test_numbers_next_to_the_fictional_ranges_are_found(number: str) -> None:
    found = pii_in(f"Call {number} for a demo.")
    assert [kind for kind, _ in found] == ["phone"], found


@pytest.mark.parametrize("address", [
    "admin@test.local", "ops@printer.local", "anna@corp.test", "bob@site.example",
    "x@nowhere.invalid", "dev@app.localhost", "noreply@github.com", "no-reply@accounts.google.com",
    "donotreply@bank.co.uk", "do-not-reply@mail.shop.io", "NoReply@Corp.io",
    "noreply+bounce-42@notify.acme.io",
])
def test_reserved_and_no_reply_addresses_are_not_personal_data(address: str) -> None:
    assert pii_in(f"Contact: {address}") == []


@pytest.mark.parametrize("address", [
    "anna@corp.io", "replies@corp.io", "noreply.team@acme.io", "reply@localco.de",
    "anna@local.io", "j.doe@test.com",
])
def test_addresses_like_the_reserved_ones_are_found(address: str) -> None:
    assert pii_in(f"Contact: {address}") == [("email", address)]


@pytest.mark.parametrize("text", [
    "server listening on ::1:8080", "bound to ::1:443", "addr ::2", "peer ::a:1f90",
    "on [::1:8080]",
])
def test_zero_prefixed_ipv6_is_not_personal_data(text: str) -> None:
    assert pii_in(text) == []


@pytest.mark.parametrize("address", [
    "::ffff:81.2.69.77", "2a01:4f8:85a3::8a2e:370:7334", "2a02:c7f:1::1:8080", "::1:0:0:1:8080",
])
def test_other_ipv6_addresses_are_found(address: str) -> None:
    assert pii_in(f"from {address} via proxy") == [("ip_address", address)]


# -- personal data: national ids ------------------------------------------------------------------


def cpf() -> str:
    digits = rand(string.digits, 9)
    for length in (10, 11):
        total = sum(int(d) * w for d, w in zip(digits, range(length, 1, -1), strict=False))
        digits += str(total * 10 % 11 % 10)
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"


def test_a_punctuated_cpf_needs_no_word() -> None:
    for _ in range(20):
        value = cpf()
        for text in (f"Nota fiscal emitida para {value}", f"cliente: {value}.", f"[{value}]"):
            assert ("br_cpf", value) in pii_in(text), text


def test_cpf_look_alikes_pass() -> None:
    value = cpf()
    wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert pii_in(f"Nota fiscal emitida para {wrong}") == []
    assert pii_in(f"pedido {value.replace('.', '').replace('-', '')}") == []
    assert pii_in(f"versão 1.{value}") == []
    assert pii_in(f"serial {value}.7") == []


_CF_ODD = dict(zip(string.digits + string.ascii_uppercase,
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                    20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))


def cf_check(body: str) -> str:
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
                for i, c in enumerate(body))
    return chr(65 + total % 26)


def codice_fiscale() -> str:
    day = RNG.choice([RNG.randint(1, 31), RNG.randint(41, 71)])
    body = (rand(string.ascii_uppercase, 6) + rand(string.digits, 2) + RNG.choice("ABCDEHLMPRST")
            + f"{day:02d}" + RNG.choice(string.ascii_uppercase) + rand(string.digits, 3))
    return body + cf_check(body)


def test_a_codice_fiscale_needs_no_word() -> None:
    for _ in range(20):
        value = codice_fiscale()
        for text in (f"Intestatario: Giulia Bianchi - {value}", f"C.F. {value}",
                     f"c.f.: {value}", f'{{"cf": "{value}"}}', value):
            assert ("it_codice_fiscale", value) in pii_in(text), text


def test_codice_fiscale_look_alikes_pass() -> None:
    value = codice_fiscale()
    wrong = value[:-1] + chr(65 + (ord(value[-1]) - 64) % 26)
    assert pii_in(f"C.F. {wrong}") == []
    assert pii_in(f"ref {value.lower()}") == []
    assert pii_in(f"token X{value}") == []
    assert pii_in(f"sku {value}9") == []
    body = value[:9] + "88" + value[11:15]  # no day 88
    assert pii_in(f"C.F. {body}{cf_check(body)}") == []


def de_tax_id(repeat: int = 2) -> str:
    while True:
        distinct = RNG.sample(string.digits, 11 - repeat)
        digits = distinct + [distinct[0]] * (repeat - 1)
        RNG.shuffle(digits)
        if digits[0] != "0":
            break
    product = 10
    for d in digits:
        product = ((int(d) + product) % 10 or 10) * 2 % 11
    return "".join(digits) + str((11 - product) % 10)


@pytest.mark.parametrize("template", [
    "Steuer-ID: {}", "Steuer-IdNr. {}", "IdNr {}", "Steueridentifikationsnummer: {}",
    "Steuerliche Identifikationsnummer {}", "Arbeitnehmer Klaus Becker, IdNr {}", "tax_id={}",
    "tax id: {}", "TIN {}", '{{"steuer_id": "{}"}}', "Identifikationsnummer (IdNr): {}",
])
def test_german_tax_ids_after_their_name_are_found(template: str) -> None:
    for repeat in (2, 3):
        value = de_tax_id(repeat)
        text = template.format(value)
        assert ("de_tax_id", value) in pii_in(text), text
    spaced = de_tax_id()
    spaced = f"{spaced[:2]} {spaced[2:5]} {spaced[5:8]} {spaced[8:]}"
    assert ("de_tax_id", spaced) in pii_in(template.format(spaced))


def test_german_tax_id_look_alikes_pass() -> None:
    value = de_tax_id()
    wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert pii_in(f"Steuer-ID: {wrong}") == []
    assert pii_in(f"Auftrag {value}") == []  # no word
    assert pii_in(f"Martin {value}") == []
    assert pii_in(f"Steuernummer {value}") == []  # another number
    four = de_tax_id(4)  # a digit four times
    assert pii_in(f"Steuer-ID: {four}") == []
    while True:  # ten different digits, with a valid check digit
        digits = RNG.sample(string.digits, 10)
        if digits[0] != "0":
            break
    product = 10
    for d in digits:
        product = ((int(d) + product) % 10 or 10) * 2 % 11
    distinct = "".join(digits) + str((11 - product) % 10)
    assert pii_in(f"Steuer-ID: {distinct}") == []
    zero = de_tax_id()
    assert pii_in(f"Steuer-ID: 0{zero[1:]}") == []


def test_de_tax_id_is_a_known_kind() -> None:
    assert "de_tax_id" in PII_KINDS
    value = de_tax_id()
    assert find_pii(f"Steuer-ID: {value}", kinds=["de_tax_id"])
    assert not find_pii(f"Steuer-ID: {value}", kinds=["email"])


def test_prefilter_loses_nothing_a_full_scan_finds() -> None:
    lines = [f"Nota fiscal {cpf()}", f"Intestatario {codice_fiscale()}",
             f"Steuer-ID: {de_tax_id()}", "listening on ::1:8080", "card 4242424242424242",
             f"paid with {real_visa()}", "mail noreply@github.com or anna@corp.io"]
    text = "\n".join(f"{line} — ticket {n} at 2026-11-21 10:0{n}:00" for n, line in
                     enumerate(lines))
    wanted = frozenset(PII_KINDS)
    full = resolve(scan_unescaped(text, lambda plain: _find_plain(plain, wanted, True)))
    fast = find_pii(text)
    assert [(x.kind, x.start, x.end) for x in fast] == [(x.kind, x.start, x.end) for x in full]
    assert {x.kind for x in fast} == {"br_cpf", "it_codice_fiscale", "de_tax_id", "card_number",
                                      "email"}
