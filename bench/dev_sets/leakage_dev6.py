"""Development set 6 for the secret and personal-data detectors.

Built at import, deterministically, from a fixed-seed ``random.Random``.  All secret values
are random in the real format of their provider; none is a real key.

- ``SECRETS``: (kind, text, value) -- ``value`` occurs verbatim in ``text`` and must be redacted.
- ``LOOKALIKES``: (kind, text) -- opaque values that are not secrets; ``LOOKALIKE_NOTES`` says
  why for each kind.
- ``PII``: (kind, text, value) and ``PII_LOOKALIKES``: (kind, text), with
  ``PII_LOOKALIKE_NOTES``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from dev_sets import leakage_dev6_gen as g
from dev_sets import leakage_dev6_lookalikes as lk
from dev_sets import leakage_dev6_pii as pii
from dev_sets import leakage_dev6_secrets as t

SEED = 20_261_121

Gen = Callable[[random.Random], str]


def _gcp_sa_key(r: random.Random) -> str:
    """A service-account private key as it appears inside the JSON key file."""
    body = g.pem(r, "PRIVATE KEY", r.randint(200, 400), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
    return body.replace("\n", "\\n") + "\\n"


# kind -> (value generator, templates, how many items)
_SECRET_PLAN: list[tuple[str, Gen, list[str], int]] = [
    ("aws_secret_access_key", g.aws_secret, t.AWS_SECRET, 56),
    ("aws_access_key_id", lambda r: g.aws_key_id(r, r.choice(("AKIA", "AKIA", "ASIA"))),
     t.AWS_KEY_ID, 26),
    ("azure_storage_key", g.azure_storage_key, t.AZURE_STORAGE, 26),
    ("azure_client_secret", g.azure_client_secret, t.AZURE_CLIENT_SECRET, 26),
    ("gcp_api_key", g.gcp_api_key, t.GCP, 26),
    ("gcp_service_account", _gcp_sa_key, t.GCP_SA, 9),
    ("twilio_auth_token", g.twilio_token, t.TWILIO_TOKEN, 26),
    ("twilio_api_key", g.twilio_api_key, t.TWILIO_KEY, 6),
    ("datadog_api_key", lambda r: g.hexs(r, 32),
     t.DATADOG_API, 26),
    ("datadog_app_key", lambda r: g.hexs(r, 40), t.DATADOG_APP, 10),
    ("sendgrid_api_key", g.sendgrid, t.SENDGRID, 26),
    ("mailgun_api_key", g.mailgun, t.MAILGUN, 26),
    ("generic_api_key", g.generic_key, t.GENERIC, 64),
    ("password_in_config", g.password, t.PASSWORD, 88),
    ("github_token", g.github, t.GITHUB, 10),
    ("gitlab_token", g.gitlab, t.GITLAB, 8),
    ("slack_token", g.slack_token, t.SLACK[:3], 6),
    ("slack_webhook", g.slack_webhook, t.SLACK[3:], 6),
    ("stripe_secret_key", g.stripe, t.STRIPE, 10),
    ("openai_api_key", g.openai, t.OPENAI, 8),
    ("anthropic_api_key", g.anthropic, t.ANTHROPIC, 8),
    ("npm_token", g.npm, t.NPM, 6),
    ("pypi_token", g.pypi, t.PYPI, 6),
    ("shopify_token", g.shopify, t.SHOPIFY, 6),
    ("vault_token", g.vault, t.VAULT, 6),
    ("heroku_api_key", g.heroku, t.HEROKU, 6),
    ("digitalocean_token", g.digitalocean, t.DIGITALOCEAN, 6),
    ("jwt", g.jwt, t.JWT, 10),
    ("private_key_pem", g.private_key_pem, t.PEM_KEY, 8),
]

# Companion kinds reported together in the brief.
KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "gcp": ("gcp_api_key", "gcp_service_account"),
    "twilio": ("twilio_auth_token", "twilio_api_key"),
    "datadog": ("datadog_api_key", "datadog_app_key"),
}


def _fill_same(r: random.Random, template: str) -> str:
    """Fill companion tokens so that each token keeps one value within a text."""
    for token, gen in t.COMPANIONS.items():
        if token in template:
            template = template.replace(token, gen(r))
    return template


def _build_secrets(r: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for kind, gen, templates, n in _SECRET_PLAN:
        for i in range(n):
            tpl = templates[i % len(templates)]
            if "<<U>>" in tpl:
                value = g.password(r, url_safe=True)
                tpl = tpl.replace("<<U>>", "<<V>>")
            else:
                value = gen(r)
            text = _fill_same(r, tpl).replace("<<V>>", value)
            out.append((kind, text, value))
    return out


def _build_pairs(
    r: random.Random, spec: dict[str, tuple[Gen, list[str]]], per_kind: int
) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for kind, (gen, templates) in spec.items():
        n = max(per_kind, len(templates))
        for i in range(n):
            value = gen(r)
            out.append((kind, templates[i % len(templates)].replace("<<X>>", value), value))
    return out


_R = random.Random(SEED)

SECRETS: list[tuple[str, str, str]] = _build_secrets(_R)

LOOKALIKE_NOTES: dict[str, str] = dict(lk.NOTES)
_LOOK3 = _build_pairs(_R, lk.SPEC, 15)
LOOKALIKES: list[tuple[str, str]] = [(k, text) for k, text, _ in _LOOK3]

PII: list[tuple[str, str, str]] = _build_pairs(_R, pii.PII_SPEC, 11)

PII_LOOKALIKE_NOTES: dict[str, str] = dict(pii.PII_LOOKALIKE_NOTES)
PII_LOOKALIKES: list[tuple[str, str]] = [
    (k, text) for k, text, _ in _build_pairs(_R, pii.PII_LOOKALIKE_SPEC, 10)
]

__all__ = [
    "KIND_GROUPS",
    "LOOKALIKES",
    "LOOKALIKE_NOTES",
    "PII",
    "PII_LOOKALIKES",
    "PII_LOOKALIKE_NOTES",
    "SECRETS",
]
