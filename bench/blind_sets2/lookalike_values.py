"""Seeded generators for values that look like credentials but are not secrets a user wants
redacted: hashes, ids, digests, public keys and certificates, placeholders, documentation
examples, masked values and references to secrets stored elsewhere."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import string
import uuid
from collections.abc import Callable
from random import Random

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

from blind_sets2.secret_values import ALNUM, BASE32_UPPER, HEX, URLSAFE, pick, rsa_key

ValueMaker = Callable[[Random], str]
LOWER_ALNUM = string.ascii_lowercase + string.digits


def git_sha(rng: Random) -> str:
    return pick(rng, HEX, 40)


def sha256_digest(rng: Random) -> str:
    return hashlib.sha256(rng.randbytes(16)).hexdigest()


def md5_checksum(rng: Random) -> str:
    return hashlib.md5(rng.randbytes(16), usedforsecurity=False).hexdigest()


def uuid_value(rng: Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def base64_data(rng: Random) -> str:
    style = rng.choice(["integrity", "data_uri", "plain"])
    if style == "integrity":
        return rng.choice(["sha384-", "sha512-"]) + base64.b64encode(rng.randbytes(48)).decode()
    if style == "data_uri":
        return "data:font/woff2;base64," + base64.b64encode(rng.randbytes(60)).decode()
    config = f"log_level: info\nworkers: {rng.randint(1, 16)}\nfeature_flags: [beta]\n"
    return base64.b64encode(config.encode()).decode()


def version_string(rng: Random) -> str:
    major, minor, patch = rng.randint(0, 30), rng.randint(0, 40), rng.randint(0, 99)
    return rng.choice([f"{major}.{minor}.{patch}", f"v{major}.{minor}.{patch}-rc.{patch % 5}",
                       f"{major}.{minor}.{patch}+build.{rng.randint(100, 9999)}",
                       f"2025.{rng.randint(1, 12)}.{rng.randint(1, 28)}"])


def public_key_pem(rng: Random) -> str:
    style = rng.choice(["ec", "ed25519", "rsa"])
    if style == "ec":
        public = ec.derive_private_key(rng.getrandbits(255) | 1, ec.SECP256R1()).public_key()
        pem = public.public_bytes(serialization.Encoding.PEM,
                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    elif style == "ed25519":
        key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
        pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    else:
        pem = rsa_key(rng).public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem.decode().strip()


def ssh_public_key(rng: Random) -> str:
    key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                         serialization.PublicFormat.OpenSSH).decode()
    return f"{line} {rng.choice(['lena@laptop', 'ci@build-01', 'deploy', 'omar@workstation'])}"


def certificate_pem(rng: Random) -> str:
    """Self-signed with Ed25519, whose signatures are deterministic."""
    key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    host = rng.choice(["api.quarrylabs.dev", "mail.northwind.example", "intranet.local"])
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    start = datetime.datetime(2025, rng.randint(1, 12), rng.randint(1, 28),
                              tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(rng.getrandbits(64) | 1)
            .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=365))
            .sign(key, None))
    return cert.public_bytes(serialization.Encoding.PEM).decode().strip()


def placeholder(rng: Random) -> str:
    return rng.choice([
        "<your-api-key>", "YOUR_API_KEY_HERE", "<REPLACE_WITH_TOKEN>", "your-secret-here",
        "sk-" + "x" * 48, "ghp_" + "X" * 36, "xoxb-your-bot-token", "<insert token>",
        "REPLACE_ME", "changeme-in-production", "${API_KEY}", "{{ api_key }}",
        "sk_live_" + "0" * 24, "AIza" + "." * 35, "<password>", "hunter2-is-not-a-real-password",
        "TOKEN_GOES_HERE", "dummy-token-for-tests", "glpat-xxxxxxxxxxxxxxxxxxxx",
    ])


def env_reference(rng: Random) -> str:
    name = rng.choice(["GITHUB_TOKEN", "OPENAI_API_KEY", "DB_PASSWORD", "STRIPE_SECRET_KEY",
                       "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "NPM_TOKEN"])
    return rng.choice([f"${{{{ secrets.{name} }}}}", f"${{{name}}}", f"$({name.lower()}_cmd)",
                       f"os.environ[\"{name}\"]", f"process.env.{name}",
                       f"vault:secret/data/prod#{name.lower()}",
                       f"arn:aws:secretsmanager:eu-west-1:{pick(rng, string.digits, 12)}:"
                       f"secret:prod/{name.lower()}-{pick(rng, ALNUM, 6)}",
                       f"op://Engineering/{name.lower()}/credential"])


DOCS_EXAMPLES = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                 "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"]


def docs_example_key(rng: Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(DOCS_EXAMPLES)
    if rng.random() < 0.5:
        return "AKIA" + pick(rng, BASE32_UPPER, 9) + "EXAMPLE"
    return pick(rng, ALNUM + "/", 30) + "EXAMPLEKEY"


def masked_secret(rng: Random) -> str:
    tail = pick(rng, ALNUM, 4)
    return rng.choice([f"sk-proj-...{tail}", "ghp_" + "*" * 36, f"AKIA************{tail.upper()}",
                       "[REDACTED]", "********", f"xoxb-****-****-{tail}",
                       f"sk_live_\u2022\u2022\u2022\u2022{tail}", "<hidden>", f"****{tail}"])


def stripe_publishable_key(rng: Random) -> str:
    return "pk_live_" + pick(rng, ALNUM, rng.choice([24, 99]))


def oauth_client_id(rng: Random) -> str:
    if rng.random() < 0.5:
        project = pick(rng, string.digits, 12)
        return f"{project}-{pick(rng, LOWER_ALNUM, 32)}.apps.googleusercontent.com"
    return "Iv1." + pick(rng, HEX, 16)


def aws_arn(rng: Random) -> str:
    account = pick(rng, string.digits, 12)
    return rng.choice([f"arn:aws:iam::{account}:role/{rng.choice(['deploy', 'ci-runner'])}",
                       f"arn:aws:s3:::{rng.choice(['logs', 'assets'])}-{account}",
                       f"arn:aws:lambda:us-east-1:{account}:function:resize-images"])


def stripe_object_id(rng: Random) -> str:
    prefix = rng.choice(["cus_", "pi_", "ch_", "in_", "sub_", "prod_", "price_"])
    return prefix + pick(rng, ALNUM, rng.choice([14, 24]))


def eth_address(rng: Random) -> str:
    return "0x" + pick(rng, HEX, 40)


def trace_id(rng: Random) -> str:
    return f"00-{pick(rng, HEX, 32)}-{pick(rng, HEX, 16)}-01"


def document_id(rng: Random) -> str:
    return "1" + pick(rng, URLSAFE, 43)


def db_url_without_password(rng: Random) -> str:
    host = rng.choice(["localhost", "db", "postgres.internal", "10.0.3.12"])
    return rng.choice([f"postgresql://app@{host}:5432/app", "sqlite:///var/data/app.db",
                       f"redis://{host}:6379/{rng.randint(0, 15)}",
                       f"mongodb://{host}:27017/test?retryWrites=true",
                       f"postgresql://reporter:${{PGPASSWORD}}@{host}/analytics",
                       f"mysql://readonly@{host}:3306/shop"])


def jwks_modulus(rng: Random) -> str:
    public = rsa_key(rng).public_key().public_numbers()
    modulus = public.n.to_bytes((public.n.bit_length() + 7) // 8, "big")
    key = {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": pick(rng, HEX, 10),
           "n": base64.urlsafe_b64encode(modulus).decode().rstrip("="), "e": "AQAB"}
    return json.dumps({"keys": [key]}, indent=2)


def password_setting(rng: Random) -> str:
    return rng.choice([f"password_min_length: {rng.randint(8, 16)}",
                       f"PASSWORD_RESET_TIMEOUT={rng.choice([900, 3600, 86400])}",
                       "passwd:         files systemd", "password_hash_algorithm = argon2id",
                       "require_password_change: true", "--password-stdin",
                       f"max_password_attempts = {rng.randint(3, 10)}", "password: null",
                       "PasswordAuthentication no"])


def dummy_value(rng: Random) -> str:
    return rng.choice(["0123456789abcdef" * 2, "A" * 40, "test-test-test-test", "abc123",
                       "deadbeef" * 4, "00000000-0000-0000-0000-000000000000",
                       f"fixture-{rng.randint(1, 99)}-token", "foo:bar"])


LOOKALIKE_MAKERS: dict[str, ValueMaker] = {
    "git_sha": git_sha,
    "sha256_digest": sha256_digest,
    "md5_checksum": md5_checksum,
    "uuid": uuid_value,
    "base64_data": base64_data,
    "version_string": version_string,
    "public_key_pem": public_key_pem,
    "ssh_public_key": ssh_public_key,
    "certificate_pem": certificate_pem,
    "placeholder": placeholder,
    "env_reference": env_reference,
    "docs_example_key": docs_example_key,
    "masked_secret": masked_secret,
    "stripe_publishable_key": stripe_publishable_key,
    "oauth_client_id": oauth_client_id,
    "aws_arn": aws_arn,
    "stripe_object_id": stripe_object_id,
    "eth_address": eth_address,
    "trace_id": trace_id,
    "document_id": document_id,
    "db_url_without_password": db_url_without_password,
    "jwks_public": jwks_modulus,
    "password_setting": password_setting,
    "dummy_value": dummy_value,
}
