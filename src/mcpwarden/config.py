"""The configuration file: a typed model, YAML loading, and secret references.

Every problem is reported as `ConfigError` naming the key path (`upstreams.files.command`) and
what is wrong with it. Sections that later capabilities will own (policy, limits, audit) are
refused rather than silently ignored: a security setting that does nothing is worse than an error.
"""

from __future__ import annotations

import ipaddress
import os
import re
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import msgspec
import yaml

from mcpwarden.audit.settings import AuditSettings
from mcpwarden.limits.settings import LimitsSettings
from mcpwarden.metrics.settings import MetricsSettings
from mcpwarden.upstream.sandbox.settings import SandboxSettings, sandbox_problems


class ConfigError(Exception):
    """A config problem, with the key path it concerns."""


_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")
_SIZE = re.compile(r"^\s*(\d+)\s*([KMG]i?B?|B)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3,
               "ki": 1024, "mi": 1024**2, "gi": 1024**3}
NOT_YET: dict[str, str] = {}


def parse_size(value: int | str, key: str) -> int:
    """`1048576`, `"1MiB"`, `"64 KB"` → bytes."""
    if isinstance(value, int) and value >= 0:
        return value
    match = _SIZE.match(str(value))
    if not match:
        raise ConfigError(f"{key}: {value!r} is not a size (use e.g. 65536, '64KiB' or '1MiB')")
    unit = (match.group(2) or "").lower().rstrip("b")
    return int(match.group(1)) * _SIZE_UNITS[unit]


