"""Builds PII (kind, text, value) and PII_LOOKALIKES (kind, text) with real check digits."""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from random import Random

FIRST = ["anna", "jonas", "fatima", "liam", "sofia", "chen", "olga", "mateo", "aylin", "noah",
         "priya", "emeka", "ingrid", "kofi", "lucia", "haruto"]
LAST = ["schneider", "okoye", "dubois", "novak", "garcia", "tanaka", "kowalski", "silva",
        "andersen", "haddad", "murphy", "rossi", "yilmaz", "nguyen"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "icloud.com",
                "proton.me", "gmx.net", "libero.it", "northwind.io", "fjord-energy.no"]


def luhn_digit(partial: str) -> str:
    total = 0
    for index, char in enumerate(reversed(partial)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def _digits(rng: Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def email(rng: Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}",
                        f"{last}.{first}", f"{first}_{last}{rng.randint(70, 99)}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def phone(rng: Random) -> str:
    country = rng.randrange(9)
    if country == 0:
        area, exch = rng.choice([212, 310, 415, 617, 312, 206, 512]), rng.randint(201, 989)
        while exch == 555:
            exch = rng.randint(201, 989)
        line = _digits(rng, 4)
        return rng.choice([f"({area}) {exch}-{line}", f"+1 {area} {exch} {line}",
                           f"{area}.{exch}.{line}", f"+1-{area}-{exch}-{line}"])
    if country == 1:
        mid = rng.choice(["7911", "7723", "7456", "7812"])
        return rng.choice([f"+44 {mid} {_digits(rng, 6)}",
                           f"0{mid} {_digits(rng, 3)} {_digits(rng, 3)}"])
    if country == 2:
        return rng.choice([f"+49 151 {_digits(rng, 8)}", f"0171 {_digits(rng, 7)}",
                           f"+49 (0)30 {_digits(rng, 8)}"])
    if country == 3:
        pairs = " ".join(_digits(rng, 2) for _ in range(4))
        return rng.choice([f"+33 6 {pairs}", f"06 {pairs}"])
    if country == 4:
        return f"+91 {rng.choice('6789')}{_digits(rng, 4)} {_digits(rng, 5)}"
    if country == 5:
        return f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}"
    if country == 6:
        return f"090-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if country == 7:
        return f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    return f"+34 6{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}"


def card(rng: Random) -> str:
    brand = rng.randrange(4)
    if brand == 0:
        partial, length = "4" + _digits(rng, 14), 16
    elif brand == 1:
        partial, length = str(rng.randint(51, 55)) + _digits(rng, 13), 16
    elif brand == 2:
        partial, length = rng.choice(["34", "37"]) + _digits(rng, 12), 15
    else:
        partial, length = "6011" + _digits(rng, 11), 16
    number = partial + luhn_digit(partial)
    assert len(number) == length
    if length == 15:
        return rng.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([number, " ".join(groups), "-".join(groups)])


IBAN_FORMATS = {
    "DE": "n18", "FR": "n23", "GB": "a4n14", "NL": "a4n10", "ES": "n20", "IT": "a1n22",
    "BE": "n12", "CH": "n17", "PL": "n24", "AT": "n16",
}


def _bban(rng: Random, spec: str) -> str:
    out = ""
    for part in spec.replace("n", " n").replace("a", " a").split():
        alphabet = string.ascii_uppercase if part[0] == "a" else string.digits
        out += "".join(rng.choice(alphabet) for _ in range(int(part[1:])))
    return out


def _as_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return _as_number(compact[4:] + compact[:4]) % 97 == 1


def iban(rng: Random) -> str:
    country = rng.choice(list(IBAN_FORMATS))
    bban = _bban(rng, IBAN_FORMATS[country])
    check = 98 - _as_number(bban + country + "00") % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def ssn(rng: Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]


def nino(rng: Random) -> str:
    while (prefix := rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)) in {
            "BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        pass
    digits = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    return rng.choice([f"{prefix}{digits}{suffix}",
                       f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def canada_sin(rng: Random) -> str:
    partial = rng.choice("1234567") + _digits(rng, 7)
    number = partial + luhn_digit(partial)
    return f"{number[:3]}-{number[3:6]}-{number[6:]}"


def spain_dni(rng: Random) -> str:
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def bsn_ok(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True))
    return (total - int(number[8])) % 11 == 0


def dutch_bsn(rng: Random) -> str:
    while True:
        number = rng.choice("123456789") + _digits(rng, 8)
        if bsn_ok(number):
            return number


def ipv4(rng: Random) -> str:
    first = rng.choice([31, 46, 62, 77, 81, 89, 91, 109, 145, 176, 185, 188, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: Random) -> str:
    prefix = rng.choice(["2a02", "2a01", "2600", "2607", "2003", "2400", "2806"])
    groups = [prefix] + [f"{rng.getrandbits(16):x}" for _ in range(7)]
    if rng.random() < 0.4:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


PII_KINDS: list[tuple[str, Callable[[Random], str], str]] = [
    ("email", email, "e-mail"), ("phone", phone, "phone"), ("payment_card", card, "card number"),
    ("iban", iban, "IBAN"), ("us_ssn", ssn, "SSN"), ("uk_nino", nino, "NI number"),
    ("ca_sin", canada_sin, "SIN"), ("es_dni", spain_dni, "DNI"), ("nl_bsn", dutch_bsn, "BSN"),
    ("ipv4", ipv4, "IP"), ("ipv6", ipv6, "IP"),
]


def _person(rng: Random) -> str:
    return f"{rng.choice(FIRST).title()} {rng.choice(LAST).title()}"


def pii_context(rng: Random, label: str, value: str) -> str:
    person = _person(rng)
    field = label.lower().replace(" ", "_").replace("-", "")
    style = rng.randrange(7)
    if style == 0:
        record = {"id": rng.randint(1000, 99999), "name": person, field: value,
                  "stage": rng.choice(["lead", "customer", "churned"]), "owner": "sales-emea"}
        return json.dumps({"contact": record}, ensure_ascii=False, indent=2)
    if style == 1:
        return (f"Hello,\n\nmy name is {person} and I was charged twice last month. My {label} is"
                f" {value}. Could you please look into it?\n\nThanks,\n{person.split()[0]}\n")
    if style == 2:
        return (f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                f" {rng.randint(10, 23)}:14:02"
                f" INFO signup completed user={rng.randint(1000, 99999)} {field}={value}"
                f" plan=free\n")
    if style == 3:
        return (f"customer_id,name,{field},created\n{rng.randint(1000, 9999)},{person},"
                f"\"{value}\",2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n")
    if style == 4:
        return (f"Form submission #{rng.randint(100, 9999)}\nName: {person}\n{label}: {value}\n"
                f"Message: please call me back about the renewal\n")
    if style == 5:
        return (f"[{rng.randint(9, 17)}:{rng.randint(10, 59)}] support:"
                f" can you confirm your {label}?"
                f"\n[{rng.randint(9, 17)}:{rng.randint(10, 59)}] {person.split()[0].lower()}: sure,"
                f" it's {value}\n")
    return (f"Ticket #{rng.randint(10000, 99999)} - account update for {person}\n"
            f"Old {label} replaced with {value} at the customer's request.\n")


def ip_context(rng: Random, value: str) -> str:
    user = rng.choice(FIRST)
    style = rng.randrange(4)
    if style == 0:
        return (f'{value} - - [12/Mar/2024:{rng.randint(10, 23)}:0{rng.randint(0, 9)}:41 +0000]'
                f' "GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh)"\n')
    if style == 1:
        pid = rng.randint(900, 9999)
        return (f"Mar {rng.randint(1, 28)} 04:1{rng.randint(0, 9)}:07 bastion sshd[{pid}]:"
                f" Accepted publickey for {user} from {value} port {rng.randint(30000, 65000)}\n")
    if style == 2:
        event = {"event": "login", "user": f"{user}@{rng.choice(MAIL_DOMAINS)}",
                 "client_ip": value, "mfa": rng.choice([True, False])}
        return json.dumps(event, indent=2)
    return (f"Received: from mail-client ([{value}])\n\tby mx1.northwind.io with ESMTPSA;"
            f" Tue, {rng.randint(1, 28)} May 2024 09:12:44 +0200\n")


def build_pii(rng: Random, per_kind: int = 15) -> list[tuple[str, str, str]]:
    out = []
    for kind, make, label in PII_KINDS:
        for index in range(per_kind):
            value = make(rng)
            if kind.startswith("ip") and index % 3:
                text = ip_context(rng, value)
            else:
                text = pii_context(rng, label, value)
            out.append((kind, text, value))
    return out


# --- look-alikes -----------------------------------------------------------------------------

def _failing_luhn(rng: Random) -> str:
    partial = "4" + _digits(rng, 14)
    good = luhn_digit(partial)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    number = partial + bad
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


def _isbn13(rng: Random) -> str:
    partial = "978" + _digits(rng, 9)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(partial))
    return f"{partial[:3]}-{partial[3]}-{partial[4:8]}-{partial[8:]}-{(10 - total % 10) % 10}"


def _ups(rng: Random) -> str:
    return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))


