# ruff: noqa: E501
"""Opaque values that are not secrets; each generator's docstring says why."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable

from ._common import PRODUCTS, Rng, alnum, date, hexs, name, ts, uuid4
from ._hardneg import _png


def sha256_checksum(rng: Rng) -> str:
    """A SHA-256 of a published release file; it is meant to be compared in public."""
    f = f"{rng.choice(PRODUCTS)}-{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-linux-amd64.tar.gz"
    h = hashlib.sha256(f.encode() + bytes([rng.randrange(256)])).hexdigest()
    return f"Verify the download before installing:\n\n    {h}  {f}\n\n$ sha256sum -c SHA256SUMS\n{f}: OK"


def md5_etag(rng: Rng) -> str:
    """An S3 ETag is the MD5 of an object's bytes; it identifies content and grants nothing."""
    return f"$ aws s3api head-object --bucket {rng.choice(PRODUCTS)}-assets --key img/{hexs(rng, 6)}.jpg\n{{\n    \"AcceptRanges\": \"bytes\",\n    \"ContentLength\": {rng.randint(1000, 900000)},\n    \"ETag\": \"\\\"{hexs(rng, 32)}\\\"\",\n    \"ContentType\": \"image/jpeg\"\n}}"


def commit_sha(rng: Rng) -> str:
    """A git commit id names a public revision of the history."""
    lines = [f"{hexs(rng, 40)} {rng.choice(['fix', 'feat', 'chore', 'docs'])}: {rng.choice(['bump deps', 'handle empty csv', 'update readme', 'retry on 503'])}" for _ in range(rng.randint(2, 5))]
    return "$ git log --format='%H %s' -n " + str(len(lines)) + "\n" + "\n".join(lines)


def uuid_ids(rng: Rng) -> str:
    """UUIDs of records are identifiers; knowing one gives no access by itself."""
    rows = [{"id": uuid4(rng), "title": rng.choice(["Invoice", "Offer", "Receipt", "Contract"]) + f" {rng.randint(100, 9999)}", "owner_id": uuid4(rng)} for _ in range(rng.randint(2, 4))]
    return json.dumps({"results": rows, "count": len(rows)}, indent=2)


def ssh_public_key(rng: Rng) -> str:
    """An SSH public key is designed to be shared (authorized_keys, GitHub profiles)."""
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(rng.randrange(256) for _ in range(32))).decode()
    return f"# ~/.ssh/authorized_keys on bastion-{rng.randint(1, 9)}\nssh-ed25519 {blob} {name(rng).split()[0].lower()}@laptop-{hexs(rng, 4)}"


