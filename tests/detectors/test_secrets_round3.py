"""Round 3: passwords a person picks (`Winter2024`, `tr0ub4dor`, three-word passphrases) given in
chat, on command lines, in calls and connection strings; basic auth and database passwords in
more forms; AWS secret access keys with no name. Look-alikes in the same places stay unreported:
references to a secret kept elsewhere, placeholders, publishable keys, connection URLs without a
password, and the syntax of the new rules holding ports, paths, versions and words."""

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

RNG = random.Random(3303)
ALNUM = string.ascii_letters + string.digits


def rand(alphabet: str, length: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(length))


YEARLY = "Winter" + str(RNG.randint(2019, 2027))  # a word and a year
LEET = "tr0ub4dor" + rand(string.digits, 2)  # letters swapped for digits
LOWER = "bluefish" + rand(string.digits, 2)  # lower case, given in chat
PASSPHRASE = "saffron-glacier-lantern"  # three words
AWS_SECRET = rand(ALNUM, 18) + "/" + rand(ALNUM, 10) + "+" + rand(ALNUM, 10)
AWS_ALNUM = "Kq7" + rand(ALNUM, 37)  # no `/` or `+` in it
KEY_ID = "AKIA" + rand(string.ascii_uppercase + string.digits, 16)


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    position, end = start, start + len(value)
    for leak in sorted(find_secrets(text), key=lambda leak: leak.start):
        if leak.start <= position < leak.end:
            position = leak.end
    return position >= end


def reported(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start:leak.end]) for leak in find_secrets(text)]


# -- passwords -------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", [
    # chat and mail, lower case included
    "pw is {v}", "PW is {v}", "the password is {v}", "password was {v} last time I checked",
    "wifi pass is {v}", "your temporary password is {v}", "hey, password for the nas: {v}",
    "[09:14] ana: what's the pass?\n[09:15] raj: {v}\n[09:15] ana: thx",
    "what is the wifi password?\n{v}", "use alice / {v} to log in",
    "Hi Sam,\nUser: sam\nPassword: {v}\n", "Subject: vpn\n\nthe passphrase is {v} - keep it",
    # command lines: a user, then a password
    "sqlcmd -S db.acme.io -U sa -P {v} -Q \"SELECT 1\"\n",
    "mongosh \"mongodb://db:27017\" -u app -p {v} --authenticationDatabase admin\n",
    "cqlsh cassandra.internal -u app -p {v}\n", "beeline -u jdbc:hive2://h:10000 -n app -p {v}\n",
    "influx -username app -password {v} -host db\n", "mongo --username app --password {v} db/x\n",
    "sqlplus app/{v}@//db.acme.io:1521/ORCL\n", "SQL> connect app/{v}@prod\n",
    "db2 connect to SAMPLE user app using {v}\n", "net user deploy {v} /add\n",
    "htpasswd -b -c /etc/nginx/.htpasswd admin {v}\n", "echo 'root:{v}' | chpasswd\n",
    "ConvertTo-SecureString \"{v}\" -AsPlainText -Force\n",
    "$cred = New-Object PSCredential('u', (ConvertTo-SecureString '{v}' -AsPlainText -Force))\n",
    # calls that take a user and a password
    "smtp.login('mailer', '{v}')\n", "conn = ldap.simple_bind_s('cn=admin,dc=acme', '{v}')\n",
    "DriverManager.getConnection(url, \"app\", \"{v}\");\n",
    "$pdo = new PDO($dsn, 'app', '{v}');\n",
    "$conn = mysqli_connect('db.internal', 'app', '{v}', 'billing');\n",
    "new Sequelize('billing', 'app', '{v}', {{ dialect: 'postgres' }})\n",
    "new PasswordAuthentication(\"app\", \"{v}\".toCharArray())\n",
    # connection strings and URLs
    "db, err := sql.Open(\"mysql\", \"app:{v}@tcp(db:3306)/billing\")\n",
    "psql postgresql://app:{v}@db.acme.io:5432/billing\n",
    "pg_dump \"host=db user=app password={v} dbname=app\"\n",
    "curl -u 'admin:{v}' https://api.acme.io\n", "curl --proxy-user admin:{v} -x proxy:3128 x\n",
    "traefik.http.middlewares.auth.basicauth.users=admin:{v}\n", "BASIC_AUTH=admin:{v}\n",
    # names in files
    "<entry key=\"ldap.password\">{v}</entry>\n", "password: {v}\n", "$env:PGPASSWORD = \"{v}\"\n",
])
@pytest.mark.parametrize("value", [YEARLY, LEET, LOWER, PASSPHRASE])
def test_a_password_a_person_picks_is_found_in_chat_commands_calls_and_urls(
        template: str, value: str) -> None:
    text = template.format(v=value)
    assert covered(text, value), (text, reported(text))


