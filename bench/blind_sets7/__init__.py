"""Blind evaluation set 7 for the mcpwarden content detectors.

Prompt-injection texts (``injection_set``: attacks planted in realistic MCP tool results, plus
benign tool results full of hard negatives) and leakage texts (``leakage_set``: secrets, secret
look-alikes, personal data and personal-data look-alikes), all generated deterministically from a
fixed seed.

The set was written independently of the detectors, their training data and earlier sets; it is
to be used once, at the end of the session.
"""
