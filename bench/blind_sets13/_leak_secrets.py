# ruff: noqa: E501
"""Secrets planted in realistic text, and secret look-alikes (blind set 13)."""

from __future__ import annotations

import base64
import json
from random import Random

from ._leak_values import ALNUM, HEX, mixed, rs, secret_value
from ._util import FIRST, date, hhmm, name

SECRET_KINDS = [
    "aws_access_key_id", "aws_secret_access_key", "github_pat", "github_fine_grained_pat",
    "github_app_token", "gitlab_pat", "slack_bot_token", "slack_user_token", "stripe_secret_key",
    "stripe_restricted_key", "stripe_webhook_secret", "openai_api_key", "anthropic_api_key",
    "google_api_key", "twilio_api_key", "sendgrid_api_key", "npm_token", "pypi_token",
    "huggingface_token", "azure_storage_key", "digitalocean_token", "shopify_token",
    "mailgun_api_key", "datadog_api_key", "telegram_bot_token", "linear_api_key", "newrelic_key",
    "jwt", "pem_private_key", "openssh_private_key", "database_url_password",
    "basic_auth_password", "bearer_token", "generic_secret", "password_in_config",
]

VARS = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"],
    "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
    "github_pat": ["GITHUB_TOKEN", "GH_TOKEN", "github_token"],
    "github_fine_grained_pat": ["GITHUB_PAT", "GH_TOKEN", "RELEASE_TOKEN"],
    "github_app_token": ["GITHUB_TOKEN", "GH_APP_TOKEN", "token"],
    "gitlab_pat": ["GITLAB_TOKEN", "GL_TOKEN", "gitlab_api_token"],
    "slack_bot_token": ["SLACK_BOT_TOKEN", "slack_token", "SLACK_TOKEN"],
    "slack_user_token": ["SLACK_USER_TOKEN", "slack_legacy_token"],
    "stripe_secret_key": ["STRIPE_SECRET_KEY", "stripe_api_key", "STRIPE_KEY"],
    "stripe_restricted_key": ["STRIPE_RESTRICTED_KEY", "stripe_reporting_key"],
    "stripe_webhook_secret": ["STRIPE_WEBHOOK_SECRET", "webhook_signing_secret"],
    "openai_api_key": ["OPENAI_API_KEY", "openai_key", "OPENAI_KEY"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY", "anthropic_key"],
    "google_api_key": ["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY", "places_api_key"],
    "twilio_api_key": ["TWILIO_API_KEY", "twilio_api_key_sid"],
    "sendgrid_api_key": ["SENDGRID_API_KEY", "sendgrid_key"],
    "npm_token": ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
    "pypi_token": ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"],
    "huggingface_token": ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"],
    "azure_storage_key": ["AZURE_STORAGE_KEY", "storage_account_key"],
    "digitalocean_token": ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"],
    "shopify_token": ["SHOPIFY_ACCESS_TOKEN", "shopify_admin_token"],
    "mailgun_api_key": ["MAILGUN_API_KEY", "mailgun_key"],
    "datadog_api_key": ["DD_API_KEY", "DATADOG_API_KEY"],
    "telegram_bot_token": ["TELEGRAM_BOT_TOKEN", "BOT_TOKEN"],
    "linear_api_key": ["LINEAR_API_KEY", "linear_token"],
    "newrelic_key": ["NEW_RELIC_API_KEY", "NEW_RELIC_USER_KEY"],
    "jwt": ["ACCESS_TOKEN", "id_token", "SERVICE_JWT"],
    "bearer_token": ["API_TOKEN", "AUTH_TOKEN", "access_token"],
    "generic_secret": ["SESSION_SECRET", "SECRET_KEY_BASE", "DJANGO_SECRET_KEY", "JWT_SIGNING_KEY", "COOKIE_SECRET", "APP_KEY", "ENCRYPTION_KEY", "NEXTAUTH_SECRET"],
    "password_in_config": ["DB_PASSWORD", "password", "SMTP_PASSWORD", "REDIS_PASSWORD", "admin_password", "MYSQL_ROOT_PASSWORD"],
}

