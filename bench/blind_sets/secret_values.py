"""Random secrets in their providers' published formats, and look-alikes, from a seeded `Random`.

A generator returns `(value, start, end)`: the string placed in the text and the span inside it
that is the secret itself (a connection string's password, a webhook URL's path), or the whole
value. Everything is derived from the `Random` passed in, so a seed gives the same set every run.
"""

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

Value = tuple[str, int, int]
Generator = Callable[[Random], Value]

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
BASE32_UPPER = string.ascii_uppercase + "234567"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def chars(rng: Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def whole(value: str) -> Value:
    return value, 0, len(value)


def base62_crc32(body: str) -> str:
    """GitHub and npm token checksum: CRC32 of the random part, base62, left-padded to 6."""
    number = zlib.crc32(body.encode())
    digits = ""
    while number:
        number, rest = divmod(number, 62)
        digits = BASE62[rest] + digits
    return digits.rjust(6, "0")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --- positives -------------------------------------------------------------------------------

def aws_access_key(rng: Random) -> Value:
    return whole("AKIA" + chars(rng, BASE32_UPPER, 16))


def aws_secret_key(rng: Random) -> Value:
    return whole(chars(rng, B64, 40))


def github_classic(rng: Random) -> Value:
    body = chars(rng, ALNUM, 30)
    prefix = rng.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"])
    return whole(prefix + body + base62_crc32(body))


def github_fine_grained(rng: Random) -> Value:
    return whole(f"github_pat_11{chars(rng, BASE32_UPPER + string.digits, 20)}_"
                 f"{chars(rng, ALNUM, 59)}")


def slack_token(rng: Random) -> Value:
    team, user = rng.randint(10**9, 10**12), rng.randint(10**9, 10**12)
    if rng.random() < 0.5:
        return whole(f"xoxb-{team}-{user}-{chars(rng, ALNUM, 24)}")
    return whole(f"xoxp-{team}-{user}-{rng.randint(10**11, 10**12)}-{chars(rng, HEX, 32)}")


def slack_webhook(rng: Random) -> Value:
    path = (f"T{chars(rng, string.ascii_uppercase + string.digits, 8)}/"
            f"B{chars(rng, string.ascii_uppercase + string.digits, 10)}/{chars(rng, ALNUM, 24)}")
    prefix = "https://hooks.slack.com/services/"
    return prefix + path, len(prefix), len(prefix) + len(path)


def stripe_secret(rng: Random) -> Value:
    prefix = rng.choice(["sk_live_", "sk_live_", "rk_live_"])
    length = rng.choice([24, 99])
    body = ("51" + chars(rng, ALNUM, length - 2)) if length == 99 else chars(rng, ALNUM, length)
    return whole(prefix + body)


def google_api_key(rng: Random) -> Value:
    return whole("AIza" + chars(rng, B64URL, 35))


def openai_key(rng: Random) -> Value:
    if rng.random() < 0.4:
        return whole(f"sk-{chars(rng, ALNUM, 20)}T3BlbkFJ{chars(rng, ALNUM, 20)}")
    kind = rng.choice(["proj", "svcacct", "admin"])
    return whole(f"sk-{kind}-{chars(rng, B64URL, 74)}T3BlbkFJ{chars(rng, B64URL, 74)}")


def anthropic_key(rng: Random) -> Value:
    kind = rng.choice(["api03", "api03", "admin01"])
    return whole(f"sk-ant-{kind}-{chars(rng, B64URL, 93)}AA")


def gitlab_token(rng: Random) -> Value:
    return whole("glpat-" + chars(rng, B64URL, 20))


def npm_token(rng: Random) -> Value:
    body = chars(rng, ALNUM, 30)
    return whole("npm_" + body + base62_crc32(body))


def pypi_token(rng: Random) -> Value:
    caveat = json.dumps({"version": 1, "permissions": {"projects": [rng.choice(
        ["tidyframe", "quickroute", "pagesmith"])]}}, separators=(",", ":")).encode()
    raw = (b"\x02\x01\x08pypi.org\x02\x02\x02" + rng.randbytes(32) + b"\x00\x02"
           + bytes([len(caveat)]) + caveat + b"\x00\x00\x06\x20" + rng.randbytes(32))
    return whole("pypi-" + b64url(raw))


def twilio_api_key(rng: Random) -> Value:
    return whole("SK" + chars(rng, HEX, 32))


def twilio_auth_token(rng: Random) -> Value:
    return whole(chars(rng, HEX, 32))


def sendgrid_key(rng: Random) -> Value:
    return whole(f"SG.{chars(rng, B64URL, 22)}.{chars(rng, B64URL, 43)}")


def azure_storage_key(rng: Random) -> Value:
    key = base64.b64encode(rng.randbytes(64)).decode()
    account = rng.choice(["prodlogs", "mediastore", "backup01"])
    prefix = f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey="
    return prefix + key + ";EndpointSuffix=core.windows.net", len(prefix), len(prefix) + len(key)


def jwt(rng: Random) -> Value:
    alg = rng.choice(["HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = chars(rng, HEX, 16)
    iat = rng.randint(1_700_000_000, 1_760_000_000)
    claims = {"sub": str(rng.randint(10**5, 10**9)), "iat": iat, "exp": iat + 3600,
              "iss": rng.choice(["https://auth.example-app.com", "accounts.example.org"]),
              "scope": rng.choice(["read write", "openid profile email", "admin"])}
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                     + b64url(json.dumps(claims, separators=(",", ":")).encode()))
    if alg == "HS256":
        signature = hmac.new(rng.randbytes(32), signing_input.encode(), hashlib.sha256).digest()
    else:
        signature = rng.randbytes(256 if alg == "RS256" else 64)
    return whole(signing_input + "." + b64url(signature))


def password(rng: Random) -> str:
    words = ["Harbor", "maple", "Quartz", "tiger", "Lantern", "orbit", "Velvet", "cobalt"]
    if rng.random() < 0.5:
        return chars(rng, ALNUM + "!#%*-_", rng.randint(14, 24))
    return (rng.choice(words) + rng.choice("!#%*-_.") + str(rng.randint(10, 9999))
            + rng.choice(words) + chars(rng, ALNUM, 4))


def _url_with_password(rng: Random, scheme: str, host: str, tail: str) -> Value:
    user = rng.choice(["app", "admin", "svc_orders", "deploy", "reporting", "etl"])
    secret = password(rng).replace("#", "").replace("%", "")
    prefix = f"{scheme}://{user}:"
    return f"{prefix}{secret}@{host}{tail}", len(prefix), len(prefix) + len(secret)


def connection_string(rng: Random) -> Value:
    scheme, host, tail = rng.choice([
        ("postgresql", "db-prod.internal.example.com:5432", "/orders?sslmode=require"),
        ("postgres", "10.20.4.17:5432", "/analytics"),
        ("mysql", "mysql.eu-west.example.net:3306", "/shop"),
        ("mongodb+srv", "cluster0.ab1cd.mongodb.net", "/app?retryWrites=true&w=majority"),
        ("redis", "cache.example.internal:6379", "/0"),
        ("amqp", "rabbit.example.internal:5672", "/prod"),
    ])
    return _url_with_password(rng, scheme, host, tail)


def url_credentials(rng: Random) -> Value:
    scheme, host, tail = rng.choice([
        ("https", "nexus.example-corp.com", "/repository/pypi/simple"),
        ("https", "git.example.org", "/team/infra.git"),
        ("ftp", "files.example-partner.net", "/outgoing/"),
        ("https", "registry.example.io", "/v2/"),
    ])
    return _url_with_password(rng, scheme, host, tail)


def bearer_token(rng: Random) -> Value:
    return whole(rng.choice([chars(rng, ALNUM, 40), chars(rng, B64URL, 64),
                             chars(rng, HEX, 48)]))


def basic_auth(rng: Random) -> Value:
    user = rng.choice(["api", "jenkins", "monitor", "billing-sync"])
    return whole(base64.b64encode(f"{user}:{password(rng)}".encode()).decode())


def generic_password(rng: Random) -> Value:
    return whole(password(rng))


def _rsa_key(rng: Random, bits: int) -> rsa.RSAPrivateKey:
    e = 65537
    while True:
        p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    d = pow(e, -1, phi)
    numbers = rsa.RSAPrivateNumbers(
        p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, p * q))
    return numbers.private_key()


def _prime(rng: Random, bits: int) -> int:
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _probably_prime(rng, candidate):
            return candidate


_SMALL_PRIMES = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p**0.5) + 1, 2))]


