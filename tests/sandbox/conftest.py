"""Fixtures of the sandbox tests (defined in sandbox_helpers)."""

from sandbox_helpers import host, hostile

__all__ = ["host", "hostile"]
