"""The development token issuer: signs access tokens with a key kept in the state directory.

For the demo and tests only, and off unless `auth.dev_issuer` is configured. The key is an EC
P-256 private key in PEM, created on first use with mode 0600 in a 0700 directory; a key file
other users could read, or a directory that is a symlink, is refused. The gateway verifies these
tokens like any issuer's, against `DevIssuer.jwks()`.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from joserfc import jwt
from joserfc.jwk import ECKey

from mcpwarden.config import Auth, Config, ConfigError

KEY_FILE = "signing-key.pem"
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_CLI_TTL = 86400 * 30
RESERVED_CLAIMS = frozenset({"iss", "sub", "aud", "exp", "iat", "nbf", "jti", "scope"})
_SCOPE_TOKEN = re.compile(r"^[\x21\x23-\x5b\x5d-\x7e]+$")  # RFC 6749 §3.3 scope-token


class DevIssuerError(ConfigError):
    """The dev issuer cannot load its key or mint the requested token; the message says why.

    A ConfigError, so that an unusable key stops `mcpwarden serve` with exit 2 and this message.
    """


class DevIssuer:
    ALGORITHM = "ES256"

    def __init__(self, directory: str | Path, issuer: str) -> None:
        if not issuer:
            raise DevIssuerError("the dev issuer needs an issuer identifier (its `iss`)")
        self.issuer = issuer
        self.directory = Path(directory)
        self._key = _load_or_create_key(self.directory)
        self._kid = self._key.thumbprint()  # RFC 7638, SHA-256
        public = {name: value for name, value in self._key.as_dict(private=False).items()
                  if name in ("kty", "crv", "x", "y")}
        self._jwks = {"keys": [{**public, "kid": self._kid, "alg": self.ALGORITHM, "use": "sig"}]}

    @classmethod
    def from_config(cls, config: Config) -> DevIssuer:
        """The dev issuer a config names; ConfigError when it names none."""
        if not isinstance(config.auth, Auth) or config.auth.dev_issuer is None:
            raise ConfigError(
                "auth.dev_issuer: not configured, and the dev issuer is off unless configured. "
                "Add `auth: {dev_issuer: {dir: .mcpwarden/dev-issuer}}` to the config"
            )
        return cls(config.auth.dev_issuer.dir, config.dev_issuer_url)

    @property
    def kid(self) -> str:
        return self._kid

    def jwks(self) -> dict[str, Any]:
        """The public key set: `{"keys": [public JWK with kid, alg, use]}`, never private parts."""
        return copy.deepcopy(self._jwks)

    def mint(
        self,
        subject: str,
        *,
        audience: str | Sequence[str],
        scopes: Iterable[str] = (),
        ttl: int = 3600,
        claims: Mapping[str, Any] | None = None,
        not_before: int | None = None,
    ) -> str:
        """A signed access token (RFC 9068 `at+jwt`). A ttl of zero or less gives a token that
        has already expired, which tests of expiry need."""
        if not isinstance(subject, str) or not subject:
            raise DevIssuerError("the token subject (sub) must be a non-empty string")
        if not _is_int(ttl):
            raise DevIssuerError(f"ttl must be a whole number of seconds, not {ttl!r}")
        now = int(time.time())
        payload: dict[str, Any] = {
            "iss": self.issuer,
            "sub": subject,
            "aud": _audience_claim(audience),
            "iat": now,
            "exp": now + ttl,
            "jti": secrets.token_urlsafe(16),
        }
        if not_before is not None:
            if not _is_int(not_before):
                raise DevIssuerError(f"not_before must be a Unix time in seconds, not "
                                     f"{not_before!r}")
            payload["nbf"] = not_before
        scope = _scope_claim(scopes)
        if scope:
            payload["scope"] = scope
        payload.update(_extra_claims(claims or {}))
        header = {"alg": self.ALGORITHM, "typ": "at+jwt", "kid": self._kid}
        return jwt.encode(header, payload, self._key, algorithms=[self.ALGORITHM])


# -- the `mcpwarden token` command ---------------------------------------------------------------


def mint_for_command(
    config: Config,
    *,
    subject: str,
    scope_args: Sequence[str] = (),
    audience_args: Sequence[str] = (),
    upstream_args: Sequence[str] = (),
    ttl: int = 3600,
    claim_args: Sequence[str] = (),
) -> str:
    """`mcpwarden token`: arguments as typed on the command line → a token.

    Raises ConfigError when the config has no dev issuer, DevIssuerError for bad arguments or an
    unusable key.
    """
    if not 1 <= ttl <= MAX_CLI_TTL:
        raise DevIssuerError(f"--ttl {ttl}: must be between 1 and {MAX_CLI_TTL} seconds (30 days)")
    issuer = DevIssuer.from_config(config)
    audience = command_audience(config, audience_args, upstream_args)
    scopes = [scope for value in scope_args for scope in value.split()]
    return issuer.mint(subject, audience=audience, scopes=scopes, ttl=ttl,
                       claims=parse_claim_args(claim_args))


def command_audience(config: Config, audiences: Sequence[str],
                     upstreams: Sequence[str]) -> list[str]:
    """Each --aud as given plus each --upstream's canonical URI; with neither, every upstream's."""
    for name in upstreams:
        if name not in config.upstreams:
            known = ", ".join(sorted(config.upstreams)) or "none"
            raise DevIssuerError(f"--upstream {name}: no such upstream in the config "
                                 f"(known: {known})")
    if not audiences and not upstreams:
        upstreams = list(config.upstreams)
    return [*audiences, *(config.resource_uri(name) for name in upstreams)]


def parse_claim_args(pairs: Sequence[str]) -> dict[str, Any]:
    """`K=V` pairs: V is JSON when it parses as JSON (numbers, true, lists, objects), else text."""
    claims: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name:
            raise DevIssuerError(f"--claim {pair!r}: write it as NAME=VALUE, e.g. amr='[\"mfa\"]'")
        if name in claims:
            raise DevIssuerError(f"--claim {name}: given more than once")
        claims[name] = _json_or_text(text)
    return claims


def _json_or_text(text: str) -> Any:
    try:
        value = json.loads(text)
        json.dumps(value, allow_nan=False)  # NaN and 1e999 parse, but are not JSON in a token
    except ValueError:
        return text
    return value


# -- claims ---------------------------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _audience_claim(audience: str | Sequence[str]) -> str | list[str]:
    values = [audience] if isinstance(audience, str) else list(audience)
    if not values:
        raise DevIssuerError("a token needs at least one audience (the resource it is for)")
    for value in values:
        if not isinstance(value, str) or not value:
            raise DevIssuerError(f"audience {value!r}: must be a non-empty string")
    unique = list(dict.fromkeys(values))
    return unique[0] if len(unique) == 1 else unique


def _scope_claim(scopes: Iterable[str]) -> str:
    words = scopes.split() if isinstance(scopes, str) else list(scopes)
    for word in words:
        if not isinstance(word, str) or not _SCOPE_TOKEN.match(word):
            raise DevIssuerError(
                f"scope {word!r}: each scope is one word of printable ASCII, without spaces, "
                "quotes or backslashes"
            )
    return " ".join(dict.fromkeys(words))


def _extra_claims(claims: Mapping[str, Any]) -> dict[str, Any]:
    for name in claims:
        if not isinstance(name, str) or not name:
            raise DevIssuerError(f"claim name {name!r}: must be a non-empty string")
    reserved = sorted(RESERVED_CLAIMS.intersection(claims))
    if reserved:
        raise DevIssuerError(
            f"claim {', '.join(reserved)}: set by the issuer itself and cannot be overridden "
            "(use the subject, audience, scopes, ttl and not_before arguments)"
        )
    try:
        json.dumps(dict(claims), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise DevIssuerError(f"claims must be plain JSON values: {exc}") from None
    return dict(claims)


# -- the signing key ------------------------------------------------------------------------------


def _load_or_create_key(directory: Path) -> ECKey:
    dir_fd = _open_key_directory(directory)
    try:
        try:
            pem = _read_key_file(dir_fd, directory / KEY_FILE)
        except FileNotFoundError:
            try:
                _create_key_file(dir_fd)
            except OSError as exc:
                raise DevIssuerError(f"cannot write dev issuer key {directory / KEY_FILE}: "
                                     f"{exc.strerror}") from None
            try:
                pem = _read_key_file(dir_fd, directory / KEY_FILE)
            except FileNotFoundError:
                raise DevIssuerError(f"dev issuer key {directory / KEY_FILE} was deleted while "
                                     "it was being created; try again") from None
    finally:
        os.close(dir_fd)
    return _parse_key(pem, directory / KEY_FILE)


def _open_key_directory(directory: Path) -> int:
    """The key directory, opened without following a symlink; created 0700 if missing."""
    if directory.is_symlink():
        raise DevIssuerError(f"dev issuer directory {directory} is a symbolic link; refusing to "
                             "keep a signing key where the link points. Use a real directory")
    created = False
    try:
        directory.mkdir(mode=0o700, parents=True)
        created = True
    except FileExistsError:
        pass
    except OSError as exc:
        raise DevIssuerError(f"cannot create dev issuer directory {directory}: "
                             f"{exc.strerror}") from None
    try:
        dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise DevIssuerError(f"cannot open dev issuer directory {directory}: {exc.strerror} "
                             "(it must be a real directory, not a file or symbolic link)") from None
    if created:
        os.fchmod(dir_fd, 0o700)  # mkdir's mode is subject to the umask
    mode = os.fstat(dir_fd).st_mode
    if mode & 0o022:
        os.close(dir_fd)
        raise DevIssuerError(
            f"dev issuer directory {directory} is writable by other users (mode "
            f"{stat.S_IMODE(mode):04o}), who could replace the signing key; run chmod 700 "
            f"{directory}"
        )
    return dir_fd


def _read_key_file(dir_fd: int, path: Path) -> bytes:
    try:
        # O_NONBLOCK: a FIFO planted as the key file must not hang us; it fails S_ISREG below
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        fd = os.open(KEY_FILE, flags, dir_fd=dir_fd)
    except FileNotFoundError:
        raise  # the caller creates the key
    except OSError as exc:
        raise DevIssuerError(f"cannot open dev issuer key {path}: {exc.strerror} (it must be a "
                             "regular file, not a symbolic link)") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DevIssuerError(f"dev issuer key {path} is not a regular file")
        if info.st_mode & 0o077:
            raise DevIssuerError(
                f"dev issuer key {path} is open to other users (mode "
                f"{stat.S_IMODE(info.st_mode):04o}); anyone who reads it can mint tokens. "
                f"Run chmod 600 {path}, or delete it to create a new key"
            )
        return handle.read(MAX_KEY_FILE_BYTES + 1)


def _create_key_file(dir_fd: int) -> None:
    """Write a new key under a temporary name, then link it in: a concurrent creator either
    wins (and its key is used) or loses, never leaving a half-written key file."""
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    temporary = f".{KEY_FILE}.{secrets.token_hex(8)}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(temporary, flags, 0o600, dir_fd=dir_fd)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another process was first: use its key
            os.link(temporary, KEY_FILE, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    finally:
        os.unlink(temporary, dir_fd=dir_fd)


def _parse_key(pem: bytes, path: Path) -> ECKey:
    if len(pem) > MAX_KEY_FILE_BYTES:
        raise DevIssuerError(f"dev issuer key {path} is too large to be a PEM key")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise DevIssuerError(f"dev issuer key {path} is not an unencrypted PEM private key "
                             f"({exc}); delete it to create a new key") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise DevIssuerError(f"dev issuer key {path} must be an EC P-256 private key (for "
                             "ES256); delete it to create a new key")
    return ECKey.import_key(key)