BENIGN_CFG = [
    ("PORT", lambda r: str(r.choice([3000, 5000, 8000, 8080, 8443, 9000]))), ("LOG_LEVEL", lambda r: r.choice(["info", "debug", "warn"])),
    ("NODE_ENV", lambda r: r.choice(["production", "staging", "development"])), ("REGION", lambda r: r.choice(["eu-west-1", "us-east-2", "ap-southeast-1"])),
    ("APP_NAME", lambda r: r.choice(["shopfront", "booking-api", "recipes-web", "parcel-tracker", "loyalty-svc"])),
    ("TIMEOUT_SECONDS", lambda r: str(r.randint(5, 120))), ("FEATURE_NEW_CHECKOUT", lambda r: r.choice(["true", "false"])),
    ("CACHE_TTL", lambda r: str(r.choice([60, 300, 3600]))), ("MAX_UPLOAD_MB", lambda r: str(r.randint(5, 200))),
    ("TZ", lambda r: r.choice(["Europe/London", "UTC", "America/Chicago"])), ("SENTRY_ENVIRONMENT", lambda r: r.choice(["prod", "staging"])),
    ("WORKERS", lambda r: str(r.randint(1, 16))), ("DEFAULT_CURRENCY", lambda r: r.choice(["EUR", "GBP", "USD"])),
    ("SMTP_HOST", lambda r: r.choice(["smtp.mailhost.example", "mail.internal", "smtp.eu.example"])), ("DB_HOST", lambda r: r.choice(["db", "postgres.internal", "10.0.3.17"])),
]

CHAT_LINES = [
    "here's the key for staging, don't lose it again:",
    "can someone rotate this after the demo? using it for now:",
    "prod creds for the new integration, paste into the vault when you get a sec",
    "this is the one that works, the old one got revoked yesterday",
    "ok found it in my notes",
    "sorry for pasting this here, DMs are broken",
    "for the hackathon box only, it's scoped to read",
    "try this one instead:",
    "fyi I generated a fresh one this morning",
    "if the webhook still fails with this one it's not the key",
    "new token for the nightly job",
    "temporary, I'll revoke it on {date}",
    "the contractor needs this to finish the import",
]
CHAT_AFTER = [
    "thanks, will move it to the secret store",
    "got it 👍",
    "works now, cheers",
    "please delete that message once you've copied it",
    "you really shouldn't post these in here 😬",
    "rotating it tomorrow morning",
    "confirmed, the sync ran",
    "adding it to the CI variables now",
]
EMAIL_LINES = [
    "As discussed on the call, here are the credentials for the sandbox environment.",
    "Please find below the access details you requested for the data export.",
    "The vendor sent the new key this morning; I've copied it below.",
    "Could you update the integration with the following value before Friday?",
    "Apologies for sending this by e-mail, the password manager invite didn't arrive.",
    "Here is the token for the reporting dashboard. It expires at the end of the quarter.",
    "I've set up the account for the agency; their login details are below.",
    "The previous key was leaked in a screenshot, so we've issued a new one.",
]
README_LINES = [
    "Quick start for local development.",
    "Copy the snippet below into your shell before running the sync script.",
    "The integration tests talk to the real sandbox, so they need a working key.",
    "Ask {first} if the build fails with a 401.",
    "These settings are for the demo laptop only.",
    "Known issue: the importer times out on very large catalogues.",
    "Run the migrations first, then start the worker.",
]


def _cfg_lines(r: Random, k: int, style: str) -> list[str]:
    out = []
    for key, fn in r.sample(BENIGN_CFG, k):
        val = fn(r)
        if style == "env":
            out.append(f"{key}={val}")
        elif style == "yaml":
            out.append(f"{key.lower()}: {val}")
        elif style == "toml":
            out.append(f'{key.lower()} = "{val}"')
        elif style == "export":
            out.append(f"export {key}={val}")
    return out


def _ts(r: Random) -> str:
    return f"{r.choice([2024, 2025])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{hhmm(r)}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"


