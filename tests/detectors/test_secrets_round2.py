"""Passwords and generic secrets under any name and in any format: where no name says
"password", the syntax around the value does (SQL, command lines, Redis, `.pgpass`, HTTP basic
auth in code, `user:pass@host`, chat); look-alikes in the same places (settings about
passwords, references, masks, hashes, form labels, prose) stay unreported."""

from __future__ import annotations

import base64
import json
import random
import string
from urllib.parse import quote

import pytest
from support import tool_call

from mcpwarden.detectors.secrets import find_secrets
from mcpwarden.guards.base import Rewrite
from mcpwarden.guards.leakage import LeakageGuard

RNG = random.Random(2611)
ALNUM = string.ascii_letters + string.digits


def rand(alphabet: str, length: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(length))


PASSWORD = "Marble" + rand(string.digits, 3) + "!q"  # a human password: word, digits, symbol
PLAIN = "tq" + rand(string.ascii_lowercase + string.digits, 8) + "7"  # lower case and digits
PASSPHRASE = "quartz-meadow-lantern-harbor"


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    position, end = start, start + len(value)
    for leak in sorted(find_secrets(text), key=lambda leak: leak.start):
        if leak.start <= position < leak.end:
            position = leak.end
    return position >= end


@pytest.mark.parametrize("template", [
    # names: short, numbered, prefixed, camel, environment
    "pwd={v}\n", "passwd: {v}\n", "password1: \"{v}\"\n", "adminPassword: '{v}'\n",
    "rootPass={v}\n", "MYSQL_ROOT_PASSWORD={v}\n", "PGPASSWORD={v} psql -h db -U app\n",
    "pw: {v}", "spring.datasource.password={v}\n", "ansible_become_pass: \"{v}\"\n",
    "web1 ansible_user=deploy ansible_ssh_pass={v}\n",
    # command lines
    "$ acmectl login --user admin --password {v}\n", "mysql -u root -p{v} -h db billing\n",
    "sshpass -p '{v}' ssh admin@10.0.4.17\n", "sshpass -p {v} scp x.tar app@nas:/srv/\n",
    "docker login -u admin -p {v} registry.acme.io\n",
    "podman login --username ci --password={v} quay.io\n",
    "echo '{v}' | docker login --username ci --password-stdin ghcr.io\n",
    "redis-cli -h cache -a {v} ping\n",
    # SQL
    "CREATE USER 'app'@'%' IDENTIFIED BY '{v}';\n", "alter user app identified by \"{v}\";\n",
    "CREATE USER app WITH PASSWORD '{v}';\n",
    "ALTER ROLE app WITH LOGIN PASSWORD '{v}' VALID UNTIL 'infinity';\n",
    "CREATE LOGIN app WITH PASSWORD = '{v}';\n",
    # files
    "machine api.acme.io login deploy password {v}\n",
    "machine git.acme.io\n  login deploy\n  password {v}\n",
    "db.internal:5432:billing:app:{v}\n", "*:*:*:app:{v}\n",
    "[client]\nuser=root\npassword={v}\n", "define( 'DB_PASSWORD', '{v}' );\n",
    "requirepass {v}\n", "masterauth {v}\n", "127.0.0.1:6379> AUTH {v}\nOK\n",
    "AUTH default {v}\n",
    # connection strings
    "Server=db;Database=app;User Id=app;Password={v};\n",
    "Driver={{ODBC Driver 18}};Server=db;Uid=app;Pwd={v};Encrypt=yes\n",
    "jdbc:postgresql://db:5432/app?user=app&password={v}&ssl=true\n",
    # chat and logs
    "my password is {v} btw", "the login is admin / {v}", "login: alice / {v}",
    "creds are app:{v}", "wifi password: {v}",
    "WARN login attempt user=alice password={v} ip=10.0.0.3",
    "Failed login for user alice with password '{v}'",
    # HTTP basic auth
    "curl -u admin:{v} https://api.acme.io\n", "curl --user admin:{v} https://api.acme.io\n",
    "requests.get(url, auth=('admin', '{v}'))\n", "httpx.get(url, auth=(\"admin\", \"{v}\"))\n",
    "aiohttp.BasicAuth('admin', '{v}')\n", "req.SetBasicAuth(\"admin\", \"{v}\")\n",
    "new NetworkCredential(\"admin\", \"{v}\")\n", "HTTPBasicAuth('admin', '{v}')\n",
    "wget --http-user=admin --http-password={v} https://files.acme.io/x\n",
])
@pytest.mark.parametrize("value", [PASSWORD, PLAIN])
def test_a_password_is_found_by_its_name_or_by_the_syntax_around_it(
        template: str, value: str) -> None:
    text = template.format(v=value)
    assert covered(text, value), (text, find_secrets(text))


