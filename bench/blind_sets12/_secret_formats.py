# ruff: noqa: E501
"""Random secrets in public provider formats (all generated from a seed, never real), and
look-alike values that are not secrets."""

from __future__ import annotations

import base64
import json
import random
import string
import textwrap

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed(rng: random.Random, alphabet: str, n: int) -> str:
    """Random string that contains at least one upper, lower and digit when the alphabet allows."""
    while True:
        s = r(rng, alphabet, n)
        if (not any(c in UP for c in alphabet) or any(c in UP for c in s)) and (not any(c in DIG for c in alphabet) or any(c in DIG for c in s)):
            return s


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    header = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": str(rng.randint(10**6, 10**9)), "iss": rng.choice(["https://auth.kestrel-mfg.de", "https://login.vireo-analytics.com", "api-gateway"]),
              "iat": rng.randint(1690000000, 1740000000), "scope": rng.choice(["read write", "admin", "orders:read", "billing"])}
    claims["exp"] = claims["iat"] + rng.choice([900, 3600, 86400])
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(32 if claims else 64)))
    return f"{header}.{payload}.{sig}"


def pem_private(rng: random.Random) -> str:
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": 1190, "PRIVATE KEY": 1210, "EC PRIVATE KEY": 121}[label]
    head = {"RSA PRIVATE KEY": b"0\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", "PRIVATE KEY": b"0\x82\x04\xbd\x02\x01\x000\r\x06\t*\x86H\x86\xf7\r\x01\x01\x01\x05\x00", "EC PRIVATE KEY": b"0w\x02\x01\x01\x04 "}[label]
    body = base64.b64encode(head + bytes(rng.randrange(256) for _ in range(n))).decode()
    return f"-----BEGIN {label}-----\n" + "\n".join(textwrap.wrap(body, 64)) + f"\n-----END {label}-----"


def openssh_private(rng: random.Random) -> str:
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519" + bytes(rng.randrange(256) for _ in range(rng.choice([250, 300])))
    body = base64.b64encode(raw).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(textwrap.wrap(body, 70)) + "\n-----END OPENSSH PRIVATE KEY-----"


def password(rng: random.Random) -> str:
    while True:
        n = rng.randint(12, 22)
        s = r(rng, ALNUM + "!#%^*-_+=.~", n)
        if any(c in UP for c in s) and any(c in DIG for c in s) and any(c in LO for c in s):
            return s


# kind -> generator of the secret value
SECRET_GENERATORS = {
    "aws_access_key_id": lambda g: rng_pref(g, ["AKIA", "ASIA"]) + r(g, UP + "234567", 16),
    "aws_secret_access_key": lambda g: mixed(g, ALNUM + "+/", 40),
    "github_pat_classic": lambda g: "ghp_" + mixed(g, ALNUM, 36),
    "github_pat_fine_grained": lambda g: "github_pat_" + mixed(g, ALNUM, 22) + "_" + mixed(g, ALNUM, 59),
    "github_oauth_or_app": lambda g: g.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + mixed(g, ALNUM, 36),
    "gitlab_pat": lambda g: "glpat-" + mixed(g, ALNUM + "-_", 20),
    "slack_bot_token": lambda g: g.choice(["xoxb-", "xoxp-"]) + str(g.randint(10**10, 10**12)) + "-" + str(g.randint(10**10, 10**13)) + "-" + mixed(g, ALNUM, 24),
    "slack_webhook": lambda g: f"https://hooks.slack.com/services/T{r(g, UP + DIG, 8)}/B{r(g, UP + DIG, 10)}/{mixed(g, ALNUM, 24)}",
    "stripe_secret_key": lambda g: g.choice(["sk_live_", "rk_live_", "sk_live_"]) + mixed(g, ALNUM, g.choice([24, 34, 99])),
    "openai_api_key": lambda g: "sk-proj-" + mixed(g, URLSAFE, 58) + "T3BlbkFJ" + mixed(g, URLSAFE, 58),
    "anthropic_api_key": lambda g: "sk-ant-api03-" + mixed(g, URLSAFE, 93) + "AA",
    "google_api_key": lambda g: "AIza" + mixed(g, URLSAFE, 35),
    "twilio_api_key": lambda g: "SK" + r(g, HEX, 32),
    "sendgrid_api_key": lambda g: "SG." + mixed(g, URLSAFE, 22) + "." + mixed(g, URLSAFE, 43),
    "npm_token": lambda g: "npm_" + mixed(g, ALNUM, 36),
    "pypi_token": lambda g: "pypi-AgEIcHlwaS5vcmc" + mixed(g, URLSAFE, 150),
    "huggingface_token": lambda g: "hf_" + mixed(g, UP + LO, 34),
    "azure_storage_key": lambda g: base64.b64encode(bytes(g.randrange(256) for _ in range(64))).decode(),
    "azure_client_secret": lambda g: r(g, ALNUM, 3) + "8Q~" + mixed(g, ALNUM + "_~.-", 34),
    "digitalocean_token": lambda g: g.choice(["dop_v1_", "doo_v1_"]) + r(g, HEX, 64),
    "shopify_token": lambda g: g.choice(["shpat_", "shpss_", "shpca_"]) + r(g, HEX, 32),
    "mailgun_api_key": lambda g: "key-" + r(g, HEX, 32),
    "datadog_api_key": lambda g: r(g, HEX, 32),
    "telegram_bot_token": lambda g: f"{g.randint(10**8, 10**10)}:AA{mixed(g, URLSAFE, 33)}",
    "dockerhub_pat": lambda g: "dckr_pat_" + mixed(g, URLSAFE, 27),
    "jwt": jwt,
    "pem_private_key": pem_private,
    "openssh_private_key": openssh_private,
    "database_url_password": password,
    "basic_auth_url_password": password,
    "bearer_token": lambda g: mixed(g, URLSAFE, g.randint(32, 64)),
    "high_entropy_secret": lambda g: g.choice([lambda: r(g, HEX, 64), lambda: mixed(g, ALNUM, 48), lambda: base64.b64encode(bytes(g.randrange(256) for _ in range(32))).decode()])(),
    "config_password": password,
}


def rng_pref(rng: random.Random, prefixes: list[str]) -> str:
    return rng.choice(prefixes)
