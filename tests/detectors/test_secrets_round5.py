"""Round 5 of the secrets detector: password names in other languages, unquoted passwords
holding punctuation, base64 basic-auth credentials under header names, secrets pasted alone in
chat, and the false redactions of references, look-alikes in Kubernetes Secrets and fixtures."""

from __future__ import annotations

import base64
import json

import pytest

from mcpwarden.detectors.secrets import find_secrets, may_contain_secrets

PASSWORD = "Vq3#nLw8Tz"


def found(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_secrets(text)]


def values(text: str) -> list[str]:
    return [value for _, value in found(text)]


# -- 1. "password" in other languages -------------------------------------------------------------

FOREIGN_NAMES = ["MOT_DE_PASSE", "mot_de_passe", "motDePasse", "motdepasse", "Passwort",
                 "KENNWORT", "contraseña", "contrasena", "senha", "wachtwoord", "hasło", "haslo",
                 "lösenord", "losenord", "salasana", "parola", "jelszó", "heslo", "пароль",
                 "DB_KENNWORT", "smtp_senha", "adminWachtwoord"]


@pytest.mark.parametrize("name", FOREIGN_NAMES)
@pytest.mark.parametrize("shape", ['{n}="{v}"', "{n}: {v}\n", "export {n}={v}\n",
                                   '{{"{n}": "{v}"}}', "<{n}>{v}</{n}>", "--{n} {v}"])
def test_password_names_in_other_languages(name: str, shape: str) -> None:
    text = shape.format(n=name, v=PASSWORD)
    assert ("password", PASSWORD) in found(text), text
    assert may_contain_secrets(text.encode()), text


@pytest.mark.parametrize("text", [
    json.dumps({"contraseña": PASSWORD}, ensure_ascii=False),
    f"config:\n  пароль: {PASSWORD}\n  host: db\n",
    f"Le mot de passe : {PASSWORD}",
])
def test_foreign_names_encoded_or_in_prose(text: str) -> None:
    assert PASSWORD in values(text)
    assert may_contain_secrets(text.encode())


def test_raw_json_escaping_a_foreign_name_is_triaged_as_a_maybe() -> None:
    assert may_contain_secrets(json.dumps({"contraseña": PASSWORD}).encode())


@pytest.mark.parametrize("text", [
    "senha: ${SENHA_DB}\n",
    "parola: <your password>\n",
    "wachtwoord_min_length: 12\n",
    "Das Kennwort muss mindestens 12 Zeichen haben.",
    "parola chiave e password sono diverse",
    "salasana_policy = strict\n",
    "kennwort:\n",
    "the Passwort field is required",
    "пароль: ********\n",
])
def test_foreign_names_look_alikes(text: str) -> None:
    assert found(text) == []


