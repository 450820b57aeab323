"""Round 7b of the personal-data detector: tables name their columns. A bare national id in a CSV
or TSV row, a markdown, ASCII or aligned text table counts when the header of its column names it
(`nl_bsn`, `PESEL`, `Social Insurance Number`, `national_id`, …) and its check digits hold;
numbers in other columns, in columns of order ids, SKUs or extensions, in tables without a
header, and ids with wrong check digits stay unreported. Values are generated here from the
published rules, never copied from a data set."""

from __future__ import annotations

import json
import random

import pytest

from mcpwarden.detectors.pii import find_pii

RNG = random.Random(20261122_7)


def pii_in(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_pii(text)]


# -- independent generators (from the published rules) --------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return str((10 - total % 10) % 10)


def sin(body: str) -> str:
    """Canadian SIN: eight digits and a Luhn digit."""
    return body + luhn_digit(body)


def bsn(body: str) -> str:
    """Dutch BSN: eight digits and the digit that makes the 11-test (9 … 2, -1) hold."""
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    check = total % 11
    assert check < 10, "pick another body: no digit completes it"
    return body + str(check)


def pesel(year: int, month: int, day: int, serial: str) -> str:
    offset = {18: 80, 19: 0, 20: 20}[year // 100]
    body = f"{year % 100:02d}{month + offset:02d}{day:02d}{serial}"
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return body + str((10 - total % 10) % 10)


def personnummer(date: str, serial: str) -> str:
    """Swedish YYMMDD-NNN and a Luhn digit over the nine."""
    return f"{date}-{serial}{luhn_digit(date + serial)}"


def fodselsnummer(date: str, individual: str) -> str:
    """Norwegian DDMMYY, three individual digits, two mod-11 check digits."""
    digits = date + individual
    for weights in ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)):
        check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
        assert check != 10, "pick another individual number"
        digits += str(check % 11)
    return digits


def ahv(body: str) -> str:
    digits = "756" + body
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def nif(body: str) -> str:
    remainder = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return body + str(0 if remainder < 2 else 11 - remainder)


def svnr(serial: str, date: str) -> str:
    total = sum(int(d) * w for d, w in zip(serial + date, (3, 7, 9, 5, 8, 4, 2, 1, 6),
                                           strict=True))
    assert total % 11 != 10, "pick another serial"
    return f"{serial}{total % 11}{date}"


_VERHOEFF_D = [[int(c) for c in row] for row in (
    "0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
    "5987604321", "6598710432", "7659821043", "8765932104", "9876543210")]
_VERHOEFF_P = [[int(c) for c in row] for row in (
    "0123456789", "1576283094", "5803796142", "8916043527",
    "9453126870", "4286573901", "2793806415", "7046913258")]
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def aadhaar(body: str) -> str:
    """Eleven digits (not led by 0 or 1) and the Verhoeff check digit."""
    check = 0
    for position, char in enumerate(reversed(body)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[(position + 1) % 8][int(char)]]
    return body + str(_VERHOEFF_INV[check])


def bad_last(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def test_generators_agree_with_published_examples() -> None:
    assert sin("04645428") == "046454286"  # the SIN of the Canadian government's examples
    assert bsn("11122233") == "111222333"  # the BSN of the Dutch test examples
    assert pesel(1944, 5, 14, "0135") == "44051401359"
    assert personnummer("811218", "987") == "811218-9876"
    assert ahv("123456789") == "7561234567897"
    assert nif("12345678") == "123456789"
    assert aadhaar("23456789012") == "234567890124"


def random_digits(count: int, first: str = "123456789") -> str:
    return RNG.choice(first) + "".join(RNG.choice("0123456789") for _ in range(count - 1))


def random_bsn() -> str:
    while True:
        try:
            return bsn(random_digits(8))
        except AssertionError:
            continue


VALUES = {
    "nl_bsn": random_bsn(),
    "ca_sin": sin(random_digits(8)),
    "pl_pesel": pesel(1983, 9, 3, f"{RNG.randrange(10000):04d}"),
    "se_personnummer": personnummer("811218", "987"),
    "no_fodselsnummer": fodselsnummer("150765", "005"),
    "ch_ahv": ahv(random_digits(9, "0123456789")),
    "pt_nif": nif("2" + random_digits(7, "0123456789")),
    "in_aadhaar": aadhaar(random_digits(11, "23456789")),
    "at_svnr": svnr("123", "010180"),
}


# -- must find ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "header"), [
    ("nl_bsn", "nl_bsn"), ("nl_bsn", "BSN-nummer"), ("nl_bsn", "BSN"),
    ("nl_bsn", "burgerservicenummer"), ("ca_sin", "ca_sin"), ("ca_sin", "SIN"),
    ("ca_sin", "Social Insurance Number"), ("ca_sin", "CA.SIN"), ("pl_pesel", "pl_pesel"),
    ("pl_pesel", "PESEL"), ("pl_pesel", "pesel_number"), ("pl_pesel", "peselNumber"),
    ("pl_pesel", "national_id"), ("se_personnummer", "se_personnummer"),
    ("se_personnummer", "personnummer"), ("no_fodselsnummer", "fødselsnummer"),
    ("no_fodselsnummer", "no-fodselsnummer"), ("ch_ahv", "AHV-Nr"), ("ch_ahv", "ahv_number"),
    ("pt_nif", "NIF"), ("pt_nif", "numero_contribuinte"), ("in_aadhaar", "aadhaar"),
    ("in_aadhaar", "Aadhaar Number"), ("at_svnr", "SVNR"), ("at_svnr", "sv.nummer"),
])
def test_csv_column_header_names_the_id(kind: str, header: str) -> None:
    value = VALUES[kind]
    text = f"id,name,{header},city\n346,Ana Ruiz,4B,Lisboa\n347,Rafael Tanaka,{value},Porto\n"
    assert (kind, value) in pii_in(text)


