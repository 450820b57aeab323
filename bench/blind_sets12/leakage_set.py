# ruff: noqa: E501
"""Blind set 12, leakage part.

SECRETS (kind, text, value), LOOKALIKES (kind, text), PII (kind, text, value),
PII_LOOKALIKES (kind, text). Every value is random from a fixed seed; none is real."""

from __future__ import annotations

import base64
import json
import random
import textwrap
import uuid
from collections.abc import Callable

from . import _pii_formats as PF
from . import _secret_formats as SF
from ._common import (
    CITIES,
    COMPANIES,
    PROJECTS,
    SERVICES,
    TEAMS,
    VarietyFilter,
    date,
    fill,
    handle,
    hexstr,
    person,
    stamp,
    version,
)

# ------------------------------------------------------------------ secrets
VARS = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId"],
    "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SecretAccessKey"],
    "github_pat_classic": ["GITHUB_TOKEN", "GH_TOKEN", "github_token"],
    "github_pat_fine_grained": ["GITHUB_TOKEN", "GH_PAT", "RELEASE_TOKEN"],
    "github_oauth_or_app": ["GITHUB_APP_TOKEN", "GH_OAUTH_TOKEN"],
    "gitlab_pat": ["GITLAB_TOKEN", "CI_PUSH_TOKEN", "gitlab_private_token"],
    "slack_bot_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "slack_token"],
    "slack_webhook": ["SLACK_WEBHOOK_URL", "alert_webhook", "webhook_url"],
    "stripe_secret_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripe_key"],
    "openai_api_key": ["OPENAI_API_KEY", "openai_key", "LLM_API_KEY"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY", "anthropic_key", "CLAUDE_API_KEY"],
    "google_api_key": ["GOOGLE_API_KEY", "MAPS_API_KEY", "GCP_API_KEY"],
    "twilio_api_key": ["TWILIO_API_KEY", "twilio_key_sid"],
    "sendgrid_api_key": ["SENDGRID_API_KEY", "MAIL_API_KEY", "sendgrid_key"],
    "npm_token": ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
    "pypi_token": ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"],
    "huggingface_token": ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN", "hf_token"],
    "azure_client_secret": ["AZURE_CLIENT_SECRET", "client_secret", "ARM_CLIENT_SECRET"],
    "digitalocean_token": ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"],
    "shopify_token": ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
    "mailgun_api_key": ["MAILGUN_API_KEY", "mailgun_key"],
    "datadog_api_key": ["DD_API_KEY", "DATADOG_API_KEY", "datadog_api_key"],
    "telegram_bot_token": ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"],
    "dockerhub_pat": ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"],
    "high_entropy_secret": ["SESSION_SECRET", "SECRET_KEY", "JWT_SIGNING_SECRET", "COOKIE_SECRET", "ENCRYPTION_KEY", "WEBHOOK_SIGNING_SECRET", "APP_KEY"],
    "bearer_token": ["API_TOKEN", "ACCESS_TOKEN", "SERVICE_TOKEN"],
    "jwt": ["ID_TOKEN", "ACCESS_TOKEN", "AUTH_JWT"],
}

CHAT_LEAD = [
    "@{f} here is the key for the {svc} staging account, don't lose it:",
    "pasting the token so you can test the {proj} import tonight:",
    "new credential for {svc} after the rotation on {date}:",
    "{f} asked for the {svc} key, here you go",
    "this is the one from the vault, the old one was revoked on {day}:",
    "quick one before I log off — the {svc} token is",
    "for the demo with {co} tomorrow use this key:",
    "the CI secret was empty so I set it by hand to",
    "works on my machine with this value, try it:",
    "found it in the old {proj} repo, still valid as of {time}:",
]
CHAT_TAIL = [
    "I'll rotate it after the demo.",
    "please move it to the vault when you get a chance",
    "ping me if it doesn't work",
    "(yes I know, I'll delete this message later)",
    "{f} has the admin one if you need more scopes",
    "it expires at the end of {month} anyway",
    "thx!",
    "don't commit it pls",
]
PROSE = [
    "Hi {f}, as discussed on the call, here are the credentials for the {svc} integration.",
    "We rotated the {proj} keys on {date}; the new value is below.",
    "Please update the pipeline variable before the {day} release.",
    "The vendor sent the production credential by mail, copying it here for the record.",
    "Ticket {tk}: customer pasted their configuration into the support form.",
    "Reproduction notes from {f}: the job fails with the following settings.",
    "I have added the key to the shared document so {team} can test.",
    "Handover for {f} while I'm away: access details for {svc} are below.",
    "The contractor needs this for the {city} migration next week.",
    "Support escalation from {co}; their config file is attached inline.",
]


def _v(rng: random.Random, kind: str) -> str:
    return rng.choice(VARS.get(kind, ["SECRET"]))


def _dotenv(rng: random.Random, kind: str, value: str) -> str:
    lines = [f"# {rng.choice(SERVICES)} — {rng.choice(['local', 'staging', 'prod'])} settings ({date(rng)})",
             f"PORT={rng.choice([3000, 8000, 8080, 5000])}", f"LOG_LEVEL={rng.choice(['info', 'debug', 'warn'])}",
             f"REGION={rng.choice(['eu-west-1', 'us-east-2', 'ap-northeast-1', 'eu-central-1'])}", f"FEATURE_{rng.choice(PROJECTS).upper()}={rng.choice(['on', 'off'])}",
             f"WORKERS={rng.randint(1, 16)}"]
    rng.shuffle(lines[1:])
    lines.insert(rng.randint(2, len(lines)), f"{_v(rng, kind)}={value}" if rng.random() < 0.7 else f'{_v(rng, kind)}="{value}"')
    return "\n".join(lines)


def _yaml(rng: random.Random, kind: str, value: str) -> str:
    svc = rng.choice(SERVICES)
    return (f"# config/{rng.choice(['prod', 'staging', 'dev'])}.yaml for {svc}\nservice:\n  name: {svc}\n  replicas: {rng.randint(1, 9)}\n  timeout_ms: {rng.randint(200, 9000)}\n"
            f"integrations:\n  {rng.choice(['provider', 'upstream', 'vendor'])}:\n    enabled: true\n    {_v(rng, kind).lower()}: \"{value}\"\n    retries: {rng.randint(1, 5)}\nlogging:\n  level: {rng.choice(['info', 'debug'])}\n")


