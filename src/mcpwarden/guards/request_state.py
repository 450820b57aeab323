"""Seal the opaque `requestState` of 2026-07-28 multi round-trip requests (MRTR-01, STATE-01).

An upstream that needs more input answers `{"resultType": "input_required", "requestState": S}`
and the client must echo S on its retry. The client is not trusted with S: it could read it, alter
it, replay it as another user or against another upstream, or keep it for later. So the gateway
never hands S out. Outbound it replaces S with a token that encrypts S (AES-256-GCM) and binds it
to the principal (issuer|subject), the upstream, the method, the tool/prompt/resource the request
named, and an expiry. Inbound it opens the token and forwards the upstream's own S; any
`requestState` it cannot open — altered, truncated, expired, issued to someone else or for another
request, sealed under another key, or never issued by the gateway at all — is refused with
-32602 before it reaches the upstream.

Token format (version 1):

    "mw1." + base64url(nonce[12] | AES-256-GCM(expiry_ms[8, big-endian] | S as UTF-8) | tag[16])

without padding. The binding is the AEAD's associated data (a JSON array of the version, the
principal key, the upstream, the method and the target name), so it costs nothing in the token
and any mismatch fails the tag check exactly as tampering does.

Key: `auth.state_key`, a secret reference (env:NAME or file:/path) to 32 random bytes written as
base64 (standard or URL-safe, padding optional) or as 64 hex digits, e.g. `openssl rand -base64 32`.
Replicas behind one load balancer must share it. Without it, each process draws a random key:
tokens die with the process. The AEAD key is derived from it with HKDF-SHA256 (domain-separated,
so the same secret can later seal other kinds of state). Nonces are random (96 bits), which keeps
AES-GCM safe for far more seals than one key will see (the bound is about 2**32).

Cost: an upstream reply is decoded only when its bytes contain `input_required`; a client request
costs one dict lookup (the fronts hand it over decoded). Sealing or opening takes ~15 µs.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import re
import struct
import time
from collections.abc import Callable
from typing import Any, ClassVar, Final

import msgspec
import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mcpwarden.config import Auth, Config, ConfigError, convert_section, parse_size, resolve_secret
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.wire.errors import INVALID_PARAMS, ProtocolError
from mcpwarden.wire.jsonrpc import REQUEST, RESPONSE, Message

log = logging.getLogger("mcpwarden.guards.request_state")

VERSION: Final = "mw1"
PREFIX: Final = VERSION + "."
KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
_EXPIRY = struct.Struct(">Q")  # milliseconds since the epoch
_HKDF_INFO: Final = b"mcpwarden/requestState/v1"
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
_HEX_KEY = re.compile(r"[0-9a-fA-F]{64}")

DEFAULT_TTL: Final = 600.0
DEFAULT_MAX_BYTES: Final = "64KiB"

# Which param names the thing a request acts on, per method that may answer input_required.
TARGET_PARAM: Final = {
    "tools/call": "name",
    "prompts/get": "name",
    "resources/read": "uri",
    "tasks/result": "taskId",
}

# Why a requestState was refused (`data.problem`), and what to tell the human.
PROBLEMS: Final = {
    "not_a_string": "it is not a string",
    "too_long": "it is longer than any requestState this gateway issues",
    "unknown_version": "it is not in a format this gateway issues",
    "malformed": "it is not a requestState this gateway issued",
    "unverifiable": "it was altered, or was issued for another user, upstream, method, tool or "
    "resource, or by a gateway with another key",
    "expired": "it has expired",
}


class StateError(Exception):
    """A token that cannot be opened; `problem` is a key of PROBLEMS."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


# -- keys ----------------------------------------------------------------------------------------

_process_key: bytes | None = None


def process_state_key() -> bytes:
    """The random key of this process, drawn (and announced) once."""
    global _process_key
    if _process_key is None:
        _process_key = os.urandom(KEY_BYTES)
        log.info(
            "auth.state_key is not set: requestState is sealed with a random key of this "
            "process; state handed out before a restart or by another replica will be refused "
            "(set auth.state_key to a shared 32-byte secret to avoid that)"
        )
    return _process_key


