"""Contexts in which a secret value is placed (config files, code, logs, messages)."""

from __future__ import annotations

import random
from collections.abc import Callable

Ctx = Callable[[random.Random, str, str], str]


def _port(rng: random.Random) -> int:
    return rng.choice([8000, 8080, 3000, 5000, 9090])


def env(rng: random.Random, var: str, v: str) -> str:
    return (f"# .env — {rng.choice(['production', 'staging', 'local'])}\nNODE_ENV=production\n"
            f"PORT={_port(rng)}\nLOG_LEVEL=info\n{var}={v}\nFEATURE_NEW_CHECKOUT=true\n"
            f"SENTRY_ENVIRONMENT=prod\n")


def yaml_cfg(rng: random.Random, var: str, v: str) -> str:
    return (f"service:\n  name: {rng.choice(['billing', 'notifier', 'ingest'])}\n  replicas: "
            f"{rng.randint(1, 6)}\n  port: {_port(rng)}\nintegrations:\n  provider:\n"
            f"    region: eu-west-1\n    {var.lower()}: \"{v}\"\n    timeout_seconds: 30\n")


def toml_cfg(rng: random.Random, var: str, v: str) -> str:
    return (f"[server]\nhost = \"0.0.0.0\"\nport = {_port(rng)}\n\n[upstream]\nbase_url = "
            f"\"https://api.partner.example\"\n{var.lower()} = \"{v}\"\nretries = 3\n")


def ini_cfg(rng: random.Random, var: str, v: str) -> str:
    return (f"[default]\nregion = us-east-1\noutput = json\n\n[{rng.choice(['prod', 'deploy'])}]\n"
            f"{var.lower()} = {v}\nmax_attempts = 5\n")


def json_cfg(rng: random.Random, var: str, v: str) -> str:
    return ("{\n  \"name\": \"sync-worker\",\n  \"version\": \"2.4.1\",\n  \"settings\": {\n"
            f"    \"endpoint\": \"https://api.partner.example/v2\",\n    \"{var.lower()}\": "
            f"\"{v}\",\n    \"batch_size\": {rng.choice([50, 100, 250])}\n  }}\n}}")


def xml_cfg(rng: random.Random, var: str, v: str) -> str:
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
            f"    <add key=\"Environment\" value=\"Production\" />\n    <add key=\"{var}\" "
            f"value=\"{v}\" />\n    <add key=\"CacheMinutes\" value=\"{rng.randint(5, 60)}\" />\n"
            "  </appSettings>\n</configuration>")


def hcl_cfg(rng: random.Random, var: str, v: str) -> str:
    return (f"provider \"aws\" {{\n  region = \"eu-central-1\"\n}}\n\nresource "
            f"\"aws_ssm_parameter\" \"{var.lower()}\" {{\n  name  = \"/app/{var.lower()}\"\n"
            f"  type  = \"SecureString\"\n  value = \"{v}\"\n  tags = {{ team = "
            f"\"{rng.choice(['core', 'data', 'web'])}\" }}\n}}\n")


def properties(rng: random.Random, var: str, v: str) -> str:
    return (f"spring.application.name=orders\nserver.port={_port(rng)}\nspring.datasource.url="
            f"jdbc:postgresql://db:5432/orders\napp.{var.lower().replace('_', '-')}={v}\n"
            "logging.level.root=INFO\n")


def compose(rng: random.Random, var: str, v: str) -> str:
    return (f"version: \"3.9\"\nservices:\n  api:\n    image: ghcr.io/acme/api:{rng.randint(1, 9)}."
            f"{rng.randint(0, 20)}\n    ports:\n      - \"{_port(rng)}:8080\"\n    environment:\n"
            f"      - LOG_LEVEL=debug\n      - {var}={v}\n    depends_on:\n      - db\n")


def k8s(rng: random.Random, var: str, v: str) -> str:
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {rng.choice(['api', 'worker'])}"
            f"-secrets\n  namespace: {rng.choice(['prod', 'payments'])}\ntype: Opaque\n"
            f"stringData:\n  {var}: \"{v}\"\n")


def shell_export(rng: random.Random, var: str, v: str) -> str:
    return (f"$ cat ~/.zshrc | tail -5\nexport PATH=\"$HOME/.local/bin:$PATH\"\nexport EDITOR=vim\n"
            f"export {var}='{v}'\nalias k=kubectl\n$ ")


