"""The authenticated caller of a message, as every guard and store sees it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Principal:
    """Issuer plus subject identify a user; claims carry what policy may look at."""

    issuer: str
    subject: str
    claims: Mapping[str, Any] = field(default_factory=dict)
    scopes: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        """Stable storage key: sessions live under `<key>:<session id>`."""
        return f"{self.issuer}|{self.subject}"

    @property
    def is_anonymous(self) -> bool:
        return self is ANONYMOUS or (not self.issuer and self.subject == "anonymous")


ANONYMOUS = Principal(issuer="", subject="anonymous")
