"""Value generators for the leakage_dev6 development set.

Every function takes an explicit ``random.Random`` so the set is reproducible.  All values are
random in the real format of the credential or identifier; none is a real key.
"""

from __future__ import annotations

import base64
import json
import random
import string

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PW_SYMBOLS = "!*_-.+"
WORDS = (
    "otter", "maple", "falcon", "cobalt", "harbor", "violet", "tundra", "copper", "saffron",
    "glacier", "ember", "quartz", "meadow", "pepper", "walrus", "zephyr", "lantern", "orchid",
)


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r: random.Random, n: int) -> str:
    return rs(r, HEX, n)


def aws_secret(r: random.Random) -> str:
    # Real secrets always mix cases and digits; force at least one of each class.
    while True:
        v = rs(r, B64, 40)
        upper, lower = any(c.isupper() for c in v), any(c.islower() for c in v)
        if upper and lower and any(c.isdigit() for c in v):
            return v


def aws_key_id(r: random.Random, prefix: str = "AKIA") -> str:
    return prefix + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def azure_storage_key(r: random.Random) -> str:
    return base64.b64encode(r.randbytes(64)).decode()


def azure_client_secret(r: random.Random) -> str:
    return rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_~.-", 34)


def gcp_api_key(r: random.Random) -> str:
    return "AIza" + rs(r, B64URL, 35)


def pem_body(r: random.Random, nbytes: int, lead: str) -> list[str]:
    b = lead + base64.b64encode(r.randbytes(nbytes)).decode()
    return [b[i : i + 64] for i in range(0, len(b), 64)]


def pem(r: random.Random, label: str, nbytes: int, lead: str) -> str:
    lines = [f"-----BEGIN {label}-----", *pem_body(r, nbytes, lead), f"-----END {label}-----"]
    return "\n".join(lines)


def twilio_token(r: random.Random) -> str:
    return hexs(r, 32)


def twilio_api_key(r: random.Random) -> str:
    return "SK" + hexs(r, 32)


def twilio_sid(r: random.Random) -> str:
    return "AC" + hexs(r, 32)


def sendgrid(r: random.Random) -> str:
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def mailgun(r: random.Random) -> str:
    if r.random() < 0.5:
        return "key-" + hexs(r, 32)
    return hexs(r, 32) + "-" + hexs(r, 8) + "-" + hexs(r, 8)


def generic_key(r: random.Random) -> str:
    n = r.randint(20, 64)
    while True:
        v = rs(r, ALNUM + "_-" if r.random() < 0.3 else ALNUM, n)
        if sum(c.isdigit() for c in v) >= 2 and any(c.isalpha() for c in v):
            return v


def password(r: random.Random, url_safe: bool = False) -> str:
    kind = r.randrange(3)
    sym = "-_" if url_safe else PW_SYMBOLS
    if kind == 0:
        w = r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize()
        return w + str(r.randint(10, 9999)) + r.choice(sym)
    if kind == 1:
        return rs(r, ALNUM + sym, r.randint(12, 24))
    return r.choice(WORDS) + r.choice(sym) + rs(r, ALNUM, 6) + str(r.randint(0, 99))


def github(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 3:
        return "github_pat_" + rs(r, UPPER_DIGITS, 22) + "_" + rs(r, ALNUM, 59)
    return ("ghp_", "gho_", "ghs_")[k] + rs(r, ALNUM, 36)


def gitlab(r: random.Random) -> str:
    return "glpat-" + rs(r, B64URL, 20)


def slack_token(r: random.Random) -> str:
    p = r.choice(("xoxb", "xoxp"))
    return f"{p}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-" + rs(r, ALNUM, 24)


def slack_webhook(r: random.Random) -> str:
    return (
        "https://hooks.slack.com/services/T"
        + rs(r, UPPER_DIGITS, 8)
        + "/B"
        + rs(r, UPPER_DIGITS, 10)
        + "/"
        + rs(r, ALNUM, 24)
    )


def stripe(r: random.Random) -> str:
    return r.choice(("sk_live_", "rk_live_")) + rs(r, ALNUM, r.choice((24, 99)))


def openai(r: random.Random) -> str:
    if r.random() < 0.5:
        return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
    return "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def anthropic(r: random.Random) -> str:
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def npm(r: random.Random) -> str:
    return "npm_" + rs(r, ALNUM, 36)


def pypi(r: random.Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)


def shopify(r: random.Random) -> str:
    return r.choice(("shpat_", "shpss_", "shpca_")) + hexs(r, 32)


def vault(r: random.Random) -> str:
    return "hvs." + rs(r, ALNUM, 24)


def uuid4(r: random.Random) -> str:
    h = hexs(r, 32)
    v = "89ab"[r.randrange(4)]
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:]}"


