"""Secrets in text: provider-formatted keys and tokens, JWTs, PEM/PuTTY private keys, passwords
in connection strings, URLs and command lines (`mysql -p…`), Sentry DSNs, credentials in HTTP
headers, registry auth (`.npmrc`, Docker `config.json`), Kubernetes Secret manifests, and values
assigned to secret-sounding names (`api_key = …`, `"password": "…"`, `<apiKey>…`, `--token …`,
a Markdown table's `| password | … |` row or column, a value on the line after its name).

Detection is trigger-first: one Hyperscan pass over the text (`TRIGGERS`: provider prefixes,
secret-sounding names before a separator, URL userinfo, key-file armour, base64 that decodes to
text, literals joined by `+`, …) finds where anything can be, typically a few µs per KB; the
Python rules then run only on the stretches around the hits, and only the rules their triggers
call for (provider tokens are tried only where a prefix starts). Every candidate then passes a
validation step (CRC32 checksum for GitHub and npm tokens, a JSON header for JWTs, character
diversity, placeholder screening), which is what keeps look-alikes out: UUIDs, commit hashes and
digests have no provider prefix, and are reported only where a name such as `api_key` or
`password` says they are secrets.

Encoded variants: percent-encoded and backslash-escaped stretches of a region are also scanned
decoded, string literals joined in code (`"sk-" + "…"`) are read as one, and a run that is base64
of text is decoded and scanned once more.

Where no name says "password", the syntax around a value does (`_PHRASES`): SQL (`IDENTIFIED BY
'…'`, `PASSWORD '…'`), command lines (`sshpass -p`, `docker login -p`, `redis-cli -a`,
`echo … | … --password-stdin`), Redis (`AUTH`, `requirepass`), `.pgpass` lines, HTTP basic
auth in code (`auth=('u', 'p')`, `BasicAuth(…)`, `NetworkCredential(…)`), `user:pass@host:port`
without a scheme, and chat (`the login is admin / …`). Hashes of passwords (`$2b$…`, `$argon2id$…`,
MySQL's `*` + 40 hex, LDAP's `{SSHA}…`, htpasswd lines) are not the passwords and are not
reported. Under a secret name, a passphrase of four or five distinct words joined by `-`, `.` or
a space is a secret (`quartz-meadow-lantern-harbor`), one of configuration words is a name
(`prod-db-credentials`).

Round 3 adds what people type: passwords given in chat even in lower case (`pw is bluefish42`,
`what's the pass?` answered on the next line, `use alice / … to log in`) when they are not a
plain word (digits or symbols in them, letters no language writes, or a passphrase of three
words that are not the vocabulary of configuration: `saffron-glacier-lantern`); command lines
that take a user and then a password (`sqlcmd -U sa -P …`, `mongosh -u app -p …`, `cqlsh`,
`beeline -n`, `influx -password`, `sqlplus app/…@db`, `db2 … user app using …`, `net user`,
`htpasswd -b`, `chpasswd`, `ConvertTo-SecureString "…" -AsPlainText`, `curl --proxy-user`),
but not ports, uid:gid, paths or versions (`docker run -u 1000 -p 8080:80`, and `mysql -p db`,
where `-p` alone prompts); calls taking a user and a password at known positions (`login`,
`simple_bind_s`, `getConnection`, `new PDO`, `mysqli_connect`, `Sequelize`,
`PasswordAuthentication`); Go's `user:pass@tcp(host)/db`; Traefik's `basicauth.users=u:p`;
`<entry key="…password">…</entry>`; `name -> value`; and, in talk of AWS or credentials, an
AWS secret access key with no name (40 characters of base64 with upper case, lower case, digits
and `/` or `+`), unless a name that is no secret's says what it is (`etag: …`, `the digest is
…`, `objectKey = …`). References are not
secrets (`%API_KEY%`, `ref+awsssm://…`, `azurekeyvault://…`, any `scheme://` locator), nor are
publishable keys (`pk_live_…`, `pk_test_…`), nor `password`/`mypassword` as a password, nor
values with AWS's upper-case EXAMPLE.

Names may be spelled in words in prose and chat (`the aws secret access key is …`, `twilio auth
token for prod: …`, `auth token 3f9a…` when the value is long and mixed), passed as arguments
(`define('API_KEY', '…')`), or name a Terraform variable whose `default` is the value.

Round 4: identifiers are not secrets. A Twilio Account SID (`AC…`) or API key SID (`SK…`) is
found only to look for the auth token next to it, then dropped (`IDENTIFIER_KINDS`); Stripe object
ids (`cus_…`, `pi_…`, `ch_…`) and Slack ids (`U024BE7LH`) are never a secret's value. Names seen
more: an Azure Storage account key (base64 of 64 bytes) under any name that says key, secret,
storage, account or credential, on its line or before its `value`; environment lists
(`- name: API_KEY⏎  value: …`, `{"name": …, "value": …}`); AWS credential constructors
(`NewStaticCredentials`, `Aws::Credentials.new`, `new AWS.Credentials`, `BasicAWSCredentials`);
a bare `key` when its value is long and random (mixed case and digits: not a cache key, path,
digest or UUID); service names as key qualifiers (`datadog key`, `DD_KEY`, `twilio key`).

Documented example keys are not reported: the values vendors publish (AWS's
`AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, Stripe's documented test
keys), and any matched value that says it is none — a placeholder word in the value itself
(EXAMPLE, SAMPLE, DUMMY, PLACEHOLDER, REPLACE, CHANGEME, REDACTED, a separate YOUR/FAKE/INSERT)
or a body made mostly of `x`/`0` filler or one repeated character. Only the value can exempt
itself: the word "example" next to a real key changes nothing, and a key with such a word spliced
in is exempt only because it is no longer the key. Obvious placeholders (`sk-<your key>`,
`${TOKEN}`, `********`, `%s`) are not reported either. Allowlists in the leakage guard handle the
rest. A password that is a documented default (`postgres://user:pass@…`) is still reported.

Round 6: Datadog application keys under `DD-APPLICATION-KEY` and `application_key`; Mailgun's
current private keys (32 hex, then two groups of 8); Windows `net use … \\\\server\\share` with
the password after the share or after `/user:`; a password of letters, dots and underscores
that mixes case as no name in code does (`uPDzzu_.aHaz`) is not taken for a reference such as
`settings.DB_PASSWORD`; a PEM key in a JSON string ends with the escaped newline before the
closing quote.

Round 7: Discord bot tokens (the first part base64 of a numeric id); a subscript or a type
annotation between name and value (`$config["db_pass"] = …`, `app.config['SECRET_KEY'] = …`,
`API_TOKEN: str = …`); a rotation ticket's `New value:` and a CI log's `##[debug]Result:` on the
line after the name; the literal a reference falls back on (`process.env.X || '…'`,
`os.getenv("X", "…")`); a name followed by its quoted value in logs (`rejected token '…'`);
several words, or other languages' words, between a password's name and its value (`pass for
the wifi in room 3: …`, `hasło do panelu: …`, `het wachtwoord is …`); keys that sign passed as
literals (`jwt.sign`, `jwt.encode`, `cookieParser`, `SignedString([]byte(…))`,
`SymmetricSecurityKey`, `hmac.new`, `createHmac`) and what secret generators print (`rails
secret`, `openssl rand -hex 32`); `ldapsearch -w`, `keytool -storepass`, `rabbitmqctl add_user`;
a short password-shaped `SECRET` (`JHw8A*6`); a passphrase that draws one word twice; a storage
key in a table row led by its name (`az storage account keys list -o table`). The Azurite
emulator's published account key and `#{X}#` / `__X__` templating tokens are not reported.

Round 7b: a block, item or command line that names its secret apart from its `value`
(`resource "aws_ssm_parameter" "db_password" { name = "/app/db_password" … value = "…" }`,
`secret_name` / `plaintext_value`, `- name: stripe_api_key⏎  type: string⏎  value: …`, Postman's
`{"key": …, "value": …}`, CloudFormation's `Name:` / `Value:`, `--name db-password --value …`,
`gh secret set TOKEN --body …`); typed constants (Rust's `&str`, `&'static str`, `&[u8]`,
`String::from(…)`, Go's `var token string = …`); a random value in brackets after its name in
prose (`our DB_PASSWORD (…)`, `API_KEY […]`); a random value alone on its line, after a blank line
or after `… api key below:`, under a sentence that names it; a raw `#` inside a URL's password
when `@host` follows (`redis://default:8vyD#mEnA@host`), but not after a port
(`http://localhost:3000#user@example.com`). A JSON object's next key is no value
(`"client_credentials", "resource": …`) and TypeScript's `process.env.X!` is a reference.

Round 7c: `Pw` names in JSON (`"adminPw": …`); `the api key is now …`; a key handed over with no
name (`can you try with this one? …`) in the shape of an AWS secret access key or of 64 random
bytes in base64, which are also a key when assigned to a name of their own (`ACCESS=…`) that does
not say digest, signature or public key; random values in a YAML block named for credentials
(`auth:⏎  k: …`); prose that names a secret after its value (`use … as the partner secret`). Not
secrets: in a Kubernetes Secret, values whose name ends in a word for an id, revision, digest,
fingerprint or public JSON Web Key part (`tenant_id`, `checksum`, `host_key_fingerprint`, `n`)
and API objects' ids (`cus_…`, a Slack channel's); values marked `TODO`, `TBD` or `FIXME`; a quoted
lookup in code (`"os.environ['OPENAI_API_KEY']"`).
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import re
import string
import zlib
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

from mcpwarden.detectors.leaks import (
    SECRET,
    Leak,
    Prefilter,
    Region,
    Trigger,
    char_classes,
    hides_escapes,
    resolve,
    scan_regions,
    shannon_entropy,
)

# -- provider-prefixed tokens ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    pattern: str  # the token; a group named `v` narrows the span to the secret part
    confidence: float = 0.95
    starts: str = ""  # the characters the token can start with


_B62 = "A-Za-z0-9"
_URLSAFE = "A-Za-z0-9_\\-"
_TOKENS: Final = (
    _Token("aws_access_key", r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}", starts="A"),
    _Token("github_token", rf"gh[pousr]_[{_B62}]{{36,251}}", starts="g"),
    _Token("github_token", rf"github_pat_[{_B62}_]{{40,255}}", starts="g"),
    _Token(
        "gitlab_token",
        rf"gl(?:pat|dt|rt|ptt|cbt|oas|soat|ffct|imt|agent|ft)-[{_URLSAFE}.]{{20,}}",
        starts="g",
    ),
    _Token("gitlab_token", rf"GR1348941[{_URLSAFE}]{{20,}}", starts="G"),
    _Token("slack_token", rf"xox[abposre]-[{_B62}\-]{{10,}}", starts="x"),
    _Token("slack_token", r"xapp-\d-[A-Z0-9]{6,}-\d{6,}-[a-z0-9]{32,}", starts="x"),
    _Token("stripe_key", rf"(?:sk|rk)_(?:live|test|prod)_[{_B62}]{{16,}}", starts="sr"),
    _Token("stripe_key", rf"whsec_[{_B62}]{{24,}}", starts="w"),
    _Token("anthropic_key", rf"sk-ant-[a-z]{{2,8}}\d{{0,3}}-[{_URLSAFE}]{{32,}}", starts="s"),
    _Token("openai_key", rf"sk-(?:proj|svcacct|admin|None)-[{_URLSAFE}]{{20,}}", starts="s"),
    _Token("openai_key", rf"sk-[{_B62}]{{20}}T3BlbkFJ[{_B62}]{{20}}", starts="s"),
    _Token("openai_key", rf"sk-[{_B62}]{{32,}}", 0.9, starts="s"),
    _Token("google_api_key", rf"AIza[{_URLSAFE}]{{35}}", starts="A"),
    _Token("google_oauth_secret", rf"GOCSPX-[{_URLSAFE}]{{24,}}", starts="G"),
    _Token("google_oauth_token", rf"ya29\.[{_URLSAFE}]{{20,}}", starts="y"),
    # A Twilio Account SID names an account, it is not a secret: found only to look for the
    # auth token next to it (`_companions`), then dropped (`IDENTIFIER_KINDS`). An API key SID
    # (`SK…`) is reported, as mainstream secret scanners do: with its secret it is a credential,
    # and it is never needed in a tool result.
    _Token("twilio_sid", r"AC[0-9a-f]{32}", 0.1, starts="A"),
    _Token("twilio_key", r"SK[0-9a-f]{32}", 0.85, starts="S"),
    _Token("sendgrid_key", rf"SG\.[{_URLSAFE}]{{16,32}}\.[{_URLSAFE}]{{30,64}}", starts="S"),
    _Token("npm_token", rf"npm_[{_B62}]{{36}}", starts="n"),
    _Token("pypi_token", rf"pypi-[{_URLSAFE}]{{50,}}", starts="p"),
    _Token(
        "azure_storage_key",
        r"(?:AccountKey|SharedAccessKey)=(?P<v>[A-Za-z0-9+/]{40,}={0,2})",
        starts="AS",
    ),
    _Token("huggingface_token", rf"hf_[{_B62}]{{30,}}", starts="h"),
    # Docker Hub personal and organisation access tokens: 27 characters of base64url
    _Token("dockerhub_token", rf"dckr_(?:pat|oat)_[{_URLSAFE}]{{24,40}}", starts="d"),
    _Token("digitalocean_token", r"do[opr]_v1_[a-f0-9]{64}", starts="d"),
    _Token("shopify_token", r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}", starts="s"),
    _Token("databricks_token", r"dapi[a-f0-9]{32}(?:-\d)?", starts="d"),
    _Token("vault_token", rf"hv[sbr]\.[{_URLSAFE}]{{24,}}", starts="h"),
    _Token("atlassian_token", rf"ATATT3[{_URLSAFE}=]{{100,}}", starts="A"),
    _Token("linear_key", rf"lin_(?:api|oauth)_[{_B62}]{{40}}", starts="l"),
    _Token("postman_key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}", starts="P"),
    _Token(
        "grafana_token",
        r"glc_[A-Za-z0-9+/]{32,}={0,2}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
        starts="g",
    ),
    _Token("age_secret_key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", starts="A"),
    _Token("groq_key", rf"gsk_[{_B62}]{{48,}}", starts="g"),
    _Token("replicate_token", rf"r8_[{_B62}]{{37}}", starts="r"),
    _Token("xai_key", rf"xai-[{_B62}]{{70,}}", starts="x"),
    _Token("perplexity_key", rf"pplx-[{_B62}]{{40,}}", starts="p"),
    _Token("mailgun_key", r"key-[0-9a-f]{32}", starts="k"),
    # Mailgun's current private API keys: 32 hex, then two groups of 8 (not a UUID's 8-4-4-4-12)
    _Token("mailgun_key", r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![0-9A-Za-z])",
           starts="0123456789abcdef"),
    _Token(
        "square_token", rf"sq0(?:atp|csp)-[{_URLSAFE}]{{22,43}}|EAAA[{_URLSAFE}]{{60}}", starts="sE"
    ),
    _Token("notion_token", rf"(?:secret_|ntn_)[{_B62}]{{40,}}", starts="sn"),
    _Token("doppler_token", rf"dp\.(?:pt|st|sa|ct|scim|audit)\.[{_B62}]{{40,}}", starts="d"),
    _Token("heroku_key", rf"HRKU-[{_URLSAFE}]{{40,}}", starts="H"),
    _Token("sentry_token", r"sntry[su]_[A-Za-z0-9+/=_\-]{40,}", starts="s"),
    _Token("newrelic_key", r"NRAK-[A-Z0-9]{27}", starts="N"),
    _Token("dynatrace_token", r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", starts="d"),
    _Token("mapbox_token", rf"sk\.eyJ[{_URLSAFE}]{{40,}}\.[{_URLSAFE}]{{20,}}", starts="s"),
    _Token("planetscale_token", rf"pscale_(?:tkn|pw|oauth)_[{_URLSAFE}.]{{32,}}", starts="p"),
    _Token("supabase_token", r"sbp_[a-f0-9]{40}", starts="s"),
    # Discord bot tokens: base64 of the bot's numeric id, a timestamp, an HMAC (`_discord_id_ok`)
    _Token(
        "discord_bot_token",
        rf"[MNO][{_B62}]{{23,27}}\.[{_URLSAFE}]{{6}}\.[{_URLSAFE}]{{27,38}}",
        0.9,
        starts="MNO",
    ),
    _Token(
        "jwt",
        rf"ey[JA][{_URLSAFE}]{{8,}}\.ey[JA][{_URLSAFE}]{{8,}}\.[{_URLSAFE}]*",
        0.9,
        starts="e",
    ),
)


def _by_first_character(tokens: tuple[_Token, ...]) -> dict[str, re.Pattern[str]]:
    """One alternation per first character: at a candidate position only the formats that can
    start there are tried."""
    alternatives: dict[str, list[str]] = {}
    for index, token in enumerate(tokens):
        for char in token.starts:
            alternatives.setdefault(char, []).append(f"(?P<t{index}>{token.pattern})")
    return {char: re.compile("|".join(options)) for char, options in alternatives.items()}


_BY_FIRST: Final = _by_first_character(_TOKENS)
# Tokens are looked for only inside runs of token characters (one cheap character-class pass;
# prose has few such runs), and there only where a token may begin: at the start of the run or
# after a delimiter that cannot be part of a neighbouring word (`token=…`, `Bearer.…`).
_RUN: Final = re.compile(r"[A-Za-z0-9_\-.~+/=]{15,}")
_INNER_DELIMITERS: Final = re.compile(r"[.~+/=\-]+")


@dataclass(frozen=True, slots=True)
class _Literal:
    """A format found by a literal it contains, `back` characters at most after its start."""

    literal: str
    back: int
    token: _Token
    regex: re.Pattern[str]
    max_chars: int
    exact: bool  # the token starts exactly `back` characters before the literal


def _literal(literal: str, back: int, token: _Token, max_chars: int = 1024,
             exact: bool = True) -> _Literal:
    return _Literal(literal, back, token, re.compile(token.pattern), max_chars, exact)


# Formats that span characters the runs stop at (`:` and `/` of a URL) or that can start with
# any character.
_LITERALS: Final = (
    _literal(
        "hooks.slack.com",
        8,
        _Token(
            "slack_webhook",
            r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_]{20,}",
        ),
    ),
    _literal(
        "discord",
        20,
        _Token(
            "discord_webhook",
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{5,}/[\w\-]{30,}",
        ),
        exact=False,
    ),
    _literal(":AA", 10, _Token("telegram_bot_token", rf"(?<!\d)\d{{8,10}}:AA[{_URLSAFE}]{{33}}"),
             exact=False),
    _literal(
        "Q~",
        4,
        _Token("azure_client_secret", r"[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}", 0.9),
    ),
    _literal("-us", 32, _Token("mailchimp_key", r"[0-9a-f]{32}-us\d{1,2}")),
    _literal(
        "PuTTY-User-Key-File-",
        0,
        _Token(
            "private_key",
            r"PuTTY-User-Key-File-\d: (?:(?!Private-MAC)[\s\S]){0,8192}"
            r"Private-MAC: [0-9a-f]+",
        ),
        max_chars=9000,
    ),
    _literal(
        " -u",
        0,
        _Token("url_credentials",
               r" -u ?(?P<q>['\"]?)(?:[^\s:'\"\x00]{1,64}):(?P<v>[^\s'\"\x00]{1,128})(?P=q)"),
    ),
    _literal(
        "-user",
        8,
        _Token("url_credentials", r"--(?:proxy-)?user[ =](?P<q>['\"]?)(?:[^\s:'\"\x00]{1,64}):"
                                  r"(?P<v>[^\s'\"\x00]{1,128})(?P=q)"),
        exact=False,
    ),
    _literal(
        "mysql",
        0,
        _Token("password", r"mysql(?:dump|admin|import|show|check)?\b[^\n]{0,200}? -p['\"]?"
                           r"(?P<v>[^\s'\"$\-][^\s'\"]{0,127})"),
        max_chars=400,
    ),
    _literal(
        "mariadb",
        0,
        _Token("password", r"mariadb(?:-dump|-admin)?\b[^\n]{0,200}? -p['\"]?"
                           r"(?P<v>[^\s'\"$\-][^\s'\"]{0,127})"),
        max_chars=400,
    ),
    _literal(
        "://",
        5,
        _Token("sentry_dsn", r"https?://(?P<v>[0-9a-f]{32}(?::[0-9a-f]{32})?)@[\w.\-]+(?::\d+)?/\d+"),
        exact=False,
    ),
    _literal(
        "django-insecure-",
        0,
        _Token("django_secret_key", r"django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{50}"),
    ),
    _literal(
        "jdbc:oracle:",
        0,
        _Token(
            "connection_string", r"jdbc:oracle:[a-z]+:[^/\s:@\x00]{1,64}/(?P<v>[^@\s\x00]{1,128})@"
        ),
    ),
)
_PASSWORD_TOKENS: Final = frozenset({"connection_string", "url_credentials", "password"})
# Runs that are base64 as a whole are decoded (a few per text) and scanned once more.
_BASE64_RUN: Final = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_\-]+={0,2}")
MIN_BLOB_CHARS: Final = 24
MAX_DECODED_BLOBS: Final = 16
_SUCCESSOR: Final = {code: code + 1 for code in range(0x30, 0x7B)}
_SUCCESSOR_BYTES: Final = bytes(code + 1 if 0x30 <= code < 0x7B else code for code in range(256))
_PEM_BEGIN: Final = re.compile(r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----")
# A token may follow a dash (`eu-ghp_…`), never a letter, digit or underscore; it ends where
# token characters end.
_WORD_BEFORE: Final = frozenset(string.ascii_letters + string.digits + "_")
_TOKEN_CHARS: Final = frozenset(_WORD_BEFORE | {"-"})

# -- PEM private keys -----------------------------------------------------------------------------

_PEM_BODY: Final = re.compile(
    r"(?:[A-Za-z0-9+/=\s:,.\-]|\\[nr])*?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
)
_PEM_OPEN_BODY: Final = re.compile(r"(?:[A-Za-z0-9+/=\s:,.\-]|\\[nr]){0,16384}")
MAX_PEM_CHARS: Final = 65_536

# -- passwords in URLs and connection strings -----------------------------------------------------

_URL_USERINFO: Final = re.compile(
    # a raw `#` in the password (invalid, but common) is still the password's when `@host`
    # follows before any `/`, space or quote
    r"://(?P<user>[^\s:@/?#\"'<>\\\x00]{0,128}):(?P<v>[^\s/?\"'<>\\\x00]{1,256})@"
    r"(?=[\w\[.\-])"
)
_SCHEME_CHARS: Final = frozenset(string.ascii_letters + string.digits + "+.-")
MAX_SCHEME_CHARS: Final = 31
_DB_SCHEMES: Final = frozenset(
    {
        "postgres",
        "postgresql",
        "mysql",
        "mariadb",
        "mongodb",
        "mongodb+srv",
        "redis",
        "rediss",
        "amqp",
        "amqps",
        "mssql",
        "sqlserver",
        "oracle",
        "cockroachdb",
        "clickhouse",
        "couchdb",
        "cassandra",
        "neo4j",
        "neo4j+s",
        "bolt",
        "memcached",
        "elasticsearch",
        "influxdb",
        "nats",
        "kafka",
        "snowflake",
        "db2",
        "sqlite",
        "jdbc",
        "odbc",
        "ldap",
        "ldaps",
        "smtp",
        "smtps",
        "imap",
        "imaps",
        "pop3",
        "ftp",
        "ftps",
        "sftp",
    }
)

# -- assignments: `api_key = "…"`, `"password": "…"`, `Password=…;`, `X-Api-Key: …` -------------

_KEYWORDS: Final = (
    "secret",
    # other languages' "password" (`_FOREIGN_PASSWORD`) not holding an English keyword
    "kennwort",
    "contraseña",
    "contrasena",
    "senha",
    "wachtwoord",
    "hasło",
    "haslo",
    "lösenord",
    "losenord",
    "salasana",
    "parola",
    "jelszó",
    "jelszo",
    "heslo",
    "пароль",
    "token",
    "pass",
    "pwd",
    "key",
    "auth",
    "credential",
    "cookie",
    "dsn",
    "sig",
    "session",
    "bearer",  # `API_BEARER=…`, `x-bearer: …`: a name holding `bearer` names a bearer token
)
# What follows a keyword found by substring search: the rest of the name, an optional closing
# quote (JSON-escaped too), the separator, an optional opening quote and auth scheme, the value.
_AFTER_KEYWORD: Final = re.compile(
    # a subscript's closing bracket (`$config["db_pass"] = …`, `app.config['SECRET_KEY'] = …`)
    r"(?P<rest>[A-Za-z0-9_.\-]{0,40})"
    r"(?P<close>\\?[\"'`]\]?)?(?P<attr>[ \t]+value"
    # a ticket's `Rotate api_key⏎⏎New value: …`
    r"|[ \t]*(?:\r?\n[ \t]*){0,2}[Nn]ew[ \t]+value)?"
    # prose and chat may say what the secret is for: `the db password for staging: …`, `pass
    # for the wifi in room 3: …`, other languages' `hasło do panelu: …`
    r"(?P<scope>[ \t]+(?:for|in|on|of|at|do|para|voor|pour|per|zum|zur|f\u00fcr|f\u00f6r)"
    # (past two words, the separator stands apart: `failed password for bob from 2a02:6d40:…`)
    r"(?:(?:[ \t]+[\w.\-]{1,24}){1,2}(?=[ \t]*(?:[:=]|is\b))"
    r"|(?:[ \t]+[\w.\-]{1,24}){3,6}(?=[ \t]*(?:[:=](?:[ \t\r\n]|\Z)|is\b)))"
    # `payments api key below:⏎⏎  …`
    r"|[ \t]+(?:below|here|as[ \t]+follows)(?=[ \t]*:[ \t]*\r?\n))?"
    r"[ \t]{0,8}"
    # a type annotation (`TOKEN: str = …`, `apiKey: string = …`), a CI log's value (`env.TOKEN
    # ##[debug]Result: '…'`)
    r"(?P<sep>=>|:=|->|:(?:[ \t]*(?:str|bytes|string|String|SecretStr|Final(?:\[str\])?"
    # Rust's `&str`, `&'static str`, `&[u8]`, then maybe `String::from(…)` or a byte string
    r"|&(?:'[a-z_]+[ \t]+)?(?:str|\[u8\]))"
    r"[ \t]*=(?!=)(?:[ \t]*(?:(?:String|SecretString)(?:::|\.)(?:from|new)\(|b)(?=[\"']))?)?"
    # Go's `var token string = …`
    r"|(?<=[ \t])(?:string|\[\]byte)[ \t]*=(?!=)(?:[ \t]*\[\]byte\((?=[\"'`]))?"
    # prose: a value in brackets after its name (`our DB_PASSWORD (…)`, `API_KEY […]`)
    r"|(?<=[ \t])[(\[]"
    r"|[=>|,]|(?:\r?\n)?##\[debug\]Result:"
    # prose: `the password is …` (and other languages' `is`: `het wachtwoord is …`, `ist`, `est`)
    r"|(?<=[ \t])(?:is|was|to|ist|est|es|jest|\u00e4r|\u00e9|\u00e8)(?=[ \t])"
    # (`the api key is now …`, `… is still …`: what it is since a rotation)
    r"(?:[ \t]+(?:now|still)(?=[ \t]))?)?"
    # the value may start on the next line (`"password":⏎  "…"`, YAML block style)
    r"(?P<nl>(?<=[:=])[ \t]{0,4}\r?\n(?P<blank>[ \t]{0,8}\r?\n)?[ \t]{0,40})?[ \t]{0,8}"
    r"(?P<open>\\?[\"'`])?"
    r"(?:(?P<scheme>(?i:bearer|basic|token|bot|digest|apikey|sso-key))[ \t]+)?"
    r"(?P<v>(?:[^\s\"'`,;&<>(){}\[\]\\|\x00]|&(?![A-Za-z_][A-Za-z0-9_.\-]*=)){1,1024})"
)
MAX_PASSPHRASE_CHARS: Final = 128
MIN_SPACED_PASSWORD: Final = 6
MIN_SPACED_SECRET: Final = 16
_HCL_VARIABLE: Final = re.compile(
    r'variable[ \t]+"(?P<name>[\w\-]{1,60})"[ \t]*\{(?:[^{}"]|"[^"\n]*"){0,800}?'
    r'\bdefault[ \t]*=[ \t]*"(?P<v>[^"\n]{1,1024})"'
)
# A name spelled in words (`aws secret access key`): at most this many, each this long.
MAX_SPOKEN_WORDS: Final = 4
MAX_SPOKEN_WORD_CHARS: Final = 16
_WORD_BEFORE_SPACE: Final = re.compile(r"(?<![A-Za-z0-9_.\-])[A-Za-z]{2,16} \Z")
# `sk` abbreviates "secret key" only as a word of a name: `aws_sk`, `AWS-SK`, `awsSk`
_SK_NAME: Final = re.compile(r"(?:(?<=[A-Za-z0-9][_.\-])(?:sk|SK)|(?<=[a-z])Sk)(?![A-Za-z0-9])")
_PW_NAME: Final = re.compile(r"(?:(?<![A-Za-z0-9])(?:pw|PW|Pw)|(?<=[a-z])Pw)(?![A-Za-z0-9])")
MAX_PASSPHRASE_WORDS: Final = 5
# Words that make a quoted "password" a sentence about passwords rather than one.
_PROSE_WORDS: Final = frozenset(
    {
        "your",
        "enter",
        "password",
        "required",
        "must",
        "least",
        "characters",
        "here",
        "the",
        "please",
        "invalid",
        "incorrect",
        "wrong",
        "is",
        "for",
    }
)
_KEY_CHARS: Final = frozenset(string.ascii_letters + string.digits + "_.-")
MAX_KEY_CHARS: Final = 60
_WORDS: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_AFTER_BEARER: Final = re.compile(r"[ \t]+(?P<v>[A-Za-z0-9._~+/\-]{20,}=*)")

_SECRET_WORDS: Final = frozenset(
    {
        "secret",
        "token",
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "passcode",
        "pw",
        "apikey",
        "credential",
        "credentials",
        "creds",
        "authorization",
        "auth",
        "sig",
        "cookie",
        "dsn",
        "bearer",
        "sessionid",
        "accesskey",
        "secretkey",
        "privatekey",
    }
)
_PASSWORD_WORDS: Final = ("password", "passwd", "pwd", "pass", "passphrase", "passcode", "passwort")
_NUMBERED_WORDS: Final = (*_PASSWORD_WORDS, "secret", "token", "key")
# Names of a password or a token: a password-like value is enough there.
_LOGIN_WORDS: Final = frozenset({"pw", "credential", "credentials", "creds"})
_KEY_QUALIFIERS: Final = frozenset(
    {
        "api",
        "access",
        "secret",
        "private",
        "auth",
        "signing",
        "encryption",
        "master",
        "account",
        "shared",
        "client",
        "app",
        "application",  # `DD-APPLICATION-KEY`, Backblaze's `applicationKey`
        "consumer",
        "license",
        "subscription",
        "service",
        "webhook",
        "admin",
        "session",
        "storage",
        "deploy",
        "write",
        "read",
        "root",
        "hmac",
        "jwt",
        "aes",
        "aws",  # `aws_key`, `s3_key`, `minio_key`: the secret access key
        "s3",
        "minio",
        # services whose keys are all secret (`datadog key: …`, `DD_KEY=…`, `twilio key`)
        "datadog",
        "dd",
        "twilio",
        "sendgrid",
        "mailgun",
        "pagerduty",
        "newrelic",
        "openai",
        "anthropic",
    }
)
# Words after the secret word that still name the secret itself (`secret_key_base`,
# `token_value`) rather than something about it (`token_type`, `password_min_length`).
_VALUE_SUFFIXES: Final = frozenset(
    {
        "value",
        "base",
        "b64",
        "base64",
        "hex",
        "raw",
        "str",
        "string",
        "plain",
        "plaintext",
        "enc",
        "encrypted",
        "data",
        "key",
        "access",
    }
)
_NOT_SECRET_WORDS: Final = frozenset(
    {
        "page",
        "next",
        "continuation",
        "cursor",
        "sync",
        "max",
        "min",
        "num",
        "count",
        "total",
        "limit",
        "type",
        "public",
        "publishable",
        "primary",
        "foreign",
        "sort",
        "partition",
        "cache",
        "idempotency",
        "object",
        "hash",
        "hashed",
        "url",
        "uri",
        "endpoint",
        "path",
        "file",
        "name",
        "hint",
        "length",
        "len",
        "policy",
        "expiry",
        "expires",
        "expiration",
        "ttl",
        "usage",
        "budget",
        "prompt",
        "completion",
        "input",
        "output",
        "reset",
        "field",
        "header",
        "param",
        "mode",
        "format",
        "enabled",
        "required",
        "label",
        "placeholder",
        "regex",
        "pattern",
    }
)
_PLACEHOLDER_VALUES: Final = frozenset(
    {
        "none",
        "null",
        "nil",
        "true",
        "false",
        "yes",
        "no",
        "on",
        "off",
        "undefined",
        "required",
        "optional",
        "str",
        "string",
        "bytes",
        "int",
        "bool",
        "any",
        "text",
        "redacted",
        "hidden",
        "masked",
        "secret",
        "password",
        "passwd",
        "pass",
        "token",
        "changeme",
        "example",
        "dummy",
        "placeholder",
        "value",
        "empty",
        "default",
        "unset",
        "todo",
        "tbd",
        "fixme",
        "xxx",
        "na",
        "self",
        "this",
        "env",
        "environ",
        "os",
        "config",
        "settings",
        "params",
        "args",
        "kwargs",
        "function",
        "def",
        "lambda",
        "return",
        "type",
        "object",
        "get",
        "set",
        "new",
        "await",
    }
)
# `${X}`, `<x>`, `[x]`, Octopus and Azure DevOps tokens (`#{X}#`, `__X__`)
_PLACEHOLDER_START: Final = (*"${<[", "#{")
# `%s`, `%(name)s`, `!Ref`, YAML aliases (`*db_password`), `YOUR_API_KEY_HERE`, `not-set`:
# templates, tags and names in one case
_TEMPLATE_VALUE: Final = re.compile(
    r"%(?:\(\w+\))?[sdvq]|%[A-Za-z_]\w*%|![A-Za-z:]+(?:[ \t][^\n]*)?|\*[a-z_][a-z0-9_\-]*"
    r"|[A-Z]+(?:[_\-][A-Z]+)+"
    r"|[a-z]+(?:[_\-][a-z]+)+"
    r"|__[A-Za-z0-9_.\-]{1,60}__|#\{[^}\s]{1,60}\}#?"
)
# Where a secret is kept (`vault://…`, `ref+awsssm://…`, `azurekeyvault://…`) or a web address:
# a locator, not the secret (a password inside a URL is found by `_url_passwords`).
_URI: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,30}://")
# public by design: Stripe publishable keys, Mapbox public tokens
_PUBLIC_KEYS: Final = ("pk_live_", "pk_test_", "pk.eyJ")
_REFERENCE_PREFIXES: Final = ("env:", "file:", "vault:", "secret:", "ref:", "op://", "arn:aws:")
# Ids of objects in APIs, which name a customer, a payment or a channel and grant nothing: Stripe's
# (`cus_…`, `pi_…`, `ch_…`; a client secret goes on with `_secret_…`) and Slack's (`U024BE7LH`).
_OBJECT_ID: Final = re.compile(
    r"(?:acct|ba|card|ch|cn|cs|cus|du|dp|evt|file|ii|il|in|inv|pi|pm|po|price|prod|py|re|seti|si"
    r"|src|sub|tr|txn|plink|prv|req)_[A-Za-z0-9]{8,40}"
    r"|[UWCGDTBE](?=(?:[A-Z]*\d){2})[A-Z0-9]{8,10}"
)
# a name in code looked up by a quoted name: `os.environ['X']`, `ENV["X"]`, `os.getenv("X")`
# (a literal to fall back on, `getenv("X", "…")`, is left out: it may be the secret)
_CODE_LOOKUP: Final = re.compile(
    r"(?P<name>[A-Za-z_][\w.]{0,60})(?:\[[ \t]*(?P<q>['\"])[\w.\-]{1,64}(?P=q)[ \t]*\]"
    r"|\([ \t]*(?P<p>['\"])[\w.\-]{1,64}(?P=p)[ \t]*\))"
)
_DOTTED_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z_]*(?:\.[A-Za-z_][A-Za-z_]*)+")
_CODE_NAME: Final = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
# One part of a name in code: snake_case, UPPER_CASE, camelCase or PascalCase with words of two
# letters or more (`os`, `DB_PASSWORD`, `dbPass`, `getHTTPClient`, `_private`). A password of
# letters, dots and underscores mixes case as no naming convention does (`uPDzzu_.aHaz`).
_CODE_NAME_PART: Final = re.compile(
    r"_{0,2}(?:[a-z]+(?:_[a-z]+)*|[A-Z]+(?:_[A-Z]+)*"
    r"|(?:[a-z]{2,}|[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]))"
    r"(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Z]{2,}(?=[A-Z][a-z]))*)_{0,2}"
)


def _code_reference(value: str) -> bool:
    """`a.b.c` whose parts are all spelled as names in code are (`settings.DB_PASSWORD`)."""
    return all(_CODE_NAME_PART.fullmatch(part) for part in value.split("."))
# Filler that stands in for a secret: `xxxxxx`, `***`, `...`, `00000000` (a real token has no
# such run; values made of one or two characters are caught by their diversity instead).
_FILLERS: Final = ("xxxxxx", "***", "...", "00000000", "\u2022\u2022\u2022", "\u25cf\u25cf\u25cf")

# -- documented example keys ----------------------------------------------------------------------

# Values vendors publish in their documentation: not live secrets, whatever their shape. Only the
# value itself can exempt it (a word such as "example" next to a real key changes nothing).
_DOCUMENTED_EXAMPLES: Final = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",  # AWS
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",  # Stripe
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
        "pk_test_TYooMQauvdEDq54NiTphI7jx",
        # the Azure Storage emulator's (Azurite) well-known account key
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    }
)
# A word that says the value stands in for a secret. Short words count only as a word of their
# own (`YOUR_KEY`, `yourToken`), not inside a random run where they occur by chance.
_PLACEHOLDER_WORD: Final = re.compile(
    r"(?i:example|sample|dummy|placeholder|replace|changeme|change[_\-]me|redacted|notreal"
    r"|not[_\-]a[_\-]real)|(?<![A-Za-z])(?i:your|fake|insert|todo|tbd|fixme)(?![a-z])"
)
# the same words in lower case, a quick screen (a case-insensitive search is six times slower)
_PLACEHOLDER_HINT: Final = re.compile(
    r"example|sample|dummy|placeholder|replace|change[_\-]?me|redacted|notreal|not[_\-]a[_\-]real"
    r"|your|fake|insert|todo|tbd|fixme|password|secret"
)
MOSTLY: Final = 0.5  # of a value made of one character, or of `x` and `0` filler (a placeholder)
MAX_FILLER_PREFIX: Final = 12  # `sk_live_`, `github_pat_`: not part of the filler


def _documented_example(value: str) -> bool:
    """A published example key, or a value that says it is none by a placeholder word in it.
    (Values made mostly of filler are screened by `_looks_placeholder`.)"""
    return value in _DOCUMENTED_EXAMPLES or bool(
        _PLACEHOLDER_HINT.search(value.lower()) and _PLACEHOLDER_WORD.search(value))


# A person's password may well contain such a word ("Changeme123!", "Sample2024"): a password is
# an example only when it is nothing but placeholder words ("changeme", "<your-password-here>").
_EXAMPLE_PASSWORD: Final = re.compile(
    r"(?:example|sample|dummy|placeholder|replace|change|me|redacted|not|a|real|your|my|fake"
    r"|insert|password|passwd|pass|pwd|secret|key|token|here|goes|db|api|value|the|this|x)+"
)
_PASSWORD_DECORATION: Final = str.maketrans("", "", " <>{}[]_-.:")


def _example_password(value: str) -> bool:
    """Nothing but placeholder words (`changeme`, `<your-password-here>`), or a value vendors
    document (`wJalrX…EXAMPLEKEY`: upper-case EXAMPLE). A person's password may hold such a word
    among others (`Changeme123!`, `example-password-123`): that is still reported."""
    if value in _DOCUMENTED_EXAMPLES or "EXAMPLE" in value:
        return True
    letters = value.lower().translate(_PASSWORD_DECORATION)
    return (
        letters.isalpha()
        and _PLACEHOLDER_HINT.search(letters) is not None
        and _EXAMPLE_PASSWORD.fullmatch(letters) is not None
    )


def _mostly_filler(value: str, distinct: int) -> bool:
    """Half of the value (after a provider prefix such as `sk_live_`) is `x`/`0` filler or one
    repeated character: `sk_live_xxxx…1234`, `AKIA0000…`, `ghp_aaaa…`."""
    body = value[value.rfind("_", 0, MAX_FILLER_PREFIX) + 1 :]
    least = len(body) * MOSTLY
    if len(body) < 8 or distinct > least + 3 + (len(value) - len(body)):
        return False
    # a character making up half the body shows at its start, middle or end (cheap to count)
    filler = max(sum(map(body.count, "xX0")), body.count(body[0]), body.count(body[-1]),
                 body.count(body[len(body) // 2]))
    return filler >= least


def find_secrets(text: str) -> list[Leak]:
    """Every secret found in `text`, overlaps resolved, in order of position.

    Percent-encoded and backslash-escaped text (`%3A%2F%2F`, `\\"`, `\\/`) is also scanned in its
    decoded form; spans always refer to `text` itself. Only the stretches around a trigger (see
    `_TRIGGERS`) are scanned in detail.
    """
    regions = _PREFILTER.regions(text)
    if not regions:
        return []
    leaks: list[Leak] = []
    detailed = regions
    if any("aws40" in region.tags for region in regions):
        leaks.extend(_lone_aws_secrets(text, regions))
        # talk of AWS alone calls for no other rule
        detailed = [region for region in regions if region.tags != _AWS_RUN_ONLY]
        if not detailed:
            return leaks
    if any(region.tags == _LONE_ONLY for region in detailed):
        # a token alone calls for no other rule, nor for decoding: read it where it is
        leaks.extend(leak for region in detailed if region.tags == _LONE_ONLY
                     for leak in itertools.chain(
                         _lone_tokens(text, region.start, region.end),
                         _handed_over_keys(text, region.start, region.end)))
        detailed = [region for region in detailed if region.tags != _LONE_ONLY]
    leaks += scan_regions(text, detailed, _find_tagged, joins=True)
    # every `kind: Secret` `_kubernetes_secrets` reads matches the manifest trigger
    if any("manifest" in region.tags for region in detailed):
        leaks.extend(_kubernetes_secrets(text))
    if "|" in text:
        leaks.extend(_table_cells(text))
    leaks.extend(_companions(text, leaks))
    return resolve(leak for leak in leaks if leak.kind not in IDENTIFIER_KINDS)


def may_contain_secrets(data: bytes) -> bool:
    """False when `data` (text or raw JSON, as bytes) cannot hold a secret `find_secrets` would
    report: none of its triggers is there. JSON that escapes letters (`\\u0070assword`),
    backslashes or tabs may hide one, so it counts as a maybe."""
    return hides_escapes(data) or _PREFILTER.matches(data)


# -- tokens ---------------------------------------------------------------------------------------


# Kinds found only as anchors for their companions, never reported.
IDENTIFIER_KINDS: Final = frozenset({"twilio_sid"})
_ALL_RULES: Final = frozenset({"token", "blob", "name", "url", "key_file", "phrase", "pgpass",
                               "userinfo", "call", "block"})  # not "lone": only after a handover


def _find_tagged(text: str, tags: set[str], starts: list[int] | None) -> list[Leak]:
    """The rules a region's triggers call for: provider tokens (tried only where a prefix
    starts, when known) and encoded blobs, names that say "secret", URLs and command lines, key
    files; all of them where literals were joined."""
    if "joined" in tags:
        return _find_plain(text)
    return _find_plain(text, rules=tags, starts=starts)


def _find_plain(text: str, *, decode: bool = True, rules: AbstractSet[str] = _ALL_RULES,
                starts: list[int] | None = None) -> list[Leak]:
    leaks: list[Leak] = []
    if starts is not None and "blob" not in rules:
        leaks.extend(_tokens_from(text, starts))
    elif "token" in rules or "blob" in rules:
        leaks.extend(_tokens(text, decode and "blob" in rules))
    if rules & {"token", "url", "key_file"}:
        for literal in _LITERALS:
            if literal.literal in text:  # most regions hold none: no generator to build
                leaks.extend(_literal_tokens(text, literal))
    if "key_file" in rules and "-----BEGIN" in text:
        leaks.extend(_pem(text, match.start(), match.end()) for match in _PEM_BEGIN.finditer(text))
    if "url" in rules and "://" in text:
        leaks.extend(_url_passwords(text))
    phrases = rules & _PHRASE_TAGS
    if phrases or "name" in rules or "block" in rules:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few non-ASCII letters lower-case to two characters
            lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    if phrases:
        leaks.extend(_password_phrases(text, lowered, phrases))
    if "call" in rules:
        leaks.extend(_credential_calls(text))
        leaks.extend(_aws_constructors(text))
        leaks.extend(_signing_calls(text))
    if "storage" in rules or "name" in rules:
        leaks.extend(_storage_keys(text))
    if "name" in rules:
        leaks.extend(_assignments(text, lowered, {leak.start for leak in leaks}))
        if "variable" in text:
            leaks.extend(_hcl_defaults(text))
        if "value" in text:
            leaks.extend(_named_values(text))
        leaks.extend(_bare_bearers(text, lowered))
        if ":" in text:
            leaks.extend(_credential_blocks(text, lowered))
        if " as " in lowered:
            leaks.extend(_values_named_after(text, lowered))
    if ("name" in rules or "block" in rules) and ("value" in lowered or "--body" in lowered):
        leaks.extend(_block_values(text, lowered))
    if "pasted" in rules:
        leaks.extend(_pasted_tokens(text, 0, len(text)))
    if "lone" in rules:  # last: a named value found as well is the name's (`found` above)
        leaks.extend(_lone_tokens(text))
        leaks.extend(_handed_over_keys(text, 0, len(text)))
    return resolve(leaks)


def _tokens(text: str, decode: bool) -> Iterator[Leak]:
    blobs = MAX_DECODED_BLOBS if decode else 0
    for run in _RUN.finditer(text):
        start, end = run.span()
        if blobs and end - start >= MIN_BLOB_CHARS and _BASE64_RUN.fullmatch(text, start, end):
            blobs -= 1
            inner = _base64_secret(text[start:end])
            if inner is not None:
                yield Leak(start, end, inner.kind, SECRET, inner.confidence * 0.95)
                continue
        yield from _tokens_at(text, start, end)
        for delimiter in _INNER_DELIMITERS.finditer(text, start, end):
            if delimiter.end() < end:
                yield from _tokens_at(text, delimiter.end(), end)


_TOKEN_RUN: Final = re.compile(r"[A-Za-z0-9_\-.~+/=]+")


def _tokens_from(text: str, starts: list[int]) -> Iterator[Leak]:
    """Provider tokens where the prefilter saw a prefix start."""
    for start in starts:
        run = _TOKEN_RUN.match(text, start)
        if run is not None:
            yield from _tokens_at(text, start, run.end())


def _base64_secret(blob: str) -> Leak | None:
    """The first secret inside a base64-encoded text (`ZXhwb3J0IFRPS0VO…`), if it is text."""
    try:
        raw = (base64.urlsafe_b64decode if "-" in blob or "_" in blob else base64.b64decode)(
            blob + "=" * (-len(blob) % 4))
    except (binascii.Error, ValueError):
        return None
    if not raw.isascii() or sum(byte < 9 or 13 < byte < 32 for byte in raw[:64]):
        return None  # binary: an image, a digest, a key blob
    inner = [leak for leak in _find_plain(raw.decode("ascii"), decode=False)
             if leak.kind not in IDENTIFIER_KINDS]
    return inner[0] if inner else None


def _tokens_at(text: str, position: int, end: int) -> tuple[Leak, ...]:
    """The token starting at `position` (a run start or just after a delimiter), if any."""
    pattern = _BY_FIRST.get(text[position])
    match = pattern.match(text, position, end) if pattern is not None else None
    if match is None:
        return ()
    name = match.lastgroup
    assert name is not None
    leak = _token_leak(text, match, _TOKENS[int(name[1:])], name)
    return (leak,) if leak is not None else ()


def _literal_tokens(text: str, literal: _Literal) -> Iterator[Leak]:
    index = text.find(literal.literal)
    while index >= 0:
        window_start = max(0, index - literal.back)
        end = index + literal.max_chars
        match = (literal.regex.match(text, window_start, end) if literal.exact
                 else literal.regex.search(text, window_start, end))
        if match is not None and match.start() <= index:
            leak = _token_leak(text, match, literal.token, None)
            if leak is not None:
                yield leak
        index = text.find(literal.literal, index + 1)


def _token_leak(text: str, match: re.Match[str], token: _Token, group: str | None) -> Leak | None:
    keyed = "v" in match.groupdict() and match.start("v") >= 0
    start, end = match.span("v" if keyed else group or 0)
    if not _bounded(text, start, end, keyed):
        return None
    value = text[start:end]
    if token.kind != "jwt" and _looks_placeholder(value):
        return None
    confidence = _token_confidence(token, value)
    if confidence <= 0 or (token.kind != "jwt" and _documented_example(value)):
        return None
    return Leak(start, end, token.kind, SECRET, confidence)


def _bounded(text: str, start: int, end: int, keyed: bool) -> bool:
    """A token starts and ends at a word boundary (a longer run is another thing, e.g. a hash);
    a value found by its key (`AccountKey=…`, `…/password@host`) is delimited by its pattern."""
    if keyed:
        return True
    if start > 0 and text[start - 1] in _WORD_BEFORE:
        return False
    return end >= len(text) or text[end] not in _TOKEN_CHARS


def _token_confidence(token: _Token, value: str) -> float:
    if token.kind == "jwt":
        return _jwt_confidence(value)
    if token.kind == "discord_bot_token":
        return token.confidence if _discord_id_ok(value) else 0.0
    if token.kind in ("github_token", "npm_token") and _crc32_checksum_ok(value):
        return 0.99
    if token.kind in _PASSWORD_TOKENS:  # a password: any value that is not a placeholder
        placeholder = _password_placeholder(value) or _example_password(value)
        numeric = value.isdigit() and len(value) < MIN_SPACED_PASSWORD  # `-u 1000:1000`
        return 0.0 if len(value) < 4 or placeholder or numeric else token.confidence
    body = value.split("_", 1)[-1] if "_" in value[:12] else value
    if shannon_entropy(body) < 3.0:
        return 0.0
    return token.confidence


MIN_DISCORD_ID_DIGITS: Final = 17
MAX_DISCORD_ID_DIGITS: Final = 20


def _discord_id_ok(token: str) -> bool:
    """A Discord bot token's first part is base64 of the bot's id, a snowflake of 17 to 20 digits
    (what no other dotted run of base64 is)."""
    head = token.split(".", 1)[0]
    try:
        raw = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
    except (binascii.Error, ValueError):
        return False
    return raw.isdigit() and MIN_DISCORD_ID_DIGITS <= len(raw) <= MAX_DISCORD_ID_DIGITS


def _jwt_confidence(value: str) -> float:
    header = _b64url_json(value.split(".", 1)[0])
    if header is None:
        return 0.0
    return 0.97 if b'"alg"' in header or b'"typ"' in header else 0.75


def _b64url_json(part: str) -> bytes | None:
    try:
        decoded = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded.lstrip().startswith(b"{") else None


_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _crc32_checksum_ok(token: str) -> bool:
    """GitHub and npm tokens end in the base62 CRC32 of the random part (6 characters)."""
    prefix, _, body = token.rpartition("_")
    if len(body) < 7 or prefix.startswith("github_pat"):
        return False
    number = zlib.crc32(body[:-6].encode())
    digits = ""
    while number:
        number, rest = divmod(number, 62)
        digits = _BASE62[rest] + digits
    return digits.rjust(6, "0") == body[-6:]


def _pem(text: str, start: int, header_end: int) -> Leak:
    closed = _PEM_BODY.match(text, header_end, min(len(text), header_end + MAX_PEM_CHARS))
    if closed is not None:
        end = closed.end()
        # in a JSON string (`"private_key": "-----BEGIN…-----END PRIVATE KEY-----\n"`) the
        # escaped newline before the closing quote is part of the key's text
        if text.startswith("\\n", end) and text[end + 2 : end + 3] in ("\"", "'"):
            end += 2
        return Leak(start, end, "private_key", SECRET, 0.99)
    body = _PEM_OPEN_BODY.match(text, header_end)
    end = body.end() if body is not None else header_end
    return Leak(start, end, "private_key", SECRET, 0.95)


def _has_filler(value: str) -> bool:
    lowered = value.lower()
    return any(filler in lowered for filler in _FILLERS)


def _looks_placeholder(value: str) -> bool:
    """Shape-valid but obviously not a real secret: filler runs, too few distinct characters,
    or long ascending sequences (`1234567890abcdef…`)."""
    if _has_filler(value):
        return True
    distinct = len(set(value))
    if distinct < min(8, len(value) // 2):
        return True
    # half of it filler leaves at most half (plus a prefix) distinct: most values stop here
    if distinct <= len(value) // 2 + MAX_FILLER_PREFIX and _mostly_filler(value, distinct):
        return True
    return _ascending_pairs(value) > len(value) // 2


def _ascending_pairs(value: str) -> int:
    """How many characters follow their predecessor in sequence (`1234…`, `abcd…`)."""
    if len(value) < 2:
        return 0
    if not value.isascii():
        return sum(map(str.__eq__, value[:-1].translate(_SUCCESSOR), value[1:]))
    raw = value.encode("ascii")
    # equal bytes XOR to zero: counted in one pass in C rather than pair by pair
    diff = (int.from_bytes(raw[:-1].translate(_SUCCESSOR_BYTES), "big")
            ^ int.from_bytes(raw[1:], "big"))
    return diff.to_bytes(len(raw) - 1, "big").count(0)


# -- URL userinfo ---------------------------------------------------------------------------------


def _url_passwords(text: str) -> Iterator[Leak]:
    for match in _URL_USERINFO.finditer(text):
        scheme_start = match.start()
        while scheme_start > max(0, match.start() - MAX_SCHEME_CHARS) and \
                text[scheme_start - 1] in _SCHEME_CHARS:
            scheme_start -= 1
        scheme = text[scheme_start:match.start()].lower()
        password = match.group("v")
        if _password_placeholder(password) or _example_password(password):
            continue
        if "#" in password and password.partition("#")[0].isdigit():
            continue  # `http://localhost:3000#user@example.com`: a port, then a fragment
        base = scheme.split(":")[-1] if scheme else ""
        kind = (
            "connection_string"
            if base in _DB_SCHEMES or scheme.startswith("jdbc")
            else "url_credentials"
        )
        yield Leak(match.start("v"), match.end("v"), kind, SECRET, 0.95)


def _password_placeholder(value: str) -> bool:
    lowered = value.lower()
    return (
        lowered.startswith(_PLACEHOLDER_START)
        or (bool(_TEMPLATE_VALUE.fullmatch(value)) and not _passphrase(value))
        or (_has_filler(value) and len(set(value.lower())) <= 2)
    )


# -- passwords known by the command or statement around them ------------------------------------

# Where no name says "password", the syntax does: SQL (`IDENTIFIED BY '…'`), command lines
# (`sshpass -p …`, `docker login -p …`, `echo … | … --password-stdin`, `redis-cli -a …`), Redis
# (`AUTH …`, `requirepass …`), `.pgpass` lines, HTTP basic auth in code (`auth=('u', 'p')`,
# `BasicAuth("u", "p")`), `user:pass@host` without a scheme, and chat (`the login is u / p`).
# quoted (JSON-escaped too) or bare
_QUOTED_OR_BARE: Final = r"(?P<q>(?:\\?['\"`])?)(?P<v>[^\s'\"`$\-\\][^\s'\"`\\]{0,127})(?P=q)"


@dataclass(frozen=True, slots=True)
class _Phrase:
    literals: tuple[str, ...]  # lower case; the rule runs only where one is in the text
    regex: re.Pattern[str]
    strict: bool  # the value must also look like a password (the syntax alone is weaker)
    tag: str = "phrase"  # the trigger tag that calls for it
    back: int | None = 0  # how far before a literal a match may start; None: scan it all
    exact_case: bool = False  # the literals are looked for as written, not in lower case
    hint: re.Pattern[str] | None = None  # a quick screen for rules that scan it all
    shaped: bool = False  # the value must be shaped like a password (`_password_shaped`)
    camel: bool = False  # where the syntax is a command's: words run together count too


# a line (a JSON-escaped one too), or a string in JSON or after `key=` (the leakage guard joins
# `key=value`)
_LINE_START_OR_STRING: Final = r"(?m)(?:^|(?<=[\"=\x00])|(?<=\\n))"
# `.pgpass`: host:port:database:user:password, to the end of the line (or of a JSON string)
_PGPASS_LINE: Final = (r"[ \t]*(?:[\w.\-]+|\*):(?:\d{1,5}|\*):(?:[\w.\-]+|\*):(?P<u>[\w.@\-]+|\*)"
                       r":(?P<v>(?:[^\s\\\":]|\\[:\\]){1,128})(?=[ \t]*(?:\r?$|\\[nr]|\"))")
# `('user', 'password')`: two string literals, JSON-escaped or not
_TWO_STRINGS: Final = (r"(?P<q1>\\?['\"])[^'\"\\\n]{1,64}(?P=q1)[ \t]*,[ \t]*"
                             r"(?P<q>\\?['\"])(?P<v>[^'\"\\\n]{1,128})(?P=q)")
_SASL_MECHANISM: Final = re.compile(r"[A-Z0-9\-_]+")
_NOT_A_USER: Final = frozenset(
    {"mailto", "xmpp", "sip", "sips", "tel", "im", "acct", "from", "to", "cc", "bcc", "reply-to",
     "sender", "email", "e-mail", "mail", "contact", "author", "by", "at", "git", "ssh"}
)
_PHRASES: tuple[_Phrase, ...] = (
    _Phrase(("identified by",),
            re.compile(r"(?i:identified[ \t]+by)[ \t]+(?P<q>\\?['\"])(?P<v>[^'\"\\\n]{1,128})"
                       r"(?P=q)"),
            True),
    _Phrase(("sshpass",), re.compile(r"sshpass\b[^\n|;]{0,40}?[ \t]-p[ \t]?" + _QUOTED_OR_BARE),
            False),
    _Phrase(("login",), re.compile(r"\blogin\b[^\n|;]{0,200}?[ \t](?:-p|--password)(?:[ \t]+|=)"
                                   + _QUOTED_OR_BARE), False),
    _Phrase(("--password-stdin",),
            re.compile(r"\becho[ \t]+(?:-n[ \t]+)?" + _QUOTED_OR_BARE
                       + r"[ \t]*\|[^\n|]{0,200}?--password-stdin"), False, back=400),
    _Phrase(("redis-cli",), re.compile(r"redis-cli\b[^\n|;]{0,200}?[ \t]-a[ \t]+"
                                       + _QUOTED_OR_BARE), False),
    _Phrase(("AUTH",), re.compile(r"(?m)(?:^|(?<=> ))[ \t]*AUTH[ \t]+(?:[\w.\-]{1,64}[ \t]+)?"
                                   r"(?P<v>[^\s'\"]{4,128})[ \t]*\r?$"), True, back=80,
            exact_case=True),
    _Phrase(("requirepass", "masterauth"),
            re.compile(r"(?<![\w.\-])(?:requirepass|masterauth)[ \t]+" + _QUOTED_OR_BARE), True),
    _Phrase(("auth",), re.compile(r"\bauth[ \t]*=[ \t]*[(\[][ \t]*" + _TWO_STRINGS), False),
    _Phrase(("basicauth", "credential"),
            re.compile(r"(?i:basicauth|credentials?)[ \t]*\([ \t]*" + _TWO_STRINGS), False),
    _Phrase(("login", "cred", "user/pass", "username/password"),
            re.compile(r"(?i:\b(?:logins?|creds|credentials?|user/pass(?:word)?"
                       r"|username/password))(?:[ \t]+(?:is|are|was|were)|[ \t]*[:=])[ \t]+"
                       r"['\"]?(?P<u>[\w.@+\-]{1,64})['\"]?(?:[ \t]*/[ \t]*|:)['\"]?"
                       r"(?P<v>[^\s'\"]{1,128})"), True),
    _Phrase((":",), re.compile(_LINE_START_OR_STRING + _PGPASS_LINE), True, "pgpass", None,
            hint=re.compile(r":(?:\d+|\*):[^\s:]+:[^\s:]+:")),
    _Phrase(("@",), re.compile(r"(?<![\w/:.@%+\-])(?P<u>[A-Za-z_][\w.\-]{0,63}):"
                               r"(?P<v>[^\s:@/'\"<>]{1,128})@(?:[\w\-]+(?:\.[\w\-]+)*)"
                               r"(?::\d{1,5}/|:\d{1,5}(?![\w.\-@])|/)"), True, "userinfo",
            None, hint=re.compile(r"@[\w.\-]+(?::\d|/)")),
)
_USER: Final = r"['\"]?[\w.@\\][\w.@\\\-]{0,63}['\"]?"
# `net use [Z:|*] \\server\share` (the share quoted when it holds spaces)
_NET_USE: Final = (r"(?i:\bnet[ \t]+use)(?:[ \t]+(?:[A-Za-z]:|\*))?[ \t]+"
                   r"(?:\\\\[^\s\"]{1,256}|\"\\\\[^\"\n]{1,256}\")")
_NET_USE_VALUE: Final = (
    r"(?P<q>['\"]?)(?P<v>[^\s'\"/*][^\s'\"]{0,127})(?P=q)(?=[ \t]|\r?$)")
_PHRASES += (
    # `cqlsh -u app -p …`, `sqlcmd -U sa -P …`, `beeline -n app -p …`: a user, then a password
    _Phrase((" -u", " -n", " --user", " -user"),
            re.compile(r"[ \t]-(?:[uUn]|-?user(?:name)?)(?:[ \t]+|=)" + _USER
                       + r"(?P<between>[^\n|;]{0,120}?)[ \t]-(?P<flag>[pP]|-?pass(?:word)?|-?pwd)"
                       r"(?:[ \t]+|=)" + _QUOTED_OR_BARE), False, shaped=True,
            camel=True),
    # `sqlplus app/…@db`, `SQL> connect app/…@prod`
    _Phrase(("sqlplus", "conn"),
            re.compile(r"(?i:sqlplus|conn(?:ect)?)[ \t]+[\w.$#]{1,64}/(?P<v>[^\s@/'\"]{1,128})@"),
            False, shaped=True, camel=True),
    # `db2 connect to SAMPLE user app using …`
    _Phrase(("user",), re.compile(r"(?<![\w\-])(?i:user)[ \t]+" + _USER + r"[ \t]+(?i:using)[ \t]+"
                                  + _QUOTED_OR_BARE), False, shaped=True),
    _Phrase(("net user",), re.compile(r"(?i:\bnet[ \t]+user)[ \t]+[\w.$\-]{1,64}[ \t]+"
                                      + _QUOTED_OR_BARE + r"(?=[ \t]+/|[ \t]*$)", re.M),
            False, shaped=True, camel=True),
    # `net use Z: \\server\share … /user:DOMAIN\name PASSWORD` and
    # `net use Z: \\server\share PASSWORD /user:…`: the password stands after the share or
    # after the user (a `/option` or `*`, which prompts, is no password)
    _Phrase(("net",), re.compile(_NET_USE + r"[^\n]{0,200}?[ \t]/(?i:u(?:ser)?):\S{1,128}[ \t]+"
                                     + _NET_USE_VALUE, re.M),
            False, shaped=True, camel=True),
    _Phrase(("net",), re.compile(_NET_USE + r"[ \t]+" + _NET_USE_VALUE, re.M),
            False, shaped=True, camel=True),
    # `htpasswd -b file user password`: `-b` takes the password from the command line
    _Phrase(("htpasswd",), re.compile(r"htpasswd(?:[ \t]+-[A-Za-z]+)*?[ \t]+-[A-Za-z]*b[A-Za-z]*"
                                      r"(?:[ \t]+-[A-Za-z]+)*[ \t]+\S+[ \t]+[\w.@\-]{1,64}[ \t]+"
                                      + _QUOTED_OR_BARE), False),
    _Phrase(("chpasswd",), re.compile(r"\becho[ \t]+(?:-[ne][ \t]+)?(?P<q>['\"]?)[\w.@\-]{1,64}:"
                                      r"(?P<v>[^\s'\"]{1,128})(?P=q)[ \t]*\|[ \t]*(?:sudo[ \t]+)?"
                                      r"chpasswd"), False, back=200),
    _Phrase(("convertto-securestring",),
            re.compile(r"(?i:convertto-securestring)[ \t]+(?:-String[ \t]+)?(?P<q>['\"])"
                       r"(?P<v>[^'\"\n]{1,128})(?P=q)"), False),
    # Go's `user:password@tcp(host:3306)/db`
    _Phrase(("@tcp(", "@unix("),
            re.compile(r"(?<![\w/:.@%+\-])[A-Za-z_][\w.\-]{0,63}:(?P<v>[^\s:@/'\"<>]{1,128})"
                       r"@(?:tcp|unix)\("), False, back=200),
    # chat: `what's the pass?` answered on the next line (`[09:15] raj: …`)
    _Phrase(("pass", "pw"),
            re.compile(r"(?<![\w\-])(?i:pass(?:word|wd|phrase|code)|pwd?|(?<=the )pass"
                       r"|(?<=wifi )pass|(?<=vpn )pass|(?<=door )pass|(?<=admin )pass)"
                       r"(?:[ \t]+(?:for|to|of|on)[ \t]+[^\n?]{1,30})?[ \t]*\?[ \t]*(?:\r?\n|\\n)"
                       r"(?:[^\n\\]{0,40}?[:>][ \t]+)?(?P<v>[^\s'\"\\]{6,128})[ \t]*"
                       r"(?=\r?\n|\\[nr]|$)"),
            False, shaped=True),
    # chat: `use alice / … to log in`
    _Phrase(("to log", "to sign"),
            re.compile(r"(?i:\b(?:use|with|as)[ \t]+)[\w.@+\-]{1,64}[ \t]*/[ \t]*"
                       r"(?P<v>[^\s'\"]{1,128})[ \t]+(?i:to[ \t]+(?:log|sign)[ \t]*[io]n)"),
            False, back=200, shaped=True),
)
_PHRASES += (
    # OpenLDAP clients: `-w …` is the bind password (`-W` prompts for it)
    _Phrase(("ldap",), re.compile(r"(?i:ldap)\w{0,12}\b[^\n|;]{0,200}?[ \t]-w[ \t]+"
                                  + _QUOTED_OR_BARE), False, shaped=True, camel=True),
    # keytool and jarsigner: `-storepass …`, `-srcstorepass …`, `-keypass …` (`-storepass:env
    # NAME` and `:file` name where it is)
    _Phrase(("storepass", "keypass"),
            re.compile(r"(?<![\w\-])-(?i:src|dest|new)?(?i:store|key)pass[ \t]+" + _QUOTED_OR_BARE),
            False, back=8, shaped=True, camel=True),
    # RabbitMQ: `rabbitmqctl add_user NAME PASSWORD`, `change_password NAME PASSWORD`
    _Phrase(("rabbitmqctl",),
            re.compile(r"rabbitmqctl\b[^\n|;]{0,80}?[ \t](?:add_user|change_password)[ \t]+"
                       + _USER + r"[ \t]+" + _QUOTED_OR_BARE), False, shaped=True, camel=True),
)
_PHRASE_TAGS: Final = frozenset({"phrase", "pgpass", "userinfo"})
# `mysql -p app`: the MySQL clients take `-p` followed by a space as "ask for it"
_PROMPTING_CLIENT: Final = re.compile(r"(?i:mysql|mariadb)\w*\b")
_PASSWORD_SYMBOL_OR_DIGIT: Final = re.compile(r"[\d!#$%^&*+=?~]")


def _password_phrases(text: str, lowered: str, tags: AbstractSet[str]) -> Iterator[Leak]:
    for phrase in _PHRASES:
        haystack = text if phrase.exact_case else lowered
        if phrase.tag not in tags or not any(literal in haystack for literal in phrase.literals):
            continue
        for match in _phrase_matches(text, haystack, phrase):
            if _phrase_value_ok(phrase, match):
                yield Leak(match.start("v"), match.end("v"), "password", SECRET, 0.8)


PHRASE_REACH: Final = 400  # characters after a literal that a match may span


def _phrase_matches(text: str, haystack: str, phrase: _Phrase) -> Iterator[re.Match[str]]:
    """Matches at (or shortly before) the phrase's literals only: most of its regexes cannot
    skip ahead by a literal prefix (case-insensitive, `\\b…`), so scanning the whole region
    would cost more."""
    if phrase.back is None:
        if phrase.hint is None or phrase.hint.search(text):
            yield from phrase.regex.finditer(text)
        return
    searched = 0
    for literal in phrase.literals:
        index = haystack.find(literal)
        while index >= 0:
            end = index + len(literal) + PHRASE_REACH
            if phrase.back == 0:
                match = phrase.regex.match(text, index, end)
            else:
                match = phrase.regex.search(text, max(searched, index - phrase.back), end)
            if match is not None and match.start() <= index:
                searched = match.end()
                yield match
            index = haystack.find(literal, index + 1)


def _phrase_value_ok(phrase: _Phrase, match: re.Match[str]) -> bool:
    value = match.group("v")
    if len(value) < 4 or _password_placeholder(value) or _example_password(value):
        return False
    if (value.lower() in _PLACEHOLDER_VALUES or _has_filler(value)
            or _PASSWORD_HASH.fullmatch(value)):
        return False
    groups = match.groupdict()
    if groups.get("flag") == "p" and match.string[match.end("flag")] in " \t" and \
            _PROMPTING_CLIENT.search(match.string, max(0, match.start() - 200), match.start()):
        return False  # `mysql -u root -p app`: `-p` alone prompts, `app` is the database
    if phrase.shaped:
        return _password_shaped(value) or (phrase.camel and _camel_case(value))
    if not phrase.strict:
        return True
    groups = match.groupdict()
    if groups.get("u") is not None and groups["u"].lower() in _NOT_A_USER:
        return False
    if "u" in groups and not (_PASSWORD_SYMBOL_OR_DIGIT.search(value) or _gibberish(value)):
        return False  # `to alice.smith@…`, `login is broken / down`: words, not passwords
    return (_plausible_password(value) and not _SASL_MECHANISM.fullmatch(value)
            and not value.startswith(("$", "/")))


# -- calls that take a user and a password ---------------------------------------------------------

# `smtp.login('u', '…')`, `ldap.bind_s(dn, '…')`, `DriverManager.getConnection(url, 'u', '…')`,
# `new PDO($dsn, 'u', '…')`, `mysqli_connect(host, 'u', '…', db)`: the password is the string
# literal at a known position, right after the user's.
_CREDENTIAL_CALL: Final = re.compile(
    r"(?i:(?P<one>login|logon|bind_s|simple_bind|passwordauthentication|pscredential"
    r"|usernamepasswordcredentials)|(?P<two>getconnection|pdo|sequelize|mysqli_connect"
    r"|mysql_connect|mysqli))[ \t]*\("
)
_ARGUMENT: Final = re.compile(
    r"[ \t]*(?:(?P<q>\\?['\"`])(?P<s>[^'\"`\\\n]{0,128})(?P=q)(?:\.\w+\(\))?"
    r"|[^,()'\"`\n]{1,120})[ \t]*(?:,|(?=\)))"
)
# where a match of `_CREDENTIAL_CALL` starts (`mysqli` and `simple_bind` cover their longer forms)
_CREDENTIAL_CALL_NAMES: Final = ("login", "logon", "bind_s", "simple_bind", "getconnection",
                                 "pdo", "sequelize", "mysqli", "mysql_connect",
                                 "passwordauthentication", "pscredential",
                                 "usernamepasswordcredentials")


def _credential_calls(text: str) -> Iterator[Leak]:
    lowered = text.lower()
    for name in _CREDENTIAL_CALL_NAMES:  # a few plain searches: the regex cannot skip ahead
        index = lowered.find(name)
        while index >= 0:
            call = _CREDENTIAL_CALL.match(text, index)
            if call is not None:
                yield from _call_password(text, call)
            index = lowered.find(name, index + len(name))


def _call_password(text: str, call: re.Match[str]) -> Iterator[Leak]:
    position = 1 if call.group("one") else 2
    arguments: list[re.Match[str]] = []
    at = call.end()
    while len(arguments) <= position:
        argument = _ARGUMENT.match(text, at)
        if argument is None:
            return
        arguments.append(argument)
        at = argument.end()
    if arguments[position - 1].group("s") is None:
        return
    password = arguments[position]
    value = password.group("s")
    if value is not None and _call_password_ok(value) and not _NOT_PASSWORD_SHAPE.fullmatch(
            value) and (_plausible_password(value) or _passphrase(value)):
        yield Leak(password.start("s"), password.end("s"), "password", SECRET, 0.8)


# `credentials.NewStaticCredentials("AKIA…", "…", "")` (Go), `Aws::Credentials.new(id, "…")`
# (Ruby), `new AWS.Credentials(id, "…")` (JS), `new BasicAWSCredentials(id, "…")` (Java): the
# secret access key is the second argument, whatever the first is.
_AWS_CONSTRUCTOR: Final = re.compile(
    r"(?i:newstaticcredentials(?:provider)?|credentials\.new|aws\.credentials"
    r"|basic(?:aws|session)credentials|awsbasiccredentials\.create)[ \t]*\([ \t\r\n]*"
    r"(?:\\?(?P<q1>['\"`])[^'\"`\n]{1,128}(?P=q1)|[\w.\[\]()'\"$:@]{1,80}?)"
    r"[ \t\r\n]*,[ \t\r\n]*\\?(?P<q>['\"`])(?P<v>[A-Za-z0-9/+]{40})\\?(?P=q)"
)
_AWS_CONSTRUCTOR_NAMES: Final = ("newstaticcredentials", "credentials.new", "aws.credentials",
                                 "basicawscredentials", "basicsessioncredentials",
                                 "awsbasiccredentials")


def _aws_constructors(text: str) -> Iterator[Leak]:
    lowered = text.lower()
    for name in _AWS_CONSTRUCTOR_NAMES:
        index = lowered.find(name)
        while index >= 0:
            call = _AWS_CONSTRUCTOR.match(text, index)
            if call is not None and _aws_secret_like(call.group("v")):
                yield Leak(call.start("v"), call.end("v"), "aws_secret_key", SECRET, 0.85)
            index = lowered.find(name, index + len(name))


# A key that signs or verifies passed as a literal: `jwt.sign(payload, '…')`, `jwt.encode(claims,
# "…")`, `cookieParser('…')`, Go's `SignedString([]byte("…"))`, .NET's `new SymmetricSecurityKey(
# Encoding.UTF8.GetBytes("…"))`, `hmac.new(b"…", …)`, `createHmac('sha256', '…')`; and what a
# generator printed under its command (`rails secret`, `openssl rand -hex 32`,
# `secrets.token_urlsafe(32)`, `mix phx.gen.secret`).
_SIGNING_CALL: Final = re.compile(
    r"(?i:(?P<two>jwt\.(?:sign|encode|verify|decode)|jws\.sign|createhmac)|cookieparser"
    r"|signedstring|symmetricsecuritykey|hmac\.new)[ \t]*\([ \t\r\n]*"
    r"(?(two)(?:\{[^{}]{0,200}\}|[^,(){}\n]){1,200}?,[ \t\r\n]*|)"
    r"(?:\[\]byte\(|(?i:encoding\.\w{1,16}\.getbytes)\(|b(?=['\"]))?"
    r"(?P<q>['\"`])(?P<v>[^'\"`\s\\]{8,512})(?P=q)"
)
_SIGNING_CALL_NAMES: Final = ("jwt.", "jws.sign", "createhmac", "cookieparser", "signedstring",
                              "symmetricsecuritykey", "hmac.new")
_GENERATED_SECRET: Final = re.compile(
    r"(?i:(?:rails|rake)[ \t]+secret|openssl[ \t]+rand[ \t]+-(?:base64|hex)[ \t]+\d{1,4}"
    r"|phx\.gen\.secret(?:[ \t]+\d{1,4})?|secrets\.token_(?:hex|urlsafe)\(\d{0,4}\)\)?['\"]?"
    r"|/dev/urandom[^\n]{0,60})"
    r"[ \t]*\r?\n[ \t]*(?P<v>[A-Za-z0-9+/_\-]{16,512}={0,2})[ \t]*(?=\r?\n|\Z)"
)
_GENERATOR_NAMES: Final = ("secret", "openssl", "token_", "urandom")


def _signing_calls(text: str) -> Iterator[Leak]:
    lowered = text.lower()
    for name in _SIGNING_CALL_NAMES:
        index = lowered.find(name)
        while index >= 0:
            call = _SIGNING_CALL.match(text, index)
            if call is not None and _signing_key_ok(call.group("v")):
                yield Leak(call.start("v"), call.end("v"), "generic_secret", SECRET, 0.75)
            index = lowered.find(name, index + len(name))
    if any(name in lowered for name in _GENERATOR_NAMES):
        for output in _GENERATED_SECRET.finditer(text):
            if _signing_key_ok(output.group("v")):
                yield Leak(output.start("v"), output.end("v"), "generic_secret", SECRET, 0.75)


def _signing_key_ok(value: str) -> bool:
    return (_high_entropy(value) and not _looks_placeholder(value)
            and not _documented_example(value) and not _TEMPLATE_VALUE.fullmatch(value)
            and not _DOTTED_IDENTIFIER.fullmatch(value)
            and not value.startswith(_PLACEHOLDER_START))


def _call_password_ok(value: str) -> bool:
    return (len(value) >= 4 and not _password_placeholder(value) and not _example_password(value)
            and value.lower() not in _PLACEHOLDER_VALUES and not _has_filler(value))


# -- assignments ----------------------------------------------------------------------------------


def _assignments(text: str, lowered: str, found: AbstractSet[int] = frozenset()) -> Iterator[Leak]:
    """`found`: where values already reported start (`token=ghp_…`), not checked again."""
    for keyword in _KEYWORDS:
        index = lowered.find(keyword)
        while index >= 0:
            leak = _assignment_at(text, index, index + len(keyword), found)
            if leak is not None:
                yield leak
            index = lowered.find(keyword, index + 1)
    index = lowered.find("pw")
    while index >= 0:  # `pw: …`, `db_pw=…`, `rootPw`: a word of its own (`pwd` is a keyword)
        if _PW_NAME.match(text, index):
            leak = _assignment_at(text, index, index + 2, found)
            if leak is not None:
                yield leak
        index = lowered.find("pw", index + 1)
    index = lowered.find("sk")
    while index >= 0:  # `aws_sk`, `AWS_SK`, `awsSk`
        if _SK_NAME.match(text, index):
            leak = _assignment_at(text, index, index + 2, found)
            if leak is not None:
                yield leak
        index = lowered.find("sk", index + 1)


def _assignment_at(text: str, start: int, keyword_end: int,
                   found: AbstractSet[int] = frozenset()) -> Leak | None:
    match = _AFTER_KEYWORD.match(text, keyword_end)
    if match is None or (match.group("sep") is None and match.group("open") is None):
        # a key opening with a symbol `_AFTER_KEYWORD` stops at (Django's
        # `SECRET_KEY = "(K0h8…@…)…"`): no separator or no value found there
        symbol = _symbol_assignment(text, start, keyword_end, found)
        if symbol is not None or match is None:
            return symbol
    if match.start("v") in found:
        return None
    key_start = start
    while key_start > max(0, start - MAX_KEY_CHARS) and text[key_start - 1] in _KEY_CHARS:
        key_start -= 1
    key = text[key_start : match.end("rest")]
    kind = _secret_key_kind(key)
    if text[key_start - 1 : key_start] == " " and (kind is None or _bare_key(key)) and \
            not key.startswith("-"):
        # prose and chat spell a name in words: `the aws secret access key is …` (and a bare
        # `key` there is what its words say: `publishable key: …`, `the key is …`)
        spoken_start = _spoken_name_start(text, key_start)
        if spoken_start < key_start:
            spoken = text[spoken_start : match.end("rest")]
            spoken_kind = _secret_key_kind(spoken)
            # a bare `key` stays one after words that do not say what it is (`bad key=…` in a
            # log, `the key is …`); words such as `publishable` or `cache` say it is no secret
            if kind is None or spoken_kind is not None or any(
                    word.lower() in _NOT_SECRET_WORDS for word in _WORDS.findall(spoken)):
                key_start, key, kind = spoken_start, spoken, spoken_kind
    if _ARN_BEFORE.search(text, max(0, key_start - MAX_ARN_PREFIX), key_start):
        return None  # `arn:aws:secretsmanager:…:secret:prod/db_password-1lsPVB`: a reference
    encoded = _base64_basic_auth(key, match)
    if encoded is not None:
        return encoded
    # `…basicauth.users=alice:…` (Traefik), `BASIC_AUTH=u:p`
    if _BASIC_AUTH_NAME.search(key) and match.group("sep") in ("=", ":") and (
            kind is None or _USER_PASSWORD.fullmatch(match.group("v"))):
        return _basic_auth_pair(match)
    if kind is None or not _separated(text, key_start, match):
        return None
    value_start, value_end = match.span("v")
    if key.lower().endswith("cookie"):  # `Cookie: name=value`: the value is the secret
        value_start += match.group("v").find("=") + 1
    quote = match.group("open")[-1] if match.group("open") else None
    if kind == "password" and quote and text[value_end : value_end + 1] not in (quote, ""):
        # a quoted password runs to its quote: spaces, `(`, `)`, `;` and all
        value_end = max(value_end, _passphrase_end(text, value_start, quote))
    elif quote in ("'", '"') and text[value_end : value_end + 1] not in (quote, ""):
        value_end = _quoted_run_end(text, value_end, quote)
    elif not quote and match.group("sep") in (":", "=") and text[value_end : value_end + 1] == " ":
        value_end = _spaced_passphrase_end(text, value_start, value_end)
    elif kind == "password" and not quote and match.group("sep") == "=":
        value_end = _unquoted_password_end(text, value_start, value_end)
    if kind != "password" and not quote and text[value_end : value_end + 1] in _SYMBOL_STOPS and (
            match.group("sep") in ("=", ":") or key.startswith("--")):
        # `SECRET_KEY=uTy-*9XR%=…$V)GR3S=%T&s`, `--secret-key Tw5_…&q8@…((…`: an unquoted
        # key of shell symbols runs to whitespace
        value_end = _symbol_value_end(text, value_start, value_end)
    value = text[value_start:value_end]
    if key.lower().endswith("auth") and _user_and_password(value):
        return Leak(value_start, value_end, "registry_auth", SECRET, 0.9)
    after_scheme = match.group("scheme") is not None
    if kind == "generic_secret" and _short_password(key, value):
        kind = "password"  # `SECRET: Garnet9359_`: too short for a key, a password's shape
    if not _value_is_secret(value, kind, text, value_end, after_scheme):
        return _fallback_literal(text, value_end, kind)
    if _bare_key(key) and not _random_key(value):
        return None
    if _synthetic_value(value) and _TEST_TEXT.search(text):
        return None
    if after_scheme or key.lower().endswith("authorization"):
        kind = "http_auth"
    return Leak(value_start, value_end, kind, SECRET, 0.8 if kind == "password" else 0.75)


# Django- and Flask-style keys draw on shell and URL symbols: `(`, `)` and `&` end an ordinary
# value but may be part of one of these; such a value runs to whitespace (or its quote).
_SYMBOL_STOPS: Final = frozenset("()&")
_SYMBOL_RUN: Final = re.compile(r"[^\s\"'`\\]{1,256}")
_SYMBOL_ASSIGNMENT: Final = re.compile(
    r"(?P<rest>[A-Za-z0-9_.\-]{0,40})(?P<close>[\"']\]?)?[ \t]{0,8}"
    r"(?P<sep>=|:|(?<=[A-Za-z0-9])[ \t])[ \t]{0,8}(?P<open>[\"'])?(?P<v>[^\s\"'`\\]{20,256})"
)
_SYMBOL_VALUE_CHARS: Final = re.compile(r"[!#$%^&*()=+~@]")
_SYMBOL_SECRET_SYMBOLS: Final = frozenset("()&")
MIN_SYMBOL_SECRET: Final = 20
MIN_SYMBOL_SECRET_ENTROPY: Final = 3.8


def _symbol_secret(value: str) -> bool:
    """A random key of letters, digits and symbols: long, all of upper case, lower case and
    digits, symbols among them, and no template, reference, mask or query string."""
    return (len(value) >= MIN_SYMBOL_SECRET
            and any(char.isupper() for char in value) and any(char.islower() for char in value)
            and any(char.isdigit() for char in value)
            and _SYMBOL_VALUE_CHARS.search(value) is not None
            and "${" not in value and "{{" not in value and "$(" not in value  # shell, templates
            and _URI.search(value) is None
            and not value.startswith(_PLACEHOLDER_START) and not _has_filler(value)
            and _NEXT_SETTING.search(value) is None and _CODE_LOOKUP.search(value) is None
            and not _looks_placeholder(value)
            and shannon_entropy(value) >= MIN_SYMBOL_SECRET_ENTROPY)


def _symbol_value_end(text: str, start: int, end: int) -> int:
    """The end of an unquoted value stopped at `(`, `)` or `&` that runs on to whitespace, when
    the whole is a random key of symbols; `end` otherwise."""
    run = _SYMBOL_RUN.match(text, start)
    if run is None or run.end() <= end:
        return end
    after = text[run.end() : run.end() + 1]
    if after and not after.isspace():
        return end  # a quote or backslash within: code or a string, not one value
    return run.end() if _symbol_secret(text[start : run.end()]) else end


def _symbol_assignment(text: str, start: int, keyword_end: int,
                       found: AbstractSet[int]) -> Leak | None:
    """A secret name whose value opens with a symbol `_AFTER_KEYWORD` stops at: the quoted
    `SECRET_KEY = "(K0h8qO@…)…"`, the unquoted `SECRET_KEY=(…`, `--secret-key &…`."""
    match = _SYMBOL_ASSIGNMENT.match(text, keyword_end)
    if match is None or match.start("v") in found:
        return None
    value_start, value_end = match.span("v")
    quote = match.group("open")
    after = text[value_end : value_end + 1]
    if quote is not None:
        if after != quote:
            return None
    elif after and not after.isspace():
        return None
    key_start = start
    while key_start > max(0, start - MAX_KEY_CHARS) and text[key_start - 1] in _KEY_CHARS:
        key_start -= 1
    key = text[key_start : match.end("rest")]
    sep = match.group("sep")
    if sep.isspace() and not key.startswith("--"):
        return None
    if sep == ":" and quote is None and not key.isupper():
        return None  # `note: (…)` in prose; an unquoted value after `:` only under an env name
    kind = _secret_key_kind(key)
    value = text[value_start:value_end]
    if kind is None or _SYMBOL_SECRET_SYMBOLS.isdisjoint(value) or not _symbol_secret(value):
        return None
    if _ARN_BEFORE.search(text, max(0, key_start - MAX_ARN_PREFIX), key_start):
        return None
    return Leak(value_start, value_end, kind, SECRET, 0.8 if kind == "password" else 0.75)


MAX_SHORT_SECRET: Final = 12  # below this a key is never random enough (`_high_entropy`)
_SHORT_PASSWORD_MARK: Final = re.compile(r"[\d!#$%^&*+=?~@_\-]")


def _short_password(key: str, value: str) -> bool:
    """A `secret` holding a short value of mixed case with digits or symbols (`JHw8A*6`): a
    password by its shape, not a key (names in code mix case too, but hold no symbol or digit
    between letters of both cases: `MySecretName`)."""
    return (MIN_SPACED_PASSWORD <= len(value) < MAX_SHORT_SECRET
            and key.lower().endswith("secret")
            and any(char.isupper() for char in value) and any(char.islower() for char in value)
            and _SHORT_PASSWORD_MARK.search(value) is not None
            and not _TEMPLATE_VALUE.fullmatch(value) and not _DOTTED_IDENTIFIER.fullmatch(value))


# A reference with a literal to fall back on: `process.env.X || '…'`, `?? "…"`, Python's `or`,
# `os.getenv("X", "…")`, `ENV.fetch("X", "…")`, `os.environ.get("X") or "…"`: the literal is
# the secret all the same.
_FALLBACK: Final = re.compile(
    r"(?:(?:\([^()\n]{0,80}\))?[ \t]*(?:\|\||\?\?|\bor\b|\?:)[ \t]*"
    r"|\([ \t]*(?P<q0>['\"])[\w.\-]{1,64}(?P=q0)[ \t]*,[ \t]*)"
    r"(?P<q>['\"`])(?P<v>[^'\"`\s\\]{1,256})(?P=q)"
)


def _fallback_literal(text: str, value_end: int, kind: str) -> Leak | None:
    fallback = _FALLBACK.match(text, value_end)
    if fallback is None:
        return None
    start, end = fallback.span("v")
    if not _value_is_secret(fallback.group("v"), kind, text, end, False):
        return None
    return Leak(start, end, kind, SECRET, 0.8 if kind == "password" else 0.75)


# `arn:aws:secretsmanager:eu-west-1:123456789012:` before a name: the name is part of an ARN
MAX_ARN_PREFIX: Final = 120
_ARN_BEFORE: Final = re.compile(
    r"arn:[\w\-]{1,20}:[\w\-]{1,40}:[\w\-]{0,30}:\d{0,12}:(?:[\w\-]{1,40}[:/])?\Z")

# An unquoted password after `=` runs to the next white space (`pwd=granite;4854summer`), but a
# `;`, `,` or `&` followed by a further `name=` ends it (`Password=x;Database=y`).
MAX_UNQUOTED_PASSWORD: Final = 128
_UNQUOTED_RUN: Final = re.compile(r"[^\s\"'`\\(){}\[\]]{1,128}(?=\s|\Z)")
_NEXT_SETTING: Final = re.compile(r"[;,&][ \t]*[A-Za-z_][\w.\-]{0,40}=")


def _unquoted_password_end(text: str, start: int, end: int) -> int:
    if text[end : end + 1] not in (";", "<", ">", ","):
        return end
    run = _UNQUOTED_RUN.match(text, start, start + MAX_UNQUOTED_PASSWORD + 1)
    if run is None:
        return end
    setting = _NEXT_SETTING.search(text, start, run.end())
    stop = setting.start() if setting is not None else run.end()
    return max(end, start + len(text[start:stop].rstrip(";,.")))


# Basic-auth credentials kept base64-encoded under an auth, header or credential name
# (`HTTP_AUTH_HEADER = "YWxp…"`): the value is the secret when it decodes to `user:password`.
_AUTH_HEADER_NAME: Final = re.compile(r"(?i:auth|basic|header|credential)")
_HTTP_AUTH_WORD: Final = re.compile(r"(?i:basic|header|http)")
_ENCODED_BASIC: Final = re.compile(r"[A-Za-z0-9+/]{8,684}={0,2}")
_DECODED_BASIC: Final = re.compile(r"[!-9;-~]{1,64}:[!-9;-~]{3,256}")


def _base64_basic_auth(key: str, match: re.Match[str]) -> Leak | None:
    value = match.group("v")
    if match.group("sep") not in ("=", ":") or not _AUTH_HEADER_NAME.search(key) or \
            len(value) % 4 == 1 or not _ENCODED_BASIC.fullmatch(value):
        return None
    try:  # the padding may be left off
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not _DECODED_BASIC.fullmatch(raw.decode("latin-1")):
        return None
    # an `auth` of its own is a registry's (`.npmrc`, Docker's `config.json`)
    kind = "registry_auth" if key.lower().endswith("auth") and not _HTTP_AUTH_WORD.search(key) \
        else "http_auth"
    return Leak(match.start("v"), match.end("v"), kind, SECRET, 0.9)


# Obviously synthetic values (`fixture-69-token`, `deadbeefdeadbeef…`) in a test or an
# `.env.example`: fixtures, not secrets.
_SYNTHETIC_WORD: Final = re.compile(
    r"(?i:(?<![a-z])(?:fixtures?|fake|dummy|mock|stub|sample|test|example)(?![a-z]))")
_REPEATED_PATTERN: Final = re.compile(r"(?P<unit>.{2,16}?)(?P=unit)+(?P<tail>.{0,16})", re.DOTALL)
MIN_REPEATED_SHARE: Final = 0.75
_TEST_TEXT: Final = re.compile(
    r"\bdef test_|\bdescribe\(|(?<![\w.])it\(|\bexpect\(|\.env\.example\b")


def _synthetic_value(value: str) -> bool:
    if _SYNTHETIC_WORD.search(value):
        return True
    repeated = _REPEATED_PATTERN.fullmatch(value)
    if repeated is None:
        return False
    covered = len(value) - len(repeated.group("tail"))
    return covered >= 3 * len(repeated.group("unit")) and covered >= len(value) * MIN_REPEATED_SHARE


def _bare_key(key: str) -> bool:
    return key.strip("-").lower() == "key"


# What a bare `key` holds in data and code: a cache or sort key, a path, a file name, a digest, a
# UUID. A secret's is long, random, and mixes upper case, lower case and digits.
MIN_BARE_KEY_CHARS: Final = 20
MIN_BARE_KEY_ENTROPY: Final = 3.5
_BARE_KEY_VALUE: Final = re.compile(r"[A-Za-z0-9_\-+]+={0,2}")


def _random_key(value: str) -> bool:
    return (len(value) >= MIN_BARE_KEY_CHARS and bool(_BARE_KEY_VALUE.fullmatch(value))
            and sum(1 for test in (str.isupper, str.islower, str.isdigit)
                    if any(test(char) for char in value)) == 3
            and shannon_entropy(value) >= MIN_BARE_KEY_ENTROPY)


_BASIC_AUTH_NAME: Final = re.compile(r"(?i:basic[_.\-]?auth)")
_USER_PASSWORD: Final = re.compile(r"[\w.@\-]{1,64}:(?P<p>[^\s:]{4,128})")


def _basic_auth_pair(match: re.Match[str]) -> Leak | None:
    pair = _USER_PASSWORD.fullmatch(match.group("v"))
    if pair is None or not _call_password_ok(pair.group("p")) or pair.group("p").startswith("$"):
        return None
    start = match.start("v") + pair.start("p")
    return Leak(start, start + len(pair.group("p")), "password", SECRET, 0.8)


def _spaced_passphrase_end(text: str, start: int, end: int) -> int:
    """`secret: pepper saffron velvet`: an unquoted passphrase of words runs to the line's end."""
    line_end = text.find("\n", end, end + MAX_PASSPHRASE_CHARS)
    phrase = text[start : line_end if line_end >= 0 else end + MAX_PASSPHRASE_CHARS].rstrip(" .\r")
    return start + len(phrase) if " " in phrase and _passphrase(phrase) else end


