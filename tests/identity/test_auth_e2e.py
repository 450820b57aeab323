"""Authentication at the gateway, from the attacker's side (checklist §1, §2.1, §2.2, §2.5).

A real gateway process trusts two issuers: an external one (keys made here, JWKS served by a
real HTTP server this test controls) and the built-in dev issuer. Its upstreams are a canary that
records every header it receives: no client token may ever reach it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey
from support import ACCEPT, FIXTURES, PYTHON, free_port, gateway, initialize_request, running

from mcpwarden.identity.devissuer import DevIssuer

IDP = "https://idp.test"
INIT = initialize_request("t")
LIST = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}


class JwksServer:
    """Serves a JWKS document over real HTTP; `up` switches it between 200 and 503."""

    def __init__(self) -> None:
        self.document: dict[str, Any] = {"keys": []}
        self.up = True
        self.fetches = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.fetches += 1
                body = json.dumps(owner.document).encode() if owner.up else b"down"
                self.send_response(200 if owner.up else 503)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/jwks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


class Idp:
    """The external issuer: an RSA key published in the JWKS server."""

    def __init__(self, jwks: JwksServer) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"kid": "rsa-1"})
        jwks.document = {
            "keys": [{**self.key.as_dict(private=False), "alg": "RS256", "use": "sig"}]
        }

    def token(self, **claims: Any) -> str:
        now = int(time.time())
        body = {"iss": IDP, "sub": "alice", "iat": now, "exp": now + 600, **claims}
        return jwt.encode({"alg": "RS256", "kid": "rsa-1"}, body, self.key)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("auth")
    jwks = JwksServer()
    idp = Idp(jwks)
    record = tmp / "canary.jsonl"
    canary_port = free_port()
    canary_args = [
        PYTHON,
        str(FIXTURES / "canary_server.py"),
        "--port",
        str(canary_port),
        "--record",
        str(record),
    ]
    config = {
        "auth": {
            "issuers": [{"issuer": IDP, "jwks_uri": jwks.url, "jwks_refetch_seconds": 0.5}],
            "dev_issuer": {"dir": str(tmp / "dev")},
        },
        "policy": [{"allow": {"tools": ["*"]}}],
        "upstreams": {
            "canary": {"url": f"http://127.0.0.1:{canary_port}/mcp"},
            "other": {"url": f"http://127.0.0.1:{canary_port}/mcp"},
        },
    }
    try:
        with (
            running(canary_args, f"http://127.0.0.1:{canary_port}/probe"),
            gateway(config, tmp) as base,
        ):
            dev = DevIssuer(tmp / "dev", f"{base}/dev-issuer")
            yield {
                "base": base,
                "idp": idp,
                "jwks": jwks,
                "dev": dev,
                "record": record,
                "sent_tokens": [],
            }
    finally:
        jwks.close()


def resource(world: dict[str, Any], name: str = "canary") -> str:
    return f"{world['base']}/mcp/{name}"


def bearer(world: dict[str, Any], token: str) -> dict[str, str]:
    world["sent_tokens"].append(token)
    return {**ACCEPT, "authorization": f"Bearer {token}"}


def post(
    world: dict[str, Any], body: dict[str, Any], headers: dict[str, str], path: str = "/mcp/canary"
) -> httpx.Response:
    return httpx.post(world["base"] + path, json=body, headers=headers, timeout=10)


def challenge(resp: httpx.Response) -> str:
    value: str = resp.headers["www-authenticate"]
    return value


# -- what must pass --------------------------------------------------------------------------------


def test_external_issuer_token_with_the_right_audience_passes(world: dict[str, Any]) -> None:
    token = world["idp"].token(aud=resource(world))
    resp = post(world, INIT, bearer(world, token))
    assert resp.status_code == 200, resp.text
    assert "mcp-session-id" in resp.headers


def test_dev_issuer_token_passes(world: dict[str, Any]) -> None:
    token = world["dev"].mint("bob", audience=resource(world))
    assert post(world, INIT, bearer(world, token)).status_code == 200


def test_protected_resource_metadata(world: dict[str, Any]) -> None:
    resp = httpx.get(f"{world['base']}/.well-known/oauth-protected-resource/mcp/canary")
    assert resp.status_code == 200
    document = resp.json()
    assert document["resource"] == resource(world)
    assert IDP in document["authorization_servers"]
    assert document["bearer_methods_supported"] == ["header"]


# -- what must be refused ----------------------------------------------------------------------


def test_no_token_gets_a_challenge_without_error(world: dict[str, Any]) -> None:
    resp = post(world, INIT, ACCEPT)
    assert resp.status_code == 401
    value = challenge(resp)
    assert value.startswith("Bearer ")
    assert (
        'resource_metadata="' + world["base"] + '/.well-known/oauth-protected-resource/mcp/canary"'
    ) in value
    assert "error=" not in value
    assert resp.json()["error"]["data"]["reason"] == "token_missing"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forged(world: dict[str, Any], header: dict[str, Any], secret: bytes | None) -> str:
    """A token built by hand, as an attacker would: JOSE libraries refuse to make these."""
    now = int(time.time())
    claims = {"iss": IDP, "sub": "mallory", "aud": resource(world), "exp": now + 600}
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    if secret is None:
        return signing_input + "."
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(mac)}"


def forged_none(world: dict[str, Any]) -> str:
    return forged(world, {"alg": "none", "typ": "JWT"}, None)


def hs256_with_public_key(world: dict[str, Any]) -> str:
    """The classic confusion attack: HMAC keyed with the issuer's public key (PEM)."""
    public_pem = world["idp"].key.as_pem(private=False)
    return forged(world, {"alg": "HS256", "kid": "rsa-1", "typ": "JWT"}, public_pem)


