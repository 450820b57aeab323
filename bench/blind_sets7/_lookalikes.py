"""Opaque values that are not secrets.

Each generator's docstring says why the value must not be redacted.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
from collections.abc import Callable

from ._carriers import tiny_png
from ._common import ALNUM, CITIES, DOMAINS, TEAMS, chars, hexs, human_date, person, ts, uuid4

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _der_b64(r: random.Random, prefix: str, n: int) -> str:
    raw = bytes.fromhex(prefix) + bytes(r.randrange(256) for _ in range(n))
    enc = base64.b64encode(raw).decode()
    return "\n".join(enc[i : i + 64] for i in range(0, len(enc), 64))


def git_commit_sha(r: random.Random) -> str:
    """A commit id names a public object in a repository's history; it grants no access."""
    sha = hexs(r, 40)
    return r.choice(
        [
            f"Merged {sha} into main after review by {person(r)}. CI run "
            f"#{r.randint(1000, 99999)} passed.",
            f"commit {sha}\nAuthor: {person(r)}\nDate:   {ts(r)}\n\n    Fix off-by-one in "
            f"{r.choice(TEAMS)} pager\n",
            f"Regression introduced in {sha[:12]} (full: {sha}); revert is in PR "
            f"#{r.randint(100, 9999)}.",
        ]
    )