def _json(rng: random.Random, kind: str, value: str) -> str:
    cfg = {"name": rng.choice(SERVICES), "version": version(rng), "env": rng.choice(["production", "staging"]),
           "credentials": {_v(rng, kind).lower(): value}, "owner": handle(person(rng)), "updated": date(rng)}
    return json.dumps(cfg, indent=2)


def _hcl(rng: random.Random, kind: str, value: str) -> str:
    return (f"# terraform/{rng.choice(['main', 'providers', 'secrets'])}.tf — {rng.choice(TEAMS)}\nvariable \"region\" {{\n  default = \"{rng.choice(['eu-west-1', 'us-east-1'])}\"\n}}\n\n"
            f"resource \"{rng.choice(['aws_ssm_parameter', 'vault_generic_secret', 'github_actions_secret', 'kubernetes_secret'])}\" \"{rng.choice(SERVICES).replace('-', '_')}\" {{\n"
            f"  name  = \"/{rng.choice(['prod', 'stage'])}/{rng.choice(SERVICES)}/{_v(rng, kind).lower()}\"\n  type  = \"SecureString\"\n  value = \"{value}\"\n  tags  = {{ owner = \"{handle(person(rng))}\" }}\n}}\n")


def _python(rng: random.Random, kind: str, value: str) -> str:
    name = _v(rng, kind).upper()
    return (f'"""Quick script to pull {rng.choice(["invoices", "orders", "usage", "events"])} from {rng.choice(SERVICES)} (temporary)."""\nimport os\n\nimport requests\n\n'
            f'{name} = os.environ.get("{name}", "{value}")  # TODO remove default before merging\nBASE = "https://api.{rng.choice(["vendor", "partner", "internal"])}.example/v{rng.randint(1, 3)}"\n\n\n'
            f'def fetch(page: int = 1) -> dict:\n    r = requests.get(f"{{BASE}}/items", params={{"page": page}}, headers={{"X-Api-Key": {name}}}, timeout={rng.randint(5, 30)})\n    r.raise_for_status()\n    return r.json()\n')


def _js(rng: random.Random, kind: str, value: str) -> str:
    return (f"// {rng.choice(SERVICES)}/src/client.js — {person(rng)}\nconst client = createClient({{\n  baseUrl: '{rng.choice(['https://api.partner.example', 'https://eu.vendor.example'])}',\n"
            f"  {rng.choice(['apiKey', 'token', 'secret'])}: '{value}',\n  timeout: {rng.randint(1000, 9000)},\n}});\n\nexport async function list{rng.choice(['Orders', 'Users', 'Invoices'])}(page = 1) {{\n  return client.get('/v1/items', {{ page }});\n}}\n")


def _ci_leak(rng: random.Random, kind: str, value: str) -> str:
    return "\n".join([
        f"Run #{rng.randint(1000, 99999)} · {rng.choice(SERVICES)} · {rng.choice(['deploy', 'release', 'nightly'])}",
        f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:12:0{rng.randint(0, 9)}Z Run ./scripts/{rng.choice(['deploy', 'publish', 'sync'])}.sh",
        f"+ echo \"debug: using {_v(rng, kind)}={value}\"",
        f"debug: using {_v(rng, kind)}=***" if rng.random() < 0.1 else f"+ {rng.choice(['terraform apply -auto-approve', 'npm publish', 'helm upgrade --install app ./chart'])}",
        f"{rng.randint(2, 40)} resources processed in {rng.randint(3, 90)}s",
        f"Job finished with status {rng.choice(['success', 'failure'])}",
    ])


def _chat(rng: random.Random, kind: str, value: str) -> str:
    who, other = handle(person(rng)), handle(person(rng))
    h = rng.randint(8, 18)
    return (f"#{rng.choice(['eng-', 'proj-', 'team-'])}{rng.choice(SERVICES)}\n[{h}:{rng.randint(10, 30)}] {other}: {fill(rng.choice(['anyone have access to {svc}?', 'is the {proj} sandbox still up?', 'my token for {svc} expired again', 'who owns the {svc} account?']), rng)}\n"
            f"[{h}:{rng.randint(31, 50)}] {who}: {fill(rng.choice(CHAT_LEAD), rng)} {value}\n[{h}:{rng.randint(51, 59)}] {who}: {fill(rng.choice(CHAT_TAIL), rng)}")


def _email(rng: random.Random, kind: str, value: str) -> str:
    a, b = person(rng), person(rng)
    return (f"From: {a} <{handle(a)}@{rng.choice(['kestrel-mfg.de', 'vireo-analytics.com', 'tallis.media'])}>\nTo: {b}\nSubject: {fill(rng.choice(['{svc} access', 'Credentials for {proj}', 'Re: {co} integration', 'handover notes']), rng)}\n\n"
            f"{fill(rng.choice(PROSE), rng)}\n\n{_v(rng, kind)}: {value}\n\n{fill(rng.choice(['Let me know once it works.', 'Please store it in the vault and delete this mail.', 'It is scoped to {svc} only.', 'Shout if {f} needs a separate one.']), rng)}\n{a.split()[0]}")


def _ticket(rng: random.Random, kind: str, value: str) -> str:
    return (f"{fill('{tk}', rng)} · {fill(rng.choice(['Sync with {svc} failing', 'Webhook not firing for {co}', 'Cannot publish package', 'Import job returns 401']), rng)}\nReporter: {person(rng)}\n\n"
            f"{fill(rng.choice(PROSE), rng)}\n\n```\n{_v(rng, kind)}={value}\n{rng.choice(['REGION', 'ENV', 'TENANT'])}={rng.choice(['eu', 'prod', 'acme'])}\n```\n\n{fill(rng.choice(['Error started on {date}.', 'Happens every time since {day}.', 'Only affects the {city} tenant.']), rng)}")


def _k8s(rng: random.Random, kind: str, value: str) -> str:
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {rng.choice(SERVICES)}-credentials\n  namespace: {rng.choice(['prod', 'staging', 'payments', 'default'])}\n  labels:\n    team: {rng.choice(TEAMS).lower().replace(' ', '-')}\n"
            f"type: Opaque\nstringData:\n  {_v(rng, kind)}: \"{value}\"\n")


def _compose(rng: random.Random, kind: str, value: str) -> str:
    svc = rng.choice(SERVICES)
    return (f"services:\n  {svc}:\n    image: ghcr.io/{rng.choice(['acme', 'kestrel'])}/{svc}:{version(rng)}\n    ports:\n      - \"{rng.randint(3000, 9000)}:8080\"\n    environment:\n"
            f"      - LOG_LEVEL=info\n      - {_v(rng, kind)}={value}\n    restart: unless-stopped\n")


