"""Shared random helpers for the leakage part of blind set 8 (no detector code involved)."""

from __future__ import annotations

import base64
import random
import string

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

PEOPLE = [
    "Marta Kowalczyk", "Dev Patel", "Lucía Fernández", "Tomás Oliveira", "Hannah Berg",
    "Kwame Mensah", "Yuki Tanaka", "Aisha Rahman", "Jonas Lindqvist", "Priya Raman",
    "Oleksandr Shevchenko", "Chloé Martin", "Ravi Shankar", "Sofia Rossi", "Ngozi Okafor",
    "Mateo García", "Emily Clarke", "Farid Haddad", "Ines Duarte", "Liam O'Connor",
    "Mei Lin", "Arjun Mehta", "Sara Nilsson", "Daniel Weiss", "Fatima Zahra",
]
HOSTS = [
    "db-primary.internal", "pg-orders-01.prod.lan", "10.20.4.17", "mysql.billing.svc",
    "cache-2.eu-west.internal", "mongo0.analytics.corp", "sql-replica.k8s.local",
    "warehouse.dataplat.net", "redis-sessions.prod", "ledger-db.finops.io",
]
SERVICES = [
    "billing-api", "orders-worker", "search-indexer", "notifier", "auth-gateway",
    "report-builder", "inventory-sync", "webhooks-relay", "etl-nightly", "checkout",
    "crm-bridge", "media-transcoder", "pricing-engine", "ledger", "mobile-bff",
]


def rs(rng: random.Random, alphabet: str, n: int) -> str:
    """Random string of length ``n`` over ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url_nopad(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pem_wrap(label: str, der: bytes, width: int = 64) -> str:
    body = base64.b64encode(der).decode()
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def ts(rng: random.Random) -> str:
    return (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )
