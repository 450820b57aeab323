# ruff: noqa: E501
# Long lines here are literal text templates of the tool results being simulated.
"""Blind set 4 — secrets and personal data in realistic texts, plus look-alikes that must stay.

Written independently of the detectors; to be used once, at the end of the session.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

from blind_sets4.lookalike_gen import LOOKALIKE_KINDS
from blind_sets4.pii_gen import PII_KINDS, PII_LOOKALIKE_KINDS
from blind_sets4.secret_gen import PEM_KINDS, TOKEN_KINDS, password, rs

Ctx = Callable[[random.Random, str, str], str]

HOSTS = [
    "db-prod-01.internal",
    "orders-db.c9x2kq.eu-west-1.rds.amazonaws.com",
    "10.20.4.17",
    "pg.staging.acme.io",
]


def _ctx_env(r: random.Random, n: str, v: str) -> str:
    return f"# production settings\nAPP_ENV=production\nLOG_LEVEL=info\nPORT={r.choice([3000, 8080, 8000])}\n{n}={v}\nFEATURE_FLAGS=search,exports\n"


def _ctx_yaml(r: random.Random, n: str, v: str) -> str:
    return f'service:\n  name: billing-api\n  replicas: {r.randint(2, 6)}\ncredentials:\n  {n.lower()}: "{v}"\n  region: eu-central-1\nlogging:\n  level: warn\n'


def _ctx_toml(r: random.Random, n: str, v: str) -> str:
    return f'[app]\nname = "ledger"\ndebug = false\n\n[secrets]\n{n.lower()} = "{v}"\ntimeout_seconds = {r.randint(5, 60)}\n'


def _ctx_ini(r: random.Random, n: str, v: str) -> str:
    return f"[default]\nregion = us-east-1\noutput = json\n\n[integration]\n{n.lower()} = {v}\nretries = {r.randint(1, 5)}\n"


def _ctx_json(r: random.Random, n: str, v: str) -> str:
    doc = {
        "name": "sync-worker",
        "version": f"1.{r.randint(0, 9)}.0",
        "config": {n.lower(): v, "endpoint": "https://api.internal.acme.io/v2"},
    }
    return json.dumps(doc, indent=2)


def _ctx_xml(r: random.Random, n: str, v: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="{n}" value="{v}" />\n  </appSettings>\n</configuration>\n'


def _ctx_hcl(r: random.Random, n: str, v: str) -> str:
    return f'provider "acme" {{\n  region = "eu-west-{r.randint(1, 3)}"\n  {n.lower()} = "{v}"\n}}\n\nresource "acme_bucket" "logs" {{\n  name = "app-logs"\n}}\n'


def _ctx_properties(r: random.Random, n: str, v: str) -> str:
    return f"spring.application.name=inventory\nserver.port=8080\nspring.datasource.url=jdbc:postgresql://{r.choice(HOSTS)}:5432/inv\napp.{n.lower().replace('_', '.')}={v}\n"


def _ctx_compose(r: random.Random, n: str, v: str) -> str:
    return f'version: "3.9"\nservices:\n  api:\n    image: acme/api:{r.randint(1, 9)}.{r.randint(0, 20)}\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - {n}={v}\n'


def _ctx_k8s(r: random.Random, n: str, v: str) -> str:
    return f'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: {r.choice(["prod", "payments", "default"])}\ntype: Opaque\nstringData:\n  {n}: "{v}"\n'


def _ctx_export(r: random.Random, n: str, v: str) -> str:
    return f"$ export {n}='{v}'\n$ ./deploy.sh --env production\n[deploy] using credentials from environment\n[deploy] uploading build {r.randint(100, 999)}... done\n"


def _ctx_cli(r: random.Random, n: str, v: str) -> str:
    flag = n.lower().replace("_", "-")
    return f"$ acmectl login --{flag} {v} --region eu-west-1\nLogged in as svc-ci (org: acme)\n$ acmectl deploy --service web\nDeployment {r.randint(1000, 9999)} started\n"


def _ctx_python(r: random.Random, n: str, v: str) -> str:
    return f'import requests\n\n{n} = "{v}"\n\n\ndef fetch_orders():\n    resp = requests.get("https://api.acme.io/orders", headers={{"X-Api-Key": {n}}}, timeout=10)\n    resp.raise_for_status()\n    return resp.json()\n'


def _ctx_js(r: random.Random, n: str, v: str) -> str:
    return f"const client = createClient({{\n  apiKey: '{v}',\n  baseUrl: 'https://api.acme.io',\n  retries: {r.randint(1, 4)},\n}});\n\nexport default client;\n"


def _ctx_go(r: random.Random, n: str, v: str) -> str:
    return f'package main\n\nimport "os"\n\nconst defaultToken = "{v}"\n\nfunc token() string {{\n\tif t := os.Getenv("{n}"); t != "" {{\n\t\treturn t\n\t}}\n\treturn defaultToken\n}}\n'


def _ctx_java(r: random.Random, n: str, v: str) -> str:
    return f'public final class Config {{\n    private static final String {n} = "{v}";\n    public static final int TIMEOUT_MS = {r.randint(1, 9)}000;\n\n    private Config() {{}}\n}}\n'


def _ctx_ruby(r: random.Random, n: str, v: str) -> str:
    return f"Acme.configure do |config|\n  config.api_key = '{v}'\n  config.environment = :production\n  config.timeout = {r.randint(5, 30)}\nend\n"


def _ctx_php(r: random.Random, n: str, v: str) -> str:
    return f"<?php\nreturn [\n    'driver' => 'smtp',\n    '{n.lower()}' => '{v}',\n    'port' => 587,\n];\n"


def _ctx_csharp(r: random.Random, n: str, v: str) -> str:
    return f'var client = new AcmeClient(new AcmeOptions\n{{\n    ApiKey = "{v}",\n    Region = "westeurope",\n}});\nawait client.SyncAsync();\n'


def _ctx_rust(r: random.Random, n: str, v: str) -> str:
    return f'const API_TOKEN: &str = "{v}";\n\nfn main() {{\n    let client = acme::Client::new(API_TOKEN);\n    client.ping().expect("ping failed");\n}}\n'


def _ctx_log(r: random.Random, n: str, v: str) -> str:
    return (
        f"2025-0{r.randint(1, 9)}-1{r.randint(0, 9)} 10:42:0{r.randint(0, 9)} DEBUG http.client: sending request to api.acme.io\n"
        f"2025-0{r.randint(1, 9)}-1{r.randint(0, 9)} 10:42:0{r.randint(0, 9)} DEBUG config loaded: {{'{n.lower()}': '{v}', 'timeout': 30}}\n"
        "2025-03-12 10:42:03 INFO  worker started with 4 threads\n"
    )


def _ctx_chat(r: random.Random, n: str, v: str) -> str:
    return (
        f"[09:1{r.randint(0, 9)}] mike: the staging deploy is failing on auth again\n[09:14] sara: try this one, I just generated it: {v}\n"
        "[09:15] mike: works now, thanks! I'll put it in the vault later\n"
    )


def _ctx_email(r: random.Random, n: str, v: str) -> str:
    return (
        f"From: it-support@acme-corp.com\nTo: new.hire@acme-corp.com\nSubject: Your access for the reporting tool\n\nHi,\n\n"
        f"Here is the key for the reporting integration, set it as {n}:\n\n{v}\n\nPlease don't share it outside the team.\n\nThanks,\nIT Support\n"
    )


def _ctx_ticket(r: random.Random, n: str, v: str) -> str:
    return (
        f"JIRA OPS-{r.randint(100, 9999)}: Integration returns 401 since Monday\n\nSteps to reproduce:\n1. Set {n}={v}\n"
        "2. Run the nightly sync job\n3. Observe 401 Unauthorized in the logs\n\nExpected: sync completes.\n"
    )


def _ctx_curl(r: random.Random, n: str, v: str) -> str:
    return (
        f"$ curl -s https://api.acme.io/v1/reports -H \"Authorization: Bearer {v}\" -H 'Accept: application/json'\n"
        f'{{"reports": [], "next": null, "request_id": "req_{r.getrandbits(40):x}"}}\n'
    )


def _ctx_header(r: random.Random, n: str, v: str) -> str:
    return (
        f"GET /api/v2/projects HTTP/1.1\nHost: api.acme.io\nUser-Agent: python-requests/2.31.0\nAuthorization: Bearer {v}\n"
        "Accept: */*\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n"
    )


CONTEXTS: dict[str, Ctx] = {
    "env": _ctx_env,
    "yaml": _ctx_yaml,
    "toml": _ctx_toml,
    "ini": _ctx_ini,
    "json": _ctx_json,
    "xml": _ctx_xml,
    "hcl": _ctx_hcl,
    "properties": _ctx_properties,
    "docker_compose": _ctx_compose,
    "kubernetes": _ctx_k8s,
    "shell_export": _ctx_export,
    "cli_flag": _ctx_cli,
    "python": _ctx_python,
    "javascript": _ctx_js,
    "go": _ctx_go,
    "java": _ctx_java,
    "ruby": _ctx_ruby,
    "php": _ctx_php,
    "csharp": _ctx_csharp,
    "rust": _ctx_rust,
    "log": _ctx_log,
    "chat": _ctx_chat,
    "email": _ctx_email,
    "ticket": _ctx_ticket,
    "curl": _ctx_curl,
    "http_header": _ctx_header,
}

PER_KIND = 10
PER_LOOKALIKE = 15
PER_PII = 18
PER_PII_LOOKALIKE = 16

# Context used for each secret, aligned with SECRETS.
SECRET_CONTEXTS: list[str] = []


def _pem_text(r: random.Random, kind: str, v: str, i: int) -> str:
    mode = i % 4
    if mode == 0:
        return f"$ cat ~/.ssh/{'id_ed25519' if 'openssh' in kind else 'deploy.pem'}\n{v}\n$ "
    if mode == 1:
        return f"Hey, the CI box needs this key to pull from the private repo, paste it into the secret store:\n\n```\n{v}\n```\n\nthanks!"
    if mode == 2:
        return f"$ terraform output -raw tls_private_key\n{v}\n$ terraform output -raw key_name\ndeploy-key-{r.randint(1, 99)}\n"
    return f"Subject: server key for the migration\n\nAttaching the key inline since the upload failed:\n\n{v}\n\nRegards,\nOps"


def _conn(r: random.Random, i: int) -> tuple[str, str, str]:
    pw = (
        password(r)
        .replace("@", "A")
        .replace("/", "x")
        .replace(":", "c")
        .replace("#", "h")
        .replace("%", "p")
        .replace("?", "q")
        .replace("&", "n")
        .replace("^", "v")
    )
    user = r.choice(["app", "admin", "svc_orders", "reporting"])
    host = r.choice(HOSTS)
    kinds = [
        ("postgres_url", f"postgresql://{user}:{pw}@{host}:5432/orders?sslmode=require"),
        ("mysql_url", f"mysql://{user}:{pw}@{host}:3306/shop"),
        (
            "mongodb_srv",
            f"mongodb+srv://{user}:{pw}@cluster0.{rs(r, string.ascii_lowercase + string.digits, 5)}.mongodb.net/prod?retryWrites=true&w=majority",
        ),
        ("redis_url", f"redis://default:{pw}@{host}:6379/0"),
        ("amqp_url", f"amqps://{user}:{pw}@rabbit.{host}:5671/vhost"),
        ("url_basic_credentials", f"https://{user}:{pw}@git.acme-corp.com/platform/infra.git"),
    ]
    kind, url = kinds[i % len(kinds)]
    ctx = [
        f"DATABASE_URL={url}\nREDIS_TTL=300\n",
        f'engine = create_engine("{url}", pool_size=10)\n',
        f'  db:\n    environment:\n      CONNECTION_STRING: "{url}"\n',
        f"$ git clone {url}\nCloning into 'infra'...\n",
        f"2025-05-02T11:00:01Z ERROR could not connect to {url}: timeout after 30s\n",
    ][(i // len(kinds)) % 5]
    return kind, ctx, pw


def _build_secrets() -> list[tuple[str, str, str]]:
    r = random.Random(777041)
    ctx_names = list(CONTEXTS)
    out: list[tuple[str, str, str]] = []
    k = 0
    for kind, (var, gen) in TOKEN_KINDS.items():
        for _ in range(PER_KIND):
            v = gen(r)
            cname = ctx_names[k % len(ctx_names)]
            k += 1
            out.append((kind, CONTEXTS[cname](r, var, v), v))
            SECRET_CONTEXTS.append(cname)
    for pkind, pgen in PEM_KINDS.items():
        for i in range(PER_KIND):
            v = pgen(r)
            out.append((pkind, _pem_text(r, pkind, v, i), v))
            SECRET_CONTEXTS.append("pem")
    for i in range(6 * PER_KIND):
        kind, text, pw = _conn(r, i)
        out.append((kind, text, pw))
        SECRET_CONTEXTS.append("connection")
    for i in range(PER_KIND):
        user = r.choice(["admin", "deploy", "jenkins"])
        pw = password(r)
        v = base64.b64encode(f"{user}:{pw}".encode()).decode()
        text = [
            f"$ curl -H 'Authorization: Basic {v}' https://ci.acme-corp.com/api/json\n",
            f"POST /token HTTP/1.1\nHost: auth.acme.io\nAuthorization: Basic {v}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials\n",
        ][i % 2]
        out.append(("http_basic_auth_header", text, v))
        SECRET_CONTEXTS.append("http_header")
    for i in range(PER_KIND):
        sa = "svc-" + rs(r, string.ascii_lowercase, 6)
        v = "AccountKey=" + base64.b64encode(r.randbytes(64)).decode()
        text = (
            f"DefaultEndpointsProtocol=https;AccountName={sa};{v};EndpointSuffix=core.windows.net"
        )
        text = [
            f'AZURE_STORAGE_CONNECTION_STRING="{text}"\n',
            f'"ConnectionStrings": {{\n  "Blob": "{text}"\n}}\n',
        ][i % 2]
        out.append(("azure_storage_connection_string", text, v.split("=", 1)[1]))
        SECRET_CONTEXTS.append("connection")
    return out


SECRETS: list[tuple[str, str, str]] = _build_secrets()


def _build_lookalikes() -> list[tuple[str, str]]:
    r = random.Random(915)
    return [(kind, gen(r)) for kind, gen in LOOKALIKE_KINDS.items() for _ in range(PER_LOOKALIKE)]


LOOKALIKES: list[tuple[str, str]] = _build_lookalikes()


def _build_pii() -> list[tuple[str, str, str]]:
    r = random.Random(52201)
    out: list[tuple[str, str, str]] = []
    for kind, gen in PII_KINDS.items():
        for i in range(PER_PII):
            text, value = gen(r, i)
            out.append((kind, text, value))
    return out


PII: list[tuple[str, str, str]] = _build_pii()


def _build_pii_lookalikes() -> list[tuple[str, str]]:
    r = random.Random(6123)
    return [
        (kind, gen(r, i))
        for kind, gen in PII_LOOKALIKE_KINDS.items()
        for i in range(PER_PII_LOOKALIKE)
    ]


PII_LOOKALIKES: list[tuple[str, str]] = _build_pii_lookalikes()