def other_key_token(world: dict[str, Any], kid: str) -> str:
    key = ECKey.generate_key("P-256", parameters={"kid": kid})
    now = int(time.time())
    claims = {"iss": IDP, "sub": "mallory", "aud": resource(world), "exp": now + 600}
    return jwt.encode({"alg": "ES256", "kid": kid}, claims, key)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda w: "garbage", id="garbage"),
        pytest.param(
            lambda w: w["idp"].token(aud=resource(w), exp=int(time.time()) - 3600), id="expired"
        ),
        pytest.param(
            lambda w: w["idp"].token(aud=resource(w), nbf=int(time.time()) + 3600),
            id="not-yet-valid",
        ),
        pytest.param(
            lambda w: w["idp"].token(aud=resource(w), iss="https://evil.test"), id="wrong-issuer"
        ),
        pytest.param(
            lambda w: w["idp"].token(aud="https://elsewhere.test/mcp"), id="wrong-audience"
        ),
        pytest.param(
            lambda w: w["idp"].token(aud=resource(w, "other")), id="another-upstreams-audience"
        ),
        pytest.param(lambda w: w["idp"].token(aud=resource(w) + "/"), id="audience-not-exact"),
        pytest.param(
            lambda w: w["idp"].token(aud="http://127.0.0.1:9/mcp"), id="token-for-the-upstream-api"
        ),
        pytest.param(forged_none, id="alg-none"),
        pytest.param(hs256_with_public_key, id="hs256-with-public-key"),
        pytest.param(lambda w: other_key_token(w, "rogue-kid"), id="unknown-kid"),
        pytest.param(lambda w: other_key_token(w, "rsa-1"), id="known-kid-wrong-key"),
    ],
)
def test_bad_tokens_get_invalid_token(world: dict[str, Any], make: Any) -> None:
    resp = post(world, INIT, bearer(world, make(world)))
    assert resp.status_code == 401, resp.text
    value = challenge(resp)
    assert 'error="invalid_token"' in value and "resource_metadata=" in value
    assert "result" not in resp.json()


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer a b",
        "Bearer",
        "Bearer  two-spaces",
        "Bearer x, Bearer y",
        "Bearer " + "a" * 9000,
    ],
)
def test_malformed_authorization_is_400(world: dict[str, Any], authorization: str) -> None:
    resp = post(world, INIT, {**ACCEPT, "authorization": authorization})
    assert resp.status_code == 400
    assert 'error="invalid_request"' in challenge(resp)


def test_duplicated_authorization_header_is_400(world: dict[str, Any]) -> None:
    token = world["idp"].token(aud=resource(world))
    headers = [
        *ACCEPT.items(),
        ("authorization", f"Bearer {token}"),
        ("authorization", f"Bearer {token}"),
    ]
    world["sent_tokens"].append(token)
    resp = httpx.post(world["base"] + "/mcp/canary", json=INIT, headers=headers)
    assert resp.status_code == 400