@pytest.mark.parametrize("kind", sorted(VALUES))
@pytest.mark.parametrize("layout", ["csv_quoted", "semicolon", "tsv", "markdown", "ascii",
                                    "psql", "aligned", "json_escaped"])
def test_table_layouts(kind: str, layout: str) -> None:
    value = VALUES[kind]
    header = {"nl_bsn": "nl_bsn", "ca_sin": "SIN", "pl_pesel": "PESEL",
              "se_personnummer": "se_personnummer", "no_fodselsnummer": "fodselsnummer",
              "ch_ahv": "AHV", "pt_nif": "nif", "in_aadhaar": "aadhaar",
              "at_svnr": "svnr"}[kind]
    tables = {
        "csv_quoted": f'"id","name","{header}","ward"\n"1","J. Nowak","{value}","4B"\n',
        "semicolon": f"id;name;{header};ward\n1;J. Nowak;{value};4B\n",
        "tsv": f"id\tname\t{header}\tward\n1\tJ. Nowak\t{value}\t4B\n",
        "markdown": (f"| patient | {header} | ward |\n|---|:---:|---|\n"
                     f"| A. Lis | 12 | 3C |\n| J. Nowak | {value} | 4B |\n"),
        "ascii": (f"+----+----------+----------------+\n| id | name     | {header:<14} |\n"
                  f"+----+----------+----------------+\n| 1  | J. Nowak | {value:<14} |\n"),
        "psql": (f" id |  name    | {header}\n----+----------+--------------\n"
                 f"  1 | J. Nowak | {value}\n(1 row)\n"),
        "aligned": (f"{'name':<12}{header:<18}ward\n{'A. Lis':<12}{'-':<18}3C\n"
                    f"{'J. Nowak':<12}{value:<18}4B\n"),
        "json_escaped": json.dumps({"content": [{"type": "text", "text":
                                    f'id,name,{header}\n1,J. Nowak,"{value}"\n'}]}),
    }
    text = tables[layout]
    found = pii_in(text)
    assert (kind, value) in found, (text, found)


def test_every_row_and_rows_far_below_the_header() -> None:
    rows = [random_bsn() for _ in range(3)]
    lines = ["customer_id,full_name,nl_bsn,amount"]
    for index in range(300):
        lines.append(f"{1000 + index},Klant {index},,{index * 3}.50")
    lines.extend(f"{2000 + index},Klant {index},{value},12.00" for index, value in
                 enumerate(rows))
    found = pii_in("\n".join(lines))
    assert [value for kind, value in found if kind == "nl_bsn"] == rows


def test_two_tables_each_its_header() -> None:
    value = VALUES["pl_pesel"]
    text = (f"ward,pesel\n4B,{value}\n\norder_id,sku\n{value},A-1\n\n"
            f"| x | national_id |\n|---|---|\n| a | {value} |\n")
    leaks = find_pii(text)
    assert len(leaks) == 2
    starts = [leak.start for leak in leaks]
    assert text.index(value) in starts  # the first table
    assert text.rindex(value) in starts  # the markdown one
    assert text.index(value, text.index("order_id")) not in starts  # not the order ids


