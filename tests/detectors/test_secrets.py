"""Secrets: every provider format is found where it really appears (configs, logs, JSON, code,
URLs, headers), escaped and encoded variants too; look-alikes and placeholders are not.

Tokens are built at test time from a seeded generator following each provider's published format
(so no live-looking credential sits in the repository, and nothing is copied from the patterns).
"""

from __future__ import annotations

import base64
import json
import random
import string
import urllib.parse
import zlib

import pytest

from mcpwarden.detectors.leaks import Leak, redact
from mcpwarden.detectors.secrets import find_secrets

RNG = random.Random(20261121)
ALNUM = string.ascii_letters + string.digits
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def github(prefix: str = "ghp") -> str:
    body = rand(ALNUM, 30)
    number, digits = zlib.crc32(body.encode()), ""
    while number:
        number, rest = divmod(number, 62)
        digits = BASE62[rest] + digits
    return f"{prefix}_{body}{digits.rjust(6, '0')}"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt() -> str:
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64url(json.dumps({"sub": "user-42", "exp": 1893456000}).encode())
    return f"{header}.{claims}.{b64url(RNG.randbytes(64))}"


def pem() -> str:
    body = base64.b64encode(RNG.randbytes(300)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{lines}\n-----END RSA PRIVATE KEY-----"


TOKENS: dict[str, str] = {
    "aws_access_key": "AKIA" + rand(string.ascii_uppercase + "234567", 16),
    "github_token": github(),
    "github_oauth": github("gho"),
    "github_pat": "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59),
    "gitlab_token": "glpat-" + rand(ALNUM + "_-", 20),
    "slack_token": f"xoxb-{rand(string.digits, 12)}-{rand(string.digits, 13)}-{rand(ALNUM, 24)}",
    "stripe_key": "sk_live_" + rand(ALNUM, 24),
    "stripe_restricted": "rk_live_" + rand(ALNUM, 24),
    "openai_key": "sk-proj-" + rand(ALNUM + "_-", 120),
    "openai_legacy": "sk-" + rand(ALNUM, 20) + "T3BlbkFJ" + rand(ALNUM, 20),
    "anthropic_key": "sk-ant-api03-" + rand(ALNUM + "_-", 93) + "AA",
    "google_api_key": "AIza" + rand(ALNUM + "_-", 35),
    "twilio_key": "SK" + rand("0123456789abcdef", 32),
    "sendgrid_key": "SG." + rand(ALNUM + "_-", 22) + "." + rand(ALNUM + "_-", 43),
    "npm_token": "npm_" + rand(ALNUM, 36),
    "pypi_token": "pypi-AgEIcHlwaS5vcmc" + rand(ALNUM + "_-", 70),
    "azure_client_secret": rand(ALNUM, 3) + "8Q~" + rand(ALNUM + "_-.~", 34),
    "huggingface_token": "hf_" + rand(string.ascii_letters, 34),
    "jwt": jwt(),
    "telegram_bot_token": rand(string.digits, 9) + ":AA" + rand(ALNUM + "_-", 33),
    "mailchimp_key": rand("0123456789abcdef", 32) + "-us6",
    "slack_webhook": f"https://hooks.slack.com/services/T{rand(ALNUM, 8)}/B{rand(ALNUM, 10)}/"
    + rand(ALNUM, 24),
    "discord_webhook": f"https://discord.com/api/webhooks/{rand(string.digits, 18)}/"
    + rand(ALNUM + "_-", 68),
    "digitalocean_token": "dop_v1_" + rand("0123456789abcdef", 64),
}
KINDS = {
    "github_oauth": "github_token", "github_pat": "github_token",
    "stripe_restricted": "stripe_key", "openai_legacy": "openai_key",
}


def found(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start:leak.end]) for leak in find_secrets(text)]