# `args[token.index]`, `get(name)`: code in a string, not a secret
_CODE_EXPRESSION: Final = re.compile(r"[\w.][(\[][^()\[\]]*[)\]][\w.()\[\]]*")
_QUOTED_RUN: Final = {quote: re.compile(rf"[^\s{quote}\\]{{1,256}}(?={quote})") for quote in "\"'`"}


def _quoted_run_end(text: str, end: int, quote: str) -> int:
    """A quoted secret runs to its closing quote when no space comes first: Django's
    `'django-insecure-…(…&…'` holds characters that end an unquoted value."""
    run = _QUOTED_RUN[quote].match(text, end)
    if run is None or _CODE_EXPRESSION.fullmatch(text, end - 1, run.end()):
        return end
    return run.end()


def _hcl_defaults(text: str) -> Iterator[Leak]:
    """Terraform: `variable "db_password" { … default = "…" }` names its value in the block."""
    for block in _HCL_VARIABLE.finditer(text):
        kind = _secret_key_kind(block.group("name"))
        value = block.group("v")
        if kind is not None and _value_is_secret(value, kind, text, block.end("v"), False):
            yield Leak(block.start("v"), block.end("v"), kind, SECRET, 0.75)


# An environment list names a variable and gives its value apart: Kubernetes and compose
# (`- name: API_KEY⏎  value: "…"`), ECS task definitions and GitHub's API
# (`{"name": "API_KEY", "value": "…"}`).
_NAMED_VALUE: Final = re.compile(
    r"(?P<kq>\\?[\"']?)name(?P=kq)[ \t]*:[ \t]*\\?[\"']?(?P<name>[\w.\-]{1,60})\\?[\"']?"
    r"[ \t]*(?:,[ \t]*|(?:\r?\n|\\n)[ \t]*(?:-[ \t]+)?)(?P=kq)value(?P=kq)[ \t]*:[ \t]*"
    r"(?:(?P<q>\\?[\"'])(?P<v>[^\"'\\\n]{1,1024})(?P=q)|(?P<bare>[^\s\"'\\#,}]{1,1024}))"
)


