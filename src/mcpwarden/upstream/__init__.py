"""Upstream connectors: HTTP (either era) and local processes over stdio."""