def _generic_ctx(r: Random, var: str, value: str) -> str:
    style = r.randrange(14)
    if style == 0:
        lines = _cfg_lines(r, r.randint(3, 7), "env")
        lines.insert(r.randint(0, len(lines)), f"{var.upper()}={value}")
        return f"# .env — {r.choice(['local', 'staging', 'shared dev'])} settings, updated {date(r)}\n" + "\n".join(lines)
    if style == 1:
        lines = _cfg_lines(r, r.randint(3, 6), "yaml")
        lines.insert(r.randint(0, len(lines)), f"{var.lower()}: \"{value}\"")
        return f"# config/{r.choice(['app', 'settings', 'integrations', 'prod'])}.yaml\n{r.choice(['app', 'service', 'integration'])}:\n" + "\n".join("  " + x for x in lines)
    if style == 2:
        obj = {k.lower(): fn(r) for k, fn in r.sample(BENIGN_CFG, r.randint(2, 5))}
        obj[var.lower()] = value
        items = list(obj.items())
        r.shuffle(items)
        return json.dumps(dict(items), indent=2)
    if style == 3:
        lines = _cfg_lines(r, r.randint(2, 5), "export")
        lines.insert(r.randint(0, len(lines)), f"export {var.upper()}=\"{value}\"")
        return "#!/usr/bin/env bash\nset -euo pipefail\n" + "\n".join(lines) + f"\n\n./bin/{r.choice(['sync', 'deploy', 'import-catalogue', 'nightly'])} --{r.choice(['verbose', 'dry-run', 'all'])}"
    if style == 4:
        fn_name = r.choice(["get_client", "make_session", "connect", "build_api"])
        return (f"import os\nimport requests\n\n# TODO move to settings before merging\n{var.upper()} = \"{value}\"\n\n\n"
                f"def {fn_name}():\n    s = requests.Session()\n    s.headers[\"User-Agent\"] = \"{r.choice(['shop-sync', 'tracker', 'reporter'])}/{r.randint(1, 9)}.{r.randint(0, 20)}\"\n"
                f"    s.headers[\"Authorization\"] = f\"Bearer {{{var.upper()}}}\"\n    return s\n")
    if style == 5:
        return (f"// {r.choice(['src/lib/client.ts', 'server/config.js', 'scripts/seed.mjs'])}\n"
                f"const {var.lower().replace('-', '_')} = process.env.{var.upper()} ?? '{value}';\n"
                f"export const client = createClient({{ apiKey: {var.lower().replace('-', '_')}, timeout: {r.randint(2, 30)}_000 }});\n")
    if style == 6:
        run = r.randint(1000, 99999)
        return (f"Run #{run} · {r.choice(['build', 'deploy', 'release'])} · {_ts(r)}\n"
                f"> Run {r.choice(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/setup-python@v5'])}\n"
                f"> Run echo \"{var.upper()}={value}\" >> $GITHUB_ENV\n"
                f"  shell: /usr/bin/bash -e {{0}}\n> Run {r.choice(['npm ci', 'pip install -r requirements.txt', 'make build'])}\n"
                f"added {r.randint(100, 1500)} packages in {r.randint(3, 60)}s\n")
    if style == 7:
        who, other = name(r), name(r)
        line = r.choice(CHAT_LINES).replace("{date}", date(r))
        after = r.choice(CHAT_AFTER)
        return (f"#{r.choice(['dev', 'integrations', 'ops-chat', 'shop-backend', 'random'])} · {date(r)}\n"
                f"{who} {hhmm(r)}\n{line}\n{value}\n\n{other} {hhmm(r)}\n{after}")
    if style == 8:
        sender, to = name(r), name(r)
        return (f"From: {sender}\nTo: {to}\nSubject: {r.choice(['Access details', 'New key', 'Credentials for sandbox', 'Re: integration', 'Token'])}\n\n"
                f"Hi {to.split()[0]},\n\n{r.choice(EMAIL_LINES)}\n\n{var.upper()}: {value}\n\n"
                f"{r.choice(['Let me know if it works.', 'Shout if anything is unclear.', 'Thanks!', 'Best,'])}\n{sender.split()[0]}")
    if style == 9:
        return (f"curl -s https://api.{r.choice(['shop', 'vendor', 'partner', 'billing'])}.example/v{r.randint(1, 3)}/{r.choice(['orders', 'items', 'customers', 'events'])} \\\n"
                f"  -H \"Authorization: Bearer {value}\" \\\n  -H \"Accept: application/json\" | jq '.data[] | .id'")
    if style == 10:
        return (f"services:\n  {r.choice(['web', 'worker', 'api'])}:\n    image: {r.choice(['shopfront', 'booking', 'recipes'])}:{r.randint(1, 9)}.{r.randint(0, 30)}\n"
                f"    environment:\n      - {_cfg_lines(r, 1, 'env')[0]}\n      - {var.upper()}={value}\n      - {_cfg_lines(r, 1, 'env')[0]}\n"
                f"    ports:\n      - \"{r.choice([8080, 3000, 5000])}:{r.choice([8080, 3000, 5000])}\"\n")
    if style == 11:
        return (f"resource \"{r.choice(['vault_generic_secret', 'kubernetes_secret', 'github_actions_secret'])}\" \"{r.choice(['app', 'integration', 'ci'])}\" {{\n"
                f"  name = \"{var.lower()}\"\n  # FIXME: pull from the secrets manager instead\n  plaintext_value = \"{value}\"\n}}\n")
    if style == 12:
        return (f"[{r.choice(['default', 'integration', 'production', 'service'])}]\n{_cfg_lines(r, 1, 'toml')[0]}\n{var.lower()} = \"{value}\"\n{_cfg_lines(r, 1, 'toml')[0]}\n")
    return (f"# {r.choice(['Shop sync', 'Parcel tracker', 'Recipe importer', 'Price watcher'])}\n\n{r.choice(README_LINES).replace('{first}', r.choice(FIRST))}\n\n"
            f"```bash\nexport {var.upper()}={value}\npython -m {r.choice(['sync', 'tracker', 'importer'])} --since {date(r)}\n```\n\n{r.choice(README_LINES).replace('{first}', r.choice(FIRST))}")