def _named_values(text: str) -> Iterator[Leak]:
    index = text.find("name")
    while index >= 0:  # plain searches: the pattern's optional quote keeps the regex from skipping
        start = index - 1 if text[index - 1 : index] in ("'", '"') else index
        if text[start - 1 : start] == "\\":
            start -= 1
        match = _NAMED_VALUE.match(text, max(0, start))
        index = text.find("name", index + 4)
        if match is None:
            continue
        kind = _secret_key_kind(match.group("name"))
        group = "v" if match.group("v") is not None else "bare"
        value = match.group(group)
        if kind is None or not _value_is_secret(value, kind, text, match.end(group), False):
            continue
        if _bare_key(match.group("name")) and not _random_key(value):
            continue
        yield Leak(match.start(group), match.end(group), kind, SECRET, 0.8)


# A block that names its secret apart from its `value`: Terraform (`resource "aws_ssm_parameter"
# "db_password" { name = "/app/db_password" … value = "…" }`, GitHub's `secret_name` and
# `plaintext_value`), YAML, JSON and XML items (`- name: API_KEY⏎  type: string⏎  value: …`,
# Postman's `{"key": "api_token", "value": …}`, CloudFormation's `Name:` … `Value:`), command
# lines (`--name db-password --value …`, `gh secret set DEPLOY_TOKEN --body …`).
_BLOCK_VALUE: Final = re.compile(
    r"(?i:(?P<opt>--)(?:value|body)[ \t=]|(?<![\w\-])(?:plaintext_|secret_|string_)?value"
    r"(?P<kq>\\?[\"']?)[ \t]*[=:])[ \t]*"
    r"(?:(?P<q>\\?[\"'])(?P<v>[^\"'\\\n]{1,1024})(?P=q)|(?P<bare>[^\s\"'\\#,}]{1,1024}))"
)
_BLOCK_NAME: Final = re.compile(
    r"(?i:(?:resource|data)[ \t]+\"[\w\-]{1,60}\"[ \t]+\"(?P<label>[\w\-]{1,60})\""
    r"|secret[ \t]+set[ \t]+(?P<set>[\w\-]{1,60})"
    r"|--name[ \t=]+\\?[\"']?(?P<option>[\w./:\-]{1,120})"
    r"|(?<![\w\-])(?:secret_|parameter_|param_|env_|variable_)?(?:name|key)\\?[\"']?[ \t]*[=:]"
    r"[ \t]*\\?[\"']?(?P<name>[\w./:\-]{1,120}))"
)
MAX_BLOCK_CHARS: Final = 400
# where an item of a list or a block before the value's ends: `}`, a blank line, `- ` in YAML;
# a command line ends at a line break it does not escape
_BLOCK_END: Final = re.compile(r"\}|\n[ \t]*\r?\n|\n[ \t]*-[ \t]")
_COMMAND_END: Final = re.compile(r"(?<!\\)\r?\n")
_PATH_PARTS: Final = re.compile(r"[/:]")


