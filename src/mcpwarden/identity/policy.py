"""The authorization policy: who may use which tool, resource or prompt of which upstream.

Default deny. A request is allowed when ANY rule allows it, and a rule allows it when all hold:

- its `upstream` glob matches the upstream's name;
- the name matches one of its globs for that kind: `tools` (tools/call), `resources` (the URI of
  resources/read and resources/subscribe; a listed template by its `uriTemplate`), `prompts`
  (prompts/get). An empty list matches nothing of that kind; `"*"` matches everything;
- the token holds every one of its `scopes`, directly or through `auth.scope_hierarchy`
  (transitively: `admin: [files.write]` and `files.write: [files.read]` make admin enough for
  files.read; cycles are harmless);
- every `claims` condition holds: a string claim equals the value, a list claim contains it; a
  list of values means any one of them. A dotted name (`realm_access.roles`) that is not itself a
  claim is followed into nested objects;
- `require: {mfa: true}`: the token's `amr` names a method in `MFA_AMR_VALUES` or its `acr` is in
  `MFA_ACR_VALUES`.

Globs are shell globs matched case-sensitively (`fnmatch.fnmatchcase`); `*` also matches `/`.

A denial where some rule matches and only scopes are missing is a *step-up*: the caller can get a
token with more scopes and retry. The challenge names every scope of the best such rule at once
(fewest missing scopes, then fewest scopes, then the first), so one re-authorization is enough.

Pure and shared: the `authz` guard decides with it on every call, `mcpwarden policy explain`
explains with the very same rule checks.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase, translate
from typing import Any, Literal

from mcpwarden.config import Auth, Config, Rule
from mcpwarden.identity.principal import Principal

Kind = Literal["tool", "resource", "prompt"]
KINDS: tuple[Kind, ...] = ("tool", "resource", "prompt")
RULE_FIELD: dict[Kind, str] = {"tool": "tools", "resource": "resources", "prompt": "prompts"}

# RFC 8176 authentication method references that show a factor beyond a password: `mfa` itself,
# and the second-factor methods IdPs add next to `pwd` (one-time code, SMS or phone call,
# hardware or software key proof of possession, smart card). `fido` is not an RFC 8176 value;
# it is accepted because it is used for WebAuthn/FIDO2 authenticators.
MFA_AMR_VALUES = frozenset({"mfa", "otp", "sms", "tel", "hwk", "swk", "sc", "fido"})
# `acr` values that mean multi-factor authentication: the OpenID EAP ACR values (phishing-
# resistant, and hardware-protected phishing-resistant) and the OpenID PAPE multi-factor policies.
MFA_ACR_VALUES = frozenset({
    "phr",
    "phrh",
    "http://schemas.openid.net/pape/policies/2007/06/multi-factor",
    "http://schemas.openid.net/pape/policies/2007/06/multi-factor-physical",
})
# What an RFC 9470 step-up challenge asks for, in order of preference: phishing-resistant
# authentication, then any multi-factor policy.
MFA_STEP_UP_ACR = "phr http://schemas.openid.net/pape/policies/2007/06/multi-factor"
# Refresh tokens are not a resource permission (MCP authorization, "Refresh Tokens"): never
# advertised, never challenged.
NOT_ADVERTISED = frozenset({"offline_access"})
MEMO_LIMIT = 4096  # distinct names remembered per kind; names come from clients, so bounded


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one request.

    `rule` is the index in `policy` of the rule that allows the request or, for a step-up, of
    the rule that would with more scopes. `scopes_only` marks such a step-up; `scopes` are then
    every scope that rule needs (not only the missing ones), for one complete challenge.
    """

    allowed: bool
    rule: int | None = None
    scopes_only: bool = False
    scopes: tuple[str, ...] = ()
    # A rule would allow it if the user authenticated with a second factor (RFC 9470 step-up).
    mfa_only: bool = False


DENY = Decision(allowed=False)


