"""Nordic national ids: the Finnish henkilötunnus by its layout and mod-31 check character; the
Swedish personnummer (Luhn), the Norwegian fødselsnummer (two mod-11 digits) and the Danish CPR
number (a valid date) after a word that names them. Look-alikes (bad dates, bad check digits,
order numbers, timestamps, phone numbers) pass."""

from __future__ import annotations

import json
import random

import pytest

from mcpwarden.detectors.leaks import luhn_valid, resolve, scan_unescaped
from mcpwarden.detectors.pii import PII_KINDS, _find_plain, find_pii

RNG = random.Random(20261121)


def pii_in(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_pii(text)]


NORDIC = ("se_personnummer", "no_fodselsnummer", "fi_hetu", "dk_cpr")


def nordic_in(text: str) -> list[tuple[str, str]]:
    return [(kind, span) for kind, span in pii_in(text) if kind in NORDIC]


# -- independent generators (from the published rules) --------------------------------------------


def luhn_digit(body: str) -> str:
    return next(d for d in "0123456789" if luhn_valid(body + d))


def se_number(date: str = "811218", serial: str = "987", sep: str = "-", century: str = "") -> str:
    """`date` is YYMMDD (day + 60 for a samordningsnummer); the Luhn digit over the ten."""
    return f"{century}{date}{sep}{serial}{luhn_digit(date + serial)}"