def _probably_prime(rng: Random, n: int) -> bool:
    if any(n % small == 0 for small in _SMALL_PRIMES):
        return n in _SMALL_PRIMES
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(8):
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


def _openssh_ed25519(rng: Random) -> str:
    """OpenSSH's own key format, built by hand: `cryptography` draws its check integer from the
    OS, which would make the set differ between runs."""
    key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    seed = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)

    def field(data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + data

    public_blob = field(b"ssh-ed25519") + field(public)
    check = rng.randbytes(4)
    private = (check + check + field(b"ssh-ed25519") + field(public) + field(seed + public)
               + field(rng.choice([b"deploy@ci", b"maria@laptop", b"backup"])))
    private += bytes(range(1, 1 + (-len(private)) % 8))
    blob = (b"openssh-key-v1\x00" + field(b"none") + field(b"none") + field(b"")
            + struct.pack(">I", 1) + field(public_blob) + field(private))
    body = base64.b64encode(blob).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + \
        "\n-----END OPENSSH PRIVATE KEY-----"


def private_key(rng: Random) -> Value:
    kind = rng.choice(["rsa_pkcs1", "rsa_pkcs8", "ec", "ec_pkcs8", "openssh", "ed25519_pkcs8"])
    if kind == "openssh":
        return whole(_openssh_ed25519(rng))
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey
    if kind.startswith("rsa"):
        key = _rsa_key(rng, rng.choice([1024, 1024, 2048]))
    elif kind.startswith("ec"):
        key = ec.derive_private_key(rng.getrandbits(255) + 1, ec.SECP256R1())
    else:
        key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    fmt = (serialization.PrivateFormat.PKCS8 if kind.endswith("pkcs8")
           else serialization.PrivateFormat.TraditionalOpenSSL)
    pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
    return whole(pem.decode().strip())


SECRET_GENERATORS: dict[str, Generator] = {
    "aws_access_key": aws_access_key,
    "aws_secret_key": aws_secret_key,
    "github_token": github_classic,
    "github_fine_grained": github_fine_grained,
    "slack_token": slack_token,
    "slack_webhook": slack_webhook,
    "stripe_key": stripe_secret,
    "google_api_key": google_api_key,
    "openai_key": openai_key,
    "anthropic_key": anthropic_key,
    "gitlab_token": gitlab_token,
    "npm_token": npm_token,
    "pypi_token": pypi_token,
    "twilio_api_key": twilio_api_key,
    "twilio_auth_token": twilio_auth_token,
    "sendgrid_key": sendgrid_key,
    "azure_storage_key": azure_storage_key,
    "jwt": jwt,
    "private_key": private_key,
    "connection_string_password": connection_string,
    "url_password": url_credentials,
    "bearer_token": bearer_token,
    "basic_auth": basic_auth,
    "password_assignment": generic_password,
}

# Variable names a developer would use for each kind, for assignment-style contexts.
SECRET_NAMES: dict[str, list[str]] = {
    "aws_access_key": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"],
    "aws_secret_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
    "github_token": ["GITHUB_TOKEN", "GH_TOKEN", "github_token"],
    "github_fine_grained": ["GITHUB_PAT", "GH_TOKEN", "token"],
    "slack_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "slack_token"],
    "slack_webhook": ["SLACK_WEBHOOK_URL", "webhook_url", "alertWebhook"],
    "stripe_key": ["STRIPE_SECRET_KEY", "stripe_api_key", "stripeKey"],
    "google_api_key": ["GOOGLE_API_KEY", "MAPS_API_KEY", "apiKey"],
    "openai_key": ["OPENAI_API_KEY", "openai_api_key", "OPENAI_KEY"],
    "anthropic_key": ["ANTHROPIC_API_KEY", "anthropic_api_key", "CLAUDE_KEY"],
    "gitlab_token": ["GITLAB_TOKEN", "CI_PUSH_TOKEN", "gitlab_token"],
    "npm_token": ["NPM_TOKEN", "//registry.npmjs.org/:_authToken", "npmToken"],
    "pypi_token": ["PYPI_TOKEN", "TWINE_PASSWORD", "pypi_api_token"],
    "twilio_api_key": ["TWILIO_API_KEY", "twilio_key_sid", "TWILIO_KEY"],
    "twilio_auth_token": ["TWILIO_AUTH_TOKEN", "twilio_auth_token", "authToken"],
    "sendgrid_key": ["SENDGRID_API_KEY", "sendgrid_key", "MAIL_API_KEY"],
    "azure_storage_key": ["AZURE_STORAGE_CONNECTION_STRING", "StorageConnection",
                          "storage_conn"],
    "jwt": ["ACCESS_TOKEN", "id_token", "session_jwt"],
    "private_key": ["private_key", "PRIVATE_KEY", "signing_key"],
    "connection_string_password": ["DATABASE_URL", "MONGO_URI", "REDIS_URL", "BROKER_URL"],
    "url_password": ["PIP_INDEX_URL", "REPO_URL", "FTP_URL"],
    "bearer_token": ["API_TOKEN", "access_token", "SERVICE_TOKEN"],
    "basic_auth": ["BASIC_AUTH", "auth_header", "HTTP_AUTH"],
    "password_assignment": ["DB_PASSWORD", "password", "SMTP_PASSWORD", "admin_password",
                            "REDIS_PASSWORD", "keystore_pass"],
}


# --- look-alikes -----------------------------------------------------------------------------

def uuid4(rng: Random) -> Value:
    h = chars(rng, HEX, 32)
    return whole(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}")


def git_sha(rng: Random) -> Value:
    return whole(chars(rng, HEX, rng.choice([40, 40, 12, 7])))


def sha256_digest(rng: Random) -> Value:
    return whole(hashlib.sha256(rng.randbytes(16)).hexdigest())


def docker_digest(rng: Random) -> Value:
    return whole("sha256:" + hashlib.sha256(rng.randbytes(16)).hexdigest())


def sri_integrity(rng: Random) -> Value:
    return whole("sha512-" + base64.b64encode(hashlib.sha512(rng.randbytes(16)).digest()).decode())


def go_sum_hash(rng: Random) -> Value:
    return whole("h1:" + base64.b64encode(hashlib.sha256(rng.randbytes(16)).digest()).decode())


def md5_etag(rng: Random) -> Value:
    return whole(hashlib.md5(rng.randbytes(16)).hexdigest())


def base64_image(rng: Random) -> Value:
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", rng.randint(1, 64),
                                                            rng.randint(1, 64))
           + b"\x08\x06\x00\x00\x00" + rng.randbytes(rng.randint(40, 200)) + b"IEND\xaeB`\x82")
    return whole("data:image/png;base64," + base64.b64encode(png).decode())