@pytest.mark.parametrize("name", sorted(TOKENS))
@pytest.mark.parametrize("template", [
    "export TOKEN_VALUE={}\n",
    '{{"config": {{"credential": "{}"}}}}',
    "2026-11-21T10:00:01Z INFO using {} for upstream calls",
    'client = Client("{}")',
])
def test_every_provider_format_is_found_in_context(name: str, template: str) -> None:
    token = TOKENS[name]
    text = template.format(token)
    assert (KINDS.get(name, name), token) in found(text)


def test_documented_example_key_is_no_secret() -> None:
    # The decision (module docstring): a vendor's published example key is not redacted.
    assert found("aws_access_key_id = AKIAIOSFODNN7EXAMPLE") == []


def test_private_key_block_plain_and_json_escaped() -> None:
    key = pem()
    assert found(f"key file:\n{key}\nend") == [("private_key", key)]
    escaped = json.dumps({"private_key": key})
    (kind, value), = found(escaped)
    assert kind == "private_key" and value == json.dumps(key)[1:-1]


def test_truncated_private_key_is_still_covered() -> None:
    key = pem()[:200]
    (kind, value), = found(f"oops: {key}")
    assert kind == "private_key" and value == key


@pytest.mark.parametrize(("url", "password", "kind"), [
    ("postgres://app:Wq8!vz2Lr@db.internal:5432/prod", "Wq8!vz2Lr", "connection_string"),
    ("mongodb+srv://svc:hT7pQ2xZ9k@cluster0.ab1cd.mongodb.net/app", "hT7pQ2xZ9k",
     "connection_string"),
    ("redis://:s3cr3tPa55@cache:6379/0", "s3cr3tPa55", "connection_string"),
    ("https://deploy:gT5rE2wQ9z@git.example.org/repo.git", "gT5rE2wQ9z", "url_credentials"),
])
def test_passwords_in_urls(url: str, password: str, kind: str) -> None:
    assert found(f"DATABASE_URL={url}") == [(kind, password)]


def test_more_password_layouts() -> None:
    assert found("jdbc:oracle:thin:scott/T1ger#42x@db.example.com:1521:ORCL") == [
        ("connection_string", "T1ger#42x")]
    assert found("postgres://u:p@ss123w@host.example.com/db") == [
        ("connection_string", "p@ss123w")]
    assert found('{"password": "correct horse battery staple"}') == [
        ("password", "correct horse battery staple")]
    assert found('{"password": "Enter your password here"}') == []
    assert found("export PGPASSWORD=xK9#mQ2vL7") == [("password", "xK9#mQ2vL7")]


def test_putty_and_pgp_private_keys() -> None:
    body = base64.b64encode(RNG.randbytes(90)).decode()
    putty = (f"PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: k\nPublic-Lines: 1\n"
             f"{body[:60]}\nPrivate-Lines: 1\n{body[60:]}\nPrivate-MAC: 8f3a2b1c9d0e")
    assert found(f"key:\n{putty}\n") == [("private_key", putty)]
    pgp = (f"-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n{body}\n=Ab12\n"
           "-----END PGP PRIVATE KEY BLOCK-----")
    assert found(pgp) == [("private_key", pgp)]


def test_signed_urls_and_cookies() -> None:
    sig = urllib.parse.quote(base64.b64encode(RNG.randbytes(32)).decode(), safe="")
    sas = f"https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&se=2026-12-01&sp=r&sig={sig}"
    assert [k for k, _ in found(sas)] == ["generic_secret"]
    session = rand(ALNUM, 32)
    assert found(f"Cookie: session={session}; theme=dark") == [("generic_secret", session)]


def test_documented_example_password_in_a_url_counts() -> None:
    assert found("mongodb+srv://user:pass@cluster0.example.net") == [("connection_string", "pass")]


def test_xml_dotnet_and_command_line_layouts() -> None:
    value = rand(ALNUM, 24)
    assert found(f"<apiKey>{value}</apiKey>") == [("generic_secret", value)]
    assert found(f'<add key="StripeApiKey" value="{value}" />') == [("generic_secret", value)]
    assert found(f"mytool --api-key {value} --verbose") == [("generic_secret", value)]
    assert found("mytool --password hunter22x") == [("password", "hunter22x")]
    assert found("the token is valid; a > key > b; --token-file path.txt") == []