class CompiledRule:
    """One `allow` rule with its globs compiled and its scope hierarchy resolved."""

    __slots__ = ("claims", "index", "mfa", "patterns", "rule", "satisfiers", "scopes",
                 "unconditional", "upstream")

    def __init__(self, index: int, rule: Rule, grants: Mapping[str, frozenset[str]]) -> None:
        self.index = index
        self.rule = rule
        self.upstream = _glob(rule.upstream)
        self.patterns: dict[Kind, re.Pattern[str] | None] = {
            kind: _globs(getattr(rule, RULE_FIELD[kind])) for kind in KINDS
        }
        self.scopes = tuple(sorted(set(rule.scopes)))
        # per required scope, every scope that grants it (itself, and what implies it)
        self.satisfiers = tuple(grants.get(scope, frozenset({scope})) for scope in self.scopes)
        self.claims = tuple(
            (name, frozenset([wanted] if isinstance(wanted, str) else wanted))
            for name, wanted in rule.claims.items()
        )
        self.mfa = rule.require.mfa
        self.unconditional = not self.scopes and not self.claims and not self.mfa

    def applies_to(self, upstream: str) -> bool:
        return self.upstream.match(upstream) is not None

    def matches(self, kind: Kind, name: str) -> bool:
        pattern = self.patterns[kind]
        return pattern is not None and pattern.match(name) is not None

    def missing_scopes(self, held: frozenset[str]) -> tuple[str, ...]:
        return tuple(scope for scope, granted_by in zip(self.scopes, self.satisfiers, strict=True)
                     if held.isdisjoint(granted_by))

    def mfa_holds(self, claims: Mapping[str, Any]) -> bool:
        return not self.mfa or has_mfa(claims)

    def identity_holds(self, principal: Principal) -> bool:
        """Every condition except scopes: the ones a new token with more scopes cannot change."""
        claims = principal.claims
        return self.mfa_holds(claims) and all(
            claim_holds(claims, name, accepted) for name, accepted in self.claims)

    def only_mfa_fails(self, principal: Principal) -> bool:
        """Everything holds but multi-factor authentication: the user can fix that by logging
        in again with a second factor."""
        claims = principal.claims
        return (self.mfa and not has_mfa(claims) and not self.missing_scopes(principal.scopes)
                and all(claim_holds(claims, name, accepted) for name, accepted in self.claims))

    def describe(self) -> str:
        rule = self.rule
        parts = [f"upstream {rule.upstream}"]
        parts += [f"{RULE_FIELD[kind]} {list(getattr(rule, RULE_FIELD[kind]))}"
                  for kind in KINDS if getattr(rule, RULE_FIELD[kind])]
        if rule.scopes:
            parts.append(f"scopes {list(rule.scopes)}")
        if rule.claims:
            parts.append(f"claims {dict(rule.claims)}")
        if rule.require.mfa:
            parts.append("mfa required")
        return ", ".join(parts)


class UpstreamPolicy:
    """The rules that can apply to one upstream: what the authz guard of that upstream asks."""

    def __init__(self, upstream: str, rules: Sequence[CompiledRule]) -> None:
        self.upstream = upstream
        self.rules = tuple(rule for rule in rules if rule.applies_to(upstream))
        self._memo: dict[Kind, dict[str, tuple[CompiledRule, ...]]] = {k: {} for k in KINDS}
        self._caller_dependent = {
            kind: any(r.patterns[kind] is not None and not r.unconditional for r in self.rules)
            for kind in KINDS
        }

    @property
    def scopes(self) -> list[str]:
        """Every scope some rule of this upstream needs, sorted (scopes_supported, challenges)."""
        return sorted({s for r in self.rules for s in r.scopes} - NOT_ADVERTISED)

    def caller_dependent(self, kind: Kind) -> bool:
        """Whether two callers may see different lists of this kind."""
        return self._caller_dependent[kind]

    def candidates(self, kind: Kind, name: str) -> tuple[CompiledRule, ...]:
        """The rules whose globs match this name, in policy order (memoized per name)."""
        memo = self._memo[kind]
        found = memo.get(name)
        if found is None:
            found = tuple(rule for rule in self.rules if rule.matches(kind, name))
            if len(memo) < MEMO_LIMIT:
                memo[name] = found
        return found

    def decide(self, principal: Principal, kind: Kind, name: str) -> Decision:
        best: CompiledRule | None = None
        best_missing = 0
        mfa_step_up: CompiledRule | None = None
        for rule in self.candidates(kind, name):
            if not rule.identity_holds(principal):
                if mfa_step_up is None and rule.only_mfa_fails(principal):
                    mfa_step_up = rule
                continue
            missing = len(rule.missing_scopes(principal.scopes))
            if not missing:
                return Decision(allowed=True, rule=rule.index)
            if best is None or (missing, len(rule.scopes)) < (best_missing, len(best.scopes)):
                best, best_missing = rule, missing
        if best is None:
            if mfa_step_up is not None:
                return Decision(allowed=False, rule=mfa_step_up.index, mfa_only=True)
            return DENY
        return Decision(allowed=False, rule=best.index, scopes_only=True, scopes=best.scopes)

    def visible(self, principal: Principal, kind: Kind, name: str) -> bool:
        """Listed for this caller: allowed, or allowed after a step-up to more scopes (a client
        only discovers the step-up by calling what it was shown)."""
        decision = self.decide(principal, kind, name)
        return decision.allowed or decision.scopes_only or decision.mfa_only