def object_id(rng: Random) -> Value:
    prefix = rng.choice(["cus_", "ch_", "pi_", "in_", "sub_", "evt_", "req_", "txn_", "ord_"])
    return whole(prefix + chars(rng, ALNUM, rng.choice([14, 24])))


def trace_id(rng: Random) -> Value:
    return whole(chars(rng, HEX, rng.choice([32, 16])))


def css_colour(rng: Random) -> Value:
    return whole("#" + chars(rng, "0123456789abcdefABCDEF", rng.choice([3, 6, 8])))


def version_string(rng: Random) -> Value:
    major, minor, patch = rng.randint(0, 30), rng.randint(0, 40), rng.randint(0, 200)
    return whole(rng.choice([f"{major}.{minor}.{patch}", f"v{major}.{minor}.{patch}-rc.{patch % 5}",
                             f"{major}.{minor}.{patch}+build.{rng.randint(1000, 9999)}",
                             f"{major}.{minor}.{patch}.{rng.randint(1000, 30000)}"]))


def ssh_public_key(rng: Random) -> Value:
    key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32)).public_key()
    line = key.public_bytes(serialization.Encoding.OpenSSH,
                            serialization.PublicFormat.OpenSSH).decode()
    return whole(line + " " + rng.choice(["maria@laptop", "deploy@ci", "backup@nas"]))