def sha256_checksum(r: random.Random) -> str:
    """A published checksum lets anyone verify a download; it is meant to be public."""
    f = (
        f"{r.choice(['warden', 'agent', 'cli', 'server'])}-"
        f"{r.randint(1, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    )
    return (
        f"SHA256SUMS\n{hexs(r, 64)}  {f}-linux-amd64.tar.gz\n{hexs(r, 64)}  "
        f"{f}-darwin-arm64.tar.gz\n"
        f"{hexs(r, 64)}  {f}-windows-amd64.zip\n\nVerify with: sha256sum -c SHA256SUMS\n"
    )


def md5_checksum(r: random.Random) -> str:
    """An MD5 digest of a file is an integrity fingerprint of public content, not a credential."""
    return (
        f"Downloaded dataset_{r.choice(CITIES).lower()}_{r.randint(2019, 2026)}.parquet "
        f"({r.randint(2, 900)} MB)\nmd5: {hexs(r, 32)}\nmatches the value on the mirror page.\n"
    )


def uuid_ids(r: random.Random) -> str:
    """UUIDs identify records or requests; knowing one does not let anyone act on it."""
    return (
        f'{{"workspace_id": "{uuid4(r)}", "project_id": "{uuid4(r)}", '
        f'"created_by": "{person(r)}", "created_at": "{ts(r)}", "status": "archived"}}'
    )


def docker_digest(r: random.Random) -> str:
    """An image digest pins a public container image by content hash."""
    return (
        f"$ docker pull ghcr.io/{r.choice(TEAMS)}/api:{r.randint(1, 9)}.{r.randint(0, 30)}\n"
        f"Digest: sha256:{hexs(r, 64)}\nStatus: Downloaded newer image\n"
    )


def npm_integrity(r: random.Random) -> str:
    """Lockfile integrity hashes are SRI digests of published packages."""
    raw = bytes(r.randrange(256) for _ in range(64))
    name = r.choice(["left-pad", "chalk", "zod", "ms", "debug", "semver", "yaml"])
    return (
        f'"node_modules/{name}": '
        f'{{\n  "version": "{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",\n'
        f'  "resolved": "https://registry.npmjs.org/{name}/-/{name}.tgz",\n'
        f'  "integrity": "sha512-{base64.b64encode(raw).decode()}"\n}}'
    )


def ssh_public_key(r: random.Random) -> str:
    """An SSH public key is designed to be shared (authorized_keys, key listings)."""
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(
        r.randrange(256) for _ in range(32)
    )
    n = person(r)
    return (
        f"# {r.choice(TEAMS)} team keys\nssh-ed25519 {base64.b64encode(raw).decode()} "
        f"{n.split()[0].lower()}@{r.choice(['laptop', 'workstation', 'mbp'])}\n"
    )


def pem_certificate(r: random.Random) -> str:
    """A certificate holds only a public key and identity; servers send it to every client."""
    return (
        f"# CA bundle for {r.choice(DOMAINS)}\n-----BEGIN CERTIFICATE-----\n"
        f"{_der_b64(r, '308203', 420)}\n-----END CERTIFICATE-----\n"
    )


def pem_public_key(r: random.Random) -> str:
    """A PEM public key is the half of a key pair that is published for verification."""
    return (
        f"JWT verification key (public), rotate by {human_date(r)}:\n-----BEGIN PUBLIC KEY-----\n"
        f"{_der_b64(r, '30820122300d06092a864886f70d01010105000382010f00', 270)}\n-----END PUBLIC "
        f"KEY-----\n"
    )


def pgp_fingerprint(r: random.Random) -> str:
    """A PGP fingerprint identifies a public key so people can verify it."""
    fp = hexs(r, 40).upper()
    grouped = " ".join(fp[i : i + 4] for i in range(0, 40, 4))
    return (
        f"Releases are signed by {person(r)} <release@{r.choice(DOMAINS)}>\n"
        f"Key fingerprint: {grouped}\ngpg --recv-keys {fp[-16:]}\n"
    )


def tls_fingerprint(r: random.Random) -> str:
    """A certificate fingerprint is a hash of a public certificate used for pinning."""
    fp = ":".join(hexs(r, 2).upper() for _ in range(32))
    return (
        f"Certificate for api.{r.choice(DOMAINS)}\nSHA-256 Fingerprint: {fp}\n"
        f"Valid until {human_date(r)}\n"
    )


def placeholder(r: random.Random) -> str:
    """Documentation placeholders stand in for a key the reader must supply; they hold nothing."""
    ph = r.choice(
        [
            "<your-api-key>",
            "YOUR_API_KEY_HERE",
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxx-xxxx-xxxx-xxxx",
            "<REPLACE_ME>",
            "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "AKIAXXXXXXXXXXXXXXXX",
            "********",
            "{{API_TOKEN}}",
            "<token>",
        ]
    )
    return (
        f"## Quick start\n\nSet your key before running the examples:\n\n```bash\n"
        f'export {r.choice(["API_KEY", "SERVICE_TOKEN", "STRIPE_KEY", "GITHUB_TOKEN"])}="{ph}"\n'
        f"{r.choice(['./run.sh', 'npm start', 'python demo.py'])}\n```\n\nReplace the placeholder "
        f"with the key "
        f"from your dashboard ({r.choice(DOMAINS)}/settings).\n"
    )


def env_reference(r: random.Random) -> str:
    """A reference to a secret store (${VAR}, secrets.X) names a secret without containing it."""
    ref = r.choice(
        [
            "${DB_PASSWORD}",
            "${{ secrets.NPM_TOKEN }}",
            "{{ .Values.apiKey }}",
            'os.environ["STRIPE_SECRET_KEY"]',
            "vault:secret/data/prod#password",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db",
        ]
    )
    return (
        f'deploy:\n  env:\n    DATABASE_PASSWORD: "{ref}"\n    REGION: eu-west-1\n'
        f"  # values are injected at runtime by the {r.choice(TEAMS)} pipeline\n"
    )


def base64_image(r: random.Random) -> str:
    """An inline image is encoded picture data, shown to anyone viewing the page."""
    return (
        f'<img alt="{r.choice(["avatar", "status icon", "chart legend"])}" '
        f'src="data:image/png;base64,{tiny_png(r)}" width="{r.randint(8, 32)}">\n'
        f"<p>Updated {human_date(r)} by {person(r)}</p>\n"
    )


def order_id(r: random.Random) -> str:
    """Order, payment and customer object ids are lookup keys; using them requires a real key."""
    return (
        f"Order {r.choice(['ord', 'pi', 'ch', 'cus'])}_{chars(r, ALNUM, 24)} for {person(r)} "
        f"shipped from {r.choice(CITIES)} on {human_date(r)}; tracking "
        f"{chars(r, string.ascii_uppercase, 2)}"
        f"{r.randint(10**8, 10**9)}{chars(r, string.ascii_uppercase, 2)}.\n"
    )


def stripe_publishable(r: random.Random) -> str:
    """Stripe publishable keys are designed to be embedded in web pages and mobile apps."""
    return (
        f'<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = '
        f"Stripe('pk_live_{chars(r, ALNUM, 99)}');\n</script>\n"
    )


def aws_doc_example(r: random.Random) -> str:
    """AWS's documentation example credentials are published, fake and deliberately invalid."""
    return (
        f"Example from the AWS CLI guide ({r.choice(['configure', 'quickstart', 'profiles'])} "
        f"section):\n\n"
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        f"region = {r.choice(['us-west-2', 'eu-west-1', 'ap-southeast-2'])}\n"
    )


def build_id(r: random.Random) -> str:
    """CI build ids and artifact names are bookkeeping identifiers."""
    return (
        f"Build {r.choice(TEAMS)}-{r.randint(1000, 99999)} ({hexs(r, 12)}) finished in "
        f"{r.randint(1, 40)}m{r.randint(0, 59)}s\nArtifact: app-{hexs(r, 8)}.zip\n"
        f"Run id: {r.randint(10**9, 10**10)}\n"
    )


def trace_id(r: random.Random) -> str:
    """Trace and request ids correlate log lines; they carry no authority."""
    return (
        f"{ts(r)} ERROR checkout failed traceparent=00-{hexs(r, 32)}-{hexs(r, 16)}-01 "
        f"x-request-id={uuid4(r)} X-Amzn-Trace-Id=Root=1-{hexs(r, 8)}-{hexs(r, 24)}\n"
    )


def nonce_in_docs(r: random.Random) -> str:
    """Sample nonces and state values in docs illustrate a protocol; single-use and public."""
    return (
        f"Example authorization request:\n\nGET /authorize?response_type=code&client_id=demo-app"
        f"&state={chars(r, ALNUM, 22)}&nonce={chars(r, ALNUM, 22)}&redirect_uri=https%3A%2F%2F"
        f"app.example.com%2Fcb\n\nThe state value must match the one returned in the callback.\n"
    )


def s3_etag(r: random.Random) -> str:
    """An S3 ETag is the object's content hash returned to any reader."""
    return (
        f'{{"Key": "exports/{human_date(r).replace(" ", "-")}.csv", '
        f'"Size": {r.randint(100, 10**7)}, '
        f'"ETag": "\\"{hexs(r, 32)}-{r.randint(2, 20)}\\"", "StorageClass": "STANDARD"}}'
    )


def ulid_ids(r: random.Random) -> str:
    """ULIDs are sortable record identifiers."""
    ids = [chars(r, CROCKFORD, 26) for _ in range(3)]
    return (
        "event_id,type,occurred_at\n"
        + "\n".join(f"{i},{r.choice(['signup', 'upgrade', 'churn'])},{ts(r)}" for i in ids)
        + "\n"
    )


def ipfs_cid(r: random.Random) -> str:
    """A content id addresses public content on IPFS."""
    return (
        f"Pinned {r.choice(['whitepaper.pdf', 'dataset.tar', 'site/'])} to IPFS: "
        f"bafybei{chars(r, 'abcdefghijklmnopqrstuvwxyz234567', 52)} (gateway ipfs.io)\n"
    )


def ethereum_address(r: random.Random) -> str:
    """A wallet or contract address is public by design; it receives funds, it cannot spend them."""
    return (
        f"Donations: send to 0x{hexs(r, 40)} (ETH / ERC-20). Contract verified on the explorer "
        f"on {human_date(r)}; tx 0x{hexs(r, 64)}.\n"
    )


def go_sum(r: random.Random) -> str:
    """go.sum lines are hashes of public module versions."""
    mods = [
        "golang.org/x/net",
        "github.com/stretchr/testify",
        "google.golang.org/grpc",
        "github.com/spf13/cobra",
    ]
    out = []
    for m in r.sample(mods, 2):
        v = f"v{r.randint(0, 2)}.{r.randint(0, 60)}.{r.randint(0, 9)}"
        raw = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
        out.append(f"{m} {v} h1:{raw}")
    return "\n".join(out) + "\n"


def sri_hash(r: random.Random) -> str:
    """Subresource-integrity hashes are published in HTML to pin a script's content."""
    raw = base64.b64encode(
        hashlib.sha384(bytes(r.randrange(256) for _ in range(16))).digest()
    ).decode()
    return (
        '<script src="https://cdn.jsdelivr.net/npm/'
        f"{r.choice(['htmx.org', 'alpinejs', 'chart.js'])}"
        f'@{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}/dist/app.min.js" '
        f'integrity="sha384-{raw}" crossorigin="anonymous"></script>\n'
    )


def aws_arn(r: random.Random) -> str:
    """An ARN names a resource; access is governed by IAM, not by knowing the name."""
    return (
        f"Lambda arn:aws:lambda:eu-west-1:{r.randint(10**11, 10**12 - 1)}:function:"
        f"{r.choice(TEAMS)}-handler invoked {r.randint(10, 9999)} times; role "
        f"arn:aws:iam::{r.randint(10**11, 10**12 - 1)}:role/{r.choice(TEAMS)}-exec\n"
    )


LOOKALIKE_KINDS: dict[str, Callable[[random.Random], str]] = {
    f.__name__: f
    for f in [
        git_commit_sha,
        sha256_checksum,
        md5_checksum,
        uuid_ids,
        docker_digest,
        npm_integrity,
        ssh_public_key,
        pem_certificate,
        pem_public_key,
        pgp_fingerprint,
        tls_fingerprint,
        placeholder,
        env_reference,
        base64_image,
        order_id,
        stripe_publishable,
        aws_doc_example,
        build_id,
        trace_id,
        nonce_in_docs,
        s3_etag,
        ulid_ids,
        ipfs_cid,
        ethereum_address,
        go_sum,
        sri_hash,
        aws_arn,
    ]
}
