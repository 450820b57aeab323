"""Personal data with valid check digits, and personal-data look-alikes."""

from __future__ import annotations

import random
from collections.abc import Callable

from blind_sets5._carriers import FIRST, LAST
from blind_sets5._secret_gen import UP, rs


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return luhn_check_digit("".join(digits[:-1])) == digits[-1]


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "mc", "amex"])
    if brand == "amex":
        p = rng.choice(["34", "37"]) + _digits(rng, 12)
        n = p + luhn_check_digit(p)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    p = ("4" if brand == "visa" else str(rng.randint(51, 55))) + _digits(rng, 14 if brand ==
                                                                          "visa" else 13)
    n = p + luhn_check_digit(p)
    sep = rng.choice([" ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random) -> str:
    c = rng.choice(["DE", "FR", "GB", "NL", "ES", "IT", "BE"])
    bban = {
        "DE": lambda: _digits(rng, 18),
        "FR": lambda: _digits(rng, 23),
        "GB": lambda: rs(rng, UP, 4) + _digits(rng, 14),
        "NL": lambda: rs(rng, UP, 4) + _digits(rng, 10),
        "ES": lambda: _digits(rng, 20),
        "IT": lambda: rs(rng, UP, 1) + _digits(rng, 22),
        "BE": lambda: _digits(rng, 12),
    }[c]()
    ib = make_iban(c, bban)
    return group4(ib) if rng.random() < 0.6 else ib


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng: random.Random) -> str:
    while True:
        pre = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if pre not in NINO_BAD:
            break
    d = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if rng.random() < 0.5 else pre + d + suffix


def dni(rng: random.Random) -> str:
    n = rng.randint(10**7, 10**8 - 1)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if s < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(s)


def cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def sin(rng: random.Random) -> str:
    p = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(rng, 7)
    n = p + luhn_check_digit(p)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def personnummer(rng: random.Random) -> str:
    ymd = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    p = ymd + _digits(rng, 3)
    return f"{p[:6]}-{p[6:]}{luhn_check_digit(p)}"


def pesel(rng: random.Random) -> str:
    ymd = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    p = ymd + _digits(rng, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(p, w, strict=True)) % 10) % 10
    return p + str(c)


def email_addr(rng: random.Random) -> str:
    f, la = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    dom = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr",
                      "icloud.com", "proton.me", "hotmail.com"])
    return rng.choice([f"{f}.{la}", f"{f[0]}{la}{rng.randint(1, 99)}", f"{la}_{f}"]) + "@" + dom


def phone(rng: random.Random) -> str:
    return rng.choice([
        lambda: f"+44 7{rng.randint(400, 999)} {_digits(rng, 6)}",
        lambda: f"+49 15{rng.randint(1, 9)} {_digits(rng, 8)}",
        lambda: f"+33 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
        lambda: f"+1 ({rng.randint(201, 989)}) {rng.randint(201, 989)}-{_digits(rng, 4)}",
        lambda: f"+81 90-{_digits(rng, 4)}-{_digits(rng, 4)}",
        lambda: f"+91 98{_digits(rng, 3)} {_digits(rng, 5)}",
        lambda: f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}",
        lambda: f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        lambda: f"+34 6{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        lambda: f"+27 8{rng.randint(2, 4)} {_digits(rng, 3)} {_digits(rng, 4)}",
    ])()


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return f"2a0{rng.randint(1, 9)}:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(7))


PII_GENS: dict[str, Callable[[random.Random], str]] = {
    "email": email_addr, "phone": phone, "credit_card": card, "iban": iban, "us_ssn": ssn,
    "uk_nino": nino, "es_dni": dni, "nl_bsn": bsn, "br_cpf": cpf, "ca_sin": sin,
    "se_personnummer": personnummer, "pl_pesel": pesel, "ipv4": ipv4, "ipv6": ipv6,
}

LABELS = {
    "email": "Email", "phone": "Phone", "credit_card": "Card number", "iban": "IBAN",
    "us_ssn": "SSN", "uk_nino": "National Insurance number", "es_dni": "DNI",
    "nl_bsn": "BSN (burgerservicenummer)", "br_cpf": "CPF", "ca_sin": "SIN",
    "se_personnummer": "Personnummer", "pl_pesel": "PESEL", "ipv4": "IP address",
    "ipv6": "IP address",
}


def pii_text(rng: random.Random, kind: str, value: str) -> str:
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    label = LABELS[kind]
    c = rng.randrange(6)
    if kind in ("ipv4", "ipv6") and c < 3:
        return (f"{who.split()[0].lower()} logged in from {value} at 2025-05-{rng.randint(10, 28)} "
                f"08:{rng.randint(10, 59)} UTC\nuser_agent=\"Mozilla/5.0 (Macintosh)\" "
                f"mfa=passed session_len={rng.randint(1, 90)}m\n")
    if c == 0:
        return (f"Ticket #{rng.randint(10000, 99999)} — account update request\n\nCustomer: {who}"
                f"\n{label}: {value}\n\nThe customer asked us to update their details after the "
                "move. Verified by phone, please process.\n")
    if c == 1:
        return (f"{{\n  \"customer_id\": {rng.randint(1000, 99999)},\n  \"name\": \"{who}\",\n  "
                f"\"{kind}\": \"{value}\",\n  \"segment\": \"{rng.choice(['retail', 'smb'])}\",\n"
                f"  \"created\": \"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\"\n}}")
    if c == 2:
        return (f"Hi,\n\nplease find my details for the onboarding form below.\n\nName: {who}\n"
                f"{label}: {value}\nStart date: 1 {rng.choice(['June', 'July', 'Sept'])}\n\n"
                f"Kind regards,\n{who.split()[0]}")
    if c == 3:
        return (f"[{rng.randint(9, 17)}:{rng.randint(10, 59)}] {who.split()[0]}: hey, for the "
                f"refund they need my {label.lower()}, it's {value}\n[{rng.randint(9, 17)}:"
                f"{rng.randint(10, 59)}] agent: thanks, I've added it to the case.\n")
    if c == 4:
        return (f"id,name,{kind},city\n{rng.randint(1, 999)},{who},\"{value}\","
                f"{rng.choice(['Leeds', 'Porto', 'Kraków', 'Recife', 'Uppsala'])}\n"
                f"{rng.randint(1, 999)},Redacted,\"[removed]\",Madrid\n")
    return (f"APPLICATION FORM (scanned, OCR)\n\nApplicant: {who}\nDate of application: "
            f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2025\n{label}: {value}\nSignature: "
            "(signed)\n")
