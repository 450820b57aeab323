"""Places a single-line value in a realistic file, command, log or message.

Every context takes (rng, name, value); `name` may be empty for contexts that carry no name."""

from __future__ import annotations

import json
from collections.abc import Callable
from random import Random

Context = Callable[[Random, str, str], str]

HOSTS = ["api.internal", "db-primary.prod", "10.0.4.17", "cache.eu-west-1", "build-03"]
SERVICES = ["billing", "ingest", "notifier", "reporting", "checkout", "search"]


def _upper(name: str) -> str:
    return name.upper().replace("-", "_").replace(".", "_").replace(" ", "_")


def _lower(name: str) -> str:
    return name.lower().replace("-", "_").replace(" ", "_")


def _camel(name: str) -> str:
    parts = _lower(name).split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def dotenv(rng: Random, name: str, value: str) -> str:
    lines = [f"APP_ENV={rng.choice(['production', 'staging'])}", "LOG_LEVEL=info",
             f"PORT={rng.choice([3000, 8000, 8080])}", f"{_upper(name)}={value}",
             f"SERVICE_NAME={rng.choice(SERVICES)}"]
    rng.shuffle(lines)
    return "# .env\n" + "\n".join(lines) + "\n"


def yaml_config(rng: Random, name: str, value: str) -> str:
    quote = rng.choice(['"', "'", ""])
    return (f"service: {rng.choice(SERVICES)}\nreplicas: {rng.randint(1, 6)}\n"
            f"{rng.choice(['credentials', 'integration', 'auth', 'upstream'])}:\n"
            f"  endpoint: https://{rng.choice(HOSTS)}/v1\n  {_lower(name)}: {quote}{value}{quote}\n"
            f"  timeout_seconds: {rng.choice([5, 10, 30])}\n")


def json_config(rng: Random, name: str, value: str) -> str:
    doc = {"name": rng.choice(SERVICES), "region": rng.choice(["eu-west-1", "us-east-2"]),
           "settings": {_camel(name): value, "retries": rng.randint(1, 5)}}
    return json.dumps(doc, indent=rng.choice([2, 4]))


def toml_config(rng: Random, name: str, value: str) -> str:
    return (f"[{rng.choice(['provider', 'deploy', 'notifications', 'storage'])}]\n"
            f'url = "https://{rng.choice(HOSTS)}"\n{_lower(name)} = "{value}"\n'
            f"verify = true\n")


def shell_export(rng: Random, name: str, value: str) -> str:
    return (f"# added {rng.choice(['by setup script', 'for the demo', 'temporarily'])}\n"
            f"export PATH=\"$HOME/.local/bin:$PATH\"\nexport {_upper(name)}=\"{value}\"\n"
            f"alias k=kubectl\n")


def python_code(rng: Random, name: str, value: str) -> str:
    client = rng.choice(["Client", "Session", "ApiClient", "Uploader"])
    return (f"from {rng.choice(SERVICES)}_sdk import {client}\n\n"
            f"{_upper(name)} = \"{value}\"\n\n"
            f"client = {client}({_lower(name)}={_upper(name)}, timeout={rng.randint(5, 60)})\n"
            f"print(client.ping())\n")


def javascript_code(rng: Random, name: str, value: str) -> str:
    return (f"import {{ createClient }} from '@{rng.choice(SERVICES)}/sdk';\n\n"
            f"const client = createClient({{\n  region: 'eu',\n  {_camel(name)}: '{value}',\n}});\n"
            f"export default client;\n")


def go_code(rng: Random, name: str, value: str) -> str:
    return (f"package main\n\nimport \"os\"\n\nfunc init() {{\n"
            f"\tos.Setenv(\"{_upper(name)}\", \"{value}\")\n}}\n")


def java_properties(rng: Random, name: str, value: str) -> str:
    return (f"spring.application.name={rng.choice(SERVICES)}\n"
            f"{rng.choice(SERVICES)}.{_camel(name)}={value}\nserver.port=8443\n")


