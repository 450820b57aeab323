"""Round 7 of the secrets detector: Discord bot tokens, subscripts and type annotations before a
value, rotation tickets and CI debug logs, literals a reference falls back on, names followed by
a quoted value in logs, keys that sign (`jwt.sign`, `cookieParser`, `SignedString`), what secret
generators print, more command lines (`ldapsearch -w`, `keytool -storepass`, `rabbitmqctl`), and
the look-alikes that must stay: emulator keys, `#{X}#` tokens, masked and referenced values."""

from __future__ import annotations

import base64
import hashlib

import pytest

from mcpwarden.detectors.secrets import find_secrets, may_contain_secrets

PASSWORD = "Kv8#mQ2!rZ"
API_KEY = "Zr4TqW9xLm2NbV7cKp3JhY6dGf8SaE1u"
LONG_HEX = "9c1e7a3f5b2d8e4a6c0f1b3d5e7a9c2e4f6a8b0d1c3e5f7a9b2c4d6e8f0a1b3c"


def found(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_secrets(text)]


def values(text: str) -> list[str]:
    return [value for _, value in found(text)]


def covered(text: str, secret: str) -> bool:
    start = text.index(secret)
    end = start + len(secret)
    return any(leak.start <= start and leak.end >= end for leak in find_secrets(text))


def assert_found(text: str, secret: str) -> None:
    assert covered(text, secret), (text, found(text))
    assert may_contain_secrets(text.encode()), text


# -- 1. Discord bot tokens ----------------------------------------------------------------------


def _discord(bot_id: str, hmac: str) -> str:
    head = base64.b64encode(bot_id.encode()).decode().rstrip("=")
    return f"{head}.GkT2-x.{hmac}"


DISCORD = [
    _discord("1122334455667788990", "q9Lw_3ZbXo7TnR2vKc8YjHd4s-UeMa1PfQ6gBt"),
    _discord("987654321098765432", "Vt3nQ8sLk2Wd9-Xr4ZpCj7Hb1Mf"),
]


@pytest.mark.parametrize("token", DISCORD)
@pytest.mark.parametrize("shape", [
    'bot.run("{t}")',
    "await client.login('{t}');",
    'DISCORD_TOKEN={t}\n',
    "discord:\n  bot_token: {t}\n",
    "the bot's token, keep it private: {t}",
    'let mut client = Client::builder("{t}", GatewayIntents::empty()).await?;',
    'new JDABuilder("{t}")',
])
def test_discord_bot_tokens_in_any_syntax(token: str, shape: str) -> None:
    assert_found(shape.format(t=token), token)


def test_dotted_base64_not_of_an_id_is_no_discord_token() -> None:
    head = base64.b64encode(b"3-apples-and-4-pears-x").decode().rstrip("=")
    assert head[0] in "MNO"
    text = f'ref = "{head}.GkT2-x.Vt3nQ8sLk2Wd9-Xr4ZpCj7Hb1Mf"'
    assert not [kind for kind, _ in found(text) if kind == "discord_bot_token"]


# -- 2. subscripts and type annotations before the value -----------------------------------------


@pytest.mark.parametrize("text", [
    "$settings['api_secret'] = '{v}';",
    'ENV["SERVICE_TOKEN"] = "{v}"',
    "app.config[\"JWT_SECRET_KEY\"] = '{v}'",
    "os.environ['DEPLOY_TOKEN'] = \"{v}\"",
    'api_token: str = "{v}"',
    "private readonly apiKey: string = '{v}';",
    'val clientSecret: String = "{v}"',
    'SIGNING_SECRET: Final = "{v}"',
])
def test_subscripts_and_annotations(text: str) -> None:
    assert_found(text.format(v=API_KEY), API_KEY)


@pytest.mark.parametrize("text", [
    '$config["db_pass"] = getenv("DB_PASS");',
    "app.config['SECRET_KEY'] = os.environ['SECRET_KEY']",
    'api_token: str = os.environ["API_TOKEN"]',
    'password: str = ""',
    "token: str = Field(default=None)",
    "client_secret: Optional[str] = None",
])
def test_subscripts_and_annotations_of_references(text: str) -> None:
    assert found(text) == [], found(text)


# -- 3. rotation tickets and CI debug logs: the name on one line, the value on the next ----------


@pytest.mark.parametrize("text,value", [
    ("INFRA-88 Rotate stripe_webhook_secret\n\nNew value: {v}\nOld one expires Friday.\n",
     API_KEY),
    ("Rotated smtp password\nnew value: {v}\n", PASSWORD),
    ("##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '{v}'\n", API_KEY),
    ("##[debug]Evaluating: env.DB_PASSWORD\r\n##[debug]Result: '{v}'\r\n", PASSWORD),
])
def test_value_on_the_next_line(text: str, value: str) -> None:
    assert_found(text.format(v=value), value)


