"""The `audit:` section of the config."""

from __future__ import annotations

import re

import msgspec

FSYNC_POLICIES = ("always", "interval", "never")
SINK_SCHEMES = ("jsonl://", "sqlite://", "otlp+http://", "otlp+https://", "webhook+http://",
                "webhook+https://")

# Reasons (shell-style patterns) that make a record a security event for the webhook: denials
# for these reasons, and any record with a finding whose reason matches.
DEFAULT_WEBHOOK_REASONS = [
    "pin_*", "*injection*", "*poison*", "*shadow*", "sandbox_*", "egress_*", "*exfil*",
    "*leak*", "*secret*", "*canary*", "insufficient_scope", "policy_*", "*_forbidden",
]


_SIZE_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
               "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}
_DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
MIN_ROTATE_BYTES = 1024  # a file must hold at least a record and the checkpoint that seals it


def parse_size(value: int | str, key: str) -> int:
    """`104857600`, `"100MB"` (10^6), `"1GiB"` (2^30) → bytes."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", str(value).lower())
    if match is None or match[2] not in _SIZE_UNITS:
        raise ValueError(f"{key}: {value!r} is not a size; write e.g. 100MB, 1GiB or a number "
                         "of bytes")
    return int(float(match[1]) * _SIZE_UNITS[match[2]])


def parse_duration(value: str, key: str) -> int:
    """`"90s"`, `"30m"`, `"1h"`, `"1d"`, `"1w"` → seconds."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhdw])\s*", value.lower())
    if match is None:
        raise ValueError(f"{key}: {value!r} is not a duration; write e.g. 1h, 1d or 7d "
                         "(units s, m, h, d, w)")
    return int(match[1]) * _DURATION_UNITS[match[2]]


def _check_secret_ref(ref: str, key: str) -> None:
    kind, _, target = ref.partition(":")
    if kind not in ("env", "file") or not target:
        raise ValueError(f"{key}: secrets are never written inline; use env:VARIABLE or "
                         "file:/path/to/secret")


class WebhookSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Which records the webhook sink posts, and how it signs them."""

    reasons: list[str] = msgspec.field(default_factory=lambda: list(DEFAULT_WEBHOOK_REASONS))
    secret: str | None = None  # env:/file: reference; signs each POST with HMAC-SHA256

    def __post_init__(self) -> None:
        if self.secret is not None:
            _check_secret_ref(self.secret, "audit.webhook.secret")


class OtlpSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Extra request headers for the OTLP endpoint (e.g. its API key), as secret references."""

    headers: dict[str, str] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, ref in self.headers.items():
            _check_secret_ref(ref, f"audit.otlp.headers.{name}")


class DeliverySettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """How network sinks (OTLP, webhook) queue, spill to disk and retry."""

    queue_size: int = 10000  # records held in memory before spilling to the on-disk spool
    batch_size: int = 200
    timeout: float = 5.0  # seconds for one POST (connect + answer)
    retry_initial: float = 0.5  # seconds; doubles after each failure up to retry_max
    retry_max: float = 30.0
    spool_max_bytes: int = 1 << 30  # beyond this a spool refuses records (counted and logged)

    def __post_init__(self) -> None:
        if self.queue_size < 1 or self.batch_size < 1:
            raise ValueError("audit.delivery: queue_size and batch_size must be at least 1")
        if self.timeout <= 0 or self.retry_initial <= 0 or self.retry_max < self.retry_initial:
            raise ValueError("audit.delivery: timeout and retry_initial must be positive and "
                             "retry_max at least retry_initial")


class AuditSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Where audit events go, and how the hash chain is signed."""

    # Relative file paths are under the state dir. An empty list turns auditing off.
    sinks: list[str] = msgspec.field(default_factory=lambda: ["jsonl://audit.jsonl"])
    fsync: str = "interval"  # always | interval | never (JSONL sinks)
    fsync_interval: float = 1.0  # seconds, for `fsync: interval`
    checkpoint_every: int = 1000  # records between signed checkpoints
    checkpoint_seconds: float = 30.0  # and at least this often while records arrive
    signing_key: str | None = None  # env:/file: reference; default <state_dir>/audit-signing.key
    # false: subjects in clear; true: HMAC-SHA256 with <state_dir>/audit-hmac.key; or an
    # env:/file: reference to the HMAC key.
    pseudonymise: bool | str = False
    webhook: WebhookSettings = msgspec.field(default_factory=WebhookSettings)
    otlp: OtlpSettings = msgspec.field(default_factory=OtlpSettings)
    delivery: DeliverySettings = msgspec.field(default_factory=DeliverySettings)
    # JSONL rotation: the file is renamed <name>.<UTC time>.<n> at the first checkpoint once it
    # holds rotate_bytes or its rotate_every period (aligned to UTC: 1d = midnight) is over.
    rotate_bytes: int | str | None = None  # e.g. "100MB" (10^6), "1GiB" (2^30), or bytes
    rotate_every: str | None = None  # e.g. "1h", "1d", "7d"
    keep: int = 0  # rotated files kept, the oldest deleted first; 0 keeps them all
    gzip: bool = False  # compress rotated files to <name>.<UTC time>.<n>.gz
    retention_days: float | None = None  # SQLite sinks: rows older than this are deleted

    def rotation_bytes(self) -> int | None:
        return None if self.rotate_bytes is None else parse_size(self.rotate_bytes, "")

    def rotation_seconds(self) -> int | None:
        return None if self.rotate_every is None else parse_duration(self.rotate_every, "")

    def __post_init__(self) -> None:
        self._check_rotation()
        for sink in self.sinks:
            if not sink.startswith(SINK_SCHEMES) or sink.endswith("://"):
                raise ValueError(f"audit.sinks: {sink!r} is not a sink; use one of "
                                 f"{', '.join(s + '…' for s in SINK_SCHEMES)}")
        if self.fsync not in FSYNC_POLICIES:
            raise ValueError(f"audit.fsync: {self.fsync!r}; use always, interval or never")
        if self.fsync_interval <= 0 or self.checkpoint_seconds <= 0:
            raise ValueError("audit: fsync_interval and checkpoint_seconds must be positive")
        if self.checkpoint_every < 1:
            raise ValueError("audit.checkpoint_every: must be at least 1")
        if self.signing_key is not None:
            _check_secret_ref(self.signing_key, "audit.signing_key")
        if isinstance(self.pseudonymise, str):
            _check_secret_ref(self.pseudonymise, "audit.pseudonymise")

    def _check_rotation(self) -> None:
        if self.rotate_bytes is not None and parse_size(
                self.rotate_bytes, "audit.rotate_bytes") < MIN_ROTATE_BYTES:
            raise ValueError(f"audit.rotate_bytes: {self.rotate_bytes!r} is too small; a file "
                             f"must hold at least {MIN_ROTATE_BYTES} bytes (e.g. 100MB)")
        if self.rotate_every is not None and parse_duration(
                self.rotate_every, "audit.rotate_every") < 1:
            raise ValueError("audit.rotate_every: must be at least 1s (e.g. 1d)")
        if self.keep < 0:
            raise ValueError("audit.keep: the number of rotated files to keep; 0 keeps all")
        rotates = self.rotate_bytes is not None or self.rotate_every is not None
        if (self.keep or self.gzip) and not rotates:
            raise ValueError("audit.keep and audit.gzip apply to rotated files; set "
                             "audit.rotate_bytes or audit.rotate_every too")
        if self.retention_days is not None and self.retention_days <= 0:
            raise ValueError("audit.retention_days: must be positive (days of SQLite rows to "
                             "keep), or left out to keep every row")
