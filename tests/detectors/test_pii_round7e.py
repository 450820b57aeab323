"""Round 7e of the personal-data detector. Ids in a CSV under a tool's banner and a dashed rule
(`read_file exports/people.csv (…)` / `-----` / header / rows) are read under the header below
the rule; ids written in groups (`742 932 718`), or with the century (`19590516-6178`), reach the
table pass though no trigger for bare numbers fires on them. A number named as a product code
(`EAN`, `GTIN`, `UPC`, `ISBN`, `SKU`, `barcode`, `article no.`) is not a card even when it passes
Luhn. All values are generated here from the published check-digit rules."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.pii import find_pii


def pii_in(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_pii(text)]


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def sin(body: str) -> str:
    return body + luhn_digit(body)


def bsn(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    assert total % 11 < 10
    return body + str(total % 11)


def steuer_id(body: str) -> str:
    """German Steuer-IdNr: ten digits (one of them twice) and the ISO 7064 MOD 11,10 digit."""
    assert sorted(body.count(c) for c in set(body))[-2:] in ([1, 2], [1, 3])
    product = 10
    for digit in body:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return body + str((11 - product) % 10)


def personnummer_long(date: str, serial: str) -> str:
    """Swedish YYYYMMDD-NNNC: the Luhn digit is over the short form's nine digits."""
    return f"{date}-{serial}{luhn_digit(date[2:] + serial)}"


def aadhaar(body: str) -> str:
    d = [[int(c) for c in row] for row in (
        "0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
        "5987604321", "6598710432", "7659821043", "8765932104", "9876543210")]
    p = [[int(c) for c in row] for row in (
        "0123456789", "1576283094", "5803796142", "8916043527",
        "9453126870", "4286573901", "2793806415", "7046913258")]
    check = 0
    for position, char in enumerate(reversed(body)):
        check = d[check][p[(position + 1) % 8][int(char)]]
    return body + str((0, 4, 3, 2, 1, 5, 6, 7, 8, 9)[check])


def ean13(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def bad_last(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def banner_table(column: str, value: str) -> str:
    return (
        "read_file exports/people.csv (12 lines, modified 2026-08-15 by ci-bot)\n"
        + "-" * 50
        + f"\nid,name,{column},city\n816,Kenji Ito,{value},Porto\n527,(pending),,Leeds\n"
    )


def test_generators() -> None:
    assert sin("04645428") == "046454286"
    assert bsn("11122233") == "111222333"
    assert personnummer_long("19811218", "987") == "19811218-9876"
    assert aadhaar("23456789012") == "234567890124"
    assert ean13("400638133393") == "4006381333931"  # the EAN-13 of GS1's own examples


SIN = sin("74293271")
BSN = bsn("27187612")
STEUER = steuer_id("6904227185")
PERSONNUMMER = personnummer_long("19590516", "617")
AADHAAR = aadhaar("23456789012")

FOUND = [
    ("nl_bsn", BSN, "nl_bsn"),
    ("nl_bsn", f'"{BSN}"', "nl_bsn"),
    ("ca_sin", SIN, "ca_sin"),
    ("ca_sin", f"{SIN[:3]} {SIN[3:6]} {SIN[6:]}", "ca_sin"),
    ("social_insurance_number", f"{SIN[:3]}-{SIN[3:6]}-{SIN[6:]}", "ca_sin"),
    ("de_tax_id", STEUER, "de_tax_id"),
    ("se_personnummer", PERSONNUMMER, "se_personnummer"),
    ("aadhaar", f"{AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}", "in_aadhaar"),
]


@pytest.mark.parametrize(("column", "value", "kind"), FOUND)
def test_ids_under_a_banner_and_a_rule_are_found(column: str, value: str, kind: str) -> None:
    text = banner_table(column, value)
    assert (kind, value.strip('"')) in pii_in(text)


@pytest.mark.parametrize(("column", "value", "kind"), FOUND)
def test_ids_in_a_plain_csv_are_found(column: str, value: str, kind: str) -> None:
    text = f"id,name,{column},city\n816,Kenji Ito,{value},Porto\n527,(pending),,Leeds\n"
    assert (kind, value.strip('"')) in pii_in(text)


@pytest.mark.parametrize(("column", "value", "kind"), FOUND)
def test_wrong_check_digits_stay_unreported(column: str, value: str, kind: str) -> None:
    assert pii_in(banner_table(column, bad_last(value.strip('"')))) == []


@pytest.mark.parametrize(("column", "value"), [("order_id", BSN), ("city_code", SIN),
                                               ("account", STEUER)])
def test_other_columns_under_a_banner_stay_unreported(column: str, value: str) -> None:
    assert pii_in(banner_table(column, value)) == []


def test_a_rule_over_data_rows_names_no_column() -> None:
    text = ("read_file exports/people.csv (3 lines)\n" + "-" * 40
            + f"\n816,Kenji Ito,{BSN},Porto\n527,Ann Lee,{bsn('11122233')},Leeds\n")
    assert pii_in(text) == []


def _luhn_ean(prefix: str) -> str:
    """A 13-digit EAN that also passes Luhn and starts like a Visa number."""
    for serial in range(10**6):
        code = ean13(f"{prefix}{serial:06d}")
        if luhn_ok(code):
            return code
    raise AssertionError("no code found")


EAN = _luhn_ean("404129")


@pytest.mark.parametrize("before", [
    "SKU HQK-15564-XE, EAN ", "GTIN: ", "GTIN-13 ", "UPC ", "ISBN ", "barcode ", "Barcode: ",
    "article no. ", "Article No: ", '{"ean": "', "sku=",
])
def test_named_product_codes_are_not_cards(before: str) -> None:
    assert luhn_ok(EAN) and EAN.startswith("4")
    assert pii_in(f"{before}{EAN} in stock") == []


@pytest.mark.parametrize("before", ["card ", "Visa ", "paid with ", "EAN list done; card "])
def test_numbers_not_named_as_product_codes_are_still_cards(before: str) -> None:
    assert pii_in(f"{before}{EAN} charged") == [("card_number", EAN)]


def test_a_product_name_far_before_does_not_hide_a_card() -> None:
    text = f"EAN {ean13('400638133393')} was ordered by a customer who paid with {EAN}"
    assert ("card_number", EAN) in pii_in(text)