@pytest.mark.parametrize("text", [
    "my password is nfcsvpvx btw", "login: bob / cjfkeqrzwhot",  # letters no language writes
    "secret: pepper saffron velvet\n", "recovery passphrase: river pepper horse",
    "hmac secret -> " + rand("0123456789abcdef", 40),
])
def test_unquoted_passphrases_gibberish_and_arrows_are_found(text: str) -> None:
    value = text.split(": ")[-1].split(" is ")[-1].split("-> ")[-1].split(" / ")[-1]
    value = value.removesuffix(" btw").strip()
    assert covered(text, value), (text, reported(text))


# -- AWS secret access keys ------------------------------------------------------------------------


@pytest.mark.parametrize("template", [
    "S3_KEY={k}\nS3_SECRET={a}\n", "aws_key: {a}\n", "here are the creds: {k} / {a}",
    "User name,Password,Access key ID,Secret access key\nci,,{k},{a}\n",
])
@pytest.mark.parametrize("secret", [AWS_SECRET, AWS_ALNUM])
def test_an_aws_secret_access_key_is_found_by_an_odd_name_or_next_to_its_id(
        template: str, secret: str) -> None:
    text = template.format(a=secret, k=KEY_ID)
    assert covered(text, secret), (text, reported(text))


@pytest.mark.parametrize("template", [
    "rotated the aws key, the new one is {a}", "s3 creds:\n- {a}\n", "IAM user ci: {a}\n",
    "INFO uploader: using {a} for s3 uploads", "here are the new credentials: {a}",
    'creds = ["{a}"]', "boto3 wants this one: {a}",
])
def test_an_aws_secret_access_key_with_no_name_is_found_in_talk_of_aws(template: str) -> None:
    """Decision: with nothing naming it, a 40-character run is taken for a secret access key
    only where AWS or credentials are talked of, and only when it holds `/` or `+` (7 of 10
    such keys); letters and digits alone are as likely an id, and looking for such runs in any
    text costs every clean text."""
    text = template.format(a=AWS_SECRET)
    assert covered(text, AWS_SECRET), (text, reported(text))


@pytest.mark.parametrize("template", [
    "etag: {b}\n", "the digest is {b}", "nonce={b}\n", "upload id: {b}\n", "object.key = {b}\n",
    "x-amz-request-id: {b}\n", '"thumbnail": "{b}",\n', 'integrity="sha1-{b}"\n',
    "Signature: {b}\n", "<Checksum>{b}</Checksum>\n", "const contentHash = '{b}';\n",
    "$ deploy-tool --payload {b} --verbose\n", "commit " + "3f9c2d1e" * 5 + "\n",
])
def test_forty_characters_of_base64_under_another_name_are_not_reported(template: str) -> None:
    for _ in range(5):
        text = template.format(b=base64.b64encode(RNG.randbytes(30)).decode())
        assert find_secrets(text) == [], reported(text)


