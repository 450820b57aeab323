# ruff: noqa: E501, RUF001
# Data module: long literal passages and intentionally confusable characters.
"""Secret and personal-data evaluation texts (blind set 6).

``SECRETS`` (kind, text, value) and ``PII`` (kind, text, value) must be redacted;
``LOOKALIKES`` and ``PII_LOOKALIKES`` (kind, text) hold opaque or number-like
values that are *not* secrets / personal data and must be left alone.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
import uuid
from collections.abc import Callable

from .secrets_gen import AL, HEX, build_secrets, rs

_FRAME_R = random.Random(65656)


def _frame(text: str) -> str:
    """Wraps a short snippet the way a file-reading or search tool returns it."""
    if len(text.encode()) >= 150:
        return text
    r = _FRAME_R
    path = r.choice(
        [
            "config/app.env",
            "deploy/values.yaml",
            "notes/2026-11.md",
            "src/settings.py",
            "docs/faq.md",
            "exports/records.csv",
            "logs/app.log",
            "README.md",
        ]
    )
    return (
        f"read_file {path} ({len(text.splitlines())} lines, modified 2026-{r.randint(1, 12):02d}-"
        f"{r.randint(1, 28):02d} by {r.choice(['mkowal', 'jli', 'sbenali', 'ci-bot'])})\n"
        f"--------------------------------------------------\n{text.rstrip()}\n"
        "--------------------------------------------------\n[end of file]\n"
    )


SECRETS: list[tuple[str, str, str]] = [(k, _frame(t), v) for k, t, v in build_secrets()]

# ---------------------------------------------------------------------------
# secret look-alikes
# ---------------------------------------------------------------------------


def _sha256_checksum(r: random.Random) -> str:
    """A SHA-256 digest of a published file: anyone can recompute it; it grants nothing."""
    name = f"{r.choice(['node', 'terraform', 'ripgrep', 'vault'])}-{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)}-linux-amd64.tar.gz"
    return f"$ sha256sum {name}\n{hashlib.sha256(r.randbytes(16)).hexdigest()}  {name}\nVerify against SHA256SUMS from the release page.\n"


def _commit_sha(r: random.Random) -> str:
    """A git commit SHA-1 identifies public history, not a credential."""
    return (
        f"Merge pull request #{r.randint(100, 9999)} from feature/{r.choice(['search', 'auth-ui', 'perf'])}\n\n"
        f"commit {rs(r, HEX, 40)}\nparent {rs(r, HEX, 40)}\nReverts {rs(r, HEX, 12)} which broke CI.\n"
    )


def _uuid_request(r: random.Random) -> str:
    """Request / trace ids are random UUIDs used for correlating logs; knowing one gives no access."""
    return (
        f"HTTP/1.1 500 Internal Server Error\nX-Request-Id: {uuid.UUID(int=r.getrandbits(128))}\n"
        f'Content-Type: application/json\n\n{{"error": "internal", "trace_id": "{uuid.UUID(int=r.getrandbits(128))}"}}\n'
    )


def _order_id(r: random.Random) -> str:
    """Order, payment-intent and object ids are references, not authenticators."""
    return (
        f"Your order ord_{rs(r, AL, 14)} has shipped!\nPayment: pi_{rs(r, AL, 24)}\nInvoice: in_{rs(r, AL, 24)}\n"
        f"Customer ref: cus_{rs(r, AL, 14)}\nTrack it from your account page.\n"
    )


def _ssh_public_key(r: random.Random) -> str:
    """An SSH *public* key is meant to be shared (authorized_keys, GitHub profile)."""
    return (
        f"# authorized_keys for deploy user\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, AL + '+/', 43)} "
        f"{r.choice(['maya', 'ops', 'ci'])}@{r.choice(['laptop', 'build-01', 'bastion'])}\n"
        f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{rs(r, AL + '+/', 200)} backup@vault\n"
    )


def _certificate(r: random.Random) -> str:
    """X.509 certificates are public by design; servers hand them to every client."""
    body = base64.b64encode(
        b"\x30\x82\x03\x5d\x30\x82\x02\x45\xa0\x03\x02\x01\x02" + r.randbytes(420)
    ).decode()
    return (
        "-----BEGIN CERTIFICATE-----\n"
        + "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        + "\n-----END CERTIFICATE-----\n"
    )


def _pgp_public(r: random.Random) -> str:
    """A PGP public key block is published on key servers so others can encrypt to its owner."""
    body = base64.b64encode(b"\x99\x01\x0d\x04" + r.randbytes(300)).decode()
    return (
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
        + "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        + f"\n={rs(r, AL, 4)}\n-----END PGP PUBLIC KEY BLOCK-----\n"
    )


def _base64_image(r: random.Random) -> str:
    """Inline image data is media content, however random its base64 looks."""
    data = base64.b64encode(
        b"\xff\xd8\xff\xe0\x00\x10JFIF" + r.randbytes(r.randint(150, 600))
    ).decode()
    return f'<img alt="thumbnail" width="64" height="64" src="data:image/jpeg;base64,{data}">\n'


def _placeholder(r: random.Random) -> str:
    """Documentation placeholders stand in for a key the reader must supply."""
    ph = r.choice(
        [
            "<your-api-key>",
            "YOUR_API_KEY_HERE",
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            "${OPENAI_API_KEY}",
            "xxxx-xxxx-xxxx-xxxx",
            "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "changeme",
            "{{ secrets.TOKEN }}",
            "<REDACTED>",
            "********",
        ]
    )
    return (
        f"## Authentication\n\nSet your key before calling the API (step {r.randint(1, 9)}):\n\n```bash\n"
        f'export API_KEY="{ph}"\ncurl -H "Authorization: Bearer $API_KEY" https://api.example.com/v1/me\n```\n'
    )


def _build_id(r: random.Random) -> str:
    """CI build and run ids are sequence numbers / hashes for locating logs."""
    return (
        f"Build #{r.randint(1000, 99999)} succeeded\nbuild_id: {rs(r, HEX, 32)}\nrun: "
        f"https://ci.example.org/runs/{r.randint(10**9, 10**10)}\nartifact: dist/app-{rs(r, HEX, 8)}.whl\n"
    )


def _fingerprint(r: random.Random) -> str:
    """Key fingerprints identify public keys and are meant to be compared out loud."""
    fp = ":".join(rs(r, HEX, 2) for _ in range(16))
    return (
        f"The authenticity of host 'git.example.org (192.0.2.{r.randint(1, 254)})' can't be established.\n"
        f"ED25519 key fingerprint is SHA256:{rs(r, AL + '+/', 43)}.\nMD5 fingerprint: {fp}\n"
        "Are you sure you want to continue connecting (yes/no)? yes\n"
    )


def _nonce_docs(r: random.Random) -> str:
    """Example nonces and signatures in protocol docs illustrate the format; they authorise nothing."""
    return (
        f"### Example request\n\nThe `nonce` must be unique per request, e.g. `{rs(r, HEX, 32)}`.\n"
        f"The server echoes it back together with a timestamp ({1790000000 + r.randint(0, 10**6)}).\n"
        "Nonces are not secret; they only prevent replay.\n"
    )


def _image_digest(r: random.Random) -> str:
    """Container image digests pin public content by hash."""
    return (
        f"$ docker pull nginx:1.{r.randint(20, 27)}\nDigest: sha256:{rs(r, HEX, 64)}\n"
        f"Status: Downloaded newer image for nginx:1.{r.randint(20, 27)}\n"
    )


def _npm_integrity(r: random.Random) -> str:
    """Lockfile integrity hashes verify package tarballs that are downloaded publicly."""
    return (
        f'"node_modules/{r.choice(["lodash", "react", "chalk", "zod"])}": {{\n  "version": "{r.randint(1, 18)}.{r.randint(0, 9)}.{r.randint(0, 9)}",\n'
        f'  "resolved": "https://registry.npmjs.org/pkg/-/pkg.tgz",\n  "integrity": "sha512-{base64.b64encode(r.randbytes(64)).decode()}"\n}}\n'
    )


def _publishable_key(r: random.Random) -> str:
    """Publishable / client-side keys (Stripe pk_, site keys) are designed to ship in browsers."""
    return (
        f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_{rs(r, AL, 99)}');\n"
        f"  const elements = stripe.elements();\n</script>\n"
    )


def _tx_hash(r: random.Random) -> str:
    """Blockchain transaction hashes are public ledger references that anyone can look up."""
    return (
        f"Withdrawal confirmed.\nNetwork: Ethereum\nTx hash: 0x{rs(r, HEX, 64)}\nConfirmations: {r.randint(12, 90)}\n"
        f"Block: {r.randint(18_000_000, 21_000_000)}\n"
    )


def _tracking_number(r: random.Random) -> str:
    """Parcel tracking and booking references are shared with the recipient and courier."""
    return (
        f"Your parcel is on its way.\nTracking number: 1Z{rs(r, string.ascii_uppercase + string.digits, 16)}\n"
        f"Booking reference: {rs(r, string.ascii_uppercase, 6)}\nEstimated delivery: 2026-12-{r.randint(1, 28):02d}\n"
    )


def _aws_doc_example(r: random.Random) -> str:
    """AWS's documented example credentials are published in every AWS guide and are never valid."""
    return (
        f"## Configure the CLI\n\nRun `aws configure` (step {r.randint(1, 5)} of the guide):\n\n```\n"
        "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        f"Default region name [None]: {r.choice(['us-west-2', 'eu-west-1', 'ap-south-1'])}\n"
        f"Default output format [None]: {r.choice(['json', 'yaml', 'text', 'table'])}\n```\n\nProfile: {r.choice(['dev', 'sandbox', 'training', 'lab'])}-{r.randint(1, 99)}\n"
    )