# -- look-alikes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(VALUES))
def test_wrong_check_digits_under_a_naming_header(kind: str) -> None:
    header = {"nl_bsn": "bsn", "ca_sin": "sin", "pl_pesel": "pesel",
              "se_personnummer": "personnummer", "no_fodselsnummer": "fodselsnummer",
              "ch_ahv": "ahv", "pt_nif": "nif", "in_aadhaar": "aadhaar",
              "at_svnr": "svnr"}[kind]
    value = bad_last(VALUES[kind])
    assert pii_in(f"id,{header},city\n1,{value},Porto\n") == []


@pytest.mark.parametrize("header", ["order_id", "sku", "phone_ext", "ticket", "invoice_no",
                                    "value", "code", "id", "ref", "tracking_number", "batch"])
@pytest.mark.parametrize("kind", ["nl_bsn", "ca_sin", "pl_pesel", "pt_nif"])
def test_valid_numbers_in_columns_that_do_not_name_an_id(header: str, kind: str) -> None:
    value = VALUES[kind]
    text = f"customer,{header},city\nRafael Tanaka,{value},Porto\n"
    assert pii_in(text) == []
    markdown = f"| customer | {header} | city |\n|---|---|---|\n| R. Tanaka | {value} | Porto |\n"
    assert pii_in(markdown) == []


def test_other_columns_of_an_id_table() -> None:
    sin_value, bsn_value = VALUES["ca_sin"], VALUES["nl_bsn"]
    text = (f"order_id,ca_sin,amount,date\n{sin_value},{bad_last(sin_value)},1299.00,2024-05-01\n"
            f"{bsn_value},,4310.25,2024-05-02\n")
    assert pii_in(text) == []


def test_no_header_no_id() -> None:
    value = VALUES["pl_pesel"]
    # rows only: the top line of the block is a data row
    assert pii_in(f"1,{value},4B\n2,{VALUES['pl_pesel'][::-1]},4C\n") == []
    # one line of prose with commas, no table at all
    assert pii_in(f"we shipped lots 17, {value}, 22 and 31 yesterday") == []
    # a markdown rule under prose, not under a header of the same width
    assert pii_in(f"PESEL numbers follow\n---\n| a | {value} |\n") == []


def test_header_wider_than_the_row_or_a_naming_word_in_another_column() -> None:
    value = VALUES["nl_bsn"]
    # the header names the id in another column than the one the value is in
    assert pii_in(f"bsn,name,customer_no\n,Jan,{value}\n") == []
    # a header with a different number of cells does not head this row
    assert pii_in(f"id,bsn\n1,Jan,{value}\n") == []


def test_aligned_value_without_a_column_gap_is_not_a_cell() -> None:
    value = VALUES["pl_pesel"]
    assert pii_in(f"name         pesel\nJan Nowak ref {value}\n") == []


def test_header_is_the_top_line_that_is_not_a_data_row() -> None:
    value = VALUES["nl_bsn"]
    # a preamble of numbers with as many commas above the header, rows without numbers below it
    text = (f"2024,06\nname,nl_bsn\nJan de Vries,\nPiet Bakker,\nAnna Smit,{value}\n")
    assert ("nl_bsn", value) in pii_in(text)
    # every line of the block a data row: no header
    assert pii_in(f"2024,06\n17,{value}\n") == []


@pytest.mark.parametrize("header", ["ssn", "SSN", "social_security_number"])
def test_bare_ssn_under_its_column(header: str) -> None:
    text = f"employee,{header},dept\nJ. Doe,078051120,ops\nA. Roe,123456789,hr\n"
    found = pii_in(text)
    assert ("us_ssn", "078051120") in found
    assert ("us_ssn", "123456789") in found
    # areas never issued (000, 666, 9xx) and the zero group or serial stay unreported
    for bad in ("000123456", "666123456", "912345678", "123001234"):
        assert pii_in(f"employee,{header},dept\nJ. Doe,{bad},ops\n") == []


def test_quoted_cells_with_separators_inside_and_dated_ids() -> None:
    value = VALUES["nl_bsn"]
    text = f'"name","note","nl_bsn"\n"Tanaka, R.","a, b; c","{value}"\n'
    assert ("nl_bsn", value) in pii_in(text)
    # a Danish CPR number (a date and a serial) under its column, and not under `batch_date`
    assert ("dk_cpr", "010190-1234") in pii_in("name,cpr_nr,city\nA. Holm,010190-1234,Aarhus\n")
    assert pii_in("name,batch_date,city\nA. Holm,010190-1234,Aarhus\n") == []
