"""Personal data: every kind found in ordinary text, validated by its check digits or numbering
rules; numbers that only look alike (dates, versions, timestamps, bad checksums) are not."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.leaks import luhn_valid, redact
from mcpwarden.detectors.pii import PII_KINDS, find_pii


def found(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start:leak.end])
            for leak in find_pii(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Reply to maria.gonzalez+billing@mail.acme-corp.co.uk today.", "email",
     "maria.gonzalez+billing@mail.acme-corp.co.uk"),
    ("From: Srini <srini_77@fastmail.com>", "email", "srini_77@fastmail.com"),
    ("call +44 20 7183 8750 after 5pm", "phone", "+44 20 7183 8750"),
    ("WhatsApp: +49 151 23456789.", "phone", "+49 151 23456789"),
    ("US office (415) 555-2671, ext 4", "phone", "(415) 555-2671"),
    ("cell 212-639-4187", "phone", "212-639-4187"),
    ("Tél. 01 42 68 53 00", "phone", "01 42 68 53 00"),
    ("London: 020 7183 8750", "phone", "020 7183 8750"),
    ("phone: 4155552671", "phone", "4155552671"),
    ("office 415-555-2671x123, thanks", "phone", "415-555-2671x123"),
    ("intl 001-415-555-2671", "phone", "001-415-555-2671"),
    ("UK +44(0)1223 760123", "phone", "+44(0)1223 760123"),
    ("Berlin (030) 12345678", "phone", "(030) 12345678"),
    ("portable 0612345678", "phone", "0612345678"),
    ("paid with 4532 7975 4323 1948 yesterday", "card_number", "4532 7975 4323 1948"),
    ("card=5412-8493-4072-2470;", "card_number", "5412-8493-4072-2470"),
    ("amex 371454499207074 on file", "card_number", "371454499207074"),
    ("IBAN DE89 3704 0044 0532 0130 00 (Commerzbank)", "iban", "DE89 3704 0044 0532 0130 00"),
    ("to GB82WEST12345698765432.", "iban", "GB82WEST12345698765432"),
    ("IBAN: FR1420041010050500013M02606", "iban", "FR1420041010050500013M02606"),
    ("SSN 536-22-8726 on the form", "us_ssn", "536-22-8726"),
    ("ssn: 536228726", "us_ssn", "536228726"),
    ("NI number AB 12 34 56 C", "uk_nino", "AB 12 34 56 C"),
    ("NIR 1 84 12 76 451 089 46", "fr_nir", "1 84 12 76 451 089 46"),
    ("DNI 12345678Z", "es_dni", "12345678Z"),
    ("client 81.2.69.77 connected", "ip_address", "81.2.69.77"),
    ("from 2a01:4f8:85a3::8a2e:370:7334 via proxy", "ip_address", "2a01:4f8:85a3::8a2e:370:7334"),
    ("encoded user%40posteo.net in a query", "email", "user%40posteo.net"),
    ("<a href=\"mailto:ann@corp.io\">", "email", "ann@corp.io"),
    ("HMRC letter JT 48 29 61 B", "uk_nino", "JT 48 29 61 B"),
])
def test_each_kind_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "released 2026-11-21 at 10:45:17, build 20261121.3",
    "version 10.0.19041.1 and v1.2.3.4; python 3.11.4; C:\\WinPython-64bit-3.4.2.4\\python",
    "release 1.2.3.4-beta, OID 1.3.6.1.4.1.311, subnet 10.0.1.0/24",
    "timestamp 1700000000123 and order #100234567",
    "uuid 550e8400-e29b-41d4-a716-446655440000",
    "4532 7975 4323 1949 fails Luhn",
    "1234 5678 9012 3456 is not an issued range",
    "DE89 3704 0044 0532 0130 01 has a bad checksum",
    "IBAN: ES07 4959 3444 4968 7792 7078 (bad checksum; its middle groups pass Luhn)",
    "SSN-shaped 000-12-3456, 666-12-3456, 912-34-5678",
    "NI-shaped GB 12 34 56 C",
    "DNI-shaped 12345678A",
    "Total: 1,234,567.89 USD; rows 12 34 56 78",
    "localhost 127.0.0.1, 0.0.0.0, mask 255.255.255.0",
    "std::vector<int> a; ns::Type::Member; at 12:30:45",
    "logo@2x.png and git@github.com:org/repo.git and @decorator",
    "clone https://deploy@git.example.org/repo.git",
    "ISBN 978-3-16-148410-0 and coordinates 48.8584, 2.2945",
    "Lorem ipsum dolor 123 sit amet 4567 consectetur 89 adipiscing.",
    "order 0000123456, id 0123456, invoice 012345678901234, price 0.123456789, ref 0412345678",
    "Order #0712345678 shipped",
])
def test_look_alikes_are_not_personal_data(text: str) -> None:
    assert found(text) == []


def test_kinds_select_what_is_looked_for() -> None:
    text = "mail bob@posteo.net from 62.210.16.23"
    assert [k for k, _ in found(text, kinds=["email"])] == ["email"]
    assert [k for k, _ in found(text, kinds=["ip_address"])] == ["ip_address"]
    with pytest.raises(ValueError, match="unknown personal-data kinds"):
        find_pii(text, kinds=["shoe_size"])


def test_private_ranges_can_be_excluded() -> None:
    text = "hosts 10.1.2.3, 192.168.0.10, fd00::1:2:3 and 8.8.4.4"
    assert [v for _, v in found(text)] == ["10.1.2.3", "192.168.0.10", "fd00::1:2:3", "8.8.4.4"]
    assert [v for _, v in found(text, private_ips=False)] == ["8.8.4.4"]


def test_redaction_keeps_surrounding_text() -> None:
    text = "Ship to ana@fastmail.com, card 4916-4265-6515-0556."
    assert redact(text, find_pii(text)) == (
        "Ship to [REDACTED:email], card [REDACTED:card_number].")


def test_luhn() -> None:
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")


def test_all_kinds_listed() -> None:
    assert set(PII_KINDS) >= {"email", "phone", "card_number", "iban", "us_ssn", "ip_address"}


# -- the prefilter: only the stretches around triggers are scanned --------------------------------

LONG_LINE = "status ok; " * 600  # one line of 6.6 KB: no newline to stop at


@pytest.mark.parametrize(("value", "kind"), [
    ("+44 20 7183 8750", "phone"),
    ("4532 7975 4323 1948", "card_number"),
    ("GB82 WEST 1234 5698 7654 32", "iban"),
    ("JT 48 29 61 B", "uk_nino"),
    ("2a01:4f8:85a3::8a2e:370:7334", "ip_address"),
    ("maria.gonzalez+billing@mail.acme-corp.co.uk", "email"),
])
def test_values_deep_inside_long_lines_are_found_whole(value: str, kind: str) -> None:
    text = f"{LONG_LINE}{value} {LONG_LINE}"
    assert found(text) == [(kind, value)]


@pytest.mark.parametrize(("encoded", "kind"), [
    ("4532%207975%204323%201948", "card_number"),
    ("%2B44%2020%207183%208750", "phone"),
    ("GB82%20WEST%201234%205698%207654%2032", "iban"),
    ("maria%40posteo.net", "email"),
])
def test_percent_encoded_values(encoded: str, kind: str) -> None:
    text = f"GET /lookup?q={encoded}&page=2 HTTP/1.1"
    assert found(text) == [(kind, encoded)]


def test_prefilter_loses_nothing_a_full_scan_finds() -> None:
    from mcpwarden.detectors.leaks import resolve, scan_unescaped
    from mcpwarden.detectors.pii import _find_plain

    wanted = frozenset(PII_KINDS)
    lines = ["Contact: maria@posteo.net", "Card 4532-7975-4323-1948 exp 12/29",
             "SSN 123-45-6789", "phone: 4155552671", "NIR 2 84 05 2A 004 032 50",
             "DNI 12345678Z", "from 81.2.69.9 and fe80::1ff:fe23:4567:890a",
             "IBAN DE89 3704 0044 0532 0130 00", "call (415) 555-2671 x12"]
    text = "\n".join(f"{line} — ticket {n} of {len(lines)} at 2026-11-21 10:0{n}:00"
                     for n, line in enumerate(lines))
    full = resolve(scan_unescaped(text, lambda plain: _find_plain(plain, wanted, True)))
    assert [(x.kind, x.start, x.end) for x in find_pii(text)] == \
        [(x.kind, x.start, x.end) for x in full]
    assert len(full) >= len(lines)


# -- values reserved for fiction and documentation (round 6) ---------------------------------------


@pytest.mark.parametrize("text", [
    "call +44 20 7946 0958 after 5pm", "London: 020 7946 0958", "UK +44(0)1632 960123",
    "US office (415) 555-0132, ext 4", "cell 212-555-0187", "phone: 4155550132",
    "intl 001-415-555-0132", "paid with 4111 1111 1111 1111 yesterday",
    "card=5555-5555-5555-4444;", "amex 378282246310005 on file", "card 4242-4242-4242-4242.",
    "HMRC example QQ 12 34 56 C", "GET /lookup?q=4111%201111%201111%201111&page=2 HTTP/1.1",
])
def test_the_reserved_values_these_tests_once_used_are_not_personal_data(text: str) -> None:
    """The examples above were numbers reserved for fiction and documentation and published
    test cards; an attacker's copy of them leaks nobody's data."""
    assert found(text) == []


# -- a context word counts only as a word ----------------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Tel: 4155552671", "phone", "4155552671"),
    ("tel.4155552671", "phone", "4155552671"),
    ("Mobile# 4155552671", "phone", "4155552671"),
    ("TEL 4155552671", "phone", "4155552671"),
    ("telephone 4155552671", "phone", "4155552671"),
    ("Telefonnummer: 4155552671", "phone", "4155552671"),
    ("Mobiltelefon 4155552671", "phone", "4155552671"),
    ('{"workPhone": "4155552671"}', "phone", "4155552671"),
    ("phoneNumber=4155552671", "phone", "4155552671"),
    ("phone_number: 4155552671", "phone", "4155552671"),
    ("cellphone 4155552671", "phone", "4155552671"),
    ("cellular: 4155552671", "phone", "4155552671"),
    ("Fax-Nr. 4155552671", "phone", "4155552671"),
    ("SMS an 4155552671", "phone", "4155552671"),
    ("(SSN) 536228726", "us_ssn", "536228726"),
])
def test_numbers_after_a_context_word_are_found(text: str, kind: str, value: str) -> None:
    assert found(text) == [(kind, value)]


@pytest.mark.parametrize("text", [
    "Bestellung 49311785624",
    "Ihre Bestellnummer: 49311785624",
    "hotel 4155552671",
    "Intel 4155552671",
    "excellent 4155552671",
    "telemetry 4155552671",
    "cancelled 4155552671",
    "Klassn 536228726",
])
def test_context_words_inside_other_words_say_nothing(text: str) -> None:
    assert found(text) == []


def test_context_words_deep_inside_long_lines_are_found_whole() -> None:
    text = f"{LONG_LINE}Bestellung 49311785624, Tel: 4155552671 {LONG_LINE}"
    assert found(text) == [("phone", "4155552671")]