def heroku(r: random.Random) -> str:
    return "HRKU-" + rs(r, B64URL, 60) if r.random() < 0.4 else uuid4(r)


def digitalocean(r: random.Random) -> str:
    return r.choice(("dop_v1_", "doo_v1_")) + hexs(r, 64)


def b64url_json(obj: dict[str, object]) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r: random.Random) -> str:
    head = b64url_json({"alg": r.choice(("HS256", "RS256")), "typ": "JWT"})
    body = b64url_json(
        {
            "sub": str(r.randint(10**6, 10**9)),
            "iat": r.randint(1_700_000_000, 1_760_000_000),
            "exp": r.randint(1_760_000_000, 1_800_000_000),
            "scope": r.choice(("admin", "read write", "repo")),
        }
    )
    return f"{head}.{body}." + rs(r, B64URL, 43)


def private_key_pem(r: random.Random) -> str:
    label, lead = r.choice(
        (
            ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA"),
            ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
            ("EC PRIVATE KEY", "MHcCAQEEI"),
            ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"),
        )
    )
    return pem(r, label, r.randint(90, 400), lead)


# ---------------------------------------------------------------- check-digit helpers (PII)


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


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def card(r: random.Random) -> str:
    prefix, n = r.choice((("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15),
                          ("34", 15), ("6011", 16)))
    body = prefix + digits(r, n - 1 - len(prefix))
    return body + luhn_digit(body)


def ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(r: random.Random) -> str:
    while True:
        p = r.choice(NINO_FIRST) + r.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    return p + digits(r, 6) + r.choice("ABCD")


def sin(r: random.Random) -> str:
    body = r.choice("1234567") + digits(r, 7)
    return body + luhn_digit(body)


def bsn_valid(n: str) -> bool:
    if len(n) != 9 or not n.isdigit():
        return False
    s = sum(int(n[i]) * (9 - i) for i in range(8)) - int(n[8])
    return s % 11 == 0


def bsn(r: random.Random) -> str:
    while True:
        body = r.choice("123456") + digits(r, 7)
        s = sum(int(body[i]) * (9 - i) for i in range(8)) % 11
        if s < 10:
            return body + str(s)


def cpf_digits(body: str) -> str:
    d1 = sum(int(body[i]) * (10 - i) for i in range(9)) * 10 % 11 % 10
    b = body + str(d1)
    d2 = sum(int(b[i]) * (11 - i) for i in range(10)) * 10 % 11 % 10
    return f"{d1}{d2}"


def cpf(r: random.Random) -> str:
    while True:
        body = digits(r, 9)
        if len(set(body)) > 1:
            break
    c = body + cpf_digits(body)
    return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_valid(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(r: random.Random) -> str:
    body = r.choice("23456789") + digits(r, 10)
    a = body + verhoeff_digit(body)
    return f"{a[:4]} {a[4:8]} {a[8:]}"


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
         11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)


def cf_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26)


def codice_fiscale(r: random.Random) -> str:
    cons = "BCDFGHLMNPRSTVZ"
    day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
    body = (
        rs(r, cons, 6)
        + f"{r.randint(40, 99):02d}"
        + r.choice("ABCDEHLMPRST")
        + f"{day:02d}"
        + r.choice("ABCDEFGHILM")
        + f"{r.randint(1, 999):03d}"
    )
    return body + cf_check(body)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(r: random.Random) -> str:
    n = r.randint(10**6, 10**8 - 1)
    return f"{n:08d}" + DNI_LETTERS[n % 23]


def insee(r: random.Random) -> str:
    body = (
        r.choice("12")
        + f"{r.randint(40, 99):02d}"
        + f"{r.randint(1, 12):02d}"
        + f"{r.choice((75, 69, 13, 33, 59, 31, 44, 67, 92, 93)):02d}"
        + f"{r.randint(1, 999):03d}"
        + f"{r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def de_taxid_check(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def de_taxid(r: random.Random) -> str:
    while True:
        ds = r.sample("0123456789", 9)
        ds.append(r.choice(ds))
        r.shuffle(ds)
        if ds[0] != "0":
            break
    body = "".join(ds)
    return body + de_taxid_check(body)


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(r: random.Random, spaced: bool) -> str:
    country = r.choice(("DE", "GB", "NL", "FR", "ES", "AT", "CH"))
    if country == "DE":
        bban = digits(r, 18)
    elif country == "GB":
        bban = r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + digits(r, 14)
    elif country == "NL":
        bban = r.choice(("ABNA", "INGB", "RABO", "TRIO")) + digits(r, 10)
    elif country == "FR":
        bban = digits(r, 23)
    elif country == "ES":
        bban = digits(r, 20)
    elif country == "AT":
        bban = digits(r, 16)
    else:
        bban = digits(r, 17)
    full = country + iban_check(country, bban) + bban
    if not spaced:
        return full
    return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
