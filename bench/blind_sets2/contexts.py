"""Places a value can sit in a tool result: config formats, code in several languages, CLI
lines, logs, chat and prose. Each context returns text that holds the value verbatim."""

from __future__ import annotations

import json
from collections.abc import Callable
from random import Random

from blind_sets2.carriers import DOMAINS, PEOPLE

Named = Callable[[str, str, Random], str]


def env_file(name: str, value: str, rng: Random) -> str:
    quote = rng.choice(["", '"', "'"])
    return (f"# {rng.choice(['local development', 'staging', 'do not commit'])}\n"
            f"APP_ENV={rng.choice(['dev', 'staging', 'production'])}\nLOG_LEVEL=info\n"
            f"{name.upper()}={quote}{value}{quote}\nPORT={rng.choice([3000, 8000, 8080])}\n")


def yaml_config(name: str, value: str, rng: Random) -> str:
    return (f"service:\n  name: {rng.choice(['billing', 'ingest', 'notifier'])}\n  replicas: "
            f"{rng.randint(1, 6)}\n  credentials:\n    {name.lower()}: \"{value}\"\n"
            f"  timeout_seconds: {rng.choice([10, 30, 60])}\n")


def json_config(name: str, value: str, rng: Random) -> str:
    data = {"region": rng.choice(["eu-west-1", "us-east-2", "ap-south-1"]), "debug": False,
            "integrations": {rng.choice(["payments", "mailer", "storage"]): {name: value}}}
    return json.dumps(data, indent=rng.choice([2, 4]))


def toml_config(name: str, value: str, rng: Random) -> str:
    return (f"[server]\nhost = \"0.0.0.0\"\nport = {rng.choice([8000, 9000])}\n\n"
            f"[{rng.choice(['auth', 'upstream', 'secrets'])}]\n{name.lower()} = \"{value}\"\n"
            f"retries = {rng.randint(1, 5)}\n")


def shell_export(name: str, value: str, rng: Random) -> str:
    return (f"#!/usr/bin/env bash\nset -euo pipefail\nexport {name.upper()}='{value}'\n"
            f"./scripts/{rng.choice(['deploy', 'sync', 'backfill'])}.sh --env prod\n")


def python_code(name: str, value: str, rng: Random) -> str:
    return (f"import httpx\n\n{name.upper()} = \"{value}\"\n\n\n"
            f"def client() -> httpx.Client:\n    return httpx.Client(base_url=\"https://api."
            f"{rng.choice(DOMAINS)}\", headers={{\"X-Key\": {name.upper()}}})\n")


def javascript_code(name: str, value: str, rng: Random) -> str:
    camel = name.lower().replace("_", " ").title().replace(" ", "")
    camel = camel[0].lower() + camel[1:]
    return (f"const config = {{\n  endpoint: 'https://api.{rng.choice(DOMAINS)}',\n"
            f"  {camel}: '{value}',\n  retries: {rng.randint(1, 4)},\n}};\n\n"
            "export default config;\n")


def go_code(name: str, value: str, rng: Random) -> str:
    ident = name.title().replace("_", "")
    return (f"package main\n\nconst {ident} = \"{value}\"\n\nfunc main() {{\n"
            f"\tclient := NewClient({ident}, {rng.randint(5, 30)})\n\tclient.Run()\n}}\n")


def java_code(name: str, value: str, rng: Random) -> str:
    return (f"public final class Settings {{\n    private static final String {name.upper()} ="
            f"\n        \"{value}\";\n    static final int POOL_SIZE = {rng.randint(4, 32)};\n}}\n")


def ruby_code(name: str, value: str, rng: Random) -> str:
    return (f"Rails.application.configure do\n  config.x.{name.lower()} = \"{value}\"\n"
            f"  config.cache_store = :redis_cache_store, {{ expires_in: {rng.randint(1, 24)}"
            ".hours }\nend\n")


def csharp_code(name: str, value: str, rng: Random) -> str:
    return (f"var options = new ClientOptions\n{{\n    {name.title().replace('_', '')} = "
            f"\"{value}\",\n    Timeout = TimeSpan.FromSeconds({rng.randint(5, 60)})\n}};\n")