def cli_flag(rng: random.Random, var: str, v: str) -> str:
    tool = rng.choice(["deployctl", "./scripts/release.sh", "python manage.py sync"])
    flag = "--" + var.lower().replace("_", "-")
    return (f"$ history | tail -3\n  501  git pull --rebase\n  502  {tool} --env prod {flag} {v} "
            f"--verbose\n  503  history | tail -3\n")


def python_code(rng: random.Random, var: str, v: str) -> str:
    return (f"import requests\n\n{var} = \"{v}\"  # TODO move to vault\n\n\ndef fetch(page: int)"
            f" -> dict:\n    resp = requests.get(\n        \"https://api.partner.example/items\",\n"
            f"        params={{\"page\": page}},\n        headers={{\"X-Api-Key\": {var}}},\n"
            f"        timeout=10,\n    )\n    resp.raise_for_status()\n    return resp.json()\n")


def js_code(rng: random.Random, var: str, v: str) -> str:
    return (f"const express = require('express');\nconst app = express();\n\nconst config = {{\n"
            f"  port: {_port(rng)},\n  {var.lower()}: '{v}',\n}};\n\napp.get('/health', (req, "
            f"res) => res.send('ok'));\napp.listen(config.port);\n")


def go_code(rng: random.Random, var: str, v: str) -> str:
    return (f"package main\n\nimport \"net/http\"\n\nconst {var.lower()} = \"{v}\"\n\nfunc "
            "newRequest(url string) (*http.Request, error) {\n\treq, err := http.NewRequest(\"GET\""
            f", url, nil)\n\tif err != nil {{\n\t\treturn nil, err\n\t}}\n\treq.Header.Set("
            f"\"X-Api-Key\", {var.lower()})\n\treturn req, nil\n}}\n")


def java_code(rng: random.Random, var: str, v: str) -> str:
    return (f"package com.acme.sync;\n\npublic final class Settings {{\n    public static final "
            f"String {var} = \"{v}\";\n    public static final int TIMEOUT_MS = "
            f"{rng.choice([5000, 10000])};\n\n    private Settings() {{}}\n}}\n")


def ruby_code(rng: random.Random, var: str, v: str) -> str:
    return (f"require 'net/http'\n\nclass PartnerClient\n  {var} = '{v}'.freeze\n\n  def get(path)"
            f"\n    uri = URI(\"https://api.partner.example#{{path}}\")\n    req = Net::HTTP::Get."
            f"new(uri)\n    req['X-Api-Key'] = {var}\n    Net::HTTP.start(uri.host, uri.port, "
            "use_ssl: true) { |h| h.request(req) }\n  end\nend\n")


def php_code(rng: random.Random, var: str, v: str) -> str:
    return (f"<?php\n// config/services.php\nreturn [\n    'partner' => [\n        'url' => "
            f"'https://api.partner.example',\n        '{var.lower()}' => '{v}',\n        "
            f"'timeout' => {rng.randint(5, 30)},\n    ],\n];\n")


def rust_code(rng: random.Random, var: str, v: str) -> str:
    return (f"use reqwest::Client;\n\nconst {var}: &str = \"{v}\";\n\npub async fn ping(c: &Client)"
            " -> reqwest::Result<()> {\n    c.get(\"https://api.partner.example/ping\")\n"
            f"        .header(\"X-Api-Key\", {var})\n"
            "        .send()\n        .await?;\n    Ok(())\n}}\n")


def csharp_code(rng: random.Random, var: str, v: str) -> str:
    return (f"namespace Acme.Sync;\n\npublic static class Secrets\n{{\n    public const string "
            f"{var.title().replace('_', '')} = \"{v}\";\n    public const int Retries = "
            f"{rng.randint(2, 5)};\n}}\n")


def log_line(rng: random.Random, var: str, v: str) -> str:
    ts = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T0{rng.randint(0, 9)}:14:03Z"
    return (f"{ts} INFO  boot starting worker pid={rng.randint(1000, 9999)}\n{ts} DEBUG config "
            f"loaded: region=eu-west-1 {var.lower()}={v} retries=3\n{ts} INFO  connected to "
            f"upstream in {rng.randint(20, 300)}ms\n")