def _history(rng: random.Random, kind: str, value: str) -> str:
    n = rng.randint(200, 990)
    return "\n".join([
        f" {n}  cd ~/src/{rng.choice(SERVICES)}", f" {n + 1}  git pull --rebase", f" {n + 2}  export {_v(rng, kind)}={value}",
        f" {n + 3}  make {rng.choice(['test', 'deploy', 'run'])}", f" {n + 4}  {rng.choice(['kubectl get pods -n prod', 'docker ps', 'ls -la', 'history | tail'])}",
    ])


def _ini(rng: random.Random, kind: str, value: str) -> str:
    return f"; {rng.choice(SERVICES)}.ini — {date(rng)}\n[general]\nname = {rng.choice(SERVICES)}\nworkers = {rng.randint(1, 8)}\n\n[{rng.choice(['provider', 'auth', 'upstream'])}]\n{_v(rng, kind).lower()} = {value}\ntimeout = {rng.randint(5, 60)}\n"


def _notebook(rng: random.Random, kind: str, value: str) -> str:
    return (f"In [{rng.randint(1, 40)}]: import os; os.environ[\"{_v(rng, kind)}\"] = \"{value}\"\n\nIn [{rng.randint(41, 80)}]: client = Client()\n   ...: client.ping()\n"
            f"Out[{rng.randint(41, 80)}]: {{'status': 'ok', 'latency_ms': {rng.randint(5, 400)}}}")


def _wiki(rng: random.Random, kind: str, value: str) -> str:
    return (f"# {rng.choice(SERVICES)} — local setup\n\n{fill(rng.choice(['Clone the repo and install the dependencies with make setup.', 'You need access to the {team} group before starting.', 'These steps were last checked by {f} on {date}.']), rng)}\n\n"
            f"Set the shared {rng.choice(['staging', 'sandbox', 'test'])} key in your shell:\n\n    export {_v(rng, kind)}={value}\n\n{fill(rng.choice(['Then run make dev and open localhost in the browser.', 'Ask {f} if the key stops working.', 'The sandbox is reset every {day}.']), rng)}")


def _curl_header(rng: random.Random, kind: str, value: str) -> str:
    header = rng.choice(["Authorization: Bearer ", "Authorization: token ", "X-Api-Key: ", "Private-Token: "]) if kind not in ("jwt", "bearer_token") else "Authorization: Bearer "
    return (f"$ curl -sS -X {rng.choice(['GET', 'POST'])} https://api.{rng.choice(['vendor', 'partner', 'internal'])}.example/v{rng.randint(1, 4)}/{rng.choice(['orders', 'users', 'reports', 'events'])} \\\n"
            f"    -H \"{header}{value}\" \\\n    -H 'Accept: application/json'\n{{\"count\": {rng.randint(0, 500)}, \"next\": null}}")


def _stack(rng: random.Random, kind: str, value: str) -> str:
    return (f"Traceback (most recent call last):\n  File \"/app/{rng.choice(SERVICES).replace('-', '_')}/client.py\", line {rng.randint(20, 400)}, in connect\n    session.auth(key=settings.{_v(rng, kind).upper()})\n"
            f"  File \"/usr/lib/python3.11/site-packages/vendor/auth.py\", line {rng.randint(20, 400)}, in auth\n    raise AuthError(f\"rejected key {{key}}\")\n"
            f"vendor.errors.AuthError: rejected key {value}\n[{stamp(rng)}] worker {rng.randint(1, 9)} exiting")


TOKEN_CONTEXTS: list[Callable[[random.Random, str, str], str]] = [_dotenv, _yaml, _json, _hcl, _python, _js, _ci_leak, _chat, _email, _ticket, _k8s, _compose, _history, _ini, _notebook, _wiki, _curl_header, _stack]


def _db_url(rng: random.Random, kind: str, pw: str) -> str:
    user = rng.choice(["app", "svc_orders", "reporting", "admin", "etl", handle(person(rng)).split(".")[0]])
    host = f"{rng.choice(['db', 'pg', 'mysql', 'mongo'])}-{rng.randint(1, 9)}.{rng.choice(['internal', 'prod.local', 'eu-west-1.rds.amazonaws.com'])}"
    scheme = rng.choice(["postgresql", "postgres", "mysql", "mongodb+srv", "redis", "mssql", "postgresql+psycopg"])
    url = f"{scheme}://{user}:{pw}@{host}:{rng.choice([5432, 3306, 6379, 27017, 1433])}/{rng.choice(['orders', 'app', 'analytics', 'billing'])}"
    form = rng.choice([
        lambda: f"DATABASE_URL={url}\nREDIS_TTL={rng.randint(60, 900)}\nDEBUG=false",
        lambda: f"[{stamp(rng)}] INFO connecting to {url} (pool={rng.randint(2, 20)})\n[{stamp(rng)}] ERROR timeout after {rng.randint(1, 30)}s",
        lambda: f"from sqlalchemy import create_engine\n\nengine = create_engine(\"{url}\", pool_pre_ping=True)\n",
        lambda: f"spring:\n  datasource:\n    url: {url}\n    hikari:\n      maximum-pool-size: {rng.randint(4, 40)}\n",
        lambda: f"{fill(rng.choice(PROSE), rng)}\n\nConnection string: {url}\n",
        lambda: f"psql \"{url}\" -c 'select count(*) from {rng.choice(['orders', 'users', 'events'])};'\n count\n-------\n {rng.randint(10, 99999)}\n(1 row)",
    ])
    return form()


def _basic_url(rng: random.Random, kind: str, pw: str) -> str:
    user = rng.choice(["deploy", "ci", "jenkins", "admin", handle(person(rng))])
    host = rng.choice(["git.internal.example", "nexus.corp.example", "registry.build.example", "artifactory.example.net", "grafana.ops.example"])
    form = rng.choice([
        lambda: f"[remote \"origin\"]\n\turl = https://{user}:{pw}@{host}/{rng.choice(SERVICES)}.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*",
        lambda: f"[global]\nindex-url = https://{user}:{pw}@{host}/repository/pypi/simple\ntimeout = {rng.randint(10, 120)}",
        lambda: f"$ curl -fsS https://{user}:{pw}@{host}/api/health\n{{\"status\":\"ok\",\"version\":\"{version(rng)}\"}}",
        lambda: f"{fill(rng.choice(PROSE), rng)}\nDashboard: https://{user}:{pw}@{host}/d/{hexstr(rng, 8)}",
        lambda: f"registry=https://{host}/npm/\nalways-auth=true\n# mirror https://{user}:{pw}@{host}/npm/",
    ])
    return form()