def _special_ctx(r: Random, kind: str, value: str) -> str | None:
    if kind == "database_url_password":
        user = r.choice(["app", "shop", "admin", "reporting", "svc_booking", "postgres"])
        host = r.choice(["db.internal", "prod-db.cluster-abc.eu-west-1.rds.example.com", "10.0.4.12", "mysql.service", "cluster0.mongo.example.net"])
        scheme = r.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
        url = f"{scheme}://{user}:{value}@{host}" + ("" if scheme == "mongodb+srv" else f":{r.choice([5432, 3306, 6379, 5672])}") + f"/{r.choice(['shop', 'bookings', 'app', '0'])}"
        style = r.randrange(4)
        if style == 0:
            return f"DATABASE_URL={url}\n" + "\n".join(_cfg_lines(r, r.randint(2, 5), "env"))
        if style == 1:
            return (f"Traceback (most recent call last):\n  File \"/srv/app/db.py\", line {r.randint(10, 200)}, in connect\n    engine = create_engine(\"{url}\")\n"
                    f"sqlalchemy.exc.OperationalError: could not connect to server: Connection timed out\n\tIs the server running on host and accepting TCP/IP connections?")
        if style == 2:
            return f"{_ts(r)} INFO  worker[{r.randint(100, 9999)}] connecting to {url} (pool={r.randint(2, 20)})\n{_ts(r)} INFO  worker[{r.randint(100, 9999)}] connected in {r.randint(3, 900)} ms"
        return f"spring:\n  datasource:\n    url: jdbc:{scheme}://{host}/{r.choice(['shop', 'app'])}\n    username: {user}\n    password: {value}\n  jpa:\n    open-in-view: false\n"
    if kind == "basic_auth_password":
        user = r.choice(["deploy", "ci", "admin", name(r).split()[0].lower(), "grafana"])
        host = r.choice(["registry.example.com", "nexus.internal", "grafana.shop.example", "artifacts.corp.example", "git.example.org"])
        style = r.randrange(4)
        if style == 0:
            return f"$ git remote -v\norigin\thttps://{user}:{value}@{host}/{r.choice(['shop', 'web', 'infra'])}/{r.choice(['frontend', 'api', 'terraform'])}.git (fetch)\norigin\thttps://{user}:{value}@{host}/shop/api.git (push)"
        if style == 1:
            return f"pip install --index-url https://{user}:{value}@{host}/simple/ {r.choice(['internal-utils', 'shop-sdk', 'pricing'])}=={r.randint(0, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
        if style == 2:
            return f"curl -u {user}:{value} https://{host}/api/{r.choice(['health', 'dashboards', 'v1/builds'])} -o out.json"
        return f"[{r.choice(['monitor', 'backup', 'uploader'])}]\nendpoint = https://{user}:{value}@{host}/webdav/\nretries = {r.randint(1, 5)}"
    if kind == "azure_storage_key":
        acct = r.choice(["shopassets", "bookingsprod", "recipesimg", "backups" + str(r.randint(10, 99))])
        return (f"AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={value};EndpointSuffix=core.windows.net\"\n"
                + "\n".join(_cfg_lines(r, r.randint(1, 4), "env")))
    if kind == "npm_token" and r.random() < 0.4:
        return f"# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={value}\n@{r.choice(['shop', 'acme', 'team'])}:registry=https://npm.pkg.example.com/\nsave-exact=true"
    if kind == "pypi_token" and r.random() < 0.4:
        return f"# ~/.pypirc\n[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {value}\n"
    if kind in ("pem_private_key", "openssh_private_key"):
        style = r.randrange(3)
        if style == 0:
            return f"$ cat {r.choice(['deploy_key', 'id_ed25519', 'server.key', 'tls/private.pem'])}\n{value}\n$ chmod 600 {r.choice(['deploy_key', 'server.key'])}"
        if style == 1:
            indented = "\n".join("    " + ln for ln in value.splitlines())
            return f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(['tls-cert', 'git-deploy', 'sftp-key'])}\ntype: Opaque\nstringData:\n  key.pem: |\n{indented}\n"
        return f"{name(r)} {hhmm(r)}\nhere's the key for the SFTP drop, the partner needs it today\n{value}"
    if kind == "bearer_token":
        style = r.randrange(3)
        if style == 0:
            return (f"{_ts(r)} DEBUG http.client: send: b'GET /v2/{r.choice(['orders', 'profile', 'tickets'])}?page={r.randint(1, 9)} HTTP/1.1\\r\\n"
                    f"Host: api.{r.choice(['shop', 'travel', 'parcel'])}.example\\r\\nAuthorization: Bearer {value}\\r\\nAccept: */*\\r\\n'\n"
                    f"{_ts(r)} DEBUG http.client: reply: 'HTTP/1.1 200 OK'")
        if style == 1:
            return f"GET /api/me HTTP/1.1\nHost: app.{r.choice(['recipes', 'booking', 'loyalty'])}.example\nAuthorization: Bearer {value}\nUser-Agent: Mozilla/5.0\nAccept-Language: en-GB"
        return None
    if kind == "jwt" and r.random() < 0.5:
        return (f"Request headers\n:authority: {r.choice(['api', 'app', 'auth'])}.{r.choice(['shop', 'tickets', 'bank'])}.example\n:method: GET\n"
                f"cookie: session_id={value}; theme=dark\nreferer: https://www.example.com/account\n")
    return None