class Base(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class OAuthClient(Base):
    """The gateway as an OAuth client of the upstream's authorization server."""

    token_url: str
    client_id: str
    client_secret: str  # a secret reference
    grant: Literal["client_credentials", "token_exchange"] = "client_credentials"
    scope: str | None = None
    resource: str | None = None  # RFC 8707; defaults to the upstream's URL
    audience: str | None = None  # RFC 8693 audience, for token_exchange


class IdentityHeader(Base):
    """Tell the upstream who the user is, in a header it can verify (a JWT signed by the gateway
    with an Ed25519 key from `key`, a secret reference to a PEM private key)."""

    key: str
    header: str = "mcpwarden-identity"
    ttl: int = 60


class Credentials(Base):
    """How the gateway authenticates to an upstream. Never the client's own token."""

    bearer: str | None = None  # a secret reference: env:NAME or file:/path
    headers: dict[str, str] = {}  # header name -> secret reference
    oauth: OAuthClient | None = None
    identity: IdentityHeader | None = None


class Process(Base):
    per: Literal["client", "principal"] = "client"
    idle_timeout: float = 300.0
    max_processes: int = 16
    init_timeout: float = 20.0


class Pins(Base):
    """How an upstream's definitions (tools, prompts, resource templates, instructions) are
    pinned: `enforce` hides new or changed ones until approved; `tofu` trusts each definition
    the first time it is seen, then enforces; `observe` only reports changes.

    `on_poisoning` / `on_shadowing`: what a new or changed tool the detectors flag gets —
    `block` (hidden and refused; approving it needs `--force`), `approve` (never trusted on
    first sight: hidden until an admin approves) or `warn` (as without findings, logged)."""

    mode: Literal["enforce", "tofu", "observe"] = "tofu"
    on_poisoning: Literal["block", "approve", "warn"] = "approve"
    on_shadowing: Literal["block", "approve", "warn"] = "approve"


class Upstream(Base):
    url: str | None = None
    command: list[str] | None = None
    env: dict[str, str] = {}
    cwd: str | None = None
    era: Literal["auto", "legacy", "modern"] = "auto"
    timeout: float = 60.0  # the longest one request may take, progress or not (T-13)
    connect_timeout: float = 5.0
    max_connections: int = 64
    credentials: Credentials | None = None
    process: Process = msgspec.field(default_factory=Process)
    pins: Pins = msgspec.field(default_factory=Pins)
    sandbox: Literal["none"] | SandboxSettings | None = None  # None: sandboxed, defaults
    guards: dict[str, dict[str, Any]] = {}


ASYMMETRIC_ALGORITHMS = frozenset({
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
})


class Introspection(Base):
    """RFC 7662 introspection for the issuer's opaque (non-JWT) tokens."""

    url: str
    client_id: str
    client_secret: str  # a secret reference
    cache_seconds: float = 300.0  # never beyond the token's own expiry


class Issuer(Base):
    """A trusted token issuer: JWTs are verified against its published keys (JWKS); opaque
    tokens through its introspection endpoint when one is configured."""

    issuer: str
    jwks_uri: str
    introspection: Introspection | None = None
    algorithms: list[str] = msgspec.field(default_factory=lambda: ["RS256", "ES256"])
    jwks_cache_seconds: float = 600.0
    jwks_refetch_seconds: float = 30.0  # at most one re-fetch per this interval for unknown kids


class DevIssuer(Base):
    """The built-in development issuer (`mcpwarden token`); keys live in `dir`."""

    dir: str = ".mcpwarden/dev-issuer"


class Auth(Base):
    issuers: list[Issuer] = []
    dev_issuer: DevIssuer | None = None
    leeway: float = 30.0  # seconds of clock skew tolerated on exp/nbf/iat
    token_cache_size: int = 10_000
    # scope -> scopes it implies (e.g. admin: [files.read, files.write]), for RS-14 step-up
    scope_hierarchy: dict[str, list[str]] = {}
    # a secret reference to the key that seals opaque state (requestState); random per process
    # when absent (fine for one gateway; replicas must share one)
    state_key: str | None = None
    state_ttl: float = 600.0


class Require(Base):
    mfa: bool = False  # the token's amr/acr must show multi-factor authentication


class Rule(Base):
    """What one rule allows. Names are shell globs; conditions must all hold."""

    upstream: str = "*"
    tools: list[str] = []
    resources: list[str] = []  # resource URIs (and templates)
    prompts: list[str] = []
    scopes: list[str] = []  # every one required (scope_hierarchy honoured)
    claims: dict[str, str | list[str]] = {}  # claim -> required value, or any of the values
    require: Require = msgspec.field(default_factory=Require)


class PolicyRule(Base):
    allow: Rule


class Tls(Base):
    cert: str  # PEM certificate chain
    key: str  # PEM private key
    min_version: Literal["1.2", "1.3"] = "1.3"


class Http(Base):
    max_body_bytes: int | str = "4MiB"
    max_header_bytes: int | str = "32KiB"
    max_depth: int = 64
    session_idle_timeout: float = 1800.0
    session_max_age: float = 86400.0
    max_sessions: int = 10000
    sse_keepalive: float = 15.0
    # Addresses or networks of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are
    # believed. Empty (the default): the TCP peer is the client, so no client can pick its
    # own address to dodge per-address limits or to spoof the audit trail.
    trusted_proxies: list[str] = []


class Config(Base):
    listen: str = "127.0.0.1:8765"
    public_url: str | None = None
    tls: Tls | None = None
    allowed_origins: list[str] = []
    allowed_hosts: list[str] = []
    state: str = "memory://"
    state_dir: str = ".mcpwarden"  # the admin socket (and dev issuer keys by default) live here
    auth: Literal["none"] | Auth | None = None
    upstreams: dict[str, Upstream] = {}
    policy: list[PolicyRule] | None = None
    chain: list[str] = msgspec.field(default_factory=lambda: ["methods", "size"])
    guards: dict[str, dict[str, Any]] = {}
    http: Http = msgspec.field(default_factory=Http)
    # Always on: connection protection (body and header timeouts) and adaptive tightening need
    # no rates; `limits: null` turns the whole section off.
    limits: LimitsSettings | None = msgspec.field(default_factory=LimitsSettings)
    audit: AuditSettings = msgspec.field(default_factory=AuditSettings)
    metrics: MetricsSettings = msgspec.field(default_factory=MetricsSettings)

    # -- derived values, filled by `validate` ---------------------------------------------------

    @property
    def host(self) -> str:
        return split_listen(self.listen)[0]

    @property
    def port(self) -> int:
        return split_listen(self.listen)[1]

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.host)

    @property
    def listen_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Base of canonical resource URIs: public_url, or the listen address."""
        return self.public_url.rstrip("/") if self.public_url else self.listen_url

    def resource_uri(self, upstream: str) -> str:
        return f"{self.base_url}/mcp/{upstream}"

    @property
    def dev_issuer_url(self) -> str:
        """The `iss` of tokens the dev issuer mints."""
        return f"{self.base_url}/dev-issuer"


def split_listen(listen: str) -> tuple[str, int]:
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise ConfigError(f"listen: {listen!r} must be HOST:PORT, e.g. 127.0.0.1:8765")
    return host.strip("[]"), int(port)


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- loading -------------------------------------------------------------------------------------


def load(path: str | Path) -> Config:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path} is not UTF-8 text") from None
    return loads(text, source=str(path))


def loads(text: str, source: str = "<config>") -> Config:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source} is not valid YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of settings")
    return from_dict(data)


def from_dict(data: dict[str, Any]) -> Config:
    for key, feature in NOT_YET.items():
        if key in data:
            raise ConfigError(
                f"{key}: {feature} is not available in this version of mcpwarden yet; "
                "remove the section (refusing to run with a setting that would not be enforced)"
            )
    upstreams = data.get("upstreams", {})
    if not isinstance(upstreams, dict):
        raise ConfigError("upstreams: must be a mapping of names to upstream settings")
    config = convert_section({**data, "upstreams": {}}, Config, "")
    config.upstreams = {
        str(name): convert_section(settings, Upstream, f"upstreams.{name}")
        for name, settings in upstreams.items()
    }
    validate(config)
    return config


T = TypeVar("T")


def convert_section(data: Any, kind: type[T], prefix: str) -> T:
    """msgspec.convert with errors as `key.path: problem`."""
    try:
        return msgspec.convert(data, kind, strict=False)
    except msgspec.ValidationError as exc:
        text, _, where = str(exc).partition(" - at `$")
        key = prefix + where.rstrip("`") if where else prefix
        problem = f"{text[0].lower()}{text[1:]}" if text else "invalid"
        raise ConfigError(f"{key.lstrip('.') or 'config'}: {problem}") from None


def validate(config: Config) -> None:
    split_listen(config.listen)
    if config.auth is None:
        raise ConfigError(
            "auth: missing. Name the token issuers to trust (auth.issuers), or the dev issuer "
            "(auth.dev_issuer), or `auth: none` (accepted only when listening on loopback)"
        )
    if isinstance(config.auth, Auth):
        _validate_auth(config.auth)
    if config.auth == "none" and not config.is_loopback:
        raise ConfigError(
            f"auth: `none` is refused when listening on {config.host}; anyone who can reach "
            "that address could use every upstream. Listen on 127.0.0.1 or configure auth"
        )
    if config.public_url:
        _check_url(config.public_url, "public_url")
    if config.tls:
        for field_name in ("cert", "key"):
            if not Path(getattr(config.tls, field_name)).is_file():
                raise ConfigError(f"tls.{field_name}: {getattr(config.tls, field_name)} is not "
                                  "a readable file")
    for origin in config.allowed_origins:
        if origin != "*" and not urlsplit(origin).scheme:
            raise ConfigError(
                f"allowed_origins: {origin!r} must be an origin like https://app.example.com"
            )
    if "*" in config.allowed_origins:
        raise ConfigError(
            "allowed_origins: '*' would disable DNS-rebinding protection; list the origins"
        )
    if not config.state.startswith(("memory://", "redis://", "rediss://", "unix://")):
        raise ConfigError(f"state: {config.state!r} — use memory:// (one gateway) or a Redis URL "
                          "(redis://, rediss://, unix://) shared by replicas")
    if not config.upstreams:
        raise ConfigError("upstreams: at least one upstream is needed")
    for name, upstream in config.upstreams.items():
        _validate_upstream(name, upstream, config.auth)
    _validate_policy(config)
    if len(set(config.chain)) != len(config.chain):
        raise ConfigError("chain: a guard is listed twice")
    http = config.http
    http.max_body_bytes = parse_size(http.max_body_bytes, "http.max_body_bytes")
    http.max_header_bytes = parse_size(http.max_header_bytes, "http.max_header_bytes")
    if not 2 <= http.max_depth <= 1000:
        raise ConfigError("http.max_depth: must be between 2 and 1000")
    for proxy in http.trusted_proxies:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise ConfigError(f"http.trusted_proxies: {proxy!r} is not an IP address or network "
                              "(e.g. 10.0.0.5 or 10.0.0.0/8)") from None
    from mcpwarden.limits.plan import validate_limits  # imports this module: not at the top

    validate_limits(config)


def _validate_auth(auth: Auth) -> None:
    if not auth.issuers and auth.dev_issuer is None:
        raise ConfigError("auth.issuers: name at least one issuer (or configure auth.dev_issuer)")
    for index, issuer in enumerate(auth.issuers):
        key = f"auth.issuers[{index}]"
        _check_url(issuer.jwks_uri, f"{key}.jwks_uri")
        if not issuer.issuer:
            raise ConfigError(f"{key}.issuer: must be the issuer identifier (its `iss`)")
        if issuer.introspection is not None:
            _check_url(issuer.introspection.url, f"{key}.introspection.url")
            check_secret_ref(issuer.introspection.client_secret,
                             f"{key}.introspection.client_secret")
            if issuer.introspection.cache_seconds < 0:
                raise ConfigError(f"{key}.introspection.cache_seconds: must not be negative")
        bad = [a for a in issuer.algorithms if a not in ASYMMETRIC_ALGORITHMS]
        if bad or not issuer.algorithms:
            raise ConfigError(
                f"{key}.algorithms: {', '.join(bad) or 'empty'} not allowed; use asymmetric "
                f"algorithms only ({', '.join(sorted(ASYMMETRIC_ALGORITHMS))}): never `none`, "
                "never an HMAC algorithm"
            )
    if not 0 <= auth.leeway <= 300:
        raise ConfigError("auth.leeway: must be between 0 and 300 seconds")


_SCOPE_TOKEN = re.compile(r"^[\x21\x23-\x5b\x5d-\x7e]+$")  # RFC 6749 §3.3 scope-token


def _validate_policy(config: Config) -> None:
    """Default deny must be explicit: token authentication needs a `policy`; every rule must
    be able to allow something (a rule that never can is a mistake, not a restriction)."""
    tokens = isinstance(config.auth, Auth)
    if config.policy is None:
        if tokens:
            example = next(iter(config.upstreams), "files")
            raise ConfigError(
                "policy: missing. With token authentication the gateway allows only what a "
                "policy rule allows (default deny), so the rules must be written down, e.g.\n"
                f"policy:\n  - allow: {{upstream: {example}, tools: [\"*\"], "
                f"scopes: [{example}.read]}}\n(`policy: []` denies everything)"
            )
        return
    for index, entry in enumerate(config.policy):
        key, rule = f"policy[{index}].allow", entry.allow
        if not (rule.tools or rule.resources or rule.prompts):
            raise ConfigError(f"{key}: the rule allows nothing; name the tools, resources or "
                              "prompts it allows (shell globs, \"*\" for all)")
        for field_name in ("tools", "resources", "prompts"):
            if "" in getattr(rule, field_name):
                raise ConfigError(f"{key}.{field_name}: an empty pattern matches nothing")
        if not any(fnmatchcase(name, rule.upstream) for name in config.upstreams):
            raise ConfigError(f"{key}.upstream: {rule.upstream!r} matches no upstream (known: "
                              f"{', '.join(config.upstreams)})")
        for scope in rule.scopes:
            if not _SCOPE_TOKEN.match(scope) or scope == "offline_access":
                raise ConfigError(
                    f"{key}.scopes: {scope!r} is not a usable scope (one word of printable "
                    "ASCII without quotes or backslashes; offline_access is about refresh "
                    "tokens, not a permission)"
                )
        for claim, wanted in rule.claims.items():
            values = [wanted] if isinstance(wanted, str) else wanted
            if not claim or not values or "" in values:
                raise ConfigError(f"{key}.claims: {claim!r} needs a claim name and non-empty "
                                  "values (a value, or a list of accepted values)")
        if not tokens and (rule.scopes or rule.claims or rule.require.mfa):
            raise ConfigError(
                f"{key}: with `auth: none` every caller is anonymous, without scopes, claims or "
                "MFA, so this rule could never allow anything; drop its conditions or "
                "configure auth"
            )


def _validate_upstream(name: str, upstream: Upstream, auth: Auth | str | None) -> None:
    key = f"upstreams.{name}"
    if not _NAME.match(name):
        raise ConfigError(f"{key}: names may use letters, digits, '-', '_' and '.' (max 63)")
    if (upstream.url is None) == (upstream.command is None):
        raise ConfigError(f"{key}: give exactly one of `url` (HTTP upstream) or `command` (local)")
    if upstream.url is not None:
        _check_url(upstream.url, f"{key}.url")
    if upstream.command is not None and (not upstream.command or not upstream.command[0]):
        raise ConfigError(f"{key}.command: must be a non-empty list, e.g. [python, server.py]")
    if upstream.command is not None and upstream.credentials is not None:
        raise ConfigError(f"{key}.credentials: only for HTTP upstreams; pass secrets via `env`")
    _validate_sandbox(key, upstream)
    for field_name in ("timeout", "connect_timeout"):
        if getattr(upstream, field_name) <= 0:
            raise ConfigError(f"{key}.{field_name}: must be a positive number of seconds")
    oauth = upstream.credentials.oauth if upstream.credentials else None
    if oauth is not None and oauth.grant == "token_exchange" and auth == "none":
        raise ConfigError(f"{key}.credentials.oauth.grant: token_exchange exchanges the user's "
                          "token, and with `auth: none` there is none; configure auth")
    if upstream.credentials:
        refs = dict(upstream.credentials.headers)
        if upstream.credentials.bearer:
            refs["bearer"] = upstream.credentials.bearer
        for ref_name, ref in refs.items():
            check_secret_ref(ref, f"{key}.credentials.{ref_name}")
    for env_name, value in upstream.env.items():
        if value.startswith(("env:", "file:")):
            check_secret_ref(value, f"{key}.env.{env_name}")


def _validate_sandbox(key: str, upstream: Upstream) -> None:
    if isinstance(upstream.sandbox, SandboxSettings):
        if upstream.url is not None:
            raise ConfigError(f"{key}.sandbox: only for local (command) upstreams")
        for sub_key, problem in sandbox_problems(upstream.sandbox):
            raise ConfigError(f"{key}.sandbox.{sub_key}: {problem}")


def _check_url(url: str, key: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{key}: {url!r} must be an http:// or https:// URL")
    if parts.username or parts.password:
        raise ConfigError(f"{key}: put credentials in `credentials`, not in the URL")


# -- secrets -------------------------------------------------------------------------------------


def check_secret_ref(ref: str, key: str) -> None:
    kind, _, target = ref.partition(":")
    if kind not in ("env", "file") or not target:
        raise ConfigError(
            f"{key}: secrets are never written inline; use env:VARIABLE or file:/path/to/secret"
        )


def resolve_secret(ref: str, key: str) -> str:
    """Read a secret reference. Raises ConfigError naming the key, never showing the value."""
    check_secret_ref(ref, key)
    kind, _, target = ref.partition(":")
    if kind == "env":
        value = os.environ.get(target)
        if value is None:
            raise ConfigError(f"{key}: environment variable {target} is not set")
        return value
    try:
        return Path(target).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"{key}: cannot read secret file {target}: {exc.strerror}") from None


def resolve_env(upstream: Upstream, name: str) -> dict[str, str]:
    """An upstream's environment with secret references resolved."""
    key = f"upstreams.{name}.env"
    return {
        env_name: resolve_secret(value, f"{key}.{env_name}")
        if value.startswith(("env:", "file:")) else value
        for env_name, value in upstream.env.items()
    }


def effective(config: Config) -> dict[str, Any]:
    """The effective config as plain data, for `mcpwarden check` (secret references shown, never
    their values; literal env values masked)."""
    data: dict[str, Any] = msgspec.to_builtins(config)
    for upstream in data.get("upstreams", {}).values():
        upstream["env"] = {
            k: v if v.startswith(("env:", "file:")) else "***" for k, v in upstream["env"].items()
        }
    return data