@pytest.mark.parametrize("text", [
    "##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '***'\n",
    "##[debug]Evaluating: env.TOKEN_TYPE\n##[debug]Result: 'bearer'\n",
    "OPS-7 Rotate db_password\n\nNew value: ********\n",
    "OPS-7 Rotate api_key\n\nNew value: stored in Vault\n",
])
def test_masked_or_described_values_on_the_next_line(text: str) -> None:
    assert found(text) == [], found(text)


# -- 4. a literal a reference falls back on ------------------------------------------------------


@pytest.mark.parametrize("text", [
    'const apiKey = process.env.API_KEY ?? "{v}";',
    "module.exports = {{ secret: process.env.SECRET || '{v}' }};",
    'db_password = os.getenv("DB_PASSWORD", "{v}")',
    'token = os.environ.get("TOKEN") or "{v}"',
    'secret_key = ENV.fetch("SECRET_KEY", "{v}")',
])
def test_literal_fallbacks(text: str) -> None:
    assert_found(text.format(v=API_KEY), API_KEY)


@pytest.mark.parametrize("text", [
    'const apiKey = process.env.API_KEY || "";',
    'db_password = os.getenv("DB_PASSWORD", "changeme")',
    "token: process.env.TOKEN || 'your-api-token'",
    'secret = os.environ.get("SECRET") or default_secret',
])
def test_fallbacks_that_are_placeholders(text: str) -> None:
    assert found(text) == [], found(text)


# -- 5. a name and its quoted value in logs and errors -------------------------------------------


@pytest.mark.parametrize("text", [
    "jwt.exceptions.InvalidTokenError: rejected token '{v}'",
    'error: invalid api_key "{v}" for project acme',
    "WARN bad key={v} at com.example.Client.connect(Client.java:12)",
])
def test_names_followed_by_their_value_in_logs(text: str) -> None:
    assert_found(text.format(v=API_KEY), API_KEY)


@pytest.mark.parametrize("text", [
    "ValueError: unknown token 'authorization_code'",
    "WARN cache key=user:42:profile missed",
    "the publishable key is pk_test_51HxYzAbCdEfGh",
    "sort key=Zr4TqW9xLm2NbV7cKp3JhY6dGf8SaE1u",
])
def test_names_of_other_things_in_logs(text: str) -> None:
    assert found(text) == [], found(text)


# -- 6. what a password is for, in several words or another language -----------------------------


@pytest.mark.parametrize("text", [
    "wifi pass for the guest network in building 2: {v}",
    "Passwort für den Router im Keller: {v}",
    "hasło do serwera: {v}",
    "het wachtwoord is {v}",
    "das Passwort ist {v}",
    "la contraseña es {v}",
])
def test_scoped_and_foreign_password_phrases(text: str) -> None:
    assert_found(text.format(v=PASSWORD), PASSWORD)


@pytest.mark.parametrize("text", [
    "das Passwort ist falsch",
    "la contraseña es incorrecta",
    "password for the admin account in staging: see 1Password",
    "the password for the staging database in eu-west: <redacted>",
    "sshd[812]: Failed password for alice from 2a02:6d40:5468:dfd7:8a54:d787:f5b7:1f6c port 22",
    "Accepted password for deploy from 10.0.4.7 port 51122 at 10:45:12Z",
])
def test_scoped_and_foreign_sentences_without_a_password(text: str) -> None:
    assert found(text) == [], found(text)


# -- 7. passphrases with a word drawn twice; short secrets ----------------------------------------


@pytest.mark.parametrize("text,secret", [
    ("DB_PASSWORD=otter.maple.otter.quartz.violet\n", "otter.maple.otter.quartz.violet"),
    ("smtp_password: lemon-harbor-lemon-cobalt\n", "lemon-harbor-lemon-cobalt"),
    ('CLIENT_SECRET="Qw7#kP2"', "Qw7#kP2"),
    ("env:\n  SECRET: Tm4!zRq9\n", "Tm4!zRq9"),
])
def test_passphrases_and_short_secrets(text: str, secret: str) -> None:
    assert_found(text, secret)


@pytest.mark.parametrize("text", [
    "password: copper-copper-copper\n",
    "password: settings.database.password\n",
    "secret: MySecret\n",
    "secret: app-v2\n",
    "secretName: Db9Creds\n",
])
def test_repeated_words_and_secret_names(text: str) -> None:
    assert found(text) == [], found(text)


# -- 8. keys that sign, and what secret generators print ------------------------------------------


@pytest.mark.parametrize("text", [
    'const t = jwt.sign({{ sub: user.id, role: "admin" }}, "{v}", {{ expiresIn: "1h" }});',
    "encoded = jwt.encode(payload, '{v}', algorithm='HS256')",
    'app.use(cookieParser("{v}"))',
    's, err := tok.SignedString([]byte("{v}"))',
    'var key = new SymmetricSecurityKey(Encoding.ASCII.GetBytes("{v}"));',
    'mac = hmac.new(b"{v}", body, hashlib.sha256)',
    "const sig = crypto.createHmac('sha256', '{v}').update(body).digest('hex');",
])
def test_signing_keys_passed_as_literals(text: str) -> None:
    assert_found(text.format(v=API_KEY), API_KEY)