def _webhook(rng: random.Random, kind: str, url: str) -> str:
    form = rng.choice([
        lambda: f"alerting:\n  receivers:\n    - name: {rng.choice(TEAMS).lower().replace(' ', '-')}\n      slack_configs:\n        - api_url: {url}\n          channel: '#alerts-{rng.choice(SERVICES)}'",
        lambda: f"SLACK_WEBHOOK_URL={url}\nALERT_THRESHOLD={rng.randint(1, 99)}",
        lambda: f"requests.post(\"{url}\", json={{\"text\": \"deploy of {rng.choice(SERVICES)} finished\"}}, timeout=5)",
        lambda: f"$ curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"hello\"}}' {url}\nok",
    ])
    return form()


def _pem_ctx(rng: random.Random, kind: str, key: str) -> str:
    form = rng.choice([
        lambda: f"$ cat ~/.ssh/{rng.choice(['id_rsa', 'deploy_key', 'id_ed25519', 'ci_key'])}\n{key}\n$ chmod 600 ~/.ssh/deploy_key",
        lambda: f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {rng.choice(SERVICES)}-tls\ntype: Opaque\nstringData:\n  tls.key: |\n" + textwrap.indent(key, "    "),
        lambda: f"@{handle(person(rng))} {fill(rng.choice(CHAT_LEAD), rng)}\n```\n{key}\n```",
        lambda: f"resource \"tls_private_key\" \"imported\" {{\n  # imported from the old {rng.choice(PROJECTS)} host\n  private_key_pem = <<EOT\n{key}\nEOT\n}}",
        lambda: f"{fill(rng.choice(PROSE), rng)}\n\n{key}\n",
    ])
    return form()


def _jwt_ctx(rng: random.Random, kind: str, tok: str) -> str:
    form = rng.choice([
        lambda: f"GET /api/v2/{rng.choice(['me', 'orders', 'invoices'])} HTTP/1.1\nHost: app.{rng.choice(['vireo-analytics.com', 'kestrel-mfg.de'])}\nAuthorization: Bearer {tok}\nUser-Agent: {rng.choice(['okhttp/4.12', 'python-requests/2.32', 'Mozilla/5.0'])}",
        lambda: f"Set-Cookie: session={tok}; Path=/; HttpOnly; Secure; SameSite=Lax",
        lambda: f"> localStorage.getItem('auth')\n'{{\"token\":\"{tok}\",\"user\":{rng.randint(100, 9999)}}}'",
        lambda: f"[{stamp(rng)}] DEBUG {rng.choice(SERVICES)} outgoing call headers={{'Authorization': 'Bearer {tok}'}}",
        _curl_header(rng, kind, tok),
        _chat(rng, kind, tok),
    ])
    return form() if callable(form) else form


def _azure_ctx(rng: random.Random, kind: str, key: str) -> str:
    acct = f"{rng.choice(['prod', 'stg', 'data', 'logs'])}{rng.choice(SERVICES).replace('-', '')[:10]}{rng.randint(1, 99)}"
    cs = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
    form = rng.choice([
        lambda: f"AZURE_STORAGE_CONNECTION_STRING=\"{cs}\"\nCONTAINER={rng.choice(['exports', 'uploads', 'backups'])}",
        lambda: json.dumps({"IsEncrypted": False, "Values": {"AzureWebJobsStorage": cs, "FUNCTIONS_WORKER_RUNTIME": "python"}}, indent=2),
        lambda: f"{fill(rng.choice(PROSE), rng)}\n{cs}",
    ])
    return form()


def _password_ctx(rng: random.Random, kind: str, pw: str) -> str:
    user = rng.choice(["svc_report", "admin", "app_user", "mailer", handle(person(rng))])
    form = rng.choice([
        lambda: f"database:\n  host: {rng.choice(['db1', 'pg-main', 'mysql-prod'])}.internal\n  user: {user}\n  password: \"{pw}\"\n  pool: {rng.randint(2, 30)}",
        lambda: f"[smtp]\nhost = smtp.{rng.choice(['office365.com', 'mailgun.org', 'sendgrid.net'])}\nport = 587\nusername = {user}\npassword = {pw}\n",
        lambda: f"<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sql{rng.randint(1, 9)};Database={rng.choice(['Orders', 'Hr', 'Crm'])};User Id={user};Password={pw};\" />\n</connectionStrings>",
        lambda: f"spring.datasource.username={user}\nspring.datasource.password={pw}\nspring.jpa.show-sql=false",
        lambda: json.dumps({"ldap": {"bind_dn": f"cn={user},ou=services,dc=corp,dc=example", "bind_password": pw, "timeout": rng.randint(3, 30)}}, indent=2),
        lambda: f"{fill(rng.choice(PROSE), rng)}\n\nuser: {user}\npassword: {pw}\n",
        lambda: f"      - MYSQL_USER={user}\n      - MYSQL_PASSWORD={pw}\n      - MYSQL_DATABASE={rng.choice(['shop', 'wiki', 'crm'])}",
    ])
    return form()


SPECIAL = {
    "database_url_password": _db_url, "basic_auth_url_password": _basic_url, "slack_webhook": _webhook,
    "pem_private_key": _pem_ctx, "openssh_private_key": _pem_ctx, "jwt": _jwt_ctx,
    "azure_storage_key": _azure_ctx, "config_password": _password_ctx,
}


def _build_secrets() -> list[tuple[str, str, str]]:
    rng = random.Random(120056)
    vf = VarietyFilter()
    out: list[tuple[str, str, str]] = []
    kinds = list(SF.SECRET_GENERATORS)
    per_kind = {k: 9 for k in kinds}
    for k in ("database_url_password", "basic_auth_url_password", "bearer_token", "high_entropy_secret", "config_password", "jwt", "aws_access_key_id", "aws_secret_access_key", "github_pat_classic"):
        per_kind[k] = 13
    for kind in kinds:
        made = 0
        tries = 0
        while made < per_kind[kind]:
            tries += 1
            if tries > 500:
                raise RuntimeError(kind)
            value = SF.SECRET_GENERATORS[kind](rng)
            if kind in SPECIAL:
                text = SPECIAL[kind](rng, kind, value)
            else:
                text = rng.choice(TOKEN_CONTEXTS)(rng, kind, value)
            if value in text and vf.accept(text):
                out.append((kind, text, value))
                made += 1
    return out


