# ruff: noqa: E501
# Long lines here are literal text templates of the tool results being simulated.
"""Opaque values that are not secrets; each generator's docstring says why."""

from __future__ import annotations

import base64
import hashlib
import random
import string
import uuid
from collections.abc import Callable

from blind_sets4.secret_gen import ALNUM, HEX, rs

LK = Callable[[random.Random], str]


def sha256_checksum(r: random.Random) -> str:
    """A published digest of a public file; knowing it grants nothing, it only lets anyone verify a download."""
    name = f"tool-{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}-linux-amd64.tar.gz"
    h = hashlib.sha256(name.encode() + r.randbytes(8)).hexdigest()
    return f"## Verify the download\n\n```\n$ sha256sum {name}\n{h}  {name}\n```\n\nCompare the output with the value on the releases page."


def git_commit(r: random.Random) -> str:
    """Commit ids are content hashes shown in every public history, not credentials."""
    lines = [
        f"{rs(r, HEX, 40)} {m}"
        for m in r.sample(
            [
                "Fix null check in parser",
                "Bump deps",
                "Add retry to uploader",
                "Docs: typo",
                "Refactor cache keys",
                f"Merge pull request #{r.randint(10, 999)}",
            ],
            4,
        )
    ]
    return "$ git log --format='%H %s' -4\n" + "\n".join(lines) + "\n"


def uuid_ids(r: random.Random) -> str:
    """Random UUIDs identify records; they are routinely shown in URLs and give no access by themselves."""
    ids = [str(uuid.UUID(int=r.getrandbits(128), version=4)) for _ in range(3)]
    return (
        '{"items": ['
        + ", ".join(f'{{"id": "{i}", "status": "active"}}' for i in ids)
        + '], "count": 3}'
    )


def request_id(r: random.Random) -> str:
    """Request/trace ids are correlation handles printed in logs and error pages for support lookups."""
    return (
        f"HTTP/1.1 502 Bad Gateway\nx-request-id: {rs(r, HEX, 32)}\ntraceparent: 00-{rs(r, HEX, 32)}-{rs(r, HEX, 16)}-01\n\n"
        "Upstream timed out. Quote the request id when contacting support."
    )


def order_id(r: random.Random) -> str:
    """Order and invoice numbers are business references the customer is meant to see and quote."""
    return (
        f"Thanks for your purchase!\nOrder: ORD-{rs(r, string.ascii_uppercase + string.digits, 10)}\nInvoice: INV-2025-{r.randint(10000, 99999)}\n"
        f"Payment intent: pi_{rs(r, ALNUM, 24)}\nYou can track your parcel with reference {rs(r, string.ascii_uppercase, 2)}{r.randint(10**8, 10**9)}GB."
    )


def stripe_publishable(r: random.Random) -> str:
    """Publishable keys are designed to be embedded in public web pages and cannot move money."""
    return f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_{rs(r, ALNUM, 99)}');\n</script>"


def ssh_public_key(r: random.Random) -> str:
    """Public keys are meant to be shared; only the matching private key authenticates."""
    blob = base64.b64encode(
        b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + r.randbytes(32)
    ).decode()
    return f"Add this key to your GitHub account (Settings → SSH keys):\n\nssh-ed25519 {blob} {r.choice(['ana', 'tom', 'ci'])}@{r.choice(['laptop', 'build-01'])}"


def certificate(r: random.Random) -> str:
    """X.509 certificates are public documents sent to every TLS client."""
    body = base64.b64encode(
        b"\x30\x82\x03\x5d\x30\x82\x02\x45\xa0\x03\x02\x01\x02" + r.randbytes(300)
    ).decode()
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"# CA bundle for the internal proxy (public)\n-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----\n"


def pgp_fingerprint(r: random.Random) -> str:
    """Key fingerprints are published so people can verify public keys."""
    fp = " ".join(rs(r, "0123456789ABCDEF", 4) for _ in range(10))
    return f"Security contact: security@acme-corp.com\nPGP key fingerprint: {fp}\nPlease encrypt vulnerability reports with this key."


def ssh_host_fingerprint(r: random.Random) -> str:
    """Host key fingerprints are shown to every connecting client to detect MITM."""
    fp = base64.b64encode(r.randbytes(32)).decode().rstrip("=")
    return f"The authenticity of host 'git.acme-corp.com (10.0.4.2)' can't be established.\nED25519 key fingerprint is SHA256:{fp}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?"