def _block_values(text: str, lowered: str) -> Iterator[Leak]:
    for needle in ("value", "--body"):
        index = lowered.find(needle)
        while index >= 0:
            start = index
            for prefix in ("plaintext_", "secret_", "string_", "--"):
                if lowered.endswith(prefix, 0, index):
                    start = index - len(prefix)
            match = _BLOCK_VALUE.match(text, start)
            index = lowered.find(needle, index + len(needle))
            if match is None:
                continue
            kind = _block_name_kind(text, match.start(), match.group("opt") is not None)
            group = "v" if match.group("v") is not None else "bare"
            value = match.group(group)
            if kind is None or not _value_is_secret(value, kind, text, match.end(group), False):
                continue
            if kind == "password" or _random_looking(value) or _passphrase(value):
                yield Leak(match.start(group), match.end(group), kind, SECRET, 0.75)


def _block_name_kind(text: str, value_start: int, command: bool) -> str | None:
    """The kind of secret the nearest names of the block, item or command line holding a value
    say it is."""
    window_start = max(0, value_start - MAX_BLOCK_CHARS)
    for end in (_COMMAND_END if command else _BLOCK_END).finditer(text, window_start, value_start):
        window_start = end.start() + 1  # a `- ` that starts the item stays in it
    names = [name.group(name.lastgroup) if name.lastgroup else ""
             for name in _BLOCK_NAME.finditer(text, window_start, value_start)]
    for name in reversed(names):
        # a parameter's path or a secret's id: its last part names it (`/prod/payments/api-key`)
        last = _PATH_PARTS.split(name.strip("/:"))[-1]
        kind = _secret_key_kind(last) if last else None
        if kind is not None and not _bare_key(last):
            return kind
    return None


