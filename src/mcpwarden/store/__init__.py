"""State backends: where pins (and later other shared state) live — SQLite or Redis."""