# ------------------------------------------------------------------ secret look-alikes
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _lk_git(rng: random.Random) -> str:
    lines = []
    subjects = ["Merge pull request #{pr} from {f}/fix", "Bump {svc} to {ver}", "Fix flaky test in {svc}", 'Revert "{svc}: cache lookups"', "docs: update runbook for {svc}"]
    for _ in range(rng.randint(3, 6)):
        lines.append(f"{hexstr(rng, 40)} {fill(rng.choice(subjects), rng)}")
    cmd = rng.choice([f"git log --format='%H %s' -n {len(lines)} origin/{rng.choice(SERVICES)}", f"git log --pretty=format:'%H %s' {version(rng)}..HEAD", f"git rev-list --format=oneline -{len(lines)} release/{version(rng)}"])
    return f"$ {cmd}\n" + "\n".join(lines)


def _lk_sha256(rng: random.Random) -> str:
    return f"SHA256 checksums for {rng.choice(SERVICES)} {version(rng)}\n" + "\n".join(f"{hexstr(rng, 64)}  {n}" for n in rng.sample(["linux-amd64.tar.gz", "linux-arm64.tar.gz", "darwin-arm64.zip", "windows-amd64.zip", "checksums.sig"], 3))


def _lk_uuid(rng: random.Random) -> str:
    rows = [f"{uuid.UUID(int=rng.getrandbits(128), version=4)} | {person(rng)} | {rng.choice(['active', 'suspended', 'invited'])}" for _ in range(rng.randint(3, 6))]
    return f"SELECT id, name, status FROM {rng.choice(['members', 'workspace_users', 'seats', 'org_members'])} WHERE org = '{rng.choice(SERVICES)}' LIMIT {len(rows)};\n" + "\n".join(rows)


def _lk_docker(rng: random.Random) -> str:
    svc = rng.choice(SERVICES)
    return f"$ docker pull ghcr.io/acme/{svc}:{version(rng)}\n{version(rng)}: Pulling from acme/{svc}\nDigest: sha256:{hexstr(rng, 64)}\nStatus: Downloaded newer image for ghcr.io/acme/{svc}:{version(rng)}\nimage id: sha256:{hexstr(rng, 12)}"


def _lk_sri(rng: random.Random) -> str:
    h = base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()
    return f'<script src="https://cdn.jsdelivr.net/npm/{rng.choice(["chart.js", "alpinejs", "htmx.org", "dayjs"])}@{version(rng)}/dist/index.min.js"\n        integrity="sha384-{h}"\n        crossorigin="anonymous"></script>'


def _lk_npm_lock(rng: random.Random) -> str:
    pkgs = []
    for name in rng.sample(["lodash", "debug", "ms", "semver", "chalk", "commander", "yargs", "minimist", "picomatch"], 3):
        pkgs.append(f'    "node_modules/{name}": {{\n      "version": "{version(rng)}",\n      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{version(rng)}.tgz",\n      "integrity": "sha512-{base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()}"\n    }}')
    return '{\n  "lockfileVersion": 3,\n  "packages": {\n' + ",\n".join(pkgs) + "\n  }\n}"


def _lk_ssh_pub(rng: random.Random) -> str:
    if rng.random() < 0.5:
        key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip("=")
        return f"# authorized public keys for {rng.choice(['deploy', 'ci', 'backup', 'ansible'])}@{rng.choice(SERVICES)} (public halves only, added {date(rng)})\nssh-ed25519 {key} {handle(person(rng))}@laptop\nFingerprint: SHA256:{base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip('=')}"
    key = "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + base64.b64encode(bytes(rng.randrange(256) for _ in range(256))).decode().rstrip("=")
    return f"{fill('Hi {f}, please add this public key to authorized_keys on the {svc} box:', rng)}\nssh-rsa {key} {handle(person(rng))}@{rng.choice(SERVICES)}"


def _lk_cert(rng: random.Random) -> str:
    body = base64.b64encode(b"0\x82\x03" + bytes(rng.randrange(256) for _ in range(rng.randint(600, 900)))).decode()
    label = rng.choice(["CERTIFICATE", "PUBLIC KEY"])
    return f"{fill(rng.choice(['Public certificate for {svc}, safe to commit.', 'CA bundle used by the {svc} client.', 'Partner public key, fetched from their JWKS on {date}.']), rng)}\n-----BEGIN {label}-----\n" + "\n".join(textwrap.wrap(body, 64)) + f"\n-----END {label}-----"


def _lk_placeholder(rng: random.Random) -> str:
    ph = rng.choice([
        ("STRIPE_SECRET_KEY", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"), ("OPENAI_API_KEY", "<your-openai-key>"), ("GITHUB_TOKEN", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("SLACK_BOT_TOKEN", "xoxb-your-token-here"), ("AWS_SECRET_ACCESS_KEY", "${AWS_SECRET_ACCESS_KEY}"), ("DATABASE_URL", "postgres://user:password@localhost:5432/dbname"),
        ("ANTHROPIC_API_KEY", "sk-ant-..."), ("SENDGRID_API_KEY", "SG.xxxxxxxx.yyyyyyyy"), ("API_TOKEN", "changeme"), ("SESSION_SECRET", "<generate with openssl rand -hex 32>"),
        ("HF_TOKEN", "hf_********************************"), ("NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"), ("DD_API_KEY", "{{ vault('datadog/api_key') }}"), ("PASSWORD", "********"),
        ("TWILIO_API_KEY", "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("GITLAB_TOKEN", "glpat-<redacted>"), ("JWT_SECRET", "replace-me-in-production"),
    ])
    return (f"# {rng.choice(SERVICES)}/.env.example ({date(rng)}) — copy to .env and fill in your own values\n{fill(rng.choice(['# see the {team} wiki for how to request keys', '# never commit the real .env', '# values below are placeholders only']), rng)}\n"
            f"PORT={rng.choice([3000, 8080])}\n{ph[0]}={ph[1]}\nLOG_LEVEL=info\n")


def _lk_aws_doc(rng: random.Random) -> str:
    return (f"{fill(rng.choice(['The following example from the AWS documentation shows the credentials file format ({svc} onboarding guide).', 'Example only, these are the documentation keys from AWS, see {tk}:', 'Use the example values below in the {svc} unit tests; they are published by AWS and never valid.', '{f} asked how the credentials file looks; this is the sample from the AWS docs.', 'Step {n} of the {team} setup guide shows the file with the AWS documentation placeholders.']), rng)}\n\n"
            f"[default]\naws_access_key_id = {AWS_DOC_ID}\naws_secret_access_key = {AWS_DOC_SECRET}\nregion = {rng.choice(['us-east-1', 'eu-west-1'])}")


def _lk_ids(rng: random.Random) -> str:
    return json.dumps({
        "request_id": f"req_{SF.r(rng, SF.ALNUM, 14)}", "trace_id": hexstr(rng, 32), "span_id": hexstr(rng, 16),
        "customer": f"cus_{SF.r(rng, SF.ALNUM, 14)}", "payment_intent": f"pi_{SF.r(rng, SF.ALNUM, 24)}",
        "object_id": hexstr(rng, 24), "etag": f'"{hexstr(rng, 32)}"', "build": f"{rng.choice(SERVICES)}-{date(rng).replace('-', '')}.{rng.randint(1, 99)}",
        "publishable_key": f"pk_live_{SF.r(rng, SF.ALNUM, 24)}" if rng.random() < 0.4 else None,
    }, indent=2)


def _lk_image(rng: random.Random) -> str:
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(rng.randint(120, 400)))).decode()
    return f'<img alt="{fill("{team} logo", rng)}" width="{rng.randint(16, 128)}" src="data:image/png;base64,{data}">'


