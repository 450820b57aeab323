# ruff: noqa: E501
"""Random personal-data values with valid check digits, and near-miss values without them."""

from __future__ import annotations

import random
import string


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


def luhn_ok(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return luhn_digit("".join(digits[:-1])) == digits[-1]


def card(rng: random.Random) -> tuple[str, str]:
    brand = rng.choice(["visa", "mastercard", "mastercard2", "amex", "discover", "jcb"])
    prefix, length = {
        "visa": ("4" + str(rng.randint(10000, 99999)), 16),
        "mastercard": (str(rng.randint(51, 55)) + str(rng.randint(1000, 9999)), 16),
        "mastercard2": (str(rng.randint(2221, 2720)) + str(rng.randint(10, 99)), 16),
        "amex": (rng.choice(["34", "37"]) + str(rng.randint(1000, 9999)), 15),
        "discover": ("6011" + str(rng.randint(10, 99)), 16),
        "jcb": (str(rng.randint(3528, 3589)) + str(rng.randint(10, 99)), 16),
    }[brand]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    num = body + luhn_digit(body)
    style = rng.choice(["space", "dash", "plain", "space"])
    if length == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = {"space": " ", "dash": "-", "plain": ""}[style]
    return brand.rstrip("2"), sep.join(groups)


def not_luhn(rng: random.Random) -> str:
    while True:
        body = rng.choice(["4", "5", "37", "6011"]) + "".join(rng.choice(string.digits) for _ in range(15))
        body = body[:16]
        if not luhn_ok(body):
            return " ".join(body[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {  # country: (bban pattern: n digits, a upper letters, c alnum)
    "DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "NL": "4a10n", "IT": "1a10n12c",
    "BE": "12n", "CH": "5n12c", "PL": "24n", "AT": "16n", "IE": "4a14n", "PT": "21n", "SE": "20n", "DK": "14n",
}


def _bban(rng: random.Random, spec: str) -> str:
    out = []
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        out.append("".join(rng.choice(alphabet) for _ in range(n)))
    return "".join(out)


def _iban_mod(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(rng: random.Random, valid: bool = True) -> str:
    cc = rng.choice(list(IBAN_SPEC))
    bban = _bban(rng, IBAN_SPEC[cc])
    check = 98 - _iban_mod(bban + cc + "00")
    if not valid:
        check = (check + rng.randint(1, 90)) % 97 + 2
        if _iban_mod(bban + cc + f"{check:02d}") == 1:
            check = (check + 1) % 97 + 2
    raw = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(s: str) -> bool:
    raw = s.replace(" ", "")
    return _iban_mod(raw[4:] + raw[:4]) == 1


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng: random.Random) -> str:
    first = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    second = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = f"{rng.randint(0, 999999):06d}"
    s = rng.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if rng.random() < 0.5 else f"{p}{d}{s}"


def dni(rng: random.Random) -> str:
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def personnummer(rng: random.Random) -> str:
    yy, mm, dd = rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28)
    nnn = rng.randint(0, 999)
    body = f"{yy:02d}{mm:02d}{dd:02d}{nnn:03d}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def hetu(rng: random.Random) -> str:
    dd, mm = rng.randint(1, 28), rng.randint(1, 12)
    sign = rng.choice(["-", "A"])
    yy = rng.randint(0, 23) if sign == "A" else rng.randint(40, 99)
    nnn = rng.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}{sign}{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def pesel(rng: random.Random) -> str:
    yy, mm, dd = rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28)
    if yy < 10:
        mm += 20
    d = f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 9999):04d}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(d, w, strict=True)) % 10) % 10
    return d + str(c)


def cpf(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}" if rng.random() < 0.7 else t


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(10))
    n = body + verhoeff_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.7 else n


def sin(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(rng.choice(string.digits) for _ in range(7))
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.6 else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def nir(rng: random.Random) -> str:
    n = f"{rng.choice([1, 2])}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(n) % 97
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {key:02d}" if rng.random() < 0.6 else f"{n}{key:02d}"


def cn_id(rng: random.Random) -> str:
    region = rng.choice(["110101", "310104", "440305", "510107", "330106", "420102"])
    body = f"{region}{rng.randint(1955, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11]


NATIONAL_IDS = {
    "us_ssn": ssn, "uk_nino": nino, "es_dni": dni, "nl_bsn": bsn, "se_personnummer": personnummer,
    "fi_hetu": hetu, "pl_pesel": pesel, "br_cpf": cpf, "in_aadhaar": aadhaar, "ca_sin": sin,
    "fr_nir": nir, "cn_resident_id": cn_id,
}


def phone(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(["us", "uk", "de", "fr", "in", "jp", "br", "au", "es", "nl", "mx", "za"])
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    a = str(rng.randint(2, 9))
    fmts = {
        "us": [f"+1 ({a}{d(2)}) {rng.randint(200, 999)}-{d(4)}", f"({a}{d(2)}) {rng.randint(200, 999)}-{d(4)}", f"{a}{d(2)}-{rng.randint(200, 999)}-{d(4)}", f"+1 {a}{d(2)} {rng.randint(200, 999)} {d(4)}"],
        "uk": [f"+44 20 7946 {d(4)}", f"+44 7{rng.randint(400, 999)} {d(6)}", f"020 7{d(3)} {d(4)}", f"07{rng.randint(400, 999)} {d(3)} {d(3)}"],
        "de": [f"+49 30 {d(8)}", f"+49 151 {d(8)}", f"030 {d(7)}", f"0171 {d(7)}"],
        "fr": [f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "in": [f"+91 9{d(4)} {d(5)}", f"+91-98{d(3)}-{d(5)}", f"09{d(4)} {d(5)}"],
        "jp": [f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
        "br": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"],
        "au": [f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 2 {d(4)} {d(4)}"],
        "es": [f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}"],
        "nl": [f"+31 6 {d(8)}", f"020 {d(3)} {d(4)}"],
        "mx": [f"+52 55 {d(4)} {d(4)}"],
        "za": [f"+27 82 {d(3)} {d(4)}"],
    }
    return country, rng.choice(fmts[country])


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8)]
    style = rng.random()
    if style < 0.3:
        return ":".join([rng.choice(["2a02", "2001", "2607", "2a01", "2c0f"]), *groups[1:]])
    if style < 0.7:
        return f"{rng.choice(['2a02', '2001', '2607', '2a01', '2600'])}:{groups[1]}:{groups[2]}::{groups[6]}:{groups[7]}"
    if style < 0.85:
        return f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"
    return ":".join(f"{rng.randint(0, 0xffff):04x}" for _ in range(8))
