"""Secret values in the providers' real formats (random, never real) and where they leak."""

from __future__ import annotations

import base64
import json
import random
import string
import zlib
from collections.abc import Callable

from ._common import (
    ALNUM,
    B64,
    CITIES,
    DOMAINS,
    TEAMS,
    chars,
    email_of,
    hexs,
    human_date,
    person,
    ts,
    uuid4,
)

UPPER_B32 = string.ascii_uppercase + "234567"
URLSAFE = string.ascii_letters + string.digits + "_-"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _pem_body(rng: random.Random, prefix: bytes, n: int) -> str:
    raw = prefix + bytes(rng.randrange(256) for _ in range(n))
    enc = base64.b64encode(raw).decode()
    return "\n".join(enc[i : i + 64] for i in range(0, len(enc), 64))


def _password(rng: random.Random) -> str:
    words = ["river", "Falcon", "maple", "Quartz", "ember", "Nimbus", "cobalt", "Tundra", "lilac"]
    style = rng.randrange(3)
    if style == 0:
        return chars(rng, ALNUM + "!#%^*-_", rng.randint(16, 24))
    if style == 1:
        return (
            f"{rng.choice(words)}{rng.randint(10, 99)}{rng.choice('!#$%&*')}{rng.choice(words)}"
            f"{chars(rng, ALNUM, 4)}"
        )
    return chars(rng, ALNUM, rng.randint(20, 32))


# kind -> (generator, variable name candidates, "shape")
# shape: "token" (single opaque value), "password" (value inside a URL or DSN), "pem" (multi-line)
Gen = Callable[[random.Random], str]


def g_aws_akid(r: random.Random) -> str:
    return "AKIA" + chars(r, UPPER_B32, 16)


def g_aws_secret(r: random.Random) -> str:
    return chars(r, ALNUM + "+/", 40)


BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def crc32_base62(body: str) -> str:
    """The 6-character base62 CRC32 checksum that GitHub and npm append to their tokens."""
    n = zlib.crc32(body.encode())
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = BASE62[rem] + out
    return out.rjust(6, "0")


def _checksummed(r: random.Random, prefix: str) -> str:
    body = chars(r, ALNUM, 30)
    return prefix + body + crc32_base62(body)


def g_ghp(r: random.Random) -> str:
    return _checksummed(r, "ghp_")


def g_github_pat(r: random.Random) -> str:
    return "github_pat_" + chars(r, ALNUM, 22) + "_" + chars(r, ALNUM, 59)


def g_gho(r: random.Random) -> str:
    return _checksummed(r, "gho_")


def g_glpat(r: random.Random) -> str:
    return "glpat-" + chars(r, URLSAFE, 20)


def g_slack_bot(r: random.Random) -> str:
    return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{chars(r, ALNUM, 24)}"


def g_slack_user(r: random.Random) -> str:
    return (
        f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-"
        f"{r.randint(10**11, 10**13)}-{hexs(r, 32)}"
    )


def g_slack_webhook(r: random.Random) -> str:
    return (
        f"https://hooks.slack.com/services/T{chars(r, UPPER_B32, 10)}/B{chars(r, UPPER_B32, 10)}/"
        f"{chars(r, ALNUM, 24)}"
    )


def g_stripe_sk(r: random.Random) -> str:
    return "sk_live_" + chars(r, ALNUM, r.choice([24, 34, 99]))


def g_stripe_rk(r: random.Random) -> str:
    return "rk_live_" + chars(r, ALNUM, r.choice([24, 99]))


def g_openai(r: random.Random) -> str:
    if r.random() < 0.5:
        return "sk-" + chars(r, ALNUM, 20) + "T3BlbkFJ" + chars(r, ALNUM, 20)
    return "sk-proj-" + chars(r, URLSAFE, 74) + "T3BlbkFJ" + chars(r, URLSAFE, 74)


def g_anthropic(r: random.Random) -> str:
    return "sk-ant-api03-" + chars(r, URLSAFE, 93) + "AA"


def g_google(r: random.Random) -> str:
    return "AIza" + chars(r, URLSAFE, 35)