@pytest.mark.parametrize(("text", "value"), [
    ("machine api.example.com\n  login me\n  password 7fQ2!xLm9", "7fQ2!xLm9"),
    ("curl -u admin:pw12ab https://api.example.com", "pw12ab"),
    ("//registry.npmjs.org/:_authToken=" + TOKENS["npm_token"], TOKENS["npm_token"]),
    ("[pypi]\nusername = __token__\npassword = " + TOKENS["pypi_token"], TOKENS["pypi_token"]),
    ('{"auths": {"https://index.docker.io/v1/": {"auth": "Ym9iOlMzY3JldFBhc3Mh"}}}',
     "Ym9iOlMzY3JldFBhc3Mh"),
    (f"https://x-access-token:{TOKENS['github_token']}@github.com", TOKENS["github_token"]),
    (f"ENV GITHUB_TOKEN {TOKENS['github_token']}", TOKENS["github_token"]),
])
def test_credential_file_layouts(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize("text", [
    "Use the password reset link; the password strength meter; password protected archive.",
    '"description": "Dump the SAM database for password hashes.", "inputSchema": {}',
    "tar -u file.txt; ls -u x:y",
])
def test_prose_about_passwords_is_not_a_password(text: str) -> None:
    assert found(text) == []


def test_jdbc_and_ado_net_passwords() -> None:
    jdbc = "jdbc:mysql://db:3306/shop?user=shop&password=Pl4tyPus9&useSSL=true"
    assert found(jdbc) == [("password", "Pl4tyPus9")]
    ado = "Server=tcp:sql.example.net,1433;User ID=sa;Password=Tr0ub4dor&3;Encrypt=True;"
    assert found(ado) == [("password", "Tr0ub4dor&3")]


def test_credentials_in_http_headers() -> None:
    opaque = rand(ALNUM, 40)
    assert found(f"Authorization: Bearer {opaque}") == [("http_auth", opaque)]
    assert found(f"X-Api-Key: {opaque}") == [("generic_secret", opaque)]
    assert found(f'headers = {{"x-auth-token": "{opaque}"}}') == [("generic_secret", opaque)]
    basic = base64.b64encode(b"admin:hunter22").decode()
    assert found(f"authorization: Basic {basic}") == [("http_auth", basic)]


@pytest.mark.parametrize(("line", "kind"), [
    ('"client_secret": "{v}"', "generic_secret"),
    ("API_KEY={v}", "generic_secret"),
    ("aws_secret_access_key = {v}", "aws_secret_key"),
    ("db_password: '{v}'", "password"),
    ("secretKeyBase := `{v}`", "generic_secret"),
    ("session_id={v}", "generic_secret"),
])
def test_high_entropy_values_assigned_to_secret_names(line: str, kind: str) -> None:
    value = rand(ALNUM + "/+", 40)
    assert found(line.format(v=value)) == [(kind, value)]


def test_secret_in_url_encoded_query_string() -> None:
    token = TOKENS["github_token"]
    inner = f"https://api.example.com/hook?token={token}&x=1"
    outer = "https://redirect.example.com/?next=" + urllib.parse.quote(inner, safe="")
    (leak,) = find_secrets(outer)
    assert leak.kind == "github_token" and outer[leak.start:leak.end] == token
    encoded_password = "https://x.example.com/?u=" + urllib.parse.quote(
        "postgres://u:Zx9Lq2Wv7@db/app", safe="")
    assert [k for k, _ in found(encoded_password)] == ["connection_string"]


def test_secret_inside_a_base64_encoded_text() -> None:
    env = f"export GITHUB_TOKEN={TOKENS['github_token']}\n".encode()
    blob = base64.b64encode(env).decode()
    assert found(f"data:\n  .env: {blob}\n") == [("github_token", blob)]
    harmless = base64.b64encode(b"just some configuration text, nothing secret").decode()
    assert found(f"note: {harmless}") == []


def test_long_token_after_an_encoded_prefix_is_covered_whole() -> None:
    long_jwt = jwt() + b64url(RNG.randbytes(300))
    text = "next=" + urllib.parse.quote("https://svc.example.com/cb?key=", safe="") + long_jwt
    assert found(text) == [("jwt", long_jwt)]


def test_secret_in_json_escaped_string() -> None:
    value = rand(ALNUM, 32)
    doubly = json.dumps(json.dumps({"api_key": value}))
    assert found(doubly) == [("generic_secret", value)]


@pytest.mark.parametrize("text", [
    "request 550e8400-e29b-41d4-a716-446655440000 finished",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b (HEAD -> main)",
    "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    '"integrity": "sha512-' + base64.b64encode(bytes(range(64))).decode() + '"',
    "<img src=\"data:image/png;base64," + base64.b64encode(bytes(range(256)) * 4).decode() + "\">",
    "const userAccountIdentifierForBillingPurposes = getIdentifier();",
    "version 2.14.3-beta.1+build.20261121, released 2026-11-21T10:00:00Z",
    "max_tokens: 4096, token_type: bearer, tokenizer: cl100k_base",
    "password: str, token: Optional[str] = None",
    "api_key = os.environ['OPENAI_API_KEY']",
    "token = self.config.token",
    "password=${DB_PASSWORD} secret: {{ .Values.secret }} key=<your-api-key>",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "api_key: env:OPENAI_KEY  client_secret: file:/run/secrets/client",
    "postgres://user:${DB_PASSWORD}@localhost:5432/db and redis://:${REDIS_PASS}@cache",
    "mysql://app:<password>@db/app and amqp://guest:****@mq and ftp://u:%s@host",
    "next_page_token: CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA2MHQ2eGp4EAEaDAiAgICAgICAgIABIgA",
    "public_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
    "The password reset link expires after 24 hours; tokens are single use.",
    '"signature": "3045022100e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"',
    'api_key = "1234567890abcdef1234"; "credentials": "same-origin"; token_hash: 9f86d081884c7d65',
])
def test_look_alikes_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_a_random_token_may_contain_a_short_filler_like_run() -> None:
    token = "sk-proj-" + rand(ALNUM, 40) + "XXXx" + rand(ALNUM, 40)
    assert found(f"key {token}") == [("openai_key", token)]


def test_token_embedded_in_a_longer_run_is_not_a_token() -> None:
    blob = base64.b64encode(b"\x00" * 7 + b"AKIA" + bytes(40)).decode() + "AKIA" + "B" * 30
    assert found(blob) == []


def test_redaction_is_typed_and_keeps_the_rest() -> None:
    token = TOKENS["stripe_key"]
    text = f'charge with "{token}" now'
    assert redact(text, find_secrets(text)) == 'charge with "[REDACTED:stripe_key]" now'


def test_github_checksum_raises_confidence() -> None:
    valid = github()
    broken = valid[:-1] + ("A" if valid[-1] != "A" else "B")
    (good,) = find_secrets(valid)
    (bad,) = find_secrets(broken)
    assert good.confidence > bad.confidence > 0


def test_fingerprint_is_short_stable_and_not_the_value() -> None:
    token = TOKENS["npm_token"]
    text = f"{token} again {token}"
    first, second = find_secrets(text)
    assert first.fingerprint(text) == second.fingerprint(text)
    assert len(first.fingerprint(text)) == 10 and first.fingerprint(text) not in token
    assert first.fingerprint(text) != Leak(0, 5, "x", "secret", 1).fingerprint(text)


# -- layouts added in round 2: split values, tables, command lines, credential files ------------

PASSWORD = "Tr0ub4dor&3x" + rand(ALNUM, 4)
HEX32 = rand("0123456789abcdef", 32)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(("text", "value"), [
    (f"password:\n  {PASSWORD}\n", PASSWORD),  # YAML, value on the next line
    (f'{{\n  "db_password":\n    "{PASSWORD}"\n}}', PASSWORD),  # pretty-printed JSON
    (f"client_secret =\n    {'q7' + rand(ALNUM, 30)}\n", None),
])
def test_value_on_the_line_after_its_name(text: str, value: str | None) -> None:
    expected = value if value is not None else text.split("\n")[1].strip()
    assert [v for _, v in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "DB_PASSWORD=\nDB_HOST=db.internal\n",  # an empty value, then another setting
    "password:\n  min_length: 12\n  require_digit: true\n",  # a nested mapping
    "api_token:\n  header: X-Api-Token\n",
])
def test_next_line_that_is_another_setting_is_not_a_value(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    (f'key = "sk-" + "proj-{rand(ALNUM, 40)}"', "openai_key"),
    (f"TOKEN = 'ghp_' + '{github()[4:]}'", "github_token"),
    ('const k = "AKIA" + "{}";'.format(rand(string.ascii_uppercase + "234567", 16)),
     "aws_access_key"),
])
def test_literals_joined_in_code_read_as_one_token(text: str, kind: str) -> None:
    (leak,) = find_secrets(text)
    assert leak.kind == kind
    joined = text[text.index('"' if '"' in text else "'") + 1:].rstrip(";").rstrip()[:-1]
    assert text[leak.start:leak.end] == joined