@pytest.mark.parametrize("template", [
    "connect to app:{v}@db.internal:5432/app\n", "mongodb+srv://app:{v}@cluster0.mongodb.net/x\n",
    "amqp://app:{v}@rabbit:5672/prod\n", "redis://:{v}@cache:6379/0\n",
    "smtp://app:{v}@smtp.acme.io:587\n", "ftp://app:{v}@files.acme.io/pub\n",
])
def test_a_password_in_userinfo_with_or_without_a_scheme_is_found(template: str) -> None:
    text = template.format(v=PLAIN)
    assert covered(text, PLAIN), find_secrets(text)


def test_basic_auth_headers_are_found_in_any_case() -> None:
    encoded = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
    for text in (f"Authorization: Basic {encoded}\n", f"authorization: basic {encoded}\r\n",
                 json.dumps({"headers": {"Authorization": f"Basic {encoded}"}})):
        assert covered(text, encoded), text


@pytest.mark.parametrize("name", [
    "secret", "client_secret", "app_secret", "signing_key", "encryption_key", "master_key",
    "shared_secret", "webhook_secret", "hmac_key", "private_token", "session_secret",
    "cookie_secret", "SECRET_KEY", "JWT_SECRET", "clientSecret", "webhook-secret",
])
@pytest.mark.parametrize("value", [
    rand("0123456789abcdef", 64),
    base64.b64encode(RNG.randbytes(32)).decode(),
    base64.urlsafe_b64encode(RNG.randbytes(32)).decode().rstrip("="),
    rand(ALNUM, 40),
    PASSPHRASE,
])
def test_a_generic_secret_of_any_shape_is_found_under_a_secret_name(name: str, value: str) -> None:
    for template in ("{n}={v}\n", '{{"{n}": "{v}"}}', "{n}: '{v}'\n"):
        text = template.format(n=name, v=value)
        assert covered(text, value), text


def test_a_django_secret_key_is_found_by_its_format_quoted_or_not() -> None:
    key = "django-insecure-" + "".join(
        RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)") for _ in range(50))
    for text in (f"SECRET_KEY = '{key}'\n", f"HMAC_KEY={key}\n", f"<key>{key}</key>",
                 f"the key is {key}"):
        assert covered(text, key), text


# -- the attacker's side: escaped, encoded, split across lines, odd case ---------------------------


@pytest.mark.parametrize("text", [
    json.dumps({"sql": f'ALTER USER app IDENTIFIED BY "{PASSWORD}"'}),  # `\"` inside JSON
    json.dumps({"cmd": f"sshpass -p '{PASSWORD}' ssh admin@10.0.0.5"}),
    json.dumps({"stdout": f"db.internal:5432:app:app:{PASSWORD}\nnext:5432:x:y:{PLAIN}"}),
    "CREATE USER app\n  IDENTIFIED BY '" + PASSWORD + "';",
    "Create User app Identified By '" + PASSWORD + "';",
    "GET /x?dsn=" + quote(f"postgres://app:{PASSWORD}@db/app", safe=""),
])
def test_escaped_and_encoded_forms_are_found(text: str) -> None:
    leaks = find_secrets(text)
    assert leaks, text
    assert all(PASSWORD not in text[leak.end:] or leak.kind for leak in leaks)


def test_the_json_escaped_value_is_covered_where_it_stands() -> None:
    text = json.dumps({"sql": f'ALTER USER app IDENTIFIED BY "{PASSWORD}"'})
    assert covered(text, PASSWORD)
    lines = json.dumps({"stdout": f"db:5432:app:app:{PASSWORD}\nnext:5432:x:y:{PLAIN}"})
    spans = sorted(lines[leak.start:leak.end] for leak in find_secrets(lines))
    assert spans == sorted([PASSWORD, PLAIN])  # each password alone, not the next line


