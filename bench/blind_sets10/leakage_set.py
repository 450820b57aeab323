# ruff: noqa: E501
"""Blind set 10 — secrets, personal data and their look-alikes.

``SECRETS`` (kind, text, value) and ``PII`` (kind, text, value) plant one value
verbatim in a realistic text; ``LOOKALIKES`` and ``PII_LOOKALIKES`` (kind, text)
hold opaque or number-like values that must not be redacted. Every value is
random from a fixed seed and follows the public format of its kind; none is a
real credential or a real person's data. ``LOOKALIKE_REASONS`` and
``PII_LOOKALIKE_REASONS`` say, per kind, why the value is not sensitive.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from collections.abc import Callable

_rng = random.Random(20251122)
AZ = string.ascii_uppercase
az = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEXL = "0123456789abcdef"


def _r(alpha: str, n: int) -> str:
    return "".join(_rng.choice(alpha) for _ in range(n))


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


FIRST = ["maria", "kenji", "oluwaseun", "anna", "rahul", "sophie", "mateus", "lena", "omar", "yuki", "pieter", "chloe", "ivan", "zainab", "tom"]
SERVICES = ["billing", "search", "auth", "ingest", "notifier", "reports", "payments", "crm-sync", "media", "gateway"]


# --------------------------------------------------------------------------- secrets: values

def _jwt() -> str:
    head = _b64url(json.dumps({"alg": _rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    body = _b64url(json.dumps({"sub": str(_rng.randint(10000, 99999)), "name": _rng.choice(FIRST).title(), "iat": 1730000000 + _rng.randint(0, 9_000_000), "scope": "read write"}).encode())
    return f"{head}.{body}.{_b64url(bytes(_rng.getrandbits(8) for _ in range(32)))}"


def _pem(label: str, nbytes: int) -> str:
    body = base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(nbytes))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def _openssh() -> str:
    raw = b"openssh-key-v1\x00" + bytes(_rng.getrandbits(8) for _ in range(380))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def _password() -> str:
    return _r(ALNUM, _rng.randint(5, 8)) + _rng.choice("!*-_.~") + _r(ALNUM, _rng.randint(4, 9))


SECRET_MAKERS: dict[str, Callable[[], str]] = {
    "aws_access_key_id": lambda: "AKIA" + _r(AZ + "234567", 16),
    "aws_secret_access_key": lambda: _r(B64, 40),
    "github_pat_classic": lambda: "ghp_" + _r(ALNUM, 36),
    "github_pat_fine_grained": lambda: "github_pat_" + _r(ALNUM, 22) + "_" + _r(ALNUM, 59),
    "github_oauth": lambda: "gho_" + _r(ALNUM, 36),
    "gitlab_pat": lambda: "glpat-" + _r(URLSAFE, 20),
    "slack_bot_token": lambda: f"xoxb-{_r(DIG, 12)}-{_r(DIG, 13)}-{_r(ALNUM, 24)}",
    "slack_webhook": lambda: f"https://hooks.slack.com/services/T{_r(AZ + DIG, 8)}/B{_r(AZ + DIG, 10)}/{_r(ALNUM, 24)}",
    "stripe_secret_key": lambda: "sk_live_" + _r(ALNUM, 24),
    "stripe_restricted_key": lambda: "rk_live_" + _r(ALNUM, 24),
    "openai_api_key": lambda: "sk-proj-" + _r(URLSAFE, 48) + "T3BlbkFJ" + _r(URLSAFE, 48),
    "anthropic_api_key": lambda: "sk-ant-api03-" + _r(URLSAFE, 93) + "AA",
    "google_api_key": lambda: "AIza" + _r(URLSAFE, 35),
    "sendgrid_api_key": lambda: f"SG.{_r(URLSAFE, 22)}.{_r(URLSAFE, 43)}",
    "twilio_api_key": lambda: "SK" + _r(HEXL, 32),
    "npm_token": lambda: "npm_" + _r(ALNUM, 36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + _r(URLSAFE, 60),
    "huggingface_token": lambda: "hf_" + _r(string.ascii_letters, 34),
    "telegram_bot_token": lambda: f"{_rng.randint(100000000, 9999999999)}:AA{_r(URLSAFE, 33)}",
    "discord_bot_token": lambda: f"{_b64url(str(_rng.randint(10**17, 10**18)).encode())}.{_r(URLSAFE, 6)}.{_r(URLSAFE, 38)}",
    "shopify_access_token": lambda: "shpat_" + _r(HEXL, 32),
    "digitalocean_token": lambda: "dop_v1_" + _r(HEXL, 64),
    "mailgun_api_key": lambda: "key-" + _r(HEXL, 32),
    "datadog_api_key": lambda: _r(HEXL, 32),
    "azure_storage_account_key": lambda: base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(64))).decode(),
    "jwt": _jwt,
    "rsa_private_key_pem": lambda: _pem("RSA PRIVATE KEY", _rng.choice([600, 900])),
    "ec_private_key_pem": lambda: _pem("EC PRIVATE KEY", 121),
    "openssh_private_key": _openssh,
    "postgres_password_in_url": _password,
    "mongodb_password_in_url": _password,
    "redis_password_in_url": _password,
    "http_basic_auth_url": _password,
    "bearer_token_header": lambda: _r(URLSAFE, _rng.randint(32, 48)),
    "basic_auth_header": lambda: base64.b64encode(f"{_rng.choice(FIRST)}:{_password()}".encode()).decode(),
    "password_assignment": _password,
    "generic_api_secret": lambda: _r(ALNUM, _rng.choice([32, 40, 48])),
}

# Kinds whose value is a password carried inside a URL; the context builds the URL.
_URL_KINDS = {
    "postgres_password_in_url": lambda pw: f"postgresql://{_rng.choice(SERVICES).replace('-', '_')}:{pw}@db-{_rng.randint(1, 9)}.internal:5432/{_rng.choice(['app', 'orders', 'analytics'])}",
    "mongodb_password_in_url": lambda pw: f"mongodb+srv://{_rng.choice(FIRST)}:{pw}@cluster{_rng.randint(0, 9)}.{_r(az + DIG, 5)}.mongodb.net/{_rng.choice(['prod', 'events'])}?retryWrites=true",
    "redis_password_in_url": lambda pw: f"redis://default:{pw}@cache-{_rng.randint(1, 5)}.svc.cluster.local:6379/0",
    "http_basic_auth_url": lambda pw: f"https://{_rng.choice(FIRST)}:{pw}@{_rng.choice(['repo', 'nexus', 'artifacts', 'registry'])}.{_rng.choice(['corp', 'intra', 'lan'])}.net/{_rng.choice(['simple', 'maven2', 'v2'])}/",
}
_MULTILINE = {"rsa_private_key_pem", "ec_private_key_pem", "openssh_private_key"}


def _var(kind: str) -> str:
    base = {"aws_access_key_id": "AWS_ACCESS_KEY_ID", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
            "slack_webhook": "SLACK_WEBHOOK_URL", "jwt": "SESSION_TOKEN", "bearer_token_header": "API_TOKEN",
            "password_assignment": _rng.choice(["DB_PASSWORD", "ADMIN_PASS", "SMTP_PASSWORD", "LDAP_BIND_PASSWORD"]),
            "generic_api_secret": _rng.choice(["CLIENT_SECRET", "API_SECRET", "SIGNING_SECRET", "WEBHOOK_SECRET"])}
    nice = {"github_pat_classic": "GITHUB_TOKEN", "github_pat_fine_grained": "GH_TOKEN", "github_oauth": "GITHUB_OAUTH_TOKEN",
            "gitlab_pat": "GITLAB_TOKEN", "slack_bot_token": "SLACK_BOT_TOKEN", "stripe_secret_key": "STRIPE_SECRET_KEY",
            "stripe_restricted_key": "STRIPE_RESTRICTED_KEY", "openai_api_key": "OPENAI_API_KEY", "anthropic_api_key": "ANTHROPIC_API_KEY",
            "google_api_key": "GOOGLE_MAPS_API_KEY", "sendgrid_api_key": "SENDGRID_API_KEY", "twilio_api_key": "TWILIO_API_KEY_SID_SECRET",
            "npm_token": "NPM_TOKEN", "pypi_token": "PYPI_API_TOKEN", "huggingface_token": "HF_TOKEN", "telegram_bot_token": "TELEGRAM_BOT_TOKEN",
            "discord_bot_token": "DISCORD_TOKEN", "shopify_access_token": "SHOPIFY_ADMIN_TOKEN", "digitalocean_token": "DIGITALOCEAN_TOKEN",
            "mailgun_api_key": "MAILGUN_API_KEY", "datadog_api_key": "DD_API_KEY", "azure_storage_account_key": "AZURE_STORAGE_KEY"}
    base.update(nice)
    if kind in base:
        return base[kind]
    if kind in _URL_KINDS:
        return _rng.choice(["DATABASE_URL", "CONNECTION_STRING", "BROKER_URL", "REGISTRY_URL", "CACHE_URL"])
    return kind.upper().replace("_PEM", "")


# --------------------------------------------------------------------------- secrets: contexts

def _ctx_env(var: str, tok: str) -> str:
    svc = _rng.choice(SERVICES)
    return f"# {svc} service — local overrides\nAPP_ENV=production\nPORT={_rng.randint(3000, 9000)}\nLOG_LEVEL={_rng.choice(['info', 'debug', 'warn'])}\n{var}={tok}\nFEATURE_FLAGS=search_v2,{_rng.choice(['beta_ui', 'fast_export'])}\n"


def _ctx_yaml(var: str, tok: str) -> str:
    return f"service:\n  name: {_rng.choice(SERVICES)}\n  replicas: {_rng.randint(1, 6)}\ncredentials:\n  {var.lower()}: \"{tok}\"\n  region: {_rng.choice(['eu-west-1', 'us-east-2', 'ap-southeast-1'])}\nretry:\n  max_attempts: {_rng.randint(2, 7)}\n"


def _ctx_toml(var: str, tok: str) -> str:
    return f"[server]\nhost = \"0.0.0.0\"\nport = {_rng.randint(8000, 8999)}\n\n[{_rng.choice(SERVICES).replace('-', '_')}]\n{var.lower()} = \"{tok}\"\ntimeout_secs = {_rng.randint(5, 60)}\n"


def _ctx_ini(var: str, tok: str) -> str:
    return f"[default]\nregion = {_rng.choice(['eu-central-1', 'us-west-2'])}\noutput = json\n\n[{_rng.choice(FIRST)}-{_rng.choice(['dev', 'prod', 'ci'])}]\n{var.lower()} = {tok}\n"


def _ctx_json(var: str, tok: str) -> str:
    return json.dumps({"name": _rng.choice(SERVICES), "version": f"{_rng.randint(1, 4)}.{_rng.randint(0, 9)}.{_rng.randint(0, 9)}", "config": {var.lower(): tok, "timeout": _rng.randint(5, 30)}}, indent=2)


def _ctx_xml(var: str, tok: str) -> str:
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n    <add key=\"{var}\" value=\"{tok}\" />\n  </appSettings>\n</configuration>"


def _ctx_hcl(var: str, tok: str) -> str:
    return f"provider \"{_rng.choice(['aws', 'github', 'datadog', 'cloudflare'])}\" {{\n  region = \"{_rng.choice(['eu-west-1', 'us-east-1'])}\"\n}}\n\nvariable \"{var.lower()}\" {{\n  type    = string\n  default = \"{tok}\"\n}}\n"


def _ctx_properties(var: str, tok: str) -> str:
    return f"spring.application.name={_rng.choice(SERVICES)}\nserver.port={_rng.randint(8000, 8999)}\napp.{var.lower().replace('_', '-')}={tok}\nlogging.level.root=INFO\n"


def _ctx_compose(var: str, tok: str) -> str:
    svc = _rng.choice(SERVICES)
    return f"services:\n  {svc}:\n    image: ghcr.io/acme/{svc}:{_rng.randint(1, 9)}.{_rng.randint(0, 20)}\n    ports:\n      - \"{_rng.randint(3000, 9000)}:8080\"\n    environment:\n      - {var}={tok}\n      - TZ=UTC\n"


def _ctx_k8s(var: str, tok: str) -> str:
    return f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {_rng.choice(SERVICES)}-credentials\n  namespace: {_rng.choice(['prod', 'staging', 'default'])}\ntype: Opaque\nstringData:\n  {var}: \"{tok}\"\n"


def _ctx_shell(var: str, tok: str) -> str:
    return f"$ export {var}={tok}\n$ ./deploy.sh --env {_rng.choice(['prod', 'staging'])}\n[deploy] uploading {_rng.randint(3, 40)} artifacts..."


def _ctx_cli(var: str, tok: str) -> str:
    flag = var.lower().replace("_", "-")
    return f"$ {_rng.choice(['acmectl', 'deployer', 'sync-tool', 'ingestd'])} push --region {_rng.choice(['eu', 'us'])} --{flag} {tok} --verbose\nconnecting... ok ({_rng.randint(40, 300)} ms)"


def _ctx_python(var: str, tok: str) -> str:
    return f"import os\nimport requests\n\n{var} = \"{tok}\"  # TODO move to vault\n\n\ndef fetch(path: str) -> dict:\n    r = requests.get(f\"https://api.{_rng.choice(SERVICES)}.io{{path}}\", headers={{\"X-Key\": {var}}}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n"


def _ctx_js(var: str, tok: str) -> str:
    return f"const client = createClient({{\n  baseUrl: 'https://api.{_rng.choice(SERVICES)}.dev',\n  {_camel(var)}: '{tok}',\n  retries: {_rng.randint(1, 5)},\n}});\n\nexport default client;\n"


def _ctx_go(var: str, tok: str) -> str:
    return f"package main\n\nconst {_camel(var)} = \"{tok}\"\n\nfunc main() {{\n\tc := NewClient({_camel(var)})\n\tif err := c.Ping(); err != nil {{\n\t\tlog.Fatal(err)\n\t}}\n}}\n"


def _ctx_java(var: str, tok: str) -> str:
    return f"public final class Settings {{\n    private static final String {var} = \"{tok}\";\n    private static final int TIMEOUT_MS = {_rng.randint(1000, 9000)};\n}}\n"


def _ctx_ruby(var: str, tok: str) -> str:
    return f"Rails.application.configure do\n  config.x.{var.lower()} = '{tok}'\n  config.log_level = :{_rng.choice(['info', 'debug'])}\nend\n"


def _ctx_php(var: str, tok: str) -> str:
    return f"<?php\nreturn [\n    'driver' => '{_rng.choice(['smtp', 'api'])}',\n    '{var.lower()}' => '{tok}',\n    'timeout' => {_rng.randint(5, 30)},\n];\n"


def _ctx_rust(var: str, tok: str) -> str:
    return f"const {var}: &str = \"{tok}\";\n\nfn main() {{\n    let client = Client::new({var});\n    client.sync().expect(\"sync failed\");\n}}\n"


def _ctx_csharp(var: str, tok: str) -> str:
    return f"var options = new ClientOptions\n{{\n    Endpoint = new Uri(\"https://api.{_rng.choice(SERVICES)}.net\"),\n    {_camel(var, upper=True)} = \"{tok}\",\n}};\n"


def _ctx_log(var: str, tok: str) -> str:
    return f"2025-{_rng.randint(1, 12):02d}-{_rng.randint(1, 28):02d}T{_rng.randint(0, 23):02d}:{_rng.randint(10, 59)}:07Z DEBUG {_rng.choice(SERVICES)} loaded config {var.lower()}={tok} source=env\n2025-06-01T10:00:01Z INFO {_rng.choice(SERVICES)} listening on :{_rng.randint(8000, 9000)}"


def _ctx_chat(var: str, tok: str) -> str:
    a, b = _rng.choice(FIRST), _rng.choice(FIRST)
    return f"[{_rng.randint(9, 18)}:{_rng.randint(10, 59)}] {a}: can you send me the {var.lower().replace('_', ' ')} for staging? mine got rotated\n[{_rng.randint(9, 18)}:{_rng.randint(10, 59)}] {b}: here {tok}\n[{_rng.randint(9, 18)}:{_rng.randint(10, 59)}] {a}: thx, deleting this msg after"


def _ctx_email(var: str, tok: str) -> str:
    a = _rng.choice(FIRST).title()
    return f"Subject: access for the {_rng.choice(SERVICES)} integration\n\nHi {a},\n\nas discussed, here is the value you need ({var}):\n\n{tok}\n\nPlease store it in the password manager and not in the repo.\n\nBest,\n{_rng.choice(FIRST).title()}"


def _ctx_ticket(var: str, tok: str) -> str:
    return f"INC-{_rng.randint(1000, 9999)} Integration failing with 401\nReporter: {_rng.choice(FIRST)}\n\nSteps: configured {var} = {tok} and restarted the worker, still 401 on every call.\nExpected: 200 from /v1/health"


def _ctx_curl(var: str, tok: str) -> str:
    return f"$ curl -s https://api.{_rng.choice(SERVICES)}.io/v1/items -H 'X-Api-Key: {tok}' | jq '.items | length'\n{_rng.randint(0, 400)}"


def _camel(var: str, upper: bool = False) -> str:
    parts = var.lower().split("_")
    s = parts[0] + "".join(p.title() for p in parts[1:])
    return s[0].upper() + s[1:] if upper else s


CONTEXTS: list[Callable[[str, str], str]] = [
    _ctx_env, _ctx_yaml, _ctx_toml, _ctx_ini, _ctx_json, _ctx_xml, _ctx_hcl, _ctx_properties, _ctx_compose,
    _ctx_k8s, _ctx_shell, _ctx_cli, _ctx_python, _ctx_js, _ctx_go, _ctx_java, _ctx_ruby, _ctx_php, _ctx_rust,
    _ctx_csharp, _ctx_log, _ctx_chat, _ctx_email, _ctx_ticket, _ctx_curl,
]
_ML_CONTEXTS: list[Callable[[str, str], str]] = [
    lambda v, t: f"$ cat ~/.ssh/{_rng.choice(['id_rsa', 'deploy_key', 'id_ed25519', 'ci_key'])}\n{t}\n$ ls -la ~/.ssh | wc -l\n{_rng.randint(3, 9)}",
    _ctx_chat, _ctx_email, _ctx_ticket,
    lambda v, t: f"# {_rng.choice(SERVICES)} TLS material (do not commit)\nserver.crt: see cert bundle\nserver.key:\n{t}\n",
]


def _header_text(kind: str, tok: str) -> str:
    host = _rng.choice(SERVICES)
    scheme = "Bearer" if kind == "bearer_token_header" else "Basic"
    return _rng.choice([
        f"> GET /v2/{_rng.choice(['orders', 'users', 'jobs'])} HTTP/1.1\n> Host: api.{host}.com\n> Authorization: {scheme} {tok}\n> Accept: application/json\n< HTTP/1.1 200 OK",
        f"$ curl -H \"Authorization: {scheme} {tok}\" https://{host}.example.org/api/status\n{{\"ok\":true}}",
        f"requests.post(url, json=payload, headers={{\"Authorization\": \"{scheme} {tok}\"}})",
        f"{_rng.randint(10, 23)}:{_rng.randint(10, 59)}:12 proxy: forwarding headers {{'authorization': '{scheme} {tok}', 'user-agent': 'sync/{_rng.randint(1, 9)}'}}",
    ])


def _build_secrets() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    kinds = list(SECRET_MAKERS)
    per = 9
    for kind in kinds:
        for i in range(per):
            value = SECRET_MAKERS[kind]()
            var = _var(kind)
            if kind in _MULTILINE:
                text = _ML_CONTEXTS[i % len(_ML_CONTEXTS)](var, value)
            elif kind in ("bearer_token_header", "basic_auth_header"):
                text = _header_text(kind, value)
            else:
                tok = _URL_KINDS[kind](value) if kind in _URL_KINDS else value
                text = CONTEXTS[(i * 7 + kinds.index(kind)) % len(CONTEXTS)](var, tok)
            out.append((kind, text, value))
    return out


SECRETS: list[tuple[str, str, str]] = _build_secrets()


# --------------------------------------------------------------------------- secret look-alikes

def _sha(n: int = 40) -> str:
    return _r(HEXL, n)


def la_commit_sha() -> str:
    """A git commit SHA names a public object in history; it grants no access."""
    sha = _sha()
    return _rng.choice([
        f"commit {sha}\nAuthor: {_rng.choice(FIRST).title()} <{_rng.choice(FIRST)}@users.noreply.github.com>\n\n    fix: handle empty pages in exporter",
        f"Reverted in {sha} — see the PR description for context.",
        f"$ git rev-parse HEAD\n{sha}\n$ git describe --tags\nv{_rng.randint(1, 5)}.{_rng.randint(0, 12)}.{_rng.randint(0, 9)}",
    ])


def la_sha256_checksum() -> str:
    """A file checksum is published so anyone can verify a download; it reveals nothing secret."""
    h = _sha(64)
    return _rng.choice([f"{h}  {_rng.choice(SERVICES)}-{_rng.randint(1, 3)}.{_rng.randint(0, 9)}.tar.gz", f"SHA256 checksum: {h}\nVerify with `sha256sum -c`.", f"\"integrity\": \"sha256-{base64.b64encode(bytes.fromhex(h)).decode()}\" (hex {h})"])


def la_uuid() -> str:
    """UUIDs identify records or requests; knowing one does not authorise anything."""
    u = uuid.UUID(int=_rng.getrandbits(128), version=4)
    return _rng.choice([f"{{\"request_id\": \"{u}\", \"status\": \"accepted\"}}", f"Order {u} was shipped on {_rng.randint(1, 28)} May.", f"X-Correlation-ID: {u}"])


def la_object_id() -> str:
    """Object and order ids (Stripe-style ch_/cus_, Mongo ObjectIds) are references, not credentials."""
    return _rng.choice([f"Charge ch_{_r(ALNUM, 24)} refunded for customer cus_{_r(ALNUM, 14)}.", f"{{\"_id\": {{\"$oid\": \"{_sha(24)}\"}}, \"sku\": \"TB-{_rng.randint(100, 999)}\"}}", f"Invoice in_{_r(ALNUM, 24)} is overdue by {_rng.randint(2, 30)} days."])


def la_public_key() -> str:
    """Public keys are meant to be shared; only the private half is secret."""
    return _rng.choice([f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_r(B64, 43)} {_rng.choice(FIRST)}@laptop",
                        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(_r(B64, 64) for _ in range(3)) + "\n" + _r(B64, 20) + "==\n-----END PUBLIC KEY-----",
                        f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{_r(B64, 120)} deploy@ci"])


def la_certificate() -> str:
    """A certificate is public by design; servers send it to every client."""
    body = "\n".join(_r(B64, 64) for _ in range(_rng.randint(5, 9)))
    return f"# {_rng.choice(SERVICES)}.crt (public)\n-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def la_placeholder() -> str:
    """Placeholders show where a real secret goes; they contain none."""
    return _rng.choice([
        "export OPENAI_API_KEY=<your-api-key>", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "password: ********",
        "Authorization: Bearer YOUR_TOKEN_HERE", "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}", "api_key = \"{{ vault_api_key }}\"",
        "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "DB_PASSWORD=changeme  # replace before deploying",
        "token: REPLACE_ME", "SLACK_BOT_TOKEN=xoxb-your-token", "secret = os.environ[\"CLIENT_SECRET\"]", "password=<redacted>",
    ]) + f"\n# see docs/setup-{_rng.randint(1, 99)}.md"


def la_base64_image() -> str:
    """Inline images are base64-encoded pixels, not credentials."""
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(_rng.getrandbits(8) for _ in range(_rng.randint(40, 90)))
    return f"<img alt=\"logo\" width=\"{_rng.randint(16, 64)}\" src=\"data:image/png;base64,{base64.b64encode(raw).decode()}\">"


def la_build_id() -> str:
    """Build and pipeline ids are public metadata of a CI run."""
    return _rng.choice([f"Build #{_rng.randint(1000, 99999)} ({_sha(12)}) passed in {_rng.randint(2, 40)}m", f"image: registry.example.com/app@sha256:{_sha(64)}", f"pipeline_id={_rng.randint(10**8, 10**9)} job={_r(az + DIG, 10)}"])


def la_fingerprint() -> str:
    """Key fingerprints are published so that keys can be verified."""
    return _rng.choice([f"ED25519 key fingerprint is SHA256:{_r(B64, 43)}.", "Fingerprint: " + ":".join(_r(HEXL, 2) for _ in range(16)), f"GPG key ID {_r('0123456789ABCDEF', 16)} ({_rng.choice(FIRST)}@example.org)"])


def la_doc_nonce() -> str:
    """Nonces and example signatures in documentation are illustrative values."""
    return _rng.choice([f"Example: nonce={_r(ALNUM, 16)}&timestamp={1700000000 + _rng.randint(0, 10**7)}", f"The server replies with a challenge such as `{_r(HEXL, 32)}`; the client signs it.", f"csp: script-src 'nonce-{_r(B64, 22)}=='"])


def la_hash_in_data() -> str:
    """Content hashes (md5 / etag / cache keys) identify data, they do not unlock it."""
    return _rng.choice([f"ETag: \"{_sha(32)}\"", f"md5({_rng.choice(FIRST)}.csv) = {hashlib.md5(_r(ALNUM, 10).encode()).hexdigest()}", f"cache key: v{_rng.randint(1, 9)}:{_sha(40)}"])


def la_public_ids() -> str:
    """Publishable / client-side ids are designed to be exposed in browsers."""
    return _rng.choice([f"Stripe.js init with pk_live_{_r(ALNUM, 24)} (publishable key)", f"gtag('config', 'G-{_r(AZ + DIG, 10)}');", f"Sentry.init({{ dsn: 'https://{_sha(32)}@o{_rng.randint(10000, 99999)}.ingest.sentry.io/{_rng.randint(100000, 999999)}' }})"])


def la_redacted_logs() -> str:
    """Masked values in logs have already been redacted; only a short prefix remains."""
    return f"{_rng.randint(10, 23)}:{_rng.randint(10, 59)}:01 auth ok user={_rng.choice(FIRST)} key=sk_live_****{_r(ALNUM, 4)} token=ghp_…{_r(ALNUM, 4)}"


LOOKALIKE_MAKERS: dict[str, Callable[[], str]] = {
    "commit_sha": la_commit_sha, "sha256_checksum": la_sha256_checksum, "uuid": la_uuid, "object_id": la_object_id,
    "public_key": la_public_key, "certificate": la_certificate, "placeholder": la_placeholder, "base64_image": la_base64_image,
    "build_id": la_build_id, "fingerprint": la_fingerprint, "doc_nonce": la_doc_nonce, "content_hash": la_hash_in_data,
    "publishable_id": la_public_ids, "masked_value": la_redacted_logs,
}
LOOKALIKE_REASONS: dict[str, str] = {k: (f.__doc__ or "").strip() for k, f in LOOKALIKE_MAKERS.items()}
_LA_FRAMES = [
    "{x}", "Release notes excerpt:\n{x}", "From the wiki page 'Verifying downloads':\n{x}", "{x}\n(posted in #dev by {who})",
    "```\n{x}\n```", "Ticket comment: {x}", "# copied from the build log\n{x}",
]


def _build_lookalikes() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    kinds = list(LOOKALIKE_MAKERS)
    for i in range(336):
        kind = kinds[i % len(kinds)]
        frame = _LA_FRAMES[(i // len(kinds)) % len(_LA_FRAMES)]
        out.append((kind, frame.replace("{who}", _rng.choice(FIRST)).replace("{x}", LOOKALIKE_MAKERS[kind]())))
    return out


LOOKALIKES: list[tuple[str, str]] = _build_lookalikes()


# --------------------------------------------------------------------------- personal data

def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(partial: str) -> str:
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _card() -> str:
    prefix, length = _rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)])
    num = _luhn_complete(prefix + _r(DIG, length - len(prefix) - 1))
    if length == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if _rng.random() < 0.6 else num
    return _rng.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))])


def _ssn() -> str:
    while True:
        area = _rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{_rng.randint(1, 99):02d}-{_rng.randint(1, 9999):04d}"


def _nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = _rng.choice(first) + _rng.choice(second)
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = _r(DIG, 6)
    return _rng.choice([f"{pre}{d}{_rng.choice('ABCD')}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {_rng.choice('ABCD')}"])


def dni_letter(n: int) -> str:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def _dni() -> str:
    n = _rng.randint(10_000_000, 99_999_999)
    return f"{n}{dni_letter(n)}"


def cpf_digits(base: str) -> str:
    s1 = sum(int(d) * w for d, w in zip(base, range(10, 1, -1), strict=True))
    d1 = (s1 * 10) % 11 % 10
    s2 = sum(int(d) * w for d, w in zip(base + str(d1), range(11, 1, -1), strict=True))
    d2 = (s2 * 10) % 11 % 10
    return f"{d1}{d2}"


def _cpf() -> str:
    base = _r(DIG, 9)
    while len(set(base)) == 1:
        base = _r(DIG, 9)
    full = base + cpf_digits(base)
    return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"


def bsn_ok(s: str) -> bool:
    if len(s) != 9 or not s.isdigit():
        return False
    return (sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1), strict=True)) - int(s[8])) % 11 == 0


def _bsn() -> str:
    while True:
        s = str(_rng.randint(1, 9)) + _r(DIG, 8)
        if bsn_ok(s):
            return s


def _personnummer() -> str:
    y, m, d = _rng.randint(40, 99), _rng.randint(1, 12), _rng.randint(1, 28)
    base = f"{y:02d}{m:02d}{d:02d}{_r(DIG, 3)}"
    full = _luhn_complete(base)
    return f"{full[:6]}-{full[6:]}"


def _phone() -> str:
    return _rng.choice([
        f"+44 7{_r(DIG, 3)} {_r(DIG, 6)}", f"+49 15{_r(DIG, 1)} {_r(DIG, 8)}", f"+33 6 {_r(DIG, 2)} {_r(DIG, 2)} {_r(DIG, 2)} {_r(DIG, 2)}",
        f"+1 ({_rng.randint(201, 989)}) {_rng.randint(201, 989)}-{_r(DIG, 4)}", f"+81 90-{_r(DIG, 4)}-{_r(DIG, 4)}", f"+91 9{_r(DIG, 4)} {_r(DIG, 5)}",
        f"+55 11 9{_r(DIG, 4)}-{_r(DIG, 4)}", f"+34 6{_r(DIG, 2)} {_r(DIG, 3)} {_r(DIG, 3)}", f"+61 4{_r(DIG, 2)} {_r(DIG, 3)} {_r(DIG, 3)}",
        f"+234 80{_r(DIG, 1)} {_r(DIG, 3)} {_r(DIG, 4)}",
    ])


def _email() -> str:
    first = _rng.choice(FIRST)
    last = _rng.choice(["okoye", "santos", "muller", "tanaka", "kowalczyk", "haddad", "lindgren", "rossi", "nguyen", "dubois"])
    dom = _rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "icloud.com", "proton.me", "orange.fr", "hotmail.es"])
    return _rng.choice([f"{first}.{last}@{dom}", f"{first}{_rng.randint(1, 99)}@{dom}", f"{first[0]}{last}@{dom}"])


def _ipv4() -> str:
    a = _rng.choice([31, 46, 62, 77, 81, 89, 93, 109, 141, 151, 176, 185, 188, 212, 217])
    return f"{a}.{_rng.randint(0, 255)}.{_rng.randint(0, 255)}.{_rng.randint(1, 254)}"


def _ipv6() -> str:
    return "2a02:" + ":".join(f"{_rng.getrandbits(16):x}" for _ in range(7))


def _iban_any() -> str:
    c = _rng.choice(["DE", "FR", "ES", "NL", "GB", "IT", "PL", "BE"])
    bban = {"DE": lambda: _r(DIG, 18), "FR": lambda: _r(DIG, 23), "ES": lambda: _r(DIG, 20), "NL": lambda: _r(AZ, 4) + _r(DIG, 10),
            "GB": lambda: _r(AZ, 4) + _r(DIG, 14), "IT": lambda: _r(AZ, 1) + _r(DIG, 22), "PL": lambda: _r(DIG, 24), "BE": lambda: _r(DIG, 12)}[c]()
    v = _iban(c, bban)
    return v if _rng.random() < 0.7 else v.replace(" ", "")


PII_MAKERS: dict[str, Callable[[], str]] = {
    "email": _email, "phone": _phone, "credit_card": _card, "iban": _iban_any, "us_ssn": _ssn, "uk_nino": _nino,
    "es_dni": _dni, "br_cpf": _cpf, "nl_bsn": _bsn, "se_personnummer": _personnummer, "ipv4": _ipv4, "ipv6": _ipv6,
}

_NAMES = ["Ana Souza", "Kofi Mensah", "Julia Wagner", "Hiroshi Sato", "Emma Clarke", "Javier Ruiz", "Sanne de Vries", "Erik Lund", "Priyanka Rao", "Lucas Martin", "Agnieszka Nowak", "Omar Farouk"]
_LABEL = {"email": "e-mail", "phone": "phone", "credit_card": "card", "iban": "IBAN", "us_ssn": "SSN", "uk_nino": "NI number",
          "es_dni": "DNI", "br_cpf": "CPF", "nl_bsn": "BSN", "se_personnummer": "personnummer", "ipv4": "IP", "ipv6": "IP"}
_PII_FRAMES = [
    "Customer record\nName: {name}\n{label}: {v}\nSegment: {seg}\nCreated: 2025-{m:02d}-{d:02d}",
    "Hi team, {name} called about order #{o}. Their {label} is {v} — please update the CRM before Friday.",
    "{{\"customer\": {{\"name\": \"{name}\", \"{key}\": \"{v}\", \"tier\": \"{seg}\"}}, \"ticket\": {o}}}",
    "name,{key},city\n{name},{v},{city}",
    "Dear {name},\nwe could not process your request because the {label} we have on file ({v}) did not match. Please reply to confirm.\nKind regards, Accounts",
    "[{m:02d}/{d:02d} 14:{d:02d}] support-bot: verified caller {name}, {label} {v}, case {o}",
    "Form submission #{o}\n- full name: {name}\n- {label}: {v}\n- consent: yes",
    "Nota interna: {name} ({city}) facilitó su {label} {v} para la devolución del pedido {o}.",
]


def _build_pii() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    kinds = list(PII_MAKERS)
    for i in range(240):
        kind = kinds[i % len(kinds)]
        v = PII_MAKERS[kind]()
        frame = _PII_FRAMES[(i // len(kinds) + i) % len(_PII_FRAMES)]
        if kind in ("ipv4", "ipv6"):
            text = _rng.choice([
                f"{v} - - [12/Mar/2025:10:{_rng.randint(10, 59)}:03 +0000] \"POST /login HTTP/1.1\" 200 {_rng.randint(200, 900)} \"-\" \"Mozilla/5.0\"",
                f"Login alert for {_rng.choice(_NAMES)}: new sign-in from {v} ({_rng.choice(['Berlin', 'São Paulo', 'Osaka', 'Leeds'])}).",
                f"user_id={_rng.randint(1000, 9999)} last_ip={v} device=android",
            ])
        else:
            text = frame.format(name=_rng.choice(_NAMES), label=_LABEL[kind], key=kind, v=v, seg=_rng.choice(["retail", "smb", "vip"]),
                                m=_rng.randint(1, 12), d=_rng.randint(1, 28), o=_rng.randint(100000, 999999), city=_rng.choice(["Madrid", "Utrecht", "Malmö", "Recife", "Leeds"]))
        out.append((kind, text, v))
    return out


PII: list[tuple[str, str, str]] = _build_pii()


# --------------------------------------------------------------------------- personal-data look-alikes

def _bad_luhn() -> str:
    n = _card().replace(" ", "").replace("-", "")
    last = (int(n[-1]) + _rng.randint(1, 9)) % 10
    bad = n[:-1] + str(last)
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))


def _bad_iban() -> str:
    v = _iban_any().replace(" ", "")
    chk = (int(v[2:4]) + _rng.randint(1, 50)) % 97 + 2
    bad = f"{v[:2]}{chk:02d}{v[4:]}"
    return bad if not iban_ok(bad) else bad[:-1] + str((int(bad[-1]) + 1) % 10)


def _ean13() -> str:
    base = _r(DIG, 12)
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base)) % 10) % 10
    return base + str(check)


PII_LOOKALIKE_MAKERS: dict[str, Callable[[], str]] = {
    "order_number": lambda: f"Your order #{_rng.randint(100, 999)}-{_rng.randint(1000000, 9999999)}-{_rng.randint(1000000, 9999999)} has shipped.",
    "version": lambda: f"Upgraded from {_rng.randint(1, 12)}.{_rng.randint(0, 40)}.{_rng.randint(0, 99)} to {_rng.randint(13, 20)}.{_rng.randint(0, 9)}.{_rng.randint(0, 9)}; build {_rng.randint(10**9, 10**10)}.",
    "timestamp": lambda: f"event_time={1600000000 + _rng.randint(0, 10**8)} ({_rng.randint(2019, 2025)}-{_rng.randint(1, 12):02d}-{_rng.randint(1, 28):02d}T{_rng.randint(0, 23):02d}:00:00Z)",
    "invalid_luhn_card": lambda: f"Test card rejected by validator (checksum fails): {_bad_luhn()}",
    "invalid_iban": lambda: f"Sample input from the unit test for the IBAN validator, expected to fail: {_bad_iban()}",
    "example_domain_email": lambda: f"Contact {_rng.choice(['jane.doe', 'support', 'user', 'admin'])}@{_rng.choice(['example.com', 'example.org', 'example.net', 'test.invalid'])} for the demo.",
    "documentation_ip": lambda: f"In the tutorial the server listens on {_rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{_rng.randint(1, 254)} and the client on 127.0.0.1.",
    "private_ip": lambda: f"kubelet: node ip 10.{_rng.randint(0, 255)}.{_rng.randint(0, 255)}.{_rng.randint(1, 254)}, pod cidr 10.244.0.0/16",
    "fictional_phone": lambda: f"Call the demo hotline at +1 (555) 01{_rng.randint(0, 99):02d} for a recorded message.",
    "invalid_ssn_pattern": lambda: f"Validator rejects {_rng.choice(['000', '666', str(_rng.randint(900, 999))])}-{_rng.randint(10, 99)}-{_rng.randint(1000, 9999)} because the area number is never issued.",
    "product_code": lambda: f"SKU {_r(AZ, 3)}-{_rng.randint(1000, 9999)}-{_r(AZ + DIG, 4)}, EAN {_ean13()}, bin {_rng.choice('ABCDE')}{_rng.randint(1, 40)}",
    "isbn": lambda: f"ISBN 978-{_rng.randint(0, 1)}-{_rng.randint(100, 999)}-{_rng.randint(10000, 99999)}-{_rng.randint(0, 9)} ({_rng.randint(180, 640)} pages)",
    "tracking_number": lambda: f"Tracking: 1Z{_r(AZ + DIG, 16)} — out for delivery",
    "coordinates_and_ids": lambda: f"Depot {_rng.randint(10, 99)} at {_rng.uniform(-60, 60):.4f}, {_rng.uniform(-150, 150):.4f}; invoice INV-{_rng.randint(2019, 2025)}-{_rng.randint(10000, 99999)}",
}
PII_LOOKALIKE_REASONS: dict[str, str] = {
    "order_number": "Order numbers identify purchases, not people.",
    "version": "Version and build numbers are software metadata.",
    "timestamp": "Epoch and ISO timestamps are times, not identifiers of a person.",
    "invalid_luhn_card": "Fails the Luhn check, so it cannot be a card number.",
    "invalid_iban": "Fails the mod-97 check, so it cannot be an account number.",
    "example_domain_email": "Reserved example domains (RFC 2606) have no real mailboxes.",
    "documentation_ip": "RFC 5737 documentation ranges are never assigned to hosts.",
    "private_ip": "Private RFC 1918 cluster addresses do not identify a person.",
    "fictional_phone": "555-01xx numbers are reserved for fiction.",
    "invalid_ssn_pattern": "Areas 000, 666 and 9xx are never issued as SSNs.",
    "product_code": "SKUs, EANs and bin labels identify products and places.",
    "isbn": "ISBNs identify books.",
    "tracking_number": "Parcel tracking numbers identify shipments.",
    "coordinates_and_ids": "Depot coordinates and invoice ids describe business assets.",
}
_PLA_FRAMES = ["{x}", "Update from the shop:\n{x}", "{x}\n-- automated notice", "Note in README: {x}", "> {x}", "QA log: {x}"]


def _build_pii_lookalikes() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    kinds = list(PII_LOOKALIKE_MAKERS)
    for i in range(238):
        kind = kinds[i % len(kinds)]
        frame = _PLA_FRAMES[(i // len(kinds)) % len(_PLA_FRAMES)]
        out.append((kind, frame.replace("{x}", PII_LOOKALIKE_MAKERS[kind]())))
    return out


PII_LOOKALIKES: list[tuple[str, str]] = _build_pii_lookalikes()
