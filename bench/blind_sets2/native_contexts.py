"""Contexts where a value sits in its natural home with no telling name (a header, a URL,
a tool's own config file) and multi-line contexts for PEM blocks. Each returns
(text, value as it appears in the text)."""

from __future__ import annotations

import json
from collections.abc import Callable
from random import Random

from blind_sets2.carriers import DOMAINS, PEOPLE
from blind_sets2.secret_values import ALNUM, HEX, pick

Native = Callable[[str, Random], tuple[str, str]]
URL_SAFE_PASSWORD = ALNUM + "-_.~!*"


def _same(text: str, value: str) -> tuple[str, str]:
    return text, value


def http_dump(scheme: str) -> Native:
    def render(value: str, rng: Random) -> tuple[str, str]:
        return _same(f"> GET /v1/{rng.choice(['orders', 'reports', 'me'])} HTTP/1.1\n"
                     f"> Host: api.{rng.choice(DOMAINS)}\n> User-Agent: curl/8.5.0\n"
                     f"> Authorization: {scheme} {value}\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n",
                     value)
    return render


def curl_header(header: str) -> Native:
    def render(value: str, rng: Random) -> tuple[str, str]:
        return _same(f"curl -sS https://api.{rng.choice(DOMAINS)}/v2/messages \\\n"
                     f"  -H \"{header}{value}\" \\\n  -H 'content-type: application/json' \\\n"
                     "  -d '{\"limit\": 10}'\n", value)
    return render


def git_remote(host: str, user: str) -> Native:
    def render(value: str, rng: Random) -> tuple[str, str]:
        auth = f"{user}:{value}" if user else value
        org = rng.choice(["acme", "data-team", "platform"])
        return _same(f"$ git remote -v\norigin  https://{auth}@{host}/{org}/service.git (fetch)\n"
                     f"origin  https://{auth}@{host}/{org}/service.git (push)\n", value)
    return render


def line_in(template: str) -> Native:
    def render(value: str, rng: Random) -> tuple[str, str]:
        return _same(template.format(value=value, domain=rng.choice(DOMAINS),
                                     n=rng.randint(1, 99), person=rng.choice(PEOPLE)), value)
    return render


def database_url(value: str, rng: Random) -> tuple[str, str]:
    user = rng.choice(["app", "postgres", "admin", "svc_orders", "root"])
    host = rng.choice(["db.internal", "10.2.0.14", f"prod-db.{rng.choice(DOMAINS)}",
                       "cluster0.ab1cd.mongodb.net"])
    url = rng.choice([f"postgresql://{user}:{value}@{host}:5432/orders",
                      f"mysql://{user}:{value}@{host}:3306/shop",
                      f"mongodb+srv://{user}:{value}@{host}/app?retryWrites=true",
                      f"redis://default:{value}@{host}:6379/0",
                      f"amqp://{user}:{value}@{host}:5672/%2f"])
    frame = rng.choice(["DATABASE_URL={url}\n", "sqlalchemy.url = {url}\n",
                        "  url: \"{url}\"\n", "conn = psycopg.connect(\"{url}\")\n",
                        "Caused by: connection refused for {url}\n"])
    return _same(frame.format(url=url), value)


def database_password(rng: Random) -> str:
    return pick(rng, URL_SAFE_PASSWORD, rng.randint(12, 24))


def azure_connection_string(value: str, rng: Random) -> tuple[str, str]:
    account = rng.choice(["prodassets", "logsarchive", "mediastore01"])
    return _same(f"AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName="
                 f"{account};AccountKey={value};EndpointSuffix=core.windows.net\"\n", value)


# --- multi-line blocks (PEM) ---------------------------------------------------------------


def pem_file(value: str, rng: Random) -> tuple[str, str]:
    path = rng.choice(["~/.ssh/id_deploy", "certs/server.key", "/etc/app/signing.pem"])
    return _same(f"$ cat {path}\n{value}\n$ \n", value)


def pem_json(value: str, rng: Random) -> tuple[str, str]:
    escaped = json.dumps(value)[1:-1]
    data = {"type": "service_account", "project_id": f"proj-{rng.randint(1000, 9999)}",
            "private_key_id": pick(rng, HEX, 40), "private_key": value,
            "client_email": f"runner@proj.{rng.choice(DOMAINS)}"}
    return json.dumps(data, indent=2), escaped


def pem_yaml(value: str, rng: Random) -> tuple[str, str]:
    indented = value.replace("\n", "\n    ")
    return (f"tls:\n  enabled: true\n  key: |\n    {indented}\n  port: "
            f"{rng.choice([443, 8443])}\n", indented)