def _etag_md5(r: random.Random) -> str:
    """ETags and content MD5s are cache validators derived from public content."""
    return (
        f'HTTP/1.1 200 OK\nETag: "{rs(r, HEX, 32)}"\nContent-MD5: {base64.b64encode(r.randbytes(16)).decode()}\n'
        f"Cache-Control: max-age={r.randint(60, 86400)}\nContent-Length: {r.randint(100, 99999)}\n"
    )


LOOKALIKE_KINDS: dict[str, Callable[[random.Random], str]] = {
    "sha256_checksum": _sha256_checksum,
    "commit_sha": _commit_sha,
    "uuid_request_id": _uuid_request,
    "object_ids": _order_id,
    "ssh_public_key": _ssh_public_key,
    "x509_certificate": _certificate,
    "pgp_public_key": _pgp_public,
    "base64_image": _base64_image,
    "placeholder": _placeholder,
    "build_id": _build_id,
    "key_fingerprint": _fingerprint,
    "nonce_in_docs": _nonce_docs,
    "image_digest": _image_digest,
    "lockfile_integrity": _npm_integrity,
    "publishable_key": _publishable_key,
    "tx_hash": _tx_hash,
    "tracking_number": _tracking_number,
    "aws_doc_example": _aws_doc_example,
    "etag_md5": _etag_md5,
}


