"""Authorization: the `policy` rules applied to every call and every list (default deny).

Request side: tools/call, resources/read, resources/subscribe, prompts/get and
completion/complete (by the prompt or resource it completes for) are decided by the policy engine
(`identity/policy.py`). A caller who only lacks scopes gets HTTP 403 with one
`insufficient_scope` challenge naming every scope the operation needs (RS-12, RS-13); anyone else
gets `tool_not_allowed` (or `resource_not_allowed`, `prompt_not_allowed`), which names only what
was asked for. Every other method passes: this guard is about what, not how.

Response side: tools/list, resources/list, resources/templates/list and prompts/list replies lose
the entries the caller may not use; cursors and every other field stay. A list that depends on
the caller is marked `cacheScope: private`, so no cache shares it across tokens (SRV-04).
"""

from __future__ import annotations

from typing import Any, ClassVar

from mcpwarden.config import Auth, Config, ConfigError
from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.identity.authenticator import quoted_description
from mcpwarden.identity.metadata import metadata_url
from mcpwarden.identity.policy import MFA_STEP_UP_ACR, Kind, Policy, UpstreamPolicy
from mcpwarden.identity.policy import Decision as PolicyDecision
from mcpwarden.identity.principal import Principal
from mcpwarden.wire.errors import INVALID_PARAMS
from mcpwarden.wire.jsonrpc import Message

MAX_NAME_IN_MESSAGE = 200

# method → (kind, the params field that names the target)
_TARGETS: dict[str, tuple[Kind, str]] = {
    "tools/call": ("tool", "name"),
    "resources/read": ("resource", "uri"),
    "resources/subscribe": ("resource", "uri"),
    "prompts/get": ("prompt", "name"),
}
# list method → (result field, kind, the entry field that names it)
_LISTS: dict[str, tuple[str, Kind, str]] = {
    "tools/list": ("tools", "tool", "name"),
    "resources/list": ("resources", "resource", "uri"),
    "resources/templates/list": ("resourceTemplates", "resource", "uriTemplate"),
    "prompts/list": ("prompts", "prompt", "name"),
}
# completion/complete ref.type → (kind, the ref field that names it)
_COMPLETION_REFS: dict[str, tuple[Kind, str]] = {
    "ref/prompt": ("prompt", "name"),
    "ref/resource": ("resource", "uri"),
}