def _lk_arn(rng: random.Random) -> str:
    acct = str(rng.randint(10**11, 10**12 - 1))
    return (f"Resources created by stack {rng.choice(PROJECTS).lower()}-{rng.choice(['prod', 'stage'])}:\n"
            f"arn:aws:iam::{acct}:role/{rng.choice(SERVICES)}-runner\narn:aws:kms:eu-west-1:{acct}:key/{uuid.UUID(int=rng.getrandbits(128), version=4)}\n"
            f"arn:aws:s3:::{rng.choice(SERVICES)}-{hexstr(rng, 8)}\nRequestId: {uuid.UUID(int=rng.getrandbits(128), version=4)}")


def _lk_gpg(rng: random.Random) -> str:
    fp = hexstr(rng, 40).upper()
    return f"pub   rsa4096 {date(rng)} [SC]\n      {fp}\nuid           [ultimate] {person(rng)} <release@{rng.choice(['kestrel-mfg.de', 'tallis.media'])}>\nsub   rsa4096 {date(rng)} [E]\nVerify releases with: gpg --recv-keys {fp[-16:]}"


def _lk_hash_pw(rng: random.Random) -> str:
    return "# go.sum excerpt\n" + "\n".join(f"github.com/{rng.choice(['spf13', 'google', 'stretchr', 'rs'])}/{rng.choice(['cobra', 'uuid', 'testify', 'zerolog'])} v{version(rng)} h1:{base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()}" for _ in range(rng.randint(3, 5)))


def _lk_masked(rng: random.Random) -> str:
    return (f"Run #{rng.randint(1000, 99999)} · {rng.choice(SERVICES)}\n+ echo \"token: ***\"\ntoken: ***\n+ curl -H \"Authorization: Bearer ***\" https://api.example/v{rng.randint(1, 4)}/{rng.choice(SERVICES)}/ping\n"
            f"{{\"ok\":true}}\nSecrets are masked in logs; key ends in ...{SF.r(rng, SF.ALNUM, 4)} (last four characters only).")


LOOKALIKE_GENS: dict[str, Callable[[random.Random], str]] = {
    "git_sha": _lk_git, "sha256_checksum": _lk_sha256, "uuid": _lk_uuid, "docker_digest": _lk_docker, "sri_integrity": _lk_sri,
    "npm_integrity": _lk_npm_lock, "ssh_public_key": _lk_ssh_pub, "certificate_or_public_key": _lk_cert, "placeholder": _lk_placeholder,
    "vendor_example_key": _lk_aws_doc, "random_ids": _lk_ids, "base64_image": _lk_image, "aws_arn": _lk_arn, "gpg_fingerprint": _lk_gpg,
    "go_sum_hash": _lk_hash_pw, "masked_secret": _lk_masked,
}


def _build_lookalikes() -> list[tuple[str, str]]:
    rng = random.Random(120078)
    vf = VarietyFilter()
    out: list[tuple[str, str]] = []
    kinds = list(LOOKALIKE_GENS)
    i = 0
    misses = 0
    while len(out) < 320:
        kind = kinds[i % len(kinds)]
        i += 1
        text = LOOKALIKE_GENS[kind](rng)
        if vf.accept(text):
            out.append((kind, text))
        else:
            misses += 1
            if misses > 5000:
                raise RuntimeError("lookalikes")
    return out


# ------------------------------------------------------------------ personal data
PII_SENTENCES = [
    "Customer {p} called about a missing parcel; contact details below.",
    "New hire paperwork for {p}, starting in {city} on {date}.",
    "Refund request from {p}, order {pr}, approved by {f}.",
    "Emergency contact for the {city} offsite attendees.",
    "Vendor onboarding form submitted by {p} of {co}.",
    "Escalation {tk}: the caller gave the following details to verify identity.",
    "Booking for {p}, two nights in {city}, arriving {date}.",
    "Insurance claim {pr} filed by {p} on {date}.",
    "Lead captured at the {city} trade show by {f}.",
    "Payroll change requested by {p}, effective {month}.",
    "Patient intake form, clinic visit on {date}.",
    "Access review: the following login came from an unusual location.",
    "Account recovery case for {p}, verified by {f} at {time}.",
    "Delivery exception for {p}: courier could not reach the recipient.",
]


