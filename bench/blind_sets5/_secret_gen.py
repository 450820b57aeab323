"""Random secrets in real provider formats (values drawn from the seed, never real keys)."""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LOW + DIG
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def password(rng: random.Random) -> str:
    return rs(rng, ALNUM, rng.randint(10, 14)) + rng.choice("!#%^*-_") + rs(rng, ALNUM, 5)


def jwt(rng: random.Random) -> str:
    head = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    body = {"sub": str(rng.randint(10**6, 10**9)), "name": rng.choice(["svc-sync", "j.doe"]),
            "iat": rng.randint(1_700_000_000, 1_760_000_000), "scope": "read write"}
    sig = bytes(rng.getrandbits(8) for _ in range(32 if head["alg"] == "HS256" else 256))
    return ".".join([b64url(json.dumps(head).encode()), b64url(json.dumps(body).encode()),
                     b64url(sig)])


def pem(rng: random.Random, label: str, nbytes: int) -> str:
    raw = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def openssh_key(rng: random.Random) -> str:
    body = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + bytes(
        rng.getrandbits(8) for _ in range(300))
    raw = base64.b64encode(body).decode()
    lines = [raw[i:i + 70] for i in range(0, len(raw), 70)]
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def basic_auth(rng: random.Random) -> str:
    user = rng.choice(["deploy", "ci-bot", "admin", "reporting"])
    return base64.b64encode(f"{user}:{password(rng)}".encode()).decode()


# kind -> (generator, variable name used in config contexts, multiline?)
GEN: dict[str, tuple[Callable[[random.Random], str], str]] = {
    "aws_access_key_id": (lambda r: "AKIA" + rs(r, UP + "234567", 16), "AWS_ACCESS_KEY_ID"),
    "aws_secret_access_key": (lambda r: rs(r, B64, 40), "AWS_SECRET_ACCESS_KEY"),
    "github_pat": (lambda r: "ghp_" + rs(r, ALNUM, 36), "GITHUB_TOKEN"),
    "github_fine_grained_pat": (lambda r: "github_pat_" + rs(r, ALNUM, 22) + "_"
                                + rs(r, ALNUM, 59), "GH_PAT"),
    "github_oauth": (lambda r: "gho_" + rs(r, ALNUM, 36), "GITHUB_OAUTH_TOKEN"),
    "gitlab_pat": (lambda r: "glpat-" + rs(r, URLSAFE, 20), "GITLAB_TOKEN"),
    "slack_bot_token": (lambda r: f"xoxb-{rs(r, DIG, 12)}-{rs(r, DIG, 13)}-{rs(r, ALNUM, 24)}",
                        "SLACK_BOT_TOKEN"),
    "slack_webhook": (lambda r: f"https://hooks.slack.com/services/T{rs(r, UP + DIG, 8)}/B"
                      f"{rs(r, UP + DIG, 10)}/{rs(r, ALNUM, 24)}", "SLACK_WEBHOOK_URL"),
    "stripe_secret_key": (lambda r: "sk_live_" + rs(r, ALNUM, 99), "STRIPE_SECRET_KEY"),
    "stripe_restricted_key": (lambda r: "rk_live_" + rs(r, ALNUM, 99), "STRIPE_RESTRICTED_KEY"),
    "openai_key": (lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74),
                   "OPENAI_API_KEY"),
    "anthropic_key": (lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA", "ANTHROPIC_API_KEY"),
    "google_api_key": (lambda r: "AIza" + rs(r, URLSAFE, 35), "GOOGLE_MAPS_API_KEY"),
    "azure_storage_key": (lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64)))
                          .decode(), "AZURE_STORAGE_KEY"),
    "twilio_api_key_secret": (lambda r: rs(r, ALNUM, 32), "TWILIO_API_SECRET"),
    "twilio_auth_token": (lambda r: rs(r, HEX, 32), "TWILIO_AUTH_TOKEN"),
    "sendgrid_key": (lambda r: f"SG.{rs(r, URLSAFE, 22)}.{rs(r, URLSAFE, 43)}", "SENDGRID_API_KEY"),
    "mailgun_key": (lambda r: "key-" + rs(r, HEX, 32), "MAILGUN_API_KEY"),
    "npm_token": (lambda r: "npm_" + rs(r, ALNUM, 36), "NPM_TOKEN"),
    "pypi_token": (lambda r: "pypi-AgEIcHlwaS5vcmcCJD" + rs(r, URLSAFE, 150), "PYPI_API_TOKEN"),
    "jwt": (jwt, "ACCESS_TOKEN"),
    "discord_bot_token": (lambda r: b64url(str(r.randint(10**17, 10**18)).encode()) + "."
                          + rs(r, URLSAFE, 6) + "." + rs(r, URLSAFE, 38), "DISCORD_TOKEN"),
    "telegram_bot_token": (lambda r: f"{r.randint(10**8, 10**10)}:AA{rs(r, URLSAFE, 33)}",
                           "TELEGRAM_BOT_TOKEN"),
    "shopify_token": (lambda r: "shpat_" + rs(r, HEX, 32), "SHOPIFY_ACCESS_TOKEN"),
    "digitalocean_token": (lambda r: "dop_v1_" + rs(r, HEX, 64), "DIGITALOCEAN_TOKEN"),
    "vault_token": (lambda r: "hvs." + rs(r, URLSAFE, 24), "VAULT_TOKEN"),
    "huggingface_token": (lambda r: "hf_" + rs(r, UP + LOW, 34), "HF_TOKEN"),
    "datadog_api_key": (lambda r: rs(r, HEX, 32), "DD_API_KEY"),
    "square_token": (lambda r: "EAAA" + rs(r, URLSAFE, 60), "SQUARE_ACCESS_TOKEN"),
    "age_secret_key": (lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
                       "SOPS_AGE_KEY"),
    "password": (password, "DB_PASSWORD"),
    "oauth_client_secret": (lambda r: "GOCSPX-" + rs(r, URLSAFE, 28), "GOOGLE_CLIENT_SECRET"),
    "generic_api_key": (lambda r: rs(r, ALNUM, 40), "PAYMENTS_API_KEY"),
    "session_secret": (lambda r: rs(r, HEX, 64), "SESSION_SECRET"),
    "basic_auth_header": (basic_auth, "Authorization"),
    "bearer_token": (lambda r: rs(r, URLSAFE, 48), "Authorization"),
}

