"""Named-context recall of the secrets detector, and false redactions on look-alikes in the same
contexts, on a set generated here with a fixed seed.

Secrets whose only tell is their name (AWS secret access keys, Twilio auth tokens, passwords,
API keys and tokens with no provider prefix) are written under many naming conventions (snake,
SCREAMING, camel, Pascal, kebab, dotted) into many formats: dotenv, `export`, YAML, JSON, TOML,
INI, XML, Java properties, docker-compose `environment:`, Kubernetes Secret manifests, Terraform,
CLI flags, code in seven languages, prose, chat and log lines. Look-alikes (digests, commit
hashes, UUIDs, ids, versions, base64 data, public keys, settings about secrets, references and
masked values, vendors' documented example keys) are written into the same formats.

Round 3 (`--round3-only`) adds what a blind set still missed, written independently: passwords
people pick (`Winter2024`, `tr0ub4dor`, three-word passphrases) in chat, mail, logs, code,
CI files and command lines; basic auth and database passwords in more forms (command-line
clients, `sqlplus u/p@db`, Go DSNs, calls taking a user and a password); AWS secret access keys
named oddly or not at all. Its look-alikes: references to a secret kept elsewhere, placeholders,
publishable keys, connection URLs without a password, 40 characters of base64 that a name says
are something else, and the new rules' syntax holding ports, paths, versions and plain words.

Round 4 (`--round4-only`): Azure Storage account keys, AWS secret access keys, Datadog keys,
generic API keys, Twilio auth tokens and passwords under plain, unusual and bare names in
eighteen formats, and in AWS constructors and connection strings; look-alikes are identifiers
(Twilio SIDs, Stripe and Slack ids, git SHAs, digests, UUIDs, object ids), references,
placeholders, JWK moduli and SSH fingerprints in the same formats. Its personal-data part:
Canadian SINs and Dutch BSNs after their names, and, as look-alikes, addresses at reserved
domains, documentation IP ranges and nine bare digits.

A positive counts as found when secret spans cover every character of its value; a look-alike
counts as a false redaction when anything in its document is reported (in round 3, anything
but the one secret it may hold on purpose, an AWS key id).

    PYTHONPATH=src .venv/bin/python bench/bench_secret_contexts.py [--seed N] [--per-cell N]
"""

from __future__ import annotations

import argparse
import base64
import random
import string
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from mcpwarden.detectors.leaks import Leak, luhn_valid
from mcpwarden.detectors.pii import find_pii
from mcpwarden.detectors.secrets import find_secrets

UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
SYMBOLS = "!@#%^*-_+=?."


@dataclass
class Sample:
    family: str  # what the value is: aws_secret, twilio_token, password, api_token, look-alike…
    context: str  # the format it is written in
    style: str  # the naming convention of its name
    text: str
    value: str  # the part that must be covered; empty for look-alikes


# -- names ----------------------------------------------------------------------------------------

# Each name as its words; the style decides how they are joined.
SECRET_NAMES: dict[str, list[list[str]]] = {
    "aws_secret": [["aws", "secret", "access", "key"], ["secret", "access", "key"],
                   ["aws", "secret"], ["aws", "secret", "key"], ["aws", "secret", "access"],
                   ["aws", "sk"], ["s3", "secret", "key"], ["aws", "key", "secret"],
                   ["minio", "secret", "key"], ["aws", "access", "secret"]],
    "twilio_token": [["twilio", "auth", "token"], ["auth", "token"], ["twilio", "auth"],
                     ["twilio", "token"], ["twilio", "secret"], ["account", "auth", "token"],
                     ["sms", "auth", "token"], ["twilio", "auth", "key"]],
    "password": [["password"], ["pwd"], ["passwd"], ["pass"], ["db", "pass"],
                 ["db", "password"], ["mysql", "root", "password"], ["admin", "pwd"],
                 ["smtp", "pass"], ["user", "password"], ["credentials"], ["redis", "passwd"],
                 ["postgres", "password"], ["login", "pass"], ["passphrase"],
                 ["ldap", "bind", "password"]],
    "api_token": [["api", "key"], ["access", "token"], ["client", "secret"], ["auth", "token"],
                  ["secret"], ["token"], ["bearer", "token"], ["app", "secret"],
                  ["private", "token"], ["refresh", "token"], ["webhook", "secret"],
                  ["signing", "key"], ["api", "secret"], ["service", "token"],
                  ["sendgrid", "api", "key"], ["slack", "token"], ["credentials"],
                  ["consumer", "secret"], ["encryption", "key"], ["session", "secret"]],
}

STYLES = ("snake", "screaming", "camel", "pascal", "kebab", "dotted")


def spell(words: list[str], style: str) -> str:
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(words).upper()
    if style == "camel":
        return words[0] + "".join(word.title() for word in words[1:])
    if style == "pascal":
        return "".join(word.title() for word in words)
    if style == "kebab":
        return "-".join(words)
    return ".".join(words)


# -- values ---------------------------------------------------------------------------------------


