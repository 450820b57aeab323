"""Blind evaluation set 9 for mcpwarden's content detectors.

``injection_set`` holds prompt-injection attacks embedded in realistic MCP tool results and
benign tool results (at least half hard negatives); ``leakage_set`` holds planted secrets,
secret look-alikes, personal data and personal-data look-alikes.

The set was written independently of the detectors, their training data and every earlier
set; to be used once, at the end of the session. Everything is built deterministically at import
from fixed-seed ``random.Random`` instances.
"""
