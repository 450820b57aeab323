"""Opaque values that are not secrets. Each generator's docstring says why it is not a secret."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import uuid
from collections.abc import Callable

from blind_sets5._secret_gen import ALNUM, HEX, UP, b64url, pem, rs

Gen = Callable[[random.Random], str]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha256_checksums(rng: random.Random) -> str:
    """SHA-256 digests of release files are published so anyone can verify downloads."""
    ver = f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    lines = [f"{rs(rng, HEX, 64)}  tool-{ver}-{osn}.tar.gz" for osn in
             ("linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64")]
    return f"SHA256SUMS for release v{ver}\n\n" + "\n".join(lines) + "\n"


def git_log(rng: random.Random) -> str:
    """Commit SHAs identify public history objects; knowing one grants no access."""
    out = []
    for _ in range(3):
        out.append(f"commit {rs(rng, HEX, 40)}\nAuthor: {rng.choice(['Ana', 'Bo', 'Cy'])} "
                   f"<dev@example.org>\nDate:   Tue Mar {rng.randint(1, 28)} 10:12:00 2025\n\n"
                   f"    {rng.choice(['fix flaky test', 'bump deps', 'add retry to sync'])}\n")
    return "$ git log -3\n" + "\n".join(out)


def request_ids(rng: random.Random) -> str:
    """Request and trace ids are correlation handles written to logs on purpose."""
    lines = [f"2025-04-{rng.randint(10, 28)}T09:{rng.randint(10, 59)}:00Z INFO request_id="
             f"{_uuid(rng)} trace_id={rs(rng, HEX, 32)} span_id={rs(rng, HEX, 16)} status=200"
             for _ in range(4)]
    return "\n".join(lines)


def etag_headers(rng: random.Random) -> str:
    """ETags are cache validators the server sends to every client."""
    return (f"HTTP/1.1 200 OK\nContent-Type: text/html\nETag: \"{rs(rng, HEX, 32)}\"\n"
            f"Last-Modified: Wed, 0{rng.randint(1, 9)} Apr 2025 10:00:00 GMT\nCache-Control: "
            f"max-age=3600\nX-Request-Id: {_uuid(rng)}\n"
            f"Content-Length: {rng.randint(900, 90000)}\n")


def ssh_public_key(rng: random.Random) -> str:
    """Public keys are meant to be shared; authorized_keys files hold only public halves."""
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 "
                            + bytes(rng.getrandbits(8) for _ in range(32))).decode()
    user = rng.choice(["ana@laptop", "ci@build-07", "deploy@bastion"])
    return (f"# ~/.ssh/authorized_keys on bastion\n# added {rng.randint(2021, 2025)}, ticket "
            f"OPS-{rng.randint(100, 999)}\nssh-ed25519 {blob} {user}\n")


def certificate(rng: random.Random) -> str:
    """X.509 certificates are public documents presented in every TLS handshake."""
    return ("Server certificate chain (from openssl s_client):\n"
            + pem(rng, "CERTIFICATE", rng.randint(180, 260)) + "\nVerify return code: 0 (ok)\n")


def pgp_public(rng: random.Random) -> str:
    """A PGP public key block is published so others can encrypt to its owner."""
    raw = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(200))).decode()
    body = "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))
    return ("Security contact: security@example.org\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
            f"{body}\n=Ab{rs(rng, ALNUM, 2)}\n-----END PGP PUBLIC KEY BLOCK-----\n")


def image_digest(rng: random.Random) -> str:
    """Container image digests are content addresses of public or registry images."""
    return (f"$ docker pull nginx:1.27\n1.27: Pulling from library/nginx\nDigest: sha256:"
            f"{rs(rng, HEX, 64)}\nStatus: Downloaded newer image for nginx:1.27\n"
            f"docker.io/library/nginx@sha256:{rs(rng, HEX, 64)}\n")


def npm_integrity(rng: random.Random) -> str:
    """Lockfile integrity hashes pin package contents; they are meant to be committed."""
    integ = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()
    name = rng.choice(["lodash", "chalk", "debug", "semver", "ms"])
    return (f"    \"node_modules/{name}\": {{\n      \"version\": \""
            f"{rng.randint(1, 5)}.{rng.randint(0, 9)}"
            f".{rng.randint(0, 9)}\",\n      \"resolved\": \"https://registry.npmjs.org/{name}/-/"
            f"{name}.tgz\",\n      \"integrity\": \"sha512-{integ}\",\n      \"license\": \"MIT\"\n"
            "    },\n")


def pip_hashes(rng: random.Random) -> str:
    """Hash-pinned requirements list artifact digests for reproducible installs."""
    return (f"# requirements.txt (pip-compile --generate-hashes)\n"
            f"requests==2.32.{rng.randint(0, 4)} "
            f"\\\n    --hash=sha256:{rs(rng, HEX, 64)} \\\n    --hash=sha256:{rs(rng, HEX, 64)}\n"
            f"idna==3.{rng.randint(4, 10)} \\\n    --hash=sha256:{rs(rng, HEX, 64)}\n")


def data_uri_image(rng: random.Random) -> str:
    """Inline images are page content; their base64 is pixels, not credentials."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.getrandbits(8) for _ in range(120))
    return (f"<p>Logo preview:</p>\n<img width=\"{rng.randint(16, 64)}\" alt=\"logo\" src=\"data:"
            f"image/png;base64,{base64.b64encode(png).decode()}\">\n")