@pytest.mark.parametrize("text", [
    'greeting = "Hello, " + "world"',
    'path = base + "/" + "v1/items"',
    "msg = 'retry ' + 'in 5 seconds'",
])
def test_ordinary_string_concatenation_is_not_a_secret(text: str) -> None:
    assert found(text) == []


def test_markdown_table_rows_and_columns() -> None:
    inline = f"| key | value |\n|---|---|\n| db_password | {PASSWORD} |\n| region | eu-west-1 |"
    assert found(inline) == [("password", PASSWORD)]
    token = "q7" + rand(ALNUM, 30)
    columns = (f"| service | user | password | api token |\n|:---|---|---|---|\n"
               f"| grafana | admin | {PASSWORD} | {token} |\n| wiki | bob | - | n/a |\n")
    assert found(columns) == [("password", PASSWORD), ("generic_secret", token)]


@pytest.mark.parametrize("text", [
    "| Name | Type | Description |\n|---|---|---|\n| password | string | The user's password |",
    "| Password | Description |\n|---|---|\n| required | at least 12 characters |",
    "| setting | default |\n|---|---|\n| password_min_length | 12 |\n| token_ttl | 3600 |",
])
def test_tables_about_passwords_are_not_passwords(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    (f"$ mysql -h db.internal -u root -p{PASSWORD} shop", PASSWORD),
    (f"mysqldump -uroot -p'{PASSWORD}' --all-databases > all.sql", PASSWORD),
    (f"mariadb -u app -p{PASSWORD} -e 'select 1'", PASSWORD),
    (f'psql "postgresql://app:{PASSWORD}@db.internal:5432/reports"', PASSWORD),
])
def test_database_command_lines(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


@pytest.mark.parametrize("text", [
    "mysql -u root -p shop",  # prompts for the password
    "mysql -u root -p$MYSQL_PWD shop",  # an environment variable
    "mysql -h db -P 3306 -u app",
    "mkdir -p /var/lib/mysql",
])
def test_database_command_lines_without_a_password(text: str) -> None:
    assert found(text) == []


def test_sentry_dsn_key() -> None:
    text = f"SENTRY_DSN=https://{HEX32}@o450123.ingest.sentry.io/5512345"
    assert found(text) == [("sentry_dsn", HEX32)]
    assert found(f"see https://sentry.io/organizations/acme/issues/{rand('0123456789', 10)}/") \
        == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("//registry.npmjs.org/:_authToken={}".format(tok := github("npm")), "npm_token", tok),
    ("//npm.internal/:_auth={}\nalways-auth=true".format(auth := b64("ci:" + PASSWORD)),
     "registry_auth", auth),
    (f"[pypi]\nusername = __token__\npassword = pypi-{(pypi := rand(ALNUM, 60))}",
     "pypi_token", "pypi-" + pypi),
    (f"[internal]\nrepository = https://pypi.internal/\nusername = ci\npassword = {PASSWORD}\n",
     "password", PASSWORD),
    (json.dumps({"auths": {"registry.internal:5000": {"auth": (auth2 := b64(
        "deploy:" + PASSWORD))}}}, indent=2), "registry_auth", auth2),
])
def test_package_and_registry_credential_files(text: str, kind: str, value: str) -> None:
    assert found(text) == [(kind, value)]


