# ruff: noqa: E501
"""Personal data with valid check digits, and look-alikes that are not personal data."""

from __future__ import annotations

import string
from collections.abc import Callable

from ._common import CITIES, FIRST, LAST, PRODUCTS, Rng, alnum, date, hexs, name, ts

Gen = Callable[[Rng], str]


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


def iban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(conv) % 97:02d}{bban}"


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def email_addr(rng: Rng) -> str:
    f, ln = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    return rng.choice([f"{f}.{ln}", f"{f}{ln[:3]}{rng.randint(1, 99)}", f"{f[0]}{ln}", f"{ln}.{f}{rng.randint(70, 99)}"]) + "@" + rng.choice(["gmail.com", "outlook.com", "posteo.de", "yahoo.co.uk", "icloud.com", "proton.me", "web.de", "hotmail.fr", "naver.com", "mail.ru"])


def phone(rng: Rng) -> str:
    return rng.choice([
        f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}", f"+49 15{rng.randint(1, 9)} {_digits(rng, 8)}",
        f"+33 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
        f"+1 ({rng.randint(201, 989)}) {rng.randint(201, 989)}-{rng.randint(2000, 9999)}",
        f"+81 90-{_digits(rng, 4)}-{_digits(rng, 4)}", f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}",
        f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"+34 6{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", f"+254 7{_digits(rng, 2)} {_digits(rng, 6)}",
    ])


def card(rng: Rng) -> str:
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
        n = body + luhn_digit(body)
        return rng.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    body = ("4" if kind == "visa" else str(rng.randint(51, 55))) + _digits(rng, 14 if kind == "visa" else 13)
    n = body + luhn_digit(body)
    return rng.choice([n, " ".join(n[i : i + 4] for i in range(0, 16, 4)), "-".join(n[i : i + 4] for i in range(0, 16, 4))])


def iban_value(rng: Rng) -> str:
    c = rng.choice(["DE", "GB", "FR", "NL", "ES", "IT", "BE"])
    bban = {
        "DE": lambda: _digits(rng, 18), "GB": lambda: rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + _digits(rng, 14),
        "FR": lambda: _digits(rng, 10) + alnum(rng, 11, string.ascii_uppercase + string.digits) + _digits(rng, 2),
        "NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _digits(rng, 10), "ES": lambda: _digits(rng, 20),
        "IT": lambda: rng.choice(string.ascii_uppercase) + _digits(rng, 10) + alnum(rng, 12, string.ascii_uppercase + string.digits),
        "BE": lambda: _digits(rng, 12),
    }[c]()
    v = iban(c, bban)
    return rng.choice([v, " ".join(v[i : i + 4] for i in range(0, len(v), 4))])


def us_ssn(rng: Rng) -> str:
    area = rng.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino(rng: Rng) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = _digits(rng, 6)
    return rng.choice([f"{first}{second}{d}{rng.choice('ABCD')}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"])


def es_dni(rng: Rng) -> str:
    n = rng.randint(10**6, 10**8 - 1)
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nl_bsn(rng: Rng) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def se_personnummer(rng: Rng) -> str:
    body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def ca_sin(rng: Rng) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(rng, 7)
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def br_cpf(rng: Rng) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1), strict=False))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def pl_pesel(rng: Rng) -> str:
    yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{_digits(rng, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * y for x, y in zip(body, w, strict=True)) % 10) % 10
    return body + str(c)


def fi_hetu(rng: Rng) -> str:
    dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99)
    ind = rng.randint(2, 899)
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd:02d}{mm:02d}{yy:02d}{ind:03d}") % 31]
    return f"{dd:02d}{mm:02d}{yy:02d}-{ind:03d}{c}"


def ipv4_public(rng: Rng) -> str:
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6_public(rng: Rng) -> str:
    return f"{rng.choice(['2a02', '2a01', '2600', '2001:4860', '2a00'])}:{hexs(rng, 4)}:{hexs(rng, 3)}:{hexs(rng, 4)}::{hexs(rng, 3)}"


