"""Seeded generators for secret values in their providers' real formats, and for key material."""

from __future__ import annotations

import base64
import datetime
import json
import string
from collections.abc import Callable
from random import Random

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

ALNUM = string.ascii_letters + string.digits
UPPER_B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


def pick(rng: Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def aws_access_key_id(rng: Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + pick(rng, UPPER_B32, 16)


def aws_secret_access_key(rng: Random) -> str:
    return pick(rng, B64, 40)


def github_token(rng: Random) -> str:
    return rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + pick(rng, ALNUM, 36)


def github_fine_grained(rng: Random) -> str:
    return "github_pat_" + pick(rng, ALNUM, 22) + "_" + pick(rng, ALNUM, 59)


def gitlab_token(rng: Random) -> str:
    return rng.choice(["glpat-", "glpat-", "gldt-", "glrt-"]) + pick(rng, URLSAFE, 20)


def slack_token(rng: Random) -> str:
    digits = string.digits
    if rng.random() < 0.5:
        return (f"xoxb-{pick(rng, digits, 12)}-{pick(rng, digits, 13)}-"
                f"{pick(rng, ALNUM, 24)}")
    return (f"xoxp-{pick(rng, digits, 12)}-{pick(rng, digits, 12)}-{pick(rng, digits, 13)}-"
            f"{pick(rng, HEX, 32)}")


def slack_webhook(rng: Random) -> str:
    team = "T" + pick(rng, string.ascii_uppercase + string.digits, 10)
    hook = "B" + pick(rng, string.ascii_uppercase + string.digits, 10)
    return f"https://hooks.slack.com/services/{team}/{hook}/{pick(rng, ALNUM, 24)}"


def stripe_secret(rng: Random) -> str:
    prefix = rng.choice(["sk_live_", "sk_live_", "rk_live_"])
    return prefix + pick(rng, ALNUM, rng.choice([24, 99]))


def google_api_key(rng: Random) -> str:
    return "AIza" + pick(rng, URLSAFE, 35)


def openai_key(rng: Random) -> str:
    if rng.random() < 0.3:
        return "sk-" + pick(rng, ALNUM, 20) + "T3BlbkFJ" + pick(rng, ALNUM, 20)
    head = rng.choice(["sk-proj-", "sk-svcacct-", "sk-proj-"])
    return head + pick(rng, URLSAFE, 74) + "T3BlbkFJ" + pick(rng, URLSAFE, 74)


def anthropic_key(rng: Random) -> str:
    return "sk-ant-api03-" + pick(rng, URLSAFE, 93) + "AA"


def twilio_api_key(rng: Random) -> str:
    return "SK" + pick(rng, HEX, 32)


def twilio_auth_token(rng: Random) -> str:
    return pick(rng, HEX, 32)


def sendgrid_key(rng: Random) -> str:
    return "SG." + pick(rng, URLSAFE, 22) + "." + pick(rng, URLSAFE, 43)


def npm_token(rng: Random) -> str:
    return "npm_" + pick(rng, ALNUM, 36)


def pypi_token(rng: Random) -> str:
    return "pypi-AgEIcHlwaS5vcmc" + pick(rng, URLSAFE, rng.choice([150, 163, 180]))


def azure_storage_key(rng: Random) -> str:
    return base64.b64encode(rng.randbytes(64)).decode()


def azure_client_secret(rng: Random) -> str:
    return pick(rng, ALNUM, 3) + rng.choice(string.digits) + "Q~" + pick(rng, ALNUM + "_.~-", 34)


def jwt(rng: Random) -> str:
    header = {"alg": rng.choice(["HS256", "HS512"]), "typ": "JWT"}
    issued = 1_700_000_000 + rng.randint(0, 30_000_000)
    payload = {"sub": str(rng.randint(10_000, 9_999_999)), "iat": issued,
               "exp": issued + rng.choice([900, 3600, 86_400]),
               "scope": rng.choice(["read write", "admin", "orders:read"])}
    parts = [b64url(json.dumps(p, separators=(",", ":")).encode()) for p in (header, payload)]
    return ".".join([*parts, b64url(rng.randbytes(32 if header["alg"] == "HS256" else 64))])


def mailgun_key(rng: Random) -> str:
    return "key-" + pick(rng, HEX, 32)


def huggingface_token(rng: Random) -> str:
    return "hf_" + pick(rng, string.ascii_letters, 34)


def digitalocean_token(rng: Random) -> str:
    return rng.choice(["dop_v1_", "doo_v1_"]) + pick(rng, HEX, 64)


def shopify_token(rng: Random) -> str:
    return rng.choice(["shpat_", "shpss_", "shpca_"]) + pick(rng, HEX, 32)


def telegram_bot_token(rng: Random) -> str:
    return f"{rng.randint(100_000_000, 7_999_999_999)}:AA{pick(rng, URLSAFE, 33)}"


def datadog_api_key(rng: Random) -> str:
    return pick(rng, HEX, 32)


def vault_token(rng: Random) -> str:
    return "hvs." + pick(rng, ALNUM, rng.choice([24, 90]))


def opaque_token(rng: Random) -> str:
    return pick(rng, rng.choice([ALNUM, URLSAFE, HEX]), rng.choice([32, 40, 48, 64]))


def password(rng: Random) -> str:
    if rng.random() < 0.4:
        words = ["correct", "harbor", "maple", "violet", "tundra", "copper", "lantern", "orbit"]
        return "-".join(rng.sample(words, 3)) + str(rng.randint(10, 99))
    return pick(rng, ALNUM + "!@#%^*_-+=", rng.randint(12, 24))


# --- key material -----------------------------------------------------------------------------

SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n: int, rng: Random) -> bool:
    if any(n % p == 0 for p in SMALL_PRIMES):
        return n in SMALL_PRIMES
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(16):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int, rng: Random) -> int:
    while True:
        candidate = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(candidate, rng) and (candidate - 1) % 65537:
            return candidate


def rsa_key(rng: Random, bits: int = 2048) -> rsa.RSAPrivateKey:
    p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
    e, n = 65537, p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                    rsa.RSAPublicNumbers(e, n))
    return numbers.private_key()


def ec_key(rng: Random) -> ec.EllipticCurvePrivateKey:
    curve = ec.SECP256R1()
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
    return ec.derive_private_key(rng.randrange(1, order), curve)


def ed_key(rng: Random) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))


PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey


def private_pem(key: PrivateKey, traditional: bool) -> str:
    fmt = (serialization.PrivateFormat.TraditionalOpenSSL
           if traditional and not isinstance(key, ed25519.Ed25519PrivateKey)
           else serialization.PrivateFormat.PKCS8)
    return key.private_bytes(serialization.Encoding.PEM, fmt,
                             serialization.NoEncryption()).decode().strip()


def public_pem(key: PrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode().strip()


def ssh_public(key: PrivateKey, comment: str) -> str:
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                         serialization.PublicFormat.OpenSSH).decode()
    return f"{line} {comment}"


def certificate_pem(key: ed25519.Ed25519PrivateKey, host: str, rng: Random) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(rng.getrandbits(64) | 1)
            .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=365))
            .sign(key, None))
    return cert.public_bytes(serialization.Encoding.PEM).decode().strip()


def pem_private_key(rng: Random) -> str:
    choice = rng.random()
    if choice < 0.25:
        return private_pem(rsa_key(rng), traditional=rng.random() < 0.5)
    if choice < 0.65:
        return private_pem(ec_key(rng), traditional=rng.random() < 0.5)
    return private_pem(ed_key(rng), traditional=False)


Generator = Callable[[Random], str]
