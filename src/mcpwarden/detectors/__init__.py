"""Detectors: pure functions from text or a definition to findings (poisoning, injection,
secrets, personal data), shared by the guards."""

from __future__ import annotations


def warm_up() -> None:
    """Load and verify the shipped models and compile the patterns now, at start-up: the first
    message must not pay ~1 s for it (long enough for a client to give up on a stream), and a
    model whose hash does not match must stop the gateway from starting, not fail requests."""
    from mcpwarden.detectors import injection, injection_model, pii, poison_model, secrets

    injection_model.load_model()
    poison_model.load()
    injection.compile_gates()
    injection.scan("Warm-up text: the assistant reads this once at start-up.")
    secrets.find_secrets("warm-up password=placeholder")
    pii.find_pii("warm-up someone@example.org")
