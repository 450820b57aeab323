"""Round 7c: in a Kubernetes Secret, a value whose name says it is an id, a revision, a digest, a
fingerprint or a public JSON Web Key part (or whose value is an API object's id) is no secret;
`TODO`/`TBD`/`FIXME` values and quoted lookups in code (`os.environ['X']`) are no secrets either.
Found now: `Pw` names in JSON, `the key is now …`, keys handed over with `try with this one?` in
the shapes of an AWS secret key or 64 random bytes, 64 random bytes in base64 assigned to a name,
random values in a YAML block named for credentials, and prose that names a secret after its value
(`use … as the partner secret`)."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.secrets import find_secrets

KEY64_A = "pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFA=="
KEY64_B = "J6Cus/7pIy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4XYaQAkrWvaNAG+nIyw=="
AWS40 = "zMk19s0fYSJq4VM4rho0AE0/ug0kasBMgbG68j47"
SHA256_B64 = "+e71958rSTSvh/VSC2m5Sw2YLoW7VbZyqHJjes10Zvw="
RANDOM20 = "wUbbYrEqmSM9wCZ7Uw9x"
RANDOM24 = "fogoEmvnEN5N1aE6PwZPf1Qh"
RANDOM28 = "6yYTWmE4lBYOvfZ8UzDzV8fUkkib"
RANDOM36 = "jL5DZPjN0MEQ7wjJJibaZUPgHV7iB3m03nbq"
HEX32 = "697a8d41bed440e50454f31af3176813"
HEX40 = "e02ea68ef786e4d3cea27d26934b484e73cf575d"
HEX64 = "cad6ba2b0aee0ca923732881584d8c4fa2815d2802827283e0ad841735815699"
MODULUS = (
    "aZTkW4qxCYASBwlh833kNt39yZ1uda9lR8-xG0IHJILcUxwrw5B8lhfrXlCJ5AGGuqilfRGeb7ZdAKvDKvOOZn8CLoct"
    "ScwVyQuZm3crT8em_UyRShbbRwh1Kw8VRLg1wOcZCX36hwHpIy8h8oEmh3hpduv8wyf1kxdlJ0upgptEBvYf-Ikyb_q"
    "Uku3u7jxmnyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5pI1bDAoT2pAKatyz1kBpSBviHJxye424wYjzQakkx"
)


def spans(text: str) -> list[str]:
    return [text[leak.start : leak.end] for leak in find_secrets(text)]


def covered(text: str, value: str) -> bool:
    return any(value in span for span in spans(text))


def manifest(entries: str) -> str:
    return (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\ntype: Opaque\n"
        f"stringData:\n{entries}"
    )


# -- Kubernetes Secrets: what travels with the credentials ----------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        f"  build_revision: {HEX40}\n",
        f"  bundle_checksum: {HEX64}\n",
        "  account_uuid: 3f0c2a91-7d4e-4b8a-9e61-5c2d8f7a1b03\n",
        f"  deployKeyFingerprint: SHA256:{SHA256_B64[:-1]}\n",
        f"  n: {MODULUS}\n",
        "  settlement: cus_Rk29PzLmQw81Xa\n",  # an API object's id, whatever its name
        "  alerts: C07QK2M4ZP\n",  # a Slack channel's id
    ],
)
def test_k8s_secret_public_values_pass(entry: str) -> None:
    assert spans(manifest(entry)) == []


def test_k8s_secret_json_public_value_passes_and_secret_is_found() -> None:
    text = (
        '{"apiVersion": "v1", "kind": "Secret", "stringData": '
        f'{{"image_digest": "{HEX64}", "session_store": "{RANDOM28}"}}}}'
    )
    assert spans(text) == [RANDOM28]


@pytest.mark.parametrize(
    "entry, value",
    [
        (f"  build_revision: {HEX40}\n  session_store: {RANDOM24}\n", RANDOM24),
        (f"  channel_id: C07QK2M4ZP\n  passphrase: {RANDOM20}\n", RANDOM20),
        # a public word that is not the name's last: still the Secret's
        (f"  id_signing: {RANDOM28}\n", RANDOM28),
        # a value with a name of no public kind: still the Secret's
        (f"  magic: {HEX40}\n", HEX40),
    ],
)
def test_k8s_secret_values_still_found(entry: str, value: str) -> None:
    assert covered(manifest(entry), value)


# -- placeholders and lookups in code -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'os.Setenv("API_KEY", "TBD-ask-platform-team")\n',
        'API_TOKEN = "FIXME_rotate_before_launch"\n',
        "export DB_PASSWORD=\"process.env['PG_PASS']\"\n",
        "password: \"os.getenv('DB_PASS')\"\n",
        "SECRET_KEY=\"ENV['RAILS_SECRET']\"\n",
    ],
)
def test_placeholders_and_lookups_pass(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        (f'os.Setenv("API_KEY", "{RANDOM24}")\n', RANDOM24),
        ('export DB_PASSWORD="Kx9!mQ2#vL7p"\n', "Kx9!mQ2#vL7p"),
        # a literal to fall back on is the secret, lookup or not
        (f'token = os.getenv("API_TOKEN") or "{RANDOM28}"\n', RANDOM28),
    ],
)
def test_literals_next_to_lookups_found(text: str, value: str) -> None:
    assert covered(text, value)


# -- passwords and keys said in new ways ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"db": {"rootPw": "Vq7#kL2m!xZ9"}}', "Vq7#kL2m!xZ9"),
        ('{"adminPw": "harbor-velvet-quartz11"}', "harbor-velvet-quartz11"),
        (f"FYI the deploy token is now {RANDOM28}, the old one is revoked.", RANDOM28),
        ("the wifi password is still Tr0ub4dor&3 if anyone asks", "Tr0ub4dor&3"),
        ("my pw is now gr4vel!Tide", "gr4vel!Tide"),
    ],
)
def test_new_phrasings_found(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        '{"rootPw": "", "retries": 3}',
        "the api token is now expired, ask for a new one",
        "the password is still the same as last week",
    ],
)
def test_new_phrasings_without_secrets_pass(text: str) -> None:
    assert spans(text) == []


# -- keys handed over with no name ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        (f"[10:02] ana: can you try with this one? {AWS40}\n[10:03] ops: ok", AWS40),
        (f"[10:02] ana: use this one: {KEY64_A}\n[10:03] ops: works", KEY64_A),
    ],
)
def test_handed_over_keys_found(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        f"[10:02] ana: can you try with this one? {SHA256_B64}\n[10:03] ops: same digest",
        f"[10:02] ana: try with this one? sha512-{KEY64_A}\n",
        f"[10:02] ana: can you try with this one? {HEX64}\n",
    ],
)
def test_handed_over_digests_pass(text: str) -> None:
    assert spans(text) == []


# -- 64 random bytes assigned to a name -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"export SESSION_ENC=\"{KEY64_A}\"\n",
        f"services:\n  api:\n    environment:\n      - TOKENSTORE2={KEY64_B}\n      - TZ=UTC\n",
    ],
)
def test_assigned_64_byte_keys_found(text: str) -> None:
    assert any(len(span) == len(KEY64_A) for span in spans(text))


@pytest.mark.parametrize(
    "name",
    ["RELEASE_SHA512", "ED25519_SIGNATURE", "PUBKEY_RAW", "ARTIFACT_DIGEST", "AVATAR_PART"],
)
def test_assigned_64_byte_public_values_pass(name: str) -> None:
    assert spans(f"export {name}=\"{KEY64_A}\"\n") == []


# -- YAML blocks named for credentials ------------------------------------------------------------


def test_credential_block_values_found() -> None:
    text = (
        "service: ledger\ncredentials:\n  endpoint: https://ledger.internal/v2\n"
        f"  primary: {HEX32}\n  secondary: \"{RANDOM36}\"\n  timeout_seconds: 5\n"
    )
    found = spans(text)
    assert HEX32 in found
    assert RANDOM36 in found


@pytest.mark.parametrize(
    "body",
    [
        f"  client_id: {HEX32}\n  tenant: 3f0c2a91-7d4e-4b8a-9e61-5c2d8f7a1b03\n",
        "  mode: oauth2\n  realm: corp\n  username: svc-ledger\n",
        f"  account_sid: AC{HEX32}\n  region: eu-west-1\n",
        f"  request_signature_sha: {HEX40}\n",
    ],
)
def test_credential_block_public_values_pass(body: str) -> None:
    assert spans(f"service: ledger\nauth:\n{body}  timeout_seconds: 5\n") == []


def test_credential_block_is_only_its_own_lines() -> None:
    text = f"auth:\n  mode: basic\nbuild:\n  primary: {HEX32}\n"
    assert spans(text) == []


# -- a secret named after its value ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        (f"For the demo everyone can use {RANDOM24} as the shared token; it expires Friday.",
         RANDOM24),
        (f"Set {HEX32} as your partner api key for staging.", HEX32),
        ("Please use Winter2024!x as the admin password.", "Winter2024!x"),
    ],
)
def test_value_named_after_found(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        f"We use {HEX32} as the cache key.",
        "We use order_id as the primary key and created_at as the sort key.",
        "Pick user2024 as the password field name in the form.",
        "Use /etc/ssl/private/tls.pem as the private key.",
        "Treat v2.3.1-rc4 as the release token.",
    ],
)
def test_value_named_after_non_secrets_pass(text: str) -> None:
    assert spans(text) == []
