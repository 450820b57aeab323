"""The policy engine (identity/policy.py), its config checks, and the authz guard on messages."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from mcpwarden.config import ConfigError, Rule, from_dict
from mcpwarden.guards.authz import AuthzGuard
from mcpwarden.guards.base import Deny, Exchange, Rewrite
from mcpwarden.guards.registry import build_chain
from mcpwarden.identity.policy import (
    DENY,
    Decision,
    Policy,
    implied_scopes,
    principal_from_claims,
    scope_grants,
    unverified_claims,
)
from mcpwarden.identity.principal import ANONYMOUS, Principal
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era

URL = "http://127.0.0.1:9/mcp"


def rule(**fields: Any) -> Rule:
    return msgspec.convert(fields, Rule)


def caller(*scopes: str, **claims: Any) -> Principal:
    return Principal(issuer="https://idp.test", subject="alice", claims=claims,
                     scopes=frozenset(scopes))


# -- globs and default deny ------------------------------------------------------------------------


def test_default_deny_without_rules() -> None:
    assert Policy([]).decide(caller("x"), "files", "tool", "read") == DENY


def test_tool_globs_are_shell_globs_and_case_sensitive() -> None:
    policy = Policy([rule(tools=["read_*", "list_?"])])
    assert policy.decide(caller(), "files", "tool", "read_file").allowed
    assert policy.decide(caller(), "files", "tool", "list_x").allowed
    assert not policy.decide(caller(), "files", "tool", "list_xy").allowed
    assert not policy.decide(caller(), "files", "tool", "READ_file").allowed
    assert not policy.decide(caller(), "files", "tool", "unread_file").allowed


def test_kinds_are_separate_and_an_empty_list_matches_nothing() -> None:
    policy = Policy([rule(resources=["file:///docs/*"], prompts=["summarize"])])
    assert policy.decide(caller(), "u", "resource", "file:///docs/a/b.md").allowed  # * spans /
    assert not policy.decide(caller(), "u", "resource", "file:///etc/passwd").allowed
    assert policy.decide(caller(), "u", "prompt", "summarize").allowed
    assert not policy.decide(caller(), "u", "tool", "summarize").allowed


def test_upstream_glob() -> None:
    policy = Policy([rule(upstream="files-*", tools=["*"])])
    assert policy.decide(caller(), "files-eu", "tool", "x").allowed
    assert not policy.decide(caller(), "tickets", "tool", "x").allowed


def test_the_deciding_rule_is_the_first_that_allows() -> None:
    policy = Policy([
        rule(tools=["write"], scopes=["w"]),
        rule(tools=["*"], scopes=["r"]),
        rule(tools=["write"]),
    ])
    assert policy.decide(caller("r"), "u", "tool", "write") == Decision(allowed=True, rule=1)
    assert policy.decide(caller("w", "r"), "u", "tool", "write").rule == 0
    assert policy.decide(caller(), "u", "tool", "write").rule == 2


# -- scopes and hierarchy --------------------------------------------------------------------------


def test_every_scope_of_a_rule_is_needed_and_a_denial_names_them_all() -> None:
    policy = Policy([rule(tools=["write"], scopes=["files.write", "files.read"])])
    assert policy.decide(caller("files.read", "files.write"), "u", "tool", "write").allowed
    decision = policy.decide(caller("files.read"), "u", "tool", "write")
    assert decision == Decision(allowed=False, rule=0, scopes_only=True,
                                scopes=("files.read", "files.write"))


def test_step_up_picks_the_rule_with_fewest_missing_scopes() -> None:
    policy = Policy([
        rule(tools=["t"], scopes=["a", "b", "c"]),
        rule(tools=["t"], scopes=["a", "d"]),
    ])
    decision = policy.decide(caller("a"), "u", "tool", "t")
    assert (decision.rule, decision.scopes) == (1, ("a", "d"))


def test_hierarchy_direct_and_transitive() -> None:
    hierarchy = {"admin": ["files.write"], "files.write": ["files.read"]}
    policy = Policy([rule(tools=["read"], scopes=["files.read"])], hierarchy)
    assert policy.decide(caller("files.write"), "u", "tool", "read").allowed
    assert policy.decide(caller("admin"), "u", "tool", "read").allowed
    assert not policy.decide(caller("other"), "u", "tool", "read").allowed


def test_hierarchy_does_not_run_upwards() -> None:
    policy = Policy([rule(tools=["*"], scopes=["admin"])], {"admin": ["files.read"]})
    assert not policy.decide(caller("files.read"), "u", "tool", "x").allowed


def test_hierarchy_cycles_are_harmless() -> None:
    hierarchy = {"a": ["b"], "b": ["c"], "c": ["a"]}
    assert scope_grants(hierarchy)["a"] == frozenset({"a", "b", "c"})
    assert implied_scopes({"b"}, hierarchy) == {"a", "b", "c"}
    policy = Policy([rule(tools=["*"], scopes=["a"])], hierarchy)
    assert policy.decide(caller("c"), "u", "tool", "x").allowed


# -- claims and MFA --------------------------------------------------------------------------------


def test_string_claim_must_equal() -> None:
    policy = Policy([rule(tools=["*"], claims={"tenant": "acme"})])
    assert policy.decide(caller(tenant="acme"), "u", "tool", "x").allowed
    assert not policy.decide(caller(tenant="acme-evil"), "u", "tool", "x").allowed
    assert not policy.decide(caller(), "u", "tool", "x").allowed


def test_list_claim_must_contain_and_a_list_of_values_means_any() -> None:
    policy = Policy([rule(tools=["*"], claims={"groups": ["eng", "ops"]})])
    assert policy.decide(caller(groups=["sales", "ops"]), "u", "tool", "x").allowed
    assert policy.decide(caller(groups="eng"), "u", "tool", "x").allowed
    assert not policy.decide(caller(groups=["sales"]), "u", "tool", "x").allowed
    assert not policy.decide(caller(groups={"eng": True}), "u", "tool", "x").allowed


def test_all_claim_conditions_must_hold_and_dotted_names_reach_nested_claims() -> None:
    policy = Policy([rule(tools=["*"], claims={"realm_access.roles": "admin", "tenant": "a"})])
    nested = {"realm_access": {"roles": ["user", "admin"]}}
    assert policy.decide(caller(tenant="a", **nested), "u", "tool", "x").allowed
    assert not policy.decide(caller(tenant="b", **nested), "u", "tool", "x").allowed


def test_non_string_claim_values() -> None:
    policy = Policy([rule(tools=["*"], claims={"email_verified": "true", "level": "3"})])
    assert policy.decide(caller(email_verified=True, level=3), "u", "tool", "x").allowed
    assert not policy.decide(caller(email_verified=False, level=3), "u", "tool", "x").allowed


@pytest.mark.parametrize(
    ("claims", "allowed"),
    [
        ({}, False),
        ({"amr": ["pwd"]}, False),
        ({"amr": "mfa"}, False),  # amr is a list per RFC 8176
        ({"amr": ["mfa"]}, True),
        ({"amr": ["pwd", "otp"]}, True),
        ({"amr": ["hwk"]}, True),
        ({"acr": "phrh"}, True),
        ({"acr": "http://schemas.openid.net/pape/policies/2007/06/multi-factor"}, True),
        ({"acr": "1"}, False),
    ],
)
def test_mfa_via_amr_or_acr(claims: dict[str, Any], allowed: bool) -> None:
    policy = Policy([rule(tools=["*"], require={"mfa": True})])
    assert policy.decide(caller(**claims), "u", "tool", "x").allowed is allowed


def test_missing_mfa_or_claims_is_not_a_step_up() -> None:
    policy = Policy([rule(tools=["t"], scopes=["s"], require={"mfa": True})])
    assert policy.decide(caller(), "u", "tool", "t") == DENY
    assert policy.decide(caller(amr=["mfa"]), "u", "tool", "t").scopes_only


def test_missing_mfa_alone_is_an_mfa_step_up() -> None:
    policy = Policy([rule(tools=["t"], scopes=["s"], claims={"team": "ops"},
                          require={"mfa": True})])
    step_up = policy.decide(caller("s", team="ops"), "u", "tool", "t")
    assert step_up.mfa_only and not step_up.allowed and not step_up.scopes_only
    assert policy.decide(caller("s", team="sales"), "u", "tool", "t") == DENY
    assert policy.decide(caller("s", team="ops", amr=["otp"]), "u", "tool", "t").allowed


def test_visible_means_allowed_or_reachable_by_step_up() -> None:
    policy = Policy([rule(tools=["r"]), rule(tools=["w"], scopes=["w"]),
                     rule(tools=["m"], require={"mfa": True})]).for_upstream("u")
    assert [policy.visible(caller(), "tool", n) for n in ("r", "w", "m", "z")] == [
        True, True, True, False]
    assert policy.scopes == ["w"]


def test_name_memo_is_bounded() -> None:
    policy = Policy([rule(tools=["*"])]).for_upstream("u")
    for index in range(5000):
        policy.decide(caller(), "tool", f"t{index}")
    assert len(policy._memo["tool"]) == 4096


# -- explain ---------------------------------------------------------------------------------------


def test_explain_agrees_with_decide_and_says_why() -> None:
    policy = Policy([
        rule(upstream="other", tools=["*"]),
        rule(tools=["write"], scopes=["files.write"], claims={"groups": "eng"},
             require={"mfa": True}),
        rule(tools=["read"]),
    ])
    explanation = policy.explain(caller(groups=["sales"]), "files", "tool", "write")
    assert explanation.decision == DENY
    first, second, third = explanation.checks
    assert not first.upstream_matches
    assert second.name_matches and second.missing_scopes == ("files.write",)
    assert second.failed_claims and second.mfa is False
    assert not third.name_matches
    text = "\n".join(explanation.lines())
    assert "scopes missing: files.write" in text and "claim groups" in text
    assert "multi-factor" in text and "DENIED (tool_not_allowed)" in text


def test_unverified_claims_and_principal() -> None:
    token = "e30." + "eyJzdWIiOiJhIiwic2NvcGUiOiJ4IHkiLCJzY3AiOlsieiJdfQ" + ".sig"
    principal = principal_from_claims(unverified_claims(token))
    assert principal.subject == "a" and principal.scopes == {"x", "y", "z"}
    for bad in ("nope", "a.!!!.c", "a.WzFd.c"):
        with pytest.raises(ValueError):
            unverified_claims(bad)


# -- config ----------------------------------------------------------------------------------------


def config(**extra: Any) -> dict[str, Any]:
    return {"auth": {"dev_issuer": {"dir": "/nonexistent"}},
            "upstreams": {"files": {"url": URL}}, **extra}


def test_token_auth_requires_a_policy_and_the_error_shows_an_example() -> None:
    with pytest.raises(ConfigError, match=r"^policy: missing") as caught:
        from_dict(config())
    assert "allow: {upstream: files" in str(caught.value)
    from_dict(config(policy=[]))  # explicit deny-all is fine


@pytest.mark.parametrize(
    ("allow", "message"),
    [
        ({"scopes": ["x"]}, r"policy\[0\]\.allow: the rule allows nothing"),
        ({"tools": [""]}, r"policy\[0\]\.allow\.tools: an empty pattern"),
        ({"upstream": "fils", "tools": ["*"]}, r"'fils' matches no upstream \(known: files\)"),
        ({"tools": ["*"], "scopes": ["offline_access"]}, r"\.scopes: 'offline_access'"),
        ({"tools": ["*"], "scopes": ['a"b']}, r"\.scopes: 'a\"b' is not a usable scope"),
        ({"tools": ["*"], "claims": {"groups": []}}, r"\.claims: 'groups' needs"),
        ({"tools": ["*"], "unknown": 1}, r"policy\[0\]\.allow: object contains unknown field"),
    ],
)
def test_bad_rules_are_config_errors_naming_the_key(allow: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        from_dict(config(policy=[{"allow": allow}]))


def test_auth_none_needs_no_policy_and_refuses_conditions_it_cannot_check() -> None:
    plain = {"auth": "none", "upstreams": {"files": {"url": URL}}}
    assert build_chain(from_dict(plain), "files").names == [
        "limits", "pins", "arguments", "content", "leakage", "methods", "size", "request_state"]
    with pytest.raises(ConfigError, match=r"policy\[0\]\.allow: with `auth: none`"):
        from_dict({**plain, "policy": [{"allow": {"tools": ["*"], "scopes": ["s"]}}]})


def test_authz_runs_first_unless_the_chain_places_it() -> None:
    policy = [{"allow": {"tools": ["*"]}}]
    assert build_chain(from_dict(config(policy=policy)), "files").names == [
        "authz", "limits", "pins", "arguments", "content", "leakage", "methods", "size",
        "request_state"]
    placed = from_dict(config(policy=policy, chain=["size", "authz", "request_state"]))
    assert build_chain(placed, "files").names == [
        "size", "authz", "limits", "pins", "arguments", "content", "leakage", "request_state"]
    with pytest.raises(ConfigError, match="'authz' is listed but there is no `policy`"):
        build_chain(from_dict({"auth": "none", "upstreams": {"files": {"url": URL}},
                               "chain": ["authz"]}), "files")
    with pytest.raises(ConfigError, match=r"guards\.authz: the authz guard takes no settings"):
        build_chain(from_dict(config(policy=policy, guards={"authz": {"x": 1}})), "files")


# -- the guard on real messages --------------------------------------------------------------------

GUARD_CONFIG = config(policy=[
    {"allow": {"tools": ["read"], "resources": ["test://ok*"], "prompts": ["p"]}},
    {"allow": {"tools": ["write"], "scopes": ["files.write", "files.read"]}},
])


def guard() -> AuthzGuard:
    return AuthzGuard.for_upstream(from_dict(GUARD_CONFIG), "files")


def exchange(principal: Principal = ANONYMOUS, request: jsonrpc.Message | None = None) -> Exchange:
    return Exchange(upstream="files", era=Era.LEGACY, transport="http",
                    protocol_version="2025-11-25", principal=principal, request=request)


@pytest.mark.parametrize(
    ("method", "params", "reason"),
    [
        ("tools/call", {"name": "read"}, None),
        ("tools/call", {"name": "delete"}, "tool_not_allowed"),
        ("resources/read", {"uri": "test://ok/1"}, None),
        ("resources/subscribe", {"uri": "test://secret"}, "resource_not_allowed"),
        ("prompts/get", {"name": "q"}, "prompt_not_allowed"),
        ("completion/complete", {"ref": {"type": "ref/prompt", "name": "p"}}, None),
        ("completion/complete", {"ref": {"type": "ref/prompt", "name": "q"}},
         "prompt_not_allowed"),
        ("completion/complete", {"ref": {"type": "ref/resource", "uri": "test://no"}},
         "resource_not_allowed"),
        ("completion/complete", {"ref": {"type": "ref/other"}}, "invalid_params"),
        ("tools/call", {"name": 7}, "invalid_params"),
        ("tools/list", {}, None),
        ("ping", {}, None),
    ],
)
async def test_guard_inbound(method: str, params: dict[str, Any], reason: str | None) -> None:
    decision = await guard().inbound(exchange(), jsonrpc.request(1, method, params))
    if reason is None:
        assert decision is None
    else:
        assert isinstance(decision, Deny) and decision.reason == reason
        assert "read" not in decision.message or method != "tools/call"  # names no other tool


async def test_guard_step_up_challenge() -> None:
    msg = jsonrpc.request(1, "tools/call", {"name": "write"})
    decision = await guard().inbound(exchange(caller("files.read")), msg)
    assert isinstance(decision, Deny) and decision.http_status == 403
    assert decision.reason == "insufficient_scope"
    (name, value), = decision.headers
    assert name == "www-authenticate"
    assert value.startswith('Bearer error="insufficient_scope", scope="files.read files.write", '
                            'resource_metadata="http://127.0.0.1:8765/.well-known/oauth-'
                            'protected-resource/mcp/files", error_description="')


async def test_guard_filters_lists_keeping_everything_else() -> None:
    request = jsonrpc.request(2, "tools/list", {})
    tools = [{"name": "read"}, {"name": "write"}, {"name": "secret"}, "junk", {"nam": "x"}]
    reply = jsonrpc.result(2, {"tools": tools, "nextCursor": "c2", "ttlMs": 5,
                               "cacheScope": "public"})
    decision = await guard().outbound(exchange(caller(), request), reply)
    assert isinstance(decision, Rewrite)
    assert decision.message.id == 2
    assert decision.message.result == {"tools": [{"name": "read"}, {"name": "write"}],
                                       "nextCursor": "c2", "ttlMs": 5, "cacheScope": "private"}


async def test_guard_list_edge_cases() -> None:
    templates = jsonrpc.request(3, "resources/templates/list", {})
    reply = jsonrpc.result(3, {"resourceTemplates": [{"uriTemplate": "test://ok/{id}"},
                                                     {"uriTemplate": "test://no/{id}"}]})
    decision = await guard().outbound(exchange(caller(), templates), reply)
    assert isinstance(decision, Rewrite)
    assert decision.message.result["resourceTemplates"] == [{"uriTemplate": "test://ok/{id}"}]
    everything_kept = jsonrpc.result(3, {"resourceTemplates": [{"uriTemplate": "test://ok"}]})
    assert await guard().outbound(exchange(caller(), templates), everything_kept) is None
    broken = jsonrpc.result(3, {"resourceTemplates": {"not": "a list"}})
    denied = await guard().outbound(exchange(caller(), templates), broken)
    assert isinstance(denied, Deny) and denied.reason == "upstream_invalid_reply"
    call = jsonrpc.request(4, "tools/call", {"name": "read"})
    assert await guard().outbound(exchange(caller(), call), jsonrpc.result(4, {})) is None
