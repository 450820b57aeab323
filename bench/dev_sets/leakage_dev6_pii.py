"""Personal-data templates (and look-alikes that are not personal data) for leakage_dev6."""

from __future__ import annotations

import random
from collections.abc import Callable

from dev_sets import leakage_dev6_gen as g

Gen = Callable[[random.Random], str]


def _d(r: random.Random, n: int) -> str:
    return g.digits(r, n)


def phone(r: random.Random) -> str:
    k = r.randrange(12)
    if k == 0:
        return f"({r.randint(201, 989)}) {r.randint(200, 549)}-{_d(r, 4)}"
    if k == 1:
        return f"+1 {r.randint(201, 989)} {r.randint(200, 549)} {_d(r, 4)}"
    if k == 2:
        return f"+44 7{r.randint(400, 699)} {_d(r, 6)}"
    if k == 3:
        return f"07{r.randint(400, 699)} {_d(r, 6)}"
    if k == 4:
        return f"+49 {r.choice(('151', '160', '170', '30', '89'))} {_d(r, 8)}"
    if k == 5:
        return f"+33 {r.choice('67')} " + " ".join(_d(r, 2) for _ in range(4))
    if k == 6:
        return f"+31 6 {_d(r, 8)}"
    if k == 7:
        return f"+91 {r.choice('6789')}{_d(r, 4)} {_d(r, 5)}"
    if k == 8:
        return f"+55 11 9{_d(r, 4)}-{_d(r, 4)}"
    if k == 9:
        return f"+81 90-{_d(r, 4)}-{_d(r, 4)}"
    if k == 10:
        return f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"
    return f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"


FIRST = ("maria", "jan", "priya", "lucas", "sofia", "ahmed", "chen", "olga", "tom", "aisha")
LAST = ("schmidt", "devries", "sharma", "oliveira", "rossi", "garcia", "novak", "kim", "brown")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "web.de", "yahoo.co.uk", "northwind.io",
                "contoso-app.com", "gmx.net", "icloud.com", "proton.me")


