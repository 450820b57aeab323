"""Secrets, session 8: a lookup in code whose quotes clash with the quotes around it is still a
reference, not a password."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.secrets import find_secrets


@pytest.mark.parametrize(
    "text",
    [
        'deploy:\n  env:\n    DATABASE_PASSWORD: "os.environ["STRIPE_SECRET_KEY"]"\n',
        "API_TOKEN: 'settings.get('API_TOKEN')'",
    ],
)
def test_a_lookup_cut_by_its_own_quotes_is_a_reference(text: str) -> None:
    assert find_secrets(text) == []


def test_a_quoted_password_is_still_found() -> None:
    text = 'deploy:\n  env:\n    DATABASE_PASSWORD: "Xk9#mQ2vL8pR"\n'
    assert [text[leak.start:leak.end] for leak in find_secrets(text)] == ["Xk9#mQ2vL8pR"]