def _spoken_name_start(text: str, key_start: int) -> int:
    """Where a name of a few words separated by single spaces, ending at `key_start`, starts."""
    start = key_start
    for _ in range(MAX_SPOKEN_WORDS - 1):
        word = _WORD_BEFORE_SPACE.search(text, max(0, start - MAX_SPOKEN_WORD_CHARS - 1), start)
        if word is None:
            break
        start = word.start()
    return start


def _user_and_password(value: str) -> bool:
    """`auth` in a Docker `config.json` or an `.npmrc`: base64 of `user:password`."""
    if len(value) < 8 or len(value) % 4 == 1:
        return False
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    user, colon, password = raw.partition(b":")
    return bool(colon and user and password) and raw.isascii() and all(
        32 < byte < 127 for byte in raw)


def _separated(text: str, key_start: int, match: re.Match[str]) -> bool:
    """`key=value`, `key: value`, `key => value`; `<key>value` in XML; `key" value="…"` in .NET
    configs; `--key value` on a command line."""
    sep = match.group("sep")
    before = text[key_start - 1 : key_start]
    if sep == ">":  # `<password>…</password>`, `<entry key="password">…</entry>`
        return (before == "<" or (match.group("close") is not None and _XML_KEY_ATTRIBUTE.search(
            text, max(0, key_start - 8), key_start) is not None)) and \
            text.startswith("</", match.end("v"))
    if sep == "|":  # `| password | hunter2! |`: a table cell, not a column heading
        return before in (" ", "|") and not match.group("v").isalpha()
    if sep == ",":  # `define('API_KEY', '…')`, `setenv("TOKEN", "…")`: both quoted
        # (not the next key of a JSON object: `{"name": "DB_PASSWORD", "valueFrom": …}`)
        return match.group("close") is not None and match.group("open") is not None and \
            not _JSON_KEY_AFTER.match(text, match.end("v"))
    if sep in _PROSE_SEPARATORS:  # a quoted value, or one that is no word of the sentence
        value = match.group("v").rstrip(".,;:!?")
        return match.group("open") is not None or (
            len(value) >= MIN_SPACED_PASSWORD and not value.isdigit()
            and not value.startswith(("/", "~/", "./"))  # `the pwd is /home/app`
            and (not value.isalpha() or _gibberish(value)))
    if sep in ("(", "["):  # prose: `our DB_PASSWORD (…) and …`: the whole bracket, random
        closer = ")" if sep == "(" else "]"
        return match.group("open") is None and text.startswith(closer, match.end("v")) and \
            _random_looking(match.group("v"))
    if match.group("nl") is not None:
        # past a blank line, or after `… below:`, a line is the value only if it looks random
        return _whole_line_value(text, match) and (
            (match.group("blank") is None and not _BELOW.match(match.group("scope") or ""))
            or _random_looking(match.group("v")) or _URI.match(match.group("v")) is not None)
    if sep is not None:
        return True
    if match.start("v") == match.end("rest"):
        return False
    if text[key_start : key_start + 2] == "--":
        return True
    # `password s3cr3t!` as in .netrc, `auth token 3f9a…` in chat: only a value that is no word
    # of prose (password-like, or long, with letters and digits, and no `0x…` address)
    value = match.group("v").rstrip(".,;:!?")
    if not (key_start == 0 or text[key_start - 1].isspace()):
        return False
    if _secret_key_kind(text[key_start : match.end("rest")]) == "password":
        # SQL `PASSWORD 'x'`: the quote says where the value is
        return len(value) >= MIN_SPACED_PASSWORD and not _SNAKE_IDENTIFIER.fullmatch(value) and (
            not value.isalpha() or _sql_password(text, key_start, match))
    return (len(value) >= MIN_SPACED_SECRET and not value.startswith("0x")
            and any(char.isdigit() for char in value) and any(char.isalpha() for char in value))


