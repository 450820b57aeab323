# ruff: noqa: E501
"""Secret generators in real provider formats (random values from a seed; never real keys)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import string
from collections.abc import Callable

from ._common import FIRST, LAST, Rng, alnum, hexs

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
AN = UP + LOW + DIG
URLSAFE = AN + "-_"
B64 = AN + "+/"


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _password(rng: Rng) -> str:
    words = ["Maple", "Orbit", "Falcon", "Tundra", "Copper", "Velvet", "Harbor", "Quartz", "Cobalt", "Saffron"]
    return f"{rng.choice(words)}{rng.choice('!*-_.')}{rng.randint(10, 9999)}{rng.choice(words).lower()}{rng.choice('!@%?')}{alnum(rng, 3, AN)}"


def _host(rng: Rng, kind: str) -> str:
    return f"{kind}-{rng.choice(['prod', 'stg', 'eu1', 'primary', 'replica'])}.{rng.choice(['internal.corp', 'db.ironleaf.dev', 'cluster-' + hexs(rng, 6) + '.eu-west-1.rds.amazonaws.com', 'svc.local'])}"


def _user(rng: Rng) -> str:
    return rng.choice(["app", "svc_orders", "reporting", "etl", "admin", "api"]) + (rng.choice(["", "_rw", "_ro"]))


# Each generator returns (value, embedded form); the value occurs verbatim in the embedded form.
Gen = Callable[[Rng], tuple[str, str]]


def _same(f: Callable[[Rng], str]) -> Gen:
    def g(rng: Rng) -> tuple[str, str]:
        v = f(rng)
        return v, v

    return g


def _jwt(rng: Rng) -> str:
    head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64url(json.dumps({"sub": str(rng.randint(10000, 999999)), "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "role": rng.choice(["admin", "user", "service"]), "iat": rng.randint(1700000000, 1790000000)}, separators=(",", ":")).encode())
    key = bytes(rng.randrange(256) for _ in range(32))
    sig = _b64url(hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"


def _pem(rng: Rng) -> str:
    body = base64.b64encode(b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + bytes(rng.randrange(256) for _ in range(rng.choice([600, 900])))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


def _openssh(rng: Rng) -> str:
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519" + bytes(rng.randrange(256) for _ in range(300))
    body = base64.b64encode(raw).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def _conn(scheme: str, port: int, path: str = "") -> Gen:
    def g(rng: Rng) -> tuple[str, str]:
        pw = alnum(rng, rng.randint(16, 28), AN)
        if scheme == "mongodb+srv":
            return pw, f"mongodb+srv://{_user(rng)}:{pw}@cluster0.{alnum(rng, 5, LOW + DIG)}.mongodb.net/{rng.choice(['orders', 'app', 'analytics'])}?retryWrites=true&w=majority"
        if scheme == "redis":
            return pw, f"rediss://default:{pw}@{_host(rng, 'redis')}:{port}/0"
        return pw, f"{scheme}://{_user(rng)}:{pw}@{_host(rng, scheme.split('+')[0])}:{port}/{path or rng.choice(['orders', 'app', 'billing'])}"

    return g


def _url_basic(rng: Rng) -> tuple[str, str]:
    pw = alnum(rng, rng.randint(14, 24), AN + "-_.")
    return pw, f"https://{rng.choice(['deploy', 'ci-bot', 'jenkins', 'backup'])}:{pw}@{rng.choice(['artifacts', 'git', 'registry', 'nexus'])}.{rng.choice(['ironleaf.dev', 'corp.example-intra.net', 'bluefin.io'])}/{rng.choice(['repo.git', 'releases/', 'v2/'])}"


def _bearer(rng: Rng) -> tuple[str, str]:
    tok = alnum(rng, rng.choice([40, 48, 64]), URLSAFE)
    return tok, f"Authorization: Bearer {tok}"


def _basic_header(rng: Rng) -> tuple[str, str]:
    cred = base64.b64encode(f"{rng.choice(['svc-report', 'admin', 'integration'])}:{_password(rng)}".encode()).decode()
    return cred, f"Authorization: Basic {cred}"


def _azure(rng: Rng) -> tuple[str, str]:
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    return key, f"DefaultEndpointsProtocol=https;AccountName={rng.choice(['stprod', 'backups', 'mediastore'])}{hexs(rng, 4)};AccountKey={key};EndpointSuffix=core.windows.net"


def _slack_hook(rng: Rng) -> tuple[str, str]:
    u = f"https://hooks.slack.com/services/T{alnum(rng, 10, UP + DIG)}/B{alnum(rng, 10, UP + DIG)}/{alnum(rng, 24, AN)}"
    return u, u


def _discord(rng: Rng) -> str:
    uid = str(rng.randint(10**17, 10**18 - 1))
    return f"{_b64url(uid.encode())}.{alnum(rng, 6, URLSAFE)}.{alnum(rng, 38, URLSAFE)}"


SECRET_KINDS: dict[str, tuple[list[str], Gen]] = {
    "aws_access_key_id": (["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"], _same(lambda r: "AKIA" + alnum(r, 16, UP + "234567"))),
    "aws_secret_access_key": (["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"], _same(lambda r: alnum(r, 40, B64))),
    "github_pat_classic": (["GITHUB_TOKEN", "GH_TOKEN", "github_token"], _same(lambda r: "ghp_" + alnum(r, 36))),
    "github_fine_grained_pat": (["GITHUB_PAT", "gh_pat", "GITHUB_TOKEN"], _same(lambda r: "github_pat_" + alnum(r, 22, UP + DIG) + "_" + alnum(r, 59))),
    "github_oauth_token": (["GITHUB_OAUTH_TOKEN", "oauth_token", "gho"], _same(lambda r: "gho_" + alnum(r, 36))),
    "gitlab_pat": (["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_private_token"], _same(lambda r: "glpat-" + alnum(r, 20, URLSAFE))),
    "slack_bot_token": (["SLACK_BOT_TOKEN", "slack_token", "botToken"], _same(lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{alnum(r, 24)}")),
    "slack_webhook_url": (["SLACK_WEBHOOK_URL", "slack_webhook", "webhookUrl"], _slack_hook),
    "stripe_secret_key": (["STRIPE_SECRET_KEY", "stripe_api_key", "stripeKey"], _same(lambda r: "sk_live_" + alnum(r, r.choice([24, 99])))),
    "stripe_restricted_key": (["STRIPE_RESTRICTED_KEY", "stripe_rk", "STRIPE_KEY"], _same(lambda r: "rk_live_" + alnum(r, r.choice([24, 99])))),
    "openai_api_key": (["OPENAI_API_KEY", "openai_key", "openaiApiKey"], _same(lambda r: "sk-proj-" + alnum(r, 64, URLSAFE) + "T3BlbkFJ" + alnum(r, 64, URLSAFE))),
    "anthropic_api_key": (["ANTHROPIC_API_KEY", "anthropic_key", "claudeKey"], _same(lambda r: "sk-ant-api03-" + alnum(r, 93, URLSAFE) + "AA")),
    "google_api_key": (["GOOGLE_API_KEY", "MAPS_API_KEY", "firebaseApiKey"], _same(lambda r: "AIza" + alnum(r, 35, URLSAFE))),
    "twilio_api_key": (["TWILIO_API_KEY", "twilio_key_sid", "TWILIO_KEY"], _same(lambda r: "SK" + hexs(r, 32))),
    "sendgrid_api_key": (["SENDGRID_API_KEY", "sendgrid_key", "SG_KEY"], _same(lambda r: "SG." + alnum(r, 22, URLSAFE) + "." + alnum(r, 43, URLSAFE))),
    "mailgun_api_key": (["MAILGUN_API_KEY", "mailgun_key", "MG_KEY"], _same(lambda r: "key-" + hexs(r, 32))),
    "npm_token": (["NPM_TOKEN", "NODE_AUTH_TOKEN", "_authToken"], _same(lambda r: "npm_" + alnum(r, 36))),
    "pypi_token": (["PYPI_TOKEN", "TWINE_PASSWORD", "pypi_api_token"], _same(lambda r: "pypi-AgEIcHlwaS5vcmc" + alnum(r, 140, URLSAFE))),
    "digitalocean_token": (["DIGITALOCEAN_TOKEN", "DO_TOKEN", "do_api_token"], _same(lambda r: "dop_v1_" + hexs(r, 64))),
    "shopify_access_token": (["SHOPIFY_ACCESS_TOKEN", "shopify_token", "SHOPIFY_ADMIN_TOKEN"], _same(lambda r: "shpat_" + hexs(r, 32))),
    "huggingface_token": (["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "hf_token"], _same(lambda r: "hf_" + alnum(r, 34, UP + LOW))),
    "vault_token": (["VAULT_TOKEN", "vault_token", "X-Vault-Token"], _same(lambda r: "hvs." + alnum(r, 24))),
    "telegram_bot_token": (["TELEGRAM_BOT_TOKEN", "bot_token", "TG_TOKEN"], _same(lambda r: f"{r.randint(10**8, 10**10)}:AA{alnum(r, 33, URLSAFE)}")),
    "discord_bot_token": (["DISCORD_TOKEN", "discord_bot_token", "botToken"], _same(_discord)),
    "jwt": (["SESSION_JWT", "id_token", "access_token"], _same(_jwt)),
    "rsa_private_key_pem": (["private_key", "TLS_KEY", "signing_key"], _same(_pem)),
    "openssh_private_key": (["id_ed25519", "DEPLOY_KEY", "ssh_private_key"], _same(_openssh)),
    "postgres_url_password": (["DATABASE_URL", "postgres_dsn", "PG_URL"], _conn("postgresql", 5432)),
    "mysql_url_password": (["MYSQL_URL", "mysql_dsn", "DB_URL"], _conn("mysql", 3306)),
    "mongodb_srv_password": (["MONGODB_URI", "mongo_url", "MONGO_URL"], _conn("mongodb+srv", 27017)),
    "redis_url_password": (["REDIS_URL", "cache_url", "REDIS_TLS_URL"], _conn("redis", 6380)),
    "url_basic_auth_password": (["REPO_URL", "artifact_url", "REGISTRY_URL"], _url_basic),
    "http_bearer_token": (["headers", "auth_header", "Authorization"], _bearer),
    "http_basic_auth_header": (["headers", "auth_header", "Authorization"], _basic_header),
    "password_assignment": (["DB_PASSWORD", "smtp_password", "admin_password"], _same(_password)),
    "generic_secret_key": (["SECRET_KEY", "JWT_SIGNING_SECRET", "app_secret"], _same(lambda r: alnum(r, r.choice([40, 50, 64]), AN + "!@#%^*-_="))),
    "azure_storage_account_key": (["AZURE_STORAGE_CONNECTION_STRING", "storage_conn", "AzureWebJobsStorage"], _azure),
    "linear_api_key": (["LINEAR_API_KEY", "linear_token", "LINEAR_KEY"], _same(lambda r: "lin_api_" + alnum(r, 40))),
    "datadog_api_key": (["DD_API_KEY", "datadog_api_key", "DATADOG_API_KEY"], _same(lambda r: hexs(r, 32))),
    "square_access_token": (["SQUARE_ACCESS_TOKEN", "square_token", "SQ_TOKEN"], _same(lambda r: "EAAA" + alnum(r, 60, URLSAFE))),
}