class Policy:
    """The whole `policy` section, compiled once."""

    def __init__(self, rules: Sequence[Rule],
                 scope_hierarchy: Mapping[str, Sequence[str]] | None = None) -> None:
        grants = scope_grants(scope_hierarchy or {})
        self.rules = tuple(CompiledRule(index, rule, grants) for index, rule in enumerate(rules))
        self.hierarchy = {k: tuple(v) for k, v in (scope_hierarchy or {}).items()}
        self._upstreams: dict[str, UpstreamPolicy] = {}

    @classmethod
    def from_config(cls, config: Config) -> Policy | None:
        """None when the config has no `policy` section (only allowed with `auth: none`)."""
        if config.policy is None:
            return None
        hierarchy = config.auth.scope_hierarchy if isinstance(config.auth, Auth) else {}
        return cls([entry.allow for entry in config.policy], hierarchy)

    def for_upstream(self, upstream: str) -> UpstreamPolicy:
        found = self._upstreams.get(upstream)
        if found is None:
            found = self._upstreams[upstream] = UpstreamPolicy(upstream, self.rules)
        return found

    def decide(self, principal: Principal, upstream: str, kind: Kind, name: str) -> Decision:
        return self.for_upstream(upstream).decide(principal, kind, name)

    def explain(self, principal: Principal, upstream: str, kind: Kind, name: str) -> Explanation:
        checks = tuple(self._check(rule, principal, upstream, kind, name) for rule in self.rules)
        return Explanation(upstream=upstream, kind=kind, name=name, principal=principal,
                           decision=self.decide(principal, upstream, kind, name), checks=checks,
                           implied=sorted(implied_scopes(principal.scopes, self.hierarchy)
                                          - principal.scopes))

    @staticmethod
    def _check(rule: CompiledRule, principal: Principal, upstream: str, kind: Kind,
               name: str) -> RuleCheck:
        return RuleCheck(
            index=rule.index, summary=rule.describe(),
            upstream_matches=rule.applies_to(upstream), name_matches=rule.matches(kind, name),
            missing_scopes=rule.missing_scopes(principal.scopes),
            failed_claims=tuple(
                _claim_failure(claim, accepted, principal.claims)
                for claim, accepted in rule.claims
                if not claim_holds(principal.claims, claim, accepted)
            ),
            mfa=has_mfa(principal.claims) if rule.mfa else None,
        )


# -- explanations (for `mcpwarden policy explain`) ------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleCheck:
    """Why one rule does or does not allow the request. `mfa` is None when not required."""

    index: int
    summary: str
    upstream_matches: bool
    name_matches: bool
    missing_scopes: tuple[str, ...]
    failed_claims: tuple[str, ...]
    mfa: bool | None

    @property
    def allows(self) -> bool:
        return (self.upstream_matches and self.name_matches and not self.missing_scopes
                and not self.failed_claims and self.mfa is not False)


@dataclass(frozen=True, slots=True)
class Explanation:
    upstream: str
    kind: Kind
    name: str
    principal: Principal
    decision: Decision
    checks: tuple[RuleCheck, ...]
    implied: list[str] = field(default_factory=list)

    def lines(self) -> Iterator[str]:
        principal = self.principal
        yield (f"caller: sub={principal.subject!r} iss={principal.issuer!r} "
               f"scopes={sorted(principal.scopes)}"
               + (f" (implied: {self.implied})" if self.implied else ""))
        claims = principal.claims
        yield f"        amr={claims.get('amr')!r} acr={claims.get('acr')!r}"
        yield f"request: {self.kind} {self.name!r} on upstream {self.upstream!r}"
        yield ""
        if not self.checks:
            yield "The policy has no rules."
        for check in self.checks:
            yield from self._rule_lines(check)
        yield ""
        yield self.verdict()

    def _rule_lines(self, check: RuleCheck) -> Iterator[str]:
        mark = "ALLOWS" if check.allows else "no"
        yield f"policy[{check.index}] ({check.summary}): {mark}"
        if not check.upstream_matches:
            yield f"    - upstream {self.upstream!r} does not match"
            return
        if not check.name_matches:
            yield f"    - {self.kind} {self.name!r} does not match its {RULE_FIELD[self.kind]}"
            return
        yield f"    + {self.kind} {self.name!r} matches"
        if check.missing_scopes:
            yield f"    - scopes missing: {' '.join(check.missing_scopes)}"
        for failure in check.failed_claims:
            yield f"    - claim {failure}"
        if check.mfa is False:
            yield ("    - multi-factor authentication required: the token's amr shows none of "
                   f"{sorted(MFA_AMR_VALUES)} and its acr is not a multi-factor level")
        elif check.mfa:
            yield "    + multi-factor authentication shown"

    def verdict(self) -> str:
        decision = self.decision
        if decision.allowed:
            return f"ALLOWED by policy[{decision.rule}]"
        if decision.scopes_only:
            return (f"DENIED (insufficient_scope): policy[{decision.rule}] allows it with a token "
                    f"holding scope=\"{' '.join(decision.scopes)}\" (the gateway answers 403 "
                    "with that step-up challenge)")
        if decision.mfa_only:
            return (f"DENIED (insufficient_user_authentication): policy[{decision.rule}] allows "
                    "it after multi-factor authentication (the gateway answers 401 with an "
                    "RFC 9470 step-up challenge)")
        return (f"DENIED ({self.kind}_not_allowed): no rule allows it for this caller "
                "(default deny)")