@pytest.mark.parametrize("text", [
    "jwt.sign(payload, process.env.JWT_SECRET)",
    "jwt.sign(payload, 'your-jwt-secret')",
    'jwt.decode(token, options={"verify_signature": False})',
    "app.use(cookieParser())",
    'jwt.encode(payload, private_key, algorithm="RS256")',
    "crypto.createHmac('sha256', secret)",
])
def test_signing_calls_without_a_literal_key(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize("text,secret", [
    (f"$ openssl rand -hex 32\n{LONG_HEX[:64]}\n", LONG_HEX[:64]),
    (f"~/app $ rake secret\n{LONG_HEX}{LONG_HEX}\n", LONG_HEX + LONG_HEX),
    ('$ python3 -c "import secrets; print(secrets.token_urlsafe(32))"\n'
     "pQ3x_Vb8Lr-2TnW7kZc9YhJ4dMs6FaE1uGo0iRt5N\n", "pQ3x_Vb8Lr-2TnW7kZc9YhJ4dMs6FaE1uGo0iRt5N"),
    ("$ mix phx.gen.secret\nQ3xVb8Lr2TnW7kZc9YhJ4dMs6FaE1uGo0iRt5NpQ3xVb8Lr2TnW7kZc9YhJ4dMs6F\n",
     "Q3xVb8Lr2TnW7kZc9YhJ4dMs6FaE1uGo0iRt5NpQ3xVb8Lr2TnW7kZc9YhJ4dMs6F"),
    ("$ openssl rand -base64 32\nqZ3+Vb8Lr2TnW7kZc9YhJ4dMs6FaE1uGo0iRt5N/pQs=\n",
     "qZ3+Vb8Lr2TnW7kZc9YhJ4dMs6FaE1uGo0iRt5N/pQs="),
])
def test_secret_generator_output(text: str, secret: str) -> None:
    assert_found(text, secret)


@pytest.mark.parametrize("text", [
    "Run `openssl rand -hex 32`\nand paste the output into .env\n",
    "$ rails secret\nUsage: rails secret [options]\n",
])
def test_secret_generator_without_output(text: str) -> None:
    assert found(text) == [], found(text)


# -- 9. command lines that take a password ------------------------------------------------------


@pytest.mark.parametrize("text,secret", [
    ("ldapmodify -x -D 'cn=admin,dc=example,dc=org' -w Rf7&qL2x -f change.ldif", "Rf7&qL2x"),
    ('ldapwhoami -H ldaps://ldap.corp -D uid=svc,ou=apps -w "g2V!nW8p"', "g2V!nW8p"),
    ("keytool -genkeypair -alias app -keystore app.p12 -storepass harbor-quill-saffron",
     "harbor-quill-saffron"),
    ("jarsigner -keystore rel.jks -storepass Kv8#mQ2!rZ app.apk release", PASSWORD),
    ("keytool -importkeystore -destkeypass 'Wq5$pX9z' -destkeystore b.jks", "Wq5$pX9z"),
    ("sudo rabbitmqctl change_password billing Tz6@wQ3r", "Tz6@wQ3r"),
    ("rabbitmqctl -n rabbit@node1 add_user 'reports' 'Pm4!xK8s'", "Pm4!xK8s"),
])
def test_command_line_passwords(text: str, secret: str) -> None:
    assert_found(text, secret)


@pytest.mark.parametrize("text", [
    "ldapsearch -x -D cn=admin,dc=example,dc=org -W -b dc=example,dc=org",
    "keytool -list -keystore app.p12 -storepass:env KEYSTORE_PASS",
    "keytool -list -keystore app.p12 -storepass $KEYSTORE_PASS",
    "rabbitmqctl add_user orders",
    "rabbitmqctl list_users",
])
def test_command_lines_without_a_password(text: str) -> None:
    assert found(text) == [], found(text)


# -- 10. storage keys in table output; documented and emulator keys; templating tokens ------------

AZURE_KEY = base64.b64encode(hashlib.sha512(b"round 7 storage account").digest()).decode()


def test_storage_key_in_a_table_row() -> None:
    text = ("$ az storage account keys list --account-name web -o table\n"
            "KeyName    Permissions    Value\n"
            f"key2       FULL           {AZURE_KEY}\n")
    assert_found(text, AZURE_KEY)


@pytest.mark.parametrize("text", [
    "AZURE_STORAGE_KEY=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
    "KBHBeksoGMGw==",
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPL"
    "lmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;",
    '<add key="api_token" value="#{API_TOKEN}#" />',
    '"clientSecret": "#{ClientSecret}"',
    "password: __DB_PASSWORD__\n",
    "integrity  FULL  " + AZURE_KEY,
])
def test_emulator_keys_and_templating_tokens(text: str) -> None:
    assert found(text) == [], found(text)
