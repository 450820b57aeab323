"""Seeded generators for credentials in their real formats (prefixes, alphabets, lengths,
checksums, real signatures and loadable private keys). Values are random, never real."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import string
import struct
import zlib
from collections.abc import Callable
from random import Random

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
BASE32_UPPER = string.ascii_uppercase + "234567"
PASSWORD_SYMBOLS = "!%&*+,-./:;<=>?@^_~"

ValueMaker = Callable[[Random], str]


def pick(rng: Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def base62_checksum(body: str) -> str:
    number = zlib.crc32(body.encode())
    digits = ""
    while number:
        number, rest = divmod(number, 62)
        digits = BASE62[rest] + digits
    return digits.rjust(6, "0")


def checksummed(prefix: str, rng: Random) -> str:
    body = pick(rng, BASE62, 30)
    return prefix + body + base62_checksum(body)


def aws_access_key(rng: Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + pick(rng, BASE32_UPPER, 16)


def aws_secret_key(rng: Random) -> str:
    return pick(rng, ALNUM + "/+", 40)


def github_token(rng: Random) -> str:
    return checksummed(rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]), rng)


def github_fine_grained(rng: Random) -> str:
    return f"github_pat_11{pick(rng, BASE32_UPPER, 20)}_{pick(rng, ALNUM, 59)}"


def gitlab_token(rng: Random) -> str:
    return "glpat-" + pick(rng, URLSAFE, 20)


def slack_token(rng: Random) -> str:
    team, user = pick(rng, string.digits, 11), pick(rng, string.digits, 13)
    if rng.random() < 0.5:
        return f"xoxb-{team}-{user}-{pick(rng, ALNUM, 24)}"
    return f"xoxp-{team}-{user}-{pick(rng, string.digits, 13)}-{pick(rng, HEX, 32)}"


def slack_webhook(rng: Random) -> str:
    return (f"https://hooks.slack.com/services/T{pick(rng, BASE62[:36], 10)}/"
            f"B{pick(rng, BASE62[:36], 10)}/{pick(rng, ALNUM, 24)}")


def stripe_key(rng: Random) -> str:
    prefix = rng.choice(["sk_live_", "sk_live_", "rk_live_"])
    if rng.random() < 0.5:
        return prefix + pick(rng, ALNUM, 24)
    return prefix + "51" + pick(rng, ALNUM, 97)


def stripe_webhook_secret(rng: Random) -> str:
    return "whsec_" + pick(rng, ALNUM, 32)


def google_api_key(rng: Random) -> str:
    return "AIza" + pick(rng, URLSAFE, 35)


def google_oauth_secret(rng: Random) -> str:
    return "GOCSPX-" + pick(rng, URLSAFE, 28)


def openai_key(rng: Random) -> str:
    style = rng.choice(["legacy", "proj", "proj", "svcacct"])
    if style == "legacy":
        return f"sk-{pick(rng, ALNUM, 20)}T3BlbkFJ{pick(rng, ALNUM, 20)}"
    return f"sk-{style}-{pick(rng, URLSAFE, 74)}T3BlbkFJ{pick(rng, URLSAFE, 74)}"


def anthropic_key(rng: Random) -> str:
    kind = rng.choice(["api03", "api03", "admin01"])
    return f"sk-ant-{kind}-{pick(rng, URLSAFE, 93)}AA"


def twilio_api_key(rng: Random) -> str:
    return "SK" + pick(rng, HEX, 32)


def twilio_auth_token(rng: Random) -> str:
    return pick(rng, HEX, 32)


def sendgrid_key(rng: Random) -> str:
    return f"SG.{pick(rng, URLSAFE, 22)}.{pick(rng, URLSAFE, 43)}"


def npm_token(rng: Random) -> str:
    return checksummed("npm_", rng)


def pypi_token(rng: Random) -> str:
    caveat = json.dumps({"version": 1, "permissions": {"projects": [f"pkg{rng.randrange(999)}"]}})
    raw = (b"\x02\x01\x08pypi.org\x02\x25pypi-" + pick(rng, HEX, 32).encode()
           + b"\x00\x02" + bytes([len(caveat)]) + caveat.encode() + b"\x00\x00\x06\x20"
           + rng.randbytes(32))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def azure_storage_key(rng: Random) -> str:
    return base64.b64encode(rng.randbytes(64)).decode()


def azure_client_secret(rng: Random) -> str:
    return f"{pick(rng, ALNUM, 3)}{rng.randint(7, 8)}Q~{pick(rng, ALNUM + '_~.-', 34)}"


def digitalocean_token(rng: Random) -> str:
    return "dop_v1_" + pick(rng, HEX, 64)


def huggingface_token(rng: Random) -> str:
    return "hf_" + pick(rng, string.ascii_letters, 34)


def vault_token(rng: Random) -> str:
    return "hvs." + pick(rng, URLSAFE, 90)


def _b64url_json(data: dict[str, object]) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng: Random) -> str:
    header: dict[str, object] = {"alg": "HS256", "typ": "JWT"}
    if rng.random() < 0.4:
        header["kid"] = pick(rng, HEX, 8)
    now = 1_760_000_000 + rng.randrange(10**7)
    claims: dict[str, object] = {
        "sub": str(rng.randrange(10**6)), "iat": now, "exp": now + rng.choice([900, 3600]),
        "iss": rng.choice(["https://auth.quarrylabs.dev", "api", "https://id.lumenfreight.com"]),
        "scope": rng.choice(["read write", "admin", "orders:read"])}
    signing_input = f"{_b64url_json(header)}.{_b64url_json(claims)}"
    digest = hmac.new(rng.randbytes(32), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(digest).decode().rstrip('=')}"


def password(rng: Random) -> str:
    words = ["Harbor", "maple", "Quartz", "tiger", "Velvet", "orbit", "Summer", "granite",
             "Falcon", "copper", "Nimbus", "lantern"]
    if rng.random() < 0.5:
        return (rng.choice(words) + rng.choice(PASSWORD_SYMBOLS) + str(rng.randint(10, 9999))
                + rng.choice(words).lower())
    return pick(rng, ALNUM + PASSWORD_SYMBOLS, rng.randint(14, 28))


def bearer_token(rng: Random) -> str:
    style = rng.choice(["opaque", "google", "dotted"])
    if style == "google":
        return "ya29." + pick(rng, URLSAFE, 120)
    if style == "dotted":
        return f"{pick(rng, ALNUM, 12)}.{pick(rng, ALNUM, 40)}"
    return pick(rng, ALNUM, rng.choice([32, 40, 48]))


def basic_auth(rng: Random) -> str:
    user = rng.choice(["admin", "deploy", "ci-bot", "svc_report", "jenkins", "api"])
    return base64.b64encode(f"{user}:{password(rng)}".encode()).decode()


def generic_secret(rng: Random) -> str:
    """Framework signing keys and app secrets: high entropy, no prefix."""
    return pick(rng, ALNUM + "!@#%^&*(-_=+)", 50)


# --- private keys: deterministic from the seeded generator --------------------------------


def _is_probable_prime(number: int, rng: Random) -> bool:
    if number < 4:
        return number in (2, 3)
    for small in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if number % small == 0:
            return number == small
    exponent, rounds = number - 1, 0
    while exponent % 2 == 0:
        exponent, rounds = exponent // 2, rounds + 1
    for _ in range(24):
        witness = pow(rng.randrange(2, number - 1), exponent, number)
        if witness in (1, number - 1):
            continue
        for _ in range(rounds - 1):
            witness = pow(witness, 2, number)
            if witness == number - 1:
                break
        else:
            return False
    return True


def _prime(rng: Random, bits: int) -> int:
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if candidate % 65537 != 1 and _is_probable_prime(candidate, rng):
            return candidate


def rsa_key(rng: Random, bits: int = 1024) -> rsa.RSAPrivateKey:
    p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
    d = pow(65537, -1, (p - 1) * (q - 1))
    public = rsa.RSAPublicNumbers(65537, p * q)
    numbers = rsa.RSAPrivateNumbers(p, q, d, rsa.rsa_crt_dmp1(d, p), rsa.rsa_crt_dmq1(d, q),
                                    rsa.rsa_crt_iqmp(p, q), public)
    return numbers.private_key()


def _ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def openssh_ed25519(rng: Random, comment: str) -> str:
    """OpenSSH's own format, built by hand because the library pads with a random check int."""
    seed = rng.randbytes(32)
    key = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    public_blob = _ssh_string(b"ssh-ed25519") + _ssh_string(public)
    check = rng.randbytes(4)
    private = (check + check + _ssh_string(b"ssh-ed25519") + _ssh_string(public)
               + _ssh_string(seed + public) + _ssh_string(comment.encode()))
    private += bytes(range(1, 1 + (-len(private) % 8)))
    blob = (b"openssh-key-v1\x00" + _ssh_string(b"none") + _ssh_string(b"none")
            + _ssh_string(b"") + struct.pack(">I", 1) + _ssh_string(public_blob)
            + _ssh_string(private))
    body = base64.b64encode(blob).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----", *lines,
                      "-----END OPENSSH PRIVATE KEY-----"])


