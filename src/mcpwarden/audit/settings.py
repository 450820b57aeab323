"""The `audit:` section of the config."""

from __future__ import annotations

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

    def __post_init__(self) -> None:
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