# -- 2. unquoted passwords with punctuation -------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("2025-03-01T10:00:00Z INFO db connect host=10.0.0.5 pwd=quartz;9921autumn retries=3",
     "quartz;9921autumn"),
    ("docker run -e DB_PASSWORD=uX/7rK;>Q,M<H?bNt -p 5432:5432 postgres", "uX/7rK;>Q,M<H?bNt"),
    ("docker run -e MOT_DE_PASSE=pR4>w;Lx,Z?qE -d app", "pR4>w;Lx,Z?qE"),
    ("login user=ops password=fern,7730<delta\n", "fern,7730<delta"),
    ("PASSWORD=Kt9;vN2w<xQ", "Kt9;vN2w<xQ"),
])
def test_unquoted_password_runs_to_white_space(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(("text", "value"), [
    # a further `name=` after `;`, `,` or `&` starts the next setting
    ("Server=db;User Id=sa;Password=Hq7!nRt2x;Database=app;", "Hq7!nRt2x"),
    ("dsn: host=db,password=Lm4!zWq8v,dbname=app", "Lm4!zWq8v"),
    ("https://app.test/cb?user=a&password=Yp5!kDw2r&next=%2F", "Yp5!kDw2r"),
    ("pwd=Sg6!mTn3b; echo done", "Sg6!mTn3b"),
])
def test_unquoted_password_stops_at_the_next_setting(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize("text", [
    "connect(password=pw, user=u)",
    "f(password=get_password(), retries=3)",
    "password=;user=admin",
    "password=<redacted> retries=3",
])
def test_unquoted_password_look_alikes(text: str) -> None:
    assert found(text) == []


# -- 3. base64 basic-auth credentials under header names ------------------------------------------

def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


CREDENTIALS = b64("svc-deploy:Wn8rTq2zLk")


@pytest.mark.parametrize("shape", [
    'HTTP_AUTH_HEADER = "{v}"', "httpAuthHeader: '{v}'", 'http_auth_header: "{v}"',
    "BASIC_AUTH_HEADER={v}\n", '{{"proxyCredential": "{v}"}}', "upstream.basic.auth: {v}\n",
    "X_AUTH_HEADER_VALUE: {v}\n",
])
def test_base64_user_and_password_under_header_names(shape: str) -> None:
    text = shape.format(v=CREDENTIALS)
    assert CREDENTIALS in values(text), text


@pytest.mark.parametrize("decoded", [
    "hello world this is",  # white space
    "user:ab",  # a password too short
    "a:b:c:dddd",  # more than one colon
    "no colon here at all",
    ":password-without-user",
    "x" * 65 + ":longuser",
])
def test_base64_that_is_no_user_and_password_is_not_reported(decoded: str) -> None:
    text = f'HTTP_AUTH_HEADER = "{b64(decoded)}"'
    assert found(text) == []


def test_base64_credentials_without_padding() -> None:
    unpadded = b64("ops:Zt7mQ2xWk").rstrip("=")
    assert len(unpadded) % 4
    assert unpadded in values(f"proxy_auth_header: {unpadded}\n")


@pytest.mark.parametrize("name", ["KENNWORT_2", "senha1", "Mot-De-Passe", "mot.de.passe"])
def test_foreign_names_numbered_or_dotted(name: str) -> None:
    assert PASSWORD in values(f"{name}={PASSWORD}\n")


def test_unquoted_password_after_a_tab() -> None:
    text = "user=ops\tpwd=slate;5512river\tport=22"
    assert ("password", "slate;5512river") in found(text)


def test_base64_credentials_under_an_unrelated_name_are_left_to_other_rules() -> None:
    assert found(f"thumbnail_cache: {CREDENTIALS}\n") == []


# -- 4. secrets pasted alone ----------------------------------------------------------------------

LONE = "Hd7#qWm4Lx9v"


@pytest.mark.parametrize("shape", [
    "here is what you asked for: {v} - it expires friday",
    "The right one is {v}.",
    "Got it working with this one:\n\n    {v}\n",
    "Here's the one for staging -> {v} (rotate after)",
    "HERE YOU GO {v}!",
    "ok the new one is:\r\n\t{v}",
    "try this: {v}, then rotate",
    "Correct one:\n{v}",
])
def test_a_secret_pasted_alone_is_reported(shape: str) -> None:
    text = shape.format(v=LONE)
    assert ("generic_secret", LONE) in found(text), text


@pytest.mark.parametrize("token", ["Zr4!Kp8mWq", "aB3$cD5^eF7&", "Ty6~Jn2*Vb9+Qe", "Mm2?Xx7;Pp4k"])
def test_each_symbol_class_counts(token: str) -> None:
    assert token in values(f"here are the new creds for the box: {token} (don't share)")


@pytest.mark.parametrize("text", [
    f"{LONE}",  # with nothing handing it over, a token is not read (cost, and ids in data)
    f"> {LONE}\nthat's it",
    f"sku {LONE} restocked",
])
def test_a_token_without_a_handover_is_left(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Order Q3a7B9x2Lm shipped",  # no symbol: an id
    "ticket AbCdEf1234XyZ opened",
    "see https://ex.test/Ab3#Cd9Xq?x=1",  # URL
    "mail Bob.Smith9#x@ex.test now",  # e-mail
    "open /srv/Ab3#Cd/Xq9Lm.txt",  # path
    "set Mode=Ab3#Cd9Xq now",  # key=value
    "build v1.2.3+Ab9Cdef4 ok",  # version
    "at 2025-03-01T10:00:00+Ab",  # date
    "call fooBar(Ab3, Cd9)+x now",  # code
    "List<String2Ab> items",
    "digest AbCd12+/EfGh34+/IjKl56==",  # base64
    "Pay $3,620.00.They said",
    "hash $2b$12$R9hcIPz0gi.URNNX3kh2OPST9",
    "variant chr7:g.140753336A>T and c.1799T>A",
    "x+=Ab3Cd9Xy",
    "Q3+Q4 Revenue",  # too short
    "Ab3#Cd9Xq" + "w" * 60,  # too long
    "{{Ab3#Cd9Xyz}} template",
    "AT&T4Life rocks",  # one lower-case letter short of a password
])
def test_alone_look_alikes_are_not_reported(text: str) -> None:
    assert found(f"here is the one you asked for: {text}") == []


def test_a_named_value_is_judged_by_its_name() -> None:
    assert found("password = <Your#Pass1here>\n") == []


# -- 5. false redactions --------------------------------------------------------------------------

ARN = "arn:aws:secretsmanager:ap-south-2:210987654321:secret:stage/api_token-Xk3Lq9"


@pytest.mark.parametrize("shape", [
    'secret_arn = "{a}"', "DB_PASSWORD: {a}\n", '{{"valueFrom": "{a}"}}', "token={a}\n",
    "--secret-id {a}", "SecretId: {a}\n",
])
def test_a_secrets_manager_arn_is_a_reference(shape: str) -> None:
    assert found(shape.format(a=ARN)) == []


def test_a_secret_next_to_an_arn_is_still_reported() -> None:
    text = f"secret_arn: {ARN}\napi_token: Rk8mW2qLx7Vn3pZt9Hb4\n"
    assert values(text) == ["Rk8mW2qLx7Vn3pZt9Hb4"]


K8S = """apiVersion: v1
kind: Secret
metadata:
  name: app
stringData:
  stripe_publishable: {pk}
  database_url: postgres://app:${{DB_PASSWORD}}@db:5432/app
  secret_ref: arn:aws:secretsmanager:us-east-1:111122223333:secret:app-AbCdEf
  api_token: {token}
"""


def test_kubernetes_secret_look_alikes_are_not_reported() -> None:
    token = "Tz4qWm8Lx2Vn7pRk3Hb9"
    text = K8S.format(pk="pk_live_" + "51Hq" + "Ly7WDx2tT1zdp7dcXqRm", token=token)
    assert values(text) == [token]


def test_kubernetes_secret_url_with_a_real_password_is_reported() -> None:
    text = ("kind: Secret\nstringData:\n  database_url: postgres://app:Gq7mW2xLp9@db:5432/app\n")
    assert any("Gq7mW2xLp9" in value for value in values(text))


@pytest.mark.parametrize("context", [
    "def test_login(client):\n    {a}\n    assert client.login()\n",
    "describe('login', () => {{\n  const {a};\n}});\n",
    "it('rejects', () => {{ {a}; expect(x).toBe(1) }})\n",
    "# .env.example\n{a}\n",
])
@pytest.mark.parametrize("assignment", [
    'token = "fixture-42-token"', 'password = "cafebabecafebabecafebabe"',
    'API_TOKEN="dummy-api-token-7"', 'password = "abc123abc123abc123"',
])
def test_synthetic_values_in_tests_are_not_reported(context: str, assignment: str) -> None:
    assert found(context.format(a=assignment)) == []


@pytest.mark.parametrize("assignment", [
    'token = "fixture-42-token"', 'password = "cafebabecafebabecafebabe"',
])
def test_synthetic_looking_values_outside_tests_are_still_judged(assignment: str) -> None:
    assert found(f"# settings.py\n{assignment}\n") != []


def test_a_real_secret_in_a_test_is_still_reported() -> None:
    text = 'def test_api():\n    token = "Qm7xW3zLp9Vt2nRk8Hb4"\n'
    assert values(text) == ["Qm7xW3zLp9Vt2nRk8Hb4"]
