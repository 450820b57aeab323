"""Random personal data in real national formats (with their check digits), and look-alikes.

Generators take a seeded `Random` and return the value as it would be written in a document.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from random import Random

PiiGenerator = Callable[[Random], str]

FIRST = ["maria", "tomasz", "aisha", "daniel", "priya", "jonas", "chloe", "kenji", "sofia",
         "liam", "hana", "mateo", "olga", "samuel", "grace", "ravi", "emma", "lucas"]
LAST = ["lindqvist", "kowalczyk", "okonkwo", "ferreira", "raman", "becker", "martin",
        "watanabe", "rossi", "oconnor", "novak", "garcia", "petrova", "adeyemi"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "proton.me",
           "northwind-logistics.com", "mail.uni-heidelberg.de", "copperleaf.bank",
           "icloud.com", "gmx.at", "kestrel-robotics.io", "libero.it", "uol.com.br"]


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def email(rng: Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}",
                        f"{first}_{last}{rng.randint(1, 99)}",
                        f"{first}+{rng.choice(['news', 'shop', 'work'])}", f"{last}.{first[0]}",
                        f"{first}{rng.randint(1970, 2005)}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def phone(rng: Random) -> str:
    formats: list[Callable[[], str]] = [
        lambda: f"+1 ({rng.randint(201, 989)}) {rng.randint(201, 989)}-{digits(rng, 4)}",
        lambda: f"({rng.randint(201, 989)}) {rng.randint(201, 989)}-{digits(rng, 4)}",
        lambda: f"{rng.randint(201, 989)}-{rng.randint(201, 989)}-{digits(rng, 4)}",
        lambda: f"+44 20 3{digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"+44 7{rng.randint(400, 999)} {digits(rng, 6)}",
        lambda: f"07{rng.randint(400, 999)} {digits(rng, 6)}",
        lambda: f"+49 30 {digits(rng, 8)}",
        lambda: f"+49 15{rng.randint(1, 9)} {digits(rng, 8)}",
        lambda: f"0176 {digits(rng, 8)}",
        lambda: f"+33 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        lambda: f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        lambda: f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
        lambda: f"+39 3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"+55 11 9{digits(rng, 4)}-{digits(rng, 4)}",
        lambda: f"+91 9{digits(rng, 4)} {digits(rng, 5)}",
        lambda: f"+81 3-{digits(rng, 4)}-{digits(rng, 4)}",
        lambda: f"090-{digits(rng, 4)}-{digits(rng, 4)}",
        lambda: f"+61 4{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
        lambda: f"+31 6 {digits(rng, 8)}",
        lambda: f"+1.{rng.randint(201, 989)}.{rng.randint(201, 989)}.{digits(rng, 4)}",
    ]
    return rng.choice(formats)()


def luhn_check_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char)
        if index % 2 == 0:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def _card_digits(rng: Random) -> str:
    prefix, length = rng.choice([("4", 16), ("4", 16), (str(rng.randint(51, 55)), 16),
                                 (str(rng.randint(2221, 2720)), 16),
                                 (rng.choice(["34", "37"]), 15), ("6011", 16),
                                 (str(rng.randint(3528, 3589)), 16)])
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def group_card(number: str, separator: str) -> str:
    if len(number) == 15:
        return separator.join([number[:4], number[4:10], number[10:]])
    return separator.join(number[i:i + 4] for i in range(0, 16, 4))


def card(rng: Random) -> str:
    return group_card(_card_digits(rng), rng.choice([" ", "-", ""]))


def bad_card(rng: Random) -> str:
    """A card-shaped number whose Luhn check digit is wrong."""
    number = _card_digits(rng)
    wrong = str((int(number[-1]) + rng.randint(1, 9)) % 10)
    return group_card(number[:-1] + wrong, rng.choice([" ", "-", ""]))


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    numeric = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(numeric) % 97 == 1


def _fr_bban(rng: Random) -> str:
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def _be_bban(rng: Random) -> str:
    first = digits(rng, 10)
    check = int(first) % 97 or 97
    return f"{first}{check:02d}"


def _bban(rng: Random, country: str) -> str:
    upper = string.ascii_uppercase
    return {
        "DE": lambda: digits(rng, 18),
        "GB": lambda: "".join(rng.choice(upper) for _ in range(4)) + digits(rng, 14),
        "FR": lambda: _fr_bban(rng),
        "NL": lambda: "".join(rng.choice(upper) for _ in range(4)) + digits(rng, 10),
        "BE": lambda: _be_bban(rng),
        "AT": lambda: digits(rng, 16),
        "CH": lambda: digits(rng, 17),
        "PL": lambda: digits(rng, 24),
    }[country]()


def _iban_parts(rng: Random) -> tuple[str, str]:
    country = rng.choice(["DE", "DE", "GB", "FR", "NL", "BE", "AT", "CH", "PL"])
    return country, _bban(rng, country)


def _format_iban(compact: str, rng: Random) -> str:
    if rng.random() < 0.6:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact


def iban(rng: Random) -> str:
    country, bban = _iban_parts(rng)
    return _format_iban(country + iban_check(country, bban) + bban, rng)


def bad_iban(rng: Random) -> str:
    country, bban = _iban_parts(rng)
    good = int(iban_check(country, bban))
    wrong = (good + rng.randint(1, 90) - 2) % 97 + 2
    if wrong == good:
        wrong = 2 if good != 2 else 3
    return _format_iban(f"{country}{wrong:02d}{bban}", rng)


def ssn_valid(ssn: str) -> bool:
    area, group, serial = ssn.split("-")
    return (area not in {"000", "666"} and not area.startswith("9") and group != "00"
            and serial != "0000")


def us_ssn(rng: Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def bad_ssn(rng: Random) -> str:
    return rng.choice([f"000-{rng.randint(10, 99)}-{digits(rng, 4)}",
                       f"666-{rng.randint(10, 99)}-{digits(rng, 4)}",
                       f"9{digits(rng, 2)}-{rng.randint(10, 99)}-{digits(rng, 4)}",
                       f"{rng.randint(100, 665)}-00-{digits(rng, 4)}",
                       f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"])


def public_ipv4(rng: Random) -> str:
    while True:
        first = rng.randint(1, 223)
        if first in {10, 100, 127, 169, 172, 192, 198, 203, 0}:
            continue
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def public_ipv6(rng: Random) -> str:
    prefix = rng.choice(["2a01", "2a02", "2600", "2604", "2001:67c", "2a00"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - prefix.count(":") - 1)]
    if rng.random() < 0.5:
        return prefix + ":" + ":".join(groups[:3]) + "::" + ":".join(groups[-2:])
    return prefix + ":" + ":".join(groups)


def ip_address(rng: Random) -> str:
    return public_ipv4(rng) if rng.random() < 0.75 else public_ipv6(rng)


PII_GENERATORS: dict[str, PiiGenerator] = {
    "email": email,
    "phone": phone,
    "card_number": card,
    "iban": iban,
    "us_ssn": us_ssn,
    "ip_address": ip_address,
}
PII_COUNTS = {"email": 40, "phone": 50, "card_number": 35, "iban": 30, "us_ssn": 25,
              "ip_address": 30}


# --- look-alikes: (kind, value, sentence around "{v}")  ------------------------------------

def isbn13(rng: Random) -> str:
    body = "978" + digits(rng, 9)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    full = body + str(check)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def order_number(rng: Random) -> str:
    return rng.choice([f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
                       f"ORD-{rng.randint(2019, 2025)}-{digits(rng, 6)}",
                       f"#{digits(rng, 9)}", f"SO{digits(rng, 8)}"])


def timestamp(rng: Random) -> str:
    epoch = rng.randint(1_500_000_000, 1_800_000_000)
    return rng.choice([str(epoch), str(epoch * 1000 + rng.randint(0, 999)),
                       f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                       f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                       f"{rng.randint(0, 59):02d}.{digits(rng, 6)}Z",
                       f"20250{rng.randint(1, 9)}{rng.randint(10, 28)}{digits(rng, 6)}"])


def dotted_version(rng: Random) -> str:
    return rng.choice([f"10.0.{rng.randint(10000, 22631)}.{rng.randint(1, 4000)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}."
                       f"{rng.randint(0, 999)}",
                       f"1.3.6.1.4.1.{rng.randint(1000, 60000)}.{rng.randint(1, 9)}"])


def product_code(rng: Random) -> str:
    upper = string.ascii_uppercase
    letters = rng.choice(upper) + rng.choice(upper)
    return rng.choice([f"{letters}-{digits(rng, 4)}-{digits(rng, 3)}",
                       f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                       f"EAN {digits(rng, 13)}",
                       f"P/N {digits(rng, 3)}-{digits(rng, 5)}-{digits(rng, 2)}"])


def date_text(rng: Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1990, 2030)
    return rng.choice([f"{year}-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/{year}",
                       f"{day:02d}.{month:02d}.{year}", f"{month:02d}-{day:02d}-{year}",
                       f"{year}{month:02d}{day:02d}"])


def tracking_number(rng: Random) -> str:
    upper = string.ascii_uppercase + string.digits
    return rng.choice(["1Z" + "".join(rng.choice(upper) for _ in range(16)),
                       f"JJD{digits(rng, 18)}",
                       f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"])


def special_ip(rng: Random) -> str:
    return rng.choice(["127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.0.0", "::1",
                       "255.255.255.255", f"127.0.{rng.randint(0, 9)}.1"])


def at_sign_non_email(rng: Random) -> str:
    return rng.choice(["logo@2x.png", "icon@3x.webp", "git@github.com:example/tools.git",
                       "@types/node@20.11.5", "lodash@4.17.21", "@media", "@app.route",
                       "postgres@db:5432", "react@18.3.1"])


def money(rng: Random) -> str:
    return rng.choice([f"{rng.randint(1, 999)} {digits(rng, 3)} {digits(rng, 3)},"
                       f"{digits(rng, 2)} €",
                       f"${rng.randint(1, 999)},{digits(rng, 3)},{digits(rng, 3)}.{digits(rng, 2)}",
                       f"{rng.randint(100, 999)}.{digits(rng, 3)}.{digits(rng, 3)} Ft"])


def coordinates(rng: Random) -> str:
    return f"{rng.uniform(-60, 70):.6f}, {rng.uniform(-170, 170):.6f}"


PII_LOOKALIKES: dict[str, PiiGenerator] = {
    "isbn": isbn13,
    "order_number": order_number,
    "invalid_card": bad_card,
    "invalid_iban": bad_iban,
    "invalid_ssn": bad_ssn,
    "timestamp": timestamp,
    "version": dotted_version,
    "product_code": product_code,
    "date": date_text,
    "tracking_number": tracking_number,
    "special_ip": special_ip,
    "at_sign": at_sign_non_email,
    "money": money,
    "coordinates": coordinates,
}
PII_LOOKALIKE_COUNT = 15
