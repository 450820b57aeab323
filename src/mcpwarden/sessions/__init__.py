"""Client sessions: legacy `Mcp-Session-Id` sessions bound to the principal that opened them."""
