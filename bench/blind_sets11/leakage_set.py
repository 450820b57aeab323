# ruff: noqa: E501
"""Blind set 11, leakage side: SECRETS, LOOKALIKES, PII and PII_LOOKALIKES.

All values are random from a fixed seed; none is a real credential or a real person's data.
"""

from __future__ import annotations

import base64
import json
import string
from collections.abc import Callable

from ._common import Gen

_g = Gen(330_033)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
URLSAFE = AN + "-_"


def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(g: Gen) -> str:
    head = _b64u(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64u(json.dumps({"sub": str(g.num(1000, 99999)), "name": g.person(), "iat": g.num(1_700_000_000, 1_760_000_000)}).encode())
    return f"{head}.{body}.{g.alnum(43, URLSAFE)}"


def _pem(g: Gen, label: str) -> str:
    body = base64.b64encode(bytes(g.r.randrange(256) for _ in range(600))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def _openssh(g: Gen) -> str:
    raw = b"openssh-key-v1\x00" + bytes(g.r.randrange(256) for _ in range(380))
    body = base64.b64encode(raw).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


# kind -> (value maker, variable name)
SECRET_KINDS: dict[str, tuple[Callable[[Gen], str], str]] = {
    "aws_access_key_id": (lambda g: "AKIA" + g.alnum(16, UP + "234567"), "AWS_ACCESS_KEY_ID"),
    "aws_secret_access_key": (lambda g: g.alnum(40, B64), "AWS_SECRET_ACCESS_KEY"),
    "github_pat_classic": (lambda g: "ghp_" + g.alnum(36), "GITHUB_TOKEN"),
    "github_pat_fine": (lambda g: "github_pat_" + g.alnum(22) + "_" + g.alnum(59), "GH_PAT"),
    "github_oauth": (lambda g: "gho_" + g.alnum(36), "GH_OAUTH_TOKEN"),
    "gitlab_pat": (lambda g: "glpat-" + g.alnum(20, AN + "-_"), "GITLAB_TOKEN"),
    "slack_bot_token": (lambda g: f"xoxb-{g.num(10**10, 10**11)}-{g.num(10**12, 10**13)}-{g.alnum(24)}", "SLACK_BOT_TOKEN"),
    "slack_webhook": (lambda g: f"https://hooks.slack.com/services/T{g.alnum(8, UP + DG)}/B{g.alnum(10, UP + DG)}/{g.alnum(24)}", "SLACK_WEBHOOK_URL"),
    "stripe_secret": (lambda g: "sk_live_" + g.alnum(24), "STRIPE_SECRET_KEY"),
    "stripe_restricted": (lambda g: "rk_live_" + g.alnum(24), "STRIPE_RESTRICTED_KEY"),
    "openai_key": (lambda g: "sk-proj-" + g.alnum(48, URLSAFE) + "T3BlbkFJ" + g.alnum(48, URLSAFE), "OPENAI_API_KEY"),
    "anthropic_key": (lambda g: "sk-ant-api03-" + g.alnum(93, URLSAFE) + "AA", "ANTHROPIC_API_KEY"),
    "google_api_key": (lambda g: "AIza" + g.alnum(35, URLSAFE), "GOOGLE_API_KEY"),
    "twilio_api_key": (lambda g: "SK" + g.hexs(32), "TWILIO_API_KEY"),
    "sendgrid_key": (lambda g: "SG." + g.alnum(22, URLSAFE) + "." + g.alnum(43, URLSAFE), "SENDGRID_API_KEY"),
    "npm_token": (lambda g: "npm_" + g.alnum(36), "NPM_TOKEN"),
    "pypi_token": (lambda g: "pypi-AgEIcHlwaS5vcmc" + g.alnum(70, URLSAFE), "PYPI_TOKEN"),
    "mailgun_key": (lambda g: "key-" + g.hexs(32), "MAILGUN_API_KEY"),
    "telegram_bot_token": (lambda g: f"{g.num(10**8, 10**10)}:AA{g.alnum(33, URLSAFE)}", "TELEGRAM_BOT_TOKEN"),
    "shopify_token": (lambda g: "shpat_" + g.hexs(32), "SHOPIFY_ACCESS_TOKEN"),
    "digitalocean_token": (lambda g: "dop_v1_" + g.hexs(64), "DIGITALOCEAN_TOKEN"),
    "huggingface_token": (lambda g: "hf_" + g.alnum(34, UP + LO), "HF_TOKEN"),
    "azure_storage_key": (lambda g: g.alnum(86, B64) + "==", "AZURE_STORAGE_KEY"),
    "jwt": (_jwt, "SESSION_JWT"),
    "rsa_private_key": (lambda g: _pem(g, "RSA PRIVATE KEY"), "TLS_KEY"),
    "openssh_private_key": (_openssh, "DEPLOY_KEY"),
    "postgres_url": (lambda g: f"postgresql://{g.first().lower()}:{g.alnum(18)}@db-{g.num(1, 9)}.{g.project()}.internal:5432/{g.project()}", "DATABASE_URL"),
    "mongodb_url": (lambda g: f"mongodb+srv://svc_{g.project()}:{g.alnum(20)}@cluster{g.num(0, 9)}.{g.alnum(5, LO + DG)}.mongodb.net/app", "MONGO_URI"),
    "redis_url": (lambda g: f"redis://default:{g.alnum(24)}@cache.{g.project()}.internal:6379/0", "REDIS_URL"),
    "basic_auth_header": (lambda g: "Basic " + base64.b64encode(f"{g.first().lower()}:{g.alnum(16)}".encode()).decode(), "AUTH_HEADER"),
    "bearer_header": (lambda g: "Bearer " + g.alnum(40, URLSAFE), "AUTHORIZATION"),
    "password_kv": (lambda g: g.alnum(6, LO) + g.pick(["!", "#", "$", "%"]) + g.alnum(8) + str(g.num(10, 99)), "DB_PASSWORD"),
    "vault_token": (lambda g: "hvs." + g.alnum(24), "VAULT_TOKEN"),
    "databricks_token": (lambda g: "dapi" + g.hexs(32), "DATABRICKS_TOKEN"),
    "age_secret_key": (lambda g: "AGE-SECRET-KEY-1" + g.alnum(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "SOPS_AGE_KEY"),
    "url_credentials": (lambda g: f"https://deploy:{g.alnum(20)}@git.{g.project()}.com/ops/{g.project()}.git", "REPO_URL"),
}


def _ctx(g: Gen, var: str, val: str) -> str:
    """Put a secret into one of many realistic contexts."""
    lower = var.lower()
    multi = "\n" in val
    p = g.project()
    who = g.person()
    opts: list[Callable[[], str]] = [
        lambda: f"# .env for {p} (local only)\nAPP_ENV=staging\nPORT={g.num(3000, 9000)}\n{var}={val}\nLOG_LEVEL=info\n",
        lambda: f"services:\n  {p}:\n    image: ghcr.io/{g.project()}/{p}:{g.num(1, 9)}.{g.num(0, 20)}\n    environment:\n      - {var}={val}\n      - TZ=UTC\n",
        lambda: f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {p}-creds\n  namespace: {g.project()}\ntype: Opaque\nstringData:\n  {lower}: \"{val}\"\n",
        lambda: f"[{p}]\nendpoint = \"https://api.{p}.com\"\n{lower} = \"{val}\"\ntimeout = {g.num(5, 60)}\n",
        lambda: json.dumps({"service": p, "region": "eu-west-1", "credentials": {lower: val}, "retries": g.num(1, 5)}, indent=2, ensure_ascii=False),
        lambda: f"<configuration>\n  <appSettings>\n    <add key=\"{var}\" value=\"{val}\" />\n    <add key=\"Region\" value=\"{g.city()}\" />\n  </appSettings>\n</configuration>",
        lambda: f"resource \"{p}_connection\" \"main\" {{\n  name  = \"{p}-prod\"\n  {lower} = \"{val}\"\n}}\n",
        lambda: f"# application.properties\nspring.application.name={p}\n{lower.replace('_', '.')}={val}\nserver.port=8080\n",
        lambda: f"$ export {var}='{val}'\n$ ./bin/{p} sync --since {g.date()}\nsynced {g.num(10, 900)} records",
        lambda: f"import os\n\nclient = {p.title().replace('-', '')}Client(\n    api_key=os.getenv(\"{var}\", \"{val}\"),\n    timeout={g.num(5, 30)},\n)\n",
        lambda: f"const client = new Client({{\n  token: \"{val}\",\n  baseUrl: \"https://api.{p}.com\",\n}});\nexport default client;\n",
        lambda: f"package main\n\nconst {var.title().replace('_', '')} = \"{val}\"\n\nfunc main() {{\n\tconnect({var.title().replace('_', '')})\n}}\n",
        lambda: f"public class {p.title().replace('-', '')}Config {{\n    private static final String {var} = \"{val}\";\n}}\n",
        lambda: f"config.{lower} = \"{val}\"  # TODO move to credentials.yml.enc ({who})\n",
        lambda: f"<?php\n$config['{lower}'] = '{val}';\n$config['debug'] = false;\n",
        lambda: f"let {lower} = \"{val}\"; // temporary, {who} will rotate\n",
        lambda: f"{g.ts()} DEBUG [{p}] loaded settings {lower}={val} from env",
        lambda: f"[{g.hm()}] {who}: here's the value for staging, don't share: {val}\n[{g.hm()}] {g.person()}: thanks, got it",
        lambda: f"From: {who}\nSubject: {p} access\n\nHi, as discussed the {lower.replace('_', ' ')} for the {p} sandbox is:\n\n{val}\n\nPlease rotate it after the demo on {g.date()}.",
        lambda: f"Ticket OPS-{g.num(1000, 9999)}: deploy fails since {g.date()}.\nReporter pasted env dump:\n{var}={val}\nAssignee: {g.person()}",
    ]
    if multi:
        ind = "\n    ".join(val.split("\n"))
        opts = [
            lambda: f"==> /etc/{p}/tls/server.key <==\n{val}\n\n==> /etc/{p}/tls/server.crt <==\n(see cert bundle, {len(ind)} bytes)",
            lambda: f"$ cat ~/.ssh/{p}_deploy\n{val}\n$ chmod 600 ~/.ssh/{p}_deploy",
            lambda: f"[{g.hm()}] {who}: pasting the key so you can test, delete after\n{val}\n[{g.hm()}] {g.person()}: ok",
            lambda: f"Ticket SEC-{g.num(100, 999)}: key committed to repo {p} on {g.date()}\n\n```\n{val}\n```\nPlease rotate.",
            lambda: f"resource \"tls_cert\" \"{p}\" {{\n  private_key = <<EOT\n{val}\nEOT\n}}\n",
        ]
    if not multi and not val.startswith(("Basic ", "Bearer ")):
        opts.append(lambda: f"curl -s -H \"X-Api-Key: {val}\" https://api.{p}.com/v1/status")
        opts.append(lambda: f"$ {p} login --token {val} --region eu-central-1\nLogged in as {who}.")
    if val.startswith(("Basic ", "Bearer ")):
        opts = [
            lambda: f"curl -H \"Authorization: {val}\" https://api.{p}.com/v2/users",
            lambda: f"GET /v2/orders HTTP/1.1\nHost: api.{p}.com\nAuthorization: {val}\nAccept: application/json\n",
            lambda: f"{g.ts()} WARN http: request failed 401 headers={{'Authorization': '{val}'}}",
            lambda: f"requests.get(\"https://api.{p}.com/me\", headers={{\"Authorization\": \"{val}\"}})",
        ]
    return opts[g.r.randrange(len(opts))]()


def _build_secrets() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for kind, (maker, var) in SECRET_KINDS.items():
        for _ in range(9):
            val = maker(_g)
            out.append((kind, _ctx(_g, var, val), val))
    return out


SECRETS: list[tuple[str, str, str]] = _build_secrets()


# ---------------------------------------------------------------- lookalikes


def lk_sha256(g: Gen) -> str:
    """A published file checksum: it identifies content, grants no access."""
    return f"{g.project()}-{g.num(1, 5)}.{g.num(0, 20)}.{g.num(0, 9)}-linux-amd64.tar.gz\nSHA256: {g.hexs(64)}"


def lk_commit(g: Gen) -> str:
    """A git commit SHA in a log: public identifier of a revision."""
    return f"commit {g.hexs(40)}\nAuthor: {g.person()} <dev@{g.project()}.org>\nDate:   {g.date()}\n\n    fix typo in {g.project()} docs"


def lk_uuid(g: Gen) -> str:
    """A request or object UUID: a random identifier, not an authenticator."""
    return json.dumps({"request_id": g.uuid(), "order_id": g.uuid(), "status": "shipped", "items": g.num(1, 9)})


def lk_md5(g: Gen) -> str:
    """An MD5 checksum of a download listed on a mirror page."""
    return f"MD5 ({g.project()}_{g.num(1, 9)}.iso) = {g.hexs(32)}"


def lk_ssh_pub(g: Gen) -> str:
    """An SSH public key in authorized_keys: public by design."""
    return f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.alnum(43, AN + '+/')} {g.first().lower()}@{g.project()}-laptop"


def lk_cert(g: Gen) -> str:
    """A PEM certificate: the public half of a key pair, shipped to every client."""
    return "Server certificate:\n" + _pem(g, "CERTIFICATE")


def lk_docker_digest(g: Gen) -> str:
    """A container image digest pinning an image version."""
    return f"FROM python:3.12-slim@sha256:{g.hexs(64)}\nRUN pip install --no-cache-dir {g.project()}"


def lk_integrity(g: Gen) -> str:
    """A lockfile integrity hash (SRI) for a public package tarball."""
    raw = base64.b64encode(bytes(g.r.randrange(256) for _ in range(64))).decode()
    return f'"node_modules/{g.project()}": {{\n  "version": "{g.num(1, 9)}.{g.num(0, 9)}.{g.num(0, 9)}",\n  "integrity": "sha512-{raw}"\n}}'


def lk_placeholder(g: Gen) -> str:
    """A documentation placeholder that stands in for a key the reader must supply."""
    ph = g.pick(["<your-api-key>", "YOUR_API_KEY_HERE", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "${API_TOKEN}", "xxxx-xxxx-xxxx", "<TOKEN>", "changeme"])
    return f"## Quick start\n\nSet your key before running {g.project()}:\n\n    export {g.project().upper().replace('-', '_')}_API_KEY={ph}\n"


def lk_order_id(g: Gen) -> str:
    """An order or invoice identifier quoted to a customer."""
    return f"Your order #{g.alnum(3, UP)}-{g.num(100000, 999999)}-{g.alnum(4, UP + DG)} has shipped. Tracking: 1Z{g.alnum(16, UP + DG)}"


def lk_data_image(g: Gen) -> str:
    """An inline base64-encoded image: page content, not a credential."""
    raw = b"\x89PNG\r\n\x1a\n" + bytes(g.r.randrange(256) for _ in range(90))
    return f'<img alt="logo" src="data:image/png;base64,{base64.b64encode(raw).decode()}">'


def lk_build_id(g: Gen) -> str:
    """A CI build id and artifact hash printed in a public build log."""
    return f"Build #{g.num(1000, 99999)} ({g.hexs(12)}) finished in {g.num(40, 900)}s\nartifact: {g.project()}-{g.hexs(8)}.whl"


def lk_fingerprint(g: Gen) -> str:
    """A key fingerprint: safe to publish so others can verify the key."""
    h = g.hexs(32)
    return f"The key fingerprint is SHA256:{g.alnum(43, AN + '+/')}\nMD5:{':'.join(h[i:i + 2] for i in range(0, 32, 2))} {g.first().lower()}@host"


def lk_nonce_doc(g: Gen) -> str:
    """A nonce or example signature shown in API documentation."""
    return f"Example request (values are illustrative):\n\nPOST /v1/charge\nX-Request-Nonce: {g.hexs(24)}\nX-Timestamp: {g.num(1_700_000_000, 1_760_000_000)}"


def lk_aws_arn(g: Gen) -> str:
    """An AWS resource ARN: names a resource, grants nothing."""
    return f"arn:aws:iam::{g.num(10**11, 10**12 - 1)}:role/{g.project()}-deploy\narn:aws:s3:::{g.project()}-artifacts-{g.num(10, 99)}"


def lk_etag(g: Gen) -> str:
    """HTTP cache validators and trace ids in response headers."""
    return f"HTTP/1.1 200 OK\nETag: \"{g.hexs(32)}\"\nX-Trace-Id: {g.hexs(32)}\nCache-Control: max-age={g.num(60, 3600)}"


def lk_pub_key_pem(g: Gen) -> str:
    """A PEM public key, published for signature verification."""
    return "JWKS fallback public key:\n" + _pem(g, "PUBLIC KEY")


LOOKALIKE_KINDS: dict[str, Callable[[Gen], str]] = {
    f.__name__.removeprefix("lk_"): f
    for f in (
        lk_sha256, lk_commit, lk_uuid, lk_md5, lk_ssh_pub, lk_cert, lk_docker_digest, lk_integrity,
        lk_placeholder, lk_order_id, lk_data_image, lk_build_id, lk_fingerprint, lk_nonce_doc,
        lk_aws_arn, lk_etag, lk_pub_key_pem,
    )
}

LOOKALIKES: list[tuple[str, str]] = [(k, f(_g)) for k, f in LOOKALIKE_KINDS.items() for _ in range(19)]
assert len({t for _, t in LOOKALIKES}) == len(LOOKALIKES)


# ---------------------------------------------------------------- PII


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str) -> str:
    for d in DG:
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _iban(g: Gen, cc: str, bban: str) -> str:
    s = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    return f"{cc}{check:02d}{bban}"


def _ssn(g: Gen) -> str:
    area = g.num(1, 899)
    while area == 666:
        area = g.num(1, 899)
    return f"{area:03d}-{g.num(1, 99):02d}-{g.num(1, 9999):04d}"


def _nino(g: Gen) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = g.pick(list(first)) + g.pick(list(second))
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return f"{pre} {g.num(10, 99)} {g.num(10, 99)} {g.num(10, 99)} {g.pick(list('ABCD'))}"


def _dni(g: Gen) -> str:
    n = g.num(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def _bsn(g: Gen) -> str:
    while True:
        s = f"{g.num(10_000_000, 99_999_999):08d}"
        for last in DG:
            if bsn_ok(s + last):
                return s + last


def cpf_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    for n in (9, 10):
        total = sum(d[i] * (n + 1 - i) for i in range(n))
        if (total * 10 % 11) % 10 != d[n]:
            return False
    return len(set(d)) > 1


def _cpf(g: Gen) -> str:
    d = [g.num(0, 9) for _ in range(9)]
    for n in (9, 10):
        d.append((sum(d[i] * (n + 1 - i) for i in range(n)) * 10 % 11) % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def pesel_ok(s: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(s[i]) * w[i] for i in range(10)) % 10) % 10 == int(s[10])


def _pesel(g: Gen) -> str:
    base = f"{g.num(50, 99):02d}{g.num(1, 12):02d}{g.num(1, 28):02d}{g.num(0, 9999):04d}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(base[i]) * w[i] for i in range(10)) % 10) % 10)


def _personnummer(g: Gen) -> str:
    base = f"{g.num(50, 99):02d}{g.num(1, 12):02d}{g.num(1, 28):02d}{g.num(100, 999)}"
    full = _luhn_complete(base)
    return f"{full[:6]}-{full[6:]}"


def _phone(g: Gen) -> str:
    return g.pick([
        f"+44 7{g.num(100, 999)} {g.num(100000, 999999)}", f"+49 151 {g.num(1000000, 9999999)}",
        f"+33 6 {g.num(10, 99)} {g.num(10, 99)} {g.num(10, 99)} {g.num(10, 99)}", f"+1 (415) {g.num(200, 999)}-{g.num(1000, 9999)}",
        f"+91 9{g.num(100000000, 999999999)}", f"+81 90-{g.num(1000, 9999)}-{g.num(1000, 9999)}",
        f"+55 11 9{g.num(1000, 9999)}-{g.num(1000, 9999)}", f"+234 803 {g.num(100, 999)} {g.num(1000, 9999)}",
    ])


def _card(g: Gen) -> str:
    pre = g.pick(["4", "51", "52", "55", "2221", "37", "6011"])
    length = 15 if pre == "37" else 16
    body = pre + "".join(str(g.num(0, 9)) for _ in range(length - len(pre) - 1))
    return _luhn_complete(body)


def _ipv4(g: Gen) -> str:
    return f"{g.pick(['81', '88', '92', '145', '176', '185', '212'])}.{g.num(1, 254)}.{g.num(1, 254)}.{g.num(1, 254)}"


def _ipv6(g: Gen) -> str:
    return f"2a02:{g.hexs(4)}:{g.hexs(4)}:{g.hexs(3)}1::{g.hexs(3)}1"


PII_KINDS: dict[str, Callable[[Gen], str]] = {
    "email": lambda g: g.email_of(g.person(), g.pick(["gmail.com", "web.de", "outlook.fr", "yahoo.co.jp", "proton.me"])),
    "phone": _phone,
    "credit_card": _card,
    "iban": lambda g: g.pick([
        _iban(g, "DE", f"{g.num(10**17, 10**18 - 1)}"), _iban(g, "NL", "ABNA" + f"{g.num(10**9, 10**10 - 1)}"),
        _iban(g, "GB", "NWBK" + f"{g.num(10**13, 10**14 - 1)}"), _iban(g, "FR", f"{g.num(10**22, 10**23 - 1)}"),
    ]),
    "us_ssn": _ssn,
    "uk_nino": _nino,
    "es_dni": _dni,
    "nl_bsn": _bsn,
    "br_cpf": _cpf,
    "pl_pesel": _pesel,
    "se_personnummer": _personnummer,
    "ipv4": _ipv4,
    "ipv6": _ipv6,
}

_PII_CTX = [
    "Hi support, my details for the refund: {name}, {label} {v}. Thanks!",
    "Customer record\nName: {name}\n{label}: {v}\nUpdated: {d}",
    '{{"customer": "{name}", "{key}": "{v}", "tier": "gold"}}',
    "{name} ({label}: {v}) called on {d} about the late delivery.",
    "HR onboarding form — employee {name}\n{label}: {v}\nStart date: {d}",
    "Nota: el cliente {name} facilitó su {label} {v} por teléfono el {d}.",
    "| {name} | {v} | {d} | verified |",
    "Dear {name},\nwe have updated your profile. The {label} we now hold is {v}. If this is wrong, reply before {d}.",
    "<customer><name>{name}</name><{key}>{v}</{key}><since>{d}</since></customer>",
    "Chat {d}\n{name}: can you update my {label}? it's {v} now\nAgent: done, thanks {name}!",
    "name,{key},created\n{name},{v},{d}",
    "Kundennotiz ({d}): {name} hat die {label} {v} telefonisch bestätigt.",
]


_LABELS = {
    "email": "e-mail", "phone": "phone", "credit_card": "card number", "iban": "IBAN", "us_ssn": "SSN",
    "uk_nino": "NI number", "es_dni": "DNI", "nl_bsn": "BSN", "br_cpf": "CPF", "pl_pesel": "PESEL",
    "se_personnummer": "personnummer", "ipv4": "IP address", "ipv6": "IPv6 address",
}


def _build_pii() -> list[tuple[str, str, str]]:
    out = []
    for kind, maker in PII_KINDS.items():
        for i in range(18):
            v = maker(_g)
            t = _PII_CTX[i % len(_PII_CTX)]
            text = t.format(name=_g.person(), label=_LABELS.get(kind, kind), key=kind, v=v, d=_g.date())
            if kind.startswith("ip"):
                text = f"{_g.ts()} sshd[{_g.num(100, 9999)}]: Failed password for {_g.first().lower()} from {v} port {_g.num(1024, 65000)}\n" + text
            out.append((kind, text, v))
    return out


PII: list[tuple[str, str, str]] = _build_pii()


def _bad_luhn(g: Gen) -> str:
    c = _card(g)
    return c[:-1] + str((int(c[-1]) + g.num(1, 9)) % 10)


def _bad_iban(g: Gen) -> str:
    s = _iban(g, "DE", f"{g.num(10**17, 10**18 - 1)}")
    return s[:-1] + str((int(s[-1]) + g.num(1, 9)) % 10)


PII_LOOKALIKE_KINDS: dict[str, Callable[[Gen], str]] = {
    "order_number": lambda g: f"Order {g.num(100, 999)}-{g.num(1000000, 9999999)}-{g.num(1000000, 9999999)} was delivered on {g.date()}.",
    "version": lambda g: f"Upgraded {g.project()} from {g.num(1, 9)}.{g.num(0, 30)}.{g.num(0, 99)} to {g.num(1, 9)}.{g.num(0, 30)}.{g.num(0, 99)}-rc.{g.num(1, 5)} (build {g.num(10000, 99999)}).",
    "timestamp": lambda g: f"{g.ts()} job finished; epoch {g.num(1_700_000_000, 1_760_000_000)} ms {g.num(100, 999)}",
    "bad_luhn_card": lambda g: f"Test fixture (fails Luhn on purpose): {_bad_luhn(g)}",
    "bad_iban": lambda g: f"Validation should reject IBAN {_bad_iban(g)} (checksum wrong).",
    "example_email": lambda g: f"Contact {g.pick(['alice', 'bob', 'support', 'noreply'])}@{g.pick(['example.com', 'example.org', 'example.net'])} in the sample config (line {g.num(3, 90)}).",
    "doc_ip": lambda g: f"Allow traffic from {g.pick(['192.0.2', '198.51.100', '203.0.113'])}.{g.num(1, 254)} and 2001:db8::{g.hexs(3)} in the example firewall rule.",
    "private_ip": lambda g: f"Node {g.project()}-{g.num(1, 9)} listening on 10.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}:{g.num(1024, 9999)}",
    "product_code": lambda g: f"SKU {g.alnum(3, UP)}-{g.num(10000, 99999)}-{g.alnum(2, UP)}, EAN pack of {g.num(2, 24)}, bin {g.alnum(1, UP)}{g.num(1, 40)}",
    "invalid_ssn": lambda g: f"Placeholder SSN in the form template: {g.pick(['000', '666', '9' + str(g.num(10, 99))])}-{g.num(10, 99)}-{g.num(1000, 9999)}",
    "tracking": lambda g: f"Parcel {g.alnum(2, UP)}{g.num(100000000, 999999999)}{g.pick(['GB', 'DE', 'NL'])} is out for delivery to the {g.city()} depot.",
    "fictional_phone": lambda g: f"Call the demo line at (555) 555-01{g.num(10, 99)} in the tutorial video.",
    "isbn_price": lambda g: f"ISBN 978-{g.num(0, 1)}-{g.num(100, 999)}-{g.num(10000, 99999)}-{g.num(0, 9)} · {g.money()} EUR · {g.num(100, 900)} pages",
}

def _distinct(kinds: dict[str, Callable[[Gen], str]], per: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for k, f in kinds.items():
        got = 0
        while got < per:
            t = f(_g)
            if t not in seen:
                seen.add(t)
                out.append((k, t))
                got += 1
    return out


PII_LOOKALIKES: list[tuple[str, str]] = _distinct(PII_LOOKALIKE_KINDS, 18)
