"""Audit: what happened to every request, as structured events, and where they are kept."""
