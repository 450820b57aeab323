"""The audit trail's keys: Ed25519 for signed checkpoints, HMAC for sessions and pseudonyms.

Keys come from a secret reference (env:/file:) or are created in the state dir on first use,
readable by the owner only (0600). The signing key's public half is written next to it
(`audit-signing.pub`) so verifiers can be given it without the private key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mcpwarden.audit.settings import AuditSettings
from mcpwarden.config import ConfigError, resolve_secret

SIGNING_KEY_FILE = "audit-signing.key"
PUBLIC_KEY_FILE = "audit-signing.pub"
HMAC_KEY_FILE = "audit-hmac.key"


def signing_key(settings: AuditSettings, state_dir: str) -> Ed25519PrivateKey:
    if settings.signing_key is not None:
        return parse_private_key(resolve_secret(settings.signing_key, "audit.signing_key"),
                                 "audit.signing_key")
    path = Path(state_dir) / SIGNING_KEY_FILE
    pem = _read_or_create(path, _new_signing_key_pem)
    key = parse_private_key(pem.decode(), str(path))
    public = Path(state_dir) / PUBLIC_KEY_FILE
    if not public.exists():
        public.write_bytes(public_pem(key.public_key()))
    return key


def hmac_key(settings: AuditSettings, state_dir: str) -> bytes:
    """The key for session hashes and (when on) subject pseudonyms."""
    if isinstance(settings.pseudonymise, str):
        return resolve_secret(settings.pseudonymise, "audit.pseudonymise").encode()
    return _read_or_create(Path(state_dir) / HMAC_KEY_FILE, lambda: secrets.token_bytes(32))


def parse_private_key(text: str, where: str) -> Ed25519PrivateKey:
    """A PEM (PKCS#8) Ed25519 key, or its 32-byte seed in base64 or hex."""
    try:
        if text.lstrip().startswith("-----BEGIN"):
            key = serialization.load_pem_private_key(text.encode(), password=None)
        else:
            key = Ed25519PrivateKey.from_private_bytes(_seed(text.strip()))
    except ValueError as exc:
        raise ConfigError(f"{where}: not an Ed25519 private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(f"{where}: the audit signing key must be an Ed25519 key")
    return key


def parse_public_key(data: bytes, where: str) -> Ed25519PublicKey:
    """A PEM public key, or a PEM private key (its public half)."""
    try:
        if b"PRIVATE KEY" in data:
            return parse_private_key(data.decode(), where).public_key()
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise ConfigError(f"{where}: not an Ed25519 public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ConfigError(f"{where}: the audit verification key must be an Ed25519 key")
    return key


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def keyed_hash(key: bytes, value: str) -> str:
    return "hmac:" + hmac.digest(key, value.encode(), "sha256").hex()[:32]


def _seed(text: str) -> bytes:
    if len(text) == 64:
        return bytes.fromhex(text)
    seed = base64.b64decode(text, validate=True)
    if len(seed) != 32:
        raise ValueError("a raw Ed25519 seed has 32 bytes")
    return seed


def _new_signing_key_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())


def _read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    """Read a key file, creating it (0600, exclusively, so two processes agree) if missing."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = make()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return data