def no_number(date: str = "150765", serial: str = "005") -> str:
    """A fødselsnummer for DDMMYY and a serial whose check digits exist (else a new serial)."""
    while True:
        digits = [int(c) for c in date + serial]
        weights1, weights2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k1 = 11 - sum(d * w for d, w in zip(digits, weights1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        k2 = 11 - sum(d * w for d, w in zip([*digits, k1], weights2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k1 != 10 and k2 != 10:
            return f"{date}{serial}{k1}{k2}"
        serial = f"{(int(serial) + 1) % 500:03d}"


HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(date: str = "131052", sign: str = "-", serial: str = "308") -> str:
    return f"{date}{sign}{serial}{HETU_CHECKS[int(date + serial) % 31]}"


def test_generators_agree_with_the_published_examples() -> None:
    assert se_number() == "811218-9876"  # Skatteverket's example
    assert hetu() == "131052-308T"  # DVV's example
    assert no_number() == "15076500565"  # the example Skatteetaten's documents use


# -- Finnish henkilötunnus: no word needed --------------------------------------------------------

HETUS = [hetu(), hetu("010594", "Y", "903"), hetu("241207", "A", "123"), hetu("050319", "B", "456"),
         hetu("290200", "A", "217"), hetu("011285", "+", "045"), hetu("311299", "U", "899"),
         hetu("150622", "F", "900")]


@pytest.mark.parametrize("value", HETUS)
@pytest.mark.parametrize("template", [
    "{}", "henkilötunnus {}", "HETU: {}", "Asiakas Matti Virtanen ({}), Helsinki",
    '{{"hetu": "{}", "nimi": "Matti"}}', "personbeteckning {}.", "id={}&x=1",
])
def test_finnish_henkilotunnus_is_found_without_a_word(value: str, template: str) -> None:
    assert ("fi_hetu", value) in pii_in(template.format(value)), template.format(value)


def test_finnish_look_alikes_pass() -> None:
    value = hetu()
    wrong = value[:-1] + HETU_CHECKS[(HETU_CHECKS.index(value[-1]) + 1) % 31]
    assert pii_in(f"HETU {wrong}") == []
    assert pii_in(f"HETU {value.lower()}") == []
    assert pii_in(f"HETU {hetu('310252', '-', '308')}") == []  # no 31 February
    assert pii_in(f"HETU {hetu('290201', 'A', '217')}") == []  # 2001 is no leap year
    assert pii_in(f"HETU {hetu('131352', '-', '308')}") == []  # no month 13
    assert pii_in(f"HETU {hetu('131052', '-', '001')}") == []  # never issued
    assert pii_in(f"HETU {hetu('131052', 'G', '308')}") == []  # no century G
    assert pii_in(f"ref 9{value}") == []  # inside a longer number
    assert pii_in(f"build {value}-2") == []
    assert pii_in(f"sku X{value}") == []
    assert pii_in("2026-11-21T10:30:00Z 131052-3081") == []


# -- Swedish personnummer / samordningsnummer: only after a naming word ---------------------------

SE_VALUES = [
    se_number(),  # 811218-9876
    se_number("121212", "121"),
    se_number("811218", "987", "+"),  # over a hundred
    se_number("811218", "987", "", "19"),  # YYYYMMDDNNNC
    se_number("040229", "345", "-", "20"),  # 29 February 2004
    se_number("701063", "238"),  # samordningsnummer: 3 October 1970
    se_number("811218", "987", ""),  # YYMMDDNNNC
]


@pytest.mark.parametrize("value", SE_VALUES)
@pytest.mark.parametrize("template", [
    "personnummer {}", "Personnummer: {}", "personnr {}", "Pnr: {}", "pnr={}",
    "samordningsnummer {}", "personal identity number {}", "Swedish ID: {}",
    '{{"personnummer": "{}", "namn": "Anna Andersson"}}', "Person-nr. {}",
])
def test_swedish_personnummer_after_its_name_is_found(value: str, template: str) -> None:
    text = template.format(value)
    assert ("se_personnummer", value) in pii_in(text), text


def test_swedish_long_form_with_separator() -> None:
    value = se_number("811218", "987", "-", "19")
    assert value == "19811218-9876"
    assert ("se_personnummer", value) in pii_in(f"personnummer: {value}")


def test_swedish_numbers_need_their_name() -> None:
    # valid date and Luhn digit, written like a personnummer, but nothing says it is one: order
    # and batch numbers stamped with their day look exactly so (see `_NORDIC_WORD`)
    for value in (se_number("201231", "123"), se_number("811218", "987"),
                  se_number("811218", "987", "-", "19")):
        assert pii_in(f"Order {value} shipped") == [], value
        assert pii_in(value) == [], value
        assert pii_in(f'{{"order_id": "{value}"}}') == [], value


def test_swedish_look_alikes_pass() -> None:
    value = se_number()
    wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert pii_in(f"personnummer {wrong}") == []
    assert pii_in(f"personnummer {se_number('810230', '987')}") == []  # no 30 February
    assert pii_in(f"personnummer {se_number('811318', '987')}") == []  # no month 13
    assert pii_in(f"personnummer {se_number('811292', '987')}") == []  # day 32 + 60
    assert pii_in(f"personnummer {se_number('010229', '345', '-', '20')}") == []  # 2001
    assert pii_in(f"personnummer {se_number('811218', '987', '-', '17')}") == []  # century 17
    assert pii_in(f"personnummer 9{value}") == []  # inside a longer number
    assert pii_in(f"personnummer {value}.5") == []


# -- Norwegian fødselsnummer: after a naming word -------------------------------------------------

NO_VALUES = [no_number(), no_number("010190", "010"), no_number("290296", "123"),
             no_number("510190", "010"),  # D-number: day + 40
             no_number("311299", "499"), no_number("010105", "512")]


@pytest.mark.parametrize("value", NO_VALUES)
@pytest.mark.parametrize("template", [
    "fødselsnummer {}", "Fødselsnummer: {}", "fødselsnr. {}", "fnr {}", "FNR: {}",
    "fodselsnummer={}", "personnummer {}", "D-nummer {}",
    '{{"fødselsnummer": "{}", "navn": "Ola Nordmann"}}',
])
def test_norwegian_fodselsnummer_after_its_name_is_found(value: str, template: str) -> None:
    text = template.format(value)
    assert ("no_fodselsnummer", value) in pii_in(text), text


def test_norwegian_with_a_space() -> None:
    value = no_number()
    spaced = f"{value[:6]} {value[6:]}"
    assert ("no_fodselsnummer", spaced) in pii_in(f"fødselsnummer {spaced}")


def test_norwegian_look_alikes_pass() -> None:
    value = no_number()
    assert pii_in(value) == []  # no word
    assert pii_in(f"Faktura {value}") == []
    wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert pii_in(f"fødselsnummer {wrong}") == []
    wrong_first = value[:9] + str((int(value[9]) + 1) % 10) + value[10]
    assert pii_in(f"fødselsnummer {wrong_first}") == []
    assert pii_in(f"fødselsnummer {no_number('320190', '010')}") == []  # no day 32
    assert pii_in(f"fødselsnummer {no_number('290297', '123')}") == []  # 1997
    assert pii_in(f"fødselsnummer {no_number('011390', '010')}") == []  # no month 13
    assert pii_in("fødselsnummer 00000000000") == []
    assert pii_in(f"fødselsnummer +47 {value[:8]}") == [("phone", f"+47 {value[:8]}")]
    assert pii_in("fnr +47 41 23 45 67") == [("phone", "+47 41 23 45 67")]


# -- Danish CPR: after a naming word, no check digit ----------------------------------------------

DK_VALUES = ["010190-1234", "311285-4321", "290200-4017", "150637-7002", "0101901234",
             "070761 2222"]


@pytest.mark.parametrize("value", DK_VALUES)
@pytest.mark.parametrize("template", [
    "CPR {}", "CPR-nr. {}", "cpr-nummer: {}", "CPR nr: {}", "personnummer {}",
    '{{"cpr": "{}", "navn": "Jens Hansen"}}', "Borger (CPR: {})",
])
def test_danish_cpr_after_its_name_is_found(value: str, template: str) -> None:
    text = template.format(value)
    found = pii_in(text)
    if template == "personnummer {}":  # shared word: a Swedish number when Luhn holds
        assert any(span == value for _, span in found), text
        assert found[0][0] in ("dk_cpr", "se_personnummer"), found
    else:
        assert ("dk_cpr", value) in found, text


def test_danish_look_alikes_pass() -> None:
    # no word (the phone rule, older than these, takes `0…-…` for a national phone number)
    assert nordic_in("Ordre 010190-1234") == []
    assert nordic_in("010190-1234") == []
    assert pii_in("Ordre 210190-1234") == []
    assert pii_in("CPR 320190-1234") == []  # no day 32
    assert pii_in("CPR 290201-1234") == []  # 2001 is no leap year
    assert pii_in("CPR 211390-1234") == []  # no month 13
    assert nordic_in("CPR 000000-0000") == []
    assert pii_in("CPR 010190-12345") == []  # one digit too many
    assert pii_in("cprx 210190-1234") == []
    assert nordic_in("CPR tlf. 33 12 34 56") == []  # a phone number, no date


# -- shared look-alikes ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "timestamp 20261121-103000 build 131052-3081-x",
    "2026-11-21 10:30:00,123 INFO request 201231-1234 done",
    "Order 201231-1234, invoice 20201231-1237",
    "ring 08-123 456 78 eller 070-123 45 67",
    "Telefon: 22 12 34 56",
    "ISBN 978-91-1-301234-5",
    "version 1.2.3-131052",
    "personnel: 42 people, 2026-11-21",
])
def test_nordic_look_alikes_in_ordinary_text_pass(text: str) -> None:
    assert nordic_in(text) == []


def test_kinds_are_known_and_selectable() -> None:
    assert {"se_personnummer", "no_fodselsnummer", "fi_hetu", "dk_cpr"} <= set(PII_KINDS)
    text = f"personnummer {se_number()}, HETU {hetu()}"
    assert {leak.kind for leak in find_pii(text, kinds=["fi_hetu"])} == {"fi_hetu"}
    assert {leak.kind for leak in find_pii(text, kinds=["se_personnummer"])} == {
        "se_personnummer"}
    assert find_pii(text, kinds=["email"]) == []
    # a shared word and only one kind wanted: the number is tried as that kind
    assert [leak.kind for leak in find_pii("personnummer 010190-1234", kinds=["dk_cpr"])] == [
        "dk_cpr"]


def test_in_a_json_tool_result() -> None:
    record = {"kund": {"namn": "Anna", "personnummer": se_number("121212", "121")},
              "henkilo": {"hetu": hetu("010594", "Y", "903")},
              "person": {"fødselsnummer": no_number(), "cpr": "311285-4321"}}
    kinds = {kind for kind, _ in pii_in(json.dumps(record, ensure_ascii=False))}
    assert kinds == {"se_personnummer", "fi_hetu", "no_fodselsnummer", "dk_cpr"}
    kinds = {kind for kind, _ in pii_in(json.dumps(record))}  # ø escaped as \u00f8
    assert {"se_personnummer", "fi_hetu", "dk_cpr"} <= kinds


def test_prefilter_loses_nothing_a_full_scan_finds() -> None:
    lines = [f"personnummer {se_number()}", f"HETU {hetu()}", f"fødselsnummer {no_number()}",
             "CPR-nr. 010190-1234", f"Order {se_number('201231', '123')}",
             "Pnr: " + se_number("701063", "238")]
    lines += [f"ref {RNG.randrange(10**5, 10**6)}-{RNG.randrange(1000, 10000)}"
              for _ in range(20)]
    text = "\n".join(f"{line} — ticket {n} at 2026-11-21 10:{n:02d}:00" for n, line in
                     enumerate(lines))
    wanted = frozenset(PII_KINDS)
    full = resolve(scan_unescaped(text, lambda plain: _find_plain(plain, wanted, True)))
    fast = find_pii(text)
    assert [(x.kind, x.start, x.end) for x in fast] == [(x.kind, x.start, x.end) for x in full]
    assert {"se_personnummer", "fi_hetu", "no_fodselsnummer", "dk_cpr"} <= {x.kind for x in fast}