def email(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    local = r.choice((f"{f}.{last}", f"{f[0]}{last}", f"{f}{r.randint(1, 99)}", f"{f}_{last}"))
    return f"{local}@{r.choice(MAIL_DOMAINS)}"


def public_ip(r: random.Random) -> str:
    if r.random() < 0.2:
        return "2a02:" + ":".join(g.hexs(r, 4).lstrip("0") or "0" for _ in range(7))
    while True:
        a = r.randint(1, 223)
        b = r.randint(0, 255)
        if a in (10, 127, 0, 100) or (a == 172 and 16 <= b <= 31) or (a, b) == (192, 168):
            continue
        if (a, b) in ((169, 254), (192, 0), (198, 51), (203, 0), (198, 18), (198, 19)):
            continue
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"


PII_SPEC: dict[str, tuple[Gen, list[str]]] = {
    "us_ssn": (
        g.ssn,
        [
            "SSN: <<X>>",
            "Applicant social security number <<X>>, DOB 04/12/1987",
            "ssn=<<X>>&zip=94110",
            "Please confirm the last employee record: Dana Whitfield, <<X>>, Payroll.",
            '{"name": "R. Alvarez", "ssn": "<<X>>"}',
        ],
    ),
    "uk_nino": (
        g.nino,
        [
            "National Insurance number: <<X>>",
            "NI no. <<X>>",
            "Employee: Sarah Hughes, <<X>>, tax code 1257L",
            "nino=<<X>>",
        ],
    ),
    "ca_sin": (
        lambda r: (lambda s: f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.6 else s)(g.sin(r)),
        [
            "SIN: <<X>>",
            "Social Insurance Number <<X>> on the T4 slip",
            "Marc Tremblay <<X>> Montréal QC",
            "sin_number: <<X>>",
        ],
    ),
    "nl_bsn": (
        g.bsn,
        [
            "BSN: <<X>>",
            "burgerservicenummer <<X>>",
            "Patiënt J. de Vries, <<X>>, geboren 12-03-1979",
            '{"bsn": "<<X>>"}',
        ],
    ),
    "br_cpf": (
        g.cpf,
        [
            "CPF: <<X>>",
            "Cliente Ana Souza, CPF <<X>>",
            "Nota fiscal emitida para <<X>>",
            "cpf=<<X>>",
        ],
    ),
    "in_aadhaar": (
        g.aadhaar,
        [
            "Aadhaar: <<X>>",
            "Aadhaar number <<X>> linked to PAN",
            "KYC done for Rahul Verma (<<X>>)",
            "aadhaar_no=<<X>>",
        ],
    ),
    "it_codice_fiscale": (
        g.codice_fiscale,
        [
            "Codice fiscale: <<X>>",
            "C.F. <<X>>",
            "Intestatario: Giulia Bianchi - <<X>>",
            "cf=<<X>>",
        ],
    ),
    "es_dni": (
        g.dni,
        [
            "DNI: <<X>>",
            "NIF <<X>>",
            "Titular: Carlos Martínez, <<X>>",
            "documento=<<X>>",
        ],
    ),
    "fr_insee": (
        g.insee,
        [
            "Numéro de sécurité sociale : <<X>>",
            "NIR <<X>>",
            "Assuré : Claire Dubois, <<X>>",
            "n° SS <<X>>",
        ],
    ),
    "de_tax_id": (
        g.de_taxid,
        [
            "Steuer-ID: <<X>>",
            "Steuerliche Identifikationsnummer <<X>>",
            "Arbeitnehmer Klaus Becker, IdNr <<X>>",
            "tax_id=<<X>>",
        ],
    ),
    "phone": (
        phone,
        [
            "Call me at <<X>>",
            "Tel.: <<X>>",
            "phone: <<X>>",
            "Contact: Maria Schmidt, <<X>>",
            '{"mobile": "<<X>>"}',
            "Whatsapp <<X>> after 6pm",
        ],
    ),
    "iban": (
        lambda r: g.iban(r, r.random() < 0.5),
        [
            "IBAN: <<X>>",
            "Please transfer the deposit to <<X>> (J. Müller)",
            "iban=<<X>>",
            "Kontoinhaber: Anna Weber, <<X>>",
        ],
    ),
    "credit_card": (
        g.card,
        [
            "Card number: <<X>> exp 09/27",
            "cc=<<X>>&cvv=",
            "Charged card <<X>> for $49.00",
            '{"pan": "<<X>>", "holder": "L. Chen"}',
            "my card is <<X>> can you update the billing",
            "Amelia Ross\n<<X>>\n09/27 412",
        ],
    ),
    "email": (
        email,
        [
            "Contact: <<X>>",
            "From: Maria <<<X>>>",
            "email=<<X>>",
            "Please reply to <<X>> with the signed form.",
            '{"user": {"email": "<<X>>"}}',
        ],
    ),
    "ip_address": (
        public_ip,
        [
            "<<X>> - - [12/Mar/2024:10:01:22 +0000] \"GET /login HTTP/1.1\" 200",
            "Failed password for alice from <<X>> port 51122 ssh2",
            "client_ip=<<X>>",
            "X-Forwarded-For: <<X>>",
            "Login from new IP <<X>> (Berlin, DE)",
        ],
    ),
}


# ------------------------------------------------------------------ look-alikes


def _bad_ssn(r: random.Random) -> str:
    a = r.choice(("000", "666", str(r.randint(900, 999))))
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _bad_luhn(r: random.Random) -> str:
    c = g.card(r)
    return c[:-1] + str((int(c[-1]) + r.randint(1, 9)) % 10)


def _bad_iban(r: random.Random) -> str:
    v = g.iban(r, False)
    chk = (int(v[2:4]) + r.randint(1, 50)) % 97 + 2
    return v[:2] + f"{chk:02d}" + v[4:] if f"{chk:02d}" != v[2:4] else v[:2] + "00" + v[4:]


def _bad_bsn(r: random.Random) -> str:
    while True:
        v = "1" + g.digits(r, 8)
        if not g.bsn_valid(v):
            return v


def _bad_cpf(r: random.Random) -> str:
    if r.random() < 0.3:
        d = str(r.randint(0, 9))
        return f"{d * 3}.{d * 3}.{d * 3}-{d * 2}"
    c = g.cpf(r)
    return c[:-1] + str((int(c[-1]) + 1) % 10)


def _bad_aadhaar(r: random.Random) -> str:
    a = g.aadhaar(r)
    return a[:-1] + str((int(a[-1]) + r.randint(1, 9)) % 10)


def _bad_dni(r: random.Random) -> str:
    v = g.dni(r)
    letters = [c for c in g.DNI_LETTERS if c != v[-1]]
    return v[:-1] + r.choice(letters)


def _bad_sin(r: random.Random) -> str:
    s = g.sin(r)
    return s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)


def _bad_nino(r: random.Random) -> str:
    return r.choice(("QQ", "BG", "GB", "ZZ", "DA", "FO")) + g.digits(r, 6) + r.choice("ABCD")


def _fictional_phone(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"({r.randint(201, 989)}) 555-01{r.randint(0, 99):02d}"
    if k == 1:
        return f"020 7946 0{r.randint(0, 999):03d}"
    return f"07700 900{r.randint(0, 999):03d}"


def _doc_ip(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"192.0.2.{r.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{r.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{r.randint(1, 254)}"
    if k == 3:
        return f"2001:db8::{g.hexs(r, 4).lstrip('0') or '1'}"
    return r.choice(("127.0.0.1", "0.0.0.0", "255.255.255.0", "::1"))


def _example_email(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.choice(FIRST)}@example.com",
            f"user{r.randint(1, 99)}@example.org",
            "test@example.net",
            "noreply@github.com",
            "git@github.com",
            f"lodash@4.17.{r.randint(10, 21)}",
            f"admin@{r.choice(('localhost', 'example.invalid', 'test.local'))}",
        )
    )