# -- look-alikes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "password_min_length: 12\n", "password_policy: strong\n", "passwordless: true\n",
    "password: ${DB_PASSWORD}\n", "password: <redacted>\n", "password: ********\n",
    "Password=*****;\n", "Server=db;User Id=app;Password={password};\n",
    "client_secret: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n",
    "envFrom:\n  - secretRef:\n      name: app-secrets\n", "secretName: db-creds\n",
    "secret: my-app-secret\n", "secretName: prod-db-credentials-v2\n",
    "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']\n",
    "forgot_password_url: https://id.acme.io/forgot\n",
    "PasswordAuthentication no\n", "passwd:         files systemd\n",
    "token_endpoint_auth_method: client_secret_basic\n",
    'WWW-Authenticate: Basic realm="Restricted"\n', "Authorization: Basic <credentials>\n",
    # hashes of passwords are not the passwords (decision: not reported)
    "password_hash: $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n",
    "admin:$apr1$Kx8f2Hq1$5Tb0p7yXGJqKq8Ue3rm5Q1\n",
    "ALTER USER app IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';\n",
    "userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g5HbRy\n",
    # the syntax rules' own look-alikes
    "Username:\nPassword:\n[ Log in ]\n",
    "docker login -u ci -p $CI_REGISTRY_PASSWORD registry.acme.io\n",
    'echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin ghcr.io\n',
    'sshpass -p "$SSH_PASS" ssh admin@10.0.0.5\n', "sshpass -e ssh admin@10.0.0.5\n",
    "mysql -u root -p -h db.internal\n", "250-AUTH LOGIN PLAIN CRAM-MD5\n", "AUTH CRAM-MD5\n",
    "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\n", "requests.get(url, auth=('ci', token))\n",
    "aiohttp.BasicAuth('login', 'password')\n", "req.SetBasicAuth(username, password)\n",
    "CREATE USER app IDENTIFIED BY '<password>';\n", "requirepass \"\"\n",
    "# requirepass foobared\n",
    "The file is identified by 'name' and its path.",
    "To:alice.smith@acme.io, From:bob.jones@acme.io",
    "contact:support24@acme.io or sales:team2025@acme.io",
    "git clone git@github.com:acme/billing.git\n",
    "Don't pass ignore_subscribe_messages here; pass `Infinity` instead.",
    "login: alice / bob for the demo accounts", "the login is broken / down since 10am",
    "creds are in the vault / ask ops", "I forgot my password again, can you reset it?",
    "my password is too short apparently", "pw: see the vault entry",
    "10:42:13.123 worker:3:job:7:done\n", "2026-11-21 10:42:13 host1:22:sshd:info:accepted\n",
    "root:x:0:0:root:/root:/bin/bash\n", '{"address":"2606:2800:21f:cb07:6820:80da:af6b:8b2c"}',
    "fe80:0:0:0:2a0:c9ff:fe12:3456\n", '"auth0": "types-auth0-python",\n',
    "source argument for a token is `args[token.index]`.",
])
def test_look_alikes_in_the_same_places_are_not_reported(text: str) -> None:
    assert find_secrets(text) == [], [(leak.kind, text[leak.start:leak.end])
                                      for leak in find_secrets(text)]


# -- through the leakage guard --------------------------------------------------------------------



async def test_the_guard_redacts_passwords_known_only_by_their_syntax() -> None:
    ex, _tool_reply = tool_call("shell")
    guard = LeakageGuard.from_settings({}, "guards.leakage")
    output = (f"$ cat ~/.pgpass\ndb.internal:5432:billing:app:{PASSWORD}\n"
              f"$ history | grep sshpass\n  42  sshpass -p {PLAIN} ssh admin@nas\n"
              "$ grep password_min_length app.yml\npassword_min_length: 12\n")
    decision = await guard.outbound(ex, _tool_reply(output))
    assert isinstance(decision, Rewrite)
    text = decision.message.result["content"][0]["text"]
    assert PASSWORD not in text and PLAIN not in text
    assert "password_min_length: 12" in text and "db.internal:5432:billing:app:" in text


@pytest.mark.parametrize("text", [
    json.dumps({"code": f'r = httpx.get(url, auth=("admin", "{PASSWORD}"))'}),
    json.dumps({"cmd": f'sshpass -p "{PASSWORD}" ssh admin@10.0.0.5'}),
    json.dumps({"cmd": f'docker login -u ci -p "{PASSWORD}" ghcr.io'}),
])
def test_json_escaped_quotes_around_a_password_change_nothing(text: str) -> None:
    assert covered(text, PASSWORD), (text, find_secrets(text))