def public_key_pem(rng: Random) -> Value:
    key = ec.derive_private_key(rng.getrandbits(255) + 1, ec.SECP256R1()).public_key()
    pem = key.public_bytes(serialization.Encoding.PEM,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return whole(pem.decode().strip())


def placeholder(rng: Random) -> Value:
    return whole(rng.choice([
        "sk_live_" + "X" * rng.choice([8, 24]), "<YOUR_API_KEY>", "${STRIPE_SECRET_KEY}",
        "your-api-key-here", "ghp_" + "x" * 36, "sk-...", "********", "<redacted>",
        "{{ secrets.NPM_TOKEN }}", "$(cat /run/secrets/db_password)", "REPLACE_ME",
        "xoxb-your-bot-token", "AIza" + "." * 6, "<paste token here>",
        "os.environ[\"OPENAI_API_KEY\"]", "sk-ant-" + "*" * 10, "glpat-XXXXXXXXXXXXXXXXXXXX",
        "npm_" + "0" * 36, "YOUR_SENDGRID_KEY", "%(DB_PASSWORD)s", "[REDACTED]",
        "sk_live_" + "0123456789abcdef" * 2, "${{ secrets.AWS_SECRET_ACCESS_KEY }}",
    ]))


def docs_example_key(rng: Random) -> Value:
    """AWS publishes AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; tutorials
    copy the convention (a body ending in EXAMPLE). They grant nothing."""
    choice = rng.random()
    if choice < 0.3:
        return whole(rng.choice(["AKIAIOSFODNN7EXAMPLE",
                                 "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]))
    if choice < 0.65:
        return whole("AKIA" + chars(rng, BASE32_UPPER, 9) + "EXAMPLE")
    return whole(chars(rng, B64, 30) + "EXAMPLEKEY")


LOOKALIKE_GENERATORS: dict[str, Generator] = {
    "uuid": uuid4,
    "git_sha": git_sha,
    "sha256": sha256_digest,
    "docker_digest": docker_digest,
    "sri_integrity": sri_integrity,
    "go_sum_hash": go_sum_hash,
    "md5_etag": md5_etag,
    "base64_image": base64_image,
    "object_id": object_id,
    "trace_id": trace_id,
    "css_colour": css_colour,
    "version": version_string,
    "ssh_public_key": ssh_public_key,
    "public_key_pem": public_key_pem,
    "placeholder": placeholder,
    "docs_example_key": docs_example_key,
}