def ini_file(name: str, value: str, rng: Random) -> str:
    return (f"[{rng.choice(['default', 'production', 'database'])}]\nhost = "
            f"{rng.choice(DOMAINS)}\n{name.lower()} = {value}\nssl = true\n")


def xml_config(name: str, value: str, rng: Random) -> str:
    return ("<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Prod\" />\n"
            f"    <add key=\"{name}\" value=\"{value}\" />\n  </appSettings>\n"
            "</configuration>\n")


def docker_run(name: str, value: str, rng: Random) -> str:
    return (f"$ docker run -d --name {rng.choice(['api', 'worker', 'cron'])} -e "
            f"{name.upper()}={value} -p 8080:8080 registry.{rng.choice(DOMAINS)}/app:"
            f"{rng.randint(1, 9)}.{rng.randint(0, 9)}\n")


def k8s_secret(name: str, value: str, rng: Random) -> str:
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {rng.choice(['app', 'api'])}"
            f"-credentials\ntype: Opaque\nstringData:\n  {name.upper()}: \"{value}\"\n")


def gh_actions(name: str, value: str, rng: Random) -> str:
    return (f"name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            f"    env:\n      {name.upper()}: {value}\n    steps:\n"
            f"      - uses: actions/checkout@v4\n      - run: make deploy\n")


def tfvars(name: str, value: str, rng: Random) -> str:
    return (f"region = \"{rng.choice(['eu-central-1', 'us-west-2'])}\"\n"
            f"{name.lower()} = \"{value}\"\ninstance_count = {rng.randint(1, 8)}\n")


def cli_flag(name: str, value: str, rng: Random) -> str:
    flag = name.lower().replace("_", "-")
    tool = rng.choice(["./bin/sync", "mytool", "python manage.py import_data", "uploader"])
    return f"$ {tool} --verbose --{flag} {value} --target {rng.choice(DOMAINS)}\nok\n"


def log_line(name: str, value: str, rng: Random) -> str:
    return (f"2025-11-{rng.randint(1, 28):02d} 10:{rng.randint(10, 59)}:03,114 DEBUG "
            f"config loaded: region=eu-west-1 {name.lower()}={value} retries=3\n"
            f"2025-11-{rng.randint(1, 28):02d} 10:{rng.randint(10, 59)}:03,120 INFO "
            f"connected to upstream\n")


def notebook_cell(name: str, value: str, rng: Random) -> str:
    cell = {"cell_type": "code", "execution_count": rng.randint(1, 40), "metadata": {},
            "source": [f"{name.lower()} = \"{value}\"\n", "client = Client(key="
                       f"{name.lower()})\n"], "outputs": []}
    return json.dumps({"cells": [cell], "nbformat": 4, "nbformat_minor": 5}, indent=1)


def chat_named(name: str, value: str, rng: Random) -> str:
    first, second = rng.sample(PEOPLE, 2)
    return (f"[10:{rng.randint(10, 59)}] {first}: can someone share the {name.lower()} for "
            f"staging?\n[10:{rng.randint(10, 59)}] {second}: {name.lower()} is {value} - "
            f"please don't paste it anywhere else\n")


NAMED: list[Named] = [env_file, yaml_config, json_config, toml_config, shell_export,
                      python_code, javascript_code, go_code, java_code, ruby_code, csharp_code,
                      ini_file, xml_config, docker_run, k8s_secret, gh_actions, tfvars,
                      cli_flag, log_line, notebook_cell, chat_named]


def prose_unnamed(value: str, rng: Random) -> str:
    first, second = rng.sample(PEOPLE, 2)
    opener = rng.choice([
        f"Hi {second.split()[0]}, here is what you asked for: {value} - it expires at the end "
        "of the month.",
        f"Use {value} for the import job, I created it this morning.",
        f"Sorry, pasted the wrong thing earlier. The right one is {value}",
        f"Got it working with this one:\n\n    {value}\n\nLet me know if it fails.",
    ])
    return f"From: {first}\nTo: {second}\n\n{opener}\n\nThanks,\n{first.split()[0]}\n"