def x509_certificate(rng: Rng) -> str:
    """A certificate carries a public key and is sent to every TLS client; it is public."""
    body = base64.b64encode(b"\x30\x82\x03\x0d\x30\x82\x01\xf5\xa0\x03\x02\x01\x02" + bytes(rng.randrange(256) for _ in range(540))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return f"# CA bundle for {rng.choice(PRODUCTS)} (public)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def order_ids(rng: Rng) -> str:
    """Order and invoice numbers are business references printed on receipts."""
    return f"Order ORD-{rng.randint(2023, 2026)}-{alnum(rng, 8, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')} confirmed.\nInvoice INV{rng.randint(10**7, 10**8)} · Shipment {alnum(rng, 12, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}\nTotal: {rng.randint(10, 900)}.{rng.randint(0, 99):02d} EUR"


def request_ids(rng: Rng) -> str:
    """Request and trace ids correlate log lines; they are printed in error pages on purpose."""
    return f"HTTP/1.1 502 Bad Gateway\nx-request-id: {hexs(rng, 32)}\ntraceparent: 00-{hexs(rng, 32)}-{hexs(rng, 16)}-01\nx-amzn-trace-id: Root=1-{hexs(rng, 8)}-{hexs(rng, 24)}\n\nPlease quote the request id when contacting support."


def base64_image(rng: Rng) -> str:
    """A base64 data URI of a small image is just picture bytes."""
    return f'<img alt="{rng.choice(["logo", "avatar", "spacer", "flag"])}" width="16" height="16" src="data:image/png;base64,{_png(rng)}">'


def placeholder(rng: Rng) -> str:
    """Documentation placeholders stand in for a key the reader must supply."""
    ph = rng.choice(["<your-api-key>", "YOUR_API_KEY_HERE", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "xxxx-xxxx-xxxx-xxxx", "${API_TOKEN}", "{{ secrets.DEPLOY_TOKEN }}", "changeme", "<paste token>", "********"])
    return f"## Configuration\n\nSet the key in your shell:\n\n```bash\nexport {rng.choice(['ACME_API_KEY', 'SERVICE_TOKEN', 'API_KEY'])}={ph}\n```\n\nThen run `{rng.choice(PRODUCTS)} whoami` to check it works."


def build_ids(rng: Rng) -> str:
    """CI build numbers and artifact digests identify builds, not people or privileges."""
    return f"Build #{rng.randint(100, 99999)} succeeded in {rng.randint(1, 30)}m{rng.randint(0, 59)}s\nartifact: {rng.choice(PRODUCTS)}-{hexs(rng, 12)}.zip\nrunner: gh-{alnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz0123456789')}\nrun id: {rng.randint(10**9, 10**10)}"


def gpg_fingerprint(rng: Rng) -> str:
    """A PGP key fingerprint is published so others can verify signatures."""
    fp = " ".join(hexs(rng, 4).upper() for _ in range(10))
    return f"pub   ed25519 {date(rng)} [SC]\n      {fp}\nuid           [ultimate] {name(rng)} <releases@{rng.choice(PRODUCTS)}.org>\n\nImport the release key and check the fingerprint above."


def docs_nonce(rng: Rng) -> str:
    """An example nonce/state value in protocol documentation is illustrative only."""
    return f"The client sends a random `state` parameter, for example:\n\n    GET /authorize?response_type=code&client_id=demo-app&state={alnum(rng, 16)}&nonce={hexs(rng, 16)}\n\nand checks that the same state comes back."


def docker_digest(rng: Rng) -> str:
    """An image digest pins a public image by its content hash."""
    return f"$ docker pull {rng.choice(['python', 'nginx', 'postgres', 'redis'])}:{rng.randint(3, 17)}\nDigest: sha256:{hexs(rng, 64)}\nStatus: Downloaded newer image"


def sri_integrity(rng: Rng) -> str:
    """Subresource-integrity and lockfile hashes pin public packages."""
    h = base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()
    return f'<script src="https://cdn.jsdelivr.net/npm/{rng.choice(["htmx.org", "alpinejs", "chart.js"])}@{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}" integrity="sha384-{h}" crossorigin="anonymous"></script>'


def content_hashed_files(rng: Rng) -> str:
    """Content-hashed asset names are cache busters generated by bundlers."""
    return "dist/\n" + "\n".join(f"  assets/{rng.choice(['index', 'vendor', 'app', 'chunk'])}.{hexs(rng, 8)}.{rng.choice(['js', 'css'])}  {rng.randint(2, 400)} kB" for _ in range(rng.randint(3, 5)))


def object_ids(rng: Rng) -> str:
    """Database object ids (MongoDB ObjectId, ULID) are row identifiers."""
    return "\n".join(f'{{ "_id": ObjectId("{hexs(rng, 24)}"), "sku": "{alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}", "ulid": "01{alnum(rng, 24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}" }}' for _ in range(rng.randint(2, 3)))


def aws_documented_example(rng: Rng) -> str:
    """AWS's own documentation example keys are published placeholders, valid nowhere."""
    profile = rng.choice(["default", "dev", "sandbox", "training", "docs-demo"])
    return f"# Example from the AWS CLI configuration guide (section {rng.randint(2, 9)}.{rng.randint(1, 9)})\n[{profile}]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = {rng.choice(['us-west-2', 'eu-west-1', 'us-east-1', 'ap-northeast-1'])}\noutput = {rng.choice(['json', 'yaml', 'text', 'table'])}"


def pod_names(rng: Rng) -> str:
    """Kubernetes pod names carry a random suffix to keep them unique."""
    return "NAME                                READY   STATUS    RESTARTS   AGE\n" + "\n".join(f"{rng.choice(PRODUCTS)}-{hexs(rng, 10)}-{alnum(rng, 5, 'bcdfghjklmnpqrstvwxz2456789')}   1/1     Running   {rng.randint(0, 4)}          {rng.randint(1, 40)}d" for _ in range(rng.randint(2, 4)))


def tx_hash(rng: Rng) -> str:
    """A blockchain transaction hash is public by design."""
    return f"Payment sent. Transaction: 0x{hexs(rng, 64)}\nBlock {rng.randint(10**7, 2 * 10**7)} · {rng.randint(1, 60)} confirmations · {ts(rng)}"


def public_client_id(rng: Rng) -> str:
    """OAuth client ids and reCAPTCHA site keys are embedded in public front-end code by design."""
    return f"<script>\n  window.APP_CONFIG = {{\n    oauthClientId: \"{rng.randint(10**11, 10**12)}-{alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789')}.apps.googleusercontent.com\",\n    recaptchaSiteKey: \"6L{alnum(rng, 38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}\"\n  }};\n</script>"


LOOKALIKE_KINDS: dict[str, Callable[[Rng], str]] = {
    f.__name__: f for f in [
        sha256_checksum, md5_etag, commit_sha, uuid_ids, ssh_public_key, x509_certificate, order_ids,
        request_ids, base64_image, placeholder, build_ids, gpg_fingerprint, docs_nonce, docker_digest,
        sri_integrity, content_hashed_files, object_ids, aws_documented_example, pod_names, tx_hash,
        public_client_id,
    ]
}
LOOKALIKE_REASONS: dict[str, str] = {k: (f.__doc__ or "").strip() for k, f in LOOKALIKE_KINDS.items()}
