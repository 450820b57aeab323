"""Credentials the gateway uses upstream (never the client's): static secrets, OAuth client
credentials, RFC 8693 token exchange, signed identity headers.

Real servers on 127.0.0.1: a token endpoint written here (both grants, client authentication,
every request recorded) and the canary upstream (`fixtures/canary_server.py`, an official-SDK
MCP server that records every header it receives). The gateway's side is the real connector
(`HttpConnector`) behind the real proxy core (`Route`), so errors are what a client would read.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

import httpx2 as httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from joserfc import jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet, OKPKey
from support import FIXTURES, PYTHON, free_port, gateway, running

from mcpwarden.config import ConfigError, Upstream, convert_section
from mcpwarden.gateway import Route
from mcpwarden.guards.base import Exchange
from mcpwarden.guards.chain import Chain
from mcpwarden.identity.devissuer import DevIssuer
from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.upstream import bridge
from mcpwarden.upstream.base import UpstreamError
from mcpwarden.upstream.credentials import (
    ClientCredentials,
    TokenEndpoint,
    TokenExchange,
    UpstreamCredentials,
    build_credentials,
    identity_jwks,
)
from mcpwarden.upstream.http import HttpConnector
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

CLIENT_ID = "gateway client"  # a space: client_secret_basic form-encodes before base64
CLIENT_SECRET = "s3cret:client/secret+value"
STATIC_TOKEN = "gateway-static-token-7f3a"
IDP = "https://idp.test"
MODERN = "2026-07-28"
LEGACY = "2025-11-25"
META = {"io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientCapabilities": {}}
# "EdDSA" is what deployed JOSE libraries verify today; RFC 9864 prefers "Ed25519" by name.
pytestmark = pytest.mark.filterwarnings("ignore:EdDSA is deprecated")
EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"


# -- the token endpoint ----------------------------------------------------------------------------


class TokenServer:
    """An authorization server's token endpoint: client_credentials and RFC 8693 token exchange,
    client_secret_basic required. `users` maps subject tokens it accepts to user names."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.users: dict[str, str] = {}
        self.lifetime: int | None = 3600
        self.status: int | None = None  # force an error answer (e.g. 503)
        self.delay = 0.0
        self.answer_with: Any = None  # answer this (HTTP 200) instead
        self.issued = 0
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                status, answer = owner.answer(dict(self.headers.items()), body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("cache-control", "no-store")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/oauth/token"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        form = dict(parse_qsl(body.decode()))
        headers = {k.lower(): v for k, v in headers.items()}
        self.requests.append({"headers": headers, "form": form, "body": body})
        time.sleep(self.delay)
        if self.status is not None:
            return self.status, {"error": "temporarily_unavailable"}
        if self.answer_with is not None:
            return 200, self.answer_with
        if not self._client_ok(headers.get("authorization", "")):
            return 401, {"error": "invalid_client", "error_description": "bad client secret"}
        grant = form.get("grant_type")
        if grant == "client_credentials":
            return 200, self._issue("client")
        if grant == EXCHANGE_GRANT:
            user = self.users.get(form.get("subject_token", ""))
            if form.get("subject_token_type") != ACCESS_TOKEN_TYPE or user is None:
                return 400, {"error": "invalid_grant"}
            return 200, self._issue(f"for-{user}")
        return 400, {"error": "unsupported_grant_type"}

    def _client_ok(self, authorization: str) -> bool:
        scheme, _, encoded = authorization.partition(" ")
        if scheme != "Basic":
            return False
        user, _, password = base64.b64decode(encoded).decode().partition(":")
        return (unquote_plus(user), unquote_plus(password)) == (CLIENT_ID, CLIENT_SECRET)

    def _issue(self, who: str) -> dict[str, Any]:
        with self.lock:
            self.issued += 1
            token: dict[str, Any] = {"access_token": f"upstream-{who}-{self.issued}",
                                     "token_type": "Bearer"}
        if self.lifetime is not None:
            token["expires_in"] = self.lifetime
        return token

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- the canary upstream ---------------------------------------------------------------------------


class Canary:
    """The recording upstream; `since(mark)` gives the requests recorded after `mark()`."""

    def __init__(self, url: str, record: Path) -> None:
        self.url = url
        self.record = record

    def mark(self) -> int:
        return len(self.lines())

    def lines(self) -> list[str]:
        return self.record.read_text().splitlines() if self.record.exists() else []

    def since(self, mark: int) -> list[dict[str, Any]]:
        entries = [json.loads(line) for line in self.lines()[mark:]]
        for entry in entries:
            entry["headers"] = [(k.lower(), v) for k, v in entry["headers"]]
        return entries

    def raw_since(self, mark: int) -> str:
        return "\n".join(self.lines()[mark:])


def header_values(entry: dict[str, Any], name: str) -> list[str]:
    return [value for key, value in entry["headers"] if key == name]


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Canary]:
    record = tmp_path_factory.mktemp("canary") / "headers.jsonl"
    port = free_port()
    args = [PYTHON, str(FIXTURES / "canary_server.py"), "--port", str(port),
            "--record", str(record)]
    with running(args, f"http://127.0.0.1:{port}/probe"):
        yield Canary(f"http://127.0.0.1:{port}/mcp", record)