def _pii_ctx(rng: random.Random, kind: str, value: str) -> str:
    name = person(rng)
    label = {"email": "Email", "phone": "Phone", "card": "Card number", "iban": "IBAN", "ipv4": "IP address", "ipv6": "IP address"}.get(kind.split("_")[0], rng.choice(["ID number", "National ID", "Tax ID", "Personal number"]))
    form = rng.choice(["crm", "ticket", "chat", "db", "form", "json", "email"])
    intro = fill(rng.choice(PII_SENTENCES), rng)
    if form == "crm":
        return f"Contact: {name}\nCompany: {rng.choice(COMPANIES)}\nOwner: {person(rng)}\n{label}: {value}\nStage: {rng.choice(['Lead', 'Customer', 'Churned'])}\nNote: {intro}"
    if form == "ticket":
        return f"{fill('{tk}', rng)} · {intro}\nRequester: {name}\n\n{fill(rng.choice(['Please check the account and call back.', 'Details were confirmed on the phone by {f}.', 'Customer asked for a written confirmation.']), rng)}\n{label}: {value}"
    if form == "chat":
        return f"[{rng.randint(8, 18)}:{rng.randint(10, 59)}] {handle(person(rng))}: {intro}\n[{rng.randint(8, 18)}:{rng.randint(10, 59)}] {handle(person(rng))}: {label.lower()} is {value}, {fill(rng.choice(['can you update the record?', 'double-checked with {f}', 'just in case the form fails again']), rng)}"
    if form == "db":
        return f"SELECT name, {kind.split('_')[0]}, created_at FROM contacts WHERE id = {rng.randint(100, 99999)};\n name | {kind.split('_')[0]} | created_at\n {name} | {value} | {stamp(rng)}\n(1 row)"
    if form == "form":
        return f"{intro}\n\nFull name: {name}\nDate: {date(rng)}\n{label}: {value}\nSignature: on file"
    if form == "json":
        return json.dumps({"id": rng.randint(1000, 999999), "name": name, kind.split("_")[0]: value, "source": rng.choice(["signup", "import", "support"]), "created": stamp(rng)}, indent=2, ensure_ascii=False)
    return f"From: {name}\nSubject: {fill(rng.choice(['Update my details', 'Re: your application', 'Booking {pr}', 'Invoice question']), rng)}\n\n{intro}\nMy {label.lower()} is {value}.\n\nThanks,\n{name.split()[0]}"


def _email_value(rng: random.Random) -> str:
    name = person(rng)
    local = rng.choice([handle(name), handle(name).replace(".", "_"), handle(name).split(".")[0] + str(rng.randint(1, 99)), handle(name) + "+" + rng.choice(["billing", "news", "jobs"]), handle(name)[0] + handle(name).split(".")[1]])
    return f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'kestrel-mfg.de', 'mail.tallis.media', 'proton.me', 'icloud.com', 'uni-graz.at'])}"


def _ip_ctx(rng: random.Random, kind: str, value: str) -> str:
    form = rng.choice(["access", "auth", "fw", "pii"])
    if form == "access":
        host = f"[{value}]" if ":" in value else value
        return f"{host} - - [{rng.randint(1, 28)}/{rng.choice(['Mar', 'Jun', 'Oct'])}/2025:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000] \"GET /{rng.choice(['login', 'api/v1/orders', 'invoice/' + str(rng.randint(100, 999))])} HTTP/1.1\" {rng.choice([200, 302, 401, 404])} {rng.randint(200, 9000)} \"-\" \"Mozilla/5.0\""
    if form == "auth":
        return f"{stamp(rng)} sshd[{rng.randint(1000, 99999)}]: {rng.choice(['Failed password', 'Accepted publickey'])} for {handle(person(rng)).split('.')[0]} from {value} port {rng.randint(1024, 65000)} ssh2"
    if form == "fw":
        return f"Security alert {fill('{tk}', rng)}: {rng.randint(3, 90)} failed logins for {person(rng)} from {value} between {rng.randint(1, 9)}:00 and {rng.randint(10, 12)}:00 UTC.\n{fill(rng.choice(['Account locked automatically.', 'User confirmed it was them on a hotel network.', '{f} is checking with the user.']), rng)}"
    return _pii_ctx(rng, kind, value)


def _build_pii() -> list[tuple[str, str, str]]:
    rng = random.Random(120090)
    vf = VarietyFilter()
    out: list[tuple[str, str, str]] = []
    plan: list[tuple[str, Callable[[], tuple[str, str]], int]] = [
        ("email", lambda: ("email", _email_value(rng)), 36),
        ("phone", lambda: (lambda c: (f"phone_{c[0]}", c[1]))(PF.phone(rng)), 50),
        ("card", lambda: (lambda c: (f"card_{c[0]}", c[1]))(PF.card(rng)), 36),
        ("iban", lambda: ("iban", PF.iban(rng)), 30),
        ("ipv4", lambda: ("ipv4", PF.ipv4(rng)), 26),
        ("ipv6", lambda: ("ipv6", PF.ipv6(rng)), 18),
    ]
    for name, gen in PF.NATIONAL_IDS.items():
        plan.append((name, lambda gen=gen, name=name: (name, gen(rng)), 6 if name not in ("us_ssn", "uk_nino") else 12))
    for _label, gen, count in plan:
        made = 0
        while made < count:
            kind, value = gen()
            text = _ip_ctx(rng, kind, value) if kind.startswith("ip") else _pii_ctx(rng, kind, value)
            if vf.accept(text) and text.count(value) >= 1:
                out.append((kind, text, value))
                made += 1
    return out


# ------------------------------------------------------------------ personal-data look-alikes
def _pl_order(rng: random.Random) -> str:
    return f"Order ORD-{rng.randint(2019, 2025)}-{rng.randint(100000, 999999)} confirmed.\nItems: {rng.randint(1, 9)} · Total {rng.randint(5, 900)}.{rng.randint(10, 99)} EUR\nEstimated dispatch: {date(rng)}\nWarehouse bin {rng.choice('ABCDEFG')}{rng.randint(10, 99)}-{rng.randint(1, 40)}"


def _pl_notluhn(rng: random.Random) -> str:
    return f"Gift voucher code: {PF.not_luhn(rng)}\n{fill(rng.choice(['Valid until {date} in all {city} stores.', 'Not a payment card; redeem at checkout.', 'Issued by {co} customer service.']), rng)}"


def _pl_tracking(rng: random.Random) -> str:
    t = rng.choice([f"1Z{SF.r(rng, SF.UP + SF.DIG, 16)}", f"JD{rng.randint(10**15, 10**16 - 1)}", f"{SF.r(rng, SF.UP, 2)}{rng.randint(10**8, 10**9 - 1)}{rng.choice(['DE', 'GB', 'NL', 'CN'])}"])
    return f"Shipment update for order {rng.randint(10000, 99999)}\nCarrier: {rng.choice(['UPS', 'DHL', 'PostNL', 'Royal Mail'])}\nTracking: {t}\nStatus: {rng.choice(['In transit', 'Out for delivery', 'Delivered to parcel locker'])} ({date(rng)})"


def _pl_version(rng: random.Random) -> str:
    return f"{rng.choice(SERVICES)} {version(rng)} (build {rng.randint(1000, 99999)})\nRequires runtime >= {rng.randint(1, 20)}.{rng.randint(0, 9)}\nChangelog: fixed {rng.randint(2, 30)} issues, see release {version(rng)}-rc.{rng.randint(1, 5)}"