PII_KINDS: dict[str, Gen] = {
    "email": email_addr, "phone": phone, "credit_card": card, "iban": iban_value, "us_ssn": us_ssn,
    "uk_nino": uk_nino, "es_dni": es_dni, "nl_bsn": nl_bsn, "se_personnummer": se_personnummer,
    "ca_sin": ca_sin, "br_cpf": br_cpf, "pl_pesel": pl_pesel, "fi_hetu": fi_hetu,
    "ipv4": ipv4_public, "ipv6": ipv6_public,
}

_LABEL = {
    "email": ["E-mail", "email", "Contact"], "phone": ["Phone", "Mobile", "Tel."], "credit_card": ["Card number", "card", "PAN"],
    "iban": ["IBAN", "Bank account", "Payout IBAN"], "us_ssn": ["SSN", "Social Security No.", "ssn"],
    "uk_nino": ["NI number", "National Insurance", "NINO"], "es_dni": ["DNI", "NIF", "Documento"],
    "nl_bsn": ["BSN", "burgerservicenummer", "BSN-nummer"], "se_personnummer": ["Personnummer", "Pnr", "personnr"],
    "ca_sin": ["SIN", "Social Insurance Number", "sin"], "br_cpf": ["CPF", "cpf", "CPF do titular"],
    "pl_pesel": ["PESEL", "nr PESEL", "pesel"], "fi_hetu": ["Henkilötunnus", "HETU", "hetu"],
    "ipv4": ["client_ip", "remote_addr", "IP"], "ipv6": ["client_ip", "src", "IPv6"],
}


def pii_context(rng: Rng, kind: str, v: str) -> str:
    who = name(rng)
    lab = rng.choice(_LABEL[kind])
    if kind in ("ipv4", "ipv6"):
        return rng.choice([
            f"{ts(rng)} INFO auth login ok user={who.split()[0].lower()}{rng.randint(1, 99)} {lab}={v} ua=\"Mozilla/5.0\"",
            f'{v} - - [{rng.randint(1, 28)}/Mar/2026:{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000] "GET /account/settings HTTP/1.1" 200 {rng.randint(300, 9000)}',
            f"Security alert for {who}: a new sign-in to your account from {v} ({rng.choice(CITIES)}) on {date(rng)}. If this wasn't you, reset your password.",
        ])
    return rng.choice([
        f"Applicant: {who}\nDate of application: {date(rng)}\n{lab}: {v}\nCity: {rng.choice(CITIES)}\nStatus: {rng.choice(['received', 'under review', 'approved'])}",
        f'{{"customer": "{who}", "{lab.lower().replace(" ", "_").replace(".", "")}": "{v}", "created": "{ts(rng)}", "segment": "{rng.choice(["retail", "smb"])}"}}',
        f"Hi {rng.choice(FIRST)},\n\nplease update my details — {lab.lower()} is {v} from now on. Thanks!\n\n{who}",
        f"id,name,{lab.lower().replace(' ', '_')},joined\n{rng.randint(100, 9999)},{who},{v},{date(rng)}\n{rng.randint(100, 9999)},{name(rng)},,{date(rng)}",
        f"[{rng.randint(8, 18)}:{rng.randint(10, 59)}] {rng.choice(FIRST)}: the customer on the phone gave {lab} {v}, can you check it against the file?",
        f"Ticket #{rng.randint(1000, 99999)} — {who} asks to correct their record.\nOld {lab}: (blank)\nNew {lab}: {v}\nVerified by: {name(rng)}",
    ])


# ---------------------------------------------------------------- look-alikes (not personal data)

def _bad_luhn(rng: Rng) -> str:
    body = "4" + _digits(rng, 14)
    good = int(luhn_digit(body))
    return body + str((good + rng.randint(1, 9)) % 10)


