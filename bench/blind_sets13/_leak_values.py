# ruff: noqa: E501
"""Random secret and personal-data values with valid formats and check digits (blind set 13).
Everything is drawn from a seeded Random, so no value is real."""

from __future__ import annotations

import base64
import json
import string
from random import Random

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(r: Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r: Random, alphabet: str, n: int) -> str:
    """Random string that contains at least one upper, one lower and one digit when possible."""
    while True:
        s = rs(r, alphabet, n)
        if any(c.isupper() for c in s) + any(c.islower() for c in s) + any(c.isdigit() for c in s) >= 2:
            return s


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _pem_body(r: Random, nbytes: int, width: int = 64) -> str:
    raw = base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


# ---- secrets ---------------------------------------------------------------------------------

def secret_value(r: Random, kind: str) -> str:
    if kind == "aws_access_key_id":
        return r.choice(["AKIA", "ASIA"]) + rs(r, B32, 16)
    if kind == "aws_secret_access_key":
        return mixed(r, B64, 40)
    if kind == "github_pat":
        return "ghp_" + mixed(r, ALNUM, 36)
    if kind == "github_fine_grained_pat":
        return "github_pat_11" + rs(r, B32 + "0123456789", 20) + "_" + mixed(r, ALNUM, 59)
    if kind == "github_app_token":
        return r.choice(["ghs_", "gho_", "ghu_"]) + mixed(r, ALNUM, 36)
    if kind == "gitlab_pat":
        return "glpat-" + mixed(r, URLSAFE, 20)
    if kind == "slack_bot_token":
        return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{mixed(r, ALNUM, 24)}"
    if kind == "slack_user_token":
        return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(r, HEX, 32)}"
    if kind == "stripe_secret_key":
        return "sk_live_" + mixed(r, ALNUM, r.choice([24, 34, 99]))
    if kind == "stripe_restricted_key":
        return "rk_live_" + mixed(r, ALNUM, r.choice([24, 34, 99]))
    if kind == "stripe_webhook_secret":
        return "whsec_" + mixed(r, ALNUM, 32)
    if kind == "openai_api_key":
        if r.random() < 0.6:
            return "sk-proj-" + mixed(r, URLSAFE, r.choice([48, 74, 132]))
        return "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20)
    if kind == "anthropic_api_key":
        return "sk-ant-api03-" + mixed(r, URLSAFE, 93) + "AA"
    if kind == "google_api_key":
        return "AIza" + mixed(r, URLSAFE, 35)
    if kind == "twilio_api_key":
        return "SK" + rs(r, HEX, 32)
    if kind == "sendgrid_api_key":
        return "SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43)
    if kind == "npm_token":
        return "npm_" + mixed(r, ALNUM, 36)
    if kind == "pypi_token":
        return "pypi-AgEIcHlwaS5vcmc" + mixed(r, URLSAFE, r.choice([64, 120, 160]))
    if kind == "huggingface_token":
        return "hf_" + mixed(r, string.ascii_letters, 34)
    if kind == "azure_storage_key":
        return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()
    if kind == "digitalocean_token":
        return "dop_v1_" + rs(r, HEX, 64)
    if kind == "shopify_token":
        return r.choice(["shpat_", "shpca_", "shppa_"]) + rs(r, HEX, 32)
    if kind == "mailgun_api_key":
        return "key-" + rs(r, HEX, 32)
    if kind == "datadog_api_key":
        return rs(r, HEX, 32)
    if kind == "telegram_bot_token":
        return f"{r.randint(10**8, 10**10)}:AA{mixed(r, URLSAFE, 33)}"
    if kind == "linear_api_key":
        return "lin_api_" + mixed(r, ALNUM, 40)
    if kind == "newrelic_key":
        return "NRAK-" + rs(r, string.ascii_uppercase + string.digits, 27)
    if kind == "jwt":
        header = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        payload = {"sub": str(r.randint(10**5, 10**9)), "iat": r.randint(1_690_000_000, 1_750_000_000),
                   "exp": r.randint(1_750_000_000, 1_790_000_000), "scope": r.choice(["read write", "orders:read", "admin", "user"])}
        sig = bytes(r.randrange(256) for _ in range(32 if header["alg"] == "HS256" else 64))
        return f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(payload).encode())}.{b64url(sig)}"
    if kind == "pem_private_key":
        label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        n = {"RSA PRIVATE KEY": 1190, "PRIVATE KEY": 1216, "EC PRIVATE KEY": 121}[label]
        return f"-----BEGIN {label}-----\n{_pem_body(r, n)}\n-----END {label}-----"
    if kind == "openssh_private_key":
        head = base64.b64decode("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ==")
        body = base64.b64encode(head + bytes(r.randrange(256) for _ in range(r.choice([300, 340])))).decode()
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body[i:i + 70] for i in range(0, len(body), 70)) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind in ("database_url_password", "basic_auth_password", "password_in_config"):
        return password(r)
    if kind == "bearer_token":
        return r.choice([mixed(r, ALNUM, 40), mixed(r, URLSAFE, 56), "at_" + mixed(r, ALNUM, 32)])
    if kind == "generic_secret":
        return r.choice([rs(r, HEX, 64), mixed(r, URLSAFE, 50), base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()])
    raise ValueError(kind)