def _build_lookalikes() -> list[tuple[str, str]]:
    r = random.Random(62626)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, fn in LOOKALIKE_KINDS.items():
        n = tries = 0
        while n < 18 and tries < 5000:
            tries += 1
            t = fn(r)
            if t not in seen:
                seen.add(t)
                out.append((kind, t))
                n += 1
    return out


LOOKALIKES: list[tuple[str, str]] = [(k, _frame(t)) for k, t in _build_lookalikes()]

# ---------------------------------------------------------------------------
# personal data with check digits
# ---------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError("unreachable")


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _iban(r: random.Random) -> str:
    cc, bban = r.choice(
        [
            ("DE", rs(r, string.digits, 18)),
            ("GB", "NWBK" + rs(r, string.digits, 14)),
            ("NL", r.choice(["ABNA", "RABO", "INGB"]) + rs(r, string.digits, 10)),
            ("FR", rs(r, string.digits, 23)),
            ("ES", rs(r, string.digits, 20)),
            ("BE", rs(r, string.digits, 12)),
            ("AT", rs(r, string.digits, 16)),
        ]
    )
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def ssn_ok(s: str) -> bool:
    a, g, n = s.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def _ssn(r: random.Random) -> str:
    while True:
        s = f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if ssn_ok(s):
            return s


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return (
        len(s) == 9
        and s[0] not in NINO_BAD_FIRST
        and s[1] not in NINO_BAD_SECOND
        and s[:2] not in NINO_BAD_PREFIX
        and s[2:8].isdigit()
        and s[8] in "ABCD"
    )