def _version_quad(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}",
            f"1.3.6.1.4.1.{r.randint(1000, 60000)}",
        )
    )


def _order_id(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
            g.digits(r, 9),
            g.digits(r, 16),
            f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        )
    )


def _date(r: random.Random) -> str:
    y, m, d = r.randint(1990, 2030), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}{m:02d}{d:02d}"
                     f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"))


def _product(r: random.Random) -> str:
    return r.choice(
        (
            f"978-{r.randint(0, 1)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-"
            f"{r.randint(0, 9)}",
            f"SKU-{g.rs(r, g.UPPER_DIGITS, 8)}",
            f"1Z{g.rs(r, g.UPPER_DIGITS, 16)}",
            g.digits(r, 13),
        )
    )


def _test_card(r: random.Random) -> str:
    return r.choice(("4242424242424242", "4000056655665556", "5555555555554444",
                     "378282246310005", "4111111111111111"))


PII_LOOKALIKE_NOTES: dict[str, str] = {
    "invalid_ssn": "area 000, 666 or 900-999 is never issued",
    "invalid_card": "card-shaped number failing the Luhn check",
    "test_card": "public test card numbers from payment provider docs",
    "invalid_iban": "IBAN-shaped string whose mod-97 check fails",
    "invalid_bsn": "fails the Dutch 11-proof",
    "invalid_cpf": "wrong CPF check digits or all-same digits",
    "invalid_aadhaar": "fails the Verhoeff check",
    "invalid_dni": "control letter does not match the number",
    "invalid_sin": "fails the Luhn check used by the SIN",
    "invalid_nino": "prefix never issued (QQ is the HMRC example)",
    "fictional_phone": "ranges reserved for fiction (555-01xx, Ofcom drama numbers)",
    "doc_ip": "documentation/loopback/netmask addresses, belong to nobody",
    "example_email": "reserved example domains, role/service addresses, package@version",
    "version_or_oid": "dotted versions and OIDs that look like IPv4",
    "order_id": "order/shipment numbers, not about a person",
    "date_time": "dates and timestamps",
    "product_code": "ISBN, SKU, tracking and EAN codes",
}

PII_LOOKALIKE_SPEC: dict[str, tuple[Gen, list[str]]] = {
    "invalid_ssn": (_bad_ssn, ["Example SSN format: <<X>>", "ref <<X>>", "ssn: <<X>> (test)"]),
    "invalid_card": (_bad_luhn, ["transaction ref <<X>>", "card: <<X>>", "id=<<X>>"]),
    "test_card": (_test_card, ["Use test card <<X>> with any future expiry.",
                               "stripe test: <<X>>"]),
    "invalid_iban": (_bad_iban, ["IBAN: <<X>>", "ref <<X>>"]),
    "invalid_bsn": (_bad_bsn, ["BSN: <<X>>", "klantnummer <<X>>"]),
    "invalid_cpf": (_bad_cpf, ["CPF: <<X>>", "protocolo <<X>>"]),
    "invalid_aadhaar": (_bad_aadhaar, ["Aadhaar: <<X>>", "ticket <<X>>"]),
    "invalid_dni": (_bad_dni, ["DNI: <<X>>", "expediente <<X>>"]),
    "invalid_sin": (_bad_sin, ["SIN: <<X>>", "claim <<X>>"]),
    "invalid_nino": (_bad_nino, ["NI number format, e.g. <<X>>", "code <<X>>"]),
    "fictional_phone": (_fictional_phone, ["Call <<X>> for a demo.", "phone: <<X>>"]),
    "doc_ip": (_doc_ip, ["server listening on <<X>>:8080", "allow from <<X>>",
                         "ip: <<X>>", "nameserver <<X>>"]),
    "example_email": (_example_email, ["Contact: <<X>>", "email=<<X>>",
                                       "see <<X>>"]),
    "version_or_oid": (_version_quad, ["Version <<X>>", "oid: <<X>>", "build <<X>>"]),
    "order_id": (_order_id, ["Order <<X>> shipped", "order_id=<<X>>", "tracking: <<X>>"]),
    "date_time": (_date, ["Released on <<X>>", "ts=<<X>>", "backup_<<X>>.tar.gz"]),
    "product_code": (_product, ["ISBN/SKU: <<X>>", "item <<X>> in stock", "code=<<X>>"]),
}