class Values:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def s(self, alphabet: str, length: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def aws_secret(self) -> str:
        return self.s(ALNUM + "/+", 40)

    def twilio_token(self) -> str:
        return self.s(HEX, 32)

    def password(self) -> str:
        rng = self.rng
        word = rng.choice(("summer", "dragon", "monkey", "orange", "falcon", "winter", "purple",
                           "harbor", "silver", "tiger", "rocket", "marble"))
        shapes = (
            lambda: word.title() + self.s(DIGITS, 4) + rng.choice("!@#%*?"),
            lambda: self.s(ALNUM, 1) + self.s(ALNUM + SYMBOLS, rng.randint(9, 19)),
            lambda: word + rng.choice("_-.") + self.s(LOWER + DIGITS, 6),
            lambda: self.s(LOWER, 3) + self.s(DIGITS, 3) + self.s(UPPER, 3) + self.s(SYMBOLS, 1),
            lambda: self.s(ALNUM, rng.randint(12, 24)),
            lambda: word.title() + rng.choice(("Str0ng", "P4ss", "Adm1n")) + self.s(DIGITS, 2),
        )
        return rng.choice(shapes)()

    def api_token(self) -> str:
        rng = self.rng
        shapes = (
            lambda: self.s(ALNUM, rng.choice((24, 32, 40))),
            lambda: self.s(HEX, rng.choice((32, 40, 64))),
            lambda: base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("="),
            lambda: base64.b64encode(rng.randbytes(rng.choice((24, 33)))).decode(),
            lambda: f"{self.s(ALNUM, 8)}-{self.s(ALNUM, 8)}-{self.s(ALNUM, 8)}",
        )
        return rng.choice(shapes)()

    def of(self, family: str) -> str:
        value: str = getattr(self, family)()
        return value


# -- contexts -------------------------------------------------------------------------------------

# Each context: the styles a name takes there, and a writer (name, value, rng) -> text. `{v}` in a
# writer's result is where the value goes (so the same writers serve look-alikes).
Writer = Callable[[str, random.Random], str]


def _yaml_quote(rng: random.Random) -> str:
    return rng.choice(("", '"', "'"))


def _dotenv(name: str, rng: random.Random) -> str:
    quote = rng.choice(("", '"'))
    return f"# service settings\nAPP_ENV=production\n{name}={quote}{{v}}{quote}\nPORT=8080\n"


def _export(name: str, rng: random.Random) -> str:
    quote = rng.choice(("", '"', "'"))
    return f"#!/bin/sh\nexport REGION=eu-west-1\nexport {name}={quote}{{v}}{quote}\n./run.sh\n"


def _yaml(name: str, rng: random.Random) -> str:
    quote = _yaml_quote(rng)
    return (f"service:\n  name: billing\n  replicas: 3\n  credentials:\n"
            f"    {name}: {quote}{{v}}{quote}\n    region: us-east-1\n")


def _json(name: str, rng: random.Random) -> str:
    return ('{"service": "billing", "config": {"region": "eu-central-1", '
            f'"{name}": "{{v}}", "retries": 3}}}}')


def _toml(name: str, rng: random.Random) -> str:
    return f'[upstream]\nhost = "api.internal"\n{name} = "{{v}}"\ntimeout = 30\n'


def _ini(name: str, rng: random.Random) -> str:
    return f"[database]\nhost = db.internal\nport = 5432\n{name} = {{v}}\n\n[log]\nlevel = info\n"


def _xml(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return (f"<configuration>\n  <appSettings>\n    <add key=\"{name}\" value=\"{{v}}\" />\n"
                "  </appSettings>\n</configuration>")
    return f"<settings>\n  <region>eu-west-1</region>\n  <{name}>{{v}}</{name}>\n</settings>"


def _properties(name: str, rng: random.Random) -> str:
    separator = rng.choice(("=", " = ", ": "))
    return f"spring.application.name=billing\nserver.port=8080\n{name}{separator}{{v}}\n"


def _compose(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return (f"services:\n  app:\n    image: acme/app:1.4\n    environment:\n"
                f"      - {name}={{v}}\n      - LOG_LEVEL=debug\n")
    quote = _yaml_quote(rng)
    return (f"services:\n  app:\n    image: acme/app:1.4\n    environment:\n"
            f"      {name}: {quote}{{v}}{quote}\n      LOG_LEVEL: debug\n")


def _k8s_string_data(name: str, rng: random.Random) -> str:
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\ntype: Opaque\n"
            f"stringData:\n  {name}: {{v}}\n")


def _terraform(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f'provider "acme" {{\n  region = "eu-west-1"\n  {name} = "{{v}}"\n}}\n'
    return f'variable "{name}" {{\n  type    = string\n  default = "{{v}}"\n}}\n'


def _cli(name: str, rng: random.Random) -> str:
    separator = rng.choice(("=", " "))
    return f"$ deploy-tool --region eu-west-1 --{name}{separator}{{v}} --verbose\n"


def _python(name: str, rng: random.Random) -> str:
    quote = rng.choice(('"', "'"))
    if rng.random() < 0.5:
        return f"import client\n\n{name} = {quote}{{v}}{quote}\nconn = client.connect({name})\n"
    return f"settings = dict(\n    region='eu-west-1',\n    {name}={quote}{{v}}{quote},\n)\n"


def _javascript(name: str, rng: random.Random) -> str:
    quote = rng.choice(('"', "'", "`"))
    if rng.random() < 0.5:
        return f"const {name} = {quote}{{v}}{quote};\nmodule.exports = {{ {name} }};\n"
    return f"const config = {{\n  region: 'eu-west-1',\n  {name}: {quote}{{v}}{quote},\n}};\n"


def _go(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f'func main() {{\n\t{name} := "{{v}}"\n\tclient.Init({name})\n}}\n'
    return f'const {name} = "{{v}}"\n'


def _java(name: str, rng: random.Random) -> str:
    return f'public class Config {{\n    private static final String {name} = "{{v}}";\n}}\n'


def _ruby(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{name} = '{{v}}'\nClient.new({name})\n"
    return f"config.{name} = \"{{v}}\"\n"


def _php(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"<?php\n${name} = '{{v}}';\n"
    return f"<?php\ndefine('{name}', '{{v}}');\n"


def _csharp(name: str, rng: random.Random) -> str:
    return f'var {name} = "{{v}}";\nvar client = new ApiClient({name});\n'


def _prose(name: str, rng: random.Random) -> str:
    spoken = name.replace("_", " ").replace("-", " ").replace(".", " ")
    return rng.choice((
        f"For the staging box, the {spoken} is {{v}} (rotate it after the demo).",
        f"Heads up: {spoken}: {{v}}",
        f"I've set the {spoken} to {{v}} on the new server.",
        f"Use this {spoken}: {{v}}",
    ))


def _chat(name: str, rng: random.Random) -> str:
    spoken = name.replace("_", " ").replace("-", " ").replace(".", " ")
    return rng.choice((
        f"[10:42] maria: can you send me the {spoken}?\n[10:43] tom: {spoken} = {{v}}",
        f"@dev-team {spoken} for prod: {{v}} pls don't share",
        f"tom> here you go, {spoken} {{v}}",
    ))


def _log(name: str, rng: random.Random) -> str:
    return rng.choice((
        f"2026-11-21T10:00:01.123Z DEBUG config loaded: region=eu-west-1 {name}={{v}} retries=3",
        f"Nov 21 10:00:01 web1 app[311]: WARN using {name}: {{v}} from environment",
        f'{{"level":"debug","msg":"client init","{name}":"{{v}}"}}',
    ))


CONTEXTS: dict[str, tuple[tuple[str, ...], Writer]] = {
    "dotenv": (("screaming", "snake"), _dotenv),
    "export": (("screaming",), _export),
    "yaml": (("snake", "camel", "kebab"), _yaml),
    "json": (("snake", "camel", "pascal", "kebab"), _json),
    "toml": (("snake", "kebab"), _toml),
    "ini": (("snake", "pascal", "dotted"), _ini),
    "xml": (("camel", "pascal"), _xml),
    "properties": (("dotted", "camel"), _properties),
    "compose": (("screaming",), _compose),
    "k8s_stringdata": (("snake", "kebab", "camel", "dotted"), _k8s_string_data),
    "terraform": (("snake",), _terraform),
    "cli": (("kebab",), _cli),
    "python": (("snake", "screaming"), _python),
    "javascript": (("camel", "screaming"), _javascript),
    "go": (("camel", "pascal"), _go),
    "java": (("screaming", "camel"), _java),
    "ruby": (("snake",), _ruby),
    "php": (("snake", "camel", "screaming"), _php),
    "csharp": (("camel",), _csharp),
    "prose": (("snake",), _prose),
    "chat": (("snake",), _chat),
    "log": (("snake", "camel", "kebab"), _log),
}


def _k8s_data(name: str, value: str) -> tuple[str, str]:
    encoded = base64.b64encode(value.encode()).decode()
    text = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\ntype: Opaque\n"
            f"data:\n  {name}: {encoded}\n  region: {base64.b64encode(b'eu-west-1').decode()}\n")
    return text, encoded


def _mysql_p(value: str) -> str:
    return f"$ mysql -h db.internal -u admin -p{value} billing < dump.sql"


# -- look-alikes ----------------------------------------------------------------------------------


class LookAlikes:
    """Values that look like secrets under names that say they are not (or values that say
    they are no secret themselves)."""

    def __init__(self, values: Values) -> None:
        self.values = values
        self.rng = values.rng

    def pick(self) -> tuple[str, list[str], str]:
        rng, s = self.rng, self.values.s
        b64 = base64.b64encode(rng.randbytes(rng.choice((30, 45, 60)))).decode()
        key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rng.randbytes(32))
        choices: list[tuple[str, list[str], str]] = [
            ("md5", rng.choice((["checksum"], ["md5"], ["content", "md5"], ["file", "hash"],
                                ["etag"], ["digest"])), s(HEX, 32)),
            ("sha1", rng.choice((["commit"], ["sha"], ["git", "sha"], ["revision"],
                                 ["head", "commit"])), s(HEX, 40)),
            ("sha256", rng.choice((["sha256"], ["integrity"], ["image", "digest"])),
             rng.choice(("sha256:", "")) + s(HEX, 64)),
            ("uuid", rng.choice((["id"], ["request", "id"], ["trace", "id"], ["object", "id"],
                                 ["tenant", "id"], ["client", "id"], ["correlation", "id"])),
             str(uuid.UUID(int=rng.getrandbits(128)))),
            ("hex_id", rng.choice((["object", "id"], ["build", "id"], ["instance", "id"])),
             s(HEX, 24)),
            ("version", rng.choice((["version"], ["api", "version"], ["build"])),
             f"{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 99)}"),
            ("base64_data", rng.choice((["data"], ["thumbnail"], ["payload"], ["blob"])), b64),
            ("aws_shaped", rng.choice((["etag"], ["checksum", "sha1"], ["object", "key"])),
             base64.b64encode(rng.randbytes(30)).decode()),
            ("public_key", rng.choice((["public", "key"], ["ssh", "public", "key"],
                                       ["publishable", "key"])),
             rng.choice((f"ssh-ed25519 {key.decode()}",
                         "pk_live_" + s(ALNUM, 24), base64.b64encode(rng.randbytes(65)).decode()))),
            ("token_type", ["token", "type"], rng.choice(("bearer", "Bearer", "mac"))),
            ("password_policy", rng.choice((["password", "min", "length"],
                                            ["password", "max", "age"],
                                            ["password", "expiry", "days"])),
             str(rng.choice((8, 12, 16, 90)))),
            ("reference", rng.choice((["password"], ["api", "key"], ["auth", "token"],
                                      ["aws", "secret", "access", "key"], ["db", "pass"])),
             rng.choice(("${DB_PASSWORD}", "${{ secrets.API_TOKEN }}", "$(cat /run/secrets/pw)",
                         "{{ vault_db_password }}", "%(password)s", "!Ref DbPassword",
                         "${env:TWILIO_AUTH_TOKEN}"))),
            ("masked", rng.choice((["password"], ["token"], ["api", "key"], ["twilio", "auth",
                                                                               "token"])),
             rng.choice(("<redacted>", "***", "********", "[REDACTED]", "<hidden>", "****1234",
                         "•••••••", "<your-token-here>"))),
            ("setting", rng.choice((["token", "expires", "in"], ["max", "tokens"],
                                    ["auth", "method"], ["secret", "name"],
                                    ["password", "reset", "url"], ["token", "endpoint"],
                                    ["session", "timeout"], ["key", "id"])),
             rng.choice(("3600", "4096", "oauth2", "prod-db-creds", "https://id.acme.io/reset",
                         "https://id.acme.io/oauth/token", "30m", "kid-2024-11"))),
            ("docs_example", rng.choice((["aws", "secret", "access", "key"], ["aws", "access",
                                         "key", "id"], ["stripe", "secret", "key"],
                                         ["twilio", "auth", "token"], ["api", "key"],
                                         ["password"])),
             rng.choice(("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE",
                         "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
                         "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
                         "your_auth_token", "YOUR_API_KEY_HERE", "REPLACE_WITH_YOUR_TOKEN",
                         "example-password-123", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                         "0000000000000000000000000000000000000000", "changeme123",
                         "dummy-token-for-tests", "EXAMPLE_SECRET_1234567890abcdef"))),
        ]
        return rng.choice(choices)


# -- building the set -----------------------------------------------------------------------------


def build(seed: int, per_cell: int) -> tuple[list[Sample], list[Sample], list[Sample]]:
    rng = random.Random(seed)
    values = Values(rng)
    look_alikes = LookAlikes(values)
    positives: list[Sample] = []
    negatives: list[Sample] = []
    for family, names in SECRET_NAMES.items():
        for context, (styles, writer) in CONTEXTS.items():
            for _ in range(per_cell):
                style = rng.choice(styles)
                value = values.of(family)
                name = spell(rng.choice(names), style)
                text = writer(name, rng).replace("{v}", value)
                positives.append(Sample(family, context, style, text, value))
        for _ in range(per_cell * 2):
            value = values.of(family)
            name = spell(rng.choice(names), rng.choice(("snake", "kebab", "camel", "dotted")))
            text, encoded = _k8s_data(name, value)
            positives.append(Sample(family, "k8s_data", "any", text, encoded))
    for _ in range(per_cell * 3):
        value = values.password()
        positives.append(Sample("password", "mysql_p", "flag", _mysql_p(value), value))
    for context, (styles, writer) in CONTEXTS.items():
        for _ in range(per_cell * 8):
            family, words, value = look_alikes.pick()
            while context.startswith("k8s") and family not in _NO_SECRET_ANYWHERE:
                family, words, value = look_alikes.pick()  # there any other value is a secret
            style = rng.choice(styles)
            text = writer(spell(words, style), rng).replace("{v}", value)
            negatives.append(Sample(family, context, style, text, ""))
    unnamed = [Sample("aws_secret", "unnamed", "none", text.replace("{v}", value), value)
               for text in _UNNAMED for value in (values.aws_secret() for _ in range(per_cell))]
    return positives, negatives, unnamed


_NO_SECRET_ANYWHERE = frozenset({"reference", "masked", "docs_example"})
_UNNAMED = (
    "2026-11-21 10:00:01 INFO using {v} for uploads",
    "here it is: {v}",
    'creds = ["{v}"]',
)


# -- scoring --------------------------------------------------------------------------------------


def covered(leaks: list[Leak], text: str, value: str) -> bool:
    start = text.find(value)
    if start < 0:
        raise AssertionError(f"value not in text: {value!r}")
    position, end = start, start + len(value)
    for a, b in sorted((leak.start, leak.end) for leak in leaks):
        if a <= position < b:
            position = b
    return position >= end


def table(title: str, counts: dict[str, list[int]], label: str) -> None:
    print(f"\n{title}")
    for key in sorted(counts):
        hits, total = counts[key]
        print(f"  {key:<18} {hits:>5}/{total:<5} {label} {100 * hits / total:6.2f} %")


# -- round 2: passwords, basic auth and generic secrets in the formats tools print -----------------

# (context, family, template): `{v}` is the secret, `{u}` a user name, `{b}` `user:{v}` in base64
# (then the base64 is what must be covered). Families: password, basic_auth, generic_secret.
ROUND2_POSITIVES: tuple[tuple[str, str, str], ...] = (
    ("env_names", "password", "pwd={v}\n"),
    ("env_names", "password", "passwd: {v}\n"),
    ("env_names", "password", "pass = {v}\n"),
    ("env_names", "password", "password1: \"{v}\"\n"),
    ("env_names", "password", "adminPassword: '{v}'\n"),
    ("env_names", "password", "rootPass={v}\n"),
    ("env_names", "password", "DB_PASS={v}\n"),
    ("env_names", "password", "MYSQL_ROOT_PASSWORD={v}\n"),
    ("env_names", "password", "PGPASSWORD={v} psql -h db.internal -U {u} billing\n"),
    ("env_names", "password", "export PGPASSWORD='{v}'\n"),
    ("cli", "password", "$ acmectl login --user {u} --password {v} --region eu\n"),
    ("cli", "password", "$ acmectl login --password='{v}'\n"),
    ("cli", "password", "mysql -u root -p{v} -h db.internal billing\n"),
    ("cli", "password", "sshpass -p '{v}' ssh {u}@10.0.4.17\n"),
    ("cli", "password", "sshpass -p {v} scp backup.tar {u}@nas:/srv/\n"),
    ("cli", "password", "docker login -u {u} -p {v} registry.acme.io\n"),
    ("cli", "password", "echo '{v}' | docker login --username {u} --password-stdin ghcr.io\n"),
    ("cli", "password", "redis-cli -h cache.internal -a {v} ping\n"),
    ("cli", "password", "psql \"host=db user={u} password={v} dbname=app\"\n"),
    ("sql", "password", "CREATE USER '{u}'@'%' IDENTIFIED BY '{v}';\n"),
    ("sql", "password", "ALTER USER {u} IDENTIFIED BY \"{v}\";\n"),
    ("sql", "password", "CREATE USER {u} WITH PASSWORD '{v}';\n"),
    ("sql", "password", "ALTER ROLE {u} WITH LOGIN PASSWORD '{v}' VALID UNTIL 'infinity';\n"),
    ("sql", "password", "GRANT ALL ON app.* TO '{u}'@'localhost' IDENTIFIED BY '{v}';\n"),
    ("sql", "password", "CREATE LOGIN {u} WITH PASSWORD = '{v}';\n"),
    ("files", "password", "machine api.acme.io login {u} password {v}\n"),
    ("files", "password", "machine git.acme.io\n  login {u}\n  password {v}\n"),
    ("files", "password", "db.internal:5432:billing:{u}:{v}\n"),
    ("files", "password", "*:*:*:{u}:{v}\n"),
    ("files", "password", "[client]\nuser={u}\npassword={v}\nhost=db.internal\n"),
    ("files", "password", "define( 'DB_PASSWORD', '{v}' );\n"),
    ("files", "password", "spring.datasource.password={v}\n"),
    ("files", "password", "requirepass {v}\n"),
    ("files", "password", "masterauth {v}\n"),
    ("files", "password", "ansible_password: {v}\n"),
    ("files", "password", "web1 ansible_user={u} ansible_ssh_pass={v}\n"),
    ("files", "password", "ansible_become_pass: \"{v}\"\n"),
    ("conn", "password", "Server=db.acme.io;Database=billing;User Id={u};Password={v};\n"),
    ("conn", "password", "Driver={{ODBC Driver 18}};Server=db;Uid={u};Pwd={v};Encrypt=yes\n"),
    ("conn", "password", "Data Source=db;Initial Catalog=app;User ID={u};Password={v}\n"),
    ("conn", "password", "jdbc:postgresql://db:5432/app?user={u}&password={v}&ssl=true\n"),
    ("conn", "password", "jdbc:mysql://db.internal/app?user={u}&password={v}\n"),
    ("conn", "password", "Host=db;Port=5432;Username={u};Password={v};Database=app\n"),
    ("url", "password", "mongodb+srv://{u}:{v}@cluster0.acme.mongodb.net/app\n"),
    ("url", "password", "amqp://{u}:{v}@rabbit.internal:5672/prod\n"),
    ("url", "password", "redis://:{v}@cache.internal:6379/0\n"),
    ("url", "password", "smtp://{u}:{v}@smtp.acme.io:587\n"),
    ("url", "password", "ftp://{u}:{v}@files.acme.io/pub\n"),
    ("redis", "password", "127.0.0.1:6379> AUTH {v}\nOK\n"),
    ("redis", "password", "AUTH default {v}\n"),
    ("chat", "password", "my password is {v} btw"),
    ("chat", "password", "pw: {v}"),
    ("chat", "password", "the login is {u} / {v}"),
    ("chat", "password", "login: {u} / {v}"),
    ("chat", "password", "creds are {u}:{v}"),
    ("chat", "password", "user {u} pass {v}"),
    ("chat", "password", "wifi password: {v}"),
    ("chat", "password", "the password for the router is {v} (don't share)"),
    ("log", "password", "2026-11-21 10:00:01 WARN login attempt user={u} password={v} ip=10.0.0.3"),
    ("log", "password", "Failed login for user {u} with password '{v}'"),
    ("log", "password", "auth failed: username={u}, password={v}, reason=expired"),
    ("log", "password", '{{"event":"login","user":"{u}","pass":"{v}"}}'),
    ("basic", "basic_auth", "Authorization: Basic {b}\n"),
    ("basic", "basic_auth", "GET /api HTTP/1.1\r\nHost: acme.io\r\nauthorization: basic {b}\r\n"),
    ("basic", "basic_auth", '{{"headers": {{"Authorization": "Basic {b}"}}}}'),
    ("basic", "password", "curl -u {u}:{v} https://api.acme.io/v1/me\n"),
    ("basic", "password", "curl --user {u}:{v} https://api.acme.io/v1/me\n"),
    ("basic", "password", "curl --user={u}:{v} https://api.acme.io\n"),
    ("basic", "password", "requests.get(url, auth=('{u}', '{v}'))\n"),
    ("basic", "password", "r = httpx.get(url, auth=(\"{u}\", \"{v}\"))\n"),
    ("basic", "password", "auth = aiohttp.BasicAuth('{u}', '{v}')\n"),
    ("basic", "password", "req.SetBasicAuth(\"{u}\", \"{v}\")\n"),
    ("basic", "password", "new NetworkCredential(\"{u}\", \"{v}\")\n"),
    ("basic", "password", "HTTPBasicAuth('{u}', '{v}')\n"),
    ("basic", "password", "connect to {u}:{v}@db.internal:5432/app\n"),
    ("basic", "password", "wget --http-user={u} --http-password={v} https://files.acme.io/x\n"),
)
GENERIC_NAMES = ("secret", "client_secret", "app_secret", "signing_key", "encryption_key",
                 "master_key", "shared_secret", "webhook_secret", "hmac_key", "private_token",
                 "session_secret", "cookie_secret", "SECRET_KEY", "JWT_SECRET", "clientSecret",
                 "appSecret", "HMAC_KEY", "webhook-secret", "secret.key", "SIGNING_SECRET")
GENERIC_FORMATS = (
    "{n}={v}\n", "export {n}=\"{v}\"\n", "{n}: {v}\n", "{n}: '{v}'\n", '{{"{n}": "{v}"}}',
    "{n} = \"{v}\"\n", "{n} = '{v}'\n", "<{n}>{v}</{n}>", "--{n}={v}", "{n} := \"{v}\"",
    "settings.{n} = \"{v}\"\n", "the {n} is {v}",
)
# Look-alikes in the same places: settings about secrets, references, masks, hashes (a hash of a
# password is not the password: crypt-format hashes are not reported), form labels, prose.
ROUND2_NEGATIVES: tuple[tuple[str, str], ...] = (
    ("setting", "password_min_length: 12\n"),
    ("setting", "password_policy: strong\n"),
    ("setting", "passwordless: true\n"),
    ("setting", "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']\n"),
    ("setting", "forgot_password_url: https://id.acme.io/forgot\n"),
    ("setting", "secretName: db-creds\n"),
    ("setting", "valueFrom:\n  secretKeyRef:\n    name: db-creds\n    key: password\n"),
    ("setting", "envFrom:\n  - secretRef:\n      name: app-secrets\n"),
    ("setting", "PasswordAuthentication no\nPermitRootLogin no\n"),
    ("setting", "ssh -o PasswordAuthentication=no admin@10.0.0.5\n"),
    ("setting", "passwd:         files systemd\ngroup:          files systemd\n"),
    ("setting", "token_endpoint_auth_method: client_secret_basic\n"),
    ("setting", "client_secret_expires_at: 0\n"),
    ("setting", "auth: basic\n"),
    ("setting", 'WWW-Authenticate: Basic realm="Restricted"\n'),
    ("setting", "password_reset_timeout: 259200\n"),
    ("setting", "secret_rotation_days: 30\n"),
    ("reference", "password: ${DB_PASSWORD}\n"),
    ("reference", "DB_PASS=$(cat /run/secrets/db_pass)\n"),
    ("reference", "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}\n"),
    ("reference", "Server=db;User Id=app;Password={password};\n"),
    ("reference", "requests.get(url, auth=(user, password))\n"),
    ("reference", "req.SetBasicAuth(username, password)\n"),
    ("reference", "echo \"$REGISTRY_PASSWORD\" | docker login -u ci --password-stdin ghcr.io\n"),
    ("reference", "mysql -u root -p -h db.internal\n"),
    ("reference", "sshpass -e ssh admin@10.0.0.5\n"),
    ("reference", "sshpass -f ~/.pw ssh admin@10.0.0.5\n"),
    ("reference", "client_secret: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n"),
    ("reference", "JWT_SECRET=os.environ['JWT_SECRET']\n"),
    ("reference", "SECRET_KEY = env('DJANGO_SECRET_KEY')\n"),
    ("masked", "password: <redacted>\n"),
    ("masked", "password: ********\n"),
    ("masked", "Password=*****;\n"),
    ("masked", "Authorization: Basic <credentials>\n"),
    ("masked", "curl -u admin:**** https://api.acme.io\n"),
    ("masked", "mongodb://app:<password>@cluster0.mongodb.net/app\n"),
    ("masked", "my password is [REDACTED]"),
    ("hash", "password_hash: $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n"),
    ("hash", "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n"),
    ("hash", "admin:$apr1$Kx8f2Hq1$5Tb0p7yXGJqKq8Ue3rm5Q1\n"),
    ("hash", "root:$6$rounds=5000$saltsalt$Qa7pGn3d0kQbM1z0ZQm8n1cHn5mY0zA1n0v.KqYw3hB/"
             ":19000:0:99999:7:::\n"),
    ("form", "Username:\nPassword:\n[ Log in ]\n"),
    ("form", '<label for="password">Password:</label>\n<input type="password" name="password">'),
    ("form", "| Field | Type |\n|---|---|\n| password | string |\n| secret | boolean |\n"),
    ("prose", "I forgot my password again, can you reset it?"),
    ("prose", "the password is required and must be at least 12 characters"),
    ("prose", "my password is too short apparently"),
    ("prose", "the login is broken / down since 10am"),
    ("prose", "pw: see the vault entry"),
    ("prose", "Password authentication failed for user \"app\""),
    ("prose", "the secret is to keep the batches small"),
    ("prose", "Use a strong passphrase for the signing key."),
    ("command", "docker login -u ci -p $CI_REGISTRY_PASSWORD registry.acme.io\n"),
    ("command", "sshpass -p \"$SSH_PASS\" ssh admin@10.0.0.5\n"),
    ("command", "redis-cli -h cache.internal -a \"$REDIS_PASSWORD\" ping\n"),
    ("command", "250-AUTH LOGIN PLAIN CRAM-MD5\n"),
    ("command", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\n"),
    ("command", "AUTH CRAM-MD5\n"),
    ("command", "requests.get(url, auth=('ci', token))\n"),
    ("command", "aiohttp.BasicAuth('login', 'password')\n"),
    ("command", "new NetworkCredential(\"user\", \"<password>\")\n"),
    ("command", "CREATE USER app IDENTIFIED BY '<password>';\n"),
    ("hash", "ALTER USER app IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9'"),
    ("hash", "userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g5HbRy\n"),
    ("command", "ALTER ROLE app WITH PASSWORD NULL;\n"),
    ("command", "requirepass \"\"\n"),
    ("prose", "The file is identified by 'name' and its path."),
    ("prose", "To:alice.smith@acme.io, From:bob.jones@acme.io"),
    ("prose", "Don't pass ignore_subscribe_messages here; pass `Infinity` instead."),
    ("prose", "login: alice / bob for the demo accounts"),
    ("prose", "the login is on the left / top of the page"),
    ("prose", "contact:support24@acme.io or sales:team2025@acme.io"),
    ("prose", "creds are in the vault / ask ops"),
    ("setting", "secret: my-app-secret\n"),
    ("setting", "secretName: prod-db-credentials-v2\n"),
    ("setting", '"auth0": "types-auth0-python",\n'),
    ("setting", "git clone git@github.com:acme/billing.git\n"),
    ("time", "10:42:13.123 worker:3:job:7:done\n"),
    ("time", "2026-11-21 10:42:13 host1:22:sshd:info:accepted\n"),
)
USERS = ("admin", "app", "deploy", "alice", "svc_billing", "root", "bob.smith")
PASS_WORDS = ("correct", "horse", "battery", "staple", "maple", "river", "copper", "lantern",
              "quiet", "orbit", "velvet", "thunder", "pepper", "glacier", "saffron", "ember")


class Round2Values(Values):
    def human_password(self) -> str:
        rng = self.rng
        word = rng.choice(PASS_WORDS)
        shapes = (
            self.password,
            lambda: word + self.s(DIGITS, rng.randint(1, 3)) + rng.choice("!@#$%&*?"),
            lambda: word.title() + rng.choice(PASS_WORDS) + self.s(DIGITS, 2),
            lambda: "hunter" + self.s(DIGITS, 1) + rng.choice(("", "!", "?")) + "x",
            lambda: self.s(LOWER + DIGITS, rng.randint(8, 12)),
            lambda: rng.choice("!@#") + word.title() + self.s(DIGITS, 4),
        )
        return rng.choice(shapes)()

    def generic_secret(self) -> str:
        rng = self.rng
        separator = rng.choice("-_.")
        shapes = (
            lambda: self.s(HEX, rng.choice((32, 48, 64))),
            lambda: base64.b64encode(rng.randbytes(rng.choice((24, 32, 48)))).decode(),
            lambda: base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("="),
            lambda: self.s(ALNUM, rng.randint(20, 50)),
            lambda: separator.join(rng.sample(PASS_WORDS, rng.randint(3, 5))),
            lambda: "django-insecure-" + self.s(LOWER + DIGITS + "!@#$%^&*(-_=+)", 50),
        )
        return rng.choice(shapes)()


def build_round2(seed: int, per_cell: int) -> tuple[list[Sample], list[Sample]]:
    rng = random.Random(seed + 2)
    values = Round2Values(rng)
    positives: list[Sample] = []
    for context, family, template in ROUND2_POSITIVES:
        for _ in range(per_cell):
            value = values.human_password()
            # inside a URL `@#?/:%` would be percent-encoded; quotes would end the string
            banned = "'\"@#?/:%" if "@" in template else "'\""
            while any(char in value for char in banned):
                value = values.human_password()
            user = rng.choice(USERS)
            encoded = base64.b64encode(f"{user}:{value}".encode()).decode()
            text = template.format(v=value, u=user, b=encoded)
            positives.append(Sample(family, context, template.split("{")[0][:14], text,
                                    encoded if family == "basic_auth" else value))
    for name in GENERIC_NAMES:
        for _ in range(per_cell):
            value = values.generic_secret()
            template = rng.choice(GENERIC_FORMATS)
            text = template.format(n=name, v=value)
            positives.append(Sample("generic_secret", "generic", name, text, value))
    negatives = [Sample("look-alike", context, "-", text, "")
                 for context, text in ROUND2_NEGATIVES]
    return positives, negatives


def tally(
    round_number: int, positives: list[Sample], negatives: list[Sample],
    flagged: Callable[[Sample], object] = lambda sample: find_secrets(sample.text),
) -> tuple[list[Sample], list[Sample]]:
    """Print a round's recall per family and context and its false redactions per look-alike
    kind; return the missed positives and the flagged look-alikes."""
    by: dict[str, dict[str, list[int]]] = {axis: defaultdict(lambda: [0, 0])
                                           for axis in ("family", "context")}
    misses = []
    for sample in positives:
        hit = covered(find_secrets(sample.text), sample.text, sample.value)
        for axis in by:
            cell = by[axis][getattr(sample, axis)]
            cell[0] += hit
            cell[1] += 1
        if not hit:
            misses.append(sample)
    false_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_hits = []
    for sample in negatives:
        hit = bool(flagged(sample))
        false_by[sample.context][0] += hit
        false_by[sample.context][1] += 1
        if hit:
            false_hits.append(sample)
    for axis, counts in by.items():
        table(f"round {round_number} recall by {axis}", counts, "found")
    table(f"round {round_number} false redactions by look-alike kind", false_by, "flagged")
    return misses, false_hits


def report_round2(seed: int, per_cell: int, show: int) -> None:
    positives, negatives = build_round2(seed, per_cell)
    misses, false_hits = tally(2, positives, negatives)
    recalled = len(positives) - len(misses)
    print(f"\nround 2: recall {recalled}/{len(positives)} = {100 * recalled / len(positives):.2f} %"
          f"; false redactions {len(false_hits)}/{len(negatives)}"
          f" = {100 * len(false_hits) / len(negatives):.2f} %")
    for sample in misses[:show]:
        print(f"MISS {sample.family}/{sample.context}: {sample.value!r} in {sample.text!r}")
    for sample in false_hits[:show]:
        leaks = find_secrets(sample.text)
        print(f"FALSE {sample.context}: {[sample.text[x.start:x.end] for x in leaks]} "
              f"in {sample.text!r}")


# -- round 3: identifier-like passwords, passphrases, chat, unnamed AWS secrets, basic auth and
# database passwords in more forms; references, placeholders, publishable keys and URLs without
# a password in the same places --------------------------------------------------------------------

# (context, family, template): `{v}` the secret, `{u}` a user, `{b}` base64 of `{u}:{v}` (then the
# base64 must be covered), `{k}` an AWS access key id. Families as the blind set counts them.
ROUND3_POSITIVES: tuple[tuple[str, str, str], ...] = (
    # passwords a person picks, under names and in sentences
    ("named", "password", "PASSWORD={v}\n"),
    ("named", "password", "password: {v}\n"),
    ("named", "password", "  db_password: \"{v}\"\n"),
    ("named", "password", "$Password = \"{v}\"\n"),
    ("named", "password", "$env:ADMIN_PASSWORD = '{v}'\n"),
    ("named", "password", "set SMTP_PASS={v}\n"),
    ("named", "password", "String password = \"{v}\";\n"),
    ("named", "password", "user.Password = \"{v}\"\n"),
    ("named", "password", "<password>{v}</password>\n"),
    ("named", "password", "<entry key=\"ldap.password\">{v}</entry>\n"),
    ("named", "password", "[smtp]\nuser = mailer\npassword = {v}\n"),
    ("named", "password", "login_password = '{v}'  # temporary\n"),
    ("chat", "password", "pw is {v}"),
    ("chat", "password", "PW is {v}"),
    ("chat", "password", "the password is {v}"),
    ("chat", "password", "password was {v} last time I checked"),
    ("chat", "password", "wifi pass is {v}"),
    ("chat", "password", "the new pwd is {v}, please change it on first login"),
    ("chat", "password", "hey, password for the nas: {v}"),
    ("chat", "password", "[09:14] ana: what's the pass?\n[09:15] raj: {v}\n[09:15] ana: thx"),
    ("chat", "password", "Password = {v}"),
    ("chat", "password", "your temporary password is {v}"),
    ("chat", "password", "login {u} password {v}"),
    ("chat", "password", "use {u} / {v} to log in"),
    ("chat", "password", "username: {u}\npassword: {v}"),
    ("mail", "password", "Hi Sam,\n\nYour account is ready.\nUser: {u}\nPassword: {v}\n\nIT"),
    ("mail", "password", "Subject: vpn access\n\nthe passphrase is {v} - keep it safe"),
    ("mail", "password", "Temporary password: {v}\nYou will be asked to change it."),
    ("log", "password", "DEBUG auth: user={u} pass={v} result=ok"),
    ("log", "password", "INFO login ok {{\"username\": \"{u}\", \"password\": \"{v}\"}}"),
    ("code", "password", "conn = ldap.bind_s('cn={u},dc=acme,dc=io', '{v}')\n"),
    ("code", "password", "ConvertTo-SecureString \"{v}\" -AsPlainText -Force\n"),
    ("code", "password", "$cred = New-Object PSCredential('{u}', (ConvertTo-SecureString '{v}'"
                         " -AsPlainText -Force))\n"),
    ("code", "password", "net user {u} {v} /add\n"),
    ("code", "password", "echo '{u}:{v}' | chpasswd\n"),
    ("code", "password", "htpasswd -b -c /etc/nginx/.htpasswd {u} {v}\n"),
    ("code", "password", "smtp.login('{u}', '{v}')\n"),
    ("code", "password", "client.login(\"{u}\", \"{v}\")\n"),
    ("code", "password", "ftp.login(user='{u}', passwd='{v}')\n"),
    ("code", "password", "paramiko_client.connect('10.0.0.5', username='{u}', password='{v}')\n"),
    ("ci", "password", "  env:\n    REGISTRY_PASSWORD: {v}\n"),
    ("ci", "password", "variables:\n  DEPLOY_PASS: \"{v}\"\n"),
    ("ci", "password", "ENV ADMIN_PASSWORD={v}\n"),
    ("ci", "password", "docker run -e POSTGRES_PASSWORD={v} postgres:16\n"),
    ("ci", "password", "--set auth.rootPassword={v}\n"),
    # basic auth
    ("basic", "basic_auth", "curl -H 'Authorization: Basic {b}' https://api.acme.io\n"),
    ("basic", "basic_auth", "Proxy-Authorization: Basic {b}\n"),
    ("basic", "basic_auth", "headers = {{'Authorization': 'Basic {b}'}}\n"),
    ("basic", "basic_auth", "req.Header.Set(\"Authorization\", \"Basic {b}\")\n"),
    ("basic", "basic_auth", "fetch(url, {{ headers: {{ Authorization: `Basic {b}` }} }})\n"),
    ("basic", "basic_auth", "Invoke-RestMethod -Headers @{{Authorization=\"Basic {b}\"}} $u\n"),
    ("basic", "basic_auth", "http.headers.Authorization: Basic {b}\n"),
    ("basic", "basic_auth", "> Authorization: Basic {b}\n< HTTP/1.1 200 OK\n"),
    ("basic", "basic_auth", "BASIC_AUTH={u}:{v}\n"),
    ("basic", "basic_auth", "basic_auth: \"{u}:{v}\"\n"),
    ("basic", "basic_auth", "traefik.http.middlewares.auth.basicauth.users={u}:{v}\n"),
    ("basic", "basic_auth", "curl -u '{u}:{v}' https://api.acme.io\n"),
    ("basic", "basic_auth", "curl --proxy-user {u}:{v} -x proxy:3128 https://acme.io\n"),
    ("basic", "basic_auth", "wget --user={u} --password={v} https://files.acme.io/a.zip\n"),
    ("basic", "basic_auth", "git clone https://{u}:{v}@git.acme.io/team/repo.git\n"),
    ("basic", "basic_auth", "https_proxy=http://{u}:{v}@proxy.acme.io:3128\n"),
    ("basic", "basic_auth", "axios.get(url, {{ auth: {{ username: '{u}', password: '{v}' }} }})\n"),
    ("basic", "basic_auth", "RestClient::Request.execute(url: u, user: '{u}', password: '{v}')\n"),
    ("basic", "basic_auth", "HttpClient.newBuilder().authenticator(new Authenticator() {{ "
                            "return new PasswordAuthentication(\"{u}\", \"{v}\".toCharArray()); "
                            "}})\n"),
    ("basic", "basic_auth", "$ curl https://{u}:{v}@api.acme.io/v2/status\n"),
    # generic secrets under odd names or none
    ("generic", "generic_secret", "APP_KEY=base64:{g}\n"),
    ("generic", "generic_secret", "NEXTAUTH_SECRET={g}\n"),
    ("generic", "generic_secret", "x-api-key: {g}\n"),
    ("generic", "generic_secret", "X-Auth-Token: {g}\n"),
    ("generic", "generic_secret", "Ocp-Apim-Subscription-Key: {g}\n"),
    ("generic", "generic_secret", "GET /v1/items?api_key={g}&page=2 HTTP/1.1\n"),
    ("generic", "generic_secret", "https://api.acme.io/hook?access_token={g}\n"),
    ("generic", "generic_secret", "config.secret_key_base = '{g}'\n"),
    ("generic", "generic_secret", "JWT_SIGNING_KEY: {g}\n"),
    ("generic", "generic_secret", "\"encryptionKey\": \"{g}\",\n"),
    ("generic", "generic_secret", "COOKIE_SECRET='{g}'\n"),
    ("generic", "generic_secret", "apikey {g}\n"),
    ("generic", "generic_secret", "the api key for staging is {g}"),
    ("generic", "generic_secret", "Here's the token: {g}"),
    ("generic", "generic_secret", "hmac secret -> {g}"),
    ("generic", "generic_secret", "ENCRYPTION_PASSPHRASE=\"{p}\"\n"),
    ("generic", "generic_secret", "secret: {p}\n"),
    ("generic", "generic_secret", "recovery passphrase: {p}"),
    # database passwords in connection strings and command lines
    ("db", "database_password", "psql postgresql://{u}:{v}@db.acme.io:5432/billing\n"),
    ("db", "database_password", "engine = create_engine('postgresql+psycopg2://{u}:{v}@db/app')\n"),
    ("db", "database_password", "db, err := sql.Open(\"mysql\", \"{u}:{v}@tcp(db:3306)/app\")\n"),
    ("db", "database_password", "DriverManager.getConnection(url, \"{u}\", \"{v}\");\n"),
    ("db", "database_password", "$conn = mysqli_connect('db.internal', '{u}', '{v}', 'app');\n"),
    ("db", "database_password", "$pdo = new PDO($dsn, '{u}', '{v}');\n"),
    ("db", "database_password", "new Sequelize('app', '{u}', '{v}', {{ dialect: 'postgres' }})\n"),
    ("db", "database_password", "pymysql.connect(host='db', user='{u}', passwd='{v}', db='app')\n"),
    ("db", "database_password", "mysql -u {u} --password={v} app\n"),
    ("db", "database_password", "mysqldump -u{u} -p'{v}' app > app.sql\n"),
    ("db", "database_password", "sqlcmd -S db.acme.io -U {u} -P {v} -Q \"SELECT 1\"\n"),
    ("db", "database_password", "sqlcmd -S tcp:db,1433 -U sa -P '{v}' -d app\n"),
    ("db", "database_password",
     "mongosh \"mongodb://db:27017\" -u {u} -p {v} --authenticationDatabase admin\n"),
    ("db", "database_password", "mongo --username {u} --password {v} db.internal/app\n"),
    ("db", "database_password", "sqlplus {u}/{v}@//db.acme.io:1521/ORCL\n"),
    ("db", "database_password", "SQL> connect {u}/{v}@prod\n"),
    ("db", "database_password", "cqlsh cassandra.internal -u {u} -p {v}\n"),
    ("db", "database_password", "clickhouse-client --host ch --user {u} --password {v}\n"),
    ("db", "database_password", "influx -username {u} -password {v} -host db\n"),
    ("db", "database_password", "beeline -u jdbc:hive2://hive:10000 -n {u} -p {v}\n"),
    ("db", "database_password", "MYSQL_PWD={v} mysql -u {u} app\n"),
    ("db", "database_password", "$env:PGPASSWORD = \"{v}\"; psql -U {u} app\n"),
    ("db", "database_password", "SET PGPASSWORD={v}\n"),
    ("db", "database_password", "pg_dump \"host=db port=5432 user={u} password={v} dbname=app\"\n"),
    ("db", "database_password", "Server=tcp:db.acme.io,1433;Database=app;User ID={u};Pwd={v};\n"),
    ("db", "database_password", "DATABASE_URL=mysql2://{u}:{v}@db.internal/app\n"),
    ("db", "database_password", "spring:\n  datasource:\n    username: {u}\n    password: {v}\n"),
    ("db", "database_password",
     "const pool = new Pool({{ user: '{u}', password: '{v}', host: 'db' }})\n"),
    ("db", "database_password", "connection: {{ host: 'db', user: '{u}', password: '{v}' }}\n"),
    ("db", "database_password", "db2 connect to SAMPLE user {u} using {v}\n"),
    ("db", "database_password", "redis-cli -u redis://{u}:{v}@cache:6379\n"),
    # AWS secret access keys: unnamed, oddly named, next to their id
    ("aws", "aws_secret", "aws_access_key_id = {k}\naws_secret_access_key = {a}\n"),
    ("aws", "aws_secret", "[default]\naws_access_key_id={k}\naws_secret_access_key={a}\n"),
    ("aws", "aws_secret", "AccessKeyId: {k}\nSecretAccessKey: {a}\n"),
    ("aws", "aws_secret", "{{\"AccessKey\": {{\"AccessKeyId\": \"{k}\", "
                          "\"SecretAccessKey\": \"{a}\", \"Status\": \"Active\"}}}}"),
    ("aws", "aws_secret", "key id {k}\nsecret {a}"),
    ("aws", "aws_secret", "here are the creds: {k} / {a}"),
    ("aws", "aws_secret", "User name,Password,Access key ID,Secret access key\nci,,{k},{a}\n"),
    ("aws", "aws_secret", "s3 = boto3.client('s3', '{k}', '{a}')\n"),
    ("aws", "aws_secret", "AWS_ACCESS_KEY={k}\nAWS_SECRET={a}\n"),
    ("aws", "aws_secret", "S3_KEY={k}\nS3_SECRET={a}\n"),
    ("aws", "aws_secret", "aws configure set aws_secret_access_key {a}\n"),
    ("aws", "aws_secret", "credentials:\n  accessKeyId: {k}\n  secretKey: {a}\n"),
    ("aws", "aws_secret", "new BasicAWSCredentials(\"{k}\", \"{a}\")\n"),
    ("aws", "aws_secret", "| access key | secret |\n|---|---|\n| {k} | {a} |\n"),
    ("aws", "aws_secret", "export AWS_SECRET_ACCESS_KEY={a}\n"),
    ("aws", "aws_secret", "aws_secret_access_key: {a}"),
    # with no key id and no name: any 40 characters of base64 (found when `/` or `+` is in them)
    ("aws_unnamed", "aws_secret", "rotated it, the new one is {a}"),
    ("aws_unnamed", "aws_secret", "keys:\n- {a}\n"),
    ("aws_unnamed", "aws_secret", "{a}\n"),
    ("aws_unnamed", "aws_secret", "ok try this: {a}"),
    ("aws_unnamed", "aws_secret", "INFO uploader: using {a} for s3 uploads"),
)
ROUND3_NEGATIVES: tuple[tuple[str, str], ...] = (
    # references to a secret kept elsewhere
    ("env_reference", "password: $DB_PASSWORD\n"),
    ("env_reference", "DB_PASSWORD=${DB_PASSWORD}\n"),
    ("env_reference", "api_key = %API_KEY%\n"),
    ("env_reference", "set TOKEN=%GITHUB_TOKEN%\n"),
    ("env_reference", "const token = process.env.TOKEN;\n"),
    ("env_reference", "const apiKey = process.env[\"STRIPE_SECRET_KEY\"];\n"),
    ("env_reference", "password = os.environ[\"DB_PASSWORD\"]\n"),
    ("env_reference", "secret = os.getenv('APP_SECRET')\n"),
    ("env_reference", "api_key = os.environ.get(\"API_KEY\", \"\")\n"),
    ("env_reference", "secret_key = ENV.fetch(\"SECRET_KEY_BASE\")\n"),
    ("env_reference", "password: ENV['SMTP_PASSWORD']\n"),
    ("env_reference", "token: ${{ secrets.NPM_TOKEN }}\n"),
    ("env_reference", "password: {{ secrets.DB_PASSWORD }}\n"),
    ("env_reference", "password: \"{{ vault_db_password }}\"\n"),
    ("env_reference", "DB_PASS=$(cat /run/secrets/db_pass)\n"),
    ("env_reference", "password: vault:secret/data/db#password\n"),
    ("env_reference", "DB_PASSWORD: ref+awsssm://prod/db/password\n"),
    ("env_reference", "api_key: ref+vault://secret/app#/api_key\n"),
    ("env_reference", "token := os.Getenv(\"API_TOKEN\")\n"),
    ("env_reference", "String password = System.getenv(\"DB_PASSWORD\");\n"),
    ("env_reference", "var secret = Environment.GetEnvironmentVariable(\"CLIENT_SECRET\");\n"),
    ("env_reference", "$password = $env:ADMIN_PASSWORD\n"),
    ("env_reference", "$apiKey = getenv('API_KEY');\n"),
    ("env_reference", "'password' => env('DB_PASSWORD'),\n"),
    ("env_reference", "password = \"${var.db_password}\"\n"),
    ("env_reference", "password = var.db_password\n"),
    ("env_reference",
     "master_password = data.aws_secretsmanager_secret_version.db.secret_string\n"),
    ("env_reference", "token: !Sub '{{resolve:secretsmanager:prod/api:SecretString:token}}'\n"),
    ("env_reference", "password: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\n"),
    ("env_reference", "secret: op://Private/Stripe/credential\n"),
    ("env_reference", "password: azurekeyvault://kv-prod/secrets/db-password\n"),
    ("env_reference", "TOKEN=\"$(gcloud secrets versions access latest --secret=api-token)\"\n"),
    ("env_reference", "export PGPASSWORD=\"$(vault kv get -field=password secret/db)\"\n"),
    ("env_reference", "password: \"{{ lookup('env', 'DB_PASSWORD') }}\"\n"),
    ("env_reference", "sshpass -p \"$SSH_PASSWORD\" ssh deploy@host\n"),
    ("env_reference", "mysql -u root -p\"$MYSQL_ROOT_PASSWORD\" app\n"),
    ("env_reference", "docker login -u ci -p \"${CI_JOB_TOKEN}\" registry.acme.io\n"),
    ("env_reference", "curl -u \"$USER:$API_TOKEN\" https://api.acme.io\n"),
    ("env_reference", "Authorization: Bearer $TOKEN\n"),
    ("env_reference", "-H \"Authorization: Bearer ${ACCESS_TOKEN}\"\n"),
    ("env_reference", "postgres://app:${DB_PASSWORD}@db:5432/app\n"),
    ("env_reference", "mongodb://admin:%MONGO_PASS%@db:27017\n"),
    ("env_reference", "the password is in $VAULT_ADDR under secret/db"),
    ("env_reference", "set the api key via the API_KEY environment variable"),
    ("env_reference", "password: config.get(\"db.password\")\n"),
    ("env_reference", "password: settings.DB_PASSWORD\n"),
    ("env_reference", "secret: Rails.application.credentials.secret_key_base\n"),
    ("env_reference", "api_key = keyring.get_password(\"acme\", \"api\")\n"),
    ("env_reference", "token = await secretClient.getSecret(\"api-token\")\n"),
    ("env_reference", "valueFrom:\n  secretKeyRef:\n    name: db\n    key: password\n"),
    # placeholders and documentation values
    ("dummy_value", "password: changeme\n"),
    ("dummy_value", "DB_PASSWORD=changeme\n"),
    ("dummy_value", "api_key: xxxxxxxx\n"),
    ("dummy_value", "API_KEY=XXXXXXXXXXXXXXXXXXXX\n"),
    ("dummy_value", "password: your-password-here\n"),
    ("dummy_value", "password=<password>\n"),
    ("dummy_value", "token: <YOUR_TOKEN>\n"),
    ("dummy_value", "SECRET_KEY=REPLACE_ME\n"),
    ("dummy_value", "client_secret: replace-me\n"),
    ("dummy_value", "api_key = \"sk_test_...\"\n"),
    ("dummy_value", "STRIPE_SECRET_KEY=sk_test_xxx\n"),
    ("dummy_value", "export OPENAI_API_KEY=\"sk-...\"\n"),
    ("dummy_value", "password: \"\"\n"),
    ("dummy_value", "password: null\n"),
    ("dummy_value", "token: TODO\n"),
    ("dummy_value", "password: ********\n"),
    ("dummy_value", "secret: '...'\n"),
    ("dummy_value", "API_TOKEN=<insert token>\n"),
    ("dummy_value", "password = \"password\"\n"),
    ("dummy_value", "password: secret\n"),
    ("dummy_value", "PASSWORD=example\n"),
    ("dummy_value", "api_key: your_api_key\n"),
    ("dummy_value", "AWS_SECRET_ACCESS_KEY=your-secret-access-key\n"),
    ("dummy_value", "aws_secret_access_key = YOUR_SECRET_KEY\n"),
    ("dummy_value", "token: abc123\n"),
    ("dummy_value", "password: test\n"),
    ("dummy_value", "PASSWORD=foobar\n"),
    ("dummy_value", "password: mypassword\n"),
    ("dummy_value", "password: my-secret-password\n"),
    ("dummy_value", "api_key: my_api_key\n"),
    ("dummy_value", "secret_key = 'some-secret-key'\n"),
    ("dummy_value", "token = \"insert-token-here\"\n"),
    ("dummy_value", "client_secret=<client-secret>\n"),
    ("dummy_value", "curl -u username:password https://api.example.com\n"),
    ("dummy_value", "postgres://user:password@localhost:5432/db\n"),
    ("dummy_value", "mysql -u root -p<password> app\n"),
    ("dummy_value", "Authorization: Bearer <token>\n"),
    ("dummy_value", "Authorization: Basic <base64(user:pass)>\n"),
    ("dummy_value", "password: '{{password}}'\n"),
    ("dummy_value", "password: ${PASSWORD:-changeme}\n"),
    ("dummy_value", "the default password is changeme"),
    ("dummy_value", "Set `password` to a strong value, e.g. `<your-strong-password>`."),
    # publishable keys are public by design
    ("stripe_publishable", "STRIPE_PUBLISHABLE_KEY=pk_live_{s24}\n"),
    ("stripe_publishable", "NEXT_PUBLIC_STRIPE_KEY=pk_live_{s24}\n"),
    ("stripe_publishable", "stripe_key: pk_test_{s24}\n"),
    ("stripe_publishable", "const stripe = Stripe('pk_live_{s24}');\n"),
    ("stripe_publishable", "api_key: pk_live_{s24}\n"),
    ("stripe_publishable", "\"publishableKey\": \"pk_test_{s24}\"\n"),
    ("stripe_publishable", "key=pk_live_{s24}\n"),
    ("stripe_publishable", "STRIPE_PK=pk_live_{s24}\n"),
    ("stripe_publishable", "<script>var stripe = Stripe(\"pk_test_{s24}\");</script>\n"),
    ("stripe_publishable", "stripe.api_key = 'pk_live_{s24}'\n"),
    ("stripe_publishable", "The publishable key is pk_live_{s24}."),
    # connection URLs without a password
    ("db_url_without_password", "postgres://app@db.internal/billing\n"),
    ("db_url_without_password", "DATABASE_URL=postgresql://app@db:5432/app?sslmode=require\n"),
    ("db_url_without_password", "mysql://db.internal:3306/app\n"),
    ("db_url_without_password", "mongodb://db1:27017,db2:27017/app?replicaSet=rs0\n"),
    ("db_url_without_password", "redis://cache.internal:6379/0\n"),
    ("db_url_without_password", "jdbc:postgresql://db:5432/app?user=app&ssl=true\n"),
    ("db_url_without_password", "psql -h db -U app -d billing\n"),
    ("db_url_without_password", "mysql -h db -u root -p app\n"),
    ("db_url_without_password", "Server=db;Database=app;Trusted_Connection=True;\n"),
    ("db_url_without_password",
     "Host=db;Port=5432;Username=app;Database=app;Integrated Security=true\n"),
    ("db_url_without_password", "postgresql://app:@db/app\n"),
    ("db_url_without_password", "sqlplus /nolog\n"),
    ("db_url_without_password", "sqlplus app@//db:1521/ORCL\n"),
    ("db_url_without_password", "sqlcmd -S db -E -Q \"SELECT 1\"\n"),
    ("db_url_without_password",
     "mongosh \"mongodb+srv://cluster0.acme.mongodb.net/app\" --username app\n"),
    ("db_url_without_password", "amqp://rabbit.internal:5672/%2F\n"),
    ("db_url_without_password", "sql.Open(\"mysql\", \"app@tcp(db:3306)/app\")\n"),
    ("db_url_without_password", "DriverManager.getConnection(url, user, password);\n"),
    ("db_url_without_password", "mysqli_connect($host, $user, $pass, $db);\n"),
    ("db_url_without_password", "new PDO($dsn, $user, $password);\n"),
    # the syntax of the new rules, holding no password: ports, uid:gid, paths, versions, words
    ("syntax_lookalike", "docker run -u 1000:1000 -p 8080:80 nginx\n"),
    ("syntax_lookalike", "psql -U app -p 5432 -h db\n"),
    ("syntax_lookalike", "ssh -l deploy -p 2222 bastion.acme.io\n"),
    ("syntax_lookalike", "mysqldump -u root -p --all-databases > all.sql\n"),
    ("syntax_lookalike", "mysql -u root -p billing_prod\n"),
    ("syntax_lookalike", "kubectl -n prod patch deploy api -p '{\"spec\":{}}'\n"),
    ("syntax_lookalike", "git log -n 5 -p\n"),
    ("syntax_lookalike", "python -u train.py -p config/v2.yaml\n"),
    ("syntax_lookalike", "gunicorn -u www-data -p /var/run/app1.pid app:wsgi\n"),
    ("syntax_lookalike", "pg_dump -U app -n public -p 5433 app\n"),
    ("syntax_lookalike", "zip -u archive.zip -p files/*.txt\n"),
    ("syntax_lookalike", "sqlplus / as sysdba\n"),
    ("syntax_lookalike", "sqlplus app@//db:1521/ORCL\n"),
    ("syntax_lookalike", "log in as the user alice using Chrome"),
    ("syntax_lookalike", "the user bob using v2.0.1"),
    ("syntax_lookalike", "net user alice /domain\n"),
    ("syntax_lookalike", "echo \"$USER:$PASS\" | chpasswd\n"),
    ("syntax_lookalike", "sock.bind(('0.0.0.0', 8080))\n"),
    ("syntax_lookalike", "socket.bind(\"0.0.0.0\", \"8080\")\n"),
    ("syntax_lookalike", "$('#x').bind('click', 'handler')\n"),
    ("syntax_lookalike", "i18n.bind('en', 'messages_v2')\n"),
    ("syntax_lookalike", "fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, db)\n"),
    ("syntax_lookalike", "use Google / GitHub to sign in"),
    ("syntax_lookalike", "use SSO / YubiKey to log in"),
    ("syntax_lookalike", "did it pass?\nbob: v2.3.1"),
    ("syntax_lookalike", "did the tests pass?\nyes: LGTM2024"),
    ("syntax_lookalike", "what's the password policy?\nops: min12chars"),
    ("syntax_lookalike", "secret: keep batches small\n"),
    ("syntax_lookalike", "password: reset every quarter\n"),
    ("syntax_lookalike", "BASIC_AUTH=enabled:true\n"),
    ("syntax_lookalike", "the password is GitHub"),
    ("syntax_lookalike", "your password is NotValid"),
    ("syntax_lookalike", "the pass is LoadBalancer"),
    ("syntax_lookalike", "secret: github-actions-runner\n"),
    ("syntax_lookalike", "secretName: prod-db-credentials\n"),
    ("syntax_lookalike", "token: access-refresh-rotation\n"),
    ("syntax_lookalike", "session.login(\"demo\", \"demo\")\n"),
    ("syntax_lookalike", "smtp.login('apikey', os.environ['SENDGRID'])\n"),
    ("syntax_lookalike", "new PDO('sqlite:/tmp/db.sqlite3');\n"),
    ("syntax_lookalike", "htpasswd -c /etc/nginx/.htpasswd admin\n"),
    ("syntax_lookalike", "htpasswd -bn admin $PW\n"),
    ("syntax_lookalike", "sqlcmd -S db -U sa -P $(cat /run/secrets/sa)\n"),
    ("syntax_lookalike", "mongo -u admin -p --authenticationDatabase admin\n"),
    ("syntax_lookalike", "<label for=\"password\">Passwort1</label>\n"),
    ("syntax_lookalike", "the secret is to keep-it-simple"),
    ("syntax_lookalike", "hmac secret -> see vault\n"),
    ("syntax_lookalike", "pw is too weak, pick another"),
    # 40 characters of base64 (30 random bytes) that something names as no secret
    ("base64_40", "etag: {b40}\n"),
    ("base64_40", "the digest is {b40}"),
    ("base64_40", "nonce={b40}\n"),
    ("base64_40", "upload id: {b40}\n"),
    ("base64_40", "x-amz-request-id: {b40}\n"),
    ("base64_40", "\"thumbnail\": \"{b40}\",\n"),
    ("base64_40", "integrity=\"sha1-{b40}\"\n"),
    ("base64_40", "Signature: {b40}\n"),
    ("base64_40", "<Checksum>{b40}</Checksum>\n"),
    ("base64_40", "const contentHash = '{b40}';\n"),
    # look-alikes near an AWS key id, and sentences that name passwords
    ("aws_context", "aws_access_key_id = {k}\nregion = eu-west-1\n"
                    "commit 3f9c2d1e4b5a69788f7e6d5c4b3a29181716a5b4\n"),
    ("aws_context", "AccessKeyId: {k}\nSecretAccessKey: ${{AWS_SECRET}}\n"),
    ("prose_password", "pw is too short, try again"),
    ("prose_password", "the password was changed yesterday"),
    ("prose_password", "password is required"),
    ("prose_password", "my pass is expiring tomorrow"),
    ("prose_password", "the password is stored in 1Password under 'prod db'"),
    ("prose_password", "password was reset by the helpdesk"),
    ("prose_password", "Password: Must contain 12 characters"),
    ("prose_password", "the password is the same as before"),
    ("prose_password", "Password: (leave blank to keep the current one)"),
    ("prose_password", "pass the token to the next step"),
    ("prose_password", "password is incorrect"),
    ("prose_password", "The password is hashed with bcrypt before it is stored."),
    ("prose_password", "your password is weak"),
    ("prose_password", "the pwd is /home/app"),
    ("prose_password", "password: see 1password"),
    ("prose_password", "password = get_password()\n"),
    ("prose_password", "password = input('Password: ')\n"),
    ("prose_password", "password = getpass.getpass()\n"),
    ("prose_password", "if password == confirm_password:\n"),
    ("prose_password", "user.password = hash_password(raw_password)\n"),
    ("prose_password", "password: string;\n"),
    ("prose_password", "password: str = Field(..., min_length=12)\n"),
    ("prose_password", "def login(username: str, password: str) -> bool:\n"),
    ("prose_password", "smtp.login(user, password)\n"),
    ("prose_password", "client.login(username, password)\n"),
    ("prose_password", "ConvertTo-SecureString $plain -AsPlainText -Force\n"),
    ("prose_password", "net user administrator /active:yes\n"),
    ("prose_password", "htpasswd -c /etc/nginx/.htpasswd admin\n"),
    ("prose_password", "DriverManager.getConnection(\"jdbc:h2:mem:test\", \"sa\", \"\");\n"),
    ("prose_password", "headers = {'Authorization': 'Basic ' + encoded}\n"),
    ("prose_password", "Winter2024 release notes: faster sync, new themes"),
    ("prose_password", "Welcome back! Your session expires in 30 minutes."),
)


class Round3Values(Round2Values):
    def identifier_password(self) -> str:
        rng = self.rng
        word = rng.choice((*PASS_WORDS, "winter", "summer", "autumn", "spring", "bluefish",
                           "sunshine", "dragon", "football", "monkey"))
        leet = word.translate(str.maketrans("aeios", "43105"))
        shapes = (
            lambda: word.title() + str(rng.randint(2015, 2027)),
            lambda: word.title() + str(rng.randint(2015, 2027)) + rng.choice("!#$"),
            lambda: word + str(rng.randint(1, 999)),
            lambda: leet,
            lambda: leet + str(rng.randint(1, 99)),
            lambda: rng.choice(PASS_WORDS) + rng.choice(PASS_WORDS) + str(rng.randint(1, 99)),
            lambda: word.title() + rng.choice(PASS_WORDS).title(),
            self.human_password,
        )
        value = ""
        while len(value) < 6:
            value = rng.choice(shapes)()
        return value

    def passphrase3(self) -> str:
        words = self.rng.sample(PASS_WORDS, 3)
        separator = self.rng.choice(("-", ".", " ", "_"))
        return separator.join(words)

    def aws(self) -> str:
        return self.s(ALNUM + "/+", 40)

    def access_key_id(self) -> str:
        return "AKIA" + self.s(UPPER + DIGITS, 16)


def build_round3(seed: int, per_cell: int) -> tuple[list[Sample], list[Sample]]:
    rng = random.Random(seed + 3)
    values = Round3Values(rng)
    positives: list[Sample] = []
    for context, family, template in ROUND3_POSITIVES:
        for _ in range(per_cell):
            value = values.identifier_password() if rng.random() < 0.8 else values.passphrase3()
            if "{v}" in template and " " in value and "{v}'" not in template \
                    and "'{v}" not in template and '"{v}"' not in template:
                value = value.replace(" ", "-")
            banned = "'\"@#?/:%&;,\\`" if "@" in template or ";" in template else "'\"\\`"
            while any(char in value for char in banned):
                value = values.identifier_password()
            user = rng.choice(USERS)
            generic = values.generic_secret()
            while " " in generic or "(" in generic:
                generic = values.generic_secret()
            texts = {"v": value, "u": user, "g": generic, "p": values.passphrase3(),
                     "b": base64.b64encode(f"{user}:{value}".encode()).decode(),
                     "k": values.access_key_id(), "a": values.aws()}
            text = template.format(**texts)
            must = texts["b"] if "{b}" in template else texts["a"] if "{a}" in template \
                else texts["g"] if "{g}" in template else texts["p"] if "{p}" in template \
                else value
            positives.append(Sample(family, context, template.split("{")[0][:14], text, must))
    negatives = []
    for context, template in ROUND3_NEGATIVES:
        for _ in range(max(1, per_cell // 4)):
            key_id = values.access_key_id()  # itself a secret: the only thing to report there
            blob = base64.b64encode(rng.randbytes(30)).decode()
            text = template.replace("{s24}", values.s(ALNUM, 24)).replace("{k}", key_id).replace(
                "{b40}", blob)
            negatives.append(Sample("look-alike", context, "-", text,
                                    key_id if "{k}" in template else ""))
    return positives, negatives


def falsely_flagged(sample: Sample) -> list[Leak]:
    """What is reported in a look-alike beyond the one secret it may hold (`sample.value`)."""
    allowed = sample.text.find(sample.value) if sample.value else -1
    return [leak for leak in find_secrets(sample.text)
            if (leak.start, leak.end) != (allowed, allowed + len(sample.value))]


def report_round3(seed: int, per_cell: int, show: int) -> tuple[float, float]:
    positives, negatives = build_round3(seed, per_cell)
    misses, false_hits = tally(3, positives, negatives, falsely_flagged)
    recall = 100 * (len(positives) - len(misses)) / len(positives)
    false_rate = 100 * len(false_hits) / len(negatives)
    print(f"\nround 3: recall {len(positives) - len(misses)}/{len(positives)} = {recall:.2f} %"
          f"; false redactions {len(false_hits)}/{len(negatives)} = {false_rate:.2f} %")
    for sample in misses[:show]:
        print(f"MISS {sample.family}/{sample.context}: {sample.value!r} in {sample.text!r}")
    seen: set[str] = set()
    for sample in false_hits:
        if len(seen) >= show or sample.text in seen:
            continue
        seen.add(sample.text)
        leaks = falsely_flagged(sample)
        print(f"FALSE {sample.context}: {[sample.text[x.start:x.end] for x in leaks]} "
              f"in {sample.text!r}")
    return recall, false_rate


# -- round 4: identifiers vs secrets, more names and forms, national ids, reserved values ---------

# Written from the providers' documented formats, not from any blind text: each family's names
# (plain, unusual, bare) are written into each format, with values drawn fresh per sample.
ROUND4_NAMES: dict[str, tuple[str, ...]] = {
    "azure_storage_key": ("AZURE_STORAGE_KEY", "storage_account_key", "storageKey", "key1",
                          "AZURE_STORAGE_ACCESS_KEY", "primaryKey", "storage", "account_key"),
    "aws_secret_access_key": ("aws_secret", "secretAccessKey", "AWS_SECRET", "aws_secret_key",
                              "aws-secret-access-key", "s3_secret", "SecretKey", "awsSecret"),
    "datadog_api_key": ("DD_API_KEY", "DD_APP_KEY", "datadog_api_key", "dd_api_key",
                        "DATADOG_APP_KEY", "datadogApiKey", "DD-API-KEY"),
    "generic_api_key": ("api_key", "apiKey", "x-api-key", "access_key", "client_key", "app_key",
                        "license_key", "service_key", "key"),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "auth_token", "twilioAuthToken", "twilio_secret",
                          "authToken"),
    "password_in_config": ("password", "db_password", "DB_PASS", "spring.datasource.password",
                           "passwd", "adminPassword"),
}
# format → writer of `name`/`{v}` (the value goes where `{v}` stands)
ROUND4_FORMATS: dict[str, Callable[[str], str]] = {
    "dotenv": lambda n: f"{n}={{v}}\n",
    "shell": lambda n: f"export {n}='{{v}}'\n",
    "yaml": lambda n: f"service:\n  {n}: \"{{v}}\"\n",
    "json": lambda n: f'{{"{n}": "{{v}}", "region": "eu-west-1"}}',
    "toml": lambda n: f'[auth]\n{n} = "{{v}}"\n',
    "ini": lambda n: f"[default]\n{n} = {{v}}\n",
    "properties": lambda n: f"{n.replace('_', '.').lower()}={{v}}\n",
    "xml": lambda n: f'<add key="{n}" value="{{v}}" />',
    "compose": lambda n: f"services:\n  app:\n    environment:\n      - {n}={{v}}\n",
    "k8s": lambda n: f"env:\n  - name: {n}\n    value: \"{{v}}\"\n",
    "cli": lambda n: f"tool deploy --{n.replace('_', '-').lower()} {{v}} --region eu\n",
    "cli_eq": lambda n: f"tool deploy --{n.replace('_', '-').lower()}={{v}}\n",
    "python": lambda n: f'{n.replace("-", "_").replace(".", "_")} = "{{v}}"\n',
    "js": lambda n: f"const config = {{ {n.replace('-', '_').replace('.', '_')}: '{{v}}' }};\n",
    "go": lambda n: f'{n.replace("-", "_").replace(".", "_")} := "{{v}}"\n',
    "ruby": lambda n: f"{n.replace('-', '_').replace('.', '_').lower()} = '{{v}}'\n",
    "actions": lambda n: f"    env:\n      {n.replace('-', '_').upper()}: {{v}}\n",
    "header": lambda n: f"curl -H '{n}: {{v}}' https://api.internal/v1\n",
}


class Round4Values(Values):
    def azure_storage_key(self) -> str:
        return base64.b64encode(self.rng.randbytes(64)).decode()

    def aws_secret_access_key(self) -> str:
        while True:
            value = self.s(ALNUM + "/+", 40)
            if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
                return value

    def datadog_api_key(self) -> str:
        return self.s(HEX, self.rng.choice((32, 40)))

    def generic_api_key(self) -> str:
        return self.s(UPPER, 2) + self.s(DIGITS, 2) + self.s(ALNUM, self.rng.choice((28, 36)))

    def twilio_auth_token(self) -> str:
        return self.s(HEX, 32)

    def password_in_config(self) -> str:
        return self.password().replace("'", "!").replace('"', "?")


# The constructor forms of AWS credentials, and the connection string of Azure Storage.
ROUND4_CALLS: tuple[tuple[str, str], ...] = (
    ("aws_secret_access_key", 'creds := credentials.NewStaticCredentials("{k}", "{v}", "")\n'),
    ("aws_secret_access_key", "Aws::Credentials.new('{k}', '{v}')\n"),
    ("aws_secret_access_key", "const c = new AWS.Credentials(keyId, '{v}');\n"),
    ("aws_secret_access_key", 'new BasicAWSCredentials("{k}", "{v}");\n'),
    ("aws_secret_access_key", "[prod]\naws_access_key_id = {k}\naws_secret_access_key = {v}\n"),
    ("azure_storage_key", "DefaultEndpointsProtocol=https;AccountName=st{n};AccountKey={v};"
                          "EndpointSuffix=core.windows.net"),
    ("twilio_auth_token", "account AC{h} / {v}\n"),
)

# Look-alikes: identifiers that sit under the same names and formats, and what else is long and
# random-looking there (digests, UUIDs, references, placeholders, public key parts).
ROUND4_LOOKALIKES: dict[str, tuple[tuple[str, ...], Callable[[Round4Values], str]]] = {
    "twilio_account_sid": (("TWILIO_ACCOUNT_SID", "account_sid", "twilioSid", "sid"),
                           lambda v: "AC" + v.s(HEX, 32)),
    "stripe_object_id": (("customer", "payment_intent", "charge_id", "stripe_customer"),
                         lambda v: v.rng.choice(("cus_", "pi_", "ch_", "sub_", "in_"))
                         + v.s(ALNUM, v.rng.choice((14, 24)))),
    "slack_id": (("slack_user", "channel", "team_id", "owner"),
                 lambda v: v.rng.choice("UCT") + v.s(DIGITS, 2) + v.s(UPPER + DIGITS, 6)),
    "git_sha": (("commit", "sha", "revision", "GIT_SHA"), lambda v: v.s(HEX, 40)),
    "sha256": (("digest", "checksum", "sha256"), lambda v: "sha256:" + v.s(HEX, 64)),
    "uuid": (("request_id", "id", "correlation_id"), lambda v: str(uuid.UUID(int=v.rng.getrandbits(
        128)))),
    "placeholder": (("api_key", "DD_API_KEY", "password"),
                    lambda v: v.rng.choice(("<your-api-key>", "changeme", "xxxxxxxxxxxxxxxx",
                                            "YOUR_API_KEY_HERE", "REPLACE_ME"))),
    "env_reference": (("api_key", "DD_API_KEY", "AWS_SECRET"),
                      lambda v: v.rng.choice(("${API_KEY}", "$(DD_API_KEY)", "%AWS_SECRET%",
                                              "${{ secrets.DD_API_KEY }}"))),
    "jwk_modulus": (("n", "modulus"), lambda v: base64.urlsafe_b64encode(
        v.rng.randbytes(256)).decode().rstrip("=")),
    "ssh_fingerprint": (("fingerprint", "host_key_fingerprint"),
                        lambda v: "SHA256:" + base64.b64encode(v.rng.randbytes(32)).decode()
                        .rstrip("=")),
    "object_id": (("_id", "object_id", "objectId"), lambda v: v.s(HEX, 24)),
}


def build_round4(seed: int, per_cell: int) -> tuple[list[Sample], list[Sample]]:
    rng = random.Random(seed + 4)
    values = Round4Values(rng)
    positives: list[Sample] = []
    for family, names in ROUND4_NAMES.items():
        for context, writer in ROUND4_FORMATS.items():
            for _ in range(max(1, per_cell // 4)):
                value = values.of(family)
                text = writer(rng.choice(names)).replace("{v}", value)
                positives.append(Sample(family, context, "-", text, value))
    for family, template in ROUND4_CALLS:
        for _ in range(per_cell):
            value = values.of(family)
            text = template.format(v=value, k="AKIA" + values.s(UPPER + DIGITS, 16),
                                   n=values.s(LOWER, 6), h=values.s(HEX, 32))
            positives.append(Sample(family, "call", "-", text, value))
    negatives: list[Sample] = []
    for kind, (names, make) in ROUND4_LOOKALIKES.items():
        for context, writer in ROUND4_FORMATS.items():
            for _ in range(max(1, per_cell // 6)):
                text = writer(rng.choice(names)).replace("{v}", make(values))
                negatives.append(Sample("look-alike", kind, context, text, ""))
    return positives, negatives


# Personal data: national ids after their name, and reserved values that are nobody's.
def _luhn_nine(rng: random.Random) -> str:
    while True:
        digits = "".join(rng.choice(DIGITS) for _ in range(9))
        if digits[0] != "0" and luhn_valid(digits):
            return digits


def _bsn(rng: random.Random) -> str:
    while True:
        digits = "".join(rng.choice(DIGITS) for _ in range(9))
        weights = zip(digits[:8], range(9, 1, -1), strict=True)
        if digits[0] != "0" and (sum(int(d) * w for d, w in weights) - int(digits[8])) % 11 == 0:
            return digits


def _grouped(rng: random.Random, digits: str) -> str:
    separator = rng.choice(("", " ", "-"))
    return separator.join((digits[:3], digits[3:6], digits[6:]))


ROUND4_PII_POSITIVES: tuple[tuple[str, str], ...] = (
    ("ca_sin", "SIN: {v}"), ("ca_sin", "Social Insurance Number {v}"), ("ca_sin", '"sin": "{v}"'),
    ("ca_sin", "employee SIN is {v}."), ("ca_sin", "numéro d'assurance sociale : {v}"),
    ("ca_sin", "NAS {v}"), ("ca_sin", "social_insurance_number={v}"),
    ("nl_bsn", "BSN: {v}"), ("nl_bsn", "burgerservicenummer {v}"), ("nl_bsn", '"bsn": "{v}"'),
    ("nl_bsn", "Uw BSN is {v}."), ("nl_bsn", "sofinummer: {v}"), ("nl_bsn", "bsn={v}"),
)
ROUND4_PII_NEGATIVES: tuple[tuple[str, str], ...] = (
    ("example_address", "contact {u}@example.com for access"),
    ("example_address", "From: {u}@mail.example.org"), ("example_address", "To: {u}@example.net"),
    ("example_address", "reply-to {u}@shop.example"), ("example_address", "ci bot {u}@runner.test"),
    ("example_address", "bounce {u}@nowhere.invalid"), ("example_address", "{u}@box.localhost"),
    ("documentation_ip", "client 192.0.2.{o} connected"),
    ("documentation_ip", "peer 198.51.100.{o}"),
    ("documentation_ip", "GET / from 203.0.113.{o}"), ("documentation_ip", "v6 2001:db8::{o}:1"),
    ("bare_nine_digits", "order {n} shipped"), ("bare_nine_digits", "invoice no. {n}"),
)


def report_round4_pii(seed: int, per_cell: int, show: int) -> tuple[float, float]:
    rng = random.Random(seed + 40)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for kind, template in ROUND4_PII_POSITIVES:
        for _ in range(per_cell):
            digits = _luhn_nine(rng) if kind == "ca_sin" else _bsn(rng)
            value = _grouped(rng, digits)
            text = template.format(v=value)
            hit = any(leak.kind == kind and text[leak.start:leak.end] == value
                      for leak in find_pii(text))
            counts[kind][0] += hit
            counts[kind][1] += 1
            if not hit:
                misses.append(text)
    false_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    flagged_texts: list[str] = []
    for kind, template in ROUND4_PII_NEGATIVES:
        for _ in range(per_cell):
            text = template.format(u=rng.choice(USERS), o=rng.randint(1, 254),
                                   n=_luhn_nine(rng))
            flagged = bool(find_pii(text))
            false_by[kind][0] += flagged
            false_by[kind][1] += 1
            if flagged:
                flagged_texts.append(text)
    table("round 4 personal data recall by kind", counts, "found")
    table("round 4 personal data false reports by look-alike kind", false_by, "flagged")
    found = sum(hits for hits, _ in counts.values())
    total = sum(n for _, n in counts.values())
    false = sum(hits for hits, _ in false_by.values())
    total_false = sum(n for _, n in false_by.values())
    print(f"\nround 4 personal data: recall {found}/{total} = {100 * found / total:.2f} %; "
          f"false reports {false}/{total_false} = {100 * false / total_false:.2f} %")
    for text in misses[:show]:
        print(f"MISS {text!r}")
    for text in flagged_texts[:show]:
        print(f"FALSE {text!r}")
    return 100 * found / total, 100 * false / total_false


def report_round4(seed: int, per_cell: int, show: int) -> tuple[float, float]:
    positives, negatives = build_round4(seed, per_cell)
    misses, false_hits = tally(4, positives, negatives)
    recall = 100 * (len(positives) - len(misses)) / len(positives)
    false_rate = 100 * len(false_hits) / len(negatives)
    print(f"\nround 4: recall {len(positives) - len(misses)}/{len(positives)} = {recall:.2f} %"
          f"; false redactions {len(false_hits)}/{len(negatives)} = {false_rate:.2f} %")
    for sample in misses[:show]:
        print(f"MISS {sample.family}/{sample.context}: {sample.value!r} in {sample.text!r}")
    for sample in false_hits[:show]:
        leaks = find_secrets(sample.text)
        print(f"FALSE {sample.context}/{sample.style}: "
              f"{[sample.text[x.start:x.end] for x in leaks]} in {sample.text!r}")
    return recall, false_rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--per-cell", type=int, default=12)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--round2-only", action="store_true")
    parser.add_argument("--round3-only", action="store_true")
    parser.add_argument("--round4-only", action="store_true")
    args = parser.parse_args()
    if args.round4_only:
        report_round4(args.seed, args.per_cell, args.show_misses)
        report_round4_pii(args.seed, args.per_cell, args.show_misses)
        return
    if args.round2_only:
        report_round2(args.seed, args.per_cell, args.show_misses)
        return
    if args.round3_only:
        report_round3(args.seed, args.per_cell, args.show_misses)
        return
    positives, negatives, unnamed = build(args.seed, args.per_cell)
    by: dict[str, dict[str, list[int]]] = {axis: defaultdict(lambda: [0, 0])
                                           for axis in ("family", "context", "style")}
    misses: list[Sample] = []
    for sample in positives:
        hit = covered(find_secrets(sample.text), sample.text, sample.value)
        for axis in by:
            cell = by[axis][getattr(sample, axis)]
            cell[0] += hit
            cell[1] += 1
        if not hit:
            misses.append(sample)
    false_by: dict[str, dict[str, list[int]]] = {axis: defaultdict(lambda: [0, 0])
                                                 for axis in ("family", "context")}
    false_hits: list[Sample] = []
    for sample in negatives:
        flagged = bool(find_secrets(sample.text))
        for axis in false_by:
            cell = false_by[axis][getattr(sample, axis)]
            cell[0] += flagged
            cell[1] += 1
        if flagged:
            false_hits.append(sample)
    for axis, counts in by.items():
        table(f"recall by {axis}", counts, "found")
    for axis, counts in false_by.items():
        table(f"false redactions by look-alike {axis}", counts, "flagged")
    found_unnamed = sum(covered(find_secrets(s.text), s.text, s.value) for s in unnamed)
    recalled = len(positives) - len(misses)
    print(f"\nnamed secrets: recall {recalled}/{len(positives)} "
          f"= {100 * recalled / len(positives):.2f} %")
    print(f"look-alikes: false redactions {len(false_hits)}/{len(negatives)} "
          f"= {100 * len(false_hits) / len(negatives):.2f} %")
    print(f"unnamed 40-char AWS secrets (informational): found {found_unnamed}/{len(unnamed)}")
    for sample in misses[: args.show_misses]:
        print(f"\nMISS {sample.family}/{sample.context}/{sample.style}: {sample.value!r}\n"
              f"{sample.text}")
    for sample in false_hits[: args.show_misses]:
        leaks = find_secrets(sample.text)
        shown = [(leak.kind, sample.text[leak.start:leak.end]) for leak in leaks]
        print(f"\nFALSE {sample.family}/{sample.context}: {shown}\n{sample.text}")
    report_round2(args.seed, args.per_cell, args.show_misses)
    report_round3(args.seed, args.per_cell, args.show_misses)
    report_round4(args.seed, args.per_cell, args.show_misses)
    report_round4_pii(args.seed, args.per_cell, args.show_misses)


if __name__ == "__main__":
    main()
