"""Integrity of what upstreams tell the model: pinned definitions (tools, prompts, resource
templates, server instructions), approved by an admin or trusted on first use."""

from mcpwarden.integrity.canonical import canonical, digest, pretty
from mcpwarden.integrity.pins import KINDS, PinKind, PinRecord, PinStore, PinStoreError

__all__ = ["KINDS", "PinKind", "PinRecord", "PinStore", "PinStoreError", "canonical", "digest",
           "pretty"]