def password(r: Random) -> str:
    style = r.randrange(3)
    if style == 0:
        return mixed(r, ALNUM + "!#%^*_-", r.randint(14, 24))
    if style == 1:
        words = ["copper", "lantern", "orchid", "glacier", "velvet", "harbor", "tundra", "maple", "quartz", "falcon", "meadow", "cobalt"]
        return f"{r.choice(words).capitalize()}{r.choice('!#%*')}{r.randint(10, 99)}{r.choice(words)}{r.choice('!#%*')}{rs(r, ALNUM, 4)}"
    return mixed(r, ALNUM, r.randint(16, 28))


# ---- personal data ---------------------------------------------------------------------------

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


def card(r: Random) -> str:
    brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb"])
    if brand == "amex":
        body = r.choice(["34", "37"]) + rs(r, "0123456789", 12)
        n = body + luhn_digit(body)
        return r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)), "discover": "6011", "jcb": str(r.randint(3528, 3589))}[brand]
    body = prefix + rs(r, "0123456789", 15 - len(prefix))
    n = body + luhn_digit(body)
    sep = r.choice([" ", "-", "", " "])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "DE": lambda r: rs(r, "0123456789", 18),
    "GB": lambda r: rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + rs(r, "0123456789", 14),
    "FR": lambda r: rs(r, "0123456789", 23),
    "ES": lambda r: rs(r, "0123456789", 20),
    "NL": lambda r: rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + rs(r, "0123456789", 10),
    "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rs(r, "0123456789", 10) + rs(r, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 12),
    "BE": lambda r: rs(r, "0123456789", 12),
    "PL": lambda r: rs(r, "0123456789", 24),
    "AT": lambda r: rs(r, "0123456789", 16),
    "IE": lambda r: rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + rs(r, "0123456789", 14),
    "CH": lambda r: rs(r, "0123456789", 17),
    "PT": lambda r: rs(r, "0123456789", 21),
}


def iban_mod(s: str) -> int:
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97


def iban(r: Random, country: str | None = None) -> str:
    cc = country or r.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc](r)
    check = 98 - iban_mod(cc + "00" + bban)
    raw = f"{cc}{check:02d}{bban}"
    assert iban_mod(raw) == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if r.random() < 0.6 else raw