# -- scopes ----------------------------------------------------------------------------------------


def scope_grants(hierarchy: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """scope → every scope that grants it: itself and each scope that implies it, directly or
    through a chain of implications. Cycles are harmless."""
    grants: dict[str, set[str]] = {}
    for broad in hierarchy:
        for narrow in _reachable(broad, hierarchy):
            grants.setdefault(narrow, {narrow}).add(broad)
    return {scope: frozenset(granted_by) for scope, granted_by in grants.items()}


def implied_scopes(held: Iterable[str], hierarchy: Mapping[str, Sequence[str]]) -> set[str]:
    """The scopes held plus everything they imply."""
    result = set(held)
    for scope in list(result):
        result |= _reachable(scope, hierarchy)
    return result


def _reachable(start: str, hierarchy: Mapping[str, Sequence[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(hierarchy.get(start, ()))
    while stack:
        scope = stack.pop()
        if scope not in seen:
            seen.add(scope)
            stack.extend(hierarchy.get(scope, ()))
    return seen


def scopes_supported(config: Config, upstream: str) -> list[str]:
    """RFC 9728 `scopes_supported` for an upstream: the scopes of the rules that can match it."""
    rules = config.policy or []
    return sorted({scope for entry in rules if fnmatchcase(upstream, entry.allow.upstream)
                   for scope in entry.allow.scopes} - NOT_ADVERTISED)


# -- claims ----------------------------------------------------------------------------------------


def claim_value(claims: Mapping[str, Any], name: str) -> Any:
    """A claim by name; a dotted name not present as such is followed into nested objects."""
    if name in claims:
        return claims[name]
    value: Any = claims
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def claim_holds(claims: Mapping[str, Any], name: str, accepted: frozenset[str]) -> bool:
    value = claim_value(claims, name)
    if isinstance(value, list):
        return any(_is_accepted(item, accepted) for item in value)
    return _is_accepted(value, accepted)


def _is_accepted(value: Any, accepted: frozenset[str]) -> bool:
    if isinstance(value, bool):
        return ("true" if value else "false") in accepted
    if isinstance(value, str | int):
        return str(value) in accepted
    return False


def _claim_failure(name: str, accepted: frozenset[str], claims: Mapping[str, Any]) -> str:
    wanted = next(iter(accepted)) if len(accepted) == 1 else f"one of {sorted(accepted)}"
    return f"{name}: needs {wanted!s}, the token has {claim_value(claims, name)!r}"


def has_mfa(claims: Mapping[str, Any]) -> bool:
    amr = claims.get("amr")
    if isinstance(amr, list) and any(isinstance(m, str) and m in MFA_AMR_VALUES for m in amr):
        return True
    acr = claims.get("acr")
    return isinstance(acr, str) and acr in MFA_ACR_VALUES


# -- tokens, for explaining only ---------------------------------------------------------------


def unverified_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, decoded WITHOUT checking anything (signature, issuer, expiry).
    Only for explaining a policy decision; the gateway itself never does this. ValueError when
    it is not a JWT."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise ValueError("the token is not a JWT (three base64url parts separated by dots)")
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        claims = json.loads(payload)
    except (binascii.Error, ValueError):
        raise ValueError("the token's payload is not base64url-encoded JSON") from None
    if not isinstance(claims, dict):
        raise ValueError("the token's payload is not a JSON object of claims")
    return claims


def principal_from_claims(claims: Mapping[str, Any]) -> Principal:
    """The principal the gateway would build from these claims (scopes from `scope`/`scp`)."""
    scopes: set[str] = set()
    for name in ("scope", "scp"):
        value = claims.get(name)
        if isinstance(value, str):
            scopes.update(value.split())
        elif isinstance(value, list):
            scopes.update(item for item in value if isinstance(item, str))
    return Principal(issuer=str(claims.get("iss", "")), subject=str(claims.get("sub", "")),
                     claims=dict(claims), scopes=frozenset(scopes))


# -- globs -----------------------------------------------------------------------------------------


def _glob(pattern: str) -> re.Pattern[str]:
    return re.compile(translate(pattern))


def _globs(patterns: Sequence[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{translate(p)})" for p in patterns))
