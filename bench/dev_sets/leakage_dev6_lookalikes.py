"""Templates of opaque-looking values that are not secrets, for leakage_dev6.

Each kind has a note saying why its values must not be redacted, a generator for its value
(filled in at ``<<X>>``) and templates.  Placeholder decision: ``changeme`` / ``<your-api-key>``
inside documentation that tells the reader to replace it is not a secret (it is public, it is
the same in every copy of the docs and grants nothing); a ``changeme`` sitting in a deployed
config file would be a real weak credential and is therefore not used here.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from dev_sets import leakage_dev6_gen as g

Gen = Callable[[random.Random], str]


def _b64(n: int) -> Gen:
    return lambda r: base64.b64encode(r.randbytes(n)).decode()


def _hex(n: int) -> Gen:
    return lambda r: g.hexs(r, n)


def _fixed(*vals: str) -> Gen:
    return lambda r: r.choice(vals)


def _ulid(r: random.Random) -> str:
    return r.choice("01") + g.rs(r, g.CROCKFORD, 25)


def _stripe_obj(r: random.Random) -> str:
    return r.choice(("cus_", "pi_", "ch_", "sub_", "in_", "prod_", "price_", "evt_")) + g.rs(
        r, g.ALNUM, r.choice((14, 24))
    )


def _acct(r: random.Random) -> str:
    return str(r.randint(10**11, 10**12 - 1))


def _arn(r: random.Random) -> str:
    a = _acct(r)
    return r.choice(
        (
            f"arn:aws:iam::{a}:role/ci-deployer",
            f"arn:aws:s3:::northwind-logs-{a}",
            f"arn:aws:lambda:eu-west-1:{a}:function:resize-images",
            f"arn:aws:kms:us-east-1:{a}:key/{g.uuid4(r)}",
            f"arn:aws:sns:us-west-2:{a}:alerts",
        )
    )


def _fp_colon(r: random.Random) -> str:
    return ":".join(g.hexs(r, 2) for _ in range(16))


def _gpg_fp(r: random.Random) -> str:
    h = g.hexs(r, 40).upper()
    return " ".join(h[i : i + 4] for i in range(0, 40, 4))


def _pubkey(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.rs(r, g.B64, 43) + " dev@laptop"
    if k == 1:
        return g.pem(r, "PUBLIC KEY", 270, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + g.rs(r, g.B64, 300) + " ops@bastion"


def _cert(r: random.Random) -> str:
    return g.pem(r, "CERTIFICATE", 500, "MIIDdzCCAl+gAwIBAgIE")


def _client_id(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"{r.randint(10**11, 10**12)}-{g.rs(r, 'abcdefghijklmnopqrstuv0123456789', 32)}" \
            ".apps.googleusercontent.com"
    if k == 1:
        return "Iv1." + g.hexs(r, 16)
    return g.uuid4(r)


def _masked(r: random.Random) -> str:
    k = r.randrange(5)
    tail = g.rs(r, g.ALNUM, 4)
    if k == 0:
        return "sk-****" + tail
    if k == 1:
        return "AKIA************" + g.rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 4)
    if k == 2:
        return "ghp_" + "*" * 32 + tail
    if k == 3:
        return "•" * 12 + tail
    return "xoxb-****-****-" + tail


def _policy(r: random.Random) -> str:
    n = r.choice((8, 10, 12, 14, 16))
    return str(n)


def _sri(r: random.Random) -> str:
    alg, n = r.choice((("sha384", 48), ("sha512", 64), ("sha256", 32)))
    return alg + "-" + base64.b64encode(r.randbytes(n)).decode()


def _order(r: random.Random) -> str:
    return r.choice(("ORD-", "INV-", "PO-", "#", "SO")) + str(r.randint(10**5, 10**9))


def _data_png(r: random.Random) -> str:
    return "iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(r.randbytes(r.randint(60, 200))).decode()


def _proto(r: random.Random) -> str:
    return "Cg" + base64.b64encode(r.randbytes(r.randint(20, 80))).decode()


def _trace(r: random.Random) -> str:
    return f"00-{g.hexs(r, 32)}-{g.hexs(r, 16)}-01"


def _pk_live(r: random.Random) -> str:
    return "pk_live_" + g.rs(r, g.ALNUM, 99)


NOTES: dict[str, str] = {
    "md5_checksum": "content digest of a public file; reveals nothing and grants nothing",
    "sha1_checksum": "content digest of a file or object; public integrity data",
    "sha256_checksum": "package/image digest pinned in lock files and manifests; public",
    "sri_integrity": "subresource-integrity hash of a published asset; meant to be public",
    "git_commit_sha": "commit id, public in any clone of the repository",
    "uuid": "random record/resource identifier; an id, not a credential",
    "ulid": "sortable record identifier; an id, not a credential",
    "request_trace_id": "per-request correlation id in logs and headers; grants no access",
    "stripe_object_id": "Stripe object id (customer, charge...); useless without a secret key",
    "publishable_key": "Stripe publishable key, designed to ship in browser code",
    "order_number": "business reference number printed on receipts",
    "public_key": "public half of a key pair; meant to be shared",
    "certificate": "X.509 certificate, sent to every TLS client",
    "fingerprint": "digest of a public key used to verify it; public",
    "base64_data": "encoded image or protobuf payload, not a credential",
    "placeholder": "documentation placeholder the reader must replace; the same in every copy",
    "documented_example": "example credential published in vendor docs; grants nothing",
    "variable_reference": "reference to where a secret lives, not the secret itself",
    "masked_value": "already masked; the visible part is too short to use",
    "aws_account_id": "account number, appears in every ARN; AWS says it is not secret",
    "aws_arn": "resource name, an identifier, not a credential",
    "client_id": "OAuth client id; public by design (sent in browser redirects)",
    "twilio_account_sid": "account identifier, the username half; useless without the token",
    "azure_tenant_id": "directory id, discoverable from the tenant's login endpoint",
    "password_policy": "text about password rules, contains no password",
    "empty_password": "password field that is empty or null: nothing to redact",
    "password_from_env": "password field whose value is read from env/file/secret store",
    "version_string": "versions and build ids, including short commit hashes",
}

SPEC: dict[str, tuple[Gen, list[str]]] = {
    "md5_checksum": (
        _hex(32),
        [
            "MD5 (release-2.4.1.tar.gz) = <<X>>",
            "<<X>>  backup-2024-05-01.tar.gz",
            'ETag: "<<X>>"',
            "md5sum: <<X>>",
            '{"Key": "reports/q1.csv", "ETag": "\\"<<X>>\\"", "Size": 10244}',
            "checksum (md5): <<X>>",
            "Downloaded file, md5=<<X>>, verifying...",
            "| file | md5 |\n|---|---|\n| setup.exe | <<X>> |",
        ],
    ),
    "sha1_checksum": (
        _hex(40),
        [
            "<<X>>  ubuntu-22.04.iso",
            "SHA1 (app.zip) = <<X>>",
            "object <<X>>\ntype commit\ntag v1.2.0",
            "sha1sum: <<X>>",
            '"shasum": "<<X>>",',
        ],
    ),
    "sha256_checksum": (
        _hex(64),
        [
            "docker pull python@sha256:<<X>>",
            "Digest: sha256:<<X>>",
            "    --hash=sha256:<<X>> \\",
            '{file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:<<X>>"},',
            "<<X>>  node-v20.11.1-linux-x64.tar.xz",
            "image: ghcr.io/acme/api@sha256:<<X>>",
            'sha256 "<<X>>"',
            "checksum = \"<<X>>\"",
            "SHA256 (kernel.img) = <<X>>",
        ],
    ),
    "sri_integrity": (
        _sri,
        [
            '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.min.js"'
            ' integrity="<<X>>" crossorigin="anonymous"></script>',
            '      "integrity": "<<X>>",',
            '<link rel="stylesheet" href="/a.css" integrity="<<X>>">',
            "  integrity <<X>>",
        ],
    ),
    "git_commit_sha": (
        _hex(40),
        [
            "commit <<X>>\nAuthor: Jane Doe <jane@northwind.io>",
            "-   rev: <<X>>",
            "Fixed in <<X>>, see the changelog.",
            "git checkout <<X>>",
            "HEAD is now at <<X>>",
            '"resolved": "git+ssh://git@github.com/acme/lib.git#<<X>>"',
            "GITHUB_SHA=<<X>>",
            "Revert \"add cache\"\n\nThis reverts commit <<X>>.",
        ],
    ),
    "uuid": (
        g.uuid4,
        [
            '{"id": "<<X>>", "status": "active"}',
            "user_id=<<X>>",
            "GET /api/v1/orders/<<X>> 200",
            "correlationId: <<X>>",
            "INSERT INTO jobs (id) VALUES ('<<X>>');",
            "Created deployment <<X>>",
            "session_id: <<X>>",
        ],
    ),
    "ulid": (
        _ulid,
        [
            '{"event_id": "<<X>>"}',
            "msg=<<X>> enqueued",
            "id: <<X>>",
            "ULID <<X>> assigned to upload",
        ],
    ),
    "request_trace_id": (
        lambda r: r.choice((_trace(r), g.hexs(r, 32), g.uuid4(r), g.rs(r, g.B64URL, 56))),
        [
            "X-Request-Id: <<X>>",
            "traceparent: <<X>>",
            "x-amzn-RequestId: <<X>>",
            "trace_id=<<X>> span_id=" + "a1b2c3d4e5f60718",
            "X-Amz-Cf-Id: <<X>>",
            "error: upstream timeout (request <<X>>)",
            '{"level":"info","trace":"<<X>>","msg":"done"}',
        ],
    ),
    "stripe_object_id": (
        _stripe_obj,
        [
            "stripe.Customer.retrieve('<<X>>')",
            '{"id": "<<X>>", "object": "customer"}',
            "Refund issued for <<X>>",
            "customer=<<X>>",
            "curl https://api.stripe.com/v1/customers/<<X>> -u $STRIPE_SECRET_KEY:",
        ],
    ),
    "publishable_key": (
        _pk_live,
        [
            "const stripe = Stripe('<<X>>');",
            "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=<<X>>",
            '<script>var stripe = Stripe("<<X>>");</script>',
        ],
    ),
    "order_number": (
        _order,
        [
            "Your order <<X>> has shipped.",
            "order_id: <<X>>",
            "Re: invoice <<X>> overdue",
            '{"order": "<<X>>", "total": 129.90}',
        ],
    ),
    "public_key": (
        _pubkey,
        [
            "<<X>>",
            "authorized_keys:\n<<X>>",
            "Add this deploy key to the repo:\n<<X>>",
        ],
    ),
    "certificate": (
        _cert,
        ["<<X>>", "ssl_certificate contents:\n<<X>>", "ca.crt: |\n<<X>>"],
    ),
    "fingerprint": (
        lambda r: r.choice(("SHA256:" + g.rs(r, g.B64, 43), _fp_colon(r), _gpg_fp(r))),
        [
            "ED25519 key fingerprint is <<X>>.",
            "Key fingerprint = <<X>>",
            "256 <<X>> dev@laptop (ED25519)",
            "The server's host key fingerprint: <<X>>",
            "fingerprint: <<X>>",
        ],
    ),
    "base64_data": (
        lambda r: r.choice((_data_png(r), _proto(r))),
        [
            '<img src="data:image/png;base64,<<X>>" alt="logo">',
            '{"payload": "<<X>>", "encoding": "base64", "type": "proto"}',
            "background: url(data:image/png;base64,<<X>>);",
            "Content-Transfer-Encoding: base64\n\n<<X>>",
        ],
    ),
    "placeholder": (
        _fixed(
            "<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
            "<YOUR_SECRET_ACCESS_KEY>", "your-secret-here", "sk-...", "REPLACE_ME",
            "<insert token here>", "********", "{{API_KEY}}", "TODO",
        ),
        [
            "Set `api_key: <<X>>` in config.yaml, replacing the value with your own key.",
            "export OPENAI_API_KEY=<<X>>   # replace with the key from your dashboard",
            "Example:\n  curl -H 'Authorization: Bearer <<X>>' https://api.example.com/v1/items",
            "Replace `<<X>>` in the snippet below with your own value before deploying.",
            "Docs: the initial admin password is `changeme`; the setup wizard forces you to "
            "change it at first login.",
            "# .env.example\nDB_PASSWORD=<<X>>\nAPI_KEY=<<X>>",
            "| Variable | Example |\n|---|---|\n| `SECRET_KEY` | `<<X>>` |",
        ],
    ),
    "documented_example": (
        _fixed(
            "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        ),
        [
            "From the AWS docs: aws_access_key_id = <<X>> (example only)",
            "In the example below, replace <<X>> with your own value.",
            "AWS uses <<X>> throughout its documentation as a sample credential.",
        ],
    ),
    "variable_reference": (
        _fixed(
            "${{ secrets.AWS_SECRET_ACCESS_KEY }}", "{{ vault_db_password }}",
            "$(cat /run/secrets/db_password)", 'os.environ["API_KEY"]', "${DB_PASSWORD}",
            "process.env.STRIPE_SECRET_KEY", "${ssm:/prod/db/password}", "var.db_password",
            "%env(DATABASE_PASSWORD)%", "ENV.fetch('SENDGRID_API_KEY')", "<%= ENV['DD_API_KEY'] %>",
            "$(SECRET_TOKEN)", "{{ .Values.db.password }}", "@Microsoft.KeyVault(SecretUri=https:"
            "//kv-prod.vault.azure.net/secrets/db/)",
        ),
        [
            "password: <<X>>",
            "AWS_SECRET_ACCESS_KEY: <<X>>",
            "api_key = <<X>>",
            '"clientSecret": "<<X>>"',
            "DB_PASSWORD=<<X>>",
            "secret_key = <<X>>",
        ],
    ),
    "masked_value": (
        _masked,
        [
            "api_key: <<X>>",
            "Your key <<X>> was revoked.",
            "token=<<X>> (masked)",
            "Using credentials <<X>>",
            "password: <<X>>",
        ],
    ),
    "aws_account_id": (
        _acct,
        [
            "Account: <<X>>",
            '{"UserId": "AIDA...", "Account": "<<X>>"}',
            "<<X>>.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.0",
            "aws_account_id = \"<<X>>\"",
            "Assuming role in account <<X>>",
        ],
    ),
    "aws_arn": (
        _arn,
        [
            "role_arn = <<X>>",
            '"Resource": "<<X>>"',
            "AccessDenied: User is not authorized to perform: sts:AssumeRole on <<X>>",
            "FunctionArn: <<X>>",
        ],
    ),
    "client_id": (
        _client_id,
        [
            "client_id: <<X>>",
            "AZURE_CLIENT_ID=<<X>>",
            "https://accounts.google.com/o/oauth2/v2/auth?client_id=<<X>>&response_type=code",
            '"clientId": "<<X>>"',
            "GITHUB_CLIENT_ID=<<X>>",
        ],
    ),
    "twilio_account_sid": (
        g.twilio_sid,
        [
            "TWILIO_ACCOUNT_SID=<<X>>",
            "https://api.twilio.com/2010-04-01/Accounts/<<X>>/Calls.json",
            "account_sid = '<<X>>'",
            '{"account_sid": "<<X>>", "status": "queued"}',
        ],
    ),
    "azure_tenant_id": (
        g.uuid4,
        [
            "AZURE_TENANT_ID=<<X>>",
            "https://login.microsoftonline.com/<<X>>/oauth2/v2.0/token",
            'tenant_id = "<<X>>"',
            '"tenantId": "<<X>>",',
        ],
    ),
    "password_policy": (
        _policy,
        [
            "Password must be at least <<X>> characters and include a digit and a symbol.",
            "password_min_length: <<X>>",
            "Passwords expire after 90 days; the last <<X>> passwords cannot be reused.",
            "minimum_password_length = <<X>>",
            "Error: password too short (minimum is <<X>> characters)",
            "PASSWORD_POLICY_MIN_LENGTH=<<X>>",
        ],
    ),
    "empty_password": (
        _fixed("", "null", "''", '""', "~"),
        [
            "password: <<X>>",
            "DB_PASSWORD=<<X>>",
            "spring.datasource.password=<<X>>",
            "<password><<X>></password>",
        ],
    ),
    "password_from_env": (
        _fixed("DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_PWD", "SMTP_PASSWORD"),
        [
            "password: ${<<X>>}",
            "PASSWORD = os.environ['<<X>>']",
            "password = os.getenv(\"<<X>>\")",
            "password_file: /run/secrets/<<X>>",
            "- name: <<X>>\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password",
            "'PASSWORD': env('<<X>>'),",
            "spring.datasource.password=${<<X>>}",
            "mysql -u app -p\"$<<X>>\" shop",
        ],
    ),
    "version_string": (
        lambda r: f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 99)}+g{g.hexs(r, 9)}",
        [
            "version: <<X>>",
            "Running build <<X>>",
            "__version__ = '<<X>>'",
            "app <<X>> (linux/amd64)",
        ],
    ),
}