def ini_file(rng: Random, name: str, value: str) -> str:
    return (f"[{rng.choice(['default', 'profile ci', 'server', 'mail'])}]\n"
            f"region = {rng.choice(['eu-central-1', 'us-west-2'])}\n{_lower(name)} = {value}\n")


def docker_compose(rng: Random, name: str, value: str) -> str:
    svc = rng.choice(SERVICES)
    tag = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}"
    return (f"services:\n  {svc}:\n    image: registry.local/{svc}:{tag}\n"
            f"    environment:\n      - {_upper(name)}={value}\n      - TZ=UTC\n")


def k8s_secret(rng: Random, name: str, value: str) -> str:
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {rng.choice(SERVICES)}-creds\n"
            f"type: Opaque\nstringData:\n  {_lower(name)}: {value}\n")


def cli_flag(rng: Random, name: str, value: str) -> str:
    tool = rng.choice(["deployctl", "./bin/sync", "terraform apply -var", "uploader"])
    flag = "--" + _lower(name).replace("_", "-")
    if tool.startswith("terraform"):
        return (f"$ {tool} '{_lower(name)}={value}' -auto-approve\n"
                "Apply complete! Resources: 2 added.\n")
    outcome = rng.choice(["ok", "uploaded 14 files", "done"])
    return f"$ {tool} {flag} {value} --env prod\n{outcome}\n"


def log_line(rng: Random, name: str, value: str) -> str:
    label = _lower(name) if name else rng.choice(["using", "auth with", "loaded"])
    sep = "=" if name else " "
    return (f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:11Z DEBUG {rng.choice(SERVICES)} config loaded "
            f"{label}{sep}{value} retries=3\n")


def chat_message(rng: Random, name: str, value: str) -> str:
    who = rng.choice(["dana", "mikko", "lea", "raj", "tomas"])
    what = name.replace("_", " ") if name else rng.choice(["key", "one", "thing"])
    line = rng.choice([
        f"here's the {what} you asked for: {value}",
        f"use {value} for now, I'll rotate it after the demo",
        f"{what} -> {value}  (don't share pls)",
        f"can you try with this one? {value}",
    ])
    return (f"[{rng.randint(9, 18)}:{rng.randint(10, 59)}] {who}: {line}\n"
            f"[{rng.randint(9, 18)}:05] ops: thx\n")


def prose(rng: Random, name: str, value: str) -> str:
    what = name.replace("_", " ") if name else "new value"
    return rng.choice([
        f"Hi team, I rotated the credentials this morning. The {what} is now {value} and the old"
        f" one stops working at noon.",
        f"For the workshop, everyone can use {value} as the {what}; it has read-only access.",
        f"Ticket note: customer pasted their {what} ({value}) into the form by mistake, asked them"
        f" to revoke it.",
    ])


def xml_config(rng: Random, name: str, value: str) -> str:
    return (f"<configuration>\n  <appSettings>\n"
            f"    <add key=\"{_camel(name)}\" value=\"{value}\" />\n"
            f"    <add key=\"Environment\" value=\"{rng.choice(['Prod', 'Test'])}\" />\n"
            f"  </appSettings>\n</configuration>\n")


def ruby_code(rng: Random, name: str, value: str) -> str:
    return (f"{rng.choice(SERVICES).title()}.configure do |config|\n"
            f"  config.{_lower(name)} = '{value}'\n  config.timeout = {rng.randint(2, 30)}\nend\n")


def github_actions(rng: Random, name: str, value: str) -> str:
    return (f"jobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            f"    env:\n      {_upper(name)}: {value}\n"
            f"    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n")


NAMED: list[Context] = [
    dotenv, yaml_config, json_config, toml_config, shell_export, python_code, javascript_code,
    go_code, java_properties, ini_file, docker_compose, k8s_secret, cli_flag, xml_config,
    ruby_code, github_actions,
]
UNNAMED: list[Context] = [log_line, chat_message, prose]
ALL: list[Context] = NAMED + UNNAMED