def private_key_pem(rng: Random) -> str:
    style = rng.choice(["ec", "ec_pkcs8", "ed25519", "rsa", "rsa_pkcs8", "openssh"])
    if style == "openssh":
        return openssh_ed25519(rng, rng.choice(["deploy@ci", "lena@laptop", ""]))
    key: ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey
    if style.startswith("ec"):
        key = ec.derive_private_key(rng.getrandbits(255) | 1, ec.SECP256R1())
    elif style == "ed25519":
        key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    else:
        key = rsa_key(rng)
    traditional = style in ("ec", "rsa")
    fmt = (serialization.PrivateFormat.TraditionalOpenSSL if traditional
           else serialization.PrivateFormat.PKCS8)
    pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
    return pem.decode().strip()


SECRET_MAKERS: dict[str, ValueMaker] = {
    "aws_access_key": aws_access_key,
    "aws_secret_key": aws_secret_key,
    "github_token": github_token,
    "github_fine_grained": github_fine_grained,
    "gitlab_token": gitlab_token,
    "slack_token": slack_token,
    "slack_webhook": slack_webhook,
    "stripe_key": stripe_key,
    "stripe_webhook_secret": stripe_webhook_secret,
    "google_api_key": google_api_key,
    "google_oauth_secret": google_oauth_secret,
    "openai_key": openai_key,
    "anthropic_key": anthropic_key,
    "twilio_api_key": twilio_api_key,
    "twilio_auth_token": twilio_auth_token,
    "sendgrid_key": sendgrid_key,
    "npm_token": npm_token,
    "pypi_token": pypi_token,
    "azure_storage_key": azure_storage_key,
    "azure_client_secret": azure_client_secret,
    "digitalocean_token": digitalocean_token,
    "huggingface_token": huggingface_token,
    "vault_token": vault_token,
    "jwt": jwt,
    "password": password,
    "bearer_token": bearer_token,
    "basic_auth": basic_auth,
    "generic_secret": generic_secret,
    "private_key": private_key_pem,
}