def _random_looking(value: str) -> bool:
    """A value set apart in prose (in brackets, alone on a line) that no sentence holds: long and
    of high entropy, or password-shaped with three kinds of character; not a digest (hex)."""
    if _HEX_VALUE.fullmatch(value) or _UUID_SHAPE.fullmatch(value):
        return False
    return _high_entropy(value) or (
        len(value) >= MIN_SPACED_PASSWORD and char_classes(value) >= 3 and _password_shaped(value))


_JSON_KEY_AFTER: Final = re.compile(r"\\?[\"'][ \t]*:")
_BELOW: Final = re.compile(r"[ \t]+(?:below|here|as[ \t]+follows)")
_UUID_SHAPE: Final = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_PROSE_SEPARATORS: Final = frozenset(
    {"is", "was", "to", "ist", "est", "es", "jest", "\u00e4r", "\u00e9", "\u00e8"})
# `pass ignore_subscribe_messages here`: a name in code or prose, not a passphrase
_SNAKE_IDENTIFIER: Final = re.compile(r"[a-z]+(?:_[a-z]+)+")


_XML_KEY_ATTRIBUTE: Final = re.compile(r"(?:key|name)=\\?[\"']$")


def _sql_password(text: str, key_start: int, match: re.Match[str]) -> bool:
    """SQL `PASSWORD 'x'`: the noun itself, then a string literal (not "pass `x`" in prose)."""
    quote = match.group("open")
    return quote in ("'", '"') and text[key_start : match.end("rest")].lower() == "password"


def _whole_line_value(text: str, match: re.Match[str]) -> bool:
    """A value on the line after its name is the whole of that line, and not itself a name
    (`DB_PASSWORD=⏎DB_HOST=db` is an empty value followed by another setting)."""
    value = match.group("v")
    after = text[match.end("v") : match.end("v") + 1]
    return "=" not in value and not value.endswith(":") and after in ("", "\r", "\n", '"', "'", ",")


def _passphrase_end(text: str, start: int, quote: str) -> int:
    """A quoted password may hold spaces: it then ends at its closing quote, if that comes on
    the same line after a few words."""
    close = text.find(quote, start, start + MAX_PASSPHRASE_CHARS)
    if close < 0:
        return text.find(" ", start)
    phrase = text[start:close].rstrip("\\")
    words = phrase.split()
    if (
        "\n" in phrase
        or "\x00" in phrase
        or len(words) > MAX_PASSPHRASE_WORDS
        or any(word.lower().strip(".,:!") in _PROSE_WORDS for word in words)
    ):
        return text.find(" ", start)
    return start + len(phrase)


# "password" in other languages (`MOT_DE_PASSE`, `kennwort`, `contraseña`, `пароль`): read as
# the English word wherever that names a password.
_FOREIGN_PASSWORD: Final = re.compile(
    r"(?i:mot[_.\- ]?de[_.\- ]?passe|motdepasse|passwort|kennwort|contrase[ñn]a|senha|wachtwoord"
    r"|has[łl]o|l[öo]senord|salasana|parola|jelsz[óo]|heslo|пароль)"
)


@functools.lru_cache(maxsize=4096)
def _secret_key_kind(key: str) -> str | None:
    if not key.isascii() or _FOREIGN_PASSWORD.search(key):
        key = _FOREIGN_PASSWORD.sub("_password_", key)
    words = [word.lower() for word in _WORDS.findall(key)]
    while len(words) > 1 and words[-1].isdigit() and words[-2].endswith(_NUMBERED_WORDS):
        words.pop()  # `password1`, `DB_PASS_2`, `token2` (but `auth0` is a company)
    if not words or any(word in _NOT_SECRET_WORDS for word in words):
        return None
    while len(words) > 1 and words[-1] in _VALUE_SUFFIXES and not _names_secret(words):
        words.pop()
    if not _names_secret(words):
        return None
    if any(word.endswith(_PASSWORD_WORDS) for word in words[-2:]) or words[-1] in _LOGIN_WORDS:
        return "password"
    if "aws" in words:
        return "aws_secret_key"
    return "generic_secret"


def _names_secret(words: list[str]) -> bool:
    last = words[-1]
    if last == "key":  # a bare `key` holds a secret only if its value is random (`_bare_key`)
        return len(words) == 1 or words[-2] in _KEY_QUALIFIERS
    if last == "id":
        return len(words) > 1 and words[-2] == "session"
    if last in ("auth", "sig", "cookie"):
        return len(words) <= 3
    if last == "sk":  # `aws_sk`, `STRIPE_SK`: a secret key
        return len(words) > 1
    return last in _SECRET_WORDS or last.endswith(
        ("password", "secret", "token", "apikey", "secretkey", "secretaccesskey"))


def _value_is_secret(value: str, kind: str, text: str, end: int, after_scheme: bool) -> bool:
    if (
        not value
        or value.lower().startswith(_REFERENCE_PREFIXES)
        or value.startswith(_PLACEHOLDER_START)
    ):
        return False
    if end < len(text) and text[end] in "([":
        return False  # a call or subscript: code, not a literal
    if value[-1] in "([" and _CODE_NAME.fullmatch(value[:-1]):
        return False  # `"os.environ["X"]"`: the inner quote ended the value inside the lookup
    if value.lower() in _PLACEHOLDER_VALUES or _has_filler(value):
        return False
    if _passphrase(value):
        return True
    if kind == "password" and _PASSWORD_WORDS_VALUE.fullmatch(value) and any(
            _gibberish(part, MIN_GIBBERISH_PART) for part in re.split(r"[_\-.]", value)):
        return True  # `summer-rxcnff`: a word and letters no language writes
    if _TEMPLATE_VALUE.fullmatch(value):
        return False
    lookup = _CODE_LOOKUP.fullmatch(value)
    if lookup is not None and _code_reference(lookup.group("name")):
        return False  # `os.environ['API_KEY']`, `os.getenv("DB_PASS")` quoted: code, a reference
    # (TypeScript's non-null `process.env.API_KEY!` too)
    reference = value.removesuffix("!")
    if _DOTTED_IDENTIFIER.fullmatch(reference) and (
            kind != "password" or _code_reference(reference)):
        return False  # `settings.DB_PASSWORD`, `process.env.dbPass`: a reference
    if _URI.match(value) or value.startswith(_PUBLIC_KEYS):
        return False
    if _OBJECT_ID.fullmatch(value):
        return False
    if kind == "password" and not after_scheme:
        return (_plausible_password(value) and not _example_password(value)
                and not _PASSWORD_HASH.fullmatch(value))
    return (_high_entropy(value) and not _looks_placeholder(value)
            and not _documented_example(value))


# `horse-copper-river` (diceware): three to five distinct words under one separator. Names of
# things (`prod-db-creds`, `my-app-secret`) use the vocabulary of configuration instead.
_PASSPHRASE: Final = re.compile(
    r"[a-z]{3,10}(?P<sep>[\-. _])[a-z]{3,10}(?:(?P=sep)[a-z]{3,10}){1,3}"
)
MIN_PASSPHRASE_CHARS: Final = 14
_NAMING_WORDS: Final = frozenset(
    {
        "app", "api", "prod", "production", "dev", "development", "staging", "stage", "test",
        "testing", "local", "default", "demo", "sample", "example", "dummy", "fake", "secret",
        "secrets", "token", "tokens", "key", "keys", "password", "pass", "creds", "credentials",
        "auth", "config", "settings", "env", "name", "value", "service", "server", "client",
        "user", "admin", "data", "database", "cache", "redis", "postgres", "mysql", "backend",
        "frontend", "web", "worker", "internal", "external", "public", "private", "access",
        "session", "cookie", "signing", "webhook", "here", "your", "change", "replace", "not",
        "set", "the", "for", "and", "with", "from", "this", "that", "use", "new", "old", "main",
        "master", "primary", "shared", "global", "team", "project", "cluster", "store", "vault",
        "file", "path", "var", "get", "see", "ask", "keep", "check", "stored",
        "saved", "sent", "same", "before", "after", "below", "above", "attached", "pinned",
        "please", "thanks", "ops", "channel", "slack", "email", "message", "manager", "only",
        "hash", "hashed", "salt", "type", "field", "form", "input", "output", "length", "min",
        "max", "reset", "rotate", "rotation", "policy", "required", "missing", "invalid",
        "expired", "changed", "updated", "none", "null", "empty", "blank", "was", "are",
        # the vocabulary of infrastructure: `secret: github-actions-runner` names a secret
        "github", "gitlab", "bitbucket", "actions", "action", "runner", "runners", "deploy",
        "deployment", "kube", "helm", "terraform", "docker", "registry", "pipeline", "job",
        "jobs", "build", "release", "repo", "oauth", "jwt", "ssh", "tls", "ssl", "cert", "certs",
        "certificate", "smtp", "mail", "bucket", "storage", "queue", "topic", "stream", "cron",
        "backup", "bot", "aws", "gcp", "azure", "cloud", "node", "pod", "pods", "ingress",
        "gateway", "proxy", "host", "domain", "account", "accounts", "role", "roles", "group",
        "provider", "secretsmanager", "ssm", "kms", "sql", "postgresql", "mongo", "mongodb",
        "kafka", "rabbitmq", "elastic", "search", "index", "read", "write", "all",
        "system", "root", "users", "login", "signin", "sso", "ldap", "saml", "oidc", "bearer",
        "basic", "digest", "hmac", "sha", "rsa", "aes", "pem", "files", "dir",
    }
)


def _passphrase(value: str) -> bool:
    if len(value) < MIN_PASSPHRASE_CHARS or _PASSPHRASE.fullmatch(value) is None:
        return False
    words = re.split(r"[\-. _]", value)
    # a generator may draw a word twice (`umber-marble-yonder-umber-indigo`), once at most
    distinct = len(set(words))
    return distinct >= max(3, len(words) - 1) and not any(
        word in _NAMING_WORDS or word.endswith(_PASSWORD_WORDS) for word in words)


# A hash of a password is not the password (crypt's `$2b$…`, `$argon2id$…` start with `$` and
# are screened as references): MySQL's `*` + 40 hex, LDAP's `{SSHA}…`.
_PASSWORD_HASH: Final = re.compile(r"\*[0-9A-Fa-f]{40}|\{[A-Z0-9\-]{2,16}\}[A-Za-z0-9+/=.$]{8,}")


def _camel_case(value: str) -> bool:
    """`HorseCopper`: words run together. Prose writes such words too (`GitHub`, `YubiKey`):
    only where the syntax says "password" (an option, a call's argument) is this enough."""
    return len(value) >= MIN_SPACED_PASSWORD and _CAMEL_WORDS.fullmatch(value) is not None


_CAMEL_WORDS: Final = re.compile(r"[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{2,})+")
_VOWELS: Final = frozenset("aeiouy")
MIN_GIBBERISH_CHARS: Final = 8
MAX_GIBBERISH_VOWELS: Final = 0.2


MIN_GIBBERISH_PART: Final = 6  # of a password's word joined to others (`summer-rxcnff`)
_PASSWORD_WORDS_VALUE: Final = re.compile(r"[a-z]{3,12}(?:[_\-.][a-z]{3,12}){1,3}")


def _gibberish(value: str, min_chars: int = MIN_GIBBERISH_CHARS) -> bool:
    """Lower-case letters no language writes (`nfcsvpvx`, `cjfkeqrzwhot`): too few vowels."""
    if len(value) < min_chars or not (value.isalpha() and value.islower()):
        return False
    return sum(char in _VOWELS for char in value) <= len(value) * MAX_GIBBERISH_VOWELS


# numbers, port maps, versions and paths: what else a command-line option takes
_NOT_PASSWORD_SHAPE: Final = re.compile(r"[\d.:/\-]+|v?\d+(?:\.\d+)+(?:[\-+][\w.]+)?"
                                        r"|(?:[~.]?/|[\w.\-]+/)[\w.\-/*]*")


def _password_shaped(value: str) -> bool:
    """A word with digits or symbols (`Winter2024`, `tr0ub4dor`) or a passphrase: not a number,
    port map, version, path or plain word (camel case is left out: `GitHub`, `YubiKey`)."""
    if len(value) < MIN_SPACED_PASSWORD or _NOT_PASSWORD_SHAPE.fullmatch(value):
        return False
    return (bool(_PASSWORD_SYMBOL_OR_DIGIT.search(value)) and any(c.isalpha() for c in value)) or \
        _passphrase(value) or _gibberish(value) or (len(value) >= 10 and char_classes(value) >= 3)


def _plausible_password(value: str) -> bool:
    if len(value) < 6 or (value.isdigit() and len(value) < 8):
        return False
    if value.replace("_", "").replace("-", "").isalpha() and value.islower():
        return "_" not in value and len(value) >= 8 and not value.endswith(("ing", "ion", "ed"))
    return True


MIN_HEX_SECRET: Final = 32
_HEX_VALUE: Final = re.compile(r"[0-9a-f]+|[0-9A-F]+")


def _high_entropy(value: str) -> bool:
    if len(value) < 12 or value.isdigit():
        return False
    classes = char_classes(value)
    if classes < 2:
        return False
    if len(value) >= MIN_HEX_SECRET and _HEX_VALUE.fullmatch(value):
        # random hex of this length falls below 3 bits now and then (16 symbols at most 4 bits)
        threshold = 2.5
    else:
        threshold = 3.0 if len(value) >= 20 else 2.7
    return shannon_entropy(value) >= threshold


def _bare_bearers(text: str, lowered: str) -> Iterator[Leak]:
    index = lowered.find("bearer")
    while index >= 0:
        match = _AFTER_BEARER.match(text, index + len("bearer"))
        if match is not None and (index == 0 or not text[index - 1].isalnum()):
            value = match.group("v")
            if (_high_entropy(value) and not _looks_placeholder(value)
                    and not _documented_example(value)):
                yield Leak(match.start("v"), match.end("v"), "http_auth", SECRET, 0.8)
        index = lowered.find("bearer", index + 1)


# An Azure Storage account key: 64 random bytes in base64 (86 characters and `==`), under a name
# that says key, secret, storage, account or credential: on its line (`primaryKey: …`,
# `--storage …`, `storage := "…"`), or before a `value` (`<add key="storage" value="…"/>`, an
# environment list's `- name: …⏎  value: …`). Digests and signatures of 64 bytes are named so.
STORAGE_KEY_BODY: Final = 86  # characters before the `==`
_STORAGE_KEY_BODY: Final = re.compile(r"[A-Za-z0-9+/]+")
_NOT_BEFORE_STORAGE_KEY: Final = frozenset(string.ascii_letters + string.digits + "+/-")
_NOT_AFTER_STORAGE_KEY: Final = frozenset(string.ascii_letters + string.digits + "+/=")
_STORAGE_NAME: Final = re.compile(r"(?i:key|secret|storage|account|credential)")
_NOT_STORAGE_NAME: Final = re.compile(
    r"(?i:digest|checksum|hash|integrity|signature|sig\b|fingerprint|public|sha\d*|nonce|salt)")
_NAMES_BEFORE: Final = re.compile(r"[A-Za-z_][\w.\-]*")
_ASSIGNED_TO_NAME: Final = re.compile(
    r"(?<![\w.\-])[A-Za-z_][\w.\-]*[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
_PUBLIC_NAME: Final = re.compile(r"(?i:(?<![a-z])pub|image|icon|avatar|thumb)")
STORAGE_NAME_REACH: Final = 80


def _storage_keys(text: str, since: int = 0, until: int | None = None,
                  named: bool = True) -> Iterator[Leak]:
    """64 bytes of random base64 under a storage key's name; with `named` false, anywhere
    between `since` and `until` (where it was handed over: `_handed_over_keys`)."""
    index = text.find("==", since, until)
    while index >= 0:  # from each `==` back: a pattern would try 86 characters at every offset
        start, end = index - STORAGE_KEY_BODY, index + 2
        index = text.find("==", end, until)
        if start < 0 or not _STORAGE_KEY_BODY.fullmatch(text, start, end - 2):
            continue
        if text[start - 1 : start] in _NOT_BEFORE_STORAGE_KEY or \
                text[end : end + 1] in _NOT_AFTER_STORAGE_KEY:
            continue  # part of a longer run, or a digest (`sha512-…`)
        value = text[start:end]
        if ((not named or _storage_key_name(text, start)) and char_classes(value) >= 3
                and shannon_entropy(value) >= 4.5 and not _looks_placeholder(value)
                and not _documented_example(value)):
            yield Leak(start, end, "azure_storage_key" if named else "generic_secret", SECRET,
                       0.85 if named else 0.6)


def _storage_key_name(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    previous_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    names = _NAMES_BEFORE.findall(text, max(previous_line, start - STORAGE_NAME_REACH), start)
    while len(names) > 1 and names[-1].lower() in ("value", "default"):
        names.pop()
    if not names:
        return False
    name = names[-1]
    if _STORAGE_NAME.search(name):
        return not _NOT_STORAGE_NAME.search(name) and not _PUBLIC_NAME.search(name)
    # assigned to a name of its own (`ACCESS=…`, `export BLOB2="…"`): 64 random bytes are a key
    # (a signing or an encryption key's) unless the name says what else they are (a digest, a
    # signature, a public key)
    if _ASSIGNED_TO_NAME.search(text, max(line_start, start - STORAGE_NAME_REACH), start):
        return not _NOT_STORAGE_NAME.search(name) and not _PUBLIC_NAME.search(name)
    # a table's row led by the key's name, its columns between (`az storage account keys list
    # -o table`: `key1  FULL  …`)
    row = _NAMES_BEFORE.findall(text, line_start, start)
    return bool(row) and bool(_STORAGE_NAME.match(row[0])) and not any(
        _NOT_STORAGE_NAME.search(cell) for cell in row)


# -- credentials that come in pairs --------------------------------------------------------------

# An AWS access key id travels with its 40-character secret access key, a Twilio account SID
# with its 32-hex auth token; logs, stack traces and chat rarely name the second one, so it is
# looked for next to the first (as gitleaks and trufflehog do).
_COMPANION_REACH: Final = 400
_AWS_SECRET_SHAPE: Final = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_HEX32: Final = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])")


def _companions(text: str, leaks: list[Leak]) -> list[Leak]:
    found: list[Leak] = []
    for leak in leaks:
        if leak.kind == "aws_access_key":
            found += _near(text, leak, _AWS_SECRET_SHAPE, "aws_secret_key", _aws_secret_like)
        elif leak.kind == "twilio_sid" and text.startswith("AC", leak.start):
            found += _near(text, leak, _HEX32, "twilio_auth_token", _hex_secret_like)
    return found


