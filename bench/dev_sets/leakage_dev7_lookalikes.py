"""Secret look-alikes for leakage development set 7: (kind, text) that must NOT be redacted."""

from __future__ import annotations

import base64
import random
import re
import uuid

from dev_sets import leakage_dev7_gen as g

NOTES: dict[str, str] = {
    "git_commit_sha": "a commit id names public history; 40 hex like a key but not a credential",
    "content_hash": "a digest of public content (checksums, image digests, SRI); proves nothing",
    "uuid": "random identifiers for objects, tenants or installations; grant no access",
    "request_id": "per-request trace/correlation ids printed in logs and headers",
    "object_id": "database/object ids (ObjectId, cus_/ch_ ids, Slack ids) are references",
    "public_key": "public halves of key pairs are meant to be shared",
    "placeholder": "templating/variable references and doc placeholders hold no value",
    "env_reference": "code that reads a secret from the environment or a vault, not the secret",
    "masked": "values already masked/redacted by a tool",
    "password_policy": "describes rules for passwords, contains no password",
    "empty_password": "an empty, null or unset password field",
    "public_client_id": "OAuth client ids, account SIDs and publishable keys are public ids",
    "password_prompt": "a prompt asking for a password, no password was echoed",
    "password_stdin": "the password is read from stdin/a file, not given on the command line",
    "db_url_no_password": "connection URLs without any credential in them",
    "documented_example": "vendor-documented example values published as non-working samples",
}

NAMES = [
    "DB_PASSWORD", "API_KEY", "CLIENT_SECRET", "SESSION_SECRET", "DATADOG_API_KEY",
    "AWS_SECRET_ACCESS_KEY", "TWILIO_API_SECRET", "DISCORD_TOKEN", "REDIS_PASSWORD",
    "AZURE_STORAGE_KEY", "JWT_SECRET", "SMTP_PASSWORD",
]
USERS = ["alice", "bob", "deploy", "postgres", "root", "jkowalski", "mvandijk", "ci"]
HOSTS = ["db.internal", "10.0.3.17", "bastion.acme.io", "pg-replica-2", "cache.acme.lan"]

