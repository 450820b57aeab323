"""Blind evaluation set 8 for mcpwarden's content detectors.

``injection_set`` holds prompt-injection attacks embedded in realistic MCP tool results and
benign tool results (many of them hard negatives); ``leakage_set`` holds secrets, personal data
and their non-sensitive look-alikes.

The set was written independently of the detectors; to be used once, at the end of the session.
"""