@pytest.fixture
def tokens() -> Iterator[TokenServer]:
    server = TokenServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def secret_file(tmp_path: Path) -> str:
    path = tmp_path / "client-secret"
    path.write_text(CLIENT_SECRET + "\n")
    return f"file:{path}"


@pytest.fixture
def identity_key(tmp_path: Path) -> str:
    key = ed25519.Ed25519PrivateKey.generate()
    path = tmp_path / "identity.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return f"file:{path}"


# -- driving the connector -------------------------------------------------------------------------


def user(subject: str, scopes: tuple[str, ...] = ("files.read",)) -> Principal:
    return Principal(issuer=IDP, subject=subject, scopes=frozenset(scopes))


def modern_exchange(principal: Principal = ANONYMOUS, token: str | None = None) -> Exchange:
    return Exchange(upstream="canary", era=Era.MODERN, transport="http",
                    protocol_version=MODERN, principal=principal, client_token=token)


def upstream_config(url: str, credentials: dict[str, Any], **extra: Any) -> Upstream:
    return convert_section({"url": url, "credentials": credentials, **extra}, Upstream,
                           "upstreams.canary")


def credentials_for(url: str, credentials: dict[str, Any]) -> UpstreamCredentials:
    built = build_credentials("canary", upstream_config(url, credentials), url)
    assert built is not None
    return built


@asynccontextmanager
async def connected(canary: Canary, credentials: UpstreamCredentials | None
                    ) -> AsyncIterator[Route]:
    connector = HttpConnector("canary", canary.url, credentials=credentials)
    try:
        yield Route(name="canary", chain=Chain([]), connector=connector, timeout=15)
    finally:
        await connector.aclose()


async def call_echo(route: Route, ex: Exchange, text: str = "hello") -> Message:
    """One modern tools/call through the proxy core; the reply the client would get."""
    msg = jsonrpc.request(7, "tools/call",
                          {"name": "echo", "arguments": {"text": text}, "_meta": META})
    link = await route.connector.stateless(ex)
    replies = [out async for out in route.exchange(ex, msg, link)]
    assert replies and replies[-1].is_reply
    return replies[-1]


def echoed(reply: Message) -> str:
    assert reply.kind == "response", reply.obj
    text: str = reply.result["content"][0]["text"]
    return text


def error_of(reply: Message) -> dict[str, Any]:
    assert reply.kind == "error", reply.obj
    error: dict[str, Any] = reply.obj["error"]
    return error


# -- static credentials ----------------------------------------------------------------------------