def data_uri_image(r: random.Random) -> str:
    """Inline images encoded as base64 are page content, not credentials."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + r.randbytes(60)
    return f'<img alt="logo" width="16" height="16" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


def placeholder(r: random.Random) -> str:
    """Documentation placeholders mark where a user inserts their own key; they hold no value."""
    ph = r.choice(
        [
            "<your-api-key>",
            "YOUR_API_KEY_HERE",
            "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxx-xxxx-xxxx",
            "${API_TOKEN}",
            "<REPLACE_ME>",
            "changeme",
            "********",
        ]
    )
    var = r.choice(["API_KEY", "ACME_TOKEN", "SECRET_KEY", "OPENAI_API_KEY"])
    proj = r.choice(["weatherbot", "invoicer", "gh-stats", "notion-sync", "mailmerge"])
    return f"## Configuration ({proj})\n\nCreate a `.env` file:\n\n```\n{var}={ph}\nPORT={r.randint(3000, 9000)}\n```\n\nReplace the value with the key from your dashboard. Never commit the real key."


def docker_digest(r: random.Random) -> str:
    """Image digests are content addresses of public images, published by the registry."""
    return f"$ docker pull acme/api:1.{r.randint(0, 30)}\nDigest: sha256:{rs(r, HEX, 64)}\nStatus: Downloaded newer image for acme/api:1.{r.randint(0, 30)}"


def npm_integrity(r: random.Random) -> str:
    """Lockfile integrity hashes are Subresource-Integrity digests of public packages."""
    return f'"node_modules/lodash": {{\n  "version": "4.17.{r.randint(10, 21)}",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-{base64.b64encode(r.randbytes(64)).decode()}"\n}}'


def build_id(r: random.Random) -> str:
    """CI build and artifact ids are sequence numbers and content hashes shown on public dashboards."""
    return f"Build #{r.randint(1000, 99999)} succeeded\nartifact: web-{rs(r, HEX, 12)}.zip\nbundle: main.{rs(r, HEX, 8)}.js ({r.randint(100, 900)} kB)\nduration: {r.randint(1, 9)}m {r.randint(0, 59)}s"


def aws_doc_example(r: random.Random) -> str:
    """AWS's documented example credentials are published, non-functional placeholders."""
    return (
        f"Example from the AWS CLI guide (section {r.randint(2, 9)}.{r.randint(1, 20)}):\n\n```\n$ aws configure --profile {r.choice(['dev', 'test', 'sandbox', 'demo'])}{r.randint(1, 99)}\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\n"
        "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: "
        + r.choice(["us-west-2", "eu-west-1"])
        + "\n```"
    )


def csp_nonce(r: random.Random) -> str:
    """A CSP nonce is sent to every visitor in the page itself; it is single-use and public by design."""
    n = base64.b64encode(r.randbytes(16)).decode()
    return f"Content-Security-Policy: script-src 'nonce-{n}' 'strict-dynamic'\n\n<script nonce=\"{n}\">window.dataLayer = [];</script>"


def object_ids(r: random.Random) -> str:
    """Database object ids (ObjectId, ULID, Slack channel ids) name records; they are not authenticators."""
    return (
        f'db.orders.find({{ _id: ObjectId("{rs(r, HEX, 24)}") }})\n// ulid of the event: 01{rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)}\n'
        f"// posted to Slack channel C0{rs(r, string.ascii_uppercase + string.digits, 9)}"
    )


def arn(r: random.Random) -> str:
    """ARNs are resource names that appear in policies and console URLs; they grant no access."""
    return f'{{\n  "Effect": "Allow",\n  "Action": "s3:GetObject",\n  "Resource": "arn:aws:s3:::acme-assets-{r.randint(100, 999)}/*",\n  "Principal": {{"AWS": "arn:aws:iam::{r.randint(10**11, 10**12 - 1)}:role/web-reader"}}\n}}'


def ipfs_cid(r: random.Random) -> str:
    """Content ids and public transaction hashes address public data on open networks."""
    return f"Pinned to IPFS: bafybei{rs(r, 'abcdefghijklmnopqrstuvwxyz234567', 52)}\nAnchor tx: 0x{rs(r, HEX, 64)}"


def redacted(r: random.Random) -> str:
    """Already-masked values keep only a short, non-usable hint of the original."""
    return (
        f"Active keys:\n  name: ci-deploy   key: sk_live_****************{rs(r, ALNUM, 4)}   created: 2025-0{r.randint(1, 9)}-1{r.randint(0, 9)}\n"
        f"  name: analytics   key: ghp_••••••••••••{rs(r, ALNUM, 4)}   last used: never"
    )


def md5_etag(r: random.Random) -> str:
    """ETags are cache validators returned to any client fetching the object."""
    return f'$ aws s3api head-object --bucket public-assets --key logo.svg\n{{\n  "ETag": "\\"{rs(r, HEX, 32)}\\"",\n  "ContentLength": {r.randint(1000, 90000)},\n  "ContentType": "image/svg+xml"\n}}'


LOOKALIKE_KINDS: dict[str, LK] = {
    f.__name__: f
    for f in [
        sha256_checksum,
        git_commit,
        uuid_ids,
        request_id,
        order_id,
        stripe_publishable,
        ssh_public_key,
        certificate,
        pgp_fingerprint,
        ssh_host_fingerprint,
        data_uri_image,
        placeholder,
        docker_digest,
        npm_integrity,
        build_id,
        aws_doc_example,
        csp_nonce,
        object_ids,
        arn,
        ipfs_cid,
        redacted,
        md5_etag,
    ]
}
