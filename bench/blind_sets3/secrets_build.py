"""Builds SECRETS (kind, text, value) and LOOKALIKES (kind, text) from seeded generators."""

from __future__ import annotations

import base64
import hashlib
import json
import string
from collections.abc import Callable
from random import Random

from blind_sets3 import secret_contexts as ctx
from blind_sets3 import secret_gen as g

UNUSUAL = ["cfg_blob", "k", "primary", "svc_auth", "x_value", "conn_extra", "magic", "blob2",
           "upstream_cred", "the_thing", "access", "hdr_val"]

SIMPLE_KINDS: list[tuple[str, g.Generator, list[str]]] = [
    ("aws_access_key_id", g.aws_access_key_id,
     ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId", "s3 key id"]),
    ("aws_secret_access_key", g.aws_secret_access_key,
     ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey", "s3_secret"]),
    ("github_token", g.github_token, ["GITHUB_TOKEN", "GH_TOKEN", "github_pat", "gh auth"]),
    ("github_fine_grained_pat", g.github_fine_grained, ["GITHUB_PAT", "repo_token", "ci_token"]),
    ("gitlab_token", g.gitlab_token, ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_pat"]),
    ("slack_token", g.slack_token, ["SLACK_BOT_TOKEN", "slack_token", "SLACK_USER_TOKEN"]),
    ("slack_webhook", g.slack_webhook, ["SLACK_WEBHOOK_URL", "alert_webhook", "notify_url"]),
    ("stripe_secret_key", g.stripe_secret, ["STRIPE_SECRET_KEY", "stripe_api_key", "sk"]),
    ("google_api_key", g.google_api_key, ["GOOGLE_API_KEY", "maps_key", "GEMINI_API_KEY"]),
    ("openai_api_key", g.openai_key, ["OPENAI_API_KEY", "openai_key", "llm_key"]),
    ("anthropic_api_key", g.anthropic_key, ["ANTHROPIC_API_KEY", "claude_key", "llm_api_key"]),
    ("twilio_api_key", g.twilio_api_key, ["TWILIO_API_KEY", "twilio_key_sid_secret", "sms_key"]),
    ("twilio_auth_token", g.twilio_auth_token, ["TWILIO_AUTH_TOKEN", "twilio_token", "authToken"]),
    ("sendgrid_api_key", g.sendgrid_key, ["SENDGRID_API_KEY", "mail_api_key", "SMTP_PASSWORD"]),
    ("npm_token", g.npm_token, ["NPM_TOKEN", "NODE_AUTH_TOKEN", "registry_token"]),
    ("pypi_token", g.pypi_token, ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"]),
    ("azure_storage_key", g.azure_storage_key, ["AZURE_STORAGE_KEY", "AccountKey", "blob_key"]),
    ("azure_client_secret", g.azure_client_secret,
     ["AZURE_CLIENT_SECRET", "clientSecret", "aad_app_secret"]),
    ("jwt", g.jwt, ["ACCESS_TOKEN", "id_token", "session_jwt", "auth"]),
    ("mailgun_api_key", g.mailgun_key, ["MAILGUN_API_KEY", "mg_key"]),
    ("huggingface_token", g.huggingface_token, ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "hub"]),
    ("digitalocean_token", g.digitalocean_token, ["DIGITALOCEAN_TOKEN", "DO_PAT", "doctl"]),
    ("shopify_token", g.shopify_token, ["SHOPIFY_ACCESS_TOKEN", "shop_admin_token"]),
    ("telegram_bot_token", g.telegram_bot_token, ["TELEGRAM_BOT_TOKEN", "bot_token", "tg"]),
    ("datadog_api_key", g.datadog_api_key, ["DD_API_KEY", "datadog_api_key", "dd-key"]),
    ("vault_token", g.vault_token, ["VAULT_TOKEN", "vault_auth", "hcv"]),
    ("generic_api_key", g.opaque_token, ["api_key", "X_API_KEY", "partner_secret", "apikey"]),
]

Sample = tuple[str, str, str]


def _simple(rng: Random, per_kind: int) -> list[Sample]:
    out: list[Sample] = []
    for kind, make, names in SIMPLE_KINDS:
        for index in range(per_kind):
            value = make(rng)
            roll = index % 4
            if roll == 3:
                context = rng.choice(ctx.UNNAMED)
                name = rng.choice(["", *names])
            else:
                context = rng.choice(ctx.NAMED)
                name = rng.choice(UNUSUAL) if roll == 2 else rng.choice(names)
            out.append((kind, context(rng, name, value), value))
    return out


def _pem_texts(rng: Random, pem: str) -> tuple[str, str]:
    escaped = pem.replace("\n", "\\n")
    choice = rng.randrange(5)
    if choice == 0:
        return pem + "\n", pem
    if choice == 1:
        account = {"type": "service_account", "project_id": f"proj-{rng.randint(1000, 9999)}",
                   "private_key_id": g.pick(rng, g.HEX, 40), "private_key": pem + "\n",
                   "client_email": f"deployer@proj-{rng.randint(10, 99)}.iam.gserviceaccount.com"}
        return json.dumps(account, indent=2), escaped
    if choice == 2:
        return f'SSH_PRIVATE_KEY="{escaped}"\nDEPLOY_HOST=web-2\n', escaped
    if choice == 3:
        return (f'resource "tls_self_signed_cert" "ca" {{\n  private_key_pem = <<EOF\n{pem}\nEOF\n'
                f"  validity_period_hours = 8760\n}}\n", pem)
    return f"here is the key for the staging box, keep it safe:\n```\n{pem}\n```\n", pem


def _pem(rng: Random, count: int) -> list[Sample]:
    out: list[Sample] = []
    for _ in range(count):
        text, value = _pem_texts(rng, g.pem_private_key(rng))
        out.append(("pem_private_key", text, value))
    return out


URL_SAFE_PW = string.ascii_letters + string.digits + "-_.~"


def _database_url(rng: Random, count: int) -> list[Sample]:
    out: list[Sample] = []
    schemes = ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "mssql"]
    for _ in range(count):
        pw = g.pick(rng, URL_SAFE_PW, rng.randint(12, 28))
        user = rng.choice(["app", "admin", "svc_report", "root", "etl"])
        scheme = rng.choice(schemes)
        host = rng.choice(["db.prod.internal", "cluster0.x1y2z.mongodb.net", "10.2.0.5:5432",
                           "mq.internal:5672", "cache-1:6379"])
        url = f"{scheme}://{user}:{pw}@{host}/{rng.choice(['orders', 'main', 'analytics', '0'])}"
        style = rng.randrange(4)
        if style == 0:
            text = ctx.dotenv(rng, rng.choice(["DATABASE_URL", "MONGO_URI", "BROKER_URL"]), url)
        elif style == 1:
            text = f"engine = create_engine(\"{url}\", pool_pre_ping=True)\n"
        elif style == 2:
            text = f"INFO  migrate: connecting to {url} (attempt 1/3)\n"
        else:
            text = (f"spring.datasource.url=jdbc:postgresql://db:5432/app?user={user}&password={pw}"
                    f"\nspring.jpa.hibernate.ddl-auto=validate\n")
        out.append(("database_password", text, pw))
    return out


def _http_auth(rng: Random, count: int) -> list[Sample]:
    out: list[Sample] = []
    for index in range(count):
        if index % 3 == 0:
            creds = f"{rng.choice(['admin', 'deploy', 'api'])}:{g.password(rng)}"
            value = base64.b64encode(creds.encode()).decode()
            header = f"Authorization: Basic {value}"
            kind = "basic_auth"
        elif index % 3 == 1:
            value = g.opaque_token(rng)
            header = f"Authorization: Bearer {value}"
            kind = "bearer_token"
        else:
            value = g.pick(rng, URL_SAFE_PW, rng.randint(10, 20))
            user = rng.choice(["ci", "deploy", "x-access-token"])
            url = f"https://{user}:{value}@git.corp.io/a.git"
            out.append(("url_credentials", rng.choice([
                f"git remote add origin {url}\n", f"[remote \"origin\"]\n\turl = {url}\n",
                f"pip install --index-url https://pypi:{value}@pkgs.corp.io/simple app\n",
            ]), value))
            continue
        out.append((kind, rng.choice([
            f"curl -sS -H '{header}' https://api.{rng.choice(ctx.SERVICES)}.io/v2/items\n",
            f"GET /v1/reports HTTP/1.1\nHost: reports.internal\n{header}\nAccept: */*\n",
            f"headers = {{\"{header.split(': ')[0]}\": \"{header.split(': ')[1]}\"}}\n",
            f"> {header}\n> User-Agent: okhttp/4.12\n< HTTP/1.1 200 OK\n",
        ]), value))
    return out


def _passwords(rng: Random, count: int) -> list[Sample]:
    names = ["password", "db_password", "SMTP_PASS", "passwd", "admin_pw", "pwd", "passphrase",
             "keystore.password", "redis_auth", "root-password"]
    out: list[Sample] = []
    for index in range(count):
        value = g.password(rng)
        if index % 4 == 3:
            text = rng.choice([
                f"wifi for the offsite: network Harbor-Guest, password {value}\n",
                f"@here the shared admin login is ops / {value} until we set up SSO\n",
                f"mysql -u root -p'{value}' -h 127.0.0.1 orders < dump.sql\n",
            ])
        else:
            context = rng.choice([ctx.yaml_config, ctx.ini_file, ctx.java_properties,
                                  ctx.json_config, ctx.dotenv, ctx.xml_config, ctx.k8s_secret])
            text = context(rng, rng.choice(names), value)
        out.append(("password_in_config", text, value))
    return out


def build_secrets(rng: Random) -> list[Sample]:
    return (_simple(rng, 8) + _pem(rng, 12) + _database_url(rng, 12) + _http_auth(rng, 15)
            + _passwords(rng, 14))


# --- look-alikes ---------------------------------------------------------------------------

def _sha1(rng: Random) -> str:
    return hashlib.sha1(rng.randbytes(20)).hexdigest()


def _sha256(rng: Random) -> str:
    return rng.choice(["", "sha256:"]) + hashlib.sha256(rng.randbytes(20)).hexdigest()


def _uuid(rng: Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _version(rng: Random) -> str:
    base = f"{rng.randint(0, 24)}.{rng.randint(0, 40)}.{rng.randint(0, 99)}"
    return rng.choice([base, "v" + base, base + "-rc." + str(rng.randint(1, 5)),
                       base + "+build." + str(rng.randint(100, 9999))])


def _data_uri(rng: Random) -> str:
    image = b"\x89PNG\r\n\x1a\n" + rng.randbytes(48)
    return "data:image/png;base64," + base64.b64encode(image).decode()


PLACEHOLDERS = [
    "<your-api-key>", "YOUR_API_KEY_HERE", "sk-...", "xxxxxxxxxxxxxxxxxxxxxxxx", "<token>",
    "REPLACE_ME", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_****************",
    "AKIAXXXXXXXXXXXXXXXX", "your-secret-here", "<paste key>", "TODO-set-in-vault",
    "changeit-in-prod-see-runbook", "insert_token", "{{API_KEY}}", "%API_TOKEN%",
]

DOC_EXAMPLES = [
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwia"
    "WF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "xoxb-not-a-real-token-this-will-not-work",
]

ENV_REFERENCES = [
    "${DB_PASSWORD}", "$(cat /run/secrets/api_key)", "os.environ['OPENAI_API_KEY']",
    "process.env.STRIPE_SECRET_KEY", "{{ .Values.auth.token }}", "${{ secrets.NPM_TOKEN }}",
    "vault:secret/data/payments#api_key", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
    "!env GITHUB_TOKEN", "ENC[AES256_GCM,data:...,type:str]", "@Microsoft.KeyVault(SecretUri=...)",
]

MASKED = ["********", "[REDACTED]", "sk-...4f2a", "ghp_****...****Wx3Z", "•••••••••",
          "<hidden>", "****-****-****-1234", "xoxb-****", "AKIA****************"]


def _from(pool: list[str]) -> Callable[[Random], str]:
    return lambda rng: rng.choice(pool)


def _stripe_publishable(rng: Random) -> str:
    return "pk_live_" + g.pick(rng, g.ALNUM, rng.choice([24, 99]))


def _twilio_sid(rng: Random) -> str:
    return "AC" + g.pick(rng, g.HEX, 32)


def _oauth_client_id(rng: Random) -> str:
    suffix = g.pick(rng, string.ascii_lowercase + string.digits, 32)
    return (f"{rng.randint(10**11, 10**12 - 1)}-{suffix}"
            ".apps.googleusercontent.com")


def _stripe_object(rng: Random) -> str:
    return rng.choice(["cus_", "ch_", "price_", "prod_", "in_", "sub_"]) + g.pick(rng, g.ALNUM, 14)


def _slack_id(rng: Random) -> str:
    return rng.choice("CUTGW") + "0" + g.pick(rng, string.ascii_uppercase + string.digits, 8)


def _integrity(rng: Random) -> str:
    return "sha512-" + base64.b64encode(rng.randbytes(64)).decode()


def _object_id(rng: Random) -> str:
    if rng.random() < 0.5:
        return g.pick(rng, g.HEX, 24)
    return "01" + g.pick(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


def _arn(rng: Random) -> str:
    return (f"arn:aws:iam::{rng.randint(10**11, 10**12 - 1)}:role/"
            f"{rng.choice(['deploy', 'ci-runner', 'readonly', 'lambda-exec'])}")


def _gpg_fingerprint(rng: Random) -> str:
    raw = g.pick(rng, "0123456789ABCDEF", 40)
    return " ".join(raw[i:i + 4] for i in range(0, 40, 4))


def _ssh_fingerprint(rng: Random) -> str:
    return "SHA256:" + base64.b64encode(rng.randbytes(32)).decode().rstrip("=")


def _asset_hash(rng: Random) -> str:
    return f"assets/{rng.choice(['app', 'vendor', 'main', 'runtime'])}.{g.pick(rng, g.HEX, 8)}.js"


def _btc_address(rng: Random) -> str:
    return "bc1q" + g.pick(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)


def _jwk_modulus(rng: Random) -> str:
    return g.b64url(rng.randbytes(256))


def _etag(rng: Random) -> str:
    return f'W/"{g.pick(rng, g.HEX, 32)}"'


LOOKALIKE_KINDS: list[tuple[str, Callable[[Random], str], list[str]]] = [
    ("git_commit_sha", _sha1, ["GIT_SHA", "commit", "revision", "source_version"]),
    ("sha256_digest", _sha256, ["checksum", "image_digest", "sha256", "content_hash"]),
    ("uuid", _uuid, ["request_id", "tenant_id", "idempotency_key", "client_id"]),
    ("base64_image", _data_uri, ["icon", "logo_data", "placeholder_image"]),
    ("version", _version, ["APP_VERSION", "version", "release", "chart_version"]),
    ("placeholder", _from(PLACEHOLDERS), ["API_KEY", "OPENAI_API_KEY", "token", "password"]),
    ("doc_example", _from(DOC_EXAMPLES), ["AWS_ACCESS_KEY_ID", "example_token", "aws_secret"]),
    ("env_reference", _from(ENV_REFERENCES), ["password", "api_key", "token", "secret"]),
    ("masked", _from(MASKED), ["password", "api_key", "token", "card"]),
    ("stripe_publishable_key", _stripe_publishable, ["STRIPE_PUBLISHABLE_KEY", "publicKey"]),
    ("twilio_account_sid", _twilio_sid, ["TWILIO_ACCOUNT_SID", "account_sid"]),
    ("oauth_client_id", _oauth_client_id, ["GOOGLE_CLIENT_ID", "client_id", "oauth_client"]),
    ("stripe_object_id", _stripe_object, ["customer", "price_id", "invoice_ref"]),
    ("slack_id", _slack_id, ["channel", "SLACK_CHANNEL_ID", "user_id"]),
    ("npm_integrity", _integrity, ["integrity", "sri_hash"]),
    ("object_id", _object_id, ["_id", "ulid", "order_key", "record"]),
    ("aws_arn", _arn, ["ROLE_ARN", "role_arn", "assume_role"]),
    ("gpg_fingerprint", _gpg_fingerprint, ["signing_key", "gpg_fingerprint"]),
    ("ssh_host_fingerprint", _ssh_fingerprint, ["host_key_fingerprint", "known_host"]),
    ("asset_path", _asset_hash, ["bundle", "entry", "script_src"]),
    ("bitcoin_address", _btc_address, ["donation_address", "btc", "payout_wallet"]),
    ("jwk_modulus", _jwk_modulus, ["n", "modulus", "public_key_n"]),
    ("etag", _etag, ["etag", "If-None-Match", "cache_key"]),
]


def _pem_lookalikes(rng: Random, count: int) -> list[tuple[str, str]]:
    out = []
    for index in range(count):
        key: g.PrivateKey = g.ed_key(rng) if index % 2 else g.ec_key(rng)
        if index % 3 == 0:
            ed = g.ed_key(rng)
            host = f"{rng.choice(['api', 'mail', 'vpn'])}.{rng.choice(['corp.io', 'example.org'])}"
            out.append(("certificate", f"# server certificate for {host}\n"
                        + g.certificate_pem(ed, host, rng) + "\n"))
        elif index % 3 == 1:
            out.append(("pem_public_key", rng.choice(["-- verify webhooks with this key:\n",
                                                      "jwt_public_key: |\n", ""])
                        + g.public_pem(key) + "\n"))
        else:
            line = g.ssh_public(key, rng.choice(["deploy@ci", "lea@laptop", "backup"]))
            out.append(("ssh_public_key", rng.choice([
                f"# ~/.ssh/authorized_keys\n{line}\n",
                f"users:\n  - name: deploy\n    ssh_authorized_keys:\n      - {line}\n",
                f"Add this deploy key (read-only) to the repository settings:\n{line}\n",
            ])))
    return out


def build_lookalikes(rng: Random, per_kind: int = 13) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, make, names in LOOKALIKE_KINDS:
        for index in range(per_kind):
            value = make(rng)
            if index % 4 == 3:
                context = rng.choice(ctx.UNNAMED)
                name = rng.choice(["", *names])
            else:
                context = rng.choice(ctx.NAMED)
                name = rng.choice(names)
            out.append((kind, context(rng, name, value)))
    return out + _pem_lookalikes(rng, 18)