def placeholder_keys(rng: random.Random) -> str:
    """Placeholders in docs stand in for a value the reader supplies."""
    ph = rng.choice(["<your-api-key>", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_TOKEN_HERE",
                     "${API_KEY}", "{{ secrets.API_TOKEN }}", "REPLACE_ME", "********",
                     "<PASTE_TOKEN>", "xoxb-your-token",
                     "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"])
    return (f"## Configuration\n\nCreate a `.env` file next to `docker-compose.yml`:\n\n```\n"
            f"API_BASE=https://api.example.com\nAPI_KEY={ph}\n```\n\nReplace the value with the "
            f"key from your dashboard (Settings → API). "
            f"Step {rng.randint(2, 5)} of the quick start "
            "shows where to find it.\n")


def aws_doc_example(rng: random.Random) -> str:
    """AWS's documentation example keys are published, deliberately invalid values."""
    profile = rng.choice(["default", "sandbox", "training", "docs-demo", "lab1", "lab2"])
    return (f"$ aws configure --profile {profile}\nAWS Access Key ID [None]: "
            "AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: "
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: "
            f"{rng.choice(['us-west-2', 'eu-west-1'])}\nDefault output format [None]: json\n")


def publishable_key(rng: random.Random) -> str:
    """Stripe publishable keys are designed to be embedded in public web pages."""
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = "
            f"Stripe('pk_live_{rs(rng, ALNUM, 99)}');\n  const elements = stripe.elements();\n"
            "</script>\n")


def ssh_fingerprint(rng: random.Random) -> str:
    """Host-key fingerprints are shown to every connecting client for verification."""
    fp = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return (f"The authenticity of host 'build-{rng.randint(1, 40)}.example.net (192.0.2."
            f"{rng.randint(1, 254)})' can't be established.\nED25519 key fingerprint is SHA256:"
            f"{fp}.\nAre you sure you want to continue connecting (yes/no)? yes\n")


def object_ids(rng: random.Random) -> str:
    """Object ids (orders, customers, charges) are references, useless without a key."""
    return json.dumps({"id": f"ch_{rs(rng, ALNUM, 24)}", "object": "charge",
                       "customer": f"cus_{rs(rng, ALNUM, 14)}",
                       "payment_intent": f"pi_{rs(rng, ALNUM, 24)}",
                       "amount": rng.randint(100, 99999), "currency": "eur", "status": "succeeded",
                       "order": f"ORD-{rng.randint(10**7, 10**8)}"}, indent=2)


def ci_build(rng: random.Random) -> str:
    """Build and run ids and artifact hashes in CI output are public job metadata."""
    return (f"Run #{rng.randint(1000, 99999)} (id {rng.randint(10**9, 10**10)}) finished: success\n"
            f"Artifact: dist-{rs(rng, HEX, 12)}.zip  sha1={rs(rng, HEX, 40)}\nCache key: "
            f"node-modules-{rs(rng, HEX, 64)}\n"
            f"Duration: {rng.randint(1, 20)}m{rng.randint(0, 59)}s\n")


def csp_nonce(rng: random.Random) -> str:
    """A CSP nonce is sent to the browser in the page itself and is single-use."""
    n = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(16))).decode()
    return (f"<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"script-src "
            f"'nonce-{n}'\">\n<script nonce=\"{n}\">window.dataLayer=[];</script>\n</head>\n")


def pagination_cursor(rng: random.Random) -> str:
    """Pagination cursors encode a position in a result list, not an identity."""
    cur = b64url(json.dumps({"offset": rng.randint(20, 5000), "sort": "created"}).encode())
    return json.dumps({"items": [{"id": rng.randint(1, 9999)} for _ in range(3)],
                       "next_cursor": cur, "has_more": True}, indent=2)


def sri_hash(rng: random.Random) -> str:
    """Subresource-integrity hashes are published in HTML so browsers can verify CDN files."""
    h = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode()
    return (f"<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3."
            f"{rng.randint(0, 3)}/dist/css/bootstrap.min.css\"\n      integrity=\"sha384-{h}\" "
            "crossorigin=\"anonymous\">\n")


