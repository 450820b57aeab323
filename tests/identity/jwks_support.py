"""Test helpers for token verification: a real JWKS server on 127.0.0.1, a clock the test turns,
signing keys made on the spot, and token minting (honest and forged)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import time
import warnings
from typing import Any

from joserfc import jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import ECKey, Key, OKPKey, RSAKey

ISSUER = "https://issuer.test"
AUDIENCE = "https://gateway.test/mcp"


class Clock:
    """A clock that moves only when told to."""

    def __init__(self, now: float | None = None) -> None:
        self.now = time.time() if now is None else now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class JwksServer:
    """An HTTP/1.1 server (keep-alive) serving one JWKS document; the test controls what it
    answers and whether it is up, and reads how many fetches and connections it saw."""

    def __init__(self) -> None:
        self.jwks: dict[str, Any] = {"keys": []}
        self.status = 200
        self.raw_body: bytes | None = None  # served instead of the JWKS when set
        self.delay = 0.0  # seconds to wait before answering
        self.fetches = 0
        self.connections = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[Any]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._stopping = asyncio.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/.well-known/jwks.json"

    def publish(self, *keys: Key, extra: list[dict[str, Any]] | None = None) -> None:
        self.jwks = {"keys": [key.as_dict(private=False) for key in keys] + (extra or [])}

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Go down: refuse new connections and cut the open ones."""
        if self._server is not None:
            self._server.close()
            self._stopping.set()
            for writer in list(self._writers):
                writer.close()
            await asyncio.gather(*self._handlers, return_exceptions=True)
            self._stopping.clear()
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        handler = asyncio.current_task()
        assert handler is not None
        self._handlers.add(handler)
        self._writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if not head.startswith(b"GET "):
                    break
                self.fetches += 1
                if self.delay:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stopping.wait(), self.delay)
                if self._stopping.is_set():
                    break
                body = (
                    self.raw_body if self.raw_body is not None else json.dumps(self.jwks).encode()
                )
                writer.write(
                    f"HTTP/1.1 {self.status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._handlers.discard(handler)
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


def rsa_key(kid: str, bits: int = 2048) -> RSAKey:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)  # weak keys are made on purpose
        return RSAKey.generate_key(bits, parameters={"kid": kid, "use": "sig"})


def ec_key(kid: str) -> ECKey:
    return ECKey.generate_key("P-256", parameters={"kid": kid})


def ed_key(kid: str) -> OKPKey:
    return OKPKey.generate_key("Ed25519", parameters={"kid": kid})


def claims(now: float, **overrides: Any) -> dict[str, Any]:
    """Claims of an honest token, valid for an hour; `name=None` removes a claim."""
    base: dict[str, Any] = {
        "iss": ISSUER,
        "sub": "user-42",
        "aud": AUDIENCE,
        "exp": int(now) + 3600,
        "iat": int(now),
        "scope": "notes:read notes:write",
    }
    base.update(overrides)
    return {name: value for name, value in base.items() if value is not None}


def mint(key: Key, body: dict[str, Any], alg: str, **header: Any) -> str:
    """A token signed by `key` (its `kid` in the header unless `kid` is given)."""
    head: dict[str, Any] = {"alg": alg, "kid": key.kid, **header}
    head = {name: value for name, value in head.items() if value is not None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)  # "EdDSA" is deprecated by RFC 9864
        return jwt.encode(head, body, key, algorithms=[alg])


def b64(data: bytes | str | dict[str, Any]) -> str:
    if isinstance(data, dict):
        data = json.dumps(data)
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge_unsigned(body: dict[str, Any], alg: str = "none") -> str:
    return f"{b64({'alg': alg, 'typ': 'JWT'})}.{b64(body)}."


def forge_hmac(secret: bytes, body: dict[str, Any], kid: str | None) -> str:
    """HS256 keyed with `secret`: the classic attack uses the issuer's public key as secret."""
    header: dict[str, Any] = {"alg": "HS256", "typ": "JWT"}
    if kid is not None:
        header["kid"] = kid
    signing_input = f"{b64(header)}.{b64(body)}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"
