"""Personal data with valid check digits, and look-alikes that are not personal data (set 8)."""

# ruff: noqa: E501, RUF001
from __future__ import annotations

import random
import string
from collections.abc import Callable

from ._leak_common import PEOPLE, SERVICES, rs, ts

DIG = string.digits

# --------------------------------------------------------------------------- value generators


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


def card(r: random.Random) -> str:
    brand = r.choice(["visa", "mc", "amex", "disc", "mc2"])
    if brand == "visa":
        body = "4" + rs(r, DIG, 14)
    elif brand == "mc":
        body = f"5{r.randint(1, 5)}" + rs(r, DIG, 13)
    elif brand == "mc2":
        body = f"2{r.randint(221, 720)}" + rs(r, DIG, 11)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + rs(r, DIG, 12)
    else:
        body = "6011" + rs(r, DIG, 11)
    num = body + luhn_digit(body)
    if len(num) == 15:
        return r.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
    return r.choice([num, " ".join(num[i : i + 4] for i in range(0, 16, 4)), "-".join(num[i : i + 4] for i in range(0, 16, 4))])


IBAN_BBAN: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: rs(r, DIG, 18),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(r, DIG, 14),
    "FR": lambda r: rs(r, DIG, 23),
    "ES": lambda r: rs(r, DIG, 20),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rs(r, DIG, 10),
    "BE": lambda r: rs(r, DIG, 12),
    "IT": lambda r: rs(r, string.ascii_uppercase, 1) + rs(r, DIG, 22),
    "PL": lambda r: rs(r, DIG, 24),
    "CH": lambda r: rs(r, DIG, 17),
    "AT": lambda r: rs(r, DIG, 16),
    "PT": lambda r: rs(r, DIG, 21),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + rs(r, DIG, 14),
}


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban(r: random.Random) -> str:
    cc = r.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc](r)
    raw = cc + iban_check(cc, bban) + bban
    return r.choice([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]


def nino(r: random.Random) -> str:
    while True:
        pre = r.choice(_NINO_FIRST) + r.choice(_NINO_SECOND)
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = rs(r, DIG, 6)
    suf = r.choice("ABCD")
    return r.choice([f"{pre}{d}{suf}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"])


def dni(r: random.Random) -> str:
    n = r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def cpf(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    d1 = (sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) * 10) % 11 % 10
    d2 = (sum(x * w for x, w in zip([*d, d1], range(11, 1, -1), strict=True)) * 10) % 11 % 10
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:]}-{d1}{d2}"


_V_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_V_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    return str(_V_INV[c])


def aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + rs(r, DIG, 10)
    n = body + verhoeff_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def personnummer(r: random.Random) -> str:
    yy, mm, dd = r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)
    nnn = r.randint(1, 999)
    body = f"{yy:02d}{mm:02d}{dd:02d}{nnn:03d}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(r: random.Random) -> str:
    region = r.choice(["110105", "310104", "440106", "510107", "330106", "420111"])
    birth = f"{r.randint(1955, 2004)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    body = region + birth + rs(r, DIG, 3)
    s = sum(int(c) * w for c, w in zip(body, _CN_W, strict=True))
    return body + "10X98765432"[s % 11]


def hetu(r: random.Random) -> str:
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(0, 99)
    sign = "-" if yy > 30 else "A"
    nnn = r.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}{sign}{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def ipv4(r: random.Random) -> str:
    while True:
        a = r.choice([31, 37, 46, 62, 77, 81, 89, 93, 109, 151, 176, 185, 188, 212, 217, 24, 66, 73, 98, 174])
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return ip


def ipv6(r: random.Random) -> str:
    return f"{r.choice(['2a01', '2a02', '2001:4860', '2600:1700', '2405:201'])}:" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(5))


_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "proton.me", "icloud.com", "libero.it", "hotmail.es", "gmx.net"]


def email(r: random.Random) -> str:
    first, last = r.choice(PEOPLE).lower().replace("'", "").split()[:2]
    first = first.translate(str.maketrans("áéíóúãç", "aeiouac"))
    last = last.translate(str.maketrans("áéíóúãç", "aeiouac"))
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(70, 99)}", f"{last}.{first}"])
    dom = r.choice([*_DOMAINS, "kowalski-law.pl", "brightwater-dental.co.uk", "studio-mira.de"])
    return f"{local}@{dom}"


def phone(r: random.Random) -> str:
    f = r.randint(0, 9)
    if f == 0:
        return f"+49 30 {r.randint(2000000, 9999999)}"
    if f == 1:
        return f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    if f == 2:
        return f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if f == 3:
        return f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}"
    if f == 4:
        return f"+1 ({r.choice([415, 646, 312, 206, 512])}) {r.randint(201, 989)}-{r.randint(2000, 9999)}"
    if f == 5:
        return f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if f == 6:
        return f"+234 {r.choice([803, 806, 813])} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    if f == 7:
        return f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if f == 8:
        return f"+44 7{r.randint(400, 899)} {r.randint(100000, 999999)}"
    return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"


