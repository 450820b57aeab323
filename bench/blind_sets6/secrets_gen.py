# ruff: noqa: E501
# Data module: long literal passages and intentionally confusable characters.
"""Secret generators (real formats, random values) and the contexts they are placed in."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from collections.abc import Callable

AL = string.ascii_letters + string.digits
UP32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _pw(r: random.Random) -> str:
    w = r.choice(["Harbor", "Quartz", "Velvet", "Nimbus", "Cobalt", "Juniper", "Falcon", "Ember"])
    return f"{w}{rs(r, AL, 6)}{r.choice('!#%*-_')}{r.randint(10, 99)}"


def _jwt(r: random.Random) -> str:
    h = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    p = b64u(
        json.dumps(
            {
                "sub": str(r.randint(10**6, 10**9)),
                "iat": 1790000000 + r.randint(0, 10**7),
                "scope": r.choice(["read write", "admin", "user"]),
            }
        ).encode()
    )
    return f"{h}.{p}.{b64u(r.randbytes(32))}"


def _pem(r: random.Random) -> str:
    body = base64.b64encode(
        b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + r.randbytes(700)
    ).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (
        "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    )


def _openssh(r: random.Random) -> str:
    body = base64.b64encode(
        b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + r.randbytes(300)
    ).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return (
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + "\n".join(lines)
        + "\n-----END OPENSSH PRIVATE KEY-----"
    )


def _host(r: random.Random) -> str:
    return r.choice(
        [
            "db-prod-1.internal.northwind.io",
            "pg.eu-west-1.rds.amazonaws.com",
            "10.20.3.14",
            "orders-db.kestrel.cloud",
            "mysql.lumen-app.net",
        ]
    )


# kind -> (variable name, generator)
KINDS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "aws_access_key_id": ("AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, UP32, 16)),
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: rs(r, AL + "/+", 40)),
    "github_pat_classic": ("GITHUB_TOKEN", lambda r: "ghp_" + rs(r, AL, 36)),
    "github_pat_fine_grained": (
        "GH_TOKEN",
        lambda r: "github_pat_" + rs(r, AL, 22) + "_" + rs(r, AL, 59),
    ),
    "github_oauth": ("GITHUB_OAUTH_TOKEN", lambda r: "gho_" + rs(r, AL, 36)),
    "gitlab_pat": ("GITLAB_TOKEN", lambda r: "glpat-" + rs(r, AL + "_-", 20)),
    "slack_bot_token": (
        "SLACK_BOT_TOKEN",
        lambda r: (
            f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-{rs(r, AL, 24)}"
        ),
    ),
    "slack_webhook": (
        "SLACK_WEBHOOK_URL",
        lambda r: (
            f"https://hooks.slack.com/services/T{rs(r, string.ascii_uppercase + string.digits, 8)}/B{rs(r, string.ascii_uppercase + string.digits, 10)}/{rs(r, AL, 24)}"
        ),
    ),
    "stripe_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, AL, 99)),
    "stripe_restricted_key": ("STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + rs(r, AL, 99)),
    "openai_api_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, AL + "_-", 156)),
    "anthropic_api_key": (
        "ANTHROPIC_API_KEY",
        lambda r: "sk-ant-api03-" + rs(r, AL + "_-", 93) + "AA",
    ),
    "google_api_key": ("GOOGLE_API_KEY", lambda r: "AIza" + rs(r, AL + "_-", 35)),
    "google_oauth_client_secret": (
        "GOOGLE_CLIENT_SECRET",
        lambda r: "GOCSPX-" + rs(r, AL + "_-", 28),
    ),
    "twilio_api_key": ("TWILIO_API_KEY", lambda r: "SK" + rs(r, HEX, 32)),
    "sendgrid_api_key": (
        "SENDGRID_API_KEY",
        lambda r: "SG." + rs(r, AL + "_-", 22) + "." + rs(r, AL + "_-", 43),
    ),
    "mailgun_api_key": ("MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32)),
    "npm_token": ("NPM_TOKEN", lambda r: "npm_" + rs(r, AL, 36)),
    "pypi_token": ("PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, AL + "_-", 140)),
    "discord_bot_token": (
        "DISCORD_TOKEN",
        lambda r: (
            b64u(str(r.randint(10**17, 10**18)).encode())
            + "."
            + rs(r, AL + "_-", 6)
            + "."
            + rs(r, AL + "_-", 38)
        ),
    ),
    "telegram_bot_token": (
        "TELEGRAM_BOT_TOKEN",
        lambda r: f"{r.randint(10**9, 8 * 10**9)}:AA{rs(r, AL + '_-', 33)}",
    ),
    "azure_storage_key": (
        "AZURE_STORAGE_KEY",
        lambda r: base64.b64encode(r.randbytes(64)).decode(),
    ),
    "shopify_access_token": ("SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
    "digitalocean_token": ("DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64)),
    "vault_token": ("VAULT_TOKEN", lambda r: "hvs." + rs(r, AL + "_-", 90)),
    "huggingface_token": ("HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    "datadog_api_key": ("DD_API_KEY", lambda r: rs(r, HEX, 32)),
    "jwt": ("ACCESS_TOKEN", _jwt),
    "postgres_url": (
        "DATABASE_URL",
        lambda r: f"postgresql://app_user:{_pw(r)}@{_host(r)}:5432/orders",
    ),
    "mongodb_url": (
        "MONGO_URI",
        lambda r: (
            f"mongodb+srv://svc-{rs(r, string.ascii_lowercase, 5)}:{_pw(r)}@cluster0.{rs(r, string.ascii_lowercase + string.digits, 5)}.mongodb.net/prod?retryWrites=true"
        ),
    ),
    "redis_url": (
        "REDIS_URL",
        lambda r: (
            f"redis://default:{rs(r, AL, 32)}@cache.{rs(r, string.ascii_lowercase, 6)}.net:6380/0"
        ),
    ),
    "url_credentials": (
        "REGISTRY_URL",
        lambda r: f"https://deploy:{_pw(r)}@registry.{rs(r, string.ascii_lowercase, 6)}.io/v2/",
    ),
    "basic_auth_header": (
        "AUTH_HEADER",
        lambda r: base64.b64encode(f"admin:{_pw(r)}".encode()).decode(),
    ),
    "bearer_token": ("API_BEARER", lambda r: rs(r, AL, 48)),
    "password": ("DB_PASSWORD", _pw),
    "generic_secret": ("SECRET_KEY", lambda r: rs(r, AL + "!@#$%^&*(-_=+)", 50)),
    "private_key_pem": ("PRIVATE_KEY", _pem),
    "openssh_private_key": ("SSH_KEY", _openssh),
}
MULTILINE = {"private_key_pem", "openssh_private_key"}


def _ctx_env(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"# .env — {r.choice(['staging', 'production', 'local dev'])}\nNODE_ENV=production\nPORT={r.randint(3000, 9000)}\n"
        f"LOG_LEVEL=info\n{var}={v}\nFEATURE_FLAGS=checkout_v2,new_nav\n"
    )


def _ctx_yaml(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"service:\n  name: {r.choice(['billing', 'notifier', 'ingest'])}\n  replicas: {r.randint(1, 6)}\n"
        f'  env:\n    region: eu-west-1\n    {var.lower()}: "{v}"\n  healthcheck:\n    path: /healthz\n'
    )


def _ctx_toml(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'[app]\nname = "{r.choice(["ledger", "atlas", "relay"])}"\ndebug = false\n\n[credentials]\n'
        f'{var.lower()} = "{v}"\ntimeout_s = {r.randint(5, 60)}\n'
    )


def _ctx_ini(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"[default]\nregion = us-east-1\noutput = json\n\n[{r.choice(['prod', 'deploy', 'ci'])}]\n"
        f"{var.lower()} = {v}\nretries = 3\n"
    )


def _ctx_json(r: random.Random, var: str, v: str, kind: str) -> str:
    return json.dumps(
        {
            "name": "integration-config",
            "version": r.randint(1, 9),
            "settings": {
                "endpoint": "https://api.partner.example/v1",
                var.lower(): v,
                "verbose": False,
            },
        },
        indent=2,
    )


def _ctx_xml(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<configuration>\n  <appSettings>\n'
        f'    <add key="Environment" value="Production" />\n    <add key="{var}" value="{v}" />\n'
        "  </appSettings>\n</configuration>\n"
    )


def _ctx_hcl(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'provider "{r.choice(["aws", "github", "datadog"])}" {{\n  region = "eu-central-1"\n}}\n\n'
        f'variable "{var.lower()}" {{\n  type    = string\n  default = "{v}"\n}}\n'
    )


def _ctx_properties(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"# application.properties\nserver.port={r.randint(8000, 9000)}\nspring.application.name=orders\n"
        f"app.{var.lower().replace('_', '.')}={v}\nlogging.level.root=INFO\n"
    )


def _ctx_compose(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'version: "3.9"\nservices:\n  api:\n    image: ghcr.io/northwind/api:{r.randint(1, 9)}.{r.randint(0, 20)}\n'
        f'    ports:\n      - "8080:8080"\n    environment:\n      - {var}={v}\n      - TZ=UTC\n'
    )


def _ctx_k8s(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(['api', 'worker', 'web'])}-secrets\n"
        f'  namespace: prod\ntype: Opaque\nstringData:\n  {var}: "{v}"\n'
    )


def _ctx_shell(r: random.Random, var: str, v: str, kind: str) -> str:
    return f"$ export {var}='{v}'\n$ ./scripts/deploy.sh --env prod\nDeploying build {r.randint(100, 999)}... done\n"


def _ctx_cli(r: random.Random, var: str, v: str, kind: str) -> str:
    flag = var.lower().replace("_", "-")
    return (
        f"$ {r.choice(['mytool', 'syncctl', 'deployer'])} push --region eu-west-1 --{flag} {v} --dry-run=false\n"
        f"Uploading {r.randint(2, 90)} files... ok\n"
    )


def _ctx_python(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'import requests\n\n{var} = "{v}"\n\n\ndef fetch(path: str) -> dict:\n'
        f'    resp = requests.get(f"https://api.example.net{{path}}", headers={{"X-Key": {var}}}, timeout=10)\n'
        "    resp.raise_for_status()\n    return resp.json()\n"
    )


def _ctx_js(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"const config = {{\n  baseUrl: 'https://api.example.net',\n  {var.lower()}: '{v}',\n  retries: {r.randint(1, 5)},\n}};\n\n"
        "module.exports = config;\n"
    )


def _ctx_go(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'package main\n\nimport "fmt"\n\nconst {var.title().replace("_", "")} = "{v}"\n\nfunc main() {{\n'
        '\tfmt.Println("starting client")\n}\n'
    )


def _ctx_java(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'public final class Settings {{\n    private static final String {var} = "{v}";\n'
        f"    public static final int TIMEOUT_MS = {r.randint(1000, 9000)};\n}}\n"
    )


def _ctx_ruby(r: random.Random, var: str, v: str, kind: str) -> str:
    return f'# config/initializers/client.rb\nClient.configure do |c|\n  c.{var.lower()} = "{v}"\n  c.timeout = 15\nend\n'


def _ctx_php(r: random.Random, var: str, v: str, kind: str) -> str:
    return f"<?php\nreturn [\n    'debug' => false,\n    '{var.lower()}' => '{v}',\n    'region' => 'eu',\n];\n"


def _ctx_csharp(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f'var client = new ApiClient(new ApiOptions\n{{\n    BaseUrl = "https://api.example.net",\n'
        f'    {var.title().replace("_", "")} = "{v}",\n}});\n'
    )


def _ctx_log(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"2026-11-{r.randint(1, 20):02d}T10:{r.randint(10, 59)}:02Z INFO  boot config loaded\n"
        f"2026-11-{r.randint(1, 20):02d}T10:{r.randint(10, 59)}:03Z DEBUG env {var}={v}\n"
        f"2026-11-{r.randint(1, 20):02d}T10:{r.randint(10, 59)}:04Z INFO  listening on :8080\n"
    )


def _ctx_chat(r: random.Random, var: str, v: str, kind: str) -> str:
    who = r.choice(["dana", "kofi", "lea", "marek"])
    return (
        f"[10:{r.randint(10, 59)}] {who}: staging is broken again, can someone try with the new creds?\n"
        f"[10:{r.randint(10, 59)}] {who}: here you go {v}\n[10:{r.randint(10, 59)}] ops-bot: reminder: do not paste secrets in chat\n"
    )


def _ctx_email(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"Subject: Access for the {r.choice(['migration', 'audit', 'vendor demo'])}\n\nHi team,\n\n"
        f"As discussed, the {var.replace('_', ' ').lower()} for the integration is:\n\n{v}\n\n"
        "Please store it in the vault and delete this e-mail.\n\nRegards,\nIT Operations\n"
    )


def _ctx_ticket(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"JIRA OPS-{r.randint(100, 9999)}: Deploy failing on step 'publish'\n\nSteps to reproduce: run the pipeline.\n"
        f"Config used:\n  {var}={v}\n\nExpected: success. Actual: 403 from the registry.\n"
    )


def _ctx_url(r: random.Random, var: str, v: str, kind: str) -> str:
    return (
        f"Webhook configured.\nCallback: https://hooks.partner.example/notify?{var.lower()}={v}&event=order.created\n"
        f"Status: active since 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n"
    )


def _ctx_curl(r: random.Random, var: str, v: str, kind: str) -> str:
    if kind == "basic_auth_header":
        h = f"Authorization: Basic {v}"
    elif kind in ("jwt", "bearer_token") or r.random() < 0.5:
        h = f"Authorization: Bearer {v}"
    else:
        h = f"X-Api-Key: {v}"
    return (
        f"$ curl -s -X POST https://api.example.net/v2/jobs \\\n    -H '{h}' \\\n    -H 'Content-Type: application/json' \\\n"
        f'    -d \'{{"name": "nightly-{r.randint(1, 99)}"}}\'\n{{"id": "job_{rs(r, HEX, 12)}", "status": "queued"}}\n'
    )


def _ctx_http(r: random.Random, var: str, v: str, kind: str) -> str:
    scheme = "Basic" if kind == "basic_auth_header" else "Bearer"
    return (
        f"GET /api/v1/accounts/me HTTP/1.1\nHost: api.example.net\nAuthorization: {scheme} {v}\n"
        "Accept: application/json\nUser-Agent: client/2.3\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n"
    )


def _ctx_multiline(r: random.Random, var: str, v: str, kind: str) -> str:
    c = r.randint(0, 3)
    if c == 0:
        return f"$ cat ~/.ssh/{r.choice(['id_rsa', 'deploy_key', 'id_ed25519'])}\n{v}\n$ "
    if c == 1:
        return (
            f"$ vault kv get -field=private_key secret/{r.choice(['deploy', 'ci', 'backup'])}/ssh\n{v}\n"
            "$ echo 'copied to clipboard'\n"
        )
    if c == 2:
        return f"Hey, for the deploy box use this key (don't share):\n\n```\n{v}\n```\n"
    return f"# terraform.tfvars\nssh_private_key = <<EOT\n{v}\nEOT\n"


CONTEXTS: list[Callable[[random.Random, str, str, str], str]] = [
    _ctx_env,
    _ctx_yaml,
    _ctx_toml,
    _ctx_ini,
    _ctx_json,
    _ctx_xml,
    _ctx_hcl,
    _ctx_properties,
    _ctx_compose,
    _ctx_k8s,
    _ctx_shell,
    _ctx_cli,
    _ctx_python,
    _ctx_js,
    _ctx_go,
    _ctx_java,
    _ctx_ruby,
    _ctx_php,
    _ctx_csharp,
    _ctx_log,
    _ctx_chat,
    _ctx_email,
    _ctx_ticket,
    _ctx_url,
    _ctx_curl,
    _ctx_http,
]


def build_secrets() -> list[tuple[str, str, str]]:
    r = random.Random(61616)
    out: list[tuple[str, str, str]] = []
    i = 0
    for kind, (var, gen) in KINDS.items():
        for _ in range(9):
            v = gen(r)
            if kind in MULTILINE:
                text = _ctx_multiline(r, var, v, kind)
            elif kind in ("basic_auth_header", "bearer_token"):
                text = r.choice([_ctx_curl, _ctx_http, _ctx_log, _ctx_env])(r, var, v, kind)
            else:
                text = CONTEXTS[i % len(CONTEXTS)](r, var, v, kind)
                i += 1
            out.append((kind, text, v))
    return out


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()
