"""Secrets, round 9: Docker Hub access tokens, and random-looking tokens pasted into chat right
after words about a key or a handover (same line after a colon or a handing word, or alone on
the next line), but not ids, digests or fingerprints introduced the same way."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.secrets import find_secrets

# Random from a fixed seed, in the providers' public shapes; none of them is a live credential.
_BEARER = "puUwuLo524SJ_oh70RflW5lw40wT1nwQIZ40GnHCbGF99v20xwRJ6g4hWebF1"
_BASE64_KEY = "PqqAtbLd0Qp8jT1+jvU0kr6GCRpYudU7MLGAPt6x34w="
_AWS_SHAPED = "DNxril3RavGD5MfvJ7NScUykT8C8UBkkpdhiG37L"


def _found(text: str, value: str) -> bool:
    start = text.index(value)
    return any(
        leak.start <= start and leak.end >= start + len(value) for leak in find_secrets(text)
    )


@pytest.mark.parametrize(
    "value", ["dckr_pat_APyqCL_N04P72KctKQEUZt3wxDn", "dckr_oat_Xy7Qm2-pLk9wZ3vBn4cT8rD5sJ1h"]
)
def test_docker_hub_access_tokens_are_found_anywhere(value: str) -> None:
    assert _found(f"ok, here you go {value}", value)
    assert _found(f'{{"note": "{value}"}}', value)


@pytest.mark.parametrize(
    "text, value",
    [
        (f"[14:48] xavier: works on my machine with this value, try it: {_BEARER}", _BEARER),
        (f"[11:45] yusuf: pasting the token so you can test tonight: {_BEARER}", _BEARER),
        (f"[15:32] uma: the CI secret was empty so I set it by hand to {_BEARER}", _BEARER),
        (f"[16:41] nadia: here is the signing key, don't lose it: {_BASE64_KEY}", _BASE64_KEY),
        (f"Ama 20:45\ncan someone rotate this after the demo? using it for now:\n{_AWS_SHAPED}\n",
         _AWS_SHAPED),
        (f"Tobias 21:00\nif it still fails with this one it's not the key\n{_BEARER}\n", _BEARER),
    ],
)
def test_tokens_handed_over_in_chat_are_found(text: str, value: str) -> None:
    assert _found(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The key fingerprint is SHA256:usQ1f4CH5malCaGRvrpmhYzfNBTPzcIph1WRfoVENn0",
        "Session id (public, non-secret): sess_01HZX4K9M2Q7R8T3V5W6Y0ABCD; trace id 4bf92f35",
        "the token endpoint returned request id: Rq7Hx2Lm9Pz4Kt8Wv3Ny6Bc1Df5Gs0Jq",
        "Key takeaways for the quarter:\nMyServiceConfigurationProvider2024Handler\n",
        "here is the commit with the token fix: 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39",
        "try it: https://docs.example.com/getting-started/authentication-tokens-overview",
    ],
)
def test_ids_digests_words_and_links_after_such_words_are_not_secrets(text: str) -> None:
    assert find_secrets(text) == []