def secret_text(r: Random, kind: str) -> tuple[str, str]:
    value = secret_value(r, kind)
    text = _special_ctx(r, kind, value)
    if text is None:
        var = r.choice(VARS.get(kind, ["SECRET"]))
        text = _generic_ctx(r, var, value)
    return text, value


# ---- look-alikes ------------------------------------------------------------------------------

LOOKALIKE_KINDS = [
    "sha256_checksum", "git_commit", "uuid", "docker_digest", "sri_integrity", "ssh_public_key",
    "certificate", "placeholder", "env_reference", "vendor_example_key", "build_id", "object_id",
    "base64_image", "public_identifier", "hash_in_lockfile", "public_key_pem", "go_sum",
    "git_lfs_pointer", "css_colors", "http_headers", "pgp_public_key", "md5_manifest",
]


def _sha(r: Random, n: int = 64) -> str:
    return rs(r, HEX, n)


def lookalike_text(r: Random, kind: str) -> str:
    if kind == "sha256_checksum":
        files = [f"{r.choice(['shopfront', 'tracker', 'recipes', 'cli'])}-{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}-{r.choice(['linux-amd64', 'darwin-arm64', 'windows-x64'])}.{r.choice(['tar.gz', 'zip'])}" for _ in range(r.randint(2, 5))]
        return f"# SHA256SUMS for release {date(r)}\n" + "\n".join(f"{_sha(r)}  {f}" for f in files) + "\n\nVerify with: sha256sum -c SHA256SUMS"
    if kind == "git_commit":
        out = []
        for _ in range(r.randint(3, 6)):
            out.append(f"commit {_sha(r, 40)}\nAuthor: {name(r)} <{r.choice(FIRST).lower()}@example.com>\nDate:   {date(r)} {hhmm(r)}\n\n    {r.choice(['Fix rounding in basket totals', 'Bump dependencies', 'Add Portuguese translations', 'Refactor price watcher', 'Handle empty search results', 'Update README'])}\n")
        return "\n".join(out)
    if kind == "uuid":
        import uuid as _u
        ids = [str(_u.UUID(int=r.getrandbits(128), version=4)) for _ in range(4)]
        return json.dumps({"request_id": ids[0], "order": {"id": ids[1], "customer_ref": ids[2], "items": r.randint(1, 9)},
                           "idempotency_key": ids[3], "created": _ts(r)}, indent=2)
    if kind == "docker_digest":
        img = r.choice(["nginx", "postgres", "redis", "python", "node", "shopfront/web"])
        return (f"$ docker pull {img}:{r.choice(['latest', '1.27', '16-alpine', '3.12-slim'])}\n{r.choice(['latest', '1.27'])}: Pulling from library/{img}\n"
                + "\n".join(f"{_sha(r, 12)}: Pull complete" for _ in range(r.randint(2, 5)))
                + f"\nDigest: sha256:{_sha(r)}\nStatus: Downloaded newer image for {img}")
    if kind == "sri_integrity":
        lib = r.choice(["bootstrap.min.css", "alpine.min.js", "htmx.min.js", "chart.umd.js"])
        h = base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()
        return f'<link rel="preload" href="https://cdn.example.net/{lib}" as="script">\n<script src="https://cdn.example.net/{lib}" integrity="sha384-{h}" crossorigin="anonymous"></script>'
    if kind == "ssh_public_key":
        keys = []
        for _ in range(r.randint(1, 3)):
            if r.random() < 0.5:
                blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(r.randrange(256) for _ in range(32))).decode()
                keys.append(f"ssh-ed25519 {blob} {r.choice(FIRST).lower()}@{r.choice(['laptop', 'desktop', 'build'])}")
            else:
                blob = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01" + bytes(r.randrange(256) for _ in range(260))).decode()
                keys.append(f"ssh-rsa {blob} {r.choice(FIRST).lower()}@{r.choice(['work', 'home', 'ci'])}")
        return "# ~/.ssh/authorized_keys — public keys only\n" + "\n".join(keys)
    if kind == "certificate":
        body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(600, 900)))).decode()
        pem = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        return f"Server certificate for {r.choice(['shop', 'mail', 'www'])}.example.org (valid until {date(r)}):\n-----BEGIN CERTIFICATE-----\n{pem}\n-----END CERTIFICATE-----"
    if kind == "public_key_pem":
        body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([91, 294])))).decode()
        pem = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        lead = r.choice(["Webhook verification key:", "Public key (share freely):", "Our signing key, public part:", "JWKS fallback key:", "Partner encryption key:"])
        return f"{lead}\n\n-----BEGIN PUBLIC KEY-----\n{pem}\n-----END PUBLIC KEY-----"
    if kind == "placeholder":
        ph = r.choice(["sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "<your-token>", "YOUR_API_KEY_HERE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                       "xoxb-your-bot-token", "changeme-in-production", "AKIAXXXXXXXXXXXXXXXX", "sk-...your key...", "<paste your key>", "REPLACE_ME",
                       "postgres://user:password@localhost:5432/db", "hf_********************************", "********", "${SECRET_FROM_VAULT}"])
        var = r.choice(["API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "DATABASE_URL", "HF_TOKEN", "OPENAI_API_KEY"])
        head = r.choice(["# .env.example", "# template — fill in locally", "# sample settings", "# copy me to .env", "## example config"])
        tail = r.choice(["# do not commit .env", "# see docs/setup.md", "# real values live in the vault", "# ask ops for access",
                         "# placeholders only", "# values below are dummies", "# rotate keys yearly", ""])
        return f"{head}\n{var}={ph}\n" + "\n".join(_cfg_lines(r, r.randint(2, 4), "env")) + f"\n{tail}"
    if kind == "env_reference":
        style = r.randrange(3)
        if style == 0:
            return (f"jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n"
                    f"        env:\n          NODE_AUTH_TOKEN: ${{{{ secrets.{r.choice(['NPM_TOKEN', 'PUBLISH_TOKEN'])} }}}}\n")
        if style == 1:
            return f"import os\n\nSTRIPE_KEY = os.environ[\"{r.choice(['STRIPE_SECRET_KEY', 'STRIPE_KEY'])}\"]\nDB_URL = os.getenv(\"DATABASE_URL\", \"sqlite:///local.db\")\nTIMEOUT = int(os.getenv(\"TIMEOUT\", \"{r.randint(5, 60)}\"))\n"
        return f"password: {{{{ vault \"secret/data/{r.choice(['shop', 'booking'])}/db\" \"password\" }}}}\napi_key: ${{{r.choice(['SENDGRID_API_KEY', 'MAILGUN_API_KEY'])}}}\nregion: {r.choice(['eu-west-1', 'us-east-1'])}\n"
    if kind == "vendor_example_key":
        ex = r.choice([
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
            "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ])
        return (f"{r.choice(['From the vendor documentation', 'Example from the official guide', 'Docs snippet (example values only)'])}:\n\n```\n{ex}\n```\n\n"
                f"{r.choice(['These are the documented example values and do not grant access to anything.', 'Replace the example values with your own.', 'The example credentials above are published by the vendor.'])}")
    if kind == "build_id":
        return (f"Build {r.randint(1000, 99999)} finished · pipeline {rs(r, HEX, 8)}-{rs(r, HEX, 4)}-{rs(r, HEX, 4)}-{rs(r, HEX, 4)}-{rs(r, HEX, 12)}\n"
                f"artifact: web-{rs(r, HEX, 7)}.tar.gz ({r.randint(2, 90)} MB)\ncache key: node-modules-{_sha(r, 40)}\nduration: {r.randint(1, 30)}m {r.randint(0, 59)}s")
    if kind == "object_id":
        ids = [rs(r, HEX, 24) for _ in range(3)]
        return json.dumps({"_id": {"$oid": ids[0]}, "author": {"$oid": ids[1]}, "recipe": r.choice(["Banana bread", "Dal", "Shakshuka"]),
                           "trace": f"00-{rs(r, HEX, 32)}-{rs(r, HEX, 16)}-01", "etag": rs(r, HEX, 32)}, indent=2)
    if kind == "base64_image":
        raw = b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(r.randint(90, 300)))
        return f'<img alt="{r.choice(["Logo", "Product thumbnail", "Avatar", "Map marker"])}" src="data:image/png;base64,{base64.b64encode(raw).decode()}">'
    if kind == "public_identifier":
        style = r.randrange(4)
        if style == 0:
            return f"Stripe event {r.choice(['charge.succeeded', 'payment_intent.created'])}\ncustomer: cus_{mixed(r, ALNUM, 14)}\npayment_intent: pi_{mixed(r, ALNUM, 24)}\ncharge: ch_{mixed(r, ALNUM, 24)}\namount: {r.randint(100, 90000)}"
        if style == 1:
            return f"Twilio message log\nAccount SID: AC{rs(r, HEX, 32)}\nMessage SID: SM{rs(r, HEX, 32)}\nstatus: delivered"
        if style == 2:
            return f"Wallet address for donations: 0x{rs(r, HEX, 40)}\nTransaction: 0x{rs(r, HEX, 64)}"
        return f"Slack channel C{rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}, user U{rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}, ts {r.randint(1_700_000_000, 1_760_000_000)}.{r.randint(100000, 999999)}"
    if kind == "hash_in_lockfile":
        pkgs = r.sample(["lodash", "react", "zod", "axios", "dayjs", "chalk", "semver", "yaml"], 3)
        out = []
        for p in pkgs:
            h = base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()
            ver = f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
            out.append(f'"node_modules/{p}": {{\n  "version": "{ver}",\n  "resolved": "https://registry.npmjs.org/{p}/-/{p}-{ver}.tgz",\n  "integrity": "sha512-{h}"\n}}')
        return "\n".join(out)
    if kind == "go_sum":
        mods = r.sample(["github.com/google/uuid", "golang.org/x/net", "github.com/spf13/cobra", "gopkg.in/yaml.v3", "github.com/stretchr/testify", "go.uber.org/zap"], 3)
        out = []
        for m in mods:
            ver = f"v{r.randint(0, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
            out.append(f"{m} {ver} h1:{base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()}")
            out.append(f"{m} {ver}/go.mod h1:{base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()}")
        return "\n".join(out)
    if kind == "git_lfs_pointer":
        return f"version https://git-lfs.github.com/spec/v1\noid sha256:{_sha(r)}\nsize {r.randint(10_000, 900_000_000)}"
    if kind == "css_colors":
        rules = [f".{r.choice(['btn', 'card', 'header', 'badge', 'alert', 'footer'])}-{r.choice(['primary', 'muted', 'warn', 'ok'])} {{ color: #{rs(r, HEX, 6)}; background: #{rs(r, HEX, 6)}; border-color: #{rs(r, HEX, 3)}; }}" for _ in range(r.randint(3, 6))]
        return f"/* theme {r.choice(['autumn', 'harbour', 'forest', 'night'])} — generated {date(r)} */\n" + "\n".join(rules)
    if kind == "http_headers":
        return (f"HTTP/2 {r.choice([200, 304, 201])}\ncontent-type: application/json\netag: \"{rs(r, HEX, 32)}\"\nx-request-id: {rs(r, HEX, 8)}-{rs(r, HEX, 4)}-{rs(r, HEX, 4)}-{rs(r, HEX, 4)}-{rs(r, HEX, 12)}\n"
                f"traceparent: 00-{rs(r, HEX, 32)}-{rs(r, HEX, 16)}-01\nx-cache: {r.choice(['HIT', 'MISS'])}\ncf-ray: {rs(r, HEX, 16)}-{r.choice(['LHR', 'AMS', 'FRA', 'CDG'])}")
    if kind == "pgp_public_key":
        body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(300, 600)))).decode()
        pem = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        return f"{r.choice(['Encrypt reports to us with', 'My public key:', 'Security contact key', 'Release signing key'])} (fingerprint {' '.join(rs(r, HEX.upper(), 4) for _ in range(10))})\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{pem}\n-----END PGP PUBLIC KEY BLOCK-----"
    if kind == "md5_manifest":
        files = [f"{r.choice(['IMG', 'DSC', 'scan'])}_{r.randint(1000, 9999)}.{r.choice(['jpg', 'png', 'pdf'])}" for _ in range(r.randint(3, 6))]
        return f"# photo backup manifest {date(r)}\n" + "\n".join(f"{rs(r, HEX, 32)}  {f}" for f in files)
    raise ValueError(kind)