PII_GENERATORS: dict[str, tuple[Callable[[random.Random], str], list[str]]] = {
    "email": (email, ["E-mail", "email", "Contact", "Reply-to"]),
    "phone": (phone, ["Phone", "Mobile", "Tel.", "phone_number"]),
    "credit_card": (card, ["Card number", "card", "PAN", "cc_number"]),
    "iban": (iban, ["IBAN", "iban", "Bank account (IBAN)", "payout_iban"]),
    "us_ssn": (ssn, ["SSN", "Social Security No.", "ssn", "Taxpayer SSN"]),
    "uk_nino": (nino, ["NI number", "National Insurance No", "nino", "NINO"]),
    "es_dni": (dni, ["DNI", "NIF", "Documento", "dni"]),
    "nl_bsn": (bsn, ["BSN", "Burgerservicenummer", "bsn", "BSN-nummer"]),
    "br_cpf": (cpf, ["CPF", "cpf", "Nº CPF", "CPF do titular"]),
    "in_aadhaar": (aadhaar, ["Aadhaar", "Aadhaar No.", "aadhaar_number", "UID"]),
    "se_personnummer": (personnummer, ["Personnummer", "personnummer", "Pers.nr", "ID"]),
    "cn_resident_id": (cn_id, ["身份证号", "ID card", "身份证号码", "id_number"]),
    "fi_hetu": (hetu, ["Henkilötunnus", "HETU", "hetu", "Personal identity code"]),
    "ipv4": (ipv4, ["client_ip", "remote_addr", "IP", "Source IP"]),
    "ipv6": (ipv6, ["client_ip", "remote_addr", "IPv6", "src"]),
}


# --------------------------------------------------------------------------- frames


def _f_ticket(label: str, v: str, r: random.Random) -> str:
    who = r.choice(PEOPLE)
    return f"Ticket #{r.randint(40000, 99999)} — {r.choice(['Refund not received', 'Cannot update my profile', 'Account locked', 'Wrong invoice address'])}\nRequester: {who}\nCreated: {ts(r)}\n\nHello, I contacted you last week already. My details: {label}: {v}. Please sort this out, it has been {r.randint(3, 20)} days.\n\n— {who.split()[0]}\n"


def _f_crm(label: str, v: str, r: random.Random) -> str:
    who = r.choice(PEOPLE)
    return "{\n" + f'  "customer_id": {r.randint(100000, 999999)},\n  "name": "{who}",\n  "{label.lower().replace(" ", "_").replace(".", "")}": "{v}",\n  "segment": "{r.choice(["retail", "smb", "enterprise"])}",\n  "created_at": "{ts(r)}"\n' + "}"


def _f_email(label: str, v: str, r: random.Random) -> str:
    a, b = r.sample(PEOPLE, 2)
    return f"From: {a}\nTo: HR <hr@{r.choice(['brightwater-dental.co.uk', 'kowalski-law.pl', 'studio-mira.de'])}>\nSubject: {r.choice(['Payroll details', 'Onboarding documents', 'Change of bank details', 'Form for the visa appointment'])}\n\nDear {b.split()[0]},\n\nplease find my details below for the form:\n\n{label}: {v}\nStart date: {r.randint(1, 28)}.{r.randint(1, 12)}.2025\n\nKind regards,\n{a}\n"


def _f_csv(label: str, v: str, r: random.Random) -> str:
    rows = [f"{r.randint(1000, 9999)},{r.choice(PEOPLE)},{ts(r)[:10]}" for _ in range(2)]
    who = r.choice(PEOPLE)
    return f"id,name,{label.lower().replace(' ', '_')},registered\n{rows[0]},\n{r.randint(1000, 9999)},{who},{v},{ts(r)[:10]}\n{rows[1]},\n"


def _f_chat(label: str, v: str, r: random.Random) -> str:
    a, b = r.sample(PEOPLE, 2)
    return f"{a}: hey, the courier needs my details for customs\n{b}: which ones?\n{a}: {label.lower()} — {v}\n{b}: ok, forwarding it now\n"


def _f_log(label: str, v: str, r: random.Random) -> str:
    return f"{ts(r)} INFO [{r.choice(SERVICES)}] signup completed user_id={r.randint(10**6, 10**7)} {label.lower().replace(' ', '_')}={v} plan={r.choice(['free', 'pro'])}\n{ts(r)} INFO [{r.choice(SERVICES)}] welcome mail queued\n"


