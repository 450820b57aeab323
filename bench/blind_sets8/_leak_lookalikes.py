"""Opaque values that are not secrets (blind set 8). Each kind's docstring says why."""

# ruff: noqa: E501
from __future__ import annotations

import base64
import hashlib
import json
import random
import uuid
from collections.abc import Callable

from ._leak_common import ALNUM, HEX, PEOPLE, SERVICES, b64url_nopad, pem_wrap, rs, ts


def sha256_checksum(r: random.Random) -> str:
    """Published download checksums exist so that anyone can verify a file; they are public."""
    ver = f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    name = r.choice(["node", "terraform", "kubectl", "helm", "ripgrep", "caddy"])
    lines = [f"{hashlib.sha256(r.randbytes(16)).hexdigest()}  {name}-{ver}-{plat}.tar.gz" for plat in r.sample(["linux-amd64", "linux-arm64", "darwin-arm64", "darwin-amd64", "windows-amd64"], 3)]
    return f"$ curl -sL https://releases.example.org/{name}/{ver}/SHA256SUMS\n" + "\n".join(lines) + f"\n$ sha256sum -c SHA256SUMS --ignore-missing\n{name}-{ver}-linux-amd64.tar.gz: OK\n"


def git_commit(r: random.Random) -> str:
    """Commit SHAs identify public history objects; knowing one grants no access."""
    out = []
    for _ in range(r.randint(3, 5)):
        out.append(f"commit {hashlib.sha1(r.randbytes(8)).hexdigest()}\nAuthor: {r.choice(PEOPLE)}\nDate:   {ts(r)}\n\n    {r.choice(['fix: handle empty cart', 'chore: bump deps', 'feat: add CSV export', 'docs: clarify retry semantics', 'refactor: split billing client', 'test: cover timezone edge case'])}\n")
    return "\n".join(out)


def uuid_ids(r: random.Random) -> str:
    """UUIDs are record identifiers; they are routinely shown in URLs and API responses."""
    items = [{"id": str(uuid.UUID(int=r.getrandbits(128), version=4)), "name": r.choice(["Q3 forecast", "Onboarding deck", "Vendor list", "Roadmap"]), "owner": r.choice(PEOPLE), "updated_at": ts(r)} for _ in range(r.randint(2, 4))]
    return json.dumps({"data": items, "has_more": r.random() < 0.5}, indent=2, ensure_ascii=False)


def etag_md5(r: random.Random) -> str:
    """ETags and Content-MD5 values are content fingerprints sent to every client."""
    return f"HTTP/2 200\ncontent-type: image/webp\ncontent-length: {r.randint(2000, 90000)}\netag: \"{hashlib.md5(r.randbytes(8)).hexdigest()}\"\nlast-modified: Tue, {r.randint(1, 28)} Oct 2025 08:{r.randint(10, 59)}:00 GMT\ncache-control: public, max-age=31536000, immutable\nx-cache: HIT\n"


def sri_integrity(r: random.Random) -> str:
    """Subresource-integrity hashes are published in HTML and lockfiles for verification."""
    pkg = r.choice(["lodash", "react-dom", "zod", "date-fns", "axios", "chalk"])
    ver = f"{r.randint(1, 18)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    integ = "sha512-" + base64.b64encode(r.randbytes(64)).decode()
    if r.random() < 0.5:
        return f'    "node_modules/{pkg}": {{\n      "version": "{ver}",\n      "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg}-{ver}.tgz",\n      "integrity": "{integ}",\n      "license": "MIT"\n    }},\n'
    h = "sha384-" + base64.b64encode(r.randbytes(48)).decode()
    return f'<script src="https://cdn.jsdelivr.net/npm/{pkg}@{ver}/dist/{pkg}.min.js"\n        integrity="{h}"\n        crossorigin="anonymous"></script>\n'


def docker_digest(r: random.Random) -> str:
    """Image digests name public, content-addressed layers; pulling still needs credentials."""
    img = r.choice(["nginx", "postgres", "python", "redis", "grafana/grafana"])
    return f"$ docker pull {img}:{r.choice(['latest', '16-alpine', '3.12-slim', '7.4'])}\nDigest: sha256:{hashlib.sha256(r.randbytes(8)).hexdigest()}\nStatus: Downloaded newer image\n$ docker images --digests | head -2\nREPOSITORY   TAG   DIGEST   IMAGE ID\n{img}   latest   sha256:{hashlib.sha256(r.randbytes(8)).hexdigest()}   {rs(r, HEX, 12)}\n"


