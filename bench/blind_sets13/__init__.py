"""Blind evaluation set 13: consumer and open-web tool results (see injection_set, leakage_set)."""
