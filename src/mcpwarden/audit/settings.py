"""The `audit:` section of the config."""

from __future__ import annotations

import msgspec


class AuditSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Where audit events go, and how the hash chain is signed."""
