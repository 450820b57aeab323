"""Blind evaluation set 12: prompt injection in workplace and agentic tool results (tickets, CRM
records, code-review threads, CI logs, shared documents, calendars, chat workspaces, wikis,
database query results), with benign hard negatives, plus secrets and personal data.

Deterministic (fixed seeds), standard library only. Built at import time.
"""
