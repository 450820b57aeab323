"""Round 7d: names holding `bearer`, and keys of shell and URL symbols (Django, Flask)."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.secrets import find_secrets

BEARER = "Zq8Lm3Rt7Vx2Kp9Wn4Bc6Hd1Jf5Gs0Ty8Ua3Ei7Ok2Pl9Qm4Rn"
DJANGO_QUOTED = "(K0h8qO@Mj5JM0OLLO6r=0s1)D0uoAMaCf_5tEj!8!KSW)YHlG"
DJANGO_BARE = "uTy-*9XR%=kv4X4gUPj^pYPsaG8X1M6rSuIy*e$V)GR3S=%T&s"
FLAG_KEY = "Tw5_r6BKS&q8@3Zx6k$OMF%bQEYc8oUz((pcQFuMWGp8fzBTtK"
FLASK_KEY = "&h7Q)pV2@xL9!mR4^tN8*wK3(zB6=yD1"

MUST_FIND = [
    (f"API_BEARER={BEARER}\n", BEARER),
    (f"2024-05-01T10:00:00Z DEBUG env API_BEARER={BEARER} loaded\n", BEARER),
    (f"BEARER_TOKEN={BEARER}", BEARER),
    (f"bearer: {BEARER}\n", BEARER),
    (f'x-bearer = "{BEARER}"', BEARER),
    (f"export AUTH_BEARER={BEARER}", BEARER),
    (f'{{"service_bearer": "{BEARER}"}}', BEARER),
    (f'SECRET_KEY = "{DJANGO_QUOTED}"\n', DJANGO_QUOTED),
    (f"SECRET_KEY = '{DJANGO_QUOTED}'", DJANGO_QUOTED),
    (f"SECRET_KEY={DJANGO_BARE}\nDEBUG=False\n", DJANGO_BARE),
    (f"INFO settings SECRET_KEY={DJANGO_BARE} debug=0", DJANGO_BARE),
    (f"python manage.py runserver --secret-key {FLAG_KEY} --port 8000", FLAG_KEY),
    (f'app.config["SECRET_KEY"] = "{FLASK_KEY}"', FLASK_KEY),
    (f"FLASK_SECRET_KEY={FLASK_KEY}", FLASK_KEY),
]

MUST_PASS = [
    "API_BEARER=${API_BEARER}",
    "API_BEARER=********************",
    "bearer: none",
    "BEARER_TOKEN=<your-bearer-token>",
    "bearer_url=https://auth.example.com/oauth/token",
    "bearer_hash=5f4dcc3b5aa765d61d8327deb882cf995f4dcc3b5aa765d61d8327deb882cf99",
    "the bearer: a person who carries a message",
    'SECRET_KEY = "${DJANGO_SECRET_KEY}"',
    "SECRET_KEY=os.environ.get(\"DJANGO_SECRET_KEY\")",
    "SECRET_KEY = get_random_secret_key()",
    "SECRET_KEY=(changeme)",
    "secret_key=abc&user=bob",
    "--secret-key (see vault)",
    'SECRET_KEY = "(insert-your-secret-key-here)"',
    "TOKEN_URL=https://example.com/token?a=1&b=2",
    "SECRET_KEY=$(openssl rand -base64 32)",
    "SECRET_KEY=$(vault_read_Kx9_secretPath2)",
    "--secret-key $(cat /run/secrets/django_key)",
    "token=abc123&redirect_uri=https://x.com/cb&state=Xy9Kq2Lm8Np4Rt6Vw1",
    "api_key=%(API_KEY)s&format=json&page=2&limit=100",
    '{"token_type": "Bearer", "expires_in": 3600}',
    "BEARER_TOKEN_HEADER=Authorization",
    "the bearer of this letter is Johnathan Smithers",
]


@pytest.mark.parametrize(("text", "value"), MUST_FIND)
def test_must_find_whole_value(text: str, value: str) -> None:
    spans = [text[leak.start : leak.end] for leak in find_secrets(text)]
    assert value in spans


@pytest.mark.parametrize("text", MUST_PASS)
def test_must_pass(text: str) -> None:
    assert find_secrets(text) == []
