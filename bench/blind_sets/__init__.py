"""Blind evaluation sets for the content detectors, written without looking at the detectors'
rules, word lists, training corpora or the development data's attack texts.

- `injection_set`: tool results with and without a hidden prompt injection.
- `leakage_set`: secrets and personal data planted in realistic text, and look-alikes that must
  not be redacted, generated at run time with a fixed seed.
"""