def _f_form(label: str, v: str, r: random.Random) -> str:
    who = r.choice(PEOPLE)
    return f"APPLICATION FORM — page {r.randint(1, 3)} of 4\n\nFull name ........ {who}\nDate of birth .... {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1960, 2002)}\n{label} ........ {v}\nSignature ........ [signed]\n"


def _f_access(label: str, v: str, r: random.Random) -> str:
    mon = r.choice(["Mar", "Jun", "Sep", "Oct"])
    return f'{v} - - [{r.randint(10, 28)}/{mon}/2025:{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} +0000] "GET /account/orders?page={r.randint(1, 5)} HTTP/2.0" 200 {r.randint(900, 40000)} "https://shop.{r.choice(["atlasbikes.nl", "harborpine.eu"])}/" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"\n'


def _f_signin(label: str, v: str, r: random.Random) -> str:
    who = r.choice(PEOPLE)
    return f"Hi {who.split()[0]},\n\nWe noticed a new sign-in to your account.\n\nWhen: {ts(r)}\nDevice: {r.choice(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Ubuntu'])}\n{label}: {v}\nApproximate location: {r.choice(['Lisbon, PT', 'Leeds, GB', 'Austin, US', 'Pune, IN'])}\n\nIf this was you, no action is needed. If not, change your password now.\n"


FRAMES = [_f_ticket, _f_crm, _f_email, _f_csv, _f_chat, _f_log, _f_form]
IP_FRAMES = [_f_access, _f_signin, _f_log, _f_crm]


def build_pii() -> list[tuple[str, str, str]]:
    r = random.Random(80803)
    out: list[tuple[str, str, str]] = []
    k = 0
    for kind, (gen, labels) in PII_GENERATORS.items():
        for i in range(16):
            v = gen(r)
            frames = IP_FRAMES if kind.startswith("ip") else FRAMES
            out.append((kind, frames[k % len(frames)](labels[i % len(labels)], v, r), v))
            k += 1
    return out


PII = build_pii()


# --------------------------------------------------------------------------- look-alikes


def _bad_luhn(r: random.Random) -> str:
    body = "4" + rs(r, DIG, 14)
    good = int(luhn_digit(body))
    return body + str((good + r.randint(1, 9)) % 10)


def _bad_iban(r: random.Random) -> str:
    cc = r.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc](r)
    good = int(iban_check(cc, bban))
    bad = (good + r.randint(1, 50)) % 97
    bad = bad if bad >= 2 else bad + 2
    if bad == good:
        bad = (bad + 1) % 97 or 2
    return f"{cc}{bad:02d}{bban}"


def _pl_order(r: random.Random) -> str:
    return f"Your order #{r.randint(10**9, 10**10)} has shipped.\nTracking: 1Z{rs(r, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}\nCarrier: {r.choice(['UPS', 'DHL Express'])}\nEstimated delivery: {ts(r)[:10]}\n"


def _pl_version(r: random.Random) -> str:
    return f"Chrome {r.randint(118, 131)}.0.{r.randint(6000, 6800)}.{r.randint(10, 200)} on Windows 10.0.{r.randint(19041, 26100)}\nApp build {r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}.{r.randint(100, 9999)} (release {ts(r)[:10]})\nSNMP OID 1.3.6.1.4.1.{r.randint(100, 60000)}.{r.randint(1, 9)}.{r.randint(1, 9)}\n"


def _pl_timestamp(r: random.Random) -> str:
    return f"{ts(r)} job finished in {r.randint(100, 99999)} ms, epoch={r.randint(1_700_000_000, 1_760_000_000)}, offset={r.randint(10**9, 10**11)}\n"


def _pl_card(r: random.Random) -> str:
    return f"Test run {r.randint(100, 999)}: validator rejected input '{_bad_luhn(r)}' (checksum mismatch) as expected.\n"


def _pl_iban(r: random.Random) -> str:
    return f"ValidationError: field 'iban' value {_bad_iban(r)} failed the mod-97 check. Re-type the account number from your bank statement.\n"


def _pl_example_email(r: random.Random) -> str:
    local = r.choice(['noreply', 'alerts', 'jane.doe', 'user', 'test', 'john.smith', 'billing', 'ops'])
    return f"Set the sender in config.yml:\n\n  mail_from: {local}{r.choice(['', '+' + str(r.randint(1, 99))])}@{r.choice(['example.com', 'example.org', 'example.net', 'test.invalid'])}\n  reply_to: {r.choice(['support', 'help', 'team'])}@example.com\n  smtp_port: {r.choice([25, 465, 587, 2525])}\n"


