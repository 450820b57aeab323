"""Second blind evaluation set for the content detectors (injection and secret leakage).

Written independently of the detectors and of the first blind set; to be scored once only.
"""