def _nino(r: random.Random) -> str:
    while True:
        s = rs(r, string.ascii_uppercase, 2) + rs(r, string.digits, 6) + r.choice("ABCD")
        if nino_ok(s):
            return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(r: random.Random) -> str:
    n = r.randint(10_000_000, 99_999_999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def cpf_digits(nine: str) -> str:
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    d1 = (s * 10 % 11) % 10
    s2 = sum(int(d) * w for d, w in zip(nine + str(d1), range(11, 1, -1), strict=True))
    return f"{d1}{(s2 * 10 % 11) % 10}"


def _cpf(r: random.Random) -> str:
    nine = rs(r, string.digits, 9)
    full = nine + cpf_digits(nine)
    return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"


def bsn_ok(s: str) -> bool:
    return (
        len(s) == 9
        and sum(int(d) * w for d, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11 == 0
    )


def _bsn(r: random.Random) -> str:
    while True:
        s = str(r.randint(1, 9)) + rs(r, string.digits, 8)
        if bsn_ok(s):
            return s


def _personnummer(r: random.Random) -> str:
    base = (
        f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(100, 999)}"
    )
    full = luhn_complete(base)
    return f"19{full[:6]}-{full[6:]}"


def _sin(r: random.Random) -> str:
    full = luhn_complete(str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rs(r, string.digits, 7))
    return f"{full[:3]} {full[3:6]} {full[6:]}"


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def _pesel(r: random.Random) -> str:
    ten = f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 9999):04d}"
    return ten + str((10 - sum(int(d) * w for d, w in zip(ten, PESEL_W, strict=True)) % 10) % 10)


def _card(r: random.Random) -> str:
    pre, n = r.choice(
        [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]
    )
    full = luhn_complete(pre + rs(r, string.digits, n - len(pre) - 1))
    if n == 16 and r.random() < 0.5:
        return " ".join(full[i : i + 4] for i in range(0, 16, 4))
    return full


def _phone(r: random.Random) -> str:
    return r.choice(
        [
            f"+49 {r.randint(151, 179)} {r.randint(1000000, 9999999)}",
            f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            f"+1 ({r.randint(201, 989)}) {r.randint(201, 989)}-{r.randint(1000, 9999)}",
            f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}",
            f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        ]
    )


_FIRSTN = ["anna", "jorge", "li", "fatima", "olek", "sara", "kenji", "amara", "noah", "elif"]
_LASTN = [
    "kowalska",
    "martins",
    "wei",
    "benali",
    "nowak",
    "lindberg",
    "ito",
    "diallo",
    "fischer",
    "yilmaz",
]


def _email(r: random.Random) -> str:
    dom = r.choice(
        [
            "gmail.com",
            "outlook.com",
            "proton.me",
            "yahoo.co.jp",
            "web.de",
            "orange.fr",
            "northwind-logistics.com",
        ]
    )
    return f"{r.choice(_FIRSTN)}.{r.choice(_LASTN)}{r.choice(['', str(r.randint(1, 99))])}@{dom}"


def _ipv4(r: random.Random) -> str:
    while True:
        a = r.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ipv6(r: random.Random) -> str:
    return f"2a0{r.randint(0, 9)}:{rs(r, HEX, 4)}:{rs(r, HEX, 4)}:{rs(r, HEX, 4)}::{rs(r, HEX, 3)}"


PII_GENS: dict[str, Callable[[random.Random], str]] = {
    "email": _email,
    "phone": _phone,
    "credit_card": _card,
    "iban": _iban,
    "us_ssn": _ssn,
    "uk_nino": _nino,
    "es_dni": _dni,
    "br_cpf": _cpf,
    "nl_bsn": _bsn,
    "se_personnummer": _personnummer,
    "ca_sin": _sin,
    "pl_pesel": _pesel,
    "ipv4": _ipv4,
    "ipv6": _ipv6,
}