LOOKALIKE_MAKERS: list[tuple[str, Callable[[Random], str], list[str]]] = [
    ("order_id", lambda r: f"ORD-{r.randint(2019, 2024)}-{_digits(r, 6)}",
     ["Your order {v} has shipped.", "order_ref={v} status=packed"]),
    ("invoice_number", lambda r: f"INV/{r.randint(2020, 2024)}/{_digits(r, 5)}",
     ["Please quote {v} on your payment.", "invoice: {v}, due in 30 days"]),
    ("version",
     lambda r: f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(0, 999)}",
     ["Firmware {v} fixes the Wi-Fi drop issue.", "agent_version={v} build=release"]),
    ("timestamp", lambda r: str(r.randint(1_600_000_000, 1_730_000_000) * r.choice([1, 1000])),
     ["created_at={v} (epoch)", "\"ts\": {v}, \"event\": \"login_page_view\""]),
    ("card_like_failing_luhn", _failing_luhn,
     ["Test fixture (invalid on purpose): {v}", "gift card serial {v} - not a payment card"]),
    ("tracking_number", _ups, ["UPS tracking: {v}", "Parcel {v} is out for delivery."]),
    ("isbn", _isbn13, ["ISBN {v}, paperback, 312 pages.", "Cite as: ISBN {v} (2nd edition)"]),
    ("sku", lambda r: f"SKU-{r.choice(['TNT', 'DRL', 'HDP'])}-{_digits(r, 4)}-{r.choice('SMLX')}",
     ["Restock {v}: 40 units.", "sku,{v},qty,12"]),
    ("coordinates", lambda r: f"{r.uniform(-60, 70):.4f}, {r.uniform(-170, 170):.4f}",
     ["Weather station located at {v}.", "Trailhead GPS: {v}"]),
    ("md5_hash", lambda r: "".join(r.choice("0123456789abcdef") for _ in range(32)),
     ["md5sum of the ISO: {v}", "dedupe key {v} already processed"]),
    ("example_address", lambda r: f"{r.choice(['user', 'alice', 'you', 'name'])}@example."
     f"{r.choice(['com', 'org', 'net'])}",
     ["Docs: set SMTP_FROM to something like {v} for testing.", "e.g. git config user.email {v}"]),
    ("port", lambda r: str(r.choice([22, 443, 5432, 6379, 8080, 9090, 27017, 3306])),
     ["The service listens on port {v}.", "EXPOSE {v}"]),
    ("date", lambda r: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2019, 2026)}",
     ["Delivery window starts {v}.", "Meeting moved to {v}"]),
    ("documentation_ip", lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(
        r.randint(1, 254)), ["Example: curl http://{v}/health", "allow {v}/32 in the sample rule"]),
    ("local_ip",
     lambda r: r.choice(["127.0.0.1", "0.0.0.0", "[::1]"]) + f":{r.randint(3000, 9000)}",
     ["Dev server running at http://{v}", "bind={v}"]),
    ("ten_digit_id", lambda r: r.choice("123456789") + _digits(r, 9),
     ["Ticket #{v} was merged into the parent issue.", "shipment_batch={v}"]),
    ("amount", lambda r: f"{r.randint(1, 999)},{_digits(r, 3)},{_digits(r, 3)}.{_digits(r, 2)}",
     ["Total assets: EUR {v}", "Revenue FY23: {v} USD"]),
    ("flight", lambda r: f"{r.choice(['LH', 'BA', 'AF', 'KL'])}{r.randint(100, 9999)} seat "
     f"{r.randint(1, 40)}{r.choice('ABCDEF')}", ["Booked: {v}.", "boarding pass: {v}"]),
]


def _lookalike_text(rng: Random, template: str, value: str) -> str:
    line = template.format(v=value)
    frame = rng.randrange(4)
    if frame == 0:
        return (f"{line}\n\nThis is an automated notification from Northwind Logistics."
                " Do not reply.\n")
    if frame == 1:
        return (f"2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T09:{rng.randint(10, 59)}:00Z INFO"
                f" {rng.choice(['api', 'worker', 'billing'])} {line}\n")
    if frame == 2:
        return json.dumps({"note": line, "source": rng.choice(["crm", "wms", "docs"]),
                           "id": rng.randint(1, 99999)}, indent=2)
    return (f"[{rng.randint(9, 17)}:{rng.randint(10, 59)}] ops: {line}\n"
            f"[{rng.randint(9, 17)}:01] lea: ok\n")


def build_pii_lookalikes(rng: Random, per_kind: int = 9) -> list[tuple[str, str]]:
    out = []
    for kind, make, templates in LOOKALIKE_MAKERS:
        for index in range(per_kind):
            value = make(rng)
            out.append((kind, _lookalike_text(rng, templates[index % len(templates)], value)))
    return out
