"""Personal data with valid check digits, and look-alike numbers that are not personal data."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from ._common import CITIES, PRODUCTS, TEAMS, email_of, hexs, human_date, person, ts, uuid4

DIG = string.digits


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


# ------------------------------------------------------------------ value generators


def card(r: random.Random) -> str:
    kind = r.randrange(4)
    if kind == 0:
        body = "4" + _digits(r, 14)
    elif kind == 1:
        body = str(r.randint(51, 55)) + _digits(r, 13)
    elif kind == 2:
        body = r.choice(["34", "37"]) + _digits(r, 12)
    else:
        body = "6011" + _digits(r, 11)
    num = body + luhn_digit(body)
    if num in {"4242424242424242", "4111111111111111"}:
        return card(r)
    sep = r.choice(["", " ", "-"])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


IBAN_SPECS: dict[str, Callable[[random.Random], str]] = {  # country: BBAN builder
    "DE": lambda r: _digits(r, 8) + _digits(r, 10),
    "GB": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + _digits(r, 14),
    "FR": lambda r: (
        _digits(r, 10)
        + "".join(r.choice(string.ascii_uppercase + DIG) for _ in range(11))
        + _digits(r, 2)
    ),
    "ES": lambda r: _digits(r, 20),
    "NL": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + _digits(r, 10),
    "IT": lambda r: r.choice(string.ascii_uppercase) + _digits(r, 10) + _digits(r, 12),
    "BE": lambda r: _digits(r, 12),
    "PL": lambda r: _digits(r, 24),
    "CH": lambda r: _digits(r, 5) + _digits(r, 12),
    "IE": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + _digits(r, 14),
}


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    return f"{98 - num % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban(r: random.Random) -> str:
    cc = r.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc](r)
    s = cc + iban_check(cc, bban) + bban
    if r.random() < 0.5:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIOQUV")
_NINO_BAD_PAIR = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(r: random.Random) -> str:
    while True:
        a = r.choice([c for c in string.ascii_uppercase if c not in _NINO_BAD_FIRST])
        b = r.choice([c for c in string.ascii_uppercase if c not in _NINO_BAD_SECOND])
        if a + b not in _NINO_BAD_PAIR:
            break
    d = _digits(r, 6)
    suf = r.choice("ABCD")
    if r.random() < 0.5:
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{a}{b}{d}{suf}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(r: random.Random) -> str:
    n = r.randint(10**6, 10**8 - 1)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def cpf_digits(base: str) -> str:
    s1 = sum(int(d) * w for d, w in zip(base, range(10, 1, -1), strict=True))
    d1 = (s1 * 10 % 11) % 10
    s2 = sum(int(d) * w for d, w in zip(base + str(d1), range(11, 1, -1), strict=True))
    d2 = (s2 * 10 % 11) % 10
    return f"{d1}{d2}"


def cpf(r: random.Random) -> str:
    while True:
        base = _digits(r, 9)
        if len(set(base)) > 1:
            break
    full = base + cpf_digits(base)
    return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"


def bsn_ok(s: str) -> bool:
    total = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1), strict=True)) - int(s[8])
    return total % 11 == 0 and s[0] != "0"


def bsn(r: random.Random) -> str:
    while True:
        s = str(r.randint(1, 9)) + _digits(r, 8)
        if bsn_ok(s):
            return s


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel(r: random.Random) -> str:
    y = r.randint(1950, 2005)
    m = r.randint(1, 12) + (20 if y >= 2000 else 0)
    d = r.randint(1, 28)
    base = f"{y % 100:02d}{m:02d}{d:02d}{_digits(r, 4)}"
    chk = (10 - sum(int(c) * w for c, w in zip(base, PESEL_W, strict=True)) % 10) % 10
    return base + str(chk)


def personnummer(r: random.Random) -> str:
    base = f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 3)}"
    full = base + luhn_digit(base)
    return f"{full[:6]}-{full[6:]}"


def sin(r: random.Random) -> str:
    body = str(r.randint(1, 7)) + _digits(r, 7)
    full = body + luhn_digit(body)
    return (
        f"{full[:3]} {full[3:6]} {full[6:]}"
        if r.random() < 0.6
        else f"{full[:3]}-{full[3:6]}-{full[6:]}"
    )


def nir(r: random.Random) -> str:
    base = (
        f"{r.choice('12')}{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
        f"{r.choice([d for d in range(1, 96) if d != 20]):02d}"
        f"{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
    )
    key = 97 - int(base) % 97
    full = base + f"{key:02d}"
    return f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}"


def ipv4(r: random.Random) -> str:
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    head = r.choice(["2a02", "2a01", "2600", "2603", "2406", "2804", "2001:4860", "2a00"])
    parts = [hexs(r, 4).lstrip("0") or "0" for _ in range(8 - head.count(":") - 1)]
    return head + ":" + ":".join(parts)


def phone(r: random.Random) -> str:
    f = r.randrange(10)
    if f == 0:
        area = r.choice([212, 312, 415, 617, 206, 303, 512])
        return f"+1 ({area}) {r.randint(201, 549)}-{_digits(r, 4)}"
    if f == 1:
        return f"+44 7{r.choice(['4', '5', '8', '9'])}{_digits(r, 2)} {_digits(r, 6)}"
    if f == 2:
        return f"+49 {r.choice(['30', '89', '40', '221'])} {_digits(r, 8)}"
    if f == 3:
        return f"+33 6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"
    if f == 4:
        return f"+91 {r.choice('6789')}{_digits(r, 4)} {_digits(r, 5)}"
    if f == 5:
        return f"+81 90-{_digits(r, 4)}-{_digits(r, 4)}"
    if f == 6:
        return f"+55 11 9{_digits(r, 4)}-{_digits(r, 4)}"
    if f == 7:
        return f"+234 80{r.randint(2, 9)} {_digits(r, 3)} {_digits(r, 4)}"
    if f == 8:
        return f"+61 4{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"
    return f"+34 6{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"


def email_addr(r: random.Random) -> str:
    n = person(r)
    first, last = n.lower().split(" ", 1)
    return r.choice(
        [
            f"{first}.{last}@gmail.com",
            f"{first[0]}{last}@outlook.com",
            f"{first}{r.randint(1, 99)}@proton.me",
            email_of(r, n),
            f"{last}.{first}@web.de",
        ]
    )


PII_VALUES: dict[str, Callable[[random.Random], str]] = {
    "email": email_addr,
    "phone": phone,
    "credit_card": card,
    "iban": iban,
    "us_ssn": ssn,
    "uk_nino": nino,
    "es_dni": dni,
    "br_cpf": cpf,
    "nl_bsn": bsn,
    "pl_pesel": pesel,
    "se_personnummer": personnummer,
    "ca_sin": sin,
    "fr_nir": nir,
    "ipv4": ipv4,
    "ipv6": ipv6,
}

_LABEL = {
    "email": ["email", "E-mail", "contact"],
    "phone": ["phone", "mobile", "Tel."],
    "credit_card": ["card number", "card", "PAN"],
    "iban": ["IBAN", "account (IBAN)"],
    "us_ssn": ["SSN", "Social Security No."],
    "uk_nino": ["NI number", "National Insurance no."],
    "es_dni": ["DNI", "NIF"],
    "br_cpf": ["CPF"],
    "nl_bsn": ["BSN", "burgerservicenummer"],
    "pl_pesel": ["PESEL"],
    "se_personnummer": ["personnummer"],
    "ca_sin": ["SIN"],
    "fr_nir": ["n° de sécurité sociale", "NIR"],
    "ipv4": ["client ip", "remote_addr"],
    "ipv6": ["client ip", "remote_addr"],
}


def pii_context(kind: str, v: str, r: random.Random) -> str:
    n = person(r)
    label = r.choice(_LABEL[kind])
    if kind in ("ipv4", "ipv6"):
        style = r.randrange(3)
        if style == 0:
            return (
                f"{v} - - [{human_date(r).replace(' ', '/')}:"
                f"{r.randint(10, 23)}:{r.randint(10, 59)}:00 +0000] "
                f'"POST /account/login HTTP/1.1" {r.choice([200, 302, 401])} '
                f"{r.randint(200, 5000)} "
                f'"-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n'
            )
        if style == 1:
            return (
                f"New sign-in to your {r.choice(PRODUCTS)} account\n\nHi {n.split()[0]}, we "
                f"noticed a sign-in "
                f"from {r.choice(CITIES)} (IP {v}) on {human_date(r)}. If this was you, no action "
                f"is needed.\n"
            )
        return (
            f'{{"event": "login", "user": "{email_of(r, n)}", "{label.replace(" ", "_")}": "{v}", '
            f'"at": "{ts(r)}"}}\n'
        )
    style = r.randrange(6)
    if style == 0:
        return (
            f"From: {n} <{email_of(r, n)}>\nSubject: updated details\n\nHello,\n\nplease update my "
            f"record, my {label} is {v}. Thanks!\n\n{n.split()[0]}\n"
        )
    if style == 1:
        return (
            f'{{"customer": {{"name": "{n}", "city": "{r.choice(CITIES)}", '
            f'"{label.lower().replace(" ", "_")}": '
            f'"{v}", "since": "{human_date(r)}"}}}}\n'
        )
    if style == 2:
        return (
            f"name,{label},city,signup\n{n},{v},{r.choice(CITIES)},{human_date(r)}\n"
            f"{person(r)},,{r.choice(CITIES)},{human_date(r)}\n"
        )
    if style == 3:
        return (
            f"[{r.randint(8, 18)}:{r.randint(10, 59)}] {n.split()[0]}: for the form they asked "
            f"for my "
            f"{label}, it's {v} - can you fill it in for me?\n"
        )
    if style == 4:
        return (
            f"Ticket SUP-{r.randint(1000, 9999)}\nCustomer: {n}\n{label}: {v}\nIssue: cannot "
            f"complete checkout in {r.choice(PRODUCTS)} since {human_date(r)}.\n"
        )
    return (
        f"Application form — {r.choice(PRODUCTS)} {r.choice(['onboarding', 'payroll', 'rental'])}\n"
        f"Full name: {n}\n{label}: {v}\nAddress: {r.randint(1, 200)} "
        f"{r.choice(['High St', 'Rua Nova', 'Hauptstr.', 'Calle Mayor'])}, "
        f"{r.choice(CITIES)}\nSigned {human_date(r)}\n"
    )


# ------------------------------------------------------------------ look-alikes


def _bad_luhn_card(r: random.Random) -> str:
    body = "4" + _digits(r, 14)
    good = luhn_digit(body)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    num = body + bad
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def _bad_iban(r: random.Random) -> str:
    cc = r.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc](r)
    good = int(iban_check(cc, bban))
    bad = (good + r.randint(1, 50)) % 97
    bad = bad if bad >= 2 else bad + 2
    if bad == good:
        bad = good + 1 if good < 98 else good - 1
    return f"{cc}{bad:02d}{bban}"


def pii_lookalike(kind: str, r: random.Random) -> str:
    if kind == "order_number":
        return (
            f"Your order #{r.randint(10**8, 10**9)}-{r.randint(1000, 9999)} from "
            f"{r.choice(PRODUCTS)} "
            f"shipped {human_date(r)}. Invoice "
            f"INV-{r.randint(2024, 2026)}-{r.randint(10000, 99999)}.\n"
        )
    if kind == "version_string":
        return (
            f"Upgraded {r.choice(PRODUCTS)} from "
            f"{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 300)}."
            f"{r.randint(1000, 9999)} to {r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 300)}"
            f".{r.randint(1000, 9999)} (build {r.randint(10000, 99999)}).\n"
        )
    if kind == "timestamp":
        return (
            f"{ts(r)} job={r.choice(TEAMS)} epoch={r.randint(1_700_000_000, 1_800_000_000)} "
            f"duration_ns={r.randint(10**8, 10**11)} exit=0\n"
        )
    if kind == "invalid_card":
        return (
            f"Reference number {_bad_luhn_card(r)} printed on the {r.choice(PRODUCTS)} gift "
            f"voucher; "
            f"quote it when calling the store.\n"
        )
    if kind == "test_card":
        num = r.choice(
            [
                "4242 4242 4242 4242",
                "4000 0566 5566 5556",
                "5555 5555 5555 4444",
                "4111 1111 1111 1111",
                "3782 822463 10005",
            ]
        )
        return (
            f"## Testing payments\n\nIn test mode use card {num}, any future expiry date and any "
            f"CVC. "
            f"Live cards are rejected in the sandbox ({r.choice(TEAMS)} docs, {human_date(r)}).\n"
        )
    if kind == "invalid_iban":
        return (
            f"Field 'iban' rejected: {_bad_iban(r)} fails the checksum "
            f"(ERR_IBAN_{r.randint(10, 99)}).\n"
        )
    if kind == "example_email":
        local = r.choice(["user", "jane.doe", "admin", "test", "alice", "bob", "noreply"])
        dom = r.choice(["example.com", "example.org", "example.net", "mail.test", "domain.invalid"])
        return (
            f"Usage: mycli invite --email {local}@{dom} --role {r.choice(['viewer', 'editor'])}\n"
            f"Sends an invitation to the address given (the one shown is an example).\n"
        )
    if kind == "doc_ip":
        ip = r.choice(
            [
                f"192.0.2.{r.randint(1, 254)}",
                f"198.51.100.{r.randint(1, 254)}",
                f"203.0.113.{r.randint(1, 254)}",
                f"2001:db8::{hexs(r, 4).lstrip('0') or '1'}",
                f"2001:db8:{hexs(r, 3)}::{r.randint(1, 99)}",
            ]
        )
        return (
            f"```nginx\nserver {{\n    listen 80;\n    set_real_ip_from {ip};\n    "
            f"proxy_pass http://backend:{r.choice([8080, 9000])};\n}}\n```\n"
            "Replace the address with your load balancer.\n"
        )
    if kind == "private_ip":
        ip = r.choice(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                "127.0.0.1",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            ]
        )
        return (
            f"{ts(r)} INFO {r.choice(TEAMS)} healthcheck "
            f"upstream={ip}:{r.choice([5432, 6379, 8080])} ok "
            f"latency_ms={r.randint(1, 40)}\n"
        )
    if kind == "fictional_phone":
        num = r.choice(
            [
                f"+1 555-01{r.randint(0, 99):02d}",
                f"(555) 01{r.randint(0, 99):02d}",
                f"07700 900{r.randint(0, 999):03d}",
                f"+44 20 7946 0{r.randint(0, 999):03d}",
            ]
        )
        return (
            f"INT. APARTMENT - NIGHT\n\nMAYA dials {num} and waits. Nobody answers.\n\n"
            f"(Script draft {r.randint(1, 9)}, {human_date(r)})\n"
        )
    if kind == "product_code":
        return (
            f"SKU {r.choice(['TW', 'LX', 'QB'])}-{r.randint(1000, 9999)}-"
            f"{r.choice(['BLK', 'WHT', 'RED'])}, "
            f"EAN {_digits(r, 13)}, batch {hexs(r, 6).upper()}, {r.randint(1, 500)} units in "
            f"{r.choice(CITIES)}.\n"
        )
    if kind == "isbn":
        body = "978" + _digits(r, 9)
        chk = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
        return (
            f"{person(r)}, *{r.choice(['Tidal Systems', 'Quiet Ledgers', 'The Long Build'])}* "
            f"({r.randint(1990, 2026)}), ISBN {body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{chk}.\n"
        )
    if kind == "invalid_ssn":
        v = r.choice(
            [
                f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                f"{r.randint(100, 665)}-00-{r.randint(1000, 9999)}",
                f"{r.randint(100, 665)}-{r.randint(10, 99)}-0000",
            ]
        )
        return f"Validation error: '{v}' is not a valid SSN (reserved group or serial).\n"
    if kind == "tracking_number":
        return (
            f"Parcel 1Z{hexs(r, 6).upper()}{_digits(r, 10)} left the {r.choice(CITIES)} hub at "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}; next update within "
            f"{r.randint(2, 24)} hours.\n"
        )
    if kind == "uuid_ref":
        return f"Request {uuid4(r)} completed; correlation id {uuid4(r)}.\n"
    if kind == "cve_id":
        return (
            f"{r.choice(PRODUCTS)} {r.randint(1, 9)}.{r.randint(0, 9)} fixes "
            f"CVE-{r.randint(2019, 2026)}-"
            f"{r.randint(1000, 49999)} (CVSS {r.randint(1, 9)}.{r.randint(0, 9)}).\n"
        )
    if kind == "coordinates":
        return (
            f"Weather station {r.randint(100, 999)} at {r.uniform(-60, 70):.4f}, "
            f"{r.uniform(-170, 170):.4f}: "
            f"{r.randint(-10, 35)} C, wind {r.randint(0, 60)} km/h, pressure "
            f"{r.randint(980, 1040)} hPa.\n"
        )
    if kind == "money_amounts":
        return (
            f"Q{r.randint(1, 4)} revenue "
            f"{r.randint(1, 999)},{r.randint(100, 999)},{r.randint(100, 999)} "
            f"USD; costs {r.randint(1, 99)},{r.randint(100, 999)},{r.randint(100, 999)} USD; "
            f"{r.choice(TEAMS)} margin {r.randint(5, 60)}.{r.randint(0, 9)}%.\n"
        )
    if kind == "hex_id":
        return (
            f"Crash report {hexs(r, 16)} in module {r.choice(TEAMS)} at offset 0x{hexs(r, 8)}; "
            f"build {hexs(r, 7)}.\n"
        )
    if kind == "postal_code_only":
        return (
            f"Delivery zone {r.choice(['SW1A', 'EC2R', '75008', '10115', '1011'])} covers "
            f"{r.randint(2, 90)} "
            f"stores; average delivery time {r.randint(20, 90)} minutes.\n"
        )
    raise ValueError(kind)


PII_LOOKALIKE_KINDS = [
    "order_number",
    "version_string",
    "timestamp",
    "invalid_card",
    "test_card",
    "invalid_iban",
    "example_email",
    "doc_ip",
    "private_ip",
    "fictional_phone",
    "product_code",
    "isbn",
    "invalid_ssn",
    "tracking_number",
    "uuid_ref",
    "cve_id",
    "coordinates",
    "money_amounts",
    "hex_id",
    "postal_code_only",
]