def ssh_public_key(r: random.Random) -> str:
    """Public keys are meant to be shared; they are placed in authorized_keys on purpose."""
    if r.random() < 0.5:
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + r.randbytes(32)).decode()
        key = f"ssh-ed25519 {blob} {r.choice(PEOPLE).split()[0].lower()}@{r.choice(['laptop', 'workstation', 'ci'])}"
    else:
        blob = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + r.randbytes(256)).decode()
        key = f"ssh-rsa {blob} deploy@build"
    return f"# Add this deploy key to the repository (read-only):\n{key}\n\nThen run `ssh -T git@git.example.org` to confirm the host accepts it.\n"


def x509_certificate(r: random.Random) -> str:
    """Certificates are public by design: servers send them to every client in the TLS handshake."""
    der = bytes.fromhex("308202bc308201a4a003020102") + r.randbytes(697)
    cn = r.choice(["api.example.com", "intranet.example.org", "mail.example.net"])
    return f"$ openssl s_client -connect {cn}:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'\n{pem_wrap('CERTIFICATE', der)}\n"


def pgp_public_key(r: random.Random) -> str:
    """A PGP public key block is published so people can encrypt mail to its owner."""
    body = base64.b64encode(b"\x99\x01\x0d\x04" + r.randbytes(360)).decode()
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    who = r.choice(PEOPLE)
    return f"Security contact: security@example.org\nPlease encrypt reports with our key (fingerprint {' '.join(rs(r, '0123456789ABCDEF', 4) for _ in range(10))}).\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: {who}\n\n{lines}\n={rs(r, ALNUM, 4)}\n-----END PGP PUBLIC KEY BLOCK-----\n"


def ssh_fingerprint(r: random.Random) -> str:
    """Host key fingerprints are published so users can verify a server; they reveal nothing usable."""
    fp = base64.b64encode(r.randbytes(32)).decode().rstrip("=")
    return f"The authenticity of host 'bastion.example.net (203.0.113.{r.randint(2, 250)})' can't be established.\nED25519 key fingerprint is SHA256:{fp}.\nThis key is not known by any other names.\nAre you sure you want to continue connecting (yes/no/[fingerprint])? yes\n"


def placeholder(r: random.Random) -> str:
    """Placeholders in docs are literal instructions to substitute a value; nothing is leaked."""
    ph = r.choice(["<your-api-key>", "YOUR_API_KEY_HERE", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "${STRIPE_SECRET_KEY}", "xxxx-xxxx-xxxx-xxxx", "{{ secrets.NPM_TOKEN }}", "<token>", "changeme", "REPLACE_ME", "********", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "$(vault kv get -field=password secret/db)"])
    svc = r.choice(["Weather", "Payments", "Geocoding", "Translation", "Search"])
    form = r.randint(0, 2)
    if form == 0:
        return f"## Quick start\n\nCreate a `.env` file next to `docker-compose.yml`:\n\n```\n{svc.upper()}_API_KEY={ph}\n```\n\nRestart the stack and open http://localhost:8080.\n"
    if form == 1:
        return f"curl https://api.example.com/v1/{svc.lower()} \\\n  -H \"Authorization: Bearer {ph}\"\n\nReplace {ph} with the key from your dashboard (Settings → API).\n"
    return f"# {svc} client settings\napi_key: \"{ph}\"   # set via environment in production\nbase_url: https://api.example.com/v{r.randint(1, 4)}\ntimeout: {r.randint(5, 60)}\n"


def aws_doc_example(r: random.Random) -> str:
    """AWS's documentation example keys (AKIAIOSFODNN7EXAMPLE) are published, non-working samples."""
    return f"[{r.choice(['default', 'profile sandbox', 'profile docs-demo'])}]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = {r.choice(['us-east-1', 'eu-west-1', 'ap-southeast-2'])}\n\n# (example from the CLI guide; use `aws configure` to write your own)\n"


def order_ids(r: random.Random) -> str:
    """Order and invoice references are shown to customers on receipts and e-mails."""
    n = r.randint(3, 5)
    rows = "\n".join(f"{r.choice(['ORD', 'SO', 'INV'])}-{r.randint(2024, 2025)}-{rs(r, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 8)},{ts(r)[:10]},{r.randint(1, 9)},{r.randint(10, 900)}.{r.randint(0, 99):02d},{r.choice(['paid', 'shipped', 'refunded'])}" for _ in range(n))
    return f"order_ref,date,items,total_eur,status\n{rows}\n"