def _pl_prices(rng: random.Random) -> str:
    rows = [f"{fill('{proj}', rng)} {rng.choice(['Basic', 'Team', 'Scale'])} | {rng.randint(5, 999)}.{rng.choice(['00', '50', '99'])} | {rng.randint(1, 36)} months | SKU {SF.r(rng, SF.UP, 3)}-{rng.randint(1000, 9999)}" for _ in range(rng.randint(3, 5))]
    return f"{rng.choice(COMPANIES)} price list, {rng.choice(['EUR', 'GBP', 'USD', 'CHF'])}, valid from {date(rng)}\nPlan|Price|Term|SKU\n" + "\n".join(rows)


def _pl_isbn(rng: random.Random) -> str:
    body = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    isbn = body + str(check)
    return f"Reading list for the {rng.choice(TEAMS)} book club\nISBN {isbn[:3]}-{isbn[3]}-{isbn[4:8]}-{isbn[8:12]}-{isbn[12]} · {rng.randint(180, 640)} pages · published {rng.randint(1990, 2024)}\nCopies available: {rng.randint(1, 6)}"


def _pl_part(rng: random.Random) -> str:
    return "\n".join(f"PN {SF.r(rng, SF.UP, 2)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}{rng.choice('ABC')}  qty {rng.randint(1, 500)}  lot {rng.randint(2020, 2025)}{rng.randint(1, 52):02d}  rev {rng.choice('ABCDE')}" for _ in range(rng.randint(3, 6)))


def _pl_dates(rng: random.Random) -> str:
    return f"Project {rng.choice(PROJECTS)} milestones\n" + "\n".join(f"- {date(rng)} {rng.choice(['design freeze', 'beta', 'GA', 'audit', 'handover'])} ({rng.randint(1, 52)} weeks, {rng.randint(10, 100)}% budget)" for _ in range(4))


def _pl_badiban(rng: random.Random) -> str:
    v = PF.iban(rng, valid=False)
    return f"Test fixture (checksum deliberately wrong, must be rejected by the validator): {v}\nExpected error: INVALID_CHECKSUM"


def _pl_badssn(rng: random.Random) -> str:
    v = rng.choice([f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", f"{rng.randint(100, 599)}-00-{rng.randint(1000, 9999)}"])
    return f"Validator test case #{rng.randint(1, 400)}: input \"{v}\" must be rejected (invalid area or group).\nresult: rejected"


def _pl_invoice(rng: random.Random) -> str:
    return (f"Invoice INV-{rng.randint(100000, 999999)}\nPO number: {rng.randint(4500000000, 4599999999)}\nCost centre: {rng.randint(1000, 9999)}\nNet: {rng.randint(100, 90000)}.{rng.randint(10, 99)}\n"
            f"VAT {rng.choice([7, 19, 20, 21])}%: {rng.randint(10, 9000)}.{rng.randint(10, 99)}\nDue: {date(rng)}")


def _pl_metrics(rng: random.Random) -> str:
    return f"p50 {rng.randint(10, 90)} ms · p95 {rng.randint(100, 900)} ms · p99 {rng.randint(900, 4000)} ms\nrequests {rng.randint(10**5, 10**7)} · errors {rng.randint(0, 999)} · uptime {rng.randint(95, 99)}.{rng.randint(10, 99)}%\nwindow {date(rng)} to {date(rng)}"


def _pl_serials(rng: random.Random) -> str:
    return "Asset register\n" + "\n".join(f"{rng.choice(['Laptop', 'Monitor', 'Dock', 'Phone'])} S/N {SF.r(rng, SF.UP + SF.DIG, 10)} asset #{rng.randint(10000, 99999)} assigned {date(rng)}" for _ in range(rng.randint(3, 5)))


def _pl_flight(rng: random.Random) -> str:
    return f"Itinerary {SF.r(rng, SF.UP, 6)}\n{rng.choice(['LH', 'BA', 'KL', 'AF', 'IB'])}{rng.randint(100, 9999)} {rng.choice(CITIES)} → {rng.choice(CITIES)} dep {date(rng)} {rng.randint(6, 22):02d}:{rng.choice(['05', '35', '50'])}\nSeat {rng.randint(1, 40)}{rng.choice('ABCDEF')} · baggage {rng.randint(1, 2)}x23kg · fare class {rng.choice('YBMHQ')}"


def _pl_coords(rng: random.Random) -> str:
    return f"Build matrix ({rng.choice(SERVICES)})\nnode {rng.choice([18, 20, 22])}.{rng.randint(0, 19)}.{rng.randint(0, 9)} · python 3.{rng.randint(9, 13)}.{rng.randint(0, 9)} · go 1.{rng.randint(19, 23)}.{rng.randint(0, 9)}\nduration {rng.randint(1, 59)}m{rng.randint(0, 59)}s · artifacts {rng.randint(1, 900)} MB · job {rng.randint(10**6, 10**8)}"


PII_LOOKALIKE_GENS: dict[str, Callable[[random.Random], str]] = {
    "order_number": _pl_order, "card_like_failing_luhn": _pl_notluhn, "tracking_number": _pl_tracking, "version_string": _pl_version,
    "price_table": _pl_prices, "isbn": _pl_isbn, "part_number": _pl_part, "dates": _pl_dates, "iban_bad_checksum": _pl_badiban,
    "invalid_ssn_pattern": _pl_badssn, "invoice_numbers": _pl_invoice, "metrics": _pl_metrics, "serial_numbers": _pl_serials,
    "flight_booking_codes": _pl_flight, "build_matrix": _pl_coords,
}


def _build_pii_lookalikes() -> list[tuple[str, str]]:
    rng = random.Random(120101)
    vf = VarietyFilter()
    out: list[tuple[str, str]] = []
    kinds = list(PII_LOOKALIKE_GENS)
    i = 0
    misses = 0
    while len(out) < 225:
        kind = kinds[i % len(kinds)]
        i += 1
        text = PII_LOOKALIKE_GENS[kind](rng)
        if vf.accept(text):
            out.append((kind, text))
        else:
            misses += 1
            if misses > 5000:
                raise RuntimeError("pii lookalikes")
    return out


SECRETS: list[tuple[str, str, str]] = _build_secrets()
LOOKALIKES: list[tuple[str, str]] = _build_lookalikes()
PII: list[tuple[str, str, str]] = _build_pii()
PII_LOOKALIKES: list[tuple[str, str]] = _build_pii_lookalikes()
