"""The `limits:` section of the config."""

from __future__ import annotations

import msgspec


class LimitsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Rate limits per user, session, tool, upstream and client address."""