def _bad_iban(rng: Rng) -> str:
    v = iban("DE", _digits(rng, 18))
    cd = int(v[2:4])
    bad = (cd + rng.randint(1, 50)) % 97
    bad = bad if bad >= 2 and bad != cd else (cd + 1) % 97 or 3
    return f"DE{bad:02d}{v[4:]}"


def _bad_dni(rng: Rng) -> str:
    n = rng.randint(10**6, 10**8 - 1)
    good = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    return f"{n:08d}{rng.choice([c for c in 'TRWAGMYFPDXBNJZSQVHLCKE' if c != good])}"


PII_LOOKALIKE_KINDS: dict[str, Gen] = {
    "order_number": lambda r: f"Your order #{r.randint(10**6, 10**9)} has shipped. Tracking: 1Z{alnum(r, 16, string.ascii_uppercase + string.digits)}. Expected delivery {date(r)}.",
    "version_string": lambda r: f"{r.choice(PRODUCTS)} {r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 200)} (build {r.randint(1000, 99999)}, api level {r.randint(20, 35)}) released {date(r)}.",
    "timestamp": lambda r: f"last_sync={r.randint(1700000000, 1790000000)} next_run={ts(r)} duration_ms={r.randint(100, 99999)}",
    "invalid_luhn_number": lambda r: f"Reference no. {_bad_luhn(r)} (16-digit batch reference, check digit does not apply)",
    "invalid_iban": lambda r: f"Sample from the validation test suite — expected to FAIL: {_bad_iban(r)}",
    "example_domain_email": lambda r: f"Send a test message to {r.choice(FIRST).lower()}@{r.choice(['example.com', 'example.org', 'example.net', 'test.invalid'])} to check the SMTP relay.",
    "documentation_ipv4": lambda r: f"server {r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}:{r.randint(1024, 65000)}; # documentation range (RFC 5737)",
    "documentation_ipv6": lambda r: f"ip -6 addr add 2001:db8:{hexs(r, 4)}::{r.randint(1, 999)}/64 dev eth0   # example prefix from RFC 3849",
    "fictional_phone": lambda r: f"Call us on (555) 01{r.randint(0, 99):02d} — numbers in this tutorial are fictional.",
    "product_sku": lambda r: f"SKU {alnum(r, 3, string.ascii_uppercase)}-{r.randint(1000, 9999)}-{r.choice(['BLK', 'WHT', 'RED'])} · EAN 40{_digits(r, 11)} · qty {r.randint(1, 500)}",
    "invalid_ssn": lambda r: f"Test fixture (never issued): {r.choice(['000', '666', str(r.randint(900, 999))])}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "invalid_dni": lambda r: f"DNI con letra de control incorrecta (caso de prueba): {_bad_dni(r)}",
    "semver_range": lambda r: f'"dependencies": {{ "{r.choice(PRODUCTS)}": "^{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "left-pad": "~1.{r.randint(0, 3)}.0" }}',
    "hex_color": lambda r: f".btn-primary {{ color: #{hexs(r, 6)}; background: #{hexs(r, 6)}; border-radius: {r.randint(2, 12)}px; }}",
    "port_and_pid": lambda r: f"listening on 0.0.0.0:{r.randint(1024, 65535)} pid={r.randint(100, 99999)} workers={r.randint(1, 32)}",
    "invoice_total": lambda r: f"Invoice {r.randint(2024, 2026)}/{r.randint(1, 9999):04d} — net {r.randint(100, 99999)}.{r.randint(0, 99):02d}, VAT {r.randint(5, 25)}%, due {date(r)}",
    "isbn": lambda r: f"ISBN 978-{r.randint(0, 9)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)} · {r.randint(120, 900)} pages · paperback",
    "private_loopback_ip": lambda r: f"healthcheck: http://127.0.0.1:{r.randint(2000, 9000)}/health and metrics on localhost:{r.randint(9000, 9999)}",
}