async def legacy_session_round(canary: Canary, creds: UpstreamCredentials, ex: Exchange
                               ) -> list[dict[str, Any]]:
    """initialize, initialized, tools/list, the GET stream and DELETE; what the canary saw."""
    init = jsonrpc.request(1, "initialize", {"protocolVersion": LEGACY, "capabilities": {},
                                             "clientInfo": {"name": "t", "version": "1"}})
    mark = canary.mark()
    async with connected(canary, creds) as route:
        link, reply = await route.connector.open_session(init, ex)
        assert reply.kind == "response"
        await link.send(jsonrpc.notification("notifications/initialized"), ex)
        listed = await bridge.collect_reply(link.request(jsonrpc.request(2, "tools/list"), ex))
        assert listed.kind == "response"
        stream = await link.listen(ex)
        assert stream is not None
        await stream.aclose()
        await link.close()
    entries = canary.since(mark)
    assert [e["method"] for e in entries] == ["POST", "POST", "POST", "GET", "DELETE"]
    assert ex.client_token is not None
    assert ex.client_token not in canary.raw_since(mark)
    return entries


def legacy_exchange(principal: Principal, token: str) -> Exchange:
    return Exchange(upstream="canary", era=Era.LEGACY, transport="http", protocol_version=LEGACY,
                    principal=principal, client_token=token)


async def test_static_bearer_on_every_request_of_a_legacy_session(
        canary: Canary, monkeypatch: pytest.MonkeyPatch) -> None:
    """POST (initialize, notification, request), GET stream and DELETE all carry the gateway's
    credential, and none the client's token, compared as bytes."""
    monkeypatch.setenv("MCPW_TEST_UPSTREAM_TOKEN", STATIC_TOKEN)
    monkeypatch.setenv("MCPW_TEST_API_KEY", "api-key-42")
    creds = credentials_for(canary.url, {"bearer": "env:MCPW_TEST_UPSTREAM_TOKEN",
                                         "headers": {"X-Api-Key": "env:MCPW_TEST_API_KEY"}})
    ex = legacy_exchange(user("alice"), "client-token-that-must-stay-at-the-gateway-1")
    for entry in await legacy_session_round(canary, creds, ex):
        assert header_values(entry, "authorization") == [f"Bearer {STATIC_TOKEN}"]
        assert header_values(entry, "x-api-key") == ["api-key-42"]


# -- OAuth client credentials ----------------------------------------------------------------------


def oauth(tokens: TokenServer, secret_ref: str, **settings: Any) -> dict[str, Any]:
    return {"oauth": {"token_url": tokens.url, "client_id": CLIENT_ID,
                      "client_secret": secret_ref, **settings}}