def chat(rng: random.Random, var: str, v: str) -> str:
    who = rng.choice(["mike", "anna.k", "devops-raj", "lena"])
    return (f"[10:{rng.randint(10, 59)}] {who}: the deploy keeps failing with 401, can someone "
            f"check?\n[10:{rng.randint(10, 59)}] sam: which key are you using?\n[10:"
            f"{rng.randint(10, 59)}] {who}: this one: {v}\n[10:{rng.randint(10, 59)}] sam: ugh, "
            "that's the old one, I'll rotate it\n")


def email_msg(rng: random.Random, var: str, v: str) -> str:
    return (f"From: ops@acme-corp.io\nTo: contractor@partner.example\nSubject: access for the "
            f"integration\n\nHi,\n\nas discussed, here is the {var.replace('_', ' ').lower()} for "
            f"the staging account:\n\n{v}\n\nPlease keep it in your password manager and do not "
            "commit it.\n\nThanks,\nOps")


def ticket_msg(rng: random.Random, var: str, v: str) -> str:
    return (f"SUP-{rng.randint(1000, 9999)} — Integration returns 403\nReporter: "
            f"{rng.choice(['Priya', 'Tom', 'Ines'])}\n\nSteps: call /v2/orders with our "
            f"{var} ({v}) and the request is rejected since this morning.\nExpected: 200.\n")


def curl_cmd(rng: random.Random, var: str, v: str) -> str:
    return (f"$ curl -s https://api.partner.example/v1/orders?limit={rng.randint(5, 50)} \\\n"
            f"    -H 'Accept: application/json' \\\n    -H 'X-Api-Key: {v}'\n"
            "{\"data\": [], \"has_more\": false}\n")


CONTEXTS: dict[str, Ctx] = {
    "env": env, "yaml": yaml_cfg, "toml": toml_cfg, "ini": ini_cfg, "json": json_cfg,
    "xml": xml_cfg, "hcl": hcl_cfg, "properties": properties, "docker_compose": compose,
    "kubernetes": k8s, "shell_export": shell_export, "cli_flag": cli_flag, "python": python_code,
    "javascript": js_code, "go": go_code, "java": java_code, "ruby": ruby_code, "php": php_code,
    "rust": rust_code, "csharp": csharp_code, "log": log_line, "chat": chat, "email": email_msg,
    "ticket": ticket_msg, "curl": curl_cmd,
}


def header_ctx(rng: random.Random, scheme: str, v: str) -> str:
    c = rng.randrange(4)
    if c == 0:
        return (f"$ curl -i https://api.internal.example/v1/reports \\\n  -H 'Authorization: "
                f"{scheme} {v}'\nHTTP/2 200\ncontent-type: application/json\n\n{{\"count\": 12}}")
    if c == 1:
        return (f"GET /v1/reports HTTP/1.1\nHost: api.internal.example\nUser-Agent: "
                f"python-requests/2.32\nAccept: */*\nAuthorization: {scheme} {v}\n\n")
    if c == 2:
        return (f"import httpx\n\nr = httpx.get(\n    \"https://api.internal.example/v1/reports\","
                f"\n    headers={{\"Authorization\": \"{scheme} {v}\"}},\n)\nprint(r.json())\n")
    return (f"2025-06-0{rng.randint(1, 9)} 12:00:01 DEBUG http.client send: b'GET /v1/reports "
            f"HTTP/1.1\\r\\nHost: api.internal.example\\r\\nAuthorization: {scheme} {v}\\r\\n'\n"
            "2025-06-01 12:00:01 DEBUG http.client reply: 'HTTP/1.1 200 OK'\n")


def pem_ctx(rng: random.Random, label: str, v: str) -> str:
    c = rng.randrange(4)
    if c == 0:
        return f"$ cat ~/.ssh/{label}\n{v}\n$ "
    if c == 1:
        return (f"resource \"tls_locally_signed_cert\" \"svc\" {{\n  ca_private_key_pem = <<EOT\n"
                f"{v}\nEOT\n  validity_period_hours = 8760\n}}\n")
    if c == 2:
        return (f"Hi team, the deploy box needs this key, pasting it here for now:\n\n{v}\n\n"
                "will move it to the vault tomorrow")
    return f"SIGNING_KEY=\"{v}\"\nSIGNING_ALG=RS256\n"