_PEOPLE = [
    "Anna Kowalska",
    "Jorge Martins",
    "Li Wei",
    "Fatima Benali",
    "Sara Lindberg",
    "Kenji Ito",
    "Amara Diallo",
    "Noah Fischer",
    "Elif Yılmaz",
    "Olek Nowak",
]

_PII_TEMPLATES: list[Callable[[random.Random, str, str, str], str]] = [
    lambda r, k, v, p: (
        f"From: HR Onboarding\nSubject: New starter — {p}\n\nHi payroll,\n\n{p} joins on "
        f"2026-12-{r.randint(1, 28):02d}. Their {k.replace('_', ' ')} is {v}. Please set up the record "
        "before the first pay run.\n\nThanks\n"
    ),
    lambda r, k, v, p: (
        f'{{\n  "customer_id": {r.randint(10000, 99999)},\n  "name": "{p}",\n  "{k}": "{v}",\n'
        f'  "created_at": "2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T09:12:00Z"\n}}\n'
    ),
    lambda r, k, v, p: (
        f"Ticket #{r.randint(1000, 99999)} — account update\n\nCustomer {p} called to update their "
        f"details. New {k.replace('_', ' ')}: {v}. Verified by security questions.\n"
    ),
    lambda r, k, v, p: (
        f"id,name,{k},city\n{r.randint(1, 999)},{p},{v},{r.choice(['Porto', 'Malmö', 'Gdańsk', 'Leeds'])}\n"
        f"{r.randint(1, 999)},(pending),,\n"
    ),
    lambda r, k, v, p: (
        f"[14:{r.randint(10, 59)}] {p.split()[0].lower()}: hey, can you add me to the supplier form? "
        f"my {k.replace('_', ' ')} is {v}\n[14:{r.randint(10, 59)}] clerk: got it, thanks\n"
    ),
    lambda r, k, v, p: (
        f"Application form (page 2 of 4)\n\nApplicant: {p}\nDate of application: "
        f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n{k.replace('_', ' ').upper()}: {v}\n"
        "Signature: on file\n"
    ),
]


def _pii_text(r: random.Random, kind: str, v: str) -> str:
    p = r.choice(_PEOPLE)
    if kind in ("ipv4", "ipv6"):
        return r.choice(
            [
                f'{v} - - [21/Nov/2026:10:{r.randint(10, 59)}:11 +0000] "GET /account/settings HTTP/1.1" 200 {r.randint(300, 9000)} "-" "Mozilla/5.0"\n',
                f"Login alert for {p}: new sign-in from {v} ({r.choice(['Chrome on Windows', 'Safari on iPhone'])}). If this wasn't you, reset your password.\n",
                f'{{"user": "{p}", "last_login_ip": "{v}", "mfa": true, "country": "{r.choice(["PT", "SE", "IN"])}"}}\n',
            ]
        )
    return r.choice(_PII_TEMPLATES)(r, kind, v, p)


def _build_pii() -> list[tuple[str, str, str]]:
    r = random.Random(63636)
    out: list[tuple[str, str, str]] = []
    for kind, gen in PII_GENS.items():
        for _ in range(17):
            v = gen(r)
            out.append((kind, _pii_text(r, kind, v), v))
    return out


PII: list[tuple[str, str, str]] = [(k, _frame(t), v) for k, t, v in _build_pii()]

# ---------------------------------------------------------------------------
# PII look-alikes
# ---------------------------------------------------------------------------


def _bad_luhn(r: random.Random) -> str:
    while True:
        s = "4" + rs(r, string.digits, 15)
        if not luhn_ok(s):
            return s


def _bad_iban(r: random.Random) -> str:
    while True:
        s = "DE" + rs(r, string.digits, 20)
        if not iban_ok(s):
            return s


