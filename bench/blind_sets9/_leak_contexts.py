# ruff: noqa: E501
"""Contexts that hold a secret: config formats, code, logs, messages (value kept verbatim)."""

from __future__ import annotations

from collections.abc import Callable

from ._common import FIRST, PRODUCTS, Rng, date, hexs, name, ts

Ctx = Callable[[Rng, str, str], str]


def _env_name(var: str) -> str:
    return var.upper().replace("-", "_")


def _lower(var: str) -> str:
    out = "".join("_" + c.lower() if c.isupper() and i and not var.isupper() else c.lower() for i, c in enumerate(var))
    return out.replace("-", "_")


def env(rng: Rng, var: str, v: str) -> str:
    return "\n".join([f"# {rng.choice(PRODUCTS)} {rng.choice(['staging', 'production', 'local'])}", f"APP_ENV={rng.choice(['staging', 'production'])}", f"PORT={rng.randint(3000, 9000)}", f"LOG_LEVEL={rng.choice(['info', 'debug', 'warn'])}", f"{_env_name(var)}={v}", f"FEATURE_FLAGS={rng.choice(['beta,search', 'none', 'new-checkout'])}"])


def yaml(rng: Rng, var: str, v: str) -> str:
    val = v if "\n" not in v else "|\n" + "\n".join("    " + ln for ln in v.splitlines())
    return f"service:\n  name: {rng.choice(PRODUCTS)}\n  replicas: {rng.randint(1, 6)}\ncredentials:\n  {_lower(var)}: {val}\n  region: {rng.choice(['eu-west-1', 'us-east-2', 'ap-south-1'])}\n"


def toml(rng: Rng, var: str, v: str) -> str:
    return f"[server]\nhost = \"0.0.0.0\"\nport = {rng.randint(3000, 9000)}\n\n[{rng.choice(['auth', 'integrations', 'secrets'])}]\n{_lower(var)} = \"{v}\"\ntimeout_s = {rng.randint(5, 60)}\n"


def ini(rng: Rng, var: str, v: str) -> str:
    return f"[default]\nregion = {rng.choice(['eu-central-1', 'us-west-2'])}\noutput = json\n\n[{rng.choice(['prod', 'deploy', 'ci'])}]\n{_lower(var)} = {v}\n"


def json_cfg(rng: Rng, var: str, v: str) -> str:
    return "{\n" + f'  "name": "{rng.choice(PRODUCTS)}",\n  "version": "{rng.randint(0, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",\n  "config": {{\n    "{var}": "{v}",\n    "retries": {rng.randint(1, 5)}\n  }}\n}}'