# A secret access key alone (no key id near) in talk of AWS or credentials: 40 characters of
# base64 holding upper case, lower case, digits and `/` or `+` (digests in base64 have other
# lengths and padding), where nothing names it (start of a line, a list, prose: `here it is: …`,
# `using … for s3 uploads`) or a secret's name does. Any other name (`etag: …`, `--payload …`,
# `objectKey = …`) says what it is.
_SLASH_OR_PLUS: Final = frozenset("/+")
_BASE64_CHARS_RUN: Final = re.compile(r"[A-Za-z0-9/+]{40,}")
AWS_SECRET_CHARS: Final = 40
# the last word before a value and what comes between them
_LAST_WORD: Final = re.compile(r"(?P<sigil>[^A-Za-z0-9_\s]?)(?P<word>[A-Za-z_][\w\-]*)"
                               r"(?P<after>[^A-Za-z0-9_\n]{0,8})\Z")
_PROSE_WORD: Final = re.compile(r"[A-Za-z_][\w\-]*")
_IDENTIFIER: Final = re.compile(r"[\w\-]*(?:[_\-\d]|[a-z][A-Z])[\w\-]*|[A-Z]{2,}")
MAX_WORDS_BEFORE: Final = 5
# what a value is said to be (`the etag is …`, `object key: …`, `default = …`)
_NOT_SECRET_NOUNS: Final = _NOT_SECRET_WORDS | {
    "etag", "checksum", "digest", "md5", "sha", "sha1", "sha256", "data", "payload", "blob",
    "thumbnail", "image", "signature", "nonce", "salt", "iv", "integrity", "fingerprint", "id",
    "content", "body", "version", "build", "commit", "revision", "request", "trace", "upload",
    "default", "value", "hash", "object", "file", "checksums", "digests", "ids", "part",
    "parts", "uploaded", "chunk"}


def _lone_aws_secrets(text: str, regions: list[Region]) -> Iterator[Leak]:
    """Where AWS or credentials are talked of, with the whole line before each value at hand."""
    for region in regions:
        if "aws40" in region.tags:
            yield from _lone_aws_secrets_in(text, region.start, region.end)


def _lone_aws_secrets_in(text: str, start: int, end: int) -> Iterator[Leak]:
    # whole runs (a plain class run is many times faster to find than the bounded shape)
    for match in _BASE64_CHARS_RUN.finditer(text, start, end):
        value = match.group()
        if len(value) != AWS_SECRET_CHARS or text[match.end() : match.end() + 1] == "=" or \
                _SLASH_OR_PLUS.isdisjoint(value) or char_classes(value) < 4 or \
                not _aws_secret_like(value):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _unnamed_or_secret(text[max(line_start, match.start() - 60) : match.start()]):
            yield Leak(match.start(), match.end(), "aws_secret_key", SECRET, 0.6)


def _unnamed_or_secret(before: str) -> bool:
    """Nothing before a value on its line, prose (`here it is: …`, `rotated: …`), or a secret's
    name; not a name of code or configuration (`objectKey = …`, `--payload …`, `"x": …`) nor a
    noun saying what else it is (`the etag is …`, `object key: …`)."""
    last = _LAST_WORD.search(before)
    if last is None:
        return True
    if _secret_key_kind(last.group("word")) is not None:
        return True
    if last.group("sigil") or any(quote in last.group("after") for quote in "\"'`") or \
            _IDENTIFIER.fullmatch(last.group("word")):
        return False
    words = [word.lower() for word in _PROSE_WORD.findall(before)[-MAX_WORDS_BEFORE:]]
    if any(_secret_key_kind(word) is not None for word in words):
        return True
    return _NOT_SECRET_NOUNS.isdisjoint(words)


def _near(text: str, anchor: Leak, shape: re.Pattern[str], kind: str,
          plausible: Callable[[str], bool]) -> Iterator[Leak]:
    start = max(0, anchor.start - _COMPANION_REACH)
    for match in shape.finditer(text, start, anchor.end + _COMPANION_REACH):
        if anchor.start <= match.start() < anchor.end or not plausible(match.group()):
            continue
        yield Leak(match.start(), match.end(), kind, SECRET, 0.85)


def _aws_secret_like(value: str) -> bool:
    return (char_classes(value) >= 3 and shannon_entropy(value) >= 4.0
            and not _documented_example(value) and not _looks_placeholder(value))


def _hex_secret_like(value: str) -> bool:
    return (shannon_entropy(value) >= 3.0 and not _looks_placeholder(value)
            and not _documented_example(value))


# -- secrets pasted alone -----------------------------------------------------------------------

# `here is what you asked for: Tq7#mW2kLp9x - it expires…`: a token standing alone, with no name,
# that mixes upper case, lower case, digits and a symbol, is a password or key someone pasted.
# Words, ids and hashes lack the symbol; what else holds one (URLs, e-mails, paths, settings,
# versions, dates, code) is screened out by shape. Only tokens near words that hand something
# over (`_HANDOVER`) are read: data is full of ids, and the clean text pays for every trigger.
MIN_LONE_CHARS: Final = 10
MAX_LONE_CHARS: Final = 64
_LONE_SYMBOLS: Final = frozenset("!#$%&*^~;<>?()+=")
# quotes, brackets and commas are code's and prose's: a token holding one is not read
_LONE_ALLOWED: Final = frozenset(string.ascii_letters + string.digits + "!#$%&*^~;<>?()+=@_.:/-")
MIN_LONE_LETTERS: Final = 2  # of each case: `c.1799T>A` (a gene variant) has one
_LONE_TOKEN: Final = re.compile(r"(?<!\S)\S{10,66}(?!\S)")
_LONE_NOT_SECRET: Final = re.compile(
    r"[\w+.\-]{1,30}:.*|www\..*|[^@]+@[^@]+\.\w.*"  # URLs, schemes, prefixed ids, e-mails
    r"|(?:[~.]{0,2}/|[A-Za-z]:\\).*|.*[/\\].*[/\\].*"  # paths
    r"|[A-Za-z_][\w.\-]*[+\-*/|&^]?=.*"  # settings and assignments: `key=value`, `a+=b`
    r"|v?\d+(?:\.\d+)+.*|.*\d{4}-\d\d-\d\d.*|.*\d\d?:\d\d.*"  # versions, dates, times
    r"|\$.*|.*(?:\{\{|&[a-z]+;|&#\d+;|%[0-9A-Fa-f]{2}).*"  # references, hashes, entities
    r"|.*\w\(.*|.*\w<\w*>.*"  # calls and generics: code
    r"|[\w+/\-]+={0,2}",  # base64: digests, ids and blobs (a name says when one is secret)
    re.DOTALL,
)


_NAME_BEFORE_VALUE: Final = re.compile(r"(?P<name>[A-Za-z_][\w.\-]{0,60})[\"']?[ \t]*[:=][ \t]*\Z")


def _lone_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Leak]:
    for match in _LONE_TOKEN.finditer(text, start, len(text) if end is None else end):
        value = match.group().rstrip(".,!?:;")
        if _lone_secret(value) and not _named_value(text, match.start()):
            yield Leak(match.start(), match.start() + len(value), "generic_secret", SECRET, 0.6)


def _handed_over_keys(text: str, start: int, end: int) -> Iterator[Leak]:
    """Keys handed over with no name (`can you try with this one? …`), in the shapes no digest
    or id has: an AWS secret access key's 40 characters of base64 holding `/` or `+` (whose
    rule also reads the words before it), and 64 random bytes in base64 (a storage or signing
    key; a SHA-512 digest comes as `sha512-…`, which `_storage_keys` leaves out)."""
    yield from _lone_aws_secrets_in(text, start, end)
    yield from _storage_keys(text, start, end, named=False)


# `here is the key for the staging account: 9fKq…`, `try it: puUw…`, `using it for now:⏎bALA…`:
# a random-looking token pasted into chat right after words about a key or a handover, on the
# same line after a colon or a handing word, or alone on the next line. Random base62 or base64
# switches between upper case, lower case and digits at most characters; an identifier in
# CamelCase (`MyServiceProvider2024`) or snake case switches seldom.
_PASTED_VALUE: Final = re.compile(r"(?<![\w+/=.\-])[A-Za-z0-9_+/\-]{24,100}={0,2}(?![\w+/=.\-])")
_PASTE_CONTEXT: Final = re.compile(
    r"(?i)\b(?:key|token|secret|password|passwd|pwd|credentials?|creds|api[ _-]?key|pat)\b"
    r"|here(?:'s|[ \t]+(?:is|it[ \t]+is|you[ \t]+go))|\btry[ \t]+(?:it|this)|\buse[ \t]+this"
    r"|\bthis[ \t]+one\b|\bfor[ \t]+now\b|\bthis[ \t]+value\b"
)
_HANDING_WORD: Final = re.compile(r"(?i)(?::|\b(?:go|to|is|it|one|this|value))[ \t]*\Z")
# what names an id or a digest, not a credential (`Session id (public): sess_…`,
# `fingerprint is SHA256:…`)
_NOT_PASTED_KEY: Final = re.compile(
    r"(?i)\b(?:ids?|identifier|fingerprint|checksum|hash|digest|trace|request|commit|sha\d*|md5)"
    r"\b|\bsha\d*:\Z"
)
MIN_PASTED_SWITCH_SHARE: Final = 0.4
MIN_PASTED_ENTROPY: Final = 4.0


def _pasted_tokens(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _PASTED_VALUE.finditer(text, start, end):
        value = match.group()
        if not _switches_like_random(value):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        if before.strip():
            context = before[-120:]
            handed = _HANDING_WORD.search(before) is not None and _PASTE_CONTEXT.search(
                context) is not None
        else:  # alone on its line: the message before it says what it is
            previous = text[max(0, line_start - 200) : max(0, line_start - 1)].rstrip()
            context = previous[previous.rfind("\n") + 1 :]
            handed = context.endswith(":") or _PASTE_CONTEXT.search(context) is not None
        # a PEM body line follows its armour line ("-----BEGIN PUBLIC KEY-----"), not a handover
        handed = handed and "-----" not in context and _NOT_PASTED_KEY.search(context) is None
        if handed and (_looks_placeholder(value) or _documented_example(value)):
            continue
        if handed and not _named_value(text, match.start()):
            yield Leak(match.start(), match.end(), "generic_secret", SECRET, 0.6)


def _switches_like_random(value: str) -> bool:
    body = value.rstrip("=")
    if (
        sum(char.isupper() for char in body) < 2
        or sum(char.islower() for char in body) < 2
        or sum(char.isdigit() for char in body) < (1 if len(body) >= 32 else 2)
    ):
        return False
    classes = [char.isupper() - char.islower() if char.isalpha() else 2 for char in body]
    switches = sum(a != b for a, b in itertools.pairwise(classes))
    return (
        switches >= MIN_PASTED_SWITCH_SHARE * len(body)
        and shannon_entropy(body) >= MIN_PASTED_ENTROPY
    )


def _named_value(text: str, start: int) -> bool:
    """`password = Example#Pass1`: a value under a secret's name is for the name's rules (which
    know its placeholders and examples) to judge."""
    name = _NAME_BEFORE_VALUE.search(text, max(0, start - 80), start)
    return name is not None and _secret_key_kind(name.group("name")) is not None


def _lone_secret(value: str) -> bool:
    return (
        MIN_LONE_CHARS <= len(value) <= MAX_LONE_CHARS
        and set(value) <= _LONE_ALLOWED
        and not _LONE_SYMBOLS.isdisjoint(value)
        and sum(char.isupper() for char in value) >= MIN_LONE_LETTERS
        and sum(char.islower() for char in value) >= MIN_LONE_LETTERS
        and any(char.isdigit() for char in value)
        and _LONE_NOT_SECRET.fullmatch(value) is None
    )


# -- Kubernetes Secret manifests ------------------------------------------------------------------

# The start of a line, or of a string the leakage guard joined after its key (`text=…`).
_LINE_START: Final = r"(?m)(?:^|(?<=[=\x00]))"

# Every value under `data:` (base64) or `stringData:` of a `kind: Secret` document is a secret,
# whatever its name; the same block in a ConfigMap is not.
_KIND_SECRET: Final = re.compile(
    _LINE_START + r"""[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?Secret\b|"kind"[ \t]*:[ \t]*"Secret\""""
)
_YAML_DATA_BLOCK: Final = re.compile(
    _LINE_START + r"(?P<indent>[ \t]*)(?:data|stringData):[ \t]*\n"
)
_YAML_ENTRY: Final = re.compile(
    r"(?P<indent>[ \t]+)[\"']?(?P<k>[\w.\-]+)[\"']?[ \t]*:[ \t]*"
    r"[\"']?(?P<v>[^\s\"'#]{1,16384})[\"']?[ \t]*(?:\n|\Z)"
)
_JSON_DATA_BLOCK: Final = re.compile(
    r'"(?:data|stringData)"[ \t]*:[ \t]*\{(?P<body>[^{}]{0,65536})\}'
)
_JSON_ENTRY: Final = re.compile(r'"(?P<k>[\w.\-]+)"[ \t]*:[ \t]*"(?P<v>[^"\\]{1,16384})"')
_DOCUMENT_SEPARATOR: Final = re.compile(r"(?m)^---[ \t]*$")


def _kubernetes_secrets(text: str) -> Iterator[Leak]:
    for kind in _KIND_SECRET.finditer(text):
        start, end = _document_around(text, kind.start())
        yield from _yaml_secret_values(text, start, end)
        for block in _JSON_DATA_BLOCK.finditer(text, start, end):
            for entry in _JSON_ENTRY.finditer(text, block.start("body"), block.end("body")):
                yield from _k8s_value(entry.group("k"), entry.group("v"), entry.start("v"))


def _document_around(text: str, position: int) -> tuple[int, int]:
    """The YAML document (between `---` lines) holding `position`."""
    start = 0
    for separator in _DOCUMENT_SEPARATOR.finditer(text, 0, position):
        start = separator.end()
    after = _DOCUMENT_SEPARATOR.search(text, position)
    return start, after.start() if after is not None else len(text)


def _yaml_secret_values(text: str, start: int, end: int) -> Iterator[Leak]:
    for block in _YAML_DATA_BLOCK.finditer(text, start, end):
        indent = len(block.group("indent"))
        position = block.end()
        while True:
            entry = _YAML_ENTRY.match(text, position, end)
            if entry is None or len(entry.group("indent")) <= indent:
                break
            yield from _k8s_value(entry.group("k"), entry.group("v"), entry.start("v"))
            position = entry.end()


def _k8s_value(key: str, value: str, start: int) -> Iterator[Leak]:
    if len(value) < 4 or value.startswith("$") or _k8s_public_name(key, value):
        return
    plain = _base64_text(value) or value  # `data:` holds base64, `stringData:` plain text
    if not any(_password_placeholder(form) or _has_filler(form) or _documented_example(form)
               or _k8s_look_alike(form) for form in {value, plain}):
        yield Leak(start, start + len(value), "kubernetes_secret", SECRET, 0.9)


def _k8s_look_alike(value: str) -> bool:
    """What is no secret under any name: a reference (`arn:aws:…`), a publishable key, the id of
    an API object (`cus_…`, a Slack channel's), a URL whose password is a `${VAR}` reference (a
    URL may be the secret itself: a webhook's)."""
    if value.lower().startswith(_REFERENCE_PREFIXES) or value.startswith(_PUBLIC_KEYS) or \
            _OBJECT_ID.fullmatch(value):
        return True
    userinfo = _URL_USERINFO.search(value) if _URI.match(value) else None
    return userinfo is not None and userinfo.group("v").startswith(_PLACEHOLDER_START)


# A Secret holds what travels with its credentials too: ids, revisions, digests, fingerprints,
# the public parts of a JSON Web Key. A name whose last word says so (`tenant_id`, `checksum`,
# `host_key_fingerprint`, `n`) holds no secret; a known token under it is still found by its own
# rule, and a URL is left to the Secret's rule (a webhook's URL is the secret itself).
_K8S_PUBLIC_HEADS: Final = frozenset(
    {
        "id", "ids", "uuid", "guid", "ulid", "oid", "revision", "rev", "commit", "sha",
        "checksum", "digest", "hash", "crc", "etag", "fingerprint", "thumbprint", "version",
        "ref", "reference", "record", "channel", "region", "zone", "namespace", "port",
        "issuer", "audience", "n", "e", "x", "y", "kid", "kty", "alg", "crv", "modulus",
        "exponent",
    }
)
_NAME_WORDS: Final = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z0-9]+(?![a-z])")


def _k8s_public_name(key: str, value: str) -> bool:
    words = _NAME_WORDS.findall(key)
    return bool(words) and words[-1].lower() in _K8S_PUBLIC_HEADS and "://" not in value


# -- secrets named after their value ---------------------------------------------------------------

# Prose may name a secret after its value: `everyone can use … as the partner secret`, `set … as
# your API key`. The name is read as any other (`_secret_key_kind`); the value must look random
# (or, for a password, like one), as a value set apart in prose must.
_AS_NAME: Final = re.compile(
    r"[ \t]as[ \t]+(?:the|your|our|their|my|a|an|its)[ \t]+"
    r"(?P<name>[\w\-]{1,24}(?:[ \t]+[\w\-]{1,24}){0,3})",
    re.IGNORECASE,
)
_VALUE_BEFORE_AS: Final = re.compile(r"[A-Za-z0-9][^\s\"'`(),;]{7,127}")
_BEFORE_VALUE: Final = (" ", "\t", "\n", "(", '"', "'", "`")
MAX_VALUE_BEFORE_AS: Final = 128
_NAME_WORD: Final = re.compile(r"[\w\-]+")
_SCOPE_WORDS: Final = frozenset({"for", "in", "on", "of", "at", "to", "from", "with", "and", "or"})


def _values_named_after(text: str, lowered: str) -> Iterator[Leak]:
    index = lowered.find(" as ")
    while index >= 0:
        match = _AS_NAME.match(text, index)
        if match is not None:
            leak = _value_named_after(text, index, match)
            if leak is not None:
                yield leak
        index = lowered.find(" as ", index + 1)


def _value_named_after(text: str, index: int, match: re.Match[str]) -> Leak | None:
    end = index - 1 if text[index - 1 : index] in ('"', "'", "`", ")") else index
    reach = max(0, end - MAX_VALUE_BEFORE_AS - 1)
    start = max(text.rfind(char, reach, end) for char in _BEFORE_VALUE) + 1
    if (start == 0 and reach > 0) or not _VALUE_BEFORE_AS.fullmatch(text, start, end):
        return None
    words = _NAME_WORD.findall(match.group("name"))
    for position, word in enumerate(words):  # `the api key for staging`: the name is `api key`
        if word.lower() in _SCOPE_WORDS:
            del words[position:]
            break
    kind = _secret_key_kind("_".join(words)) if words else None
    value = text[start:end]
    if kind is None or _URI.match(value) or _looks_placeholder(value) or \
            _documented_example(value):
        return None
    if kind == "password":
        secret = _password_shaped(value) and not _example_password(value)
    else:
        secret = _random_key(value) or (
            len(words) > 1 and len(value) >= MIN_HEX_SECRET
            and _HEX_VALUE.fullmatch(value) is not None and _hex_secret_like(value))
    return Leak(start, end, kind, SECRET, 0.7) if secret else None


# -- blocks named for credentials -----------------------------------------------------------------

# A YAML block named for credentials (`auth:`, `credentials:`) holds them under names of its own
# (`k: …`, `primary: …`): a random value there is a secret whatever its name, unless the name says
# what else it is (`client_id`, `endpoint`, `username`, `checksum`). Names that say "secret" are
# `_assignments`' to judge.
_CREDENTIAL_BLOCK: Final = re.compile(
    r"(?P<indent>[ \t]*)(?i:auth|authentication|credentials?|creds|secrets)[ \t]*:[ \t]*\r?\n"
)
_CREDENTIAL_BLOCK_WORDS: Final = ("auth", "cred", "secrets")  # in lower case: where to look
_CREDENTIAL_BLOCK_PUBLIC: Final = frozenset(
    {
        "user", "username", "login", "email", "tenant", "realm", "scope", "scopes", "url", "uri",
        "endpoint", "host", "type", "method", "mode", "provider", "timeout", "seconds", "header",
        "account", "sid", "org", "project", "audience", "issuer",
    }
)


def _credential_blocks(text: str, lowered: str) -> Iterator[Leak]:
    for word in _CREDENTIAL_BLOCK_WORDS:
        index = lowered.find(word)
        while index >= 0:
            block = _CREDENTIAL_BLOCK.match(text, text.rfind("\n", 0, index) + 1)
            if block is not None and block.end("indent") == index:
                yield from _credential_block_values(text, block)
            index = lowered.find(word, index + 1)


