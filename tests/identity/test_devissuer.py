"""The dev issuer: tokens verified with joserfc directly against its JWKS, the key file's
lifecycle and permissions, and `mcpwarden token` end to end."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from joserfc import jwt
from joserfc.errors import (
    BadSignatureError,
    ExpiredTokenError,
    InvalidKeyIdError,
    InvalidTokenError,
)
from joserfc.jwk import KeySet, RSAKey
from joserfc.jwt import JWTClaimsRegistry
from support import PYTHON

from mcpwarden.identity.devissuer import (
    KEY_FILE,
    DevIssuer,
    DevIssuerError,
    parse_claim_args,
)

ISSUER = "http://127.0.0.1:8765/dev-issuer"
RESOURCE = "http://127.0.0.1:8765/mcp/x"


def decode(token: str, issuer: DevIssuer) -> jwt.Token:
    """Verify with joserfc alone, against nothing but the published key set."""
    return jwt.decode(token, keyset(issuer.jwks()), algorithms=["ES256"])


def keyset(jwks: dict[str, Any]) -> KeySet:
    return KeySet.import_key_set(jwks)  # type: ignore[arg-type]


def thumbprint(jwk: dict[str, Any]) -> str:
    """RFC 7638 by hand: SHA-256 over the required members, sorted, without whitespace."""
    members = {name: jwk[name] for name in ("crv", "kty", "x", "y")}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(hashlib.sha256(canonical).digest()).rstrip(b"=").decode()


def test_minted_token_verifies_and_carries_every_claim(tmp_path: Path) -> None:
    issuer = DevIssuer(tmp_path / "dev", ISSUER)
    before = int(time.time())
    token = issuer.mint(
        "alice",
        audience=RESOURCE,
        scopes=["notes:read", "notes:write"],
        ttl=600,
        claims={"amr": ["mfa"], "tenant": "acme"},
    )
    decoded = decode(token, issuer)
    assert decoded.header == {"alg": "ES256", "typ": "at+jwt", "kid": issuer.kid}
    claims = decoded.claims
    assert claims["iss"] == ISSUER and claims["sub"] == "alice" and claims["aud"] == RESOURCE
    assert before <= claims["iat"] <= int(time.time())
    assert claims["exp"] == claims["iat"] + 600
    assert claims["scope"] == "notes:read notes:write"
    assert claims["amr"] == ["mfa"] and claims["tenant"] == "acme"
    assert isinstance(claims["jti"], str) and len(claims["jti"]) >= 16
    assert "nbf" not in claims
    JWTClaimsRegistry(
        iss={"essential": True, "value": ISSUER}, aud={"essential": True, "value": RESOURCE}
    ).validate(claims)
    another = decode(issuer.mint("alice", audience=RESOURCE), issuer).claims
    assert another["jti"] != claims["jti"]


def test_jwks_is_the_public_key_only_with_an_rfc7638_kid(tmp_path: Path) -> None:
    issuer = DevIssuer(tmp_path / "dev", ISSUER)
    jwks = issuer.jwks()
    assert list(jwks) == ["keys"] and len(jwks["keys"]) == 1
    key = jwks["keys"][0]
    assert set(key) == {"kty", "crv", "x", "y", "kid", "alg", "use"}  # no "d"
    assert (key["kty"], key["crv"], key["alg"], key["use"]) == ("EC", "P-256", "ES256", "sig")
    assert key["kid"] == issuer.kid == thumbprint(key)
    key["kid"] = "changed"
    assert issuer.jwks()["keys"][0]["kid"] == issuer.kid  # callers get a copy


def test_a_token_does_not_verify_against_another_key(tmp_path: Path) -> None:
    one = DevIssuer(tmp_path / "one", ISSUER)
    token = one.mint("alice", audience=RESOURCE)
    two = DevIssuer(tmp_path / "two", ISSUER)
    with pytest.raises(InvalidKeyIdError):
        decode(token, two)
    impostor = two.jwks()
    impostor["keys"][0]["kid"] = one.kid
    with pytest.raises(BadSignatureError):
        jwt.decode(token, keyset(impostor), algorithms=["ES256"])


def test_audiences_and_scopes(tmp_path: Path) -> None:
    issuer = DevIssuer(tmp_path / "dev", ISSUER)
    several = decode(issuer.mint("a", audience=[RESOURCE, "urn:b", RESOURCE]), issuer).claims
    assert several["aud"] == [RESOURCE, "urn:b"]
    one = decode(issuer.mint("a", audience=[RESOURCE], scopes="x y x"), issuer).claims
    assert one["aud"] == RESOURCE and one["scope"] == "x y"
    assert "scope" not in decode(issuer.mint("a", audience=RESOURCE), issuer).claims
    for bad_audience in ([], "", [""]):
        with pytest.raises(DevIssuerError, match="audience"):
            issuer.mint("a", audience=bad_audience)
    with pytest.raises(DevIssuerError, match="scope"):
        issuer.mint("a", audience=RESOURCE, scopes=["two words"])
    with pytest.raises(DevIssuerError, match="subject"):
        issuer.mint("", audience=RESOURCE)


def test_lifetime_and_not_before(tmp_path: Path) -> None:
    issuer = DevIssuer(tmp_path / "dev", ISSUER)
    later = int(time.time()) + 120
    claims = decode(issuer.mint("a", audience=RESOURCE, not_before=later), issuer).claims
    assert claims["nbf"] == later
    with pytest.raises(InvalidTokenError):
        JWTClaimsRegistry().validate(claims)  # not yet valid
    expired = decode(issuer.mint("a", audience=RESOURCE, ttl=-10), issuer).claims
    with pytest.raises(ExpiredTokenError):
        JWTClaimsRegistry().validate(expired)
    with pytest.raises(DevIssuerError, match="ttl"):
        issuer.mint("a", audience=RESOURCE, ttl=1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["iss", "sub", "aud", "exp", "iat", "nbf", "jti", "scope"])
def test_extra_claims_cannot_override_reserved_ones(tmp_path: Path, name: str) -> None:
    issuer = DevIssuer(tmp_path / "dev", ISSUER)
    with pytest.raises(DevIssuerError, match=f"claim {name}: set by the issuer"):
        issuer.mint("alice", audience=RESOURCE, claims={name: "evil"})


def test_extra_claims_must_be_json(tmp_path: Path) -> None:
    issuer = DevIssuer(tmp_path / "dev", ISSUER)
    for bad in ({"when": object()}, {"x": float("nan")}, {1: "one"}):
        with pytest.raises(DevIssuerError, match="claim"):
            issuer.mint("alice", audience=RESOURCE, claims=bad)  # type: ignore[arg-type]


def test_key_is_created_private_and_reused(tmp_path: Path) -> None:
    directory = tmp_path / "state" / "dev"
    first = DevIssuer(directory, ISSUER)
    key_file = directory / KEY_FILE
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert directory.stat().st_mode & 0o777 == 0o700
    assert key_file.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert [p.name for p in directory.iterdir()] == [KEY_FILE]  # no temporary left behind
    second = DevIssuer(str(directory), "http://other/dev-issuer")
    assert second.kid == first.kid
    token = first.mint("alice", audience=RESOURCE)
    assert decode(token, second).claims["sub"] == "alice"


def test_concurrent_first_use_agrees_on_one_key(tmp_path: Path) -> None:
    directory = tmp_path / "dev"
    kids: list[str] = []
    threads = [
        threading.Thread(target=lambda: kids.append(DevIssuer(directory, ISSUER).kid))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(kids) == 8 and len(set(kids)) == 1
    assert [p.name for p in directory.iterdir()] == [KEY_FILE]


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_key_file_other_users_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    directory = tmp_path / "dev"
    DevIssuer(directory, ISSUER)
    (directory / KEY_FILE).chmod(mode)
    with pytest.raises(DevIssuerError, match=f"open to other users \\(mode {mode:04o}\\).*chmod"):
        DevIssuer(directory, ISSUER)


def test_a_symlinked_directory_or_key_file_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real"
    DevIssuer(real, ISSUER)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    with pytest.raises(DevIssuerError, match="is a symbolic link"):
        DevIssuer(link, ISSUER)
    other = tmp_path / "other"
    other.mkdir(mode=0o700)
    (other / KEY_FILE).symlink_to(real / KEY_FILE)
    with pytest.raises(DevIssuerError, match="not a symbolic link"):
        DevIssuer(other, ISSUER)


def test_unusable_directories_and_keys_are_explained(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(DevIssuerError, match="writable by other users"):
        DevIssuer(shared, ISSUER)
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    with pytest.raises(DevIssuerError, match="cannot open dev issuer directory"):
        DevIssuer(not_a_dir, ISSUER)
    fifo = tmp_path / "fifo"
    fifo.mkdir(mode=0o700)
    os.mkfifo(fifo / KEY_FILE, 0o600)
    with pytest.raises(DevIssuerError, match="not a regular file"):
        DevIssuer(fifo, ISSUER)
    garbage = tmp_path / "garbage"
    garbage.mkdir(mode=0o700)
    (garbage / KEY_FILE).write_text("not a key")
    (garbage / KEY_FILE).chmod(0o600)
    with pytest.raises(DevIssuerError, match="not an unencrypted PEM private key"):
        DevIssuer(garbage, ISSUER)
    rsa = tmp_path / "rsa"
    rsa.mkdir(mode=0o700)
    (rsa / KEY_FILE).write_bytes(RSAKey.generate_key(2048).as_pem(private=True))
    (rsa / KEY_FILE).chmod(0o600)
    with pytest.raises(DevIssuerError, match="must be an EC P-256 private key"):
        DevIssuer(rsa, ISSUER)


def test_claim_arguments() -> None:
    parsed = parse_claim_args(
        [
            'amr=["mfa"]',
            "level=3",
            "ok=true",
            "team=blue",
            'obj={"a": 1}',
            "eq=a=b",
            "empty=",
            "huge=1e999",
        ]
    )
    assert parsed == {
        "amr": ["mfa"],
        "level": 3,
        "ok": True,
        "team": "blue",
        "obj": {"a": 1},
        "eq": "a=b",
        "empty": "",
        "huge": "1e999",
    }
    with pytest.raises(DevIssuerError, match="more than once"):
        parse_claim_args(["a=1", "a=2"])
    with pytest.raises(DevIssuerError, match="NAME=VALUE"):
        parse_claim_args(["novalue"])


# -- `mcpwarden token` ------------------------------------------------------------------------


def mcpwarden(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "mcpwarden", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=cwd,
    )


def write_config(
    path: Path,
    auth: str,
    upstreams: str = 'x: {url: "http://127.0.0.1:9/mcp"}',
) -> Path:
    policy = "" if auth == "none" else "policy: [{allow: {tools: ['*']}}]\n"
    path.write_text(f"auth: {auth}\n{policy}upstreams: {{{upstreams}}}\n")
    return path


def test_token_command_prints_one_token_with_the_right_claims(tmp_path: Path) -> None:
    config = write_config(tmp_path / "cfg.yaml", f"{{dev_issuer: {{dir: {tmp_path / 'dev'}}}}}")
    done = mcpwarden(
        "token",
        "-c",
        str(config),
        "--sub",
        "alice",
        "--scope",
        "a b",
        "--upstream",
        "x",
        "--claim",
        'amr=["mfa"]',
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and done.stdout.endswith("\n")
    token = done.stdout.strip()
    decoded = decode(token, DevIssuer(tmp_path / "dev", ISSUER))
    claims = decoded.claims
    assert (claims["iss"], claims["sub"], claims["aud"]) == (ISSUER, "alice", RESOURCE)
    assert claims["scope"] == "a b" and claims["amr"] == ["mfa"]
    assert claims["exp"] - claims["iat"] == 3600


def test_token_command_audiences_ttl_and_relative_directory(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "cfg.yaml",
        "{dev_issuer: {dir: state/dev}}",
        'x: {url: "http://127.0.0.1:9/mcp"}, y: {command: [python, s.py]}',
    )
    every = mcpwarden(
        "token",
        "-c",
        str(config),
        "--sub",
        "bob",
        "--ttl",
        "60",
        "--scope",
        "a",
        "--scope",
        "b c",
        cwd=tmp_path,
    )
    assert every.returncode == 0, every.stderr
    issuer = DevIssuer(tmp_path / "state" / "dev", ISSUER)  # relative to the working directory
    claims = decode(every.stdout.strip(), issuer).claims
    assert claims["aud"] == [RESOURCE, "http://127.0.0.1:8765/mcp/y"]
    assert claims["scope"] == "a b c" and claims["exp"] - claims["iat"] == 60
    chosen = mcpwarden(
        "token",
        "-c",
        str(config),
        "--sub",
        "bob",
        "--aud",
        "urn:extra",
        "--upstream",
        "y",
        cwd=tmp_path,
    )
    assert chosen.returncode == 0, chosen.stderr
    assert decode(chosen.stdout.strip(), issuer).claims["aud"] == [
        "urn:extra",
        "http://127.0.0.1:8765/mcp/y",
    ]


def test_token_command_refuses_without_a_dev_issuer(tmp_path: Path) -> None:
    config = write_config(tmp_path / "cfg.yaml", "none")
    done = mcpwarden("token", "-c", str(config), "--sub", "alice", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "auth.dev_issuer: not configured" in done.stderr
    assert not (tmp_path / ".mcpwarden").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--ttl", "0"], "--ttl 0: must be between 1 and"),
        (["--ttl", str(86400 * 30 + 1)], "must be between 1 and"),
        (["--upstream", "nope"], "--upstream nope: no such upstream"),
        (["--claim", "a=1", "--claim", "a=2"], "--claim a: given more than once"),
        (["--claim", "sub=mallory"], "claim sub: set by the issuer"),
    ],
)
def test_token_command_bad_arguments_exit_2(tmp_path: Path, extra: list[str], message: str) -> None:
    config = write_config(tmp_path / "cfg.yaml", f"{{dev_issuer: {{dir: {tmp_path / 'dev'}}}}}")
    done = mcpwarden("token", "-c", str(config), "--sub", "alice", *extra, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert message in done.stderr


def test_token_command_reports_an_exposed_key(tmp_path: Path) -> None:
    DevIssuer(tmp_path / "dev", ISSUER)
    os.chmod(tmp_path / "dev" / KEY_FILE, 0o644)
    config = write_config(tmp_path / "cfg.yaml", f"{{dev_issuer: {{dir: {tmp_path / 'dev'}}}}}")
    done = mcpwarden("token", "-c", str(config), "--sub", "alice", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "open to other users" in done.stderr and "chmod 600" in done.stderr
