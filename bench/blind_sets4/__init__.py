"""Blind evaluation set 4 for mcpwarden's content detectors.

Contains prompt-injection texts embedded in realistic MCP tool results (with benign hard
negatives) and secret / personal-data leakage texts (with look-alikes that must not be
redacted). Written independently of the detectors; to be used once, at the end of the
session.
"""
