"""RFC 9728 OAuth protected-resource metadata: one document per upstream (RS-01…RS-03)."""

from __future__ import annotations

from typing import Any

from mcpwarden.config import Auth, Config
from mcpwarden.identity.policy import scopes_supported

WELL_KNOWN_PRM = "/.well-known/oauth-protected-resource"


def metadata_path(upstream: str) -> str:
    """Path-inserted well-known location for the resource `/mcp/NAME`."""
    return f"{WELL_KNOWN_PRM}/mcp/{upstream}"


def metadata_url(config: Config, upstream: str) -> str:
    return f"{config.base_url}{metadata_path(upstream)}"


def protected_resource_metadata(config: Config, upstream: str) -> dict[str, Any]:
    """The document; `resource` equals the URI the well-known URL was built from (RS-03)."""
    auth = config.auth
    servers = [issuer.issuer for issuer in auth.issuers] if isinstance(auth, Auth) else []
    if isinstance(auth, Auth) and auth.dev_issuer is not None:
        servers.append(config.dev_issuer_url)
    document: dict[str, Any] = {
        "resource": config.resource_uri(upstream),
        "authorization_servers": servers,
        "bearer_methods_supported": ["header"],
        "resource_name": upstream,
    }
    scopes = scopes_supported(config, upstream)  # from the policy; never offline_access
    if scopes:
        document["scopes_supported"] = scopes
    return document
