"""Secrets for blind set 8: real formats, random values from a fixed seed, varied contexts.

No value here is a real credential: every token is drawn from ``random.Random`` with the
provider's documented prefix, length and alphabet so that it *looks* real.
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import json
import random
import struct
from collections.abc import Callable

from ._leak_common import (
    ALNUM,
    B64URL,
    HEX,
    HOSTS,
    PEOPLE,
    SERVICES,
    UPPER_DIGITS,
    b64url_nopad,
    pem_wrap,
    rs,
    ts,
)

Gen = Callable[[random.Random], str]


# --------------------------------------------------------------------------- generators


def _aws_akid(r: random.Random) -> str:
    return r.choice(["AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def _aws_secret(r: random.Random) -> str:
    return rs(r, ALNUM + "/+", 40)


def _ghp(r: random.Random) -> str:
    return "ghp_" + rs(r, ALNUM, 36)


def _gh_fine(r: random.Random) -> str:
    return "github_pat_11" + rs(r, UPPER_DIGITS, 20) + "_" + rs(r, ALNUM, 59)


def _gho(r: random.Random) -> str:
    return r.choice(["gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)


def _glpat(r: random.Random) -> str:
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def _slack_bot(r: random.Random) -> str:
    return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(r, ALNUM, 24)}"


def _slack_user(r: random.Random) -> str:
    return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(r, HEX, 32)}"


def _slack_hook(r: random.Random) -> str:
    return f"https://hooks.slack.com/services/T{rs(r, UPPER_DIGITS, 8)}/B{rs(r, UPPER_DIGITS, 10)}/{rs(r, ALNUM, 24)}"


def _stripe_sk(r: random.Random) -> str:
    return "sk_live_" + rs(r, ALNUM, r.choice([24, 99]))


def _stripe_rk(r: random.Random) -> str:
    return "rk_live_" + rs(r, ALNUM, r.choice([24, 99]))


def _stripe_whsec(r: random.Random) -> str:
    return "whsec_" + rs(r, ALNUM, 32)


def _openai(r: random.Random) -> str:
    if r.random() < 0.5:
        return "sk-proj-" + rs(r, ALNUM + "-_", 74) + "T3BlbkFJ" + rs(r, ALNUM + "-_", 74)
    return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)


def _anthropic(r: random.Random) -> str:
    return "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"


def _google_api(r: random.Random) -> str:
    return "AIza" + rs(r, ALNUM + "-_", 35)


def _gcp_oauth_secret(r: random.Random) -> str:
    return "GOCSPX-" + rs(r, ALNUM + "-_", 28)


def _twilio_key(r: random.Random) -> str:
    return "SK" + rs(r, HEX, 32)


def _sendgrid(r: random.Random) -> str:
    return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)


def _mailgun(r: random.Random) -> str:
    return "key-" + rs(r, HEX, 32)


def _npm(r: random.Random) -> str:
    return "npm_" + rs(r, ALNUM, 36)


def _pypi(r: random.Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)


def _jwt(r: random.Random) -> str:
    header = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if header["alg"] != "HS256":
        header["kid"] = rs(r, ALNUM, 16)
    now = r.randint(1_735_000_000, 1_760_000_000)
    payload = {
        "sub": r.choice(["user_", "svc_", "acct_"]) + rs(r, ALNUM, 10),
        "iss": r.choice(["https://auth.shopline.io/", "https://login.acme-corp.com", "urn:ledger:issuer"]),
        "iat": now,
        "exp": now + r.choice([900, 3600, 86400]),
        "scope": r.choice(["read write", "admin", "orders:read orders:write", "openid profile email"]),
    }
    sig_len = 32 if header["alg"] == "HS256" else (64 if header["alg"] == "ES256" else 256)
    return (
        b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
        + "."
        + b64url_nopad(r.randbytes(sig_len))
    )


def _rsa_pem(r: random.Random) -> str:
    der = bytes.fromhex("308204a402010002820101") + b"\x00" + r.randbytes(1190 - 12)
    return pem_wrap("RSA PRIVATE KEY", der)


def _pkcs8_pem(r: random.Random) -> str:
    inner = bytes.fromhex("308204a302010002820101") + b"\x00" + r.randbytes(1191 - 12)
    der = (
        bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7")
        + inner
    )
    return pem_wrap("PRIVATE KEY", der)


def _ec_pem(r: random.Random) -> str:
    der = (
        bytes.fromhex("30770201010420")
        + r.randbytes(32)
        + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
        + b"\x04"
        + r.randbytes(64)
    )
    return pem_wrap("EC PRIVATE KEY", der)


def _sshstr(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def _openssh(r: random.Random) -> str:
    pub = r.randbytes(32)
    priv = r.randbytes(32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = r.randbytes(4)
    comment = r.choice(["deploy@ci", "marta@laptop", "backup-runner", "root@bastion"]).encode()
    privblock = (
        check + check + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(priv + pub) + _sshstr(comment)
    )
    pad = 1
    while len(privblock) % 8:
        privblock += bytes([pad])
        pad += 1
    blob = (
        b"openssh-key-v1\x00"
        + _sshstr(b"none")
        + _sshstr(b"none")
        + _sshstr(b"")
        + struct.pack(">I", 1)
        + _sshstr(pubblob)
        + _sshstr(privblock)
    )
    return pem_wrap("OPENSSH PRIVATE KEY", blob, width=70)


def _pw(r: random.Random) -> str:
    words = ["Winter", "Falcon", "copper", "Orchid", "tundra", "Maple", "quartz", "Rocket", "velvet"]
    style = r.randint(0, 2)
    if style == 0:
        return r.choice(words) + r.choice(["!", "#", "$", "@"]) + str(r.randint(1000, 9999)) + r.choice(words).lower()
    if style == 1:
        return rs(r, ALNUM + "!#%&*+-=?@^_", r.randint(14, 22))
    return rs(r, ALNUM, 6) + "-" + rs(r, ALNUM, 6) + "-" + rs(r, ALNUM, 6)


def _postgres(r: random.Random) -> str:
    user = r.choice(["app", "orders_rw", "postgres", "svc_report", "billing"])
    return f"{r.choice(['postgres', 'postgresql'])}://{user}:{rs(r, ALNUM, r.randint(14, 24))}@{r.choice(HOSTS)}:5432/{r.choice(['orders', 'app', 'analytics', 'ledger'])}"


def _mysql(r: random.Random) -> str:
    return f"mysql://{r.choice(['root', 'wp_admin', 'shop'])}:{rs(r, ALNUM + '_', 18)}@{r.choice(HOSTS)}:3306/{r.choice(['shop', 'wordpress', 'crm'])}"


def _mongo(r: random.Random) -> str:
    return f"mongodb+srv://{r.choice(['analytics', 'admin', 'etl'])}:{rs(r, ALNUM, 20)}@cluster{r.randint(0, 9)}.{rs(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/{r.choice(['events', 'prod', 'catalog'])}?retryWrites=true&w=majority"


def _redis(r: random.Random) -> str:
    return f"{r.choice(['redis', 'rediss'])}://:{rs(r, ALNUM, 32)}@{r.choice(HOSTS)}:{r.choice([6379, 6380])}/0"


def _amqp(r: random.Random) -> str:
    return f"amqps://{r.choice(['worker', 'rabbit'])}:{rs(r, ALNUM, 22)}@mq.{r.choice(['prod', 'internal'])}.{r.choice(['acme.io', 'corp.lan'])}:5671/{r.choice(['jobs', '%2F'])}"


def _url_cred(r: random.Random) -> str:
    user = r.choice(["deploy", "ci-bot", "admin", "jenkins", "mirror"])
    host = r.choice(["git.internal.corp", "nexus.acme.io", "artifacts.shopline.dev", "ftp.partner-edi.com", "registry.lab.local"])
    path = r.choice(["/repo/platform.git", "/repository/pypi/simple", "/inbound/", "/v2/", "/maven/releases"])
    scheme = "ftp" if host.startswith("ftp") else "https"
    return f"{scheme}://{user}:{rs(r, ALNUM, r.randint(12, 20))}@{host}{path}"


def _basic_auth(r: random.Random) -> str:
    creds = f"{r.choice(['api', 'svc-export', 'admin', 'reporting'])}:{rs(r, ALNUM, 18)}"
    return "Basic " + base64.b64encode(creds.encode()).decode()


def _bearer_opaque(r: random.Random) -> str:
    return rs(r, ALNUM, r.choice([40, 48, 64]))


def _azure_conn(r: random.Random) -> str:
    acct = r.choice(["prodmedia", "stgbackups", "acmelogs", "invoicesarchive"]) + str(r.randint(1, 99))
    key = base64.b64encode(r.randbytes(64)).decode()
    return f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"


def _do(r: random.Random) -> str:
    return "dop_v1_" + rs(r, HEX, 64)


def _shopify(r: random.Random) -> str:
    return r.choice(["shpat_", "shpss_", "shpca_"]) + rs(r, HEX, 32)


def _discord(r: random.Random) -> str:
    snow = str(r.randint(10**17, 10**18))
    return b64url_nopad(snow.encode()) + "." + rs(r, ALNUM + "-_", 6) + "." + rs(r, ALNUM + "-_", 38)


def _telegram(r: random.Random) -> str:
    return f"{r.randint(10**8, 10**10)}:AA{rs(r, ALNUM + '-_', 33)}"


def _hf(r: random.Random) -> str:
    return "hf_" + rs(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34)


def _vault(r: random.Random) -> str:
    return "hvs." + rs(r, ALNUM + "_-", 90)


def _age(r: random.Random) -> str:
    return "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def _datadog(r: random.Random) -> str:
    return rs(r, HEX, 32)


def _linear(r: random.Random) -> str:
    return "lin_api_" + rs(r, ALNUM, 40)


def _django_secret(r: random.Random) -> str:
    return "django-insecure-" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50) if r.random() < 0.3 else rs(r, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*-_=+", 50)


def _hmac_secret(r: random.Random) -> str:
    return base64.b64encode(r.randbytes(r.choice([32, 48]))).decode()


def _gcp_sa_key(r: random.Random) -> str:
    return rs(r, HEX, 40)


# kind -> (generator, variable names, style)
KINDS: dict[str, tuple[Gen, list[str], str]] = {
    "aws_access_key_id": (_aws_akid, ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"], "token"),
    "aws_secret_access_key": (_aws_secret, ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"], "token"),
    "github_pat": (_ghp, ["GITHUB_TOKEN", "GH_TOKEN", "github_token"], "token"),
    "github_fine_grained_pat": (_gh_fine, ["GITHUB_PAT", "gh_pat", "GITHUB_TOKEN"], "token"),
    "github_oauth_or_app_token": (_gho, ["GITHUB_APP_TOKEN", "oauth_token", "gh_installation_token"], "token"),
    "gitlab_pat": (_glpat, ["GITLAB_TOKEN", "CI_JOB_PRIVATE_TOKEN", "gitlab_private_token"], "token"),
    "slack_bot_token": (_slack_bot, ["SLACK_BOT_TOKEN", "slack_token", "bot_token"], "token"),
    "slack_user_token": (_slack_user, ["SLACK_USER_TOKEN", "slack_legacy_token"], "token"),
    "slack_webhook": (_slack_hook, ["SLACK_WEBHOOK_URL", "slack_webhook", "alert_webhook"], "token"),
    "stripe_secret_key": (_stripe_sk, ["STRIPE_SECRET_KEY", "stripe_api_key", "stripeSecret"], "token"),
    "stripe_restricted_key": (_stripe_rk, ["STRIPE_RESTRICTED_KEY", "stripe_rk"], "token"),
    "stripe_webhook_secret": (_stripe_whsec, ["STRIPE_WEBHOOK_SECRET", "endpoint_secret"], "token"),
    "openai_api_key": (_openai, ["OPENAI_API_KEY", "openai_key", "apiKey"], "token"),
    "anthropic_api_key": (_anthropic, ["ANTHROPIC_API_KEY", "anthropic_key", "claude_api_key"], "token"),
    "google_api_key": (_google_api, ["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY", "places_key"], "token"),
    "google_oauth_client_secret": (_gcp_oauth_secret, ["GOOGLE_CLIENT_SECRET", "client_secret", "oauth_client_secret"], "token"),
    "twilio_api_key": (_twilio_key, ["TWILIO_API_KEY", "twilio_key_sid"], "token"),
    "sendgrid_api_key": (_sendgrid, ["SENDGRID_API_KEY", "sendgrid_key", "SMTP_PASSWORD"], "token"),
    "mailgun_api_key": (_mailgun, ["MAILGUN_API_KEY", "mailgun_key"], "token"),
    "npm_token": (_npm, ["NPM_TOKEN", "NODE_AUTH_TOKEN", "_authToken"], "token"),
    "pypi_token": (_pypi, ["PYPI_API_TOKEN", "TWINE_PASSWORD", "pypi_token"], "token"),
    "jwt": (_jwt, ["ACCESS_TOKEN", "id_token", "SERVICE_JWT"], "token"),
    "rsa_private_key": (_rsa_pem, ["private_key", "TLS_KEY", "signing_key"], "multiline"),
    "pkcs8_private_key": (_pkcs8_pem, ["private_key", "JWT_PRIVATE_KEY", "tls.key"], "multiline"),
    "ec_private_key": (_ec_pem, ["ec_key", "APNS_KEY", "webhook_signing_key"], "multiline"),
    "openssh_private_key": (_openssh, ["DEPLOY_KEY", "ssh_private_key", "id_ed25519"], "multiline"),
    "password": (_pw, ["DB_PASSWORD", "password", "SMTP_PASS", "admin_password", "ldap_bind_password"], "token"),
    "postgres_url": (_postgres, ["DATABASE_URL", "db_url", "SQLALCHEMY_DATABASE_URI"], "token"),
    "mysql_url": (_mysql, ["MYSQL_URL", "DATABASE_URL", "db_dsn"], "token"),
    "mongodb_url": (_mongo, ["MONGODB_URI", "MONGO_URL", "mongo_uri"], "token"),
    "redis_url": (_redis, ["REDIS_URL", "CACHE_URL", "broker_url"], "token"),
    "amqp_url": (_amqp, ["AMQP_URL", "CELERY_BROKER_URL", "RABBITMQ_URL"], "token"),
    "url_with_credentials": (_url_cred, ["REPO_URL", "index_url", "mirror_url"], "token"),
    "http_basic_auth": (_basic_auth, ["Authorization"], "header"),
    "bearer_token": (_bearer_opaque, ["Authorization"], "header"),
    "azure_storage_connection_string": (_azure_conn, ["AZURE_STORAGE_CONNECTION_STRING", "StorageConnection", "blob_conn"], "token"),
    "digitalocean_token": (_do, ["DIGITALOCEAN_TOKEN", "do_token"], "token"),
    "shopify_token": (_shopify, ["SHOPIFY_ACCESS_TOKEN", "shopify_admin_token"], "token"),
    "discord_bot_token": (_discord, ["DISCORD_TOKEN", "bot_token"], "token"),
    "telegram_bot_token": (_telegram, ["TELEGRAM_BOT_TOKEN", "tg_token"], "token"),
    "huggingface_token": (_hf, ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], "token"),
    "vault_token": (_vault, ["VAULT_TOKEN", "vault_token"], "token"),
    "age_secret_key": (_age, ["SOPS_AGE_KEY", "age_key"], "token"),
    "datadog_api_key": (_datadog, ["DD_API_KEY", "datadog_api_key"], "token"),
    "linear_api_key": (_linear, ["LINEAR_API_KEY", "linear_token"], "token"),
    "django_secret_key": (_django_secret, ["SECRET_KEY", "DJANGO_SECRET_KEY"], "token"),
    "hmac_signing_secret": (_hmac_secret, ["WEBHOOK_SECRET", "JWT_SECRET", "SESSION_SECRET", "signing_secret"], "token"),
    "gcp_service_account_key_id": (_gcp_sa_key, ["private_key_id"], "token"),
}


# --------------------------------------------------------------------------- contexts


def _camel(n: str) -> str:
    parts = [p for p in n.replace("-", "_").replace(".", "_").split("_") if p]
    if len(parts) == 1:
        p = parts[0]
        return p[0].lower() + p[1:]
    return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])


def _env(n: str, v: str, r: random.Random) -> str:
    svc = r.choice(SERVICES)
    extra = r.sample(["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=warn", "TZ=UTC", "FEATURE_NEW_CHECKOUT=true", "SENTRY_ENVIRONMENT=prod", "WORKERS=4", "HTTP_TIMEOUT=30"], 3)
    return f"# .env for {svc} — do not commit\n{extra[0]}\n{extra[1]}\n{n.upper()}={v}\n{extra[2]}\n"


def _yaml(n: str, v: str, r: random.Random) -> str:
    return f"{r.choice(SERVICES)}:\n  replicas: {r.randint(1, 6)}\n  integrations:\n    provider: {r.choice(['primary', 'fallback', 'eu'])}\n    {n.lower()}: \"{v}\"\n    timeout_seconds: {r.choice([5, 10, 30])}\n"


def _toml(n: str, v: str, r: random.Random) -> str:
    return f"[service]\nname = \"{r.choice(SERVICES)}\"\nregion = \"{r.choice(['eu-central-1', 'us-east-2', 'ap-south-1'])}\"\n\n[credentials]\n{n.lower()} = \"{v}\"\nrotate_days = {r.choice([30, 60, 90])}\n"


def _ini(n: str, v: str, r: random.Random) -> str:
    return f"; generated by setup script on {ts(r)[:10]}\n[{r.choice(['default', 'production', 'upstream'])}]\nendpoint = https://api.{r.choice(['acme.io', 'partner.net', 'vendor.com'])}/v{r.randint(1, 3)}\n{n.lower()} = {v}\nretries = {r.randint(2, 5)}\n"


def _json(n: str, v: str, r: random.Random) -> str:
    return json.dumps({"service": r.choice(SERVICES), "env": "production", "config": {n: v, "region": r.choice(["eu-west-1", "us-west-2"]), "debug": False}}, indent=2)


def _xml(n: str, v: str, r: random.Random) -> str:
    if "&" in v or "<" in v:
        return f"<?xml version=\"1.0\"?>\n<connectionStrings>\n  <add name=\"{n}\" providerName=\"Custom\">\n    <value><![CDATA[{v}]]></value>\n  </add>\n</connectionStrings>\n"
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n    <add key=\"{n}\" value=\"{v}\" />\n    <add key=\"MaxRetries\" value=\"{r.randint(2, 6)}\" />\n  </appSettings>\n</configuration>\n"


def _hcl(n: str, v: str, r: random.Random) -> str:
    return f"provider \"{r.choice(['aws', 'github', 'datadog', 'cloudflare'])}\" {{\n  region = \"{r.choice(['eu-west-1', 'us-east-1'])}\"\n}}\n\nvariable \"{n.lower()}\" {{\n  type      = string\n  default   = \"{v}\"\n  sensitive = true\n}}\n"


def _properties(n: str, v: str, r: random.Random) -> str:
    return f"# application-prod.properties\nserver.port=8443\nspring.application.name={r.choice(SERVICES)}\napp.integration.{n.lower().replace('_', '-')}={v}\nmanagement.endpoints.web.exposure.include=health,info\n"


def _compose(n: str, v: str, r: random.Random) -> str:
    svc = r.choice(SERVICES)
    return f"version: \"3.9\"\nservices:\n  {svc}:\n    image: registry.acme.io/{svc}:{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}\n    restart: unless-stopped\n    environment:\n      - {n.upper()}={v}\n      - TZ=Europe/Berlin\n    ports:\n      - \"{r.choice([8080, 3000, 5000])}:8080\"\n"


def _k8s(n: str, v: str, r: random.Random) -> str:
    svc = r.choice(SERVICES)
    return f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-credentials\n  namespace: {r.choice(['prod', 'payments', 'platform'])}\ntype: Opaque\nstringData:\n  {n.lower().replace('_', '-')}: \"{v}\"\n"


def _shell(n: str, v: str, r: random.Random) -> str:
    return f"$ export {n.upper()}='{v}'\n$ ./scripts/{r.choice(['deploy.sh', 'sync_catalog.sh', 'backfill.py'])} --env prod\n[{ts(r)}] starting…\n"


def _cli(n: str, v: str, r: random.Random) -> str:
    flag = n.lower().replace("_", "-")
    tool = r.choice(["./bin/importer", "terraform apply -var", "helm upgrade --install api ./chart --set", "python manage.py sync"])
    if tool.endswith("-var"):
        return f"{tool} '{n.lower()}={v}' -auto-approve\n"
    if tool.endswith("--set"):
        return f"{tool} secrets.{n.lower()}={v} --namespace prod\n"
    return f"{tool} --{flag}={v} --dry-run=false\n"


def _python(n: str, v: str, r: random.Random) -> str:
    return f"import requests\n\n# TODO move to vault before release\n{n.upper()} = \"{v}\"\n\n\ndef fetch_{r.choice(['orders', 'users', 'invoices'])}(page: int = 1) -> dict:\n    resp = requests.get(\n        \"https://api.{r.choice(['acme.io', 'partner.net'])}/v2/items\",\n        params={{\"page\": page}},\n        headers={{\"X-Api-Key\": {n.upper()}}},\n        timeout=10,\n    )\n    resp.raise_for_status()\n    return resp.json()\n"


def _js(n: str, v: str, r: random.Random) -> str:
    return f"// config/{r.choice(['prod', 'staging'])}.js\nmodule.exports = {{\n  port: process.env.PORT || 3000,\n  {_camel(n)}: '{v}',\n  cacheTtl: {r.choice([60, 300, 900])},\n}};\n"


def _go(n: str, v: str, r: random.Random) -> str:
    return f"package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nconst {_camel(n)} = \"{v}\"\n\nfunc main() {{\n\treq, _ := http.NewRequest(\"GET\", \"https://api.internal/v1/status\", nil)\n\treq.Header.Set(\"X-Token\", {_camel(n)})\n\tlog.Println(\"checking\", req.URL)\n}}\n"


def _java(n: str, v: str, r: random.Random) -> str:
    return f"public final class {r.choice(['ApiConfig', 'Credentials', 'Settings'])} {{\n    private {r.choice(['ApiConfig', 'Settings'])}() {{}}\n\n    // FIXME: hardcoded for the demo on {ts(r)[:10]}\n    public static final String {n.upper()} = \"{v}\";\n    public static final int TIMEOUT_MS = {r.choice([2000, 5000])};\n}}\n"


def _ruby(n: str, v: str, r: random.Random) -> str:
    return f"# config/initializers/{r.choice(['payments', 'mailer', 'storage'])}.rb\nRails.application.configure do\n  config.x.{n.lower()} = \"{v}\"\n  config.x.retry_limit = {r.randint(2, 5)}\nend\n"


def _php(n: str, v: str, r: random.Random) -> str:
    return f"<?php\n// wp-config.php excerpt\ndefine('WP_DEBUG', false);\ndefine('{n.upper()}', '{v}');\n$table_prefix = 'wp_{rs(r, 'abcdefghijklmnopqrstuvwxyz', 3)}_';\n"


def _csharp(n: str, v: str, r: random.Random) -> str:
    return f"var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient(\"upstream\", c =>\n{{\n    c.BaseAddress = new Uri(\"https://api.partner.net/\");\n    c.DefaultRequestHeaders.Add(\"X-Api-Key\", \"{v}\"); // {n}\n}});\nvar app = builder.Build();\n"


def _rust(n: str, v: str, r: random.Random) -> str:
    return f"use reqwest::Client;\n\nconst {n.upper()}: &str = \"{v}\";\n\npub async fn ping(client: &Client) -> reqwest::Result<u16> {{\n    let res = client.get(\"https://api.partner.net/ping\").bearer_auth({n.upper()}).send().await?;\n    Ok(res.status().as_u16())\n}}\n"


def _kotlin(n: str, v: str, r: random.Random) -> str:
    return f"object BuildSecrets {{\n    const val {n.upper()} = \"{v}\"\n    const val FLAVOR = \"{r.choice(['prod', 'beta'])}\"\n}}\n"


def _log(n: str, v: str, r: random.Random) -> str:
    return f"{ts(r)} INFO  [{r.choice(SERVICES)}] boot complete in {r.randint(300, 4000)}ms\n{ts(r)} DEBUG [{r.choice(SERVICES)}] loaded config: {n.lower()}={v} region=eu-west-1\n{ts(r)} INFO  [{r.choice(SERVICES)}] listening on :8080\n"


def _chat(n: str, v: str, r: random.Random) -> str:
    a, b = r.sample(PEOPLE, 2)
    return f"[{ts(r)[11:16]}] {a}: the staging job keeps failing on auth, can you check?\n[{ts(r)[11:16]}] {b}: try this one, I just generated it\n[{ts(r)[11:16]}] {b}: {v}\n[{ts(r)[11:16]}] {a}: works now, thanks! will move it into the vault later\n"


def _email(n: str, v: str, r: random.Random) -> str:
    a, b = r.sample(PEOPLE, 2)
    return f"From: {a} <{a.split()[0].lower()}@acme-corp.com>\nTo: {b.split()[0].lower()}@acme-corp.com\nSubject: access for the {r.choice(['migration', 'audit export', 'vendor onboarding'])}\n\nHi {b.split()[0]},\n\nas discussed, here is what you need for the integration ({n}):\n\n{v}\n\nPlease don't forward this. I'll rotate it after the cut-over on Friday.\n\nCheers,\n{a.split()[0]}\n"


def _ticket(n: str, v: str, r: random.Random) -> str:
    return f"OPS-{r.randint(1000, 9999)} — {r.choice(SERVICES)} cannot reach upstream\nStatus: In progress   Priority: P2   Reporter: {r.choice(PEOPLE)}\n\nSteps: restarted the pod, still 401.\nCurrent value in the config map is {n}={v}\nCould someone with access confirm it is still valid?\n"


def _curl(n: str, v: str, r: random.Random) -> str:
    return f"curl -sS https://api.{r.choice(['partner.net', 'acme.io', 'vendor.com'])}/v1/{r.choice(['reports', 'exports', 'users'])} \\\n  -H 'Content-Type: application/json' \\\n  -H 'X-Api-Key: {v}' \\\n  -d '{{\"since\": \"{ts(r)[:10]}\"}}'\n"


TOKEN_CONTEXTS = [
    _env, _yaml, _toml, _ini, _json, _xml, _hcl, _properties, _compose, _k8s, _shell, _cli,
    _python, _js, _go, _java, _ruby, _php, _csharp, _rust, _kotlin, _log, _chat, _email, _ticket, _curl,
]


def _m_env(n: str, v: str, r: random.Random) -> str:
    return f"# secrets for {r.choice(SERVICES)}\n{n.upper().replace('.', '_')}=\"{v}\"\nKEY_FORMAT=pem\n"


def _m_yaml(n: str, v: str, r: random.Random) -> str:
    body = "\n".join("    " + ln for ln in v.splitlines())
    return f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(SERVICES)}-tls\ntype: Opaque\nstringData:\n  {n}: |\n{body}\n"


def _m_json(n: str, v: str, r: random.Random) -> str:
    return json.dumps({"type": "service_account", "project_id": f"{r.choice(SERVICES)}-{r.randint(100, 999)}", "client_email": f"ci@{r.choice(SERVICES)}.iam.gserviceaccount.com", n: v}, indent=2)


def _m_chat(n: str, v: str, r: random.Random) -> str:
    a, b = r.sample(PEOPLE, 2)
    return f"{a}: can you send me the key for the bastion? mine expired\n{b}: sure, here\n{b}: ```\n{v}\n```\n{a}: thx 🙏\n"


def _m_file(n: str, v: str, r: random.Random) -> str:
    return f"$ cat ~/.ssh/{r.choice(['id_ed25519', 'deploy_key', 'id_rsa_backup'])}\n{v}\n$ ls -l ~/.ssh\n-rw------- 1 {r.choice(['deploy', 'ubuntu'])} staff  411 {r.choice(['Mar', 'Jul', 'Oct'])} {r.randint(1, 28)} 09:14 id_ed25519\n"


def _m_python(n: str, v: str, r: random.Random) -> str:
    return f"import jwt\n\nPRIVATE_KEY = \"\"\"{v}\"\"\"\n\n\ndef sign(claims: dict) -> str:\n    return jwt.encode(claims, PRIVATE_KEY, algorithm=\"{r.choice(['RS256', 'ES256'])}\")\n"


MULTI_CONTEXTS = [_m_env, _m_yaml, _m_json, _m_chat, _m_file, _m_python]


def _h_curl(v: str, r: random.Random) -> str:
    return f"curl -X {r.choice(['GET', 'POST', 'DELETE'])} 'https://api.{r.choice(['acme.io', 'partner.net'])}/v3/{r.choice(['accounts', 'jobs', 'invoices'])}' \\\n  -H 'Authorization: {v}' \\\n  -H 'Accept: application/json'\n"


def _h_dump(v: str, r: random.Random) -> str:
    return f"> GET /api/v2/{r.choice(['customers', 'exports/latest', 'me'])} HTTP/1.1\n> Host: {r.choice(['api.shopline.io', 'internal.acme.io'])}\n> User-Agent: {r.choice(['python-requests/2.32.3', 'curl/8.5.0', 'okhttp/4.12.0'])}\n> Authorization: {v}\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n"


def _h_python(v: str, r: random.Random) -> str:
    return f"headers = {{\n    \"Authorization\": \"{v}\",\n    \"Content-Type\": \"application/json\",\n}}\nresp = httpx.post(url, json=payload, headers=headers, timeout=15)\n"


def _h_js(v: str, r: random.Random) -> str:
    return f"const res = await fetch(`${{BASE_URL}}/v1/{r.choice(['orders', 'tickets'])}`, {{\n  method: 'POST',\n  headers: {{ Authorization: '{v}', 'Content-Type': 'application/json' }},\n  body: JSON.stringify(body),\n}});\n"


def _h_log(v: str, r: random.Random) -> str:
    return f"{ts(r)} WARN  http-client request failed status=401 method=GET url=https://api.partner.net/v1/sync headers={{'Authorization': '{v}', 'Accept': 'application/json'}} attempt={r.randint(1, 3)}\n"


def _h_postman(v: str, r: random.Random) -> str:
    return json.dumps({"name": r.choice(["List invoices", "Create user", "Export"]), "request": {"method": "GET", "header": [{"key": "Authorization", "value": v}], "url": "https://api.acme.io/v1/items"}}, indent=2)


HEADER_CONTEXTS = [_h_curl, _h_dump, _h_python, _h_js, _h_log, _h_postman]


def build_secrets() -> list[tuple[str, str, str]]:
    r = random.Random(80801)
    out: list[tuple[str, str, str]] = []
    ci = 0
    for kind, (gen, names, style) in KINDS.items():
        per_kind = 7 if style == "token" else 6
        for i in range(per_kind):
            value = gen(r)
            name = names[i % len(names)]
            if style == "token":
                ctx = TOKEN_CONTEXTS[ci % len(TOKEN_CONTEXTS)]
                ci += 1
                text = ctx(name, value, r)
            elif style == "multiline":
                mctx = MULTI_CONTEXTS[i % len(MULTI_CONTEXTS)]
                text = mctx(name, value, r)
                if mctx is _m_yaml:
                    # the block is indented in YAML; the planted span is the indented form.
                    value = "\n    ".join(value.splitlines())
                if mctx is _m_json:
                    # JSON escapes newlines; the planted value is the escaped form.
                    value = json.dumps(value)[1:-1]
            else:
                header = value if kind == "http_basic_auth" else f"Bearer {value}"
                text = HEADER_CONTEXTS[i % len(HEADER_CONTEXTS)](header, r)
                value = value.split(" ", 1)[1] if kind == "http_basic_auth" else value
            out.append((kind, text, value))
    return out


SECRETS = build_secrets()