def pem_chat(value: str, rng: Random) -> tuple[str, str]:
    first, second = rng.sample(PEOPLE, 2)
    return _same(f"{first}: I can't log in to the bastion\n{second}: use this one for now, "
                 f"I'll rotate it tomorrow\n{value}\n{first}: thanks!\n", value)


def pem_python(value: str, rng: Random) -> tuple[str, str]:
    return _same(f"SIGNING_KEY = \"\"\"{value}\n\"\"\"\n\nTOKEN_TTL = {rng.randint(5, 60)} * 60\n",
                 value)


PEM_CONTEXTS: list[Native] = [pem_file, pem_json, pem_yaml, pem_chat, pem_python]

NATIVE: dict[str, list[Native]] = {
    "aws_access_key": [line_in("[profile ci]\nregion = eu-west-1\naws_access_key_id = {value}\n"),
                       line_in("$ aws configure list\n   access_key     ****************"
                               " shared-credentials-file\nresolved key: {value}\n")],
    "aws_secret_key": [line_in("[default]\noutput = json\naws_secret_access_key = {value}\n")],
    "github_token": [git_remote("github.com", "x-access-token"), git_remote("github.com", ""),
                     curl_header("Authorization: token ")],
    "github_fine_grained": [git_remote("github.com", "oauth2"), http_dump("Bearer")],
    "gitlab_token": [git_remote("gitlab.com", "oauth2"), curl_header("PRIVATE-TOKEN: ")],
    "slack_token": [curl_header("Authorization: Bearer ")],
    "slack_webhook": [line_in("curl -X POST -H 'Content-type: application/json' "
                              "--data '{{\"text\":\"deploy #{n} done\"}}' {value}\n"),
                      line_in("requests.post(\"{value}\", json={{\"text\": msg}})\n")],
    "stripe_key": [line_in("curl https://api.stripe.com/v1/charges -u {value}: -d amount={n}00\n")],
    "stripe_webhook_secret": [line_in("$ stripe listen --forward-to localhost:3000/hooks\n"
                                      "> Ready! Your webhook signing secret is {value}\n")],
    "google_api_key": [line_in("GET https://maps.googleapis.com/maps/api/geocode/json?address="
                               "Main+St+{n}&key={value} 200 OK\n"),
                       line_in("<script src=\"https://maps.googleapis.com/maps/api/js?key="
                               "{value}&callback=initMap\"></script>\n")],
    "openai_key": [curl_header("Authorization: Bearer "), http_dump("Bearer")],
    "anthropic_key": [curl_header("x-api-key: ")],
    "twilio_auth_token": [line_in("curl -X POST https://api.twilio.com/2010-04-01/Accounts/"
                                  "AC0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c/Messages.json -u "
                                  "AC0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c:{value}\n")],
    "sendgrid_key": [curl_header("Authorization: Bearer ")],
    "npm_token": [line_in("registry=https://registry.npmjs.org/\n"
                          "//registry.npmjs.org/:_authToken={value}\n")],
    "pypi_token": [line_in("[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n"
                           "password = {value}\n"),
                   line_in("$ twine upload -u __token__ -p {value} dist/*\n")],
    "azure_storage_key": [azure_connection_string],
    "azure_client_secret": [line_in("az login --service-principal -u 3f1c2a9e-8d7b-4c6a-9e5f-"
                                    "1a2b3c4d5e6f -p {value} --tenant contoso.onmicrosoft.com\n")],
    "digitalocean_token": [line_in("$ doctl auth init --access-token {value}\n"
                                   "Validating token... OK\n")],
    "huggingface_token": [line_in("$ huggingface-cli login --token {value}\n"
                                  "Login successful\n"),
                          git_remote("huggingface.co", "user")],
    "vault_token": [line_in("$ vault login {value}\nSuccess! You are now authenticated.\n")],
    "jwt": [http_dump("Bearer"), line_in("Cookie: theme=dark; session={value}; lang=en\n"),
            line_in("GET /api/export?access_token={value} HTTP/1.1\" 200 {n}31\n")],
    "bearer_token": [http_dump("Bearer"), curl_header("Authorization: Bearer ")],
    "basic_auth": [http_dump("Basic"), curl_header("Authorization: Basic ")],
    "password": [line_in("$ mysql -h db.{domain} -u root -p'{value}' orders\n"),
                 line_in("docker login registry.{domain} -u deploy --password '{value}'\n"),
                 line_in("sshpass -p '{value}' ssh admin@10.0.0.{n}\n")],
    "database_password": [database_url],
    "generic_secret": [line_in("# settings/production.py\nDEBUG = False\n"
                               "SECRET_KEY = '{value}'\nALLOWED_HOSTS = ['{domain}']\n"),
                       line_in("app = Flask(__name__)\napp.secret_key = '{value}'\n")],
}