def _pl_doc_ip(r: random.Random) -> str:
    ip = r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}"])
    return f"server {{\n    listen 443 ssl;\n    server_name www.example.com;\n    set_real_ip_from {ip};\n    allow 2001:db8::/32;\n    allow 10.0.0.0/8;\n    deny all;\n}}\n"


def _pl_fictional_phone(r: random.Random) -> str:
    return f"For illustration, the form accepts numbers like (202) 555-01{r.randint(0, 99):02d} or +44 7700 900{r.randint(0, 999):03d}; both are reserved for fiction and never assigned.\n"


def _pl_bad_ssn(r: random.Random) -> str:
    bad = r.choice([f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"9{r.randint(0, 99):02d}-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"{r.randint(100, 599)}-00-{r.randint(1000, 9999)}"])
    return f"Unit test: parse_ssn('{bad}') must raise InvalidSSN — area or group number is never issued.\n"


def _pl_sku(r: random.Random) -> str:
    return f"SKU {rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-{r.randint(1000, 9999)}-{rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}  qty {r.randint(1, 40)}  bin {r.choice('ABCDEFG')}{r.randint(1, 30)}-{r.randint(1, 9)}  lot {r.randint(2024000, 2025999)}\n"


def _pl_isbn(r: random.Random) -> str:
    return f"Reference: ISBN 978-{r.randint(0, 9)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}, pp. {r.randint(10, 300)}–{r.randint(301, 400)}. DOI 10.{r.randint(1000, 9999)}/{rs(r, 'abcdefghijklmnopqrstuvwxyz', 4)}.{r.randint(2015, 2025)}.{r.randint(100, 999)}\n"


def _pl_invoice(r: random.Random) -> str:
    return f"Invoice 2025-{r.randint(10000, 99999)}\nNet {r.randint(100, 9999)}.{r.randint(0, 99):02d} EUR\nVAT 19 %\nPayment reference RF{r.randint(10, 99)}{r.randint(10**8, 10**9)}\n"


def _pl_private_ip(r: random.Random) -> str:
    return f"eth0: inet 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}/24 brd 10.0.0.255\nlo: inet 127.0.0.1/8\ndocker0: inet 172.17.0.1/16\ngateway 192.168.{r.randint(0, 10)}.1\n"


def _pl_coords(r: random.Random) -> str:
    return f"Station {r.randint(100, 999)}: lat {r.uniform(-60, 70):.5f}, lon {r.uniform(-170, 170):.5f}, elevation {r.randint(0, 3000)} m, reading {r.uniform(-20, 40):.1f} °C\n"


def _pl_part_number(r: random.Random) -> str:
    return f"Replacement part no. PN-{r.randint(1000, 9999)}-{rs(r, 'ABCDEFGHJK', 1)}-{r.randint(100, 999)} fits models {r.randint(1000, 9999)} and {r.randint(1000, 9999)}; torque {r.randint(5, 40)} Nm.\n"


def _pl_phone_like_count(r: random.Random) -> str:
    return f"Downloads: {r.randint(10**6, 10**7):,}  Stars: {r.randint(1000, 90000):,}  Issues: {r.randint(10, 900)}  Last release: v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}\n"


def _pl_short_dni(r: random.Random) -> str:
    n = r.randint(10_000_000, 99_999_999)
    good = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    bad = r.choice([c for c in "TRWAGMYFPDXBNJZSQVHLCKE" if c != good])
    return f"Formulario rechazado: el NIF {n}{bad} no es válido (letra de control incorrecta). Revise el documento.\n"


def _pl_postcode(r: random.Random) -> str:
    return f"Warehouse {r.choice(['North', 'East', 'Hub'])}: {r.randint(1, 200)} Industrial Way, postcode {r.randint(10000, 99999)}, dock {r.randint(1, 12)}, opening hours 06:00–22:00\n"


PII_LOOKALIKE_KINDS: list[Callable[[random.Random], str]] = [
    _pl_order, _pl_version, _pl_timestamp, _pl_card, _pl_iban, _pl_example_email, _pl_doc_ip,
    _pl_fictional_phone, _pl_bad_ssn, _pl_sku, _pl_isbn, _pl_invoice, _pl_private_ip, _pl_coords,
    _pl_part_number, _pl_phone_like_count, _pl_short_dni, _pl_postcode,
]


def build_pii_lookalikes() -> list[tuple[str, str]]:
    r = random.Random(80804)
    out: list[tuple[str, str]] = []
    for fn in PII_LOOKALIKE_KINDS:
        made = 0
        while made < 13:
            text = fn(r)
            if all(text != t for _, t in out):
                out.append((fn.__name__.removeprefix("_pl_"), text))
                made += 1
    return out


PII_LOOKALIKES = build_pii_lookalikes()
