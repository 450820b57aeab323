"""Blind evaluation set 5 for the mcpwarden content detectors.

``injection_set`` holds prompt-injection attacks embedded in realistic MCP tool results plus
benign tool results (at least half hard negatives); ``leakage_set`` holds secrets, secret
look-alikes, personal data and personal-data look-alikes in realistic text.

The set was written independently of the detectors; to be used once, at the end of the session.
"""
