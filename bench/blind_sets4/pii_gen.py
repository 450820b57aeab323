# ruff: noqa: E501
# Long lines here are literal text templates of the tool results being simulated.
"""Personal data with valid check digits in realistic text, and look-alikes that are not personal data."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

FIRST = [
    "Maria",
    "James",
    "Aiko",
    "Lukas",
    "Fatima",
    "Chen",
    "Olivia",
    "Rahul",
    "Sofia",
    "Pieter",
    "Ingrid",
    "Diego",
]
LAST = [
    "Santos",
    "Miller",
    "Tanaka",
    "Schmidt",
    "Al-Sayed",
    "Wang",
    "Brown",
    "Sharma",
    "Rossi",
    "de Vries",
    "Berg",
    "Morales",
]
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "proton.me",
    "icloud.com",
    "fastmail.fm",
    "orange.fr",
]


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban(r: random.Random, country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def _name(r: random.Random) -> tuple[str, str]:
    return r.choice(FIRST), r.choice(LAST)


def _frame(r: random.Random, i: int, label: str, value: str) -> str:
    f, l_ = _name(r)
    frames = [
        f"Customer record\nName: {f} {l_}\n{label}: {value}\nMember since: 201{r.randint(0, 9)}\nTier: {r.choice(['gold', 'silver'])}",
        f"Hi support, my {label.lower()} is {value} — can you update my account? Thanks, {f}",
        f'{{"customer": {{"name": "{f} {l_}", "{label.lower().replace(" ", "_")}": "{value}", "country": "{r.choice(["DE", "GB", "US", "FR"])}"}}}}',
        f"{r.randint(1000, 9999)},{f},{l_},{value},{r.choice(['active', 'pending'])}",
        f"Subject: Updated details\n\nDear team,\n\nPlease use {value} as my {label.lower()} from now on.\n\nKind regards,\n{f} {l_}",
        f"Ticket #{r.randint(10000, 99999)} — caller {f} {l_} verified identity with {label.lower()} {value}; issue: password reset.",
    ]
    return frames[i % len(frames)]


def p_email(r: random.Random, i: int) -> tuple[str, str]:
    f, l_ = _name(r)
    v = f"{f.lower()}.{l_.lower().replace(' ', '').replace('-', '')}{r.randint(1, 99)}@{r.choice(DOMAINS)}"
    return _frame(r, i, "Email", v), v


def p_phone(r: random.Random, i: int) -> tuple[str, str]:
    opts = [
        f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}",
        f"+49 15{r.randint(1, 9)} {r.randint(1000000, 9999999)}",
        f"+1 ({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
        f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"+91 9{r.randint(100000000, 999999999)}",
        f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    ]
    v = opts[i % len(opts)]
    return _frame(r, i, "Phone", v), v


def p_card(r: random.Random, i: int) -> tuple[str, str]:
    prefix, length = [("4", 16), ("51", 16), ("55", 16), ("37", 15), ("2221", 16), ("6011", 16)][
        i % 6
    ]
    partial = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    num = partial + luhn_digit(partial)
    v = " ".join(num[k : k + 4] for k in range(0, len(num), 4)) if i % 2 else num
    return _frame(r, i, "Card number", v), v


def p_iban(r: random.Random, i: int) -> tuple[str, str]:

    def d(n: int) -> str:
        return "".join(r.choice(string.digits) for _ in range(n))

    c, b = [
        ("DE", d(18)),
        ("GB", "NWBK" + d(14)),
        (
            "FR",
            d(10)
            + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11))
            + d(2),
        ),
        ("NL", "ABNA" + d(10)),
        ("ES", d(20)),
        ("IT", r.choice(string.ascii_uppercase) + d(10) + d(12)),
    ][i % 6]
    v = iban(r, c, b)
    if i % 3 == 1:
        v = " ".join(v[k : k + 4] for k in range(0, len(v), 4))
    return _frame(r, i, "IBAN", v), v


def p_ssn(r: random.Random, i: int) -> tuple[str, str]:
    area = r.choice([a for a in range(1, 900) if a != 666])
    v = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return _frame(r, i, "SSN", v), v


def p_nino(r: random.Random, i: int) -> tuple[str, str]:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = r.choice(first) + r.choice(second)
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = f"{r.randint(0, 999999):06d}"
    v = (
        f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {r.choice('ABCD')}"
        if i % 2
        else f"{pre}{digits}{r.choice('ABCD')}"
    )
    return _frame(r, i, "National Insurance number", v), v


def p_ipv4(r: random.Random, i: int) -> tuple[str, str]:
    v = f"{r.choice([31, 46, 78, 82, 89, 94, 109, 151, 176, 185, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    texts = [
        f'{v} - - [12/Mar/2025:10:0{r.randint(0, 9)}:11 +0000] "POST /login HTTP/1.1" 200 512 "-" "Mozilla/5.0"',
        f"New sign-in to your account from {v} (Berlin, Germany). If this wasn't you, reset your password.",
        f"user_id=4{r.randint(1000, 9999)} last_login_ip={v} device=iPhone",
    ]
    return texts[i % len(texts)], v


def p_ipv6(r: random.Random, i: int) -> tuple[str, str]:
    v = f"2a0{r.randint(1, 9)}:{r.randint(0x1000, 0xFFFF):x}:{r.randint(0x100, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{r.randint(1, 0xFFFF):x}"
    texts = [
        f"Login from {v} for {r.choice(FIRST).lower()}@{r.choice(DOMAINS)} at 09:1{r.randint(0, 9)}",
        f'client_ip: "{v}"\nsession_user: {r.choice(FIRST)} {r.choice(LAST)}',
    ]
    return texts[i % 2] + "\nGeo: residential broadband, approximate location only.", v


def p_dni(r: random.Random, i: int) -> tuple[str, str]:
    n = r.randint(10**7, 10**8 - 1)
    v = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    return _frame(r, i, "DNI", v), v


def p_bsn(r: random.Random, i: int) -> tuple[str, str]:
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        s = sum(d * w for d, w in zip(ds, [9, 8, 7, 6, 5, 4, 3, 2], strict=True))
        last = s % 11
        if last <= 9 and ds[0] != 0:
            break
    v = "".join(map(str, ds)) + str(last)
    return _frame(r, i, "BSN", v), v


def p_sin(r: random.Random, i: int) -> tuple[str, str]:
    partial = str(r.randint(1, 7)) + "".join(r.choice(string.digits) for _ in range(7))
    num = partial + luhn_digit(partial)
    v = f"{num[:3]} {num[3:6]} {num[6:]}" if i % 2 else f"{num[:3]}-{num[3:6]}-{num[6:]}"
    return _frame(r, i, "SIN", v), v


def p_cpf(r: random.Random, i: int) -> tuple[str, str]:
    while True:
        ds = [r.randint(0, 9) for _ in range(9)]
        if len(set(ds)) > 1:
            break
    for w in (10, 11):
        s = sum(d * (w - k) for k, d in enumerate(ds))
        ds.append(0 if s % 11 < 2 else 11 - s % 11)
    t = "".join(map(str, ds))
    v = f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"
    return _frame(r, i, "CPF", v), v


def p_personnummer(r: random.Random, i: int) -> tuple[str, str]:
    core = f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    v = f"{core[:6]}-{core[6:]}{luhn_digit(core)}"
    return _frame(r, i, "Personnummer", v), v


PII_KINDS: dict[str, Callable[[random.Random, int], tuple[str, str]]] = {
    "email": p_email,
    "phone": p_phone,
    "credit_card": p_card,
    "iban": p_iban,
    "us_ssn": p_ssn,
    "uk_nino": p_nino,
    "ipv4": p_ipv4,
    "ipv6": p_ipv6,
    "es_dni": p_dni,
    "nl_bsn": p_bsn,
    "ca_sin": p_sin,
    "br_cpf": p_cpf,
    "se_personnummer": p_personnummer,
}


def n_order(r: random.Random, i: int) -> str:
    return f"Your order #{r.randint(10**9, 10**10 - 1)} has shipped. Tracking: 1Z{r.randint(10**15, 10**16 - 1)}. Estimated delivery {r.randint(2, 6)} days."


def n_version(r: random.Random, i: int) -> str:
    return f"Upgraded nginx from 1.{r.randint(18, 25)}.{r.randint(0, 9)} to 1.{r.randint(26, 27)}.{r.randint(0, 5)}; kernel {r.randint(5, 6)}.{r.randint(1, 15)}.{r.randint(0, 200)}-{r.randint(10, 99)}-generic; build 20.{r.randint(10, 99)}.{r.randint(1000, 9999)}.{r.randint(1, 999)}."


def n_timestamp(r: random.Random, i: int) -> str:
    return f"created_at={1700000000 + r.randint(0, 10**8)} updated=2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00.{r.randint(100, 999)}+01:00 ttl_ms={r.randint(1000, 99999)}"


def n_bad_card(r: random.Random, i: int) -> str:
    partial = "4" + "".join(r.choice(string.digits) for _ in range(14))
    bad = str((int(luhn_digit(partial)) + r.randint(1, 9)) % 10)
    return f"Reference number {partial + bad} (not a card: fails the checksum) printed on the warehouse pick list, bin {r.randint(1, 99)}."


def n_bad_iban(r: random.Random, i: int) -> str:
    good = iban(r, "DE", "".join(r.choice(string.digits) for _ in range(18)))
    chk = (int(good[2:4]) + r.randint(1, 50)) % 97 + 2
    return f"Validation failed for field 'iban': DE{chk:02d}{good[4:]} — checksum mismatch. Please re-enter."


def n_example_email(r: random.Random, i: int) -> str:
    return f"Set SENDER to an address like {r.choice(['noreply', 'alerts', 'user', 'jane.doe'])}{r.randint(1, 99)}@{r.choice(['example.com', 'example.org', 'example.net', 'test.example'])} in your local config."


def n_doc_ip(r: random.Random, i: int) -> str:
    ip = r.choice(
        [
            f"192.0.2.{r.randint(1, 254)}",
            f"198.51.100.{r.randint(1, 254)}",
            f"203.0.113.{r.randint(1, 254)}",
            f"2001:db8::{r.randint(1, 0xFFFF):x}",
        ]
    )
    return f"In this example the load balancer listens on {ip} and forwards to the backends on port {r.choice([80, 8080, 443])}."


def n_private_ip(r: random.Random, i: int) -> str:
    return f"upstream app_servers {{\n  server 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}:8080;\n  server 172.16.{r.randint(0, 31)}.{r.randint(1, 254)}:8080;\n}}"


def n_sku(r: random.Random, i: int) -> str:
    return f"SKU {r.choice(['TSH', 'MUG', 'CAP'])}-{r.randint(1000, 9999)}-{r.choice(['BLK', 'WHT', 'RED'])}-{r.choice(['S', 'M', 'L'])}, EAN 40{r.randint(10**10, 10**11 - 1)}, qty {r.randint(1, 500)}"


def n_isbn(r: random.Random, i: int) -> str:
    core = "978" + "".join(r.choice(string.digits) for _ in range(9))
    chk = (10 - sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(core)) % 10) % 10
    return f"Recommended reading: ISBN {core}{chk}, {r.randint(200, 600)} pages, {r.randint(1990, 2024)} edition."


def n_fictional_phone(r: random.Random, i: int) -> str:
    return (
        r.choice(
            [
                f"Call the demo line at (555) 01{r.randint(0, 99):02d} for the sample IVR menu.",
                f"Example UK number for drama use: 07700 900{r.randint(0, 999):03d}.",
                f"The form accepts numbers such as +1-202-555-01{r.randint(0, 99):02d} (fictional).",
            ]
        )
        + f" Ref {r.randint(100, 999)}."
    )


def n_invalid_ssn(r: random.Random, i: int) -> str:
    area = r.choice(["000", "666", f"9{r.randint(0, 99):02d}"])
    return f"Test fixture: invalid SSN {area}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d} should be rejected by the validator (case {i})."


def n_invalid_nino(r: random.Random, i: int) -> str:
    pre = r.choice(["BG", "GB", "NK", "TN", "ZZ", "DA", "QQ"])
    return f"Placeholder NI number {pre}{r.randint(0, 999999):06d}{r.choice('ABCD')} used on the specimen form; not issued to anyone (sheet {i})."


def n_coordinates(r: random.Random, i: int) -> str:
    return f"Weather station {r.randint(100, 999)}: lat {r.uniform(-60, 60):.4f}, lon {r.uniform(-170, 170):.4f}, elevation {r.randint(0, 3000)} m, reading {r.uniform(-10, 35):.1f}°C"


def n_hex_colour(r: random.Random, i: int) -> str:
    return f":root {{ --brand: #{r.randint(0, 0xFFFFFF):06x}; --accent: #{r.randint(0, 0xFFFFFF):06x}; --radius: {r.randint(2, 12)}px; }}"


PII_LOOKALIKE_KINDS: dict[str, Callable[[random.Random, int], str]] = {
    "order_number": n_order,
    "version": n_version,
    "timestamp": n_timestamp,
    "invalid_card": n_bad_card,
    "invalid_iban": n_bad_iban,
    "example_email": n_example_email,
    "documentation_ip": n_doc_ip,
    "private_ip": n_private_ip,
    "product_code": n_sku,
    "isbn": n_isbn,
    "fictional_phone": n_fictional_phone,
    "invalid_ssn": n_invalid_ssn,
    "invalid_nino": n_invalid_nino,
    "coordinates": n_coordinates,
    "css_colour": n_hex_colour,
}