@pytest.mark.parametrize("text", [
    "registry=https://registry.npmjs.org/\nalways-auth=true\n_auth=${NPM_AUTH}\n",
    json.dumps({"auths": {"ghcr.io": {}}, "credsStore": "desktop"}),
    json.dumps({"auth": "none", "authType": "oauth2"}),
])
def test_registry_files_without_credentials(text: str) -> None:
    assert found(text) == []


def test_kubernetes_secret_manifest_values() -> None:
    password, token = b64(PASSWORD), b64("q7" + rand(ALNUM, 30))
    yaml_secret = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
                   f"  password: {password}\n  api: {token}\nstringData:\n  note: {PASSWORD}\n")
    assert found(yaml_secret) == [("kubernetes_secret", password), ("kubernetes_secret", token),
                                  ("kubernetes_secret", PASSWORD)]
    json_secret = json.dumps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "x"},
                              "data": {"tls.key": password}})
    assert found(json_secret) == [("kubernetes_secret", password)]


def test_configmaps_and_other_documents_keep_their_base64() -> None:
    blob = base64.b64encode(RNG.randbytes(24)).decode()
    configmap = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n"
                 f"  favicon: {blob}\n  settings: {b64('theme=dark')}\n")
    assert found(configmap) == []
    two_docs = (f"{configmap}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"
                f"data:\n  key: {b64(PASSWORD)}\n")
    assert found(two_docs) == [("kubernetes_secret", b64(PASSWORD))]