T: dict[str, list[str]] = {
    "git_commit_sha": [
        "commit {h40}\nAuthor: {user} <{user}@acme.io>\nDate:   Tue Mar 3 10:12:44 2026 +0100\n",
        "GIT_COMMIT={h40}\n",
        "  revision: {h40}\n  branch: main\n",
        '{"sha": "{h40}", "ref": "refs/heads/main"}',
        "Merge pull request #{n} from acme/fix-login ({h7})\n",
        "HEAD is now at {h7} Bump version\n",
        "pip install git+https://github.com/acme/tools.git@{h40}\n",
        "Checking out {h40} as detached HEAD\n",
        "ARG GIT_SHA={h40}\n",
        "[main {h7}] Fix flaky test\n 2 files changed\n",
        "  uses: actions/checkout@{h40} # v4.1.1\n",
        "build_info{{commit=\"{h40}\"}} 1\n",
    ],
    "content_hash": [
        "{h64}  acme-cli_2.4.1_linux_amd64.tar.gz\n",
        "sha256: {h64}\n",
        "image: ghcr.io/acme/api@sha256:{h64}\n",
        "MD5 ({user}.csv) = {h32}\n",
        '"integrity": "sha512-{b64_88}"\n',
        '<script src="/app.js" integrity="sha384-{b64_64}" crossorigin="anonymous"></script>\n',
        "ETag: \"{h32}\"\n",
        "Digest: sha256:{h64}\nStatus: Downloaded newer image for acme/api:1.8\n",
        "checksum = \"{h64}\"\n",
        "    --hash=sha256:{h64}\n",
        "content_md5: {h32}\n",
        "sha1sum release.zip\n{h40}  release.zip\n",
    ],
    "uuid": [
        "tenant_id: {uuid}\n",
        '{"installation_id": "{uuid}", "version": "3.2.0"}',
        "  uid: {uuid}\n  resourceVersion: \"{n}\"\n",
        "GET /api/v2/orders/{uuid} HTTP/1.1\n",
        "ARM_TENANT_ID={uuid}\nARM_SUBSCRIPTION_ID={uuid}\n",
        "subscription_id = \"{uuid}\"\n",
        "Created workspace {uuid}\n",
        "<ProjectGuid>{{{UUID}}}</ProjectGuid>\n",
        "user {uuid} logged in from 10.1.2.3\n",
        "correlationId={uuid}\n",
    ],
    "request_id": [
        "X-Request-Id: {uuid}\n",
        "2026-03-04T10:22:01Z INFO request_id={h32} status=200 latency=12ms\n",
        "x-amzn-RequestId: {uuid}\n",
        "CF-RAY: {h16}-FRA\n",
        "traceparent: 00-{h32}-{h16}-01\n",
        '{"level":"error","trace_id":"{h32}","span_id":"{h16}","msg":"timeout"}',
        "RequestId: {uuid} Duration: 41.2 ms Billed Duration: 42 ms\n",
        "x-datadog-trace-id: {n}{n}\n",
        "Please quote reference {H12} when contacting support.\n",
        "[req:{h12}] GET /healthz 200\n",
    ],
    "object_id": [
        'db.users.find({{ _id: ObjectId("{h24}") }})\n',
        '{"_id": {"$oid": "{h24}"}, "name": "{user}"}',
        "customer: cus_{a14}\ncharge: ch_{a24}\n",
        "Slack channel C{U10} archived by U{U10}\n",
        "order_id={h24}\n",
        "instance i-{h17} is running\n",
        "subnet-{h17} vpc-{h17}\n",
        "sg-{h17}: ingress 443 from 0.0.0.0/0\n",
        "arn:aws:iam::{d12}:role/deploy-{user}\n",
        "Stripe event evt_{a24} delivered\n",
    ],
    "public_key": [
        "ssh-ed25519 {ed} {user}@laptop\n",
        "ssh-rsa {rsa} {user}@build\n",
        "-----BEGIN PUBLIC KEY-----\n{p256}\n-----END PUBLIC KEY-----\n",
        "[Peer]\nPublicKey = {wg}\nAllowedIPs = 10.8.0.2/32\n",
        "age recipient: age1{bech58}\n",
        "authorized_keys:\n  - ssh-ed25519 {ed} deploy\n",
        '"publicKey": "{wg}"\n',
        "NEXT_PUBLIC_VAPID_PUBLIC_KEY=B{urlsafe86}\n",
        "gpg: key {H16}: public key \"{user} <{user}@acme.io>\" imported\n",
        "fingerprint: SHA256:{b64_43} (ED25519)\n",
    ],
    "placeholder": [
        "{NAME}=${{{NAME}}}\n",
        "  password: ${{DB_PASSWORD}}\n",
        "        env:\n          {NAME}: ${{{{ secrets.{NAME} }}}}\n",
        "  {name}: \"{{{{ .Values.{name} }}}}\"\n",
        "password = \"<password>\"\n",
        "curl -H 'x-api-key: <YOUR_API_KEY>' https://api.acme.io/v1/me\n",
        "Set the admin password (default `changeme`, change it on first login).\n",
        "{NAME}=your-{name}-here\n",
        "api_key: xxxxxxxxxxxxxxxxxxxxxxxx\n",
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb  # example\n",
        "{name} = \"{{{{ vault_{name} }}}}\"\n",
        "export {NAME}=\"$({name}_from_keychain)\"\n",
        "cursor.execute(\"ALTER USER app PASSWORD %(password)s\", params)\n",
        "    \"{name}\": \"REPLACE_ME\",\n",
        "<add key=\"{name}\" value=\"#{{{NAME}}}#\" />\n",
        "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n",
    ],
    "env_reference": [
        "{NAME} = os.environ[\"{NAME}\"]\n",
        "const key = process.env.{NAME};\n",
        "pw := os.Getenv(\"{NAME}\")\n",
        "        - name: {NAME}\n          valueFrom:\n            secretKeyRef:\n"
        "              name: app-secrets\n              key: {name}\n",
        "  MasterUserPassword: !Ref DbPassword\n",
        "secret = vault.read('secret/data/{name}')['data']['value']\n",
        "{name}: arn:aws:ssm:eu-west-1:{d12}:parameter/prod/{name}\n",
        "String {c} = System.getenv(\"{NAME}\");\n",
        "ENV['{NAME}']\n",
        "{name} = dbutils.secrets.get(scope=\"prod\", key=\"{name}\")\n",
        "password_file: /run/secrets/{name}\n",
        "{NAME}_FILE=/run/secrets/{name}\n",
    ],
    "masked": [
        "{name}: ********\n",
        "{NAME}=****\n",
        "Using {name} sk-...{a4}\n",
        '"{name}": "[REDACTED]"\n',
        "AWS_SECRET_ACCESS_KEY=****************{a4}\n",
        "  {NAME}: ***\n",
        "[INFO] loaded config {{'{name}': '<hidden>'}}\n",
        "mysql://app:*****@{host}:3306/orders\n",
        "Token: {a4}••••••••••••{a4}\n",
        "{name}=<redacted>\n",
        "Connected with password: (set, 24 chars)\n",
    ],
    "password_policy": [
        "Password must be at least {n2} characters and contain a digit and a symbol.\n",
        "password_min_length: {n2}\npassword_require_uppercase: true\n",
        "Your new password cannot match any of your last {n1} passwords.\n",
        "PASS_MAX_DAYS   {n2}\nPASS_MIN_DAYS   1\nPASS_WARN_AGE   7\n",
        "AUTH_PASSWORD_VALIDATORS = [{{'NAME': 'django.contrib.auth.password_validation."
        "MinimumLengthValidator'}}]\n",
        "password requirements: {n2}+ chars, 1 upper, 1 lower, 1 number\n",
        "Passwords expire after {n2} days.\n",
        "minimum_password_length = {n2}\n",
        "<PasswordPolicy MinLength=\"{n2}\" RequireSymbols=\"true\" />\n",
        "Error: password too weak (score {n1}/4)\n",
    ],
    "empty_password": [
        "{name}: \"\"\n",
        "{NAME}=\n",
        '"{name}": null,\n',
        "{name} = None\n",
        "  password:\n  user: {user}\n",
        "MYSQL_ALLOW_EMPTY_PASSWORD=yes\nMYSQL_ROOT_PASSWORD=\n",
        "<Password></Password>\n",
        "{c}: ''\n",
        "password = \"\"  # set via env\n",
        "{NAME}: ~\n",
        "{name}: !!null\n",
        "export {NAME}=\"\"\n",
        '<add key="{name}" value="" />\n',
    ],
    "public_client_id": [
        "GOOGLE_CLIENT_ID={d12}-{lc32}.apps.googleusercontent.com\n",
        "TWILIO_ACCOUNT_SID=AC{h32}\n",
        "AZURE_CLIENT_ID={uuid}\n",
        "STRIPE_PUBLISHABLE_KEY=pk_test_{a24}\n",
        "GITHUB_CLIENT_ID=Iv1.{h16}\n",
        "client_id: {lc24}\n",
        "NEXT_PUBLIC_AUTH0_CLIENT_ID={a32}\n",
        '{"account_sid": "AC{h32}", "status": "active"}',
        "const appId = '{d12}'; // facebook app id\n",
        "SENTRY_DSN_PUBLIC_KEY={h32}\n",
    ],
    "password_prompt": [
        "Enter password:\n",
        "[sudo] password for {user}:\n",
        "Password for user {user}:\n",
        "{user}@{host}'s password:\n",
        "Enter PEM pass phrase:\nVerifying - Enter PEM pass phrase:\n",
        "mysql: [Warning] Using a password on the command line interface can be insecure.\n",
        "Enter keystore password:\n",
        "Please enter the password for {user} to continue:\n",
        "Password: \nLogin incorrect\n",
        "Enter passphrase for key '/home/{user}/.ssh/id_ed25519':\n",
        "{host} login: {user}\nPassword:\n",
        "? Enter your {name}: (input hidden)\n",
        "getpass.getpass(\"{name}: \")\n",
        "read -s -p \"Enter {name}: \" {NAME}\n",
    ],
    "password_stdin": [
        "echo \"$CR_PAT\" | docker login ghcr.io -u {user} --password-stdin\n",
        "aws ecr get-login-password | docker login --username AWS --password-stdin "
        "{d12}.dkr.ecr.eu-west-1.amazonaws.com\n",
        "mysql -u {user} -p -h {host}\n",
        "psql -h {host} -U {user} -W\n",
        "helm registry login registry.acme.io --username {user} --password-stdin\n",
        "mysqldump --defaults-extra-file=/etc/mysql/backup.cnf shop\n",
        "PGPASSFILE=/home/{user}/.pgpass pg_dump orders\n",
        "vault login -method=userpass username={user}\n",
        "podman login --password-stdin quay.io < ~/.quay_token\n",
        "sshpass -f /etc/ssh/pass.txt ssh {user}@{host}\n",
    ],
    "db_url_no_password": [
        "DATABASE_URL=postgres://{user}@{host}:5432/app\n",
        "REDIS_URL=redis://{host}:6379/0\n",
        "mongodb://{host}:27017/test\n",
        "SQLALCHEMY_DATABASE_URI=sqlite:///instance/app.db\n",
        "CELERY_BROKER_URL=amqp://localhost:5672//\n",
        "postgresql:///orders?host=/var/run/postgresql\n",
        "jdbc:postgresql://{host}:5432/orders\n",
        "clickhouse://{host}:9000/default\n",
        "url: mysql+pymysql://{user}@{host}/shop\n",
        "rediss://{host}:6380\n",
    ],
    "documented_example": [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY  # from the docs\n",
        "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"
        "Fq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==\n",
        "UseDevelopmentStorage=true\n",
        "DD_API_KEY=<DATADOG_API_KEY>\n",
        "client.run('your token here')\n",
        "TWILIO_API_KEY=SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n",
        "SECRET_KEY = 'django-insecure-change-me'\n",
        "jwt_secret: secret\n",
    ],
}


