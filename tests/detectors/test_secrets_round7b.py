"""Round 7b of the secrets detector: blocks that name a secret apart from its `value`
(Terraform resources, GitHub's `secret_name`/`plaintext_value`, YAML and JSON items), Rust and
other typed constants, a name followed by its value in brackets, a value alone on its line after
a sentence that names the secret and ends with a colon, and credential URLs whose password holds
a raw `#`; with the look-alikes that must stay unreported."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.secrets import find_secrets, may_contain_secrets

RANDOM = "Z64ZqR8vLm2NbW7cKp3Jh"
OTHER = "N1qXw8Tz4RbK0pLs7VmC2e"
PASSWORD = "xqYn4#Lp9!vR"


def found(text: str) -> list[tuple[str, str]]:
    return [(leak.kind, text[leak.start : leak.end]) for leak in find_secrets(text)]


def covered(text: str, secret: str) -> bool:
    start = text.index(secret)
    end = start + len(secret)
    return any(leak.start <= start and leak.end >= end for leak in find_secrets(text))


def assert_found(text: str, secret: str) -> None:
    assert covered(text, secret), (text, found(text))
    assert may_contain_secrets(text.encode()), text


def assert_clean(text: str) -> None:
    assert found(text) == [], text


# -- 1. blocks and items that name the secret apart from its value ------------------------------


BLOCKS = [
    'resource "aws_ssm_parameter" "db_password" {{\n  name  = "/app/db_password"\n'
    '  type  = "SecureString"\n  value = "{v}"\n}}\n',
    # the label alone names it
    'resource "aws_ssm_parameter" "stripe_api_key" {{\n  name  = "/prod/stripe"\n'
    '  type  = "SecureString"\n  value = "{v}"\n}}\n',
    # the parameter's path alone names it
    'resource "aws_ssm_parameter" "this" {{\n  name  = "/prod/payments/api-key"\n'
    '  type  = "SecureString"\n  overwrite = true\n  value = "{v}"\n}}\n',
    'resource "github_actions_secret" "deploy" {{\n  repository      = "web"\n'
    '  secret_name     = "DEPLOY_TOKEN"\n  plaintext_value = "{v}"\n}}\n',
    'resource "github_actions_organization_secret" "npm" {{\n  secret_name = "NPM_AUTH_TOKEN"\n'
    '  visibility = "all"\n  plaintext_value = "{v}"\n}}\n',
    'data "external" "session_secret" {{\n  program = ["echo"]\n  value = "{v}"\n}}\n',
    "params:\n  - name: stripe_api_key\n    type: string\n    value: {v}\n",
    "parameters:\n  - name: WEBHOOK_SECRET\n    description: signs the callbacks\n"
    "    value: '{v}'\n",
    '{{"name": "session_secret", "type": "string", "value": "{v}"}}',
    '[{{"name": "region", "value": "eu-west-1"}}, {{"name": "client_secret", "sensitive": true,'
    ' "value": "{v}"}}]',
    # Postman environments, XML and CloudFormation spell them differently
    '{{"key": "api_token", "value": "{v}", "enabled": true}}',
    '<Parameter Name="ApiToken" Value="{v}" />',
    '{{"Name": "DB_PASSWORD", "Value": "{v}"}}',
    "DbPassword:\n  Type: AWS::SSM::Parameter\n  Properties:\n    Name: /app/db_password\n"
    "    Type: String\n    Value: {v}\n",
    # command lines
    'az keyvault secret set --vault-name kv --name db-password --value "{v}"',
    "aws ssm put-parameter --name /prod/api_key --type SecureString --value {v}",
    'az keyvault secret set --vault-name kv \\\n  --name db-password \\\n  --value "{v}"',
    'gh secret set DEPLOY_TOKEN --body "{v}"',
]


@pytest.mark.parametrize("shape", BLOCKS)
def test_block_values_are_found_by_the_name_of_their_block(shape: str) -> None:
    assert_found(shape.format(v=RANDOM), RANDOM)


def test_kubernetes_env_and_vault_forms_are_found() -> None:
    assert_found(f"env:\n  - name: API_KEY\n    value: {RANDOM}\n", RANDOM)
    assert_found(f'{{"name": "session_secret", "value": "{RANDOM}"}}', RANDOM)
    assert_found(
        'resource "vault_generic_secret" "api" {\n  path = "secret/api"\n'
        f'  data_json = jsonencode({{ api_key = "{RANDOM}" }})\n}}\n', RANDOM)
    assert_found(
        'resource "kubernetes_secret" "db" {\n  metadata { name = "db-credentials" }\n'
        f'  data = {{\n    password = "{PASSWORD}"\n  }}\n}}\n', PASSWORD)


BLOCK_LOOK_ALIKES = [
    # references, not values
    'resource "aws_ssm_parameter" "db_password" {\n  name  = "/app/db_password"\n'
    '  type  = "SecureString"\n  value = random_password.db.result\n}\n',
    'resource "aws_ssm_parameter" "db_password" {\n  name  = "/app/db_password"\n'
    '  value = "${random_password.db.result}"\n}\n',
    'resource "github_actions_secret" "deploy" {\n  secret_name = "DEPLOY_TOKEN"\n'
    "  plaintext_value = var.deploy_token\n}\n",
    # the name says nothing secret, or says what is not one
    'resource "aws_ssm_parameter" "db_host" {\n  name  = "/app/db_host"\n'
    f'  value = "{RANDOM}"\n}}',
    f'{{"name": "password_min_length", "value": "{RANDOM}"}}',
    '{"name": "token_type", "value": "Bearer"}',
    # a secret's name in an earlier item or block is not this value's
    f'- name: API_KEY\n  value: ""\n- name: LOG_FORMAT\n  value: {RANDOM}\n',
    f'[{{"name": "api_key", "value": "<redacted>"}}, {{"name": "region", "value": "{RANDOM}"}}]',
    'resource "aws_ssm_parameter" "api_token" {\n  name = "/x/api_token"\n  value = "a"\n}\n'
    f'resource "aws_ssm_parameter" "region" {{\n  name = "/x/region"\n  value = "{RANDOM}"\n}}\n',
    # masked and placeholder values, and a word that is no secret
    '{"name": "api_key", "value": "********"}',
    "env:\n  - name: API_KEY\n    value: changeme\n",
    "- name: session_secret\n  description: the cookie signing key\n  value: production\n",
    '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"}',
    # the next key of a JSON object is no value
    'data = {"grant_type": "client_credentials", "resource": resource}',
    '{"key": "api_token", "value": "{{api_token}}"}',
    f'{{"key": "token_url", "value": "{RANDOM}"}}',
    '<Parameter Name="ApiToken" Value="#{ApiToken}" />',
    "Name: /app/db_password\nType: String\nValue: !Ref DbPassword\n",
    # command lines: references, other names, another command's name
    'aws ssm put-parameter --name /prod/api_key --type SecureString --value "$API_KEY"',
    "aws ssm put-parameter --name /prod/api_key --type SecureString --value file://key.txt",
    f"aws ssm put-parameter --name /prod/region --value {RANDOM}",
    "aws ssm put-parameter --name /prod/api_key --value x\n"
    f"aws ssm put-parameter --name /prod/region --value {RANDOM}",
    'gh secret set DEPLOY_TOKEN --body "$DEPLOY_TOKEN"',
    f"gh variable set REGION --body {RANDOM}",
]


@pytest.mark.parametrize("text", BLOCK_LOOK_ALIKES)
def test_block_look_alikes_stay_unreported(text: str) -> None:
    assert_clean(text)


# -- 2. typed constants ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", [
    'const DB_PASSWORD: &str = "{v}";',
    "static API_KEY: &'static str = \"{v}\";",
    'pub const AUTH_TOKEN: &str = "{v}";',
    "pub(crate) static SIGNING_SECRET: &'static [u8] = b\"{v}\";",
    'let token: String = "{v}".into();',
    'let token: String = String::from("{v}");',
    'let client_secret: String = "{v}".to_string();',
    'val apiKey: String = "{v}"',
    'private const val CLIENT_SECRET: String = "{v}"',
    'let apiKey: String = "{v}"',
    'const apiKey: string = "{v}";',
    'export const WEBHOOK_SECRET: string = "{v}";',
    'var token string = "{v}"',
    'const apiKey string = "{v}"',
    'var signingKey []byte = []byte("{v}")',
])
def test_typed_constants_are_found(shape: str) -> None:
    assert_found(shape.format(v=RANDOM), RANDOM)


@pytest.mark.parametrize("text", [
    'const DB_PASSWORD: &str = env!("DB_PASSWORD");',
    'static API_KEY: &str = env!("API_KEY");',
    "let token: String = std::env::var(\"TOKEN\").unwrap();",
    "let token: String = generate_token();",
    "const apiKey: string = process.env.API_KEY!;",
    "const apiKey: string = process.env.API_KEY;",
    'const TOKEN_HEADER: &str = "Authorization";',
    "fn check(password: &str) -> bool {",
    'const COMMIT_SHA: &str = "9c1e7a3f5b2d8e4a6c0f1b3d5e7a9c2e4f6a8b0d";',
    'var token string = os.Getenv("TOKEN")',
    "var token string = cfg.Token",
    'const tokenHeader string = "X-Auth-Token"',
])
def test_typed_look_alikes_stay_unreported(text: str) -> None:
    assert_clean(text)


# -- 3. a value in brackets after its name ------------------------------------------------------


@pytest.mark.parametrize("shape", [
    "call /v2/orders with our DB_PASSWORD ({v}) and retry",
    "using PAYMENTS_API_KEY [{v}] for now",
    "the api token ({v}) expires on Friday",
    "the stripe secret key [{v}] was pasted in the channel",
    "login with the admin password ({p}) then rotate it",
])
def test_bracketed_values_after_their_name_are_found(shape: str) -> None:
    text = shape.format(v=OTHER, p=PASSWORD)
    assert_found(text, PASSWORD if "{p}" in shape else OTHER)


@pytest.mark.parametrize("text", [
    "set the DB_PASSWORD (see the vault entry) before deploying",
    "the API_KEY [required] must be set",
    "rotate the API_KEY (ticket OPS-1234) tomorrow",
    "the token (JWT) is sent in the header",
    "api_key (str): the key to use for the request",
    "the password (at least 12 characters) must contain a digit",
    "call check_password(\"Z64ZqR8vLm2NbW7cKp3Jh\") in the test",
    "the api token (9c1e7a3f5b2d8e4a6c0f1b3d5e7a9c2e) is its digest",
    "the session token (3f9a2b1c-4d5e-6f70-8192-a3b4c5d6e7f8) in the request id",
    "the API_KEY (********) was masked",
    "the API_KEY (${API_KEY}) is read from the environment",
])
def test_bracketed_look_alikes_stay_unreported(text: str) -> None:
    assert_clean(text)


# -- 4. a value alone on its line after a sentence that names it ---------------------------------


@pytest.mark.parametrize("shape", [
    "here is the db password for the staging account:\n\n{p}\n",
    "the twilio api secret for staging:\n{v}",
    "payments api key below:\n\n  {v}\n",
    "Here is the access token for the reporting bot:\n{v}\nthanks",
    "The deploy token as follows:\n{v}\n",
    "ok, the password for the ops vpn on the box:\r\n\r\n{p}\r\n",
])
def test_values_on_the_line_after_a_naming_sentence_are_found(shape: str) -> None:
    text = shape.format(v=RANDOM, p=PASSWORD)
    assert_found(text, PASSWORD if "{p}" in shape else RANDOM)


def test_connection_string_after_a_naming_sentence_is_found() -> None:
    text = f"connection string for prod:\n\npostgres://app:{PASSWORD}@db.internal/app\n"
    assert_found(text, PASSWORD)


@pytest.mark.parametrize("text", [
    "here is the db password for the staging account:\n\nit is in the vault under staging/db\n",
    "the api key below:\n\nSee the docs for how to create one.\n",
    "password for the build:\n\nRun make build afterwards.\n",
    "Token below:\n\n9c1e7a3f5b2d8e4a6c0f1b3d5e7a9c2e4f6a8b0d\n",
    "Auth token below:\n\n3f9a2b1c-4d5e-6f70-8192-a3b4c5d6e7f8\n",
    "the api key here:\n\nhttps://dashboard.example.com/settings/keys\n",
    "password policy below:\n\nMinimumLength12\n",
    f"Here are the notes from the meeting:\n\n{RANDOM}\n",
    "the api key for staging:\n\n${STAGING_API_KEY}\n",
])
def test_ordinary_next_lines_stay_unreported(text: str) -> None:
    assert_clean(text)


# -- 5. credential URLs whose password holds a raw `#` -------------------------------------------


@pytest.mark.parametrize(("text", "password"), [
    ("postgresql://svc:r7JGq2Lm#n2Otx@db.internal:5432/orders", "r7JGq2Lm#n2Otx"),
    ("mysql://app:mDdn#Mxnz@host/shop", "mDdn#Mxnz"),
    ("redis://default:8vyD#mEnA@host", "8vyD#mEnA"),
    ("amqps://app:D5lH#wTvT@host", "D5lH#wTvT"),
    ('DATABASE_URL="postgresql://svc:Qw#9xLp#2z@db:5432/app"', "Qw#9xLp#2z"),
    ("mongodb+srv://ops:#Tr4pz9Kw@cluster0.abcde.mongodb.net/db", "#Tr4pz9Kw"),
])
def test_url_passwords_with_a_raw_hash_are_found_whole(text: str, password: str) -> None:
    assert_found(text, password)


@pytest.mark.parametrize("text", [
    "https://example.com/docs/page#section",
    "https://host/page#auth@token",
    "see https://docs.host/x#password@host for details",
    "http://localhost:3000#user@example.com",
    "postgresql://svc:${DB_PASS}@db.internal:5432/orders",
    "mysql://app:****#****@host/shop",
    "git+https://github.com/org/repo#egg=pkg",
    "https://user@host/path#frag",
    "https://host:8080/page#a@b",
])
def test_url_fragments_stay_unreported(text: str) -> None:
    assert_clean(text)


def test_other_name_rules_still_run_where_block_values_are_read() -> None:
    # a region with a `value` word still reads a bare bearer token and a plain assignment
    token = "q9Lw3ZbXo7TnR2vKc8YjHd4sUeMa1PfQ"
    text = f'headers = {{"value": 1}}\nsent == [["Bearer {token}"]]\napi_key = "{OTHER}"\n'
    assert_found(text, token)
    assert_found(text, OTHER)
    assert_clean('assert error["data"] == {"reason": "upstream_credentials", "upstream": "canary"}')
