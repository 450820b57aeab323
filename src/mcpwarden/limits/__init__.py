"""Rate limits, quotas, concurrency caps and adaptive limiting."""