URL_PASSWORD_KINDS = ["postgres_url", "mysql_url", "mongodb_url", "redis_url", "amqp_url",
                      "url_credentials"]
PEM_KINDS = ["rsa_private_key", "ec_private_key", "pkcs8_private_key", "openssh_private_key"]


def pem_value(rng: random.Random, kind: str) -> str:
    if kind == "rsa_private_key":
        return pem(rng, "RSA PRIVATE KEY", 600)
    if kind == "ec_private_key":
        return pem(rng, "EC PRIVATE KEY", 121)
    if kind == "pkcs8_private_key":
        return pem(rng, "PRIVATE KEY", 640)
    return openssh_key(rng)


def url_with_password(rng: random.Random, kind: str, pw: str) -> str:
    host = rng.choice(["db.internal.acme-corp.io", "10.20.4.17", "prod-db-1.c8x.eu-west-1.rds."
                       "amazonaws.com", "cache.svc.cluster.local"])
    user = rng.choice(["app", "svc_reporting", "admin", "etl"])
    if kind == "postgres_url":
        return f"postgresql://{user}:{pw}@{host}:5432/orders?sslmode=require"
    if kind == "mysql_url":
        return f"mysql://{user}:{pw}@{host}:3306/shop"
    if kind == "mongodb_url":
        return f"mongodb+srv://{user}:{pw}@cluster0.ab12c.mongodb.net/app?retryWrites=true"
    if kind == "redis_url":
        return f"redis://default:{pw}@{host}:6379/0"
    if kind == "amqp_url":
        return f"amqps://{user}:{pw}@{host}:5671/vhost"
    return f"https://{user}:{pw}@git.acme-corp.io/platform/infra.git"
