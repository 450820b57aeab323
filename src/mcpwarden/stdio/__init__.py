"""The stdio front (wrap mode): a desktop client speaks stdio to the gateway."""
