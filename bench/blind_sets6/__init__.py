"""Blind evaluation set 6 for mcpwarden's content detectors.

Prompt-injection texts (``injection_set``) and secret / personal-data texts
(``leakage_set``), each paired with hard negatives.  The set was written
independently of the detectors; to be used once, at the end of the session.
Everything is generated deterministically at import from fixed seeds.
"""