# -- look-alikes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # references to a secret kept elsewhere
    "password: $DB_PASSWORD\n", "api_key = %API_KEY%\n", "set TOKEN=%GITHUB_TOKEN%\n",
    "const token = process.env.TOKEN;\n", "password = os.environ[\"DB_PASSWORD\"]\n",
    "secret_key = ENV.fetch(\"SECRET_KEY_BASE\")\n", "token: ${{ secrets.NPM_TOKEN }}\n",
    "password: {{ secrets.DB_PASSWORD }}\n", "DB_PASS=$(cat /run/secrets/db_pass)\n",
    "password: vault:secret/data/db#password\n", "DB_PASSWORD: ref+awsssm://prod/db/password\n",
    "api_key: ref+vault://secret/app#/api_key\n",
    "password: azurekeyvault://kv-prod/secrets/db-password\n",
    "secret: op://Private/Stripe/credential\n", "mongodb://admin:%MONGO_PASS%@db:27017\n",
    "String password = System.getenv(\"DB_PASSWORD\");\n", "$password = $env:ADMIN_PASSWORD\n",
    "'password' => env('DB_PASSWORD'),\n", "password = var.db_password\n",
    "curl -u \"$USER:$API_TOKEN\" https://api.acme.io\n", "postgres://app:${DB_PASSWORD}@db/app\n",
    # placeholders
    "password: changeme\n", "api_key: xxxxxxxx\n", "password: your-password-here\n",
    "password=<password>\n", "SECRET_KEY=REPLACE_ME\n", "api_key = \"sk_test_...\"\n",
    "password: mypassword\n", "password: my-secret-password\n",
    "curl -u username:password https://api.example.com\n",
    "postgres://user:password@localhost:5432/db\n", "mysql -u root -p<password> app\n",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    "password: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n",
    # publishable keys are public by design
    "STRIPE_PUBLISHABLE_KEY=pk_live_" + rand(ALNUM, 24) + "\n",
    "api_key: pk_live_" + rand(ALNUM, 24) + "\n",
    "stripe.api_key = 'pk_test_" + rand(ALNUM, 24) + "'",
    # connection URLs and commands without a password
    "postgres://app@db.internal/billing\n", "mysql://db.internal:3306/app\n",
    "postgresql://app:@db/app\n", "sql.Open(\"mysql\", \"app@tcp(db:3306)/app\")\n",
    "mysql -h db -u root -p app\n", "mysql -u root -p billing_prod\n", "sqlplus / as sysdba\n",
    # the new rules' syntax holding ports, ids, paths, versions and words
    "docker run -u 1000:1000 -p 8080:80 nginx\n", "psql -U app -p 5432 -h db\n",
    "python -u train.py -p config/v2.yaml\n", "gunicorn -u www-data -p /var/run/app1.pid x\n",
    "kubectl -n prod patch deploy api -p '{\"spec\":{}}'\n", "zip -u a.zip -p files/*.txt\n",
    "the user bob using v2.0.1", "net user alice /domain\n", "echo \"$USER:$PASS\" | chpasswd\n",
    "socket.bind(\"0.0.0.0\", \"8080\")\n", "i18n.bind('en', 'messages_v2')\n",
    "session.login(\"demo\", \"demo\")\n", "fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", u, p, h, d)\n",
    "use Google / GitHub to sign in", "use SSO / YubiKey to log in",
    "did it pass?\nbob: v2.3.1", "did the tests pass?\nyes: LGTM2024",
    "what's the password policy?\nops: min12chars", "secret: keep batches small\n",
    "secret: github-actions-runner\n", "the password is GitHub", "your password is NotValid",
    "the pwd is /home/app", "BASIC_AUTH=enabled:true\n",
    "<label for=\"password\">Passwort1</label>",
    "pass ignore_subscribe_messages here", "hmac secret -> see vault\n",
])
def test_references_placeholders_and_look_alikes_are_not_reported(text: str) -> None:
    assert find_secrets(text) == [], reported(text)


# -- the attacker's side: escaped and encoded ------------------------------------------------------


@pytest.mark.parametrize("text", [
    json.dumps({"cmd": f"sqlcmd -S db -U sa -P '{YEARLY}' -d app"}),
    json.dumps({"chat": f"[09:14] ana: what's the pass?\n[09:15] raj: {LEET}\n"}),
    json.dumps({"code": f'db, err := sql.Open("mysql", "app:{LEET}@tcp(db:3306)/x")'}),
    "GET /run?cmd=" + quote(f"mongosh -u app -p {YEARLY} db", safe=""),
    f"SQLPLUS APP/{YEARLY}@PROD", f"Net User deploy {LEET} /ADD",
])
def test_escaped_encoded_and_upper_case_forms_are_found(text: str) -> None:
    assert find_secrets(text), text


def test_the_json_escaped_reply_is_covered_where_it_stands() -> None:
    text = json.dumps({"chat": f"pw is {LOWER}\nthe password is {PASSPHRASE}"})
    assert covered(text, LOWER) and covered(text, PASSPHRASE), reported(text)


# -- through the leakage guard ---------------------------------------------------------------------


async def test_the_guard_redacts_round_three_forms_and_keeps_public_values() -> None:
    ex, tool_reply = tool_call("shell")
    guard = LeakageGuard.from_settings({}, "guards.leakage")
    publishable = "pk_live_" + rand(ALNUM, 24)
    output = (f"$ history\n  7  sqlcmd -S db -U sa -P {YEARLY} -Q 'SELECT 1'\n"
              f"  8  cqlsh cass -u app -p {PASSPHRASE}\n"
              f"NEXT_PUBLIC_STRIPE_KEY={publishable}\nDB_PASSWORD=${{DB_PASSWORD}}\n"
              f"rotated the s3 key: {AWS_SECRET}\n")
    decision = await guard.outbound(ex, tool_reply(output))
    assert isinstance(decision, Rewrite)
    text = decision.message.result["content"][0]["text"]
    assert YEARLY not in text and PASSPHRASE not in text and AWS_SECRET not in text
    assert publishable in text and "DB_PASSWORD=${DB_PASSWORD}" in text