def _pubkey(rng: random.Random, kind: str) -> str:
    """Structurally valid public-key encodings around random key material."""
    if kind == "ed":
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rng.randbytes(32)
        return base64.b64encode(blob).decode()
    if kind == "rsa":
        modulus = b"\x00" + bytes([rng.randrange(128, 256)]) + rng.randbytes(255)
        blob = (b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01"
                + len(modulus).to_bytes(4, "big") + modulus)
        return base64.b64encode(blob).decode()
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004")
    text = base64.b64encode(der + rng.randbytes(64)).decode()
    return text[:64] + "\n" + text[64:]


def _fill(rng: random.Random, tpl: str) -> str:
    name = rng.choice(NAMES)
    parts = name.lower().split("_")
    camel = parts[0] + "".join(p.capitalize() for p in parts[1:])
    lc = "abcdefghijklmnopqrstuvwxyz0123456789"

    def tok(m: re.Match[str]) -> str:
        t = m.group(1)
        fixed = {
            "NAME": name, "name": name.lower(), "c": camel,
            "user": rng.choice(USERS), "host": rng.choice(HOSTS),
        }
        if t in fixed:
            return fixed[t]
        if t == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if t == "UUID":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        if t in ("ed", "rsa", "p256"):
            return _pubkey(rng, t)
        if t == "bech58":
            return g.rand_str(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
        if t == "wg":
            return base64.b64encode(rng.randbytes(32)).decode()
        if t.startswith("b64_"):
            return g.rand_str(rng, g.ALNUM + "+/", int(t[4:]))
        if t.startswith("urlsafe"):
            return g.rand_str(rng, g.URLSAFE, int(t[7:]))
        if t.startswith("lc"):
            return g.rand_str(rng, lc, int(t[2:]))
        kinds = {"h": g.HEX, "H": "0123456789ABCDEF", "a": g.ALNUM, "d": "0123456789",
                 "U": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
        if t[0] in kinds and t[1:].isdigit():
            return g.rand_str(rng, kinds[t[0]], int(t[1:]))
        if t == "n":
            return str(rng.randrange(100, 99999))
        if t == "n1":
            return str(rng.randrange(3, 10))
        if t == "n2":
            return str(rng.choice([8, 10, 12, 14, 16, 20, 30, 60, 90]))
        raise KeyError(t)

    out = re.sub(r"\{([A-Za-z]+[0-9_]*[0-9]*)\}", tok, tpl)
    return out.replace("{{", "{").replace("}}", "}")


def build() -> list[tuple[str, str]]:
    rng = random.Random(70708)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, templates in T.items():
        for rnd in range(2):
            for tpl in templates:
                text = _fill(rng, tpl)
                if text in seen:
                    continue
                if rnd == 1 and kind == "documented_example":
                    continue
                seen.add(text)
                out.append((kind, text))
    return out
