"""Second blind leakage set: SECRETS (kind, text, secret as it appears in the text) and
LOOKALIKES (kind, text). Every text holds exactly one planted value; built with a fixed seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from blind_sets2.contexts import NAMED, prose_unnamed
from blind_sets2.lookalike_names import LOOKALIKE_NAMES, LOOKALIKE_NATIVE, MULTILINE_LOOKALIKES
from blind_sets2.lookalike_values import LOOKALIKE_MAKERS
from blind_sets2.native_contexts import NATIVE, PEM_CONTEXTS, database_password
from blind_sets2.secret_values import SECRET_MAKERS

SEED = 424242
PER_KIND_SECRETS = 10
PER_KIND_LOOKALIKES = 14
NATIVE_SHARE = 0.4
UNNAMED_SHARE = 0.12

SECRET_NAMES: dict[str, list[str]] = {
    "aws_access_key": ["AWS_ACCESS_KEY_ID", "aws_access_key", "s3_key_id", "storage_id",
                       "AWSAccessKeyId"],
    "aws_secret_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret", "s3_signing_secret", "k2",
                       "SecretAccessKey"],
    "github_token": ["GITHUB_TOKEN", "GH_PAT", "release_bot_auth", "HOMEBREW_GITHUB_API_TOKEN",
                     "scm_credential"],
    "github_fine_grained": ["GITHUB_PAT", "gh_fine_token", "repo_writer", "VCS_AUTH"],
    "gitlab_token": ["GITLAB_TOKEN", "CI_PUSH_TOKEN", "gl_access", "danger_token"],
    "slack_token": ["SLACK_BOT_TOKEN", "slack_user_token", "notifier_auth", "SLACK_API"],
    "slack_webhook": ["SLACK_WEBHOOK_URL", "alerts_hook", "notify_url", "CHANNEL_ENDPOINT"],
    "stripe_key": ["STRIPE_SECRET_KEY", "stripe_api_key", "payments_key", "PSP_AUTH"],
    "stripe_webhook_secret": ["STRIPE_WEBHOOK_SECRET", "endpoint_secret", "hook_signing"],
    "google_api_key": ["GOOGLE_API_KEY", "maps_key", "GCP_KEY", "geocoder_credential"],
    "google_oauth_secret": ["GOOGLE_CLIENT_SECRET", "oauth_client_secret", "gsi_secret"],
    "openai_key": ["OPENAI_API_KEY", "llm_key", "OAI_TOKEN", "model_provider_credential"],
    "anthropic_key": ["ANTHROPIC_API_KEY", "claude_key", "LLM_API_KEY", "assistant_backend_auth"],
    "twilio_api_key": ["TWILIO_API_KEY", "sms_key_sid", "twilio_sk"],
    "twilio_auth_token": ["TWILIO_AUTH_TOKEN", "twilioAuthToken", "sms_auth"],
    "sendgrid_key": ["SENDGRID_API_KEY", "mailer_key", "SMTP_PASSWORD", "email_provider_key"],
    "npm_token": ["NPM_TOKEN", "NODE_AUTH_TOKEN", "registry_auth"],
    "pypi_token": ["PYPI_API_TOKEN", "TWINE_PASSWORD", "publish_credential"],
    "azure_storage_key": ["AZURE_STORAGE_KEY", "AccountKey", "blob_shared_key"],
    "azure_client_secret": ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "sp_password",
                            "entra_app_secret"],
    "digitalocean_token": ["DIGITALOCEAN_TOKEN", "DO_PAT", "droplet_api"],
    "huggingface_token": ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "hub_auth"],
    "vault_token": ["VAULT_TOKEN", "vault_root", "secrets_backend_token"],
    "jwt": ["ACCESS_TOKEN", "id_token", "session_jwt", "auth"],
    "password": ["DB_PASSWORD", "admin_pass", "passwd", "pwd", "smtp_pw", "Password",
                 "keystore_pass", "mot_de_passe"],
    "bearer_token": ["API_TOKEN", "service_token", "AUTH_BEARER", "upstream_credential", "tkn"],
    "basic_auth": ["BASIC_AUTH", "proxy_authorization", "http_auth_header"],
    "generic_secret": ["SECRET_KEY", "APP_SECRET", "signing_key", "COOKIE_SECRET", "jwt_secret"],
    "database_password": ["POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "db_pw", "PGPASSWORD"],
}
SECRET_MAKERS_ALL = {**SECRET_MAKERS, "database_password": database_password}


@dataclass(frozen=True)
class Planted:
    kind: str
    text: str
    value: str


def _render_named(kind: str, value: str, names: list[str], rng: Random) -> tuple[str, str]:
    roll = rng.random()
    native = NATIVE.get(kind, [])
    if native and roll < NATIVE_SHARE:
        return rng.choice(native)(value, rng)
    if roll > 1 - UNNAMED_SHARE:
        return prose_unnamed(value, rng), value
    return rng.choice(NAMED)(rng.choice(names), value, rng), value


def _secret_samples(rng: Random) -> list[Planted]:
    out: list[Planted] = []
    for kind, make in SECRET_MAKERS_ALL.items():
        for _ in range(PER_KIND_SECRETS + (2 if kind == "private_key" else 0)):
            value = make(rng)
            if kind == "private_key":
                text, shown = rng.choice(PEM_CONTEXTS)(value, rng)
            else:
                text, shown = _render_named(kind, value, SECRET_NAMES[kind], rng)
            out.append(Planted(kind, text, shown))
    return out


def _lookalike(kind: str, rng: Random) -> Planted:
    value = LOOKALIKE_MAKERS[kind](rng)
    if kind in MULTILINE_LOOKALIKES:
        text, shown = rng.choice(PEM_CONTEXTS)(value, rng)
        return Planted(kind, text, shown)
    native = LOOKALIKE_NATIVE.get(kind, [])
    names = LOOKALIKE_NAMES[kind]
    if native and (not names or rng.random() < 0.5):
        text, shown = rng.choice(native)(value, rng)
        return Planted(kind, text, shown)
    return Planted(kind, rng.choice(NAMED)(rng.choice(names), value, rng), value)


def _lookalike_samples(rng: Random) -> list[Planted]:
    """Some look-alikes come from short fixed lists, so redraw until every text is new."""
    out: list[Planted] = []
    seen: set[str] = set()
    for kind in LOOKALIKE_MAKERS:
        while sum(p.kind == kind for p in out) < PER_KIND_LOOKALIKES:
            sample = _lookalike(kind, rng)
            if sample.text not in seen:
                seen.add(sample.text)
                out.append(sample)
    return out


def build(seed: int = SEED) -> tuple[list[Planted], list[Planted]]:
    rng = Random(seed)
    return _secret_samples(rng), _lookalike_samples(rng)


_SECRETS, _LOOKALIKES = build()
SECRETS: list[tuple[str, str, str]] = [(p.kind, p.text, p.value) for p in _SECRETS]
LOOKALIKES: list[tuple[str, str]] = [(p.kind, p.text) for p in _LOOKALIKES]
# The planted look-alike values, for structure checks only.
LOOKALIKE_VALUES: list[str] = [p.value for p in _LOOKALIKES]
