"""Round 7 of the personal-data detector: the Polish PESEL, the Belgian national number, the Swiss
AHV number, the Austrian social insurance number and the Portuguese NIF, each with its check
digits; more names (local languages, English descriptions) for the ids known before; phone
look-alikes (an eleven-digit 06…, a dated reference, Australia's drama mobiles). Values are
generated here from the published rules, never copied from a data set."""

from __future__ import annotations

import json
import random

import pytest

from mcpwarden.detectors.leaks import luhn_valid, resolve, scan_unescaped
from mcpwarden.detectors.pii import PII_KINDS, _find_plain, find_pii

RNG = random.Random(20261122)
NEW_KINDS = ("pl_pesel", "be_national_number", "ch_ahv", "at_svnr", "pt_nif")


def pii_in(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_pii(text)]


# -- independent generators (from the published rules) --------------------------------------------


def pesel(year: int = 1985, month: int = 7, day: int = 30, serial: str = "0331") -> str:
    """YYMMDD with the century in the month, four serial digits, the 1-3-7-9 check digit."""
    offset = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[year // 100]
    body = f"{year % 100:02d}{month + offset:02d}{day:02d}{serial}"
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return body + str((10 - total % 10) % 10)


def be_number(date: str = "850730", serial: str = "033", born_2000: bool = False) -> str:
    """YYMMDD, the serial, 97 minus the nine digits mod 97 (with a `2` in front from 2000)."""
    base = date + serial
    check = 97 - int(("2" if born_2000 else "") + base) % 97
    return f"{base}{check:02d}"


def be_punctuated(number: str) -> str:
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def ahv(body: str = "123456789") -> str:
    """756, nine digits and the EAN-13 check digit."""
    digits = "756" + body
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def ahv_dotted(number: str) -> str:
    return f"{number[:3]}.{number[3:7]}.{number[7:11]}.{number[11:]}"


def svnr(serial: str = "123", date: str = "010180") -> str:
    """Serial, check digit (weights 3-7-9, 5-8-4-2-1-6 over the date, mod 11), DDMMYY."""
    total = sum(int(d) * w for d, w in zip(serial + date, (3, 7, 9, 5, 8, 4, 2, 1, 6),
                                           strict=True))
    assert total % 11 != 10, "pick another serial: this one gives no check digit"
    return f"{serial}{total % 11}{date}"


def nif(body: str = "12345678") -> str:
    """Eight digits and the mod-11 check digit (weights 9 … 2; 0 for a remainder under 2)."""
    remainder = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return body + str(0 if remainder < 2 else 11 - remainder)


def bad_last(number: str) -> str:
    """The same number with another last digit (so a wrong check digit)."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def random_pesel() -> str:
    return pesel(RNG.choice((1950, 1977, 1999, 2004, 2019)), RNG.randint(1, 12),
                 RNG.randint(1, 28), f"{RNG.randrange(10000):04d}")


def random_nif() -> str:
    return nif(RNG.choice("12356") + "".join(RNG.choice("0123456789") for _ in range(7)))


def random_svnr() -> str:
    date = f"{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}{RNG.randint(0, 99):02d}"
    while True:
        serial = str(RNG.randint(100, 999))
        try:
            return svnr(serial, date)
        except AssertionError:
            continue


def test_generators_agree_with_published_examples() -> None:
    # the AHV number of the federal examples and the Portuguese tax authority's sample NIF
    assert ahv("123456789") == "7561234567897"
    assert nif("12345678") == "123456789"
    assert pesel(1944, 5, 14, "0135") == "44051401359"  # the example PESEL of Wikipedia


# -- must find ------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", [
    "PESEL: {}", "nr PESEL {}", "numer PESEL {}", "pesel={}", '{{"pesel": "{}"}}',
    "Pacjent: Jan Nowak, PESEL {}, ur. w Poznaniu", "Numer identyfikacyjny {}",
    "Customer national id (PL): {}", "my PESEL number is {} thanks", "numer ewidencyjny {}",
])
@pytest.mark.parametrize("value", [pesel(), pesel(2004, 2, 29, "1234"), pesel(1899, 12, 31, "5678"),
                                   random_pesel(), random_pesel()])
def test_pesel_after_its_name(template: str, value: str) -> None:
    assert ("pl_pesel", value) in pii_in(template.format(value))


@pytest.mark.parametrize("template", [
    "Rijksregisternummer: {}", "numéro de registre national {}", "INSZ {}", "NISS: {}",
    "rrn={}", '{{"rijksregisternummer": "{}"}}', "Mon numéro national est {}",
    "<NationalNumber>{}</NationalNumber>", "Belgian national number: {}", "eID {}", "NRN: {}",
])
@pytest.mark.parametrize("value", [be_number(), be_number("050317", "142", born_2000=True),
                                   be_number("700000", "201"), be_number("920229", "017")])
def test_be_national_number_after_its_name(template: str, value: str) -> None:
    assert ("be_national_number", value) in pii_in(template.format(value))


@pytest.mark.parametrize("value", [be_number(), be_number("050317", "142", born_2000=True),
                                   be_number("631208", "865")])
@pytest.mark.parametrize("template", ["{}", "| Peeters | {} |", "dossier client {} ok",
                                      "NN {}"])
def test_be_national_number_by_its_punctuation(template: str, value: str) -> None:
    dotted = be_punctuated(value)
    assert ("be_national_number", dotted) in pii_in(template.format(dotted))


@pytest.mark.parametrize("template", [
    "AHV-Nr.: {}", "AHV {}", "numéro AVS {}", "numero AVS: {}", "ahv={}", '{{"ahvNumber": "{}"}}',
    "Meine AHV-Nummer ist {}", "<AHVN13>{}</AHVN13>", "Sozialversicherungsnummer {}",
    "Swiss social security number {}", "OASI number {}",
])
@pytest.mark.parametrize("body", ["123456789", "987654320", "000271828"])
def test_ahv_after_its_name_dotted_or_not(template: str, body: str) -> None:
    for value in (ahv(body), ahv_dotted(ahv(body))):
        assert ("ch_ahv", value) in pii_in(template.format(value)), value


@pytest.mark.parametrize("template", ["{}", "| Müller | {} |", "Mitarbeiter {}, Bern"])
def test_ahv_by_its_punctuation(template: str) -> None:
    value = ahv_dotted(ahv("314159265"))
    assert ("ch_ahv", value) in pii_in(template.format(value))


@pytest.mark.parametrize("template", [
    "SVNR: {}", "Sozialversicherungsnummer {}", "VSNR {}", "svnr={}", '{{"svnr": "{}"}}',
    "Meine Versicherungsnummer ist {}", "<SVNR>{}</SVNR>", "e-card {}", "sv-nr: {}",
    "Austrian social insurance number {}", "Versicherter {} angemeldet",
])
@pytest.mark.parametrize("value", [svnr(), svnr("458", "290296"), random_svnr(), random_svnr()])
def test_svnr_after_its_name(template: str, value: str) -> None:
    for written in (value, f"{value[:4]} {value[4:]}"):
        assert ("at_svnr", written) in pii_in(template.format(written)), written


@pytest.mark.parametrize("template", [
    "NIF: {}", "Contribuinte n.º {}", "número de contribuinte {}", "Cliente: João, NIF {}, Lisboa",
    "nif={}", '{{"nif": "{}"}}', "O meu NIF é {}", "<NIF>{}</NIF>", "Portuguese tax id {}",
    "NIPC/NIF {}", "número de identificação fiscal {}", "número fiscal: {}",
])
@pytest.mark.parametrize("value", [nif(), nif("50123456"), nif("45012345"), random_nif()])
def test_nif_after_its_name(template: str, value: str) -> None:
    for written in (value, f"{value[:3]} {value[3:6]} {value[6:]}"):
        assert ("pt_nif", written) in pii_in(template.format(written)), written


def bsn(body: str = "11122233") -> str:
    weighted = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    return body + str(weighted % 11) if weighted % 11 < 10 else bsn(str(int(body) + 1))


def sin(body: str = "04645428") -> str:
    return body + next(d for d in "0123456789" if luhn_valid(body + d))


def no_number(date: str = "150765", individual: str = "005") -> str:
    digits = date + individual
    for weights in ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)):
        check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
        assert check != 10
        digits += str(check % 11)
    return digits


@pytest.mark.parametrize(("kind", "text", "value"), [
    ("nl_bsn", "Citizen service number: {}", bsn()),
    ("ca_sin", "Please confirm your SIN ({}) for payroll.", sin()),
    ("in_aadhaar", "UID {}", "234123412346"),
    ("in_aadhaar", "e-KYC verified for {}", "2341 2341 2346"),
    ("no_fodselsnummer", "Personnummer (11 siffer): {}", no_number()),
    ("no_fodselsnummer", "f.nr.: {}", no_number()),
    ("no_fodselsnummer", "identitetsnummer {}", no_number()),
    ("no_fodselsnummer", "Norwegian national id {}", no_number()),
    ("se_personnummer", "identitet {} verifierad", "19" + "811218" + "9876"),
    ("se_personnummer", "pers.nr {}", "811218-9876"),
    ("se_personnummer", "The personnummer ({}, Luhn) was checked", "811218-9876"),
    ("ca_sin", "SIN ({}, verified)", sin()),
    ("nl_bsn", "Dutch national id {}", bsn()),
    ("in_aadhaar", "national id no. {}", "2341 2341 2346"),
])
def test_more_names_for_known_kinds(kind: str, text: str, value: str) -> None:
    assert (kind, value) in pii_in(text.format(value))


def test_phone_after_handy() -> None:
    assert ("phone", "06-12345678") in pii_in("Handy: 06-12345678")
    assert ("phone", "0171 2345678") in pii_in("Handynummer 0171 2345678")


# -- must pass ------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["PESEL: {} (błędna suma kontrolna)", "nr PESEL {}"])
def test_pesel_with_a_wrong_check_digit_passes(template: str) -> None:
    for _ in range(10):
        assert pii_in(template.format(bad_last(random_pesel()))) == []


def test_pesel_with_a_bad_date_passes() -> None:
    # valid check digits over a 13th month, a 30 February and a month encoding no century uses
    for body in ("8513300331", "8502300331", "8599010331"):
        total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3),
                                               strict=True))
        value = body + str((10 - total % 10) % 10)
        assert pii_in(f"PESEL {value}") == [], value


def test_be_with_a_wrong_check_or_date_passes() -> None:
    for value in (bad_last(be_number()), be_number("851330", "033"), be_number("850231", "033"),
                  be_number("850730", "000")):
        assert pii_in(f"rijksregisternummer {value}") == [], value
        assert pii_in(f"bestelling {be_punctuated(value)}") == [], value


def test_ahv_with_a_wrong_check_or_country_passes() -> None:
    for value in (bad_last(ahv("123456789")), bad_last(ahv("555000111"))):
        assert pii_in(f"AHV {ahv_dotted(value)} ungültig") == [], value
        assert pii_in(f"Artikel {ahv_dotted(value)}") == [], value
    # an EAN-13 with a valid check digit but another prefix: a product, not a person
    product = "7601234567890"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(product[:12]))
    product = product[:12] + str((10 - total % 10) % 10)
    assert pii_in(f"EAN {product}") == []
    assert pii_in(f"AHV {product}") == []


def test_svnr_with_a_wrong_check_or_date_passes() -> None:
    value = svnr()
    wrong = value[:3] + str((int(value[3]) + 1) % 10) + value[4:]
    assert pii_in(f"SVNR {wrong}") == []
    assert pii_in(f"SVNR {value[:4]}320180") == []  # the 32nd of January
    assert pii_in(f"SVNR 0{value[1:]}") == []  # no serial starts with 0


def test_nif_with_a_wrong_check_or_first_digit_passes() -> None:
    for _ in range(10):
        assert pii_in(f"NIF {bad_last(random_nif())} inválido") == []
    assert pii_in(f"NIF {nif('40123456')}") == []  # 4 alone is no holder's first digit


@pytest.mark.parametrize("value", [pesel(), nif(), svnr(), be_number(), ahv("123456789")])
@pytest.mark.parametrize("template", ["Zamówienie nr {}", "Encomenda {}", "fatura {}",
                                      "row count {}", "| Kowalski | {} |", "Bestelnummer: {}"])
def test_bare_numbers_without_a_name_pass(template: str, value: str) -> None:
    assert [kind for kind, _ in pii_in(template.format(value)) if kind in NEW_KINDS] == []


@pytest.mark.parametrize("text", [
    "Zamówienie nr 06231619425", "nr 06290995104",  # eleven digits from 06: a PESEL, not a phone
    "viite 070590-2161", "tilaus 030445-8161",  # DDMMYY-NNNN is a dated reference
    "mobile 0491 570 143", "call 0491 579 455", "tel +61 491 578 888",  # ACMA drama mobiles
    "version 23.8.16 build 2015.11.13.9362", "Deadline: 20.01.2023",
    "nn 12 items, eid 42", "uid=1000(app) gid=1000(app)", "sin(x) * 123456789",
])
def test_look_alikes_pass(text: str) -> None:
    assert pii_in(text) == []


def test_a_real_mobile_still_counts() -> None:
    assert ("phone", "0612345678") in pii_in("Bel me: 0612345678")
    assert ("phone", "0491 123 456") in pii_in("mobile 0491 123 456")


# -- plumbing -------------------------------------------------------------------------------------


def test_kinds_are_known_and_selectable() -> None:
    assert set(NEW_KINDS) <= set(PII_KINDS)
    text = f"PESEL {pesel()}, NIF {nif()}, SVNR {svnr()}, {be_punctuated(be_number())}, " \
           f"{ahv_dotted(ahv())}"
    assert {leak.kind for leak in find_pii(text)} == set(NEW_KINDS)
    for kind in NEW_KINDS:
        assert {leak.kind for leak in find_pii(text, kinds=[kind])} == {kind}
    assert find_pii(text, kinds=["email"]) == []


def test_in_a_json_tool_result() -> None:
    record = {"pacjent": {"pesel": pesel()}, "klant": {"rijksregisternummer": be_number()},
              "person": {"ahvNumber": ahv_dotted(ahv("271828182"))},
              "patient": {"svnr": svnr("458", "290296")}, "cliente": {"nif": nif()}}
    for dumped in (json.dumps(record), json.dumps(record, indent=2)):
        assert {kind for kind, _ in pii_in(dumped)} == set(NEW_KINDS)


def test_prefilter_loses_nothing_a_full_scan_finds() -> None:
    lines = [f"PESEL {pesel()}", f"NIF {nif()}", f"SVNR {svnr()}",
             f"numéro national {be_number()}", be_punctuated(be_number("050317", "142", True)),
             f"AHV {ahv()}", ahv_dotted(ahv("987654320")), f"Personnummer (11 siffer): "
             f"{no_number()}", f"SIN ({sin()})", f"Encomenda {nif('50123456')}",
             f"nr {bad_last(pesel())}"]
    lines += [f"ref {RNG.randrange(10**8, 10**11)}" for _ in range(20)]
    text = "\n".join(f"{line} — ticket {n} at 2026-11-22 10:{n:02d}:00" for n, line in
                     enumerate(lines))
    wanted = frozenset(PII_KINDS)
    full = resolve(scan_unescaped(text, lambda plain: _find_plain(plain, wanted, True)))
    fast = find_pii(text)
    assert [(x.kind, x.start, x.end) for x in fast] == [(x.kind, x.start, x.end) for x in full]
    assert set(NEW_KINDS) | {"no_fodselsnummer", "ca_sin"} <= {x.kind for x in fast}
