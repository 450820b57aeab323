"""Who is calling: token verification lands here (issue: identity and access)."""