class AuthzGuard(Guard):
    name: ClassVar[str] = "authz"

    def __init__(self, policy: UpstreamPolicy, *, metadata_url: str | None) -> None:
        """`metadata_url` is None without token authentication: there is nothing to step up to."""
        self.policy = policy
        self.metadata_url = metadata_url

    @classmethod
    def build(cls, config: Config, upstream: str, raw: dict[str, Any], key: str) -> AuthzGuard:
        if raw:
            raise ConfigError(f"{key}: the authz guard takes no settings; its rules are the "
                              "top-level `policy` section")
        return cls.for_upstream(config, upstream)

    @classmethod
    def for_upstream(cls, config: Config, upstream: str) -> AuthzGuard:
        policy = Policy.from_config(config)
        assert policy is not None, "the authz guard runs only with a policy"
        tokens = isinstance(config.auth, Auth)
        return cls(policy.for_upstream(upstream),
                   metadata_url=metadata_url(config, upstream) if tokens else None)

    async def inbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.kind != "request" or msg.method is None:
            return PASS
        target = _target(msg.method, msg.params)
        if target is None:
            return PASS
        if isinstance(target, Deny):
            return target
        kind, name = target
        decision = self.policy.decide(ex.principal, kind, name)
        if decision.allowed:
            return PASS
        if decision.scopes_only and self.metadata_url is not None:
            return self._step_up(ex.upstream, kind, name, decision)
        if decision.mfa_only and self.metadata_url is not None:
            return self._mfa_step_up(ex.upstream, kind, name)
        return Deny(
            reason=f"{kind}_not_allowed",
            message=f"No policy rule allows {kind} '{_shown(name)}' on upstream "
            f"'{ex.upstream}' for this caller.",
        )

    async def outbound(self, ex: Exchange, msg: Message) -> Decision:
        if msg.kind != "response" or ex.request is None or ex.request.method is None:
            return PASS
        listing = _LISTS.get(ex.request.method)
        if listing is None:
            return PASS
        return self._filtered(ex, msg, ex.request.method, *listing)

    def _step_up(self, upstream: str, kind: Kind, name: str, decision: PolicyDecision) -> Deny:
        scope = " ".join(decision.scopes)
        message = (f"The token lacks scopes needed for {kind} '{_shown(name)}' on upstream "
                   f"'{upstream}'; get a token with scope \"{scope}\" and retry.")
        challenge = (f'Bearer error="insufficient_scope", scope="{scope}", '
                     f'resource_metadata="{self.metadata_url}", '
                     f'error_description="{quoted_description(message)}"')
        return Deny(reason="insufficient_scope", message=message, http_status=403,
                    data={"scope": scope}, headers=(("www-authenticate", challenge),))

    def _mfa_step_up(self, upstream: str, kind: Kind, name: str) -> Deny:
        """RFC 9470: 401 `insufficient_user_authentication`, asking for a multi-factor `acr`."""
        message = (f"{kind.capitalize()} '{_shown(name)}' on upstream '{upstream}' requires "
                   "multi-factor authentication; sign in again with a second factor and retry.")
        challenge = (f'Bearer error="insufficient_user_authentication", '
                     f'acr_values="{MFA_STEP_UP_ACR}", '
                     f'resource_metadata="{self.metadata_url}", '
                     f'error_description="{quoted_description(message)}"')
        return Deny(reason="insufficient_user_authentication", message=message, http_status=401,
                    data={"acr_values": MFA_STEP_UP_ACR},
                    headers=(("www-authenticate", challenge),))

    def _filtered(self, ex: Exchange, msg: Message, method: str, key: str, kind: Kind,
                  field: str) -> Decision:
        result = msg.result
        if not isinstance(result, dict) or key not in result:
            return PASS
        entries = result[key]
        if not isinstance(entries, list):
            return Deny(
                reason="upstream_invalid_reply",
                message=f"Upstream '{ex.upstream}' answered {method} with a `{key}` that is "
                "not a list; it was withheld because the gateway could not filter it.",
            )
        kept = [entry for entry in entries if self._visible(ex.principal, kind, field, entry)]
        private = self.policy.caller_dependent(kind) and result.get("cacheScope") == "public"
        if len(kept) == len(entries) and not private:
            return PASS
        rewritten: dict[str, Any] = {**result, key: kept}
        if private:
            rewritten["cacheScope"] = "private"
        return Rewrite(msg.replace(result=rewritten), reason="listing_filtered")

    def _visible(self, principal: Principal, kind: Kind, field: str, entry: Any) -> bool:
        if not isinstance(entry, dict):
            return False
        name = entry.get(field)
        return isinstance(name, str) and self.policy.visible(principal, kind, name)


def _target(method: str, params: dict[str, Any]) -> tuple[Kind, str] | Deny | None:
    """What a request asks for, None when the policy does not govern the method."""
    found = _TARGETS.get(method)
    if found is not None:
        kind, field = found
        name = params.get(field)
        if isinstance(name, str):
            return kind, name
        return _malformed(f"{method} needs `params.{field}`, a string naming the {kind}")
    if method != "completion/complete":
        return None
    ref = params.get("ref")
    ref_type = ref.get("type") if isinstance(ref, dict) else None
    completion = _COMPLETION_REFS.get(ref_type) if isinstance(ref_type, str) else None
    if completion is None:
        return _malformed("completion/complete needs `params.ref` of type ref/prompt (with a "
                          "name) or ref/resource (with a uri)")
    assert isinstance(ref, dict)
    kind, field = completion
    name = ref.get(field)
    if isinstance(name, str):
        return kind, name
    return _malformed(f"completion/complete needs `params.ref.{field}`, a string")


def _malformed(message: str) -> Deny:
    return Deny(reason="invalid_params", message=f"{message}; the request was not forwarded.",
                code=INVALID_PARAMS)


def _shown(name: str) -> str:
    return name if len(name) <= MAX_NAME_IN_MESSAGE else name[:MAX_NAME_IN_MESSAGE] + "…"