def xml(rng: Rng, var: str, v: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="{rng.choice(["Production", "Staging"])}" />\n    <add key="{var}" value="{v}" />\n    <add key="MaxItems" value="{rng.randint(10, 500)}" />\n  </appSettings>\n</configuration>'


def hcl(rng: Rng, var: str, v: str) -> str:
    if "\n" in v:
        return f'resource "kubernetes_secret" "{rng.choice(["deploy", "tls", "signing"])}" {{\n  metadata {{\n    name = "{rng.choice(PRODUCTS)}-key"\n  }}\n  data = {{\n    "{_lower(var)}" = <<EOT\n{v}\nEOT\n  }}\n}}'
    return f'provider "{rng.choice(["aws", "github", "datadog", "stripe"])}" {{\n  region = "{rng.choice(["eu-west-1", "us-east-1"])}"\n}}\n\nvariable "{_lower(var)}" {{\n  type    = string\n  default = "{v}"\n}}'


def properties(rng: Rng, var: str, v: str) -> str:
    return f"# generated {date(rng)}\nspring.application.name={rng.choice(PRODUCTS)}\nserver.port={rng.randint(8000, 8999)}\napp.{_lower(var).replace('_', '.')}={v}\nlogging.level.root=INFO\n"


def docker_compose(rng: Rng, var: str, v: str) -> str:
    return f"services:\n  {rng.choice(['api', 'worker', 'web'])}:\n    image: {rng.choice(PRODUCTS)}:{rng.randint(1, 9)}.{rng.randint(0, 9)}\n    ports:\n      - \"{rng.randint(3000, 9000)}:8080\"\n    environment:\n      - NODE_ENV=production\n      - {_env_name(var)}={v}\n    restart: unless-stopped\n"


def k8s(rng: Rng, var: str, v: str) -> str:
    val = v if "\n" not in v else "|\n" + "\n".join("    " + ln for ln in v.splitlines())
    return f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {rng.choice(PRODUCTS)}-secrets\n  namespace: {rng.choice(['default', 'payments', 'platform'])}\ntype: Opaque\nstringData:\n  {_env_name(var)}: {val}\n"


def shell_export(rng: Rng, var: str, v: str) -> str:
    return f"$ cd ~/src/{rng.choice(PRODUCTS)}\n$ export {_env_name(var)}='{v}'\n$ make deploy ENV={rng.choice(['stg', 'prod'])}\nbuilding image... done ({rng.randint(20, 200)}s)"


def cli_flag(rng: Rng, var: str, v: str) -> str:
    tool = rng.choice(["./deploy.sh", f"{rng.choice(PRODUCTS)} sync", "python manage.py import", "terraform apply -var"])
    flag = "--" + _lower(var).replace("_", "-")
    return f"{rng.choice(FIRST).lower()}@build-{rng.randint(1, 30)}:~$ {tool} {flag}={v} --region {rng.choice(['eu-west-1', 'us-east-1'])}\n[{ts(rng)}] starting sync of {rng.randint(2, 900)} objects"


def cat_file(rng: Rng, var: str, v: str) -> str:
    path = rng.choice(["~/.ssh/id_ed25519", "/etc/ssl/private/server.key", "./deploy_key", "secrets/signing.pem"])
    return f"$ ls -l {path}\n-rw------- 1 {rng.choice(FIRST).lower()} staff {rng.randint(400, 3300)} {date(rng)} {path}\n$ cat {path}\n{v}\n$ "


def _camel(var: str) -> str:
    return "".join(p[:1].upper() + p[1:].lower() for p in var.split("_")) if "_" in var else var[:1].upper() + var[1:]


def python(rng: Rng, var: str, v: str) -> str:
    if "\n" in v:
        return f'import paramiko\nimport io\n\n{_env_name(var)} = """{v}"""\n\nkey = paramiko.Ed25519Key.from_private_key(io.StringIO({_env_name(var)}))\nclient = paramiko.SSHClient()\nclient.connect("{rng.choice(["10.0.4.12", "bastion.internal"])}", username="deploy", pkey=key)\n'
    return f"import os\nimport requests\n\n{_env_name(var)} = \"{v}\"  # TODO move to vault\n\ndef fetch_{rng.choice(['orders', 'users', 'rates'])}():\n    return requests.get(BASE_URL, timeout={rng.randint(3, 30)})\n"


def javascript(rng: Rng, var: str, v: str) -> str:
    return f"const express = require('express');\nconst app = express();\n\nconst config = {{\n  port: {rng.randint(3000, 9000)},\n  {_camel(var)[:1].lower() + _camel(var)[1:]}: '{v}',\n}};\n\napp.listen(config.port);\n"


def go(rng: Rng, var: str, v: str) -> str:
    return f'package main\n\nimport "fmt"\n\nconst {_camel(var)} = "{v}"\n\nfunc main() {{\n\tfmt.Println("starting {rng.choice(PRODUCTS)} on port", {rng.randint(3000, 9000)})\n}}\n'


def java(rng: Rng, var: str, v: str) -> str:
    return f'public final class {rng.choice(["Config", "Secrets", "Settings"])} {{\n    public static final String {_env_name(var)} = "{v}";\n    public static final int POOL_SIZE = {rng.randint(2, 64)};\n}}\n'


def ruby(rng: Rng, var: str, v: str) -> str:
    return f"Rails.application.configure do\n  config.cache_store = :redis_cache_store\n  config.x.{_lower(var)} = '{v}'\n  config.log_level = :{rng.choice(['info', 'debug'])}\nend\n"


def php(rng: Rng, var: str, v: str) -> str:
    return f"<?php\nreturn [\n    'debug' => false,\n    '{_lower(var)}' => '{v}',\n    'timezone' => '{rng.choice(['Europe/Lisbon', 'UTC', 'Asia/Tokyo'])}',\n];\n"


def rust(rng: Rng, var: str, v: str) -> str:
    return f'const {_env_name(var)}: &str = "{v}";\n\nfn main() {{\n    let client = reqwest::Client::new();\n    println!("workers: {{}}", {rng.randint(1, 16)});\n}}\n'


def csharp(rng: Rng, var: str, v: str) -> str:
    return f'namespace {rng.choice(["Billing", "Orders", "Reports"])};\n\npublic static class Settings\n{{\n    public const string {_camel(var)} = "{v}";\n    public const int Retries = {rng.randint(1, 5)};\n}}\n'


def log(rng: Rng, var: str, v: str) -> str:
    svc = rng.choice(PRODUCTS)
    return f"{ts(rng)} INFO  {svc} boot sequence started pid={rng.randint(100, 40000)}\n{ts(rng)} DEBUG {svc} loaded config {_lower(var)}={v}\n{ts(rng)} INFO  {svc} listening on :{rng.randint(3000, 9000)}"


def chat(rng: Rng, var: str, v: str) -> str:
    a, b = rng.choice(FIRST), rng.choice(FIRST)
    lead = rng.choice(["here's the", "try this", "use the new", "ok pasting the", "this is the"])
    return f"[{rng.randint(8, 18)}:{rng.randint(0, 59):02d}] {a}: {rng.choice(['can someone send me', 'who has', 'I need'])} the {_lower(var)} for {rng.choice(['staging', 'prod', 'the demo'])}?\n[{rng.randint(8, 18)}:{rng.randint(0, 59):02d}] {b}: {lead} one\n{v}\n[{rng.randint(8, 18)}:{rng.randint(0, 59):02d}] {a}: thanks, {rng.choice(['works', 'got it', 'deploying now'])}"


def email(rng: Rng, var: str, v: str) -> str:
    who = name(rng)
    return f"From: {who}\nTo: {name(rng)}\nSubject: {rng.choice(['access for the vendor', 'new credentials', 'integration setup', 'handover'])}\n\nHi,\n\nAs requested, the {_lower(var).replace('_', ' ')} for {rng.choice(PRODUCTS)} is:\n\n{v}\n\nPlease rotate it after {rng.choice(['the migration', 'Friday', 'the demo'])}.\n\n{who.split()[0]}"


def ticket(rng: Rng, var: str, v: str) -> str:
    return f"{rng.choice(['OPS', 'SEC', 'INFRA'])}-{rng.randint(100, 9999)} | {rng.choice(['Deploy failing', 'Integration broken', 'Cannot connect'])}\nReporter: {name(rng)}\n\nSteps: ran the job with {_lower(var)} set to\n{v}\nand got a {rng.choice([401, 403, 500])} back. Logs attached ({rng.randint(2, 90)} KB)."


def curl(rng: Rng, var: str, v: str) -> str:
    if v.startswith("Authorization:"):
        return f"$ curl -sS -X {rng.choice(['GET', 'POST'])} https://api.{rng.choice(['ironleaf.dev', 'bluefin.io'])}/v{rng.randint(1, 3)}/{rng.choice(['reports', 'users', 'exports'])} \\\n    -H '{v}' \\\n    -H 'Accept: application/json'\n{{\"ok\":true,\"count\":{rng.randint(0, 400)}}}"
    if v.startswith(("http", "rediss", "mongodb", "postgresql", "mysql")):
        return f"$ curl -v '{v}'\n* Trying {rng.randint(10, 200)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}...\n* Connected"
    return f"$ curl https://api.{rng.choice(['ironleaf.dev', 'bluefin.io'])}/v1/{rng.choice(['charges', 'messages', 'items'])} \\\n    -u {v}: \\\n    -d limit={rng.randint(1, 100)}"


def http_dump(rng: Rng, var: str, v: str) -> str:
    return f"{rng.choice(['GET', 'POST'])} /api/v2/{rng.choice(['invoices', 'tickets', 'reports'])}?page={rng.randint(1, 30)} HTTP/1.1\nHost: api.{rng.choice(['ironleaf.dev', 'bluefin.io'])}\nUser-Agent: {rng.choice(PRODUCTS)}/{rng.randint(1, 9)}.{rng.randint(0, 9)}\n{v}\nX-Request-Id: {hexs(rng, 16)}\n"


def python_headers(rng: Rng, var: str, v: str) -> str:
    k, _, val = v.partition(": ")
    return f'import httpx\n\nresp = httpx.get(\n    "https://api.{rng.choice(["ironleaf.dev", "bluefin.io"])}/v1/{rng.choice(["me", "exports", "jobs"])}",\n    headers={{"{k}": "{val}"}},\n    timeout={rng.randint(5, 30)},\n)\nprint(resp.status_code)\n'


CONTEXTS: dict[str, Ctx] = {
    "env": env, "yaml": yaml, "toml": toml, "ini": ini, "json": json_cfg, "xml": xml, "hcl": hcl,
    "properties": properties, "docker_compose": docker_compose, "kubernetes": k8s,
    "shell_export": shell_export, "cli_flag": cli_flag, "python": python, "javascript": javascript,
    "go": go, "java": java, "ruby": ruby, "php": php, "rust": rust, "csharp": csharp, "log": log,
    "chat": chat, "email": email, "ticket": ticket, "curl": curl, "cat_file": cat_file,
}
MULTILINE_CONTEXTS = ["hcl", "python", "chat", "email", "ticket", "cat_file"]
HEADER_CONTEXTS: dict[str, Ctx] = {"curl": curl, "http_dump": http_dump, "python_headers": python_headers, "chat": chat, "ticket": ticket, "log": log}