def g_twilio(r: random.Random) -> str:
    return "SK" + hexs(r, 32)


def g_sendgrid(r: random.Random) -> str:
    return "SG." + chars(r, URLSAFE, 22) + "." + chars(r, URLSAFE, 43)


def g_npm(r: random.Random) -> str:
    return _checksummed(r, "npm_")


def g_pypi(r: random.Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + chars(r, URLSAFE, r.randint(140, 180))


def g_mailgun(r: random.Random) -> str:
    return "key-" + hexs(r, 32)


def g_do(r: random.Random) -> str:
    return "dop_v1_" + hexs(r, 64)


def g_shopify(r: random.Random) -> str:
    return "shpat_" + hexs(r, 32)


def g_hf(r: random.Random) -> str:
    return "hf_" + chars(r, string.ascii_letters, 34)


def g_telegram(r: random.Random) -> str:
    return f"{r.randint(10**8, 10**10)}:AA{chars(r, URLSAFE, 33)}"


def g_discord(r: random.Random) -> str:
    uid = str(r.randint(10**17, 10**18 - 1)).encode()
    return f"{b64url(uid)}.{chars(r, URLSAFE, 6)}.{chars(r, URLSAFE, 38)}"


def g_jwt(r: random.Random) -> str:
    head = b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    claims = {
        "sub": uuid4(r),
        "iss": f"https://auth.{r.choice(DOMAINS)}/",
        "exp": r.randint(1_780_000_000, 1_800_000_000),
        "scope": "read write",
    }
    sig = b64url(bytes(r.randrange(256) for _ in range(32)))
    return f"{head}.{b64url(json.dumps(claims).encode())}.{sig}"


def g_rsa_pem(r: random.Random) -> str:
    body = _pem_body(r, bytes.fromhex("308204a40201000282010100"), 1180)
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


def g_pkcs8_pem(r: random.Random) -> str:
    body = _pem_body(r, bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"), 1190)
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def g_ec_pem(r: random.Random) -> str:
    body = _pem_body(r, bytes.fromhex("30770201010420"), 114)
    return f"-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE KEY-----"


def g_openssh(r: random.Random) -> str:
    raw = (
        b"openssh-key-v1\x00"
        + bytes.fromhex("00000004")
        + b"none"
        + bytes(r.randrange(256) for _ in range(r.choice([370, 390])))
    )
    enc = base64.b64encode(raw).decode()
    body = "\n".join(enc[i : i + 70] for i in range(0, len(enc), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def g_password(r: random.Random) -> str:
    return _password(r)


def g_generic_hex(r: random.Random) -> str:
    return hexs(r, r.choice([32, 40, 64]))


def g_generic_b64(r: random.Random) -> str:
    return chars(r, ALNUM, r.randint(32, 48))


def g_azure_key(r: random.Random) -> str:
    return chars(r, B64, 86) + "=="


def g_datadog(r: random.Random) -> str:
    return hexs(r, 32)


def g_square(r: random.Random) -> str:
    return "EAAA" + chars(r, URLSAFE, 60)


def g_age(r: random.Random) -> str:
    return "AGE-SECRET-KEY-1" + chars(r, BECH32, 58)


def g_vault(r: random.Random) -> str:
    return "hvs." + chars(r, URLSAFE, 91)


def g_linear(r: random.Random) -> str:
    return "lin_api_" + chars(r, ALNUM, 40)


def g_basic_b64(r: random.Random) -> str:
    user = r.choice(["svc-deploy", "admin", "ci", "reporting", "api"])
    return base64.b64encode(f"{user}:{_password(r)}".encode()).decode()


def g_bearer(r: random.Random) -> str:
    return chars(r, ALNUM, r.choice([40, 48, 64]))


TOKEN_KINDS: dict[str, tuple[Gen, list[str]]] = {
    "aws_access_key_id": (g_aws_akid, ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"]),
    "aws_secret_access_key": (
        g_aws_secret,
        ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
    ),
    "github_pat_classic": (g_ghp, ["GITHUB_TOKEN", "GH_TOKEN", "github_token"]),
    "github_pat_fine_grained": (g_github_pat, ["GITHUB_TOKEN", "GH_PAT", "token"]),
    "github_oauth_token": (g_gho, ["GITHUB_OAUTH_TOKEN", "oauth_token"]),
    "gitlab_pat": (g_glpat, ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "private_token"]),
    "slack_bot_token": (g_slack_bot, ["SLACK_BOT_TOKEN", "slack_token", "botToken"]),
    "slack_user_token": (g_slack_user, ["SLACK_USER_TOKEN", "slack_user_token"]),
    "slack_webhook_url": (g_slack_webhook, ["SLACK_WEBHOOK_URL", "webhook_url", "slackWebhook"]),
    "stripe_secret_key": (g_stripe_sk, ["STRIPE_SECRET_KEY", "stripe_api_key", "stripeSecret"]),
    "stripe_restricted_key": (g_stripe_rk, ["STRIPE_RESTRICTED_KEY", "stripe_rk"]),
    "openai_api_key": (g_openai, ["OPENAI_API_KEY", "openai_key", "apiKey"]),
    "anthropic_api_key": (g_anthropic, ["ANTHROPIC_API_KEY", "anthropic_key", "apiKey"]),
    "google_api_key": (g_google, ["GOOGLE_API_KEY", "MAPS_API_KEY", "firebaseApiKey"]),
    "twilio_api_key": (g_twilio, ["TWILIO_API_KEY", "twilio_key_sid"]),
    "sendgrid_api_key": (g_sendgrid, ["SENDGRID_API_KEY", "sendgrid_key"]),
    "npm_token": (g_npm, ["NPM_TOKEN", "NODE_AUTH_TOKEN"]),
    "pypi_token": (g_pypi, ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"]),
    "mailgun_api_key": (g_mailgun, ["MAILGUN_API_KEY", "mailgun_key"]),
    "digitalocean_token": (g_do, ["DIGITALOCEAN_TOKEN", "DO_TOKEN"]),
    "shopify_access_token": (g_shopify, ["SHOPIFY_ACCESS_TOKEN", "shopify_admin_token"]),
    "huggingface_token": (g_hf, ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"]),
    "telegram_bot_token": (g_telegram, ["TELEGRAM_BOT_TOKEN", "bot_token"]),
    "discord_bot_token": (g_discord, ["DISCORD_TOKEN", "discord_bot_token"]),
    "jwt": (g_jwt, ["ACCESS_TOKEN", "id_token", "jwt"]),
    "azure_storage_account_key": (g_azure_key, ["AZURE_STORAGE_KEY", "AccountKey", "storage_key"]),
    "datadog_api_key": (g_datadog, ["DD_API_KEY", "datadog_api_key"]),
    "square_access_token": (g_square, ["SQUARE_ACCESS_TOKEN", "square_token"]),
    "age_secret_key": (g_age, ["AGE_SECRET_KEY", "SOPS_AGE_KEY"]),
    "vault_token": (g_vault, ["VAULT_TOKEN", "vault_token"]),
    "linear_api_key": (g_linear, ["LINEAR_API_KEY", "linear_key"]),
    "password_assignment": (
        g_password,
        ["DB_PASSWORD", "password", "ADMIN_PASSWORD", "smtp_password"],
    ),
    "generic_api_key": (g_generic_b64, ["API_KEY", "api_secret", "client_secret", "X_API_KEY"]),
    "generic_hex_secret": (
        g_generic_hex,
        ["SECRET_KEY", "app_secret", "SIGNING_SECRET", "encryption_key"],
    ),
}

PEM_KINDS: dict[str, Gen] = {
    "rsa_private_key": g_rsa_pem,
    "pkcs8_private_key": g_pkcs8_pem,
    "ec_private_key": g_ec_pem,
    "openssh_private_key": g_openssh,
}

# Credentials carried inside URLs, DSNs and headers: the value is the secret part.
URL_KINDS = [
    "postgres_url",
    "mongodb_uri",
    "redis_url",
    "mysql_dsn",
    "url_basic_auth",
    "amqp_url",
    "http_basic_auth_header",
    "http_bearer_header",
]


def _host(r: random.Random) -> str:
    return r.choice(
        [
            f"db-{r.randint(1, 9)}.{r.choice(TEAMS)}.internal",
            f"{r.choice(TEAMS)}-prod.c{hexs(r, 8)}.eu-west-1.rds.amazonaws.com",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"pg.{r.choice(DOMAINS)}",
        ]
    )


def url_secret(kind: str, r: random.Random) -> tuple[str, str]:
    """Return (line-ready credential string, the secret part inside it)."""
    pw = _password(r)
    user = r.choice(["app", "svc_orders", "admin", "reporting", "etl", "root", "deploy"])
    if kind == "postgres_url":
        return f"postgresql://{user}:{pw}@{_host(r)}:5432/{r.choice(TEAMS).replace('-', '_')}", pw
    if kind == "mongodb_uri":
        return (
            f"mongodb+srv://{user}:{pw}@cluster{r.randint(0, 9)}."
            f"{chars(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}"
            f".mongodb.net/{r.choice(TEAMS)}?retryWrites=true&w=majority",
            pw,
        )
    if kind == "redis_url":
        return f"redis://default:{pw}@{_host(r)}:6379/{r.randint(0, 15)}", pw
    if kind == "mysql_dsn":
        return f"mysql://{user}:{pw}@{_host(r)}:3306/{r.choice(TEAMS).replace('-', '_')}", pw
    if kind == "amqp_url":
        return f"amqps://{user}:{pw}@mq.{r.choice(DOMAINS)}:5671/vhost-{r.choice(TEAMS)}", pw
    if kind == "url_basic_auth":
        return f"https://{user}:{pw}@artifacts.{r.choice(DOMAINS)}/repository/pypi/simple/", pw
    if kind == "http_basic_auth_header":
        v = g_basic_b64(r)
        return f"Authorization: Basic {v}", v
    v = g_bearer(r)
    return f"Authorization: Bearer {v}", v


# ---------------------------------------------------------------- contexts for one token


def _extra(r: random.Random) -> list[tuple[str, str]]:
    pool = [
        ("LOG_LEVEL", r.choice(["info", "debug", "warn"])),
        ("PORT", str(r.choice([8080, 3000, 8000]))),
        ("REGION", r.choice(["eu-west-1", "us-east-2", "ap-south-1"])),
        ("APP_ENV", r.choice(["production", "staging"])),
        ("TIMEOUT_SECONDS", str(r.randint(5, 60))),
        ("FEATURE_EXPORT", r.choice(["true", "false"])),
        ("SERVICE_NAME", r.choice(TEAMS)),
    ]
    return r.sample(pool, r.randint(2, 4))


def c_env(var: str, v: str, r: random.Random) -> str:
    rows = _extra(r)
    rows.insert(r.randint(0, len(rows)), (var.upper(), v))
    return (
        f"# .env for {r.choice(TEAMS)} ({r.choice(['local', 'staging', 'prod'])})\n"
        + "\n".join(f"{k}={val}" for k, val in rows)
        + "\n"
    )


def c_yaml(var: str, v: str, r: random.Random) -> str:
    return (
        f"service:\n  name: {r.choice(TEAMS)}\n  replicas: {r.randint(1, 6)}\n"
        f"integrations:\n  {r.choice(['payments', 'notifications', 'storage', 'ci'])}:\n"
        f'    enabled: true\n    {var.lower()}: "{v}"\n    timeout: {r.randint(5, 30)}s\n'
    )


def c_toml(var: str, v: str, r: random.Random) -> str:
    return (
        f'[app]\nname = "{r.choice(TEAMS)}"\ndebug = '
        f"false\n\n[{r.choice(['upstream', 'auth', 'vendor'])}]\n"
        f'endpoint = "https://api.{r.choice(DOMAINS)}/v2"\n{var.lower()} = "{v}"\nretries = '
        f"{r.randint(1, 5)}\n"
    )


def c_ini(var: str, v: str, r: random.Random) -> str:
    return (
        f"; generated {human_date(r)}\n[general]\nworkers = {r.randint(2, 16)}\n\n"
        f"[{r.choice(['credentials', 'api', 'default'])}]\n{var.lower()} = {v}\nregion = "
        f"eu-central-1\n"
    )


def c_json(var: str, v: str, r: random.Random) -> str:
    return (
        json.dumps(
            {
                "name": r.choice(TEAMS),
                "version": f"{r.randint(1, 4)}.{r.randint(0, 9)}.0",
                "config": {
                    "endpoint": f"https://api.{r.choice(DOMAINS)}",
                    var: v,
                    "retry": r.randint(1, 5),
                },
            },
            indent=2,
        )
        + "\n"
    )


def c_xml(var: str, v: str, r: random.Random) -> str:
    return (
        f'<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" '
        f'value="{r.choice(["Production", "Staging"])}" />\n    <add key="{var}" value="{v}" />\n'
        f'    <add key="MaxRetries" value="{r.randint(1, 5)}" />\n  '
        f"</appSettings>\n</configuration>\n"
    )


def c_hcl(var: str, v: str, r: random.Random) -> str:
    return (
        f'provider "{r.choice(["datadog", "github", "cloudflare", "aws"])}" {{\n'
        f"  {var.lower()} = "
        f'"{v}"\n}}\n\nresource "null_resource" "{r.choice(TEAMS).replace("-", "_")}" {{\n'
        f'  triggers = {{ build = "{r.randint(100, 999)}" }}\n}}\n'
    )


def c_properties(var: str, v: str, r: random.Random) -> str:
    key = var.lower().replace("_", ".")
    return (
        f"# {r.choice(TEAMS)} service\nserver.port={r.choice([8080, 8443])}\n"
        f"spring.application.name={r.choice(TEAMS)}\n{key}={v}\nlogging.level.root=INFO\n"
    )


def c_compose(var: str, v: str, r: random.Random) -> str:
    return (
        f"services:\n  {r.choice(TEAMS)}:\n    image: "
        f"ghcr.io/{r.choice(TEAMS)}/app:{r.randint(1, 40)}\n"
        f'    ports:\n      - "{r.choice([8080, 3000])}:8080"\n    environment:\n'
        f"      - {var.upper()}={v}\n      - TZ=UTC\n"
    )


def c_k8s(var: str, v: str, r: random.Random) -> str:
    return (
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(TEAMS)}-credentials\n"
        f"  namespace: {r.choice(['prod', 'default', 'apps'])}\ntype: Opaque\nstringData:\n"
        f'  {var.upper()}: "{v}"\n'
    )


def c_shell(var: str, v: str, r: random.Random) -> str:
    return (
        f"$ export {var.upper()}={v}\n$ ./scripts/{r.choice(['deploy', 'sync', 'release'])}.sh "
        f"--env {r.choice(['prod', 'staging'])}\n[{ts(r)}] starting with {r.randint(2, 8)} "
        f"workers\n"
    )


def c_cli(var: str, v: str, r: random.Random) -> str:
    flag = var.lower().replace("_", "-")
    return (
        f"$ {r.choice(['./bin/importer', 'python -m tools.sync', 'node dist/cli.js'])} "
        f"--{flag} {v} --dry-run=false\nConnecting to upstream... ok\nProcessed "
        f"{r.randint(10, 9000)} records\n"
    )


def c_python(var: str, v: str, r: random.Random) -> str:
    return (
        f'import requests\n\n{var.upper()} = "{v}"\n\n\ndef fetch(path: str) -> dict:\n'
        f'    resp = requests.get(f"https://api.{r.choice(DOMAINS)}{{path}}",\n'
        f'                        headers={{"X-Api-Key": {var.upper()}}}, '
        f"timeout={r.randint(5, 30)})\n"
        "    resp.raise_for_status()\n    return resp.json()\n"
    )


def c_js(var: str, v: str, r: random.Random) -> str:
    return (
        f"const client = new Client({{\n  baseUrl: 'https://api.{r.choice(DOMAINS)}',\n"
        f"  {var[0].lower() + var[1:].replace('_', '')}: '{v}',\n  retries: "
        f"{r.randint(1, 5)},\n}});\n\n"
        "export default client;\n"
    )


def c_go(var: str, v: str, r: random.Random) -> str:
    return (
        f'package config\n\nconst (\n\tBaseURL = "https://api.{r.choice(DOMAINS)}"\n'
        f'\tAPIKey  = "{v}"\n)\n\nfunc Timeout() int {{ return {r.randint(5, 60)} }}\n'
    )


def c_java(var: str, v: str, r: random.Random) -> str:
    return (
        f"public final class Credentials {{\n    private Credentials() {{}}\n\n"
        f'    static final String {var.upper()} = "{v}";\n    static final int TIMEOUT_MS = '
        f"{r.randint(1, 30) * 1000};\n}}\n"
    )


def c_ruby(var: str, v: str, r: random.Random) -> str:
    return (
        f"Rails.application.configure do\n  config.x.{r.choice(['billing', 'mailer', 'search'])}"
        f'_key = "{v}"\n  config.log_level = :info\nend\n'
    )


def c_php(var: str, v: str, r: random.Random) -> str:
    return (
        f"<?php\nreturn [\n    'endpoint' => 'https://api.{r.choice(DOMAINS)}',\n    "
        f"'{var.lower()}' => '{v}',\n    'timeout' => {r.randint(5, 30)},\n];\n"
    )


def c_csharp(var: str, v: str, r: random.Random) -> str:
    return (
        f'var options = new ApiOptions\n{{\n    Endpoint = "https://api.{r.choice(DOMAINS)}",\n'
        f'    ApiKey = "{v}",\n    Retries = {r.randint(1, 5)}\n}};\n'
    )


def c_rust(var: str, v: str, r: random.Random) -> str:
    return (
        f'const {var.upper()}: &str = "{v}";\n\nfn client() -> reqwest::Client {{\n'
        '    reqwest::Client::builder().build().expect("client")\n}\n'
    )


def c_log(var: str, v: str, r: random.Random) -> str:
    return (
        f"{ts(r)} DEBUG config loaded from env: {{service={r.choice(TEAMS)}, "
        f"{var.lower()}={v}, "
        f"region=eu-west-1}}\n{ts(r)} INFO listening on :{r.choice([8080, 9000])}\n"
    )


def c_chat(var: str, v: str, r: random.Random) -> str:
    a, b = person(r).split()[0], person(r).split()[0]
    return (
        f"[{r.randint(8, 18)}:{r.randint(10, 59)}] {a}: can you send me the {var.lower()} for "
        f"{r.choice(['staging', 'the demo', 'prod'])}? mine stopped working\n"
        f"[{r.randint(8, 18)}:{r.randint(10, 59)}] {b}: here {v}\n"
        f"[{r.randint(8, 18)}:{r.randint(10, 59)}] {a}: thx, works\n"
    )


def c_email(var: str, v: str, r: random.Random) -> str:
    n = person(r)
    return (
        f"From: {n} <{email_of(r, n)}>\nSubject: access for the {r.choice(TEAMS)} integration\n\n"
        f"Hi,\n\nas discussed, here is the {var.lower().replace('_', ' ')} for the integration:\n\n"
        f"    {v}\n\nPlease don't forward it. It expires on {human_date(r)}.\n\n{n.split()[0]}\n"
    )


def c_ticket(var: str, v: str, r: random.Random) -> str:
    return (
        f"SUP-{r.randint(1000, 9999)} Integration failing with 401\nReporter: {person(r)}\n\n"
        f"Steps: configured {var} = {v} and restarted the worker, still getting 401 "
        f"from the {r.choice(CITIES)} endpoint since {human_date(r)}.\n"
    )


def c_curl(var: str, v: str, r: random.Random) -> str:
    return (
        f"$ curl -sS https://api.{r.choice(DOMAINS)}/v1/{r.choice(['orders', 'users', 'events'])} "
        f"\\\n"
        f"    -H \"X-Api-Key: {v}\" \\\n    -H 'Accept: application/json'\n"
        f'{{"data": [], "count": 0}}\n'
    )


def c_url(var: str, v: str, r: random.Random) -> str:
    return (
        f"Webhook deliveries for {r.choice(TEAMS)}:\nGET https://api.{r.choice(DOMAINS)}/export?"
        f"format=csv&{var.lower()}={v}&since={human_date(r).replace(' ', '-')} -> 200 "
        f"({r.randint(1, 900)} ms)\n"
    )


CONTEXTS: dict[str, Callable[[str, str, random.Random], str]] = {
    "env": c_env,
    "yaml": c_yaml,
    "toml": c_toml,
    "ini": c_ini,
    "json": c_json,
    "xml": c_xml,
    "hcl": c_hcl,
    "properties": c_properties,
    "docker_compose": c_compose,
    "kubernetes": c_k8s,
    "shell_export": c_shell,
    "cli_flag": c_cli,
    "python": c_python,
    "javascript": c_js,
    "go": c_go,
    "java": c_java,
    "ruby": c_ruby,
    "php": c_php,
    "csharp": c_csharp,
    "rust": c_rust,
    "log": c_log,
    "chat": c_chat,
    "email": c_email,
    "ticket": c_ticket,
    "curl": c_curl,
    "url": c_url,
}


def pem_context(v: str, r: random.Random) -> str:
    style = r.randrange(5)
    if style == 0:
        return f"$ cat ~/.ssh/{r.choice(['id_rsa', 'deploy_key', 'id_ed25519'])}\n{v}\n"
    if style == 1:
        return (
            f"$ vault kv get -field=private_key secret/{r.choice(TEAMS)}/tls\n{v}\n"
            f"$ vault kv metadata get secret/{r.choice(TEAMS)}/tls | grep version\n"
            f"current_version    {r.randint(2, 14)}\n"
        )
    if style == 2:
        return (
            f'resource "tls_private_key" "import" {{}}\n\nvariable "signing_key" {{\n'
            f"  default = <<EOT\n{v}\nEOT\n}}\n"
        )
    if style == 3:
        return (
            f"{person(r).split()[0]}: ugh the deploy box lost its key, pasting it here so you can "
            f"add it to the runner\n```\n{v}\n```\n"
        )
    return f'SIGNING_KEY="{v}"\nSIGNING_ALG=RS256\n'


def url_context(kind: str, line: str, r: random.Random) -> str:
    if kind.startswith("http_"):
        style = r.randrange(3)
        if style == 0:
            return (
                f'$ curl -v https://api.{r.choice(DOMAINS)}/v2/reports \\\n  -H "{line}"\n'
                f"> GET /v2/reports HTTP/1.1\n< HTTP/1.1 200 OK\n< content-type: application/json\n"
            )
        if style == 1:
            return (
                f"POST /v1/sync HTTP/1.1\nHost: api.{r.choice(DOMAINS)}\n{line}\n"
                f"Content-Type: application/json\nContent-Length: "
                f'{r.randint(20, 400)}\n\n{{"full": true}}\n'
            )
        return (
            f"{ts(r)} WARN http-client retrying request id={uuid4(r)} "
            f"headers={{'{line.split(': ')[0]}': "
            f"'{line.split(': ', 1)[1]}', 'Accept': '*/*'}}\n"
        )
    style = r.randrange(6)
    name = r.choice(["DATABASE_URL", "MONGO_URI", "REDIS_URL", "BROKER_URL", "PIP_INDEX_URL"])
    if style == 0:
        return f"# {r.choice(TEAMS)} settings\n{name}={line}\nPOOL_SIZE={r.randint(2, 20)}\n"
    if style == 1:
        return (
            f'spring:\n  datasource:\n    url: "{line}"\n    hikari:\n      maximum-pool-size: '
            f"{r.randint(5, 30)}\n"
        )
    if style == 2:
        return (
            f'Traceback (most recent call last):\n  File "app/db.py", line {r.randint(10, 200)}, '
            f"in connect\n"
            f"sqlalchemy.exc.OperationalError: could not connect to server using '{line}'\n"
        )
    if style == 3:
        return f'engine = create_engine(\n    "{line}",\n    pool_pre_ping=True,\n)\n'
    if style == 4:
        return (
            f"services:\n  worker:\n    image: {r.choice(TEAMS)}/worker:latest\n    environment:\n"
            f'      {name}: "{line}"\n'
        )
    return f"{person(r).split()[0]}: staging is at {line} if you need to poke at it\n"
