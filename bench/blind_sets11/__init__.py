"""Blind evaluation set 11 for mcpwarden's content detectors.

``injection_set`` holds injected and benign MCP tool results (prompt-injection detection);
``leakage_set`` holds secrets, secret lookalikes, personal data and PII lookalikes (redaction).
The set was written independently of the detectors, their training data and earlier sets;
it is to be used once, at the end of the session.
"""
