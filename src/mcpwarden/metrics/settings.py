"""The `metrics:` section of the config."""

from __future__ import annotations

import msgspec


class MetricsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Whether `/metrics` is served, and who may read it."""
