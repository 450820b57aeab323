"""The config contract: typed loading, errors that name the key, secrets never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpwarden.assembly import build_routes
from mcpwarden.config import ConfigError, effective, load, loads, resolve_secret

MINIMAL = "auth: none\nupstreams:\n  a: {url: 'http://127.0.0.1:1/mcp'}\n"


def error_of(text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        build_routes(loads(text))
    return str(caught.value)


def test_minimal_config_loads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(MINIMAL)
    config = load(path)
    assert config.listen == "127.0.0.1:8765"
    assert config.chain == ["methods", "size"]
    assert config.resource_uri("a") == "http://127.0.0.1:8765/mcp/a"
    assert set(build_routes(config)) == {"a"}


@pytest.mark.parametrize(("text", "names"), [
    ("auth: none\nupstreams: {a: {url: 3}}", "upstreams.a.url"),
    ("auth: none\nupstreams: {a: {url: 'ftp://x/'}}", "upstreams.a.url"),
    ("auth: none\nupstreams: {a: {url: 'http://u:p@x/'}}", "credentials"),
    ("auth: none\nupstreams: {a: {}}", "exactly one of"),
    ("auth: none\nupstreams: {a: {url: 'http://x/', command: [x]}}", "exactly one of"),
    ("auth: none\nupstreams: {a: {command: []}}", "upstreams.a.command"),
    ("auth: none\nupstreams: {a: {url: 'http://x/', colour: red}}", "colour"),
    ("auth: none\nupstreams: {'bad name': {url: 'http://x/'}}", "upstreams.bad name"),
    ("auth: none\nupstreams: {}", "upstreams"),
    ("upstreams: {a: {url: 'http://x/'}}", "auth"),
    ("listen: 0.0.0.0:80\nauth: none\nupstreams: {a: {url: 'http://x/'}}", "auth: `none`"),
    ("listen: nonsense\n" + MINIMAL, "listen"),
    ("limits: {user: 1/minit}\n" + MINIMAL, "limits.user"),
    ("http: {max_body_bytes: lots}\n" + MINIMAL, "http.max_body_bytes"),
    ("http: {max_depth: 1}\n" + MINIMAL, "http.max_depth"),
    ("http: {trusted_proxies: [\"proxy.example\"]}\n" + MINIMAL, "http.trusted_proxies"),
    ("allowed_origins: ['*']\n" + MINIMAL, "allowed_origins"),
    ("tls: {cert: /nonexistent.pem, key: /nonexistent.key}\n" + MINIMAL, "tls.cert"),
    ("tls: {cert: /etc/hostname, key: /etc/hostname, min_version: '1.0'}\n" + MINIMAL,
     "tls.min_version"),
    ("chain: [methods, teleport]\n" + MINIMAL, "teleport"),
    ("guards: {size: {request_bytes: huge}}\n" + MINIMAL, "guards.size.request_bytes"),
    ("guards: {methods: {allow: 3}}\n" + MINIMAL, "guards.methods.allow"),
    ("auth: none\nupstreams: {a: {url: 'http://x/', credentials: {bearer: hunter2}}}",
     "upstreams.a.credentials.bearer"),
    ("chain: [size]\nauth: none\nupstreams: {a: {url: 'http://x/', guards: {methods: {}}}}",
     "not in `chain`"),
    ("auth: none\nupstreams: {a: {url: 'http://x/', credentials: {oauth: {token_url: "
     "'http://127.0.0.1/t', client_id: c, client_secret: 'env:X', grant: token_exchange}}}}",
     "token_exchange"),
    (": : :", "not valid YAML"),
    ("- a list", "mapping"),
])
def test_errors_name_the_key_and_the_problem(text: str, names: str) -> None:
    assert names in error_of(text)


def test_secret_references_resolve_from_env_and_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPW_TEST_TOKEN", "s3cret")
    secret_file = tmp_path / "token"
    secret_file.write_text("from-file\n")
    assert resolve_secret("env:MCPW_TEST_TOKEN", "k") == "s3cret"
    assert resolve_secret(f"file:{secret_file}", "k") == "from-file"
    with pytest.raises(ConfigError, match="MCPW_TEST_MISSING is not set"):
        resolve_secret("env:MCPW_TEST_MISSING", "k")
    with pytest.raises(ConfigError, match="cannot read secret file"):
        resolve_secret(f"file:{tmp_path / 'nope'}", "k")


def test_missing_secret_fails_at_build_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MCPW_TEST_ABSENT", raising=False)
    text = ("auth: none\nupstreams: {a: {url: 'http://x/', "
            "credentials: {bearer: 'env:MCPW_TEST_ABSENT'}}}")
    assert "upstreams.a.credentials.bearer" in error_of(text)


def test_effective_config_masks_literal_env_values() -> None:
    config = loads("auth: none\nupstreams: {a: {command: [x], env: {PLAIN: hunter2, "
                   "REF: 'env:HOME'}}}")
    env = effective(config)["upstreams"]["a"]["env"]
    assert env == {"PLAIN": "***", "REF": "env:HOME"}