def ssn(r: Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.8 else s.replace("-", " ")


def nino(r: Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = rs(r, "0123456789", 6)
    suf = r.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}" if r.random() < 0.6 else f"{p}{d}{suf}"


def dni(r: Random) -> str:
    n = r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}" if r.random() < 0.7 else f"{n}-{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(r: Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_ok(n: str) -> bool:
    d = [int(c) for c in n]
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def cpf(r: Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        c = (s * 10) % 11
        d.append(0 if c == 10 else c)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def personnummer(r: Random) -> str:
    yy, mm, dd, nnn = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28), r.randint(1, 999)
    body = f"{yy:02d}{mm:02d}{dd:02d}{nnn:03d}"
    c = _se_check(body)
    return f"{body[:6]}-{body[6:]}{c}"


def _se_check(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def sin(r: Random) -> str:
    body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rs(r, "0123456789", 7)
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if r.random() < 0.7 else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def hetu(r: Random) -> str:
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(0, 99)
    sign = r.choice(["-", "A"])
    nnn = r.randint(2, 899)
    num = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}{sign}{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def nir(r: Random) -> str:
    sex, yy, mm = r.choice([1, 2]), r.randint(0, 99), r.randint(1, 12)
    dep, com, order = r.randint(1, 95), r.randint(1, 990), r.randint(1, 999)
    base = f"{sex}{yy:02d}{mm:02d}{dep:02d}{com:03d}{order:03d}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def ipv4(r: Random) -> str:
    style = r.randrange(4)
    if style == 0:
        return f"{r.choice([10, 192, 172])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}" if r.random() < 0.3 else f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice([31, 37, 46, 51, 62, 77, 81, 84, 86, 89, 92, 95, 104, 109, 141, 151, 176, 185, 188, 203, 212, 213, 217])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: Random) -> str:
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(6)]
    pre = r.choice(["2a02", "2a01", "2001", "2604", "2a00", "2003", "fe80"])
    if pre == "fe80":
        return f"fe80::{':'.join(groups[:4])}"
    full = [pre, f"{r.randint(0, 0xffff):x}", *groups]
    if r.random() < 0.5:
        return ":".join(full)
    return ":".join(full[:3]) + "::" + ":".join(full[-2:])


def phone(r: Random, country: str) -> str:
    d = lambda n: rs(r, "0123456789", n)  # noqa: E731
    if country == "us":
        a, b = f"{r.randint(2, 9)}{d(2)}", f"{r.randint(2, 9)}{d(2)}"
        return r.choice([f"({a}) {b}-{d(4)}", f"+1 {a}-{b}-{d(4)}", f"{a}.{b}.{d(4)}", f"+1 ({a}) {b} {d(4)}"])
    if country == "uk":
        return r.choice([f"07{r.randint(400, 999)} {d(6)}", f"+44 7{r.randint(400, 999)} {d(6)}", f"020 {r.randint(7, 8)}{d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}"])
    if country == "de":
        return r.choice([f"+49 30 {d(8)}", f"0151 {d(8)}", f"+49 (0)89 {d(3)} {d(4)}", f"0176-{d(7)}"])
    if country == "fr":
        p = r.choice(["6", "7", "1", "4"])
        return r.choice([f"0{p} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 {p} {d(2)} {d(2)} {d(2)} {d(2)}", f"0{p}.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
    if country == "in":
        return r.choice([f"+91 {r.randint(6, 9)}{d(4)} {d(5)}", f"0{r.randint(6, 9)}{d(9)}", f"+91-{r.randint(6, 9)}{d(9)}"])
    if country == "br":
        return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)} {d(4)}"])
    if country == "jp":
        return r.choice([f"090-{d(4)}-{d(4)}", f"+81 80-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 3 {d(4)} {d(4)}"])
    if country == "au":
        return r.choice([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}", f"+61 3 {d(4)} {d(4)}"])
    if country == "es":
        return r.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"])
    if country == "nl":
        return r.choice([f"06-{d(8)}", f"+31 6 {d(8)}", f"+31 (0)20 {d(3)} {d(4)}"])
    raise ValueError(country)
