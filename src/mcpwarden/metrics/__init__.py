"""Prometheus metrics for operators."""