def decode_state_key(text: str, key: str = "auth.state_key") -> bytes:
    """32 bytes from 64 hex digits or base64 (standard or URL-safe, padding optional).

    The error names the config key and the expected format, never the value.
    """
    text = text.strip()
    if _HEX_KEY.fullmatch(text):
        return bytes.fromhex(text)
    standard = text.replace("-", "+").replace("_", "/").rstrip("=")
    try:
        raw = base64.b64decode(standard + "=" * (-len(standard) % 4), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise ConfigError(
            f"{key}: the secret must be {KEY_BYTES} random bytes written as base64 or as 64 hex "
            "digits (generate one with `openssl rand -base64 32`)"
        )
    return raw


def load_state_key(ref: str, key: str = "auth.state_key") -> bytes:
    """Resolve the secret reference `ref` (env:NAME or file:/path) to the 32-byte key."""
    return decode_state_key(resolve_secret(ref, key), key)


def configured_state_key(config: Config) -> bytes:
    """`auth.state_key` when configured, else the random key of this process."""
    auth = config.auth
    if isinstance(auth, Auth) and auth.state_key is not None:
        return load_state_key(auth.state_key)
    return process_state_key()


# -- the seal ------------------------------------------------------------------------------------


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    """Strict base64url: only the alphabet, no padding, and canonical (the unused low bits of
    the last character must be zero), so that one sealed value has exactly one spelling."""
    if not _BASE64URL.fullmatch(text) or len(text) % 4 == 1:
        raise StateError("malformed")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64encode(data) != text:
        raise StateError("malformed")
    return data


def _encoded_length(size: int) -> int:
    return (size * 4 + 2) // 3


class StateSealer:
    """AES-256-GCM sealing of short strings, bound to associated data and an expiry."""

    def __init__(
        self, key: bytes, *, max_bytes: int, clock: Callable[[], float] = time.time
    ) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"the state key must be {KEY_BYTES} bytes, not {len(key)}")
        derived = HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=_HKDF_INFO).derive(key)
        self._aead = AESGCM(derived)
        self.max_bytes = max_bytes
        self.clock = clock
        overhead = NONCE_BYTES + _EXPIRY.size + TAG_BYTES
        self.max_token_length = len(PREFIX) + _encoded_length(max_bytes + overhead)

    def seal(self, state: bytes, binding: bytes, ttl: float) -> str:
        """The token for `state`; the caller checks `len(state) <= max_bytes` first."""
        expiry = int((self.clock() + ttl) * 1000)
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, _EXPIRY.pack(expiry) + state, binding)
        return PREFIX + _b64encode(nonce + sealed)

    def open(self, token: str, binding: bytes) -> bytes:
        """The state sealed in `token` under this very binding, or StateError."""
        if len(token) > self.max_token_length:
            raise StateError("too_long")
        if not token.startswith(PREFIX):
            raise StateError("unknown_version")
        blob = _b64decode(token[len(PREFIX):])
        if len(blob) < NONCE_BYTES + _EXPIRY.size + TAG_BYTES:
            raise StateError("malformed")
        try:
            plain = self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], binding)
        except InvalidTag:
            raise StateError("unverifiable") from None
        (expiry,) = _EXPIRY.unpack_from(plain)
        if expiry < self.clock() * 1000:
            raise StateError("expired")
        return plain[_EXPIRY.size:]


# -- the guard -----------------------------------------------------------------------------------


class RequestStateSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    ttl: float | None = None  # seconds a sealed state stays valid; default auth.state_ttl
    max_bytes: int | str = DEFAULT_MAX_BYTES  # largest upstream requestState the gateway seals


def _binding(ex: Exchange, request: Message) -> bytes:
    """What a token is bound to: who, which upstream, and which request (method + target)."""
    method = request.method or ""
    field = TARGET_PARAM.get(method)
    target = request.params.get(field) if field else None
    return orjson.dumps([
        VERSION, ex.principal.key, ex.upstream, method,
        target if isinstance(target, str) else None,
    ])


def _utf8(value: Any) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which no JSON decoder hands over
        return None


