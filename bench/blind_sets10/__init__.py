"""Blind evaluation set 10 for the content detectors.

Prompt-injection texts (``injection_set``) and secret / personal-data texts
(``leakage_set``), written independently of the detectors; to be used once, at
the end of the session.
"""