# -- the prefilter --------------------------------------------------------------------------------


def test_prefilter_loses_nothing_a_full_scan_finds() -> None:
    """Scanning only around triggers finds what scanning all of a text finds."""
    from mcpwarden.detectors.leaks import resolve, scan_unescaped
    from mcpwarden.detectors.secrets import _find_plain

    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20
    for template in ("{}", "token={}", "Authorization: Bearer {}", '"api_key": "{}"'):
        for value in (*TOKENS.values(), jwt(), pem()):
            text = f"{filler}{template.format(value)}\n{filler}"
            full = resolve(scan_unescaped(text, _find_plain))
            assert [(x.kind, x.start, x.end) for x in find_secrets(text)] == \
                [(x.kind, x.start, x.end) for x in full], template


def test_maybe_on_raw_json_that_escapes_letters() -> None:
    from mcpwarden.detectors.secrets import may_contain_secrets

    assert not may_contain_secrets(b'{"text": "nothing to see here, 42 rows"}')
    assert may_contain_secrets(b'{"text": "password=Hunter2!x"}')
    assert may_contain_secrets(b'{"text": "\\u0070assword=Hunter2!x"}')


def test_scans_from_several_threads_at_once() -> None:
    """The content guard may offload big messages to a thread: each thread scans with its own
    Hyperscan scratch space."""
    from concurrent.futures import ThreadPoolExecutor

    text = f"{'filler text, nothing here. ' * 400}token={TOKENS['github_token']}"
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: found(text), range(32)))
    assert all(result == [("github_token", TOKENS["github_token"])] for result in results)


@pytest.mark.parametrize(("text", "value"), [
    (f"heads up: the staging db password is `{PASSWORD}` until Friday", PASSWORD),
    ("the wifi password is Maple2024! for guests", "Maple2024!"),
    ('the root password was "correct horse battery"', "correct horse battery"),
])
def test_passwords_told_in_a_sentence(text: str, value: str) -> None:
    assert found(text) == [("password", value)]