def stripe_object_ids(r: random.Random) -> str:
    """Stripe object ids (ch_, cus_, pi_, evt_) identify records; they authorise nothing."""
    return json.dumps({"id": "evt_" + rs(r, ALNUM, 24), "object": "event", "type": r.choice(["charge.succeeded", "invoice.paid", "payment_intent.created"]), "data": {"object": {"id": "pi_" + rs(r, ALNUM, 24), "customer": "cus_" + rs(r, ALNUM, 14), "latest_charge": "ch_" + rs(r, ALNUM, 24), "amount": r.randint(500, 90000), "currency": "eur"}}, "livemode": True}, indent=2)


def request_trace_ids(r: random.Random) -> str:
    """Request and trace ids are correlation handles printed in logs and error pages."""
    return f"{ts(r)} ERROR [{r.choice(SERVICES)}] upstream timeout after 30000ms request_id={uuid.UUID(int=r.getrandbits(128), version=4)} traceparent=00-{rs(r, HEX, 32)}-{rs(r, HEX, 16)}-01 span_id={rs(r, HEX, 16)}\nIf this persists, contact support and quote the request id above.\n"


def base64_image(r: random.Random) -> str:
    """Inline images in data URIs are page content, not credentials."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + r.randbytes(r.randint(60, 160))
    return f'<a class="logo" href="/">\n  <img alt="{r.choice(["Home", "Acme logo", "Back to start"])}" width="24" height="24"\n       src="data:image/png;base64,{base64.b64encode(png).decode()}">\n</a>\n'


def csp_nonce_doc(r: random.Random) -> str:
    """A nonce in documentation illustrates the mechanism; nonces are single-use and public in HTML."""
    nonce = base64.b64encode(r.randbytes(16)).decode()
    return f"Content-Security-Policy: script-src 'nonce-{nonce}' 'strict-dynamic'\n\nThen mark each inline script with the same value:\n\n<script nonce=\"{nonce}\">initAnalytics();</script>\n\nGenerate a fresh nonce for every response — never reuse one.\n"


def build_ids(r: random.Random) -> str:
    """CI build ids and artifact hashes identify runs; anyone viewing the pipeline sees them."""
    return f"Build #{r.randint(1000, 99999)} succeeded\nRun id: {r.randint(10**9, 10**10)}\nArtifact: dist-{rs(r, HEX, 7)}.zip (sha1 {hashlib.sha1(r.randbytes(8)).hexdigest()})\nCache key: {r.choice(['node', 'pip', 'gradle'])}-{r.choice(['linux', 'macos'])}-{hashlib.sha256(r.randbytes(8)).hexdigest()[:40]}\nDuration: {r.randint(1, 14)}m {r.randint(0, 59)}s\n"


def mongo_object_ids(r: random.Random) -> str:
    """MongoDB ObjectIds are document keys (timestamp + counter), not secrets."""
    docs = [f'{{ _id: ObjectId("{rs(r, HEX, 24)}"), sku: "{rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3)}-{r.randint(100, 999)}", qty: {r.randint(0, 80)} }}' for _ in range(r.randint(2, 4))]
    return "catalog> db.stock.find({ qty: { $lt: 100 } }).limit(4)\n[\n  " + ",\n  ".join(docs) + "\n]\n"


def public_jwk(r: random.Random) -> str:
    """A JWKS endpoint publishes public keys (n, e) so clients can verify signatures."""
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, ALNUM, 20), "n": b64url_nopad(r.randbytes(256)), "e": "AQAB"}]}, indent=2)


def go_sum(r: random.Random) -> str:
    """go.sum hashes are checked into public repos to pin module content."""
    mods = r.sample(["github.com/google/uuid v1.6.0", "golang.org/x/net v0.29.0", "github.com/spf13/cobra v1.8.1", "go.uber.org/zap v1.27.0", "github.com/stretchr/testify v1.9.0"], 3)
    return "\n".join(f"{m} h1:{base64.b64encode(r.randbytes(32)).decode()}\n{m}/go.mod h1:{base64.b64encode(r.randbytes(32)).decode()}" for m in mods) + "\n"


def terraform_lock(r: random.Random) -> str:
    """Provider lock hashes in .terraform.lock.hcl verify downloads and are committed publicly."""
    return f'provider "registry.terraform.io/hashicorp/{r.choice(["aws", "google", "random", "null"])}" {{\n  version     = "{r.randint(3, 5)}.{r.randint(0, 80)}.{r.randint(0, 9)}"\n  constraints = "~> {r.randint(3, 5)}.0"\n  hashes = [\n    "h1:{base64.b64encode(r.randbytes(32)).decode()}",\n    "zh:{rs(r, HEX, 64)}",\n    "zh:{rs(r, HEX, 64)}",\n  ]\n}}\n'


def crypto_address(r: random.Random) -> str:
    """Blockchain addresses and transaction hashes are public ledger entries."""
    return f"Donations welcome! ETH: 0x{rs(r, HEX, 40)}\nLast payout tx: 0x{rs(r, HEX, 64)} (block {r.randint(18_000_000, 21_000_000)})\n"


def publishable_key(r: random.Random) -> str:
    """Publishable/client-side keys (pk_live_) are designed to be embedded in web pages."""
    return f'<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_{rs(r, ALNUM, 99)}");\n  const elements = stripe.elements();\n</script>\n'


def analytics_ids(r: random.Random) -> str:
    """Analytics measurement ids are served in every page's HTML."""
    gid = "G-" + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)
    return f"<!-- Google tag (gtag.js) -->\n<script async src=\"https://www.googletagmanager.com/gtag/js?id={gid}\"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){{dataLayer.push(arguments);}}\n  gtag('js', new Date());\n  gtag('config', '{gid}');\n</script>\n"