class RequestStateGuard(Guard):
    """Seals `requestState` on the way out and opens it on the way in (see the module doc).

    Belongs last in the chain, next to the upstream: every other guard then only ever sees the
    sealed token, and the upstream only ever sees its own state.
    """

    name: ClassVar[str] = "request_state"

    def __init__(
        self,
        key: bytes,
        *,
        ttl: float = DEFAULT_TTL,
        max_bytes: int = 65536,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.ttl = ttl
        self.sealer = StateSealer(key, max_bytes=max_bytes, clock=clock)

    @classmethod
    def from_settings(cls, raw: dict[str, Any], key: str) -> RequestStateGuard:
        """Settings only: the key is the random key of this process (use `from_config` to honour
        `auth.state_key` and `auth.state_ttl`)."""
        return cls._build(process_state_key(), DEFAULT_TTL, raw, key)

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str
              ) -> RequestStateGuard:
        return cls.from_config(config, raw, key)

    @classmethod
    def from_config(
        cls, config: Config, raw: dict[str, Any] | None = None, key: str = "guards.request_state"
    ) -> RequestStateGuard:
        """The guard with the config's key (`auth.state_key`, else per process) and TTL
        (`auth.state_ttl`, unless the guard's own `ttl` setting overrides it)."""
        auth = config.auth
        ttl = auth.state_ttl if isinstance(auth, Auth) else DEFAULT_TTL
        if isinstance(auth, Auth) and not ttl > 0:
            raise ConfigError("auth.state_ttl: must be a positive number of seconds")
        return cls._build(configured_state_key(config), ttl, raw or {}, key)

    @classmethod
    def _build(
        cls, state_key: bytes, default_ttl: float, raw: dict[str, Any], key: str
    ) -> RequestStateGuard:
        settings = convert_section(raw, RequestStateSettings, key)
        ttl = default_ttl if settings.ttl is None else settings.ttl
        if not ttl > 0:
            raise ConfigError(f"{key}.ttl: must be a positive number of seconds")
        max_bytes = parse_size(settings.max_bytes, f"{key}.max_bytes")
        if max_bytes <= 0:
            raise ConfigError(f"{key}.max_bytes: must be more than 0 bytes")
        return cls(state_key, ttl=ttl, max_bytes=max_bytes)

    # -- client → upstream: open ---------------------------------------------------------------

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        # Client messages reach the chain already decoded (the fronts parse them strictly), so
        # one dict lookup is the cheapest test, and the only exact one: a byte search for
        # "requestState" would cost time in proportion to the body and miss the key spelt
        # "requestSt\u0061te", which the upstream would still read as requestState.
        if msg.kind != REQUEST:
            return PASS
        params = msg.params
        if "requestState" not in params:
            return PASS
        token = params["requestState"]
        try:
            if not isinstance(token, str):
                raise StateError("not_a_string")
            state = self.sealer.open(token, _binding(ex, msg))
        except StateError as exc:
            return self._refused(ex, msg, exc.problem)
        return Rewrite(msg.replace(params={**params, "requestState": state.decode("utf-8")}),
                       audited=False)

    def _refused(self, ex: Exchange, msg: Message, problem: str) -> Deny:
        log.info("refused a requestState on upstream %s (%s, %s): %s",
                 ex.upstream, msg.method, ex.principal.key, problem)
        return Deny(
            reason="request_state_invalid",
            message=f"The requestState of this {msg.method} request cannot be used: "
            f"{PROBLEMS[problem]}. A requestState is valid only on the retry of the request it "
            f"was issued for, by the same user, on the same upstream, within {self.ttl:g} s. "
            "Retry the original request without requestState (and without inputResponses) to "
            "start over.",
            code=INVALID_PARAMS,
            data={"problem": problem},
        )

    # -- upstream → client: seal ---------------------------------------------------------------

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        # Only the bytes decide whether to look closer: an upstream that escaped these letters
        # would only hand out a state the inbound side then refuses (fails closed).
        if msg.kind != RESPONSE or b"input_required" not in msg.raw:
            return PASS
        try:
            result = msg.result
        except ProtocolError as exc:
            return Deny(reason=exc.reason, message=f"Upstream '{ex.upstream}': {exc.message}")
        if not isinstance(result, dict) or result.get("resultType") != "input_required":
            return PASS
        if "requestState" not in result:
            return PASS
        return self._seal(ex, msg, result)

    def _seal(self, ex: Exchange, msg: Message, result: dict[str, Any]) -> Decision:
        data = _utf8(result["requestState"])
        if data is None:
            return Deny(
                reason="upstream_invalid_request_state",
                message=f"Upstream '{ex.upstream}' sent a requestState that is not a string of "
                "text; the gateway cannot pass it on.",
            )
        if ex.request is None:
            return Deny(
                reason="request_state_unbound",
                message=f"Upstream '{ex.upstream}' sent a requestState outside of any request; "
                "the gateway cannot bind it to one, so it does not pass it on.",
            )
        if len(data) > self.sealer.max_bytes:
            return Deny(
                reason="request_state_too_large",
                message=f"Upstream '{ex.upstream}' sent a {len(data)}-byte requestState; the "
                f"gateway seals at most {self.sealer.max_bytes} bytes "
                "(guards.request_state.max_bytes).",
            )
        token = self.sealer.seal(data, _binding(ex, ex.request), self.ttl)
        return Rewrite(msg.replace(result={**result, "requestState": token}), audited=False)