@pytest.mark.parametrize("text", [
    "the password is incorrect",
    "Your password is required.",
    "The password is 12 characters long",
    "the password was changed yesterday",
    "your password is at least 8 characters",
    "The token is valid for 3600 seconds",
])
def test_sentences_about_passwords_are_not_passwords(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ('password = "abc(1)xyz9"', "abc(1)xyz9"),
    ('DB_PASSWORD="p@ss)w0rd";', "p@ss)w0rd"),
    ("the password is `8hP(S*!na3` until Friday", "8hP(S*!na3"),
])
def test_quoted_password_runs_to_its_quote(text: str, value: str) -> None:
    assert found(text) == [("password", value)]
    assert found('pw = get_password("x")') == []


def test_an_engine_that_misses_matches_is_not_trusted(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    """Vectorscan 5.4.12 can miss matches (VectorCamp/vectorscan#358): the prefilter checks the
    engine against Python's `re` at start-up and scans every text in full if they disagree."""
    from mcpwarden.detectors import leaks
    from mcpwarden.detectors.secrets import TRIGGERS

    if leaks.hyperscan is None:
        pytest.skip("Hyperscan is not installed: every text is scanned in full anyway")
    assert leaks.Prefilter(TRIGGERS, "\n").database is not None  # this engine agrees
    honest_hits = leaks.Prefilter.hits

    def missing_the_last(self: leaks.Prefilter, text: str) -> list[tuple[int, int, int]]:
        return honest_hits(self, text)[:-1]

    monkeypatch.setattr(leaks.Prefilter, "hits", missing_the_last)
    with caplog.at_level("ERROR", "mcpwarden.detectors"):
        prefilter = leaks.Prefilter(TRIGGERS, "\n")
    assert prefilter.database is None and "missed matches" in caplog.text
    assert prefilter.regions("AKIAIOSFODNN7EXAMPLE")[0].tags == set(prefilter.all_tags)


# -- credentials that come in pairs ---------------------------------------------------------------

AWS_ID = "AKIA" + rand(string.ascii_uppercase + "234567", 16)
AWS_SECRET = rand(ALNUM + "/+", 39) + "7"
TWILIO_SID = "AC" + rand("0123456789abcdef", 32)
TWILIO_TOKEN = rand("0123456789abcdef", 32)


@pytest.mark.parametrize("text", [
    f"2026-11-21 12:00:01 INFO boto: using credentials {AWS_ID} {AWS_SECRET} for eu-west-1",
    f'creds = ("{AWS_ID}", "{AWS_SECRET}")  # TODO rotate',
    f"[09:14] dana: try these\n[09:14] dana: {AWS_ID}\n[09:15] dana: {AWS_SECRET}",
    json.dumps({"event": "upload", "principal": AWS_ID, "signature_input": AWS_SECRET}),
])
def test_an_aws_secret_is_found_next_to_its_key_id(text: str) -> None:
    kinds = {kind for kind, _ in found(text)}
    assert {"aws_access_key", "aws_secret_key"} <= kinds, found(text)


def test_a_twilio_auth_token_is_found_next_to_its_account_sid() -> None:
    text = f"client = Client('{TWILIO_SID}', '{TWILIO_TOKEN}')"
    assert ("twilio_auth_token", TWILIO_TOKEN) in found(text)


@pytest.mark.parametrize("neighbour", [
    "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",  # a git SHA-1: hex only
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",  # AWS's documented example secret
    "src/components/navigation/MenuBarItem.ts",  # a path: no digits
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA1",  # filler
])
def test_look_alikes_next_to_an_aws_key_id_are_not_secrets(neighbour: str) -> None:
    kinds = [kind for kind, _ in found(f"id {AWS_ID} and {neighbour}")]
    assert "aws_secret_key" not in kinds


def test_a_hex_digest_far_from_any_sid_is_not_a_twilio_token() -> None:
    text = f"{TWILIO_SID}\n" + "x" * 500 + f"\nmd5 {TWILIO_TOKEN}"
    assert "twilio_auth_token" not in [kind for kind, _ in found(text)]