def cache_busting(r: random.Random) -> str:
    """Content hashes in asset file names exist only for cache invalidation."""
    return "\n".join(f"dist/assets/{n}-{rs(r, HEX, 8)}.{ext}   {r.randint(1, 400)}.{r.randint(0, 99)} kB │ gzip: {r.randint(1, 120)}.{r.randint(0, 99)} kB" for n, ext in [("index", "js"), ("vendor", "js"), ("index", "css"), ("logo", "svg")]) + f"\n✓ built in {r.randint(1, 9)}.{r.randint(10, 99)}s\n"


def test_vectors(r: random.Random) -> str:
    """Hash test vectors are published expected outputs of a function for a known input."""
    word = r.choice(["hello", "abc", "The quick brown fox", "mcp", "invoice", "chunk", "row"]) + f"-{r.randint(1, 9999)}"
    return f">>> import hashlib\n>>> hashlib.sha256(b\"{word}\").hexdigest()\n'{hashlib.sha256(word.encode()).hexdigest()}'\n>>> hashlib.md5(b\"{word}\").hexdigest()\n'{hashlib.md5(word.encode()).hexdigest()}'\n"


def cloud_resource_ids(r: random.Random) -> str:
    """Cloud resource ids and ARNs name resources; access still requires credentials."""
    acct = r.randint(10**11, 10**12 - 1)
    return f"Resources created:\n  vpc-{rs(r, HEX, 17)}\n  subnet-{rs(r, HEX, 17)}\n  i-{rs(r, HEX, 17)}\n  arn:aws:iam::{acct}:role/{r.choice(['ci-deployer', 'lambda-exec', 'readonly'])}\n  arn:aws:s3:::{r.choice(['acme-static', 'reports-archive'])}-{r.randint(1, 99)}\n"


def isbn_ean(r: random.Random) -> str:
    """Product identifiers (EAN/ASIN) are printed on packaging and listings."""
    return f"Title: {r.choice(['The Pragmatic Gardener', 'Notes on Distributed Systems', 'A Short History of Maps'])}\nEAN: 978{r.randint(10**9, 10**10 - 1)}\nASIN: B0{rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}\nFormat: Paperback, {r.randint(120, 600)} pages\n"


LOOKALIKE_KINDS: list[Callable[[random.Random], str]] = [
    sha256_checksum, git_commit, uuid_ids, etag_md5, sri_integrity, docker_digest,
    ssh_public_key, x509_certificate, pgp_public_key, ssh_fingerprint, placeholder,
    aws_doc_example, order_ids, stripe_object_ids, request_trace_ids, base64_image,
    csp_nonce_doc, build_ids, mongo_object_ids, public_jwk, go_sum, terraform_lock,
    crypto_address, publishable_key, analytics_ids, cache_busting, test_vectors,
    cloud_resource_ids, isbn_ean,
]


def build_lookalikes() -> list[tuple[str, str]]:
    r = random.Random(80802)
    out: list[tuple[str, str]] = []
    for fn in LOOKALIKE_KINDS:
        n = 3 if fn is aws_doc_example else 12
        made = 0
        while made < n:
            text = fn(r)
            if all(text != t for _, t in out):
                out.append((fn.__name__, text))
                made += 1
    return out


LOOKALIKES = build_lookalikes()