def _credential_block_values(text: str, block: re.Match[str]) -> Iterator[Leak]:
    indent = len(block.group("indent"))
    position = block.end()
    while (entry := _YAML_ENTRY.match(text, position)) is not None and \
            len(entry.group("indent")) > indent:
        position = entry.end()
        key, value = entry.group("k"), entry.group("v")
        words = [word.lower() for word in _NAME_WORDS.findall(key)]
        if not words or words[-1] in _K8S_PUBLIC_HEADS or \
                not _CREDENTIAL_BLOCK_PUBLIC.isdisjoint(words) or \
                _NOT_STORAGE_NAME.search(key) or _secret_key_kind(key) is not None:
            continue
        random = _random_key(value) or (
            len(value) >= MIN_HEX_SECRET and _HEX_VALUE.fullmatch(value) is not None
            and _hex_secret_like(value))
        if random and not _looks_placeholder(value) and not _documented_example(value):
            start = entry.start("v")
            yield Leak(start, start + len(value), "generic_secret", SECRET, 0.7)


def _base64_text(value: str) -> str | None:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.decode("ascii") if raw.isascii() and raw.decode("ascii").isprintable() else None


# -- triggers -------------------------------------------------------------------------------------


def _base64_text_trigger() -> str:
    """Six groups of base64 (either alphabet) that decode to printable ASCII: each group's first
    character encodes 8..31 (a byte 0x20..0x7f), its second has bit 3 clear and its third bit 1
    clear (the next bytes stay below 0x80). Images, digests and key blobs do not match."""
    alphabet = string.ascii_uppercase + string.ascii_lowercase + string.digits

    def chars(keep: Callable[[int], bool]) -> str:
        picked = "".join(char for value, char in enumerate(alphabet) if keep(value))
        extra = ("+\\-" if keep(62) else "") + ("/_" if keep(63) else "")
        return f"[{picked}{extra}]"

    group = (chars(lambda value: 8 <= value <= 31) + chars(lambda value: not value & 8)
             + chars(lambda value: not value & 2) + "[A-Za-z0-9+/_\\-]")
    return f"(?:{group}){{6}}"


_PROVIDER_PREFIXES: Final = (
    r"AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9]|gh[pousr]_|github_pat_|GR1348941"
    r"|gl(?:pat|dt|rt|ptt|cbt|oas|soat|ffct|imt|agent|ft|c|sa)[-_]"
    r"|xox[abposre]-|xapp-|[sr]k_(?:live|test|prod)_|whsec_|sk-|sk\.eyJ|AIza|GOCSPX-|ya29\."
    r"|(?:SK|AC)[0-9a-f]{32}|SG\.|npm_|pypi-|AccountKey=|SharedAccessKey=|hf_|do[opr]_v1_"
    r"|shp(?:at|ca|pa|ss)_|dapi[a-f0-9]{32}|hv[sbr]\.|ATATT3|lin_(?:api|oauth)_|PMAK-|dckr_"
    r"|AGE-SECRET-KEY-1|gsk_|r8_|xai-|pplx-|key-[0-9a-f]{32}|sq0(?:atp|csp)-|EAAA[\w\-]{60}"
    r"|secret_|ntn_|dp\.(?:pt|st|sa|ct|scim|audit)\.|HRKU-|sntry[su]_|NRAK-|dt0c01\."
    r"|pscale_|sbp_|ey[JA][\w\-]{8,}\.ey[JA]|django-insecure-"
    r"|hooks\.slack\.com|discord(?:app)?\.com/api/webhooks|\d{8}:AA|\dQ~|[0-9a-f]{32}-us\d"
    r"|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"
    r"| -u ?['\"]?[^\s:'\"]{1,64}:|--(?:proxy-)?user[ =]|jdbc:oracle:"
    r"|[MNO][A-Za-z0-9]{23,27}\.[\w\-]{6}\.[\w\-]{27}"
)
_SECRET_NAMES: Final = (
    r"secret|token|pass|pwd|key|auth|credential|cookie|dsn|sig|session|bearer"  # noqa: S105
)
# names that end where a value follows as a further argument or after `to` (`Sigmoid', '…` and
# `passed to …` are no such names)
_ARGUMENT_NAMES: Final = r"secret|token|password|passwd|pwd|pass|key|auth|credentials?|creds"
# `here is …`, `the new one is …`, `use this:⏎⏎    …`, then a letter or digit and a symbol
_HANDOVER: Final = (
    r"(?:here(?:'s|[ \t]+(?:is|are|it[ \t]+is|you[ \t]+go))"
    r"|(?:this|that|right|new|correct|working|current|temporary)[ \t]+one[ \t]*(?:is:?|:)"
    r"|(?:use|try)[ \t]+this[ \t]*:"
    # `can you try with this one? …`, `use this one: …`
    r"|(?:use|try)(?:[ \t]+with)?[ \t]+this[ \t]+one[ \t]*[?:])"
    r"(?:[^\n]{0,80}|[ \t]*(?:\r?\n[ \t]*){1,3}[^\s]{0,64})[A-Za-z0-9][!#$%&*^~;+?()=<>/]"
)
# other languages' "password" (`_FOREIGN_PASSWORD`), ASCII: a non-ASCII letter is one `?` where
# regions are found and its UTF-8 bytes where raw messages are triaged
_FOREIGN_NAMES_TRIGGER: Final = (
    r"(?:kennwort|contrase|senha|wachtwoord|has(?:\?|\xc5\x82|l)o|l(?:\?|\xc3\xb6|o)senord"
    r"|salasana|parola|jelsz|heslo|\?{6}|\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c"
    r"|\xd0\x9f\xd0\x90\xd0\xa0\xd0\x9e\xd0\x9b\xd0\xac)"
)
TRIGGERS: Final = (
    Trigger(_PROVIDER_PREFIXES, 64, 96, "token", starts=True),
    # a token pasted alone (`_lone_tokens`), after the words that hand something over in chat
    # and mail (a trigger on the token's own shape costs the clean text a fifth more)
    Trigger(_HANDOVER, 128, 72, "lone", caseless=True),
    # a random-looking token after words about a key (`_pasted_tokens`), or alone on the line
    # after a colon
    Trigger(r"(?:key|token|secret|passw|pwd|credential|creds|you go|try it|this one|for now)"
            r"[^\n]{0,100}(?:[ \t:]|\r?\n[ \t]*)[A-Za-z0-9_+/=\-]{24}", 200, 110, "pasted",
            caseless=True),
    Trigger(r":[ \t]*\r?\n[ \t]*[A-Za-z0-9_+/=\-]{24}", 200, 110, "pasted"),
    Trigger(_FOREIGN_NAMES_TRIGGER + r"[\w.\-?\x80-\xff]{0,40}\\?[\"'`]?[ \t]{0,8}(?:[:=>|]|$"
            # `het wachtwoord is …`, `lösenordet är …`, `a senha é …` (`?` or UTF-8 as above)
            r"|[ \t]+(?:is|ist|est|es|jest|(?:\?|\xc3\xa4)r|\?|\xc3\xa9|\xc3\xa8)[ \t]+\S{6}"
            r"|[ \t]+(?:do|para|voor|pour|per|zum|zur|f(?:\?|\xc3\xbc|\xc3\xb6)r)"
            r"(?:[ \t]+[\w.\-]{1,24}){1,6}[ \t]*[:=])", 64, 200, "name", caseless=True),
    Trigger(r"--[\w.\-]{0,40}" + _FOREIGN_NAMES_TRIGGER + r"[\w.\-?\x80-\xff]{0,40}[ =]", 8, 200,
            "name", caseless=True),
    # a secret-sounding name followed by a separator (`=`, `:`, `=>`, `>`, a table's `|`), an
    # option (`--token …`) or, for passwords, a spaced value (`.netrc`)
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}\\?[\"'`]?\]?(?:[ \t]+value"
            r"|[ \t]*(?:\r?\n[ \t]*){0,2}new[ \t]+value)?[ \t]{0,8}"
            r"(?:[:=>|]|$|\r?\n?##\[debug\]result:)", 64, 200, "name", caseless=True),
    Trigger(rf"--[\w.\-]{{0,40}}(?:{_SECRET_NAMES}|[_\-]sk)[\w.\-]{{0,40}}[ =]", 8, 200, "name",
            caseless=True),
    Trigger(r"(?:pass|pwd)[a-z]{0,8}[ \t]+(?:(?:is|was)[ \t]+)?\S{6}", 64, 160, "name",
            caseless=True),
    # `define('API_KEY', '…')`; prose (`the auth token is …`, `set the key to …`) and chat
    # (`twilio auth token 3f9a…`), where a name of several words comes before the value
    Trigger(rf"(?:{_ARGUMENT_NAMES})[\w.\-]{{0,40}}\\?[\"'`][ \t]*,[ \t]*\\?[\"'`]", 64, 200,
            "name", caseless=True),
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}[ \t]+(?:(?:for|in|on|of|at|do|para|voor|pour|per"
            r"|zum|zur|f(?:\?|\xc3\xbc|\xc3\xb6)r)[ \t]+[\w.\-]{1,24}(?:[ \t]+[\w.\-]{1,24}){0,5}"
            r"[ \t]*(?::|=|is[ \t])"
            r"|(?:is|was|ist|est|es|jest)[ \t]+(?:(?:now|still)[ \t]+)?\S{6})", 64, 160, "name",
            caseless=True),
    Trigger(rf"(?:{_ARGUMENT_NAMES})[ \t]+to[ \t]+\S{{6}}", 64, 160, "name", caseless=True),
    # prose that names a secret after its value: `use … as the partner secret`
    Trigger(rf"[ \t]as[ \t]+(?:the|your|our|their|my|a|an|its)[ \t]+(?:[\w\-]{{1,24}}[ \t]+){{0,3}}"
            rf"(?:{_ARGUMENT_NAMES})", 200, 8, "name", caseless=True),
    # `aws_sk`, `AWS-SK`, `awsSk`: `sk` as a word of a name
    Trigger(r"(?:[A-Za-z0-9][_.\-](?:sk|SK)|[a-z]Sk)\\?[\"'`]?[ \t]{0,8}(?:[:=>|,]|$)", 64, 200,
            "name"),
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}[ \t]+['\"]?[\w/+=.~\-]{{16}}", 64, 160, "name",
            caseless=True),
    Trigger(r"bearer[ \t]+[\w.~+/\-]{20}", 8, 64, "name", caseless=True),
    # prose: a value in brackets after its name (`our DB_PASSWORD (…)`), or on the lines after
    # `… api key below:`
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}[ \t]+(?:[(\[][\w/+=.~!#$%^*@\-]{{8}}"
            r"|(?:below|here|as[ \t]+follows)[ \t]*:)", 64, 160, "name", caseless=True),
    # an environment list's `name: API_KEY` with its `value: …` apart (`_named_values`)
    # (led by the secret's name: a trigger led by `name` would fire on every JSON object)
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}\\?[\"']?[ \t]*"
            r"(?:,[ \t]*|\r?\n[ \t]*(?:-[ \t]+)?|\\n[ \t]*)\\?[\"']?value", 128, 200, "name",
            caseless=True),
    # a block or list item that names its secret apart from its `value` (`_block_values`):
    # `resource "aws_ssm_parameter" "db_password" {`, `name = "/app/db_password"`
    # (tagged apart: only `_block_values` is called for)
    Trigger(rf"(?:resource|data)[ \t]+\"[\w\-]{{1,60}}\"[ \t]+\"[\w\-]{{0,40}}(?:{_SECRET_NAMES})",
            64, 400, "block", caseless=True),
    Trigger(rf"(?:--name[ \t=]+|(?:name|key)\\?[\"']?[ \t]*[=:][ \t]*)\\?[\"']?[\w./:\-]{{0,60}}"
            rf"(?:{_SECRET_NAMES})|secret[ \t]+set[ \t]+[\w\-]{{0,40}}(?:{_SECRET_NAMES})", 64, 400,
            "block", caseless=True),
    # Go: `var token string = "…"`, `const apiKey string = …`
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}[ \t]+(?:string|\[\]byte)[ \t]*=", 64, 200, "name",
            caseless=True),
    # Terraform: `variable "api_token" {` … `default = "…"`
    Trigger(rf"variable[ \t]+\"[\w\-]{{0,40}}(?:{_SECRET_NAMES}|[_\-]sk)[\w\-]{{0,40}}\"", 120, 600,
            "name", caseless=True),
    # userinfo in a URL, plain or escaped; a Sentry DSN's key
    Trigger(r"(?:://|%3A%2F%2F|:\\/\\/)[^\s@]{0,400}(?:@|%40)", 420, 8, "url", caseless=True),
    Trigger(r"-----(?:BEGIN|END)(?:[ +A-Z0-9]|%20){0,60}PRIVATE(?: |\+|%20)KEY", 8192, 8192,
            "key_file"),
    Trigger(r"PuTTY-User-Key-File-|Private-MAC: ", 9000, 9000, "key_file"),
    Trigger(_base64_text_trigger(), 32, 32, "blob"),
    # `"sk-" + "…"`: adjacent literals joined in code
    Trigger(r"[\"'`][ \t]*\+[ \t]*\\?[\"'`]", 160, 160, "joined"),
    Trigger(r"(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,200} -p[^\s\-]", 240, 64, "url"),
    Trigger(r"pw\\?[\"'`]?[ \t]*[:=]|pw[ \t]+(?:is|was)[ \t]+(?:(?:now|still)[ \t]+)?\S{4}",
            64, 160, "name",
            caseless=True),  # `pw: …`, `pw is …`: chat's password
    Trigger(rf"(?:{_SECRET_NAMES})[\w.\-]{{0,40}}[ \t]*->", 64, 200, "name", caseless=True),
    # command lines and calls that take a user and a password (`_PHRASES`, `_CREDENTIAL_CALLS`)
    Trigger(r"(?:[ \t]|%20)-(?:[un]|-?user(?:name)?)(?:[ \t=]|%20)[^\n]{0,160}(?:[ \t]|%20)-"
            r"(?:p|-?pass\w*|-?pwd)(?:[ \t=]|%20)"
            r"|sqlplus[ \t]|conn(?:ect)?[ \t]+[\w.$#]+/|user[ \t]+\S{1,64}[ \t]+using[ \t]"
            r"|ldap\w{0,12}[ \t][^\n]{0,200}[ \t]-w[ \t]"
            r"|[ \t]-(?:src|dest|new)?(?:store|key)pass[ \t]"
            r"|rabbitmqctl[ \t][^\n]{0,80}(?:add_user|change_password)[ \t]"
            r"|net[ \t]+use(?:r)?[ \t]"
            r"|htpasswd[ \t]|chpasswd|convertto-securestring[ \t]|@(?:tcp|unix)\("
            r"|[ \t]/[ \t]*\S{4,128}[ \t]+to[ \t]+(?:log|sign)[ \t]*[io]n"
            r"|(?:pass\w*|pwd?)(?:[ \t]+(?:for|to|of|on)[ \t]+[^\n?]{1,30})?[ \t]*\?[ \t]*"
            r"(?:\r?\n|\\n)",
            240, 200, "phrase", caseless=True),
    # talk of AWS or credentials, where a secret access key may stand with no name
    # (`_lone_aws_secrets`; a trigger on runs of base64 as such costs the clean text too much)
    Trigger(r"\b(?:aws|s3|iam|boto3?|minio|amazon|creds|credentials|access[ _\-]?keys?"
            r"|secret[ _\-]?keys?)\b", 80, 160, "aws40", caseless=True),
    Trigger(r"(?:login|logon|bind(?:_s)?|getconnection|pdo|sequelize|_connect|mysqli"
            r"|passwordauthentication|pscredential|usernamepasswordcredentials"
            r"|newstaticcredentials|credentials\.new|aws\.credentials|basicawscredentials"
            r"|basicsessioncredentials|awsbasiccredentials"
            # keys that sign (`_signing_calls`)
            r"|jwt\.(?:sign|encode|verify|decode)|jws\.sign|createhmac|cookieparser|signedstring"
            r"|symmetricsecuritykey|hmac\.new)[ \t]*[(.]"
            # what a secret generator printed
            r"|(?:rails|rake)[ \t]+secret|openssl[ \t]+rand[ \t]|phx\.gen\.secret"
            r"|secrets\.token_(?:hex|urlsafe)\(|/dev/urandom",
            16, 400, "call", caseless=True),
    # base64 of 64 bytes, as an Azure Storage account key, whose name `_storage_keys` reads (led
    # by the literal `==`, which is cheap where a run of base64 as such is not)
    Trigger(r"[A-Za-z0-9+/]{24}==", 160, 8, "storage"),
    # passwords known by the syntax around them (`_PHRASES`)
    Trigger(r"identified[ \t]+by[ \t]+\\?['\"]|sshpass[ \t]|[ \t](?:-p|--password)[ =]"
            r"|--password-stdin|redis-cli[ \t]|(?:^|\n|> )[ \t]*AUTH[ \t]+\S"
            r"|requirepass[ \t]|masterauth[ \t]"
            r"|(?:auth[ \t]*=[ \t]*[(\[]|basicauth[ \t]*\(|credentials?[ \t]*\()[ \t]*\\?['\"]"
            r"|(?:logins?|creds|credentials?|user/pass\w*|username/password)"
            r"(?:[ \t]+(?:is|are|was|were)|[ \t]*[:=])[ \t]+['\"]?[\w.@+\-]{1,64}['\"]?"
            r"(?:[ \t]*/[ \t]*|:)['\"]?\S", 240, 160, "phrase", caseless=True),
    Trigger(r":(?:\d+|\*):[^\s:]+:[^\s:]+:\S", 80, 160, "pgpass"),  # `.pgpass`
    # `user:pass@host:port` or `…@host/path` without a scheme
    Trigger(r"@[a-z0-9.\-]+(?::\d|/)", 200, 64, "userinfo", caseless=True),
    # a Kubernetes Secret: its values are found by `_kubernetes_secrets` over the whole text
    Trigger(r"kind[\"']?[ \t]*:[ \t]*[\"']?Secret", 8, 8, "manifest"),
)
_PREFILTER: Final = Prefilter(TRIGGERS, "\n\x00 \"")
_AWS_RUN_ONLY: Final = {"aws40"}
_LONE_ONLY: Final = {"lone"}


# -- Markdown tables ------------------------------------------------------------------------------

# `| user | password |` over `|---|---|`: the cells of a column whose heading names a secret are
# secrets when they look like one (the same test as `password: …`).
_TABLE_HEADER: Final = re.compile(
    rf"{_LINE_START}[ \t]*(?P<head>\|[^\n]*\|)[ \t]*\r?\n[ \t]*\|(?:[ \t]*:?-{{3,}}:?[ \t]*\|)+"
    r"[ \t]*$"
)
_TABLE_ROW: Final = re.compile(r"\r?\n[ \t]*(?P<row>\|[^\n]*\|)[ \t]*(?=\r?\n|\Z)")
_TABLE_RULE: Final = re.compile(r"\|[ \t]*:?-{3,}")
MAX_TABLE_ROWS: Final = 1000


def _table_cells(text: str) -> Iterator[Leak]:
    for header in _table_headers(text):
        headings = [cell.strip() for cell in header.group("head")[1:-1].split("|")]
        kinds = {index: kind for index, heading in enumerate(headings)
                 if (kind := _secret_key_kind(heading)) is not None}
        if kinds:
            yield from _column_values(text, header.end(), kinds)


def _table_headers(text: str) -> Iterator[re.Match[str]]:
    """`_TABLE_HEADER.finditer(text)`, searched only on the lines just above a rule line (where
    every header ends), not character by character over the whole text."""
    position = 0
    for rule_line_start, rule_line_end in _rule_lines(text):
        header_line_start = text.rfind("\n", 0, rule_line_start - 1) + 1
        header = _TABLE_HEADER.search(text, max(position, header_line_start), rule_line_end)
        if header is not None:
            position = header.end()
            yield header


def _rule_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line holding a `_TABLE_RULE`, its end past its newline (so `$`
    reads the line as the whole text does); in order, each once."""
    if "---" not in text:  # in every rule; a plain search is many times faster than the regex's
        return
    line_end = -1
    for rule in _TABLE_RULE.finditer(text):
        if rule.start() < line_end:
            continue
        line_start = text.rfind("\n", 0, rule.start()) + 1
        newline = text.find("\n", rule.end())
        line_end = len(text) if newline < 0 else newline + 1
        if line_start > 0:  # a header line is above
            yield line_start, line_end


def _column_values(text: str, position: int, kinds: dict[int, str]) -> Iterator[Leak]:
    for _ in range(MAX_TABLE_ROWS):
        row = _TABLE_ROW.match(text, position)
        if row is None:
            return
        position = row.end()
        cell_start = row.start("row") + 1
        for index, cell in enumerate(row.group("row")[1:-1].split("|")):
            kind = kinds.get(index)
            value = cell.strip()
            if kind is not None and value and _value_is_secret(value, kind, value, len(value),
                                                                False):
                start = cell_start + cell.index(value)
                yield Leak(start, start + len(value), kind, SECRET, 0.75)
            cell_start += len(cell) + 1
