# ruff: noqa: E501
# Long lines here are literal text templates of the tool results being simulated.
"""Random credential values in real provider formats (all random from a seed, none real)."""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
UPPER_B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    header = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    payload = b64url(
        json.dumps(
            {
                "sub": str(rng.randint(10**6, 10**9)),
                "name": rng.choice(["svc-deploy", "jdoe", "api-user"]),
                "iat": 1700000000 + rng.randint(0, 10**7),
                "exp": 1800000000 + rng.randint(0, 10**7),
                "scope": rng.choice(["read write", "admin", "orders:read"]),
            }
        ).encode()
    )
    sig = b64url(rng.randbytes(32 if "HS" in header else 64))
    return f"{header}.{payload}.{sig}"


def pem_rsa(rng: random.Random) -> str:
    body = base64.b64encode(
        b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rng.randbytes(880)
    ).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (
        "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    )


def pem_pkcs8(rng: random.Random) -> str:
    body = base64.b64encode(
        b"\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01" + rng.randbytes(120)
    ).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def openssh(rng: random.Random) -> str:
    body = base64.b64encode(
        b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rng.randbytes(330)
    ).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return (
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + "\n".join(lines)
        + "\n-----END OPENSSH PRIVATE KEY-----"
    )


def password(rng: random.Random) -> str:
    words = ["Tangerine", "Harbor", "violet", "Copper", "maple", "Orbit", "falcon", "Quartz"]
    style = rng.randint(0, 2)
    if style == 0:
        return (
            rng.choice(words)
            + rs(rng, string.digits, 3)
            + rng.choice("!#$%&*")
            + rng.choice(words).lower()
        )
    if style == 1:
        return rs(rng, ALNUM + "!@#%^*-_", rng.randint(14, 22))
    return rs(rng, ALNUM, 8) + rng.choice("!@#") + rs(rng, ALNUM, 6)


# kind -> (conventional variable name, generator). Connection-string kinds return the password part
# via CONN_KINDS below.
TOKEN_KINDS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "aws_access_key_id": ("AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, UPPER_B32, 16)),
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: rs(r, B64, 40)),
    "github_pat_classic": ("GITHUB_TOKEN", lambda r: "ghp_" + rs(r, ALNUM, 36)),
    "github_pat_fine_grained": (
        "GH_TOKEN",
        lambda r: "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59),
    ),
    "github_oauth": ("GITHUB_OAUTH_TOKEN", lambda r: "gho_" + rs(r, ALNUM, 36)),
    "gitlab_pat": ("GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL, 20)),
    "slack_bot_token": (
        "SLACK_BOT_TOKEN",
        lambda r: f"xoxb-{rs(r, string.digits, 12)}-{rs(r, string.digits, 13)}-{rs(r, ALNUM, 24)}",
    ),
    "slack_webhook": (
        "SLACK_WEBHOOK_URL",
        lambda r: (
            f"https://hooks.slack.com/services/T{rs(r, string.ascii_uppercase + string.digits, 8)}/B{rs(r, string.ascii_uppercase + string.digits, 10)}/{rs(r, ALNUM, 24)}"
        ),
    ),
    "stripe_secret_key": (
        "STRIPE_SECRET_KEY",
        lambda r: "sk_live_" + rs(r, ALNUM, r.choice([24, 99])),
    ),
    "stripe_restricted_key": (
        "STRIPE_RESTRICTED_KEY",
        lambda r: "rk_live_" + rs(r, ALNUM, r.choice([24, 99])),
    ),
    "openai_api_key": (
        "OPENAI_API_KEY",
        lambda r: (
            "sk-proj-" + rs(r, B64URL, 156)
            if r.random() < 0.5
            else "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
        ),
    ),
    "anthropic_api_key": (
        "ANTHROPIC_API_KEY",
        lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA",
    ),
    "google_api_key": ("GOOGLE_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35)),
    "twilio_api_key": ("TWILIO_API_SECRET", lambda r: "SK" + rs(r, HEX, 32)),
    "sendgrid_api_key": (
        "SENDGRID_API_KEY",
        lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43),
    ),
    "npm_token": ("NPM_TOKEN", lambda r: "npm_" + rs(r, ALNUM, 36)),
    "pypi_token": ("PYPI_API_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)),
    "discord_bot_token": (
        "DISCORD_TOKEN",
        lambda r: (
            b64url(str(r.randint(10**17, 10**18)).encode())
            + "."
            + rs(r, B64URL, 6)
            + "."
            + rs(r, B64URL, 38)
        ),
    ),
    "telegram_bot_token": (
        "TELEGRAM_BOT_TOKEN",
        lambda r: f"{r.randint(10**8, 10**10)}:AA{rs(r, B64URL, 33)}",
    ),
    "mailgun_api_key": ("MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32)),
    "shopify_access_token": ("SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
    "huggingface_token": ("HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    "digitalocean_token": ("DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64)),
    "azure_storage_account_key": ("AZURE_STORAGE_KEY", lambda r: base64.b64encode(r.randbytes(64)).decode()),
    "datadog_api_key": ("DD_API_KEY", lambda r: rs(r, HEX, 32)),
    "jwt": ("ACCESS_TOKEN", jwt),
    "generic_secret_key": ("SECRET_KEY", lambda r: rs(r, ALNUM + "-_", r.randint(40, 64))),
    "password_assignment": ("DB_PASSWORD", password),
}

PEM_KINDS: dict[str, Callable[[random.Random], str]] = {
    "rsa_private_key_pem": pem_rsa,
    "pkcs8_private_key_pem": pem_pkcs8,
    "openssh_private_key": openssh,
}