def test_token_in_the_query_string_is_ignored(world: dict[str, Any]) -> None:
    token = world["idp"].token(aud=resource(world))
    world["sent_tokens"].append(token)
    resp = post(world, INIT, ACCEPT, path=f"/mcp/canary?access_token={token}")
    assert resp.status_code == 401


def open_session(world: dict[str, Any], token: str) -> str:
    resp = post(world, INIT, bearer(world, token))
    assert resp.status_code == 200, resp.text
    session: str = resp.headers["mcp-session-id"]
    return session


def test_a_session_is_not_a_credential(world: dict[str, Any]) -> None:
    session = open_session(world, world["idp"].token(aud=resource(world)))
    resp = post(
        world, LIST, {**ACCEPT, "mcp-session-id": session, "mcp-protocol-version": "2025-11-25"}
    )
    assert resp.status_code == 401


def test_another_users_token_cannot_use_a_session(world: dict[str, Any]) -> None:
    session = open_session(world, world["idp"].token(aud=resource(world), sub="alice"))
    mallory = world["idp"].token(aud=resource(world), sub="mallory")
    headers = {
        **bearer(world, mallory),
        "mcp-session-id": session,
        "mcp-protocol-version": "2025-11-25",
    }
    assert post(world, LIST, headers).status_code == 404
    alice = world["idp"].token(aud=resource(world), sub="alice")
    headers = {
        **bearer(world, alice),
        "mcp-session-id": session,
        "mcp-protocol-version": "2025-11-25",
    }
    assert post(world, LIST, headers).status_code == 200


def test_modern_requests_need_a_token_every_time(world: dict[str, Any]) -> None:
    meta = {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": {},
    }
    body = {"jsonrpc": "2.0", "id": 3, "method": "tools/list", "params": {"_meta": meta}}
    modern = {**ACCEPT, "mcp-protocol-version": "2026-07-28", "mcp-method": "tools/list"}
    assert post(world, body, modern).status_code == 401
    token = world["idp"].token(aud=resource(world))
    resp = post(world, body, {**modern, **bearer(world, token)})
    assert resp.status_code == 200, resp.text


def test_key_rotation_is_picked_up(world: dict[str, Any]) -> None:
    time.sleep(0.6)  # past the re-fetch rate limit that earlier rogue kids used up
    rotated = RSAKey.generate_key(2048, parameters={"kid": "rsa-2"})
    jwks = world["jwks"]
    jwks.document = {
        "keys": [*jwks.document["keys"], {**rotated.as_dict(private=False), "alg": "RS256"}]
    }
    now = int(time.time())
    token = jwt.encode(
        {"alg": "RS256", "kid": "rsa-2"},
        {"iss": IDP, "sub": "alice", "aud": resource(world), "exp": now + 600},
        rotated,
    )
    assert post(world, INIT, bearer(world, token)).status_code == 200


def test_cached_keys_survive_an_issuer_outage(world: dict[str, Any]) -> None:
    world["jwks"].up = False
    try:
        token = world["idp"].token(aud=resource(world), jti="during-outage")
        assert post(world, INIT, bearer(world, token)).status_code == 200
    finally:
        world["jwks"].up = True


def test_zz_the_upstream_never_saw_a_client_token(world: dict[str, Any]) -> None:
    """Runs last in this module (by name): every token the tests sent, compared byte by byte."""
    recorded = world["record"].read_text()
    assert recorded, "the canary recorded nothing"
    for token in world["sent_tokens"]:
        assert token not in recorded
    for line in recorded.splitlines():
        names = {name.lower() for name, _ in json.loads(line)["headers"]}
        assert "authorization" not in names


def test_issuer_down_from_the_start_fails_closed(tmp_path: Path) -> None:
    jwks = JwksServer()
    jwks.up = False
    idp = Idp(jwks)
    config = {
        "auth": {"issuers": [{"issuer": IDP, "jwks_uri": jwks.url}]},
        "policy": [{"allow": {"tools": ["*"]}}],
        "upstreams": {"canary": {"url": "http://127.0.0.1:9/mcp"}},
    }
    try:
        with gateway(config, tmp_path) as base:
            token = idp.token(aud=f"{base}/mcp/canary")
            resp = httpx.post(
                f"{base}/mcp/canary",
                json=INIT,
                headers={**ACCEPT, "authorization": f"Bearer {token}"},
            )
            assert resp.status_code == 503
            assert resp.json()["error"]["data"]["reason"] == "token_verification_unavailable"
            assert "retry-after" in resp.headers
    finally:
        jwks.close()
