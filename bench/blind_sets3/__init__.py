"""Third blind evaluation set for the content detectors (injection, secrets, personal data).

Written independently of the detectors; to be used once, at the end of the session.
"""