PII_LOOKALIKE_GENS: dict[str, Callable[[random.Random], str]] = {
    "order_number": lambda r: (
        f"Order #{r.randint(10**9, 10**10)} confirmed. Ref {r.randint(1000, 9999)}-{r.randint(100, 999)}-{rs(r, string.ascii_uppercase, 3)} (internal)."
    ),
    "version_string": lambda r: (
        f"Upgraded agent from {r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 200)}.{r.randint(0, 9999)} to build {r.randint(10, 99)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}."
    ),
    "timestamp": lambda r: (
        f"Job finished at {1790000000 + r.randint(0, 10**7)} (epoch), i.e. 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(100, 999)}Z."
    ),
    "invalid_luhn_number": lambda r: (
        f"Reference code {_bad_luhn(r)} printed on the back of the voucher (not a card number; checksum fails)."
    ),
    "invalid_iban": lambda r: (
        f'Test fixture: rejected_iban = "{_bad_iban(r)}"  # mod-97 check fails, used in validator tests'
    ),
    "invalid_ssn": lambda r: (
        f"Placeholder SSN in the form template: {r.choice(['000', '666', '9' + str(r.randint(10, 99))])}-{r.randint(10, 99)}-{r.randint(1000, 9999)} (never issued)."
    ),
    "example_email": lambda r: (
        f"Send questions to {r.choice(['user', 'jane.doe', 'test', 'alice', 'bob'])}{r.randint(1, 999)}@{r.choice(['example.com', 'example.org', 'example.net', 'test.invalid'])} in the sample config."
    ),
    "documentation_ip": lambda r: (
        f"server {{ listen {r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}:{r.randint(80, 9000)}; }}  # RFC 5737 documentation address"
    ),
    "loopback_or_doc_ipv6": lambda r: (
        f"Bind to 127.0.0.{r.randint(1, 9)} locally, or 2001:db8:{rs(r, HEX, 4)}::{rs(r, HEX, 2)} in the IPv6 example."
    ),
    "product_code": lambda r: (
        f"SKU {rs(r, string.ascii_uppercase, 3)}-{r.randint(10000, 99999)}-{rs(r, string.ascii_uppercase, 2)}, EAN 40{rs(r, string.digits, 11)}, model {rs(r, string.ascii_uppercase, 2)}{r.randint(100, 999)}."
    ),
    "fictional_phone": lambda r: r.choice(
        [
            f"Call us (demo line) at +1-202-555-01{r.randint(0, 99):02d}.",
            f"Drama number used in the script: 07700 900{r.randint(0, 999):03d}.",
        ]
    ),
    "isbn": lambda r: (
        f"Cited in: ISBN 978-{r.randint(0, 1)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}, page {r.randint(1, 400)}."
    ),
    "coordinates": lambda r: (
        f"Meeting point: {r.uniform(-60, 60):.6f}, {r.uniform(-170, 170):.6f} (public trailhead car park)."
    ),
    "invalid_nino": lambda r: (
        f"Example NI number format: {r.choice(['QQ', 'DF', 'BG', 'GB'])} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.choice('ABCD')} (invalid prefix, for illustration only)."
    ),
}


def _build_pii_lookalikes() -> list[tuple[str, str]]:
    r = random.Random(64646)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, gen in PII_LOOKALIKE_GENS.items():
        n = tries = 0
        while n < 16 and tries < 5000:
            tries += 1
            line = gen(r)
            ctx = r.choice(
                [
                    f"Release notes / ops log\n\n{line}\n\nNo customer data is included in this report.\n",
                    f"## FAQ\n\nQ: What does this number mean?\nA: {line}\n\nSee the reference manual, section {r.randint(2, 9)}.\n",
                    f'{{"note": "{line.replace(chr(34), chr(39))}", "source": "docs", "lang": "en"}}\n',
                    f"# comment from the maintainers\n# {line}\n# last checked {r.randint(2024, 2026)}\n",
                ]
            )
            if ctx not in seen:
                seen.add(ctx)
                out.append((kind, ctx))
                n += 1
    return out


PII_LOOKALIKES: list[tuple[str, str]] = [(k, _frame(t)) for k, t in _build_pii_lookalikes()]