async def test_client_credentials_token_reaches_the_upstream_and_is_cached(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    creds = credentials_for(canary.url, oauth(tokens, secret_file, scope="tickets.read"))
    client_token = "client-token-that-must-stay-at-the-gateway-2"
    mark = canary.mark()
    async with connected(canary, creds) as route:
        for text in ("one", "two", "three"):
            assert echoed(await call_echo(route, modern_exchange(user("alice"), client_token),
                                          text)) == text
    assert len(tokens.requests) == 1
    form = tokens.requests[0]["form"]
    assert form == {"grant_type": "client_credentials", "scope": "tickets.read",
                    "resource": canary.url}
    entries = canary.since(mark)
    assert len(entries) == 3
    for entry in entries:
        assert header_values(entry, "authorization") == ["Bearer upstream-client-1"]
    assert client_token not in canary.raw_since(mark)
    assert CLIENT_SECRET not in canary.raw_since(mark)


async def test_client_credentials_token_is_fetched_again_after_it_expires(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    tokens.lifetime = 1
    creds = credentials_for(canary.url, oauth(tokens, secret_file))
    mark = canary.mark()
    async with connected(canary, creds) as route:
        await call_echo(route, modern_exchange())
        await asyncio.sleep(1.1)
        await call_echo(route, modern_exchange())
    sent = [header_values(e, "authorization") for e in canary.since(mark)]
    assert sent == [["Bearer upstream-client-1"], ["Bearer upstream-client-2"]]
    assert len(tokens.requests) == 2


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_refresh_starts_shortly_before_expiry_without_making_callers_wait(
        tokens: TokenServer) -> None:
    """Lifetime 60 s: from 45 s on (a quarter before expiry) the cached token is still used
    while one background request renews it; a refresh that fails keeps the old token until it
    really expires, then the failure reaches the caller."""
    clock = Clock()
    endpoint = TokenEndpoint("canary", tokens.url, CLIENT_ID, CLIENT_SECRET, timeout=5,
                             clock=clock)
    creds = UpstreamCredentials("canary", token=ClientCredentials(endpoint, None, "https://u"))
    ex = modern_exchange()
    tokens.lifetime = 60
    try:
        assert await creds.headers(ex) == [("authorization", "Bearer upstream-client-1")]
        clock.now += 44
        assert await creds.headers(ex) == [("authorization", "Bearer upstream-client-1")]
        assert endpoint.requests == 1
        clock.now += 2  # inside the refresh margin
        assert await creds.headers(ex) == [("authorization", "Bearer upstream-client-1")]
        await wait_for(lambda: tokens.issued == 2)
        await asyncio.sleep(0.05)
        assert await creds.headers(ex) == [("authorization", "Bearer upstream-client-2")]
        assert endpoint.requests == 2

        tokens.status = 503
        clock.now += 50  # inside the new token's margin: the refresh fails in the background
        assert await creds.headers(ex) == [("authorization", "Bearer upstream-client-2")]
        await wait_for(lambda: len(tokens.requests) == 3)
        await asyncio.sleep(0.05)
        assert await creds.headers(ex) == [("authorization", "Bearer upstream-client-2")]
        clock.now += 20  # expired now
        with pytest.raises(UpstreamError) as failed:
            await creds.headers(ex)
        assert failed.value.reason == "upstream_credentials"
        assert "HTTP 503" in failed.value.message
    finally:
        await creds.aclose()


async def wait_for(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def test_one_token_request_in_flight_for_many_callers(tokens: TokenServer) -> None:
    tokens.delay = 0.3
    endpoint = TokenEndpoint("canary", tokens.url, CLIENT_ID, CLIENT_SECRET, timeout=5)
    creds = UpstreamCredentials("canary", token=ClientCredentials(endpoint, None, "https://u"))
    try:
        results = await asyncio.gather(*(creds.headers(modern_exchange()) for _ in range(20)))
        assert {tuple(r) for r in results} == {(("authorization", "Bearer upstream-client-1"),)}
        assert len(tokens.requests) == 1
    finally:
        await creds.aclose()


async def test_a_caller_that_goes_away_does_not_cancel_the_shared_request(
        tokens: TokenServer) -> None:
    tokens.delay = 0.3
    endpoint = TokenEndpoint("canary", tokens.url, CLIENT_ID, CLIENT_SECRET, timeout=5)
    creds = UpstreamCredentials("canary", token=ClientCredentials(endpoint, None, "https://u"))
    try:
        impatient = asyncio.create_task(creds.headers(modern_exchange()))
        patient = asyncio.create_task(creds.headers(modern_exchange()))
        await asyncio.sleep(0.1)
        impatient.cancel()
        assert await patient == [("authorization", "Bearer upstream-client-1")]
        assert impatient.cancelled()
        assert len(tokens.requests) == 1
    finally:
        await creds.aclose()


# -- the token endpoint failing --------------------------------------------------------------------


async def test_token_endpoint_down_gives_a_clear_error_and_the_gateway_keeps_serving(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    creds = credentials_for(canary.url, oauth(tokens, secret_file))
    async with connected(canary, creds) as route:
        tokens.status = 503
        error = error_of(await call_echo(route, modern_exchange()))
        assert error["data"] == {"reason": "upstream_credentials", "upstream": "canary"}
        assert error["message"].startswith("Upstream 'canary': the gateway could not get its "
                                           "credentials")
        assert "HTTP 503" in error["message"]
        assert CLIENT_SECRET not in json.dumps(error)
        tokens.status = None
        assert echoed(await call_echo(route, modern_exchange(), "back")) == "back"


async def test_unreachable_token_endpoint(canary: Canary, secret_file: str) -> None:
    url = f"http://127.0.0.1:{free_port()}/token"
    creds = credentials_for(canary.url, {"oauth": {"token_url": url, "client_id": CLIENT_ID,
                                                   "client_secret": secret_file}})
    mark = canary.mark()
    async with connected(canary, creds) as route:
        error = error_of(await call_echo(route, modern_exchange()))
    assert error["data"]["reason"] == "upstream_credentials"
    assert "could not be reached" in error["message"]
    assert canary.since(mark) == []  # no request went upstream without its credentials


async def test_wrong_client_secret_is_reported_without_the_secret(
        canary: Canary, tokens: TokenServer, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-secret-9d2e")
    creds = credentials_for(canary.url, oauth(tokens, f"file:{wrong}"))
    async with connected(canary, creds) as route:
        error = error_of(await call_echo(route, modern_exchange()))
    assert "HTTP 401, invalid_client" in error["message"]
    assert "not-the-secret-9d2e" not in json.dumps(error)


@pytest.mark.parametrize(("answer", "problem"), [
    ({"access_token": "abc\r\nx-injected: 1", "token_type": "Bearer"}, "no usable access_token"),
    ({"token_type": "Bearer"}, "no usable access_token"),
    ({"access_token": "abc", "token_type": "DPoP"}, "token_type 'DPoP'"),
    ({"access_token": "abc"}, "token_type None"),
    ("not an object", "without a JSON object"),
])
async def test_unusable_token_responses_are_refused(tokens: TokenServer, answer: Any,
                                                    problem: str) -> None:
    tokens.answer_with = answer
    endpoint = TokenEndpoint("canary", tokens.url, CLIENT_ID, CLIENT_SECRET, timeout=5)
    creds = UpstreamCredentials("canary", token=ClientCredentials(endpoint, None, "https://u"))
    try:
        with pytest.raises(UpstreamError) as failed:
            await creds.headers(modern_exchange())
        assert problem in failed.value.message
        assert failed.value.reason == "upstream_credentials"
    finally:
        await creds.aclose()


async def test_token_endpoint_that_hangs_times_out(tokens: TokenServer) -> None:
    tokens.delay = 2.0
    endpoint = TokenEndpoint("canary", tokens.url, CLIENT_ID, CLIENT_SECRET, timeout=0.3)
    creds = UpstreamCredentials("canary", token=ClientCredentials(endpoint, None, "https://u"))
    try:
        with pytest.raises(UpstreamError, match=r"did not answer within 0\.3 s"):
            await creds.headers(modern_exchange())
    finally:
        await creds.aclose()


# -- token exchange (on behalf of the user) --------------------------------------------------------


async def test_token_exchange_gives_each_user_their_own_upstream_token(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    alice_token, bob_token = "alice-client-token-5b1c", "bob-client-token-a93f"
    tokens.users = {alice_token: "alice", bob_token: "bob"}
    creds = credentials_for(canary.url, oauth(tokens, secret_file, grant="token_exchange",
                                              audience="tickets-api", scope="tickets.read"))
    mark = canary.mark()
    async with connected(canary, creds) as route:
        for principal, token in [(user("alice"), alice_token), (user("bob"), bob_token),
                                 (user("alice"), alice_token)]:
            echoed(await call_echo(route, modern_exchange(principal, token)))
    sent = [header_values(e, "authorization") for e in canary.since(mark)]
    assert sent == [["Bearer upstream-for-alice-1"], ["Bearer upstream-for-bob-2"],
                    ["Bearer upstream-for-alice-1"]]  # alice's came from the cache
    assert [r["form"] for r in tokens.requests] == [
        {"grant_type": EXCHANGE_GRANT, "subject_token": token,
         "subject_token_type": ACCESS_TOKEN_TYPE, "requested_token_type": ACCESS_TOKEN_TYPE,
         "resource": canary.url, "audience": "tickets-api", "scope": "tickets.read"}
        for token in (alice_token, bob_token)
    ]
    # The client's token went to the token endpoint as subject_token, and nowhere else.
    recorded = canary.raw_since(mark)
    for request, token in zip(tokens.requests, (alice_token, bob_token), strict=True):
        assert token not in json.dumps(request["headers"])
        assert request["body"].count(token.encode()) == 1
        assert token.encode() not in recorded.encode()


async def test_token_exchange_on_every_request_of_a_legacy_session(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    """The DELETE at close, which no client request carries, still goes as the session's user."""
    tokens.users = {"alice-legacy-token-0c7d": "alice"}
    creds = credentials_for(canary.url, oauth(tokens, secret_file, grant="token_exchange"))
    ex = legacy_exchange(user("alice"), "alice-legacy-token-0c7d")
    for entry in await legacy_session_round(canary, creds, ex):
        assert header_values(entry, "authorization") == ["Bearer upstream-for-alice-1"]
    assert len(tokens.requests) == 1


async def test_token_exchange_cache_is_per_user_and_scopes_and_bounded(
        tokens: TokenServer) -> None:
    tokens.users = {"t-alice": "alice", "t-bob": "bob", "t-carol": "carol"}
    endpoint = TokenEndpoint("canary", tokens.url, CLIENT_ID, CLIENT_SECRET, timeout=5)
    source = TokenExchange(endpoint, scope=None, resource="https://u", audience=None,
                           max_entries=2)
    creds = UpstreamCredentials("canary", token=source)

    async def token_of(subject: str, *scopes: str) -> str:
        headers = await creds.headers(modern_exchange(user(subject, scopes), f"t-{subject}"))
        return headers[0][1]

    try:
        assert await token_of("alice", "a") == "Bearer upstream-for-alice-1"
        assert await token_of("alice", "a") == "Bearer upstream-for-alice-1"
        # a token with other scopes is never served an upstream token exchanged from another
        assert await token_of("alice", "a", "b") == "Bearer upstream-for-alice-2"
        assert await token_of("bob", "a") == "Bearer upstream-for-bob-3"  # evicts alice {a}
        assert await token_of("alice", "a") == "Bearer upstream-for-alice-4"
        assert endpoint.requests == 4
    finally:
        await creds.aclose()


async def test_token_exchange_needs_an_authenticated_user(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    creds = credentials_for(canary.url, oauth(tokens, secret_file, grant="token_exchange"))
    mark = canary.mark()
    async with connected(canary, creds) as route:
        error = error_of(await call_echo(route, modern_exchange()))  # auth: none
    assert error["data"]["reason"] == "upstream_credentials"
    assert "needs an authenticated user" in error["message"]
    assert "auth: none" in error["message"]
    assert tokens.requests == [] and canary.since(mark) == []


async def test_token_exchange_refused_for_an_unknown_subject_token(
        canary: Canary, tokens: TokenServer, secret_file: str) -> None:
    creds = credentials_for(canary.url, oauth(tokens, secret_file, grant="token_exchange"))
    async with connected(canary, creds) as route:
        error = error_of(await call_echo(route, modern_exchange(user("eve"), "eve-token")))
    assert "HTTP 400, invalid_grant" in error["message"]
    assert "eve-token" not in json.dumps(error)


# -- identity headers ------------------------------------------------------------------------------


async def test_identity_header_verifies_with_the_published_key(
        canary: Canary, identity_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPW_TEST_UPSTREAM_TOKEN", STATIC_TOKEN)
    creds = credentials_for(canary.url, {"bearer": "env:MCPW_TEST_UPSTREAM_TOKEN",
                                         "identity": {"key": identity_key, "ttl": 30}})
    mark = canary.mark()
    async with connected(canary, creds) as route:
        await call_echo(route, modern_exchange(user("alice"), "alice-client-token"))
        await call_echo(route, modern_exchange(user("bob"), "bob-client-token"))
    keys = KeySet.import_key_set(identity_jwks(identity_key))  # type: ignore[arg-type]
    claims = []
    for entry in canary.since(mark):
        assert header_values(entry, "authorization") == [f"Bearer {STATIC_TOKEN}"]
        [value] = header_values(entry, "mcpwarden-identity")
        token = jwt.decode(value, keys, algorithms=["EdDSA"])
        assert token.header["typ"] == "mcpwarden-identity+jwt"
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": "mcpwarden"},
            aud={"essential": True, "value": canary.url},
            exp={"essential": True}, jti={"essential": True},
        ).validate(token.claims)
        assert token.claims["exp"] - token.claims["iat"] == 30
        claims.append(token.claims)
    assert [(c["sub"], c["idp"]) for c in claims] == [("alice", IDP), ("bob", IDP)]
    assert claims[0]["jti"] != claims[1]["jti"]


def test_identity_header_does_not_verify_with_another_key(identity_key: str,
                                                          tmp_path: Path) -> None:
    """Another key published under the gateway key's kid: the signature check must fail."""
    signer_creds = credentials_for("https://u.test/mcp", {"identity": {"key": identity_key}})
    other = ed25519.Ed25519PrivateKey.generate()
    other_path = tmp_path / "other.pem"
    other_path.write_bytes(other.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    headers = asyncio.run(signer_creds.headers(modern_exchange(user("alice"), "x")))
    assert headers[0][0] == "mcpwarden-identity"
    document = identity_jwks(f"file:{other_path}")
    document["keys"][0]["kid"] = identity_jwks(identity_key)["keys"][0]["kid"]
    other_keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
    with pytest.raises(BadSignatureError):
        jwt.decode(headers[0][1], other_keys, algorithms=["EdDSA"])


def test_identity_token_is_reused_briefly_per_user(identity_key: str) -> None:
    """Signing costs ~60 µs: a user's token serves for a quarter of ttl, never another user."""
    creds = credentials_for("https://u.test/mcp", {"identity": {"key": identity_key, "ttl": 1}})

    def token_of(subject: str) -> str:
        return asyncio.run(creds.headers(modern_exchange(user(subject), "t")))[0][1]

    first = token_of("alice")
    assert token_of("alice") == first
    assert token_of("bob") != first
    time.sleep(0.3)  # past ttl / 4
    assert token_of("alice") != first


def test_jwks_helper_prints_the_public_key(identity_key: str) -> None:
    import subprocess

    done = subprocess.run([PYTHON, "-m", "mcpwarden.upstream.credentials", "jwks", identity_key],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document == identity_jwks(identity_key)
    [key] = document["keys"]
    assert set(key) == {"kty", "crv", "x", "kid", "alg", "use"}  # public parts only
    assert (key["kty"], key["crv"], key["alg"]) == ("OKP", "Ed25519", "EdDSA")
    assert key["kid"] == OKPKey.import_key(key).thumbprint()  # RFC 7638


# -- configuration errors --------------------------------------------------------------------------


def ec_key_file(tmp_path: Path) -> str:
    path = tmp_path / "ec.pem"
    path.write_bytes(ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return f"file:{path}"


@pytest.mark.parametrize(("credentials", "key", "problem"), [
    ({"bearer": "env:HOME", "oauth": {"token_url": "https://as.test/token", "client_id": "c",
                                      "client_secret": "env:HOME"}},
     "credentials.oauth", "authorization header is already set"),
    ({"bearer": "env:HOME", "headers": {"Authorization": "env:HOME"}},
     "credentials.bearer", "already set"),
    ({"headers": {"Mcp-Session-Id": "env:HOME"}}, "credentials.headers.Mcp-Session-Id",
     "set by the gateway"),
    ({"headers": {"bad header": "env:HOME"}}, "credentials.headers.bad header",
     "not a valid HTTP header name"),
    ({"oauth": {"token_url": "http://as.example.com/token", "client_id": "c",
                "client_secret": "env:HOME"}}, "credentials.oauth.token_url", "use https://"),
    ({"oauth": {"token_url": "https://as.test/token", "client_id": "c",
                "client_secret": "env:MCPW_TEST_ABSENT_SECRET"}},
     "credentials.oauth.client_secret", "MCPW_TEST_ABSENT_SECRET is not set"),
    ({"oauth": {"token_url": "https://as.test/token", "client_id": "c",
                "client_secret": "hunter2"}},
     "credentials.oauth.client_secret", "never written inline"),
    ({"oauth": {"token_url": "https://as.test/token", "client_id": "c",
                "client_secret": "env:HOME", "audience": "api"}},
     "credentials.oauth.audience", "only for grant: token_exchange"),
    ({"identity": {"key": "file:/nonexistent/identity.pem"}}, "credentials.identity.key",
     "cannot read secret file"),
    ({"identity": {"key": "env:HOME"}}, "credentials.identity.key", "not an unencrypted PEM"),
    ({"identity": {"key": "EC", "header": "X-Who"}}, "credentials.identity.key",
     "must be an Ed25519 private key"),
    ({"identity": {"key": "ED", "header": "Authorization"}}, "credentials.identity.header",
     "its own header"),
    ({"identity": {"key": "ED", "ttl": 0}}, "credentials.identity.ttl", "between 1 and"),
    ({"headers": {"X-Who": "env:HOME"}, "identity": {"key": "ED", "header": "x-who"}},
     "credentials.identity.header", "already set"),
])
def test_configuration_errors_name_the_key(
        credentials: dict[str, Any], key: str, problem: str, tmp_path: Path, identity_key: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MCPW_TEST_ABSENT_SECRET", raising=False)
    identity = credentials.get("identity")
    if identity is not None:
        identity["key"] = {"EC": ec_key_file(tmp_path), "ED": identity_key}.get(
            identity["key"], identity["key"])
    with pytest.raises(ConfigError) as raised:
        build_credentials("canary", upstream_config("https://u.test/mcp", credentials),
                          "https://u.test/mcp")
    assert str(raised.value).startswith(f"upstreams.canary.{key}"), raised.value
    assert problem in str(raised.value)


def test_secret_with_a_line_break_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "two-lines"
    path.write_text("first\nsecond\n")
    with pytest.raises(ConfigError, match=r"X-Key: the secret is empty or contains line breaks"):
        build_credentials("canary", upstream_config("https://u.test/mcp", {
            "headers": {"X-Key": f"file:{path}"}}), "https://u.test/mcp")


def test_no_credentials_means_none() -> None:
    assert build_credentials("canary", convert_section({"url": "https://u.test/mcp"}, Upstream,
                                                       "upstreams.canary"), "x") is None
    assert build_credentials("canary", upstream_config("https://u.test/mcp", {}), "x") is None


# -- through a whole gateway -----------------------------------------------------------------------


def test_full_gateway_exchanges_the_users_token_and_names_the_user(
        canary: Canary, tokens: TokenServer, secret_file: str, identity_key: str,
        tmp_path: Path) -> None:
    config = {
        "auth": {"dev_issuer": {"dir": str(tmp_path / "dev")}},
        "policy": [{"allow": {"upstream": "canary", "tools": ["*"]}}],
        "upstreams": {"canary": {"url": canary.url, "credentials": {
            **oauth(tokens, secret_file, grant="token_exchange"),
            "identity": {"key": identity_key},
        }}},
    }
    mark = canary.mark()
    with gateway(config, tmp_path) as base:
        client_token = DevIssuer(tmp_path / "dev", f"{base}/dev-issuer").mint(
            "alice", audience=f"{base}/mcp/canary")
        tokens.users = {client_token: "alice"}
        body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                "params": {"name": "echo", "arguments": {"text": "hi"}, "_meta": META}}
        headers = {"content-type": "application/json",
                   "accept": "application/json, text/event-stream",
                   "mcp-protocol-version": MODERN, "mcp-method": "tools/call",
                   "mcp-name": "echo", "authorization": f"Bearer {client_token}"}
        resp = httpx.post(f"{base}/mcp/canary", json=body, headers=headers, timeout=15)
    assert resp.status_code == 200, resp.text
    assert resp.json()["result"]["content"][0]["text"] == "hi"
    [entry] = canary.since(mark)
    assert header_values(entry, "authorization") == ["Bearer upstream-for-alice-1"]
    [identity] = header_values(entry, "mcpwarden-identity")
    keys = KeySet.import_key_set(identity_jwks(identity_key))  # type: ignore[arg-type]
    assert jwt.decode(identity, keys, algorithms=["EdDSA"]).claims["sub"] == "alice"
    assert client_token not in canary.raw_since(mark)
    assert [r["form"]["subject_token"] for r in tokens.requests] == [client_token]