def k8s_metadata(rng: random.Random) -> str:
    """Kubernetes uids and resource versions identify objects; they grant nothing."""
    return (f"metadata:\n  name: web-{rs(rng, 'bcdfghjklmnpqrstvwxz2456789', 10)}-"
            f"{rs(rng, 'bcdfghjklmnpqrstvwxz2456789', 5)}\n  namespace: default\n  uid: "
            f"{_uuid(rng)}\n  resourceVersion: \"{rng.randint(10**5, 10**8)}\"\n  "
            f"labels:\n    pod-template-hash: {rs(rng, HEX, 10)}\n")


def lfs_pointer(rng: random.Random) -> str:
    """Git LFS pointers name a content hash of a committed file."""
    return (f"version https://git-lfs.github.com/spec/v1\noid sha256:{rs(rng, HEX, 64)}\n"
            f"size {rng.randint(10**4, 10**9)}\n\n(model.bin is stored in Git LFS; run `git lfs "
            "pull` to fetch it)\n")


def tx_hash(rng: random.Random) -> str:
    """Blockchain transaction hashes and addresses are public ledger entries."""
    return (f"Payment sent. Transaction hash: 0x{rs(rng, HEX, 64)}\nFrom: 0x{rs(rng, HEX, 40)}\n"
            f"Block: {rng.randint(10**7, 3 * 10**7)}  Confirmations: {rng.randint(1, 60)}\n"
            "View on https://etherscan.io\n")


def file_hash_doc(rng: random.Random) -> str:
    """Malware/IOC hashes in threat reports identify samples; they are shared widely."""
    return (f"Indicators of compromise (report TR-{rng.randint(100, 999)})\n\nMD5: "
            f"{rs(rng, HEX, 32)}\nSHA1: {rs(rng, HEX, 40)}\nSHA256: {rs(rng, HEX, 64)}\n"
            f"C2 domain: update-check[.]example\n")


def jwk_public(rng: random.Random) -> str:
    """A JWKS document publishes public signing keys for token verification."""
    n = b64url(bytes(rng.getrandbits(8) for _ in range(256)))
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256",
                                 "kid": rs(rng, HEX, 16), "n": n, "e": "AQAB"}]}, indent=2)


def hashed_content(rng: random.Random) -> str:
    """Content hashes in build manifests name static assets served to every visitor."""
    files = [f"\"{n}.js\": \"/static/{n}.{rs(rng, HEX, 8)}.js\""
             for n in ("main", "vendor", "app")]
    build = hashlib.sha1(str(rng.random()).encode()).hexdigest()
    return "{\n  " + ",\n  ".join(files) + f",\n  \"build\": \"{build}\"\n}}"


def masked_values(rng: random.Random) -> str:
    """Masked or truncated keys show only a harmless suffix for identification."""
    return (f"API keys\n\nName          Key                 Created\n"
            f"production    sk_live_...{rs(rng, ALNUM, 4)}"
            f"    2025-0{rng.randint(1, 9)}-12\nci            ghp_****{rs(rng, ALNUM, 4)}        "
            "2024-11-02\n")


def isbn_sku(rng: random.Random) -> str:
    """Product, catalogue and model codes are public catalogue data."""
    return (f"SKU: {rs(rng, UP, 3)}-{rng.randint(1000, 9999)}-{rs(rng, UP + '0123456789', 6)}\n"
            f"Model: X{rng.randint(100, 999)}{rs(rng, UP, 2)}\nEAN: {rng.randint(10**12, 10**13)}\n"
            f"Batch: {rs(rng, UP + '0123456789', 10)}\n")


LOOKALIKE_GENS: dict[str, Gen] = {
    "sha256_checksums": sha256_checksums, "git_commit_sha": git_log, "request_ids": request_ids,
    "etag": etag_headers, "ssh_public_key": ssh_public_key, "certificate": certificate,
    "pgp_public_key": pgp_public, "image_digest": image_digest, "npm_integrity": npm_integrity,
    "pip_hashes": pip_hashes, "data_uri_image": data_uri_image, "placeholder": placeholder_keys,
    "aws_doc_example": aws_doc_example, "publishable_key": publishable_key,
    "ssh_fingerprint": ssh_fingerprint, "object_ids": object_ids, "ci_build": ci_build,
    "csp_nonce": csp_nonce, "pagination_cursor": pagination_cursor, "sri_hash": sri_hash,
    "k8s_metadata": k8s_metadata, "lfs_pointer": lfs_pointer, "tx_hash": tx_hash,
    "ioc_hashes": file_hash_doc, "jwk_public": jwk_public, "asset_manifest": hashed_content,
    "masked_key": masked_values, "product_codes": isbn_sku,
}
