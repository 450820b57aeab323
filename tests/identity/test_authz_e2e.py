"""Authorization end to end: a real gateway with a policy, dev issuer tokens, the fixture upstream.

Checklist RS-07 (401 scope), RS-12/RS-13 (403 insufficient_scope naming every needed scope, then
success with them), RS-14 (scope hierarchy), RS-16 (no offline_access), default deny on calls
and lists in both eras, claims and MFA conditions, and `mcpwarden policy explain`.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
import yaml
from mcp.shared.exceptions import MCPError
from support import ACCEPT, PYTHON, client_with_token, everything_server, gateway

from mcpwarden.identity.devissuer import DevIssuer

MODES = ["legacy", "2026-07-28"]
MODERN = "2026-07-28"
POLICY = [
    {"allow": {"upstream": "everything", "tools": ["test_simple_text"], "scopes": ["files.read"]}},
    {"allow": {"upstream": "everything", "tools": ["test_image_content"],
               "scopes": ["files.write", "files.read"]}},
    {"allow": {"upstream": "everything", "tools": ["test_audio_content"],
               "require": {"mfa": True}}},
    {"allow": {"upstream": "everything", "tools": ["test_embedded_resource"],
               "claims": {"groups": ["eng", "ops"]}}},
    {"allow": {"upstream": "everything", "resources": ["test://static-*"],
               "prompts": ["test_simple_prompt"], "scopes": ["files.read"]}},
    {"allow": {"upstream": "ev*", "tools": ["test_error_handling"], "scopes": ["audit.read"]}},
]
HIERARCHY = {"admin": ["files.write"], "files.write": ["files.read"]}


class World:
    def __init__(self, base: str, dev: DevIssuer, config_path: Path) -> None:
        self.base = base
        self.dev = dev
        self.config_path = config_path
        self.url = f"{base}/mcp/everything"

    def token(self, *scopes: str, **claims: Any) -> str:
        return self.dev.mint("alice", audience=self.url, scopes=scopes, claims=claims)

    def post(self, body: dict[str, Any], token: str, **headers: str) -> httpx.Response:
        return httpx.post(self.url, json=body, timeout=10,
                          headers={**ACCEPT, "authorization": f"Bearer {token}", **headers})


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("authz")
    config: dict[str, Any] = {
        "auth": {"dev_issuer": {"dir": str(tmp / "dev")}, "scope_hierarchy": HIERARCHY},
        "policy": POLICY,
    }
    with everything_server() as upstream:
        config["upstreams"] = {"everything": {"url": upstream}}
        with gateway(config, tmp) as base:
            config_path = tmp / "explain.yaml"
            listen = base.removeprefix("http://")
            config_path.write_text(yaml.safe_dump({**config, "listen": listen}))
            yield World(base, DevIssuer(tmp / "dev", f"{base}/dev-issuer"), config_path)


def reason(caught: pytest.ExceptionInfo[MCPError]) -> str:
    data = caught.value.error.data
    assert isinstance(data, dict)
    return str(data["reason"])


def challenge_params(value: str) -> dict[str, str]:
    assert value.startswith("Bearer ")
    return dict(re.findall(r'(\w+)="([^"]*)"', value))


# -- calls and lists, both eras ----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_allowed_tool_works_and_others_are_denied_and_unlisted(
        world: World, mode: str) -> None:
    async with client_with_token(world.url, world.token("files.read"), mode) as client:
        listed = {tool.name for tool in (await client.list_tools()).tools}
        # allowed, and reachable by a step-up to more scopes or to MFA; nothing else
        assert listed == {"test_simple_text", "test_image_content", "test_error_handling",
                          "test_audio_content"}
        result = await client.call_tool("test_simple_text", {})
        assert not result.is_error
        with pytest.raises(MCPError) as caught:
            await client.call_tool("test_multiple_content_types", {})
        assert reason(caught) == "tool_not_allowed"
        assert "test_simple_text" not in caught.value.error.message


@pytest.mark.parametrize("mode", MODES)
async def test_resources_and_prompts_are_filtered_and_denied(world: World, mode: str) -> None:
    async with client_with_token(world.url, world.token("files.read"), mode) as client:
        uris = {str(r.uri) for r in (await client.list_resources()).resources}
        assert uris == {"test://static-text", "test://static-binary"}
        assert (await client.list_resource_templates()).resource_templates == []
        assert {p.name for p in (await client.list_prompts()).prompts} == {"test_simple_prompt"}
        assert (await client.read_resource("test://static-text")).contents
        with pytest.raises(MCPError) as caught:
            await client.read_resource("test://watched-resource")
        assert reason(caught) == "resource_not_allowed"
        with pytest.raises(MCPError) as caught:
            await client.get_prompt("test_prompt_with_arguments", {"arg1": "a", "arg2": "b"})
        assert reason(caught) == "prompt_not_allowed"


def test_completion_for_a_forbidden_prompt_is_denied(world: World) -> None:
    token = world.token("files.read")
    session = open_session(world, token)
    body = {"jsonrpc": "2.0", "id": 5, "method": "completion/complete", "params": {
        "ref": {"type": "ref/prompt", "name": "test_prompt_with_arguments"},
        "argument": {"name": "arg1", "value": "pa"}}}
    resp = world.post(body, token, **legacy_headers(session))
    assert resp.status_code == 200
    assert resp.json()["error"]["data"]["reason"] == "prompt_not_allowed"


# -- step-up (RS-12, RS-13) and hierarchy (RS-14) ---------------------------------------------


def open_session(world: World, token: str) -> str:
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"}}}
    resp = world.post(init, token)
    assert resp.status_code == 200, resp.text
    session: str = resp.headers["mcp-session-id"]
    return session


def legacy_headers(session: str) -> dict[str, str]:
    return {"mcp-session-id": session, "mcp-protocol-version": "2025-11-25"}


def call(name: str, id: int = 2) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": id, "method": "tools/call",
            "params": {"name": name, "arguments": {}}}


def modern_call(name: str) -> tuple[dict[str, Any], dict[str, str]]:
    body = call(name)
    body["params"]["_meta"] = {"io.modelcontextprotocol/protocolVersion": MODERN,
                               "io.modelcontextprotocol/clientCapabilities": {}}
    return body, {"mcp-protocol-version": MODERN, "mcp-method": "tools/call", "mcp-name": name}


def test_missing_scope_gets_one_challenge_with_every_scope_then_succeeds(world: World) -> None:
    first = world.token("files.read")
    session = open_session(world, first)
    refused = world.post(call("test_image_content"), first, **legacy_headers(session))
    assert refused.status_code == 403, refused.text
    params = challenge_params(refused.headers["www-authenticate"])
    assert params["error"] == "insufficient_scope"
    assert params["scope"].split() == ["files.read", "files.write"]
    assert params["resource_metadata"] == (
        f"{world.base}/.well-known/oauth-protected-resource/mcp/everything")
    assert params["error_description"]
    assert refused.json()["error"]["data"]["reason"] == "insufficient_scope"
    # the client re-authorizes with the union of what it had and what was challenged (RS-13)
    stepped_up = world.token(*sorted({"files.read", *params["scope"].split()}))
    done = world.post(call("test_image_content", 3), stepped_up, **legacy_headers(session))
    assert done.status_code == 200, done.text
    assert "result" in done.json() and not done.json()["result"].get("isError")


def test_modern_step_up(world: World) -> None:
    body, headers = modern_call("test_image_content")
    refused = world.post(body, world.token(), **headers)
    assert refused.status_code == 403
    assert challenge_params(refused.headers["www-authenticate"])["scope"] == (
        "files.read files.write")
    done = world.post(body, world.token("files.read", "files.write"), **headers)
    assert done.status_code == 200 and "result" in done.json(), done.text


def test_a_broader_scope_from_the_hierarchy_passes(world: World) -> None:
    admin = world.token("admin")  # admin → files.write → files.read
    for tool in ("test_image_content", "test_simple_text"):
        body, headers = modern_call(tool)
        resp = world.post(body, admin, **headers)
        assert resp.status_code == 200 and "result" in resp.json(), resp.text


# -- MFA and claims --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claims", "allowed"), [({"amr": ["pwd"]}, False), ({"amr": ["mfa"]}, True)])
async def test_mfa_only_tool(world: World, claims: dict[str, Any], allowed: bool) -> None:
    async with client_with_token(world.url, world.token(**claims), MODERN) as client:
        listed = {tool.name for tool in (await client.list_tools()).tools}
        assert "test_audio_content" in listed  # reachable with a second factor
        if allowed:
            assert not (await client.call_tool("test_audio_content", {})).is_error


def test_missing_mfa_gets_an_rfc9470_step_up_challenge(world: World) -> None:
    body, headers = modern_call("test_audio_content")
    refused = world.post(body, world.token(amr=["pwd"]), **headers)
    assert refused.status_code == 401, refused.text
    params = challenge_params(refused.headers["www-authenticate"])
    assert params["error"] == "insufficient_user_authentication"
    assert "phr" in params["acr_values"].split()
    assert params["resource_metadata"].endswith("/oauth-protected-resource/mcp/everything")
    assert refused.json()["error"]["data"]["reason"] == "insufficient_user_authentication"
    done = world.post(body, world.token(acr="phr"), **headers)
    assert done.status_code == 200 and "result" in done.json(), done.text


@pytest.mark.parametrize(("groups", "allowed"), [(["sales"], False), (["sales", "ops"], True)])
async def test_group_claim_condition(world: World, groups: list[str], allowed: bool) -> None:
    async with client_with_token(world.url, world.token(groups=groups), "legacy") as client:
        if allowed:
            assert not (await client.call_tool("test_embedded_resource", {})).is_error
        else:
            with pytest.raises(MCPError) as caught:
                await client.call_tool("test_embedded_resource", {})
            assert reason(caught) == "tool_not_allowed"


# -- metadata and 401 challenges (RS-07, RS-16) ------------------------------------------------


def test_metadata_lists_the_policy_scopes(world: World) -> None:
    resp = httpx.get(f"{world.base}/.well-known/oauth-protected-resource/mcp/everything")
    assert resp.status_code == 200
    assert resp.json()["scopes_supported"] == ["audit.read", "files.read", "files.write"]


def test_401_challenge_suggests_the_scopes(world: World) -> None:
    resp = httpx.post(world.url, json=call("test_simple_text"), headers=ACCEPT)
    assert resp.status_code == 401
    params = challenge_params(resp.headers["www-authenticate"])
    assert params["scope"] == "audit.read files.read files.write"
    assert "error" not in params
    expired = world.dev.mint("alice", audience=world.url, ttl=-600)
    resp = world.post(call("test_simple_text"), expired)
    params = challenge_params(resp.headers["www-authenticate"])
    assert resp.status_code == 401 and params["error"] == "invalid_token" and params["scope"]


# -- mcpwarden policy explain ----------------------------------------------------------------------


def explain(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "mcpwarden", "policy", "explain", "-c", str(world.config_path), *args],
        capture_output=True, text=True, timeout=30, check=False,
    )


def test_policy_explain(world: World, tmp_path: Path) -> None:
    allowed = explain(world, "--token", world.token("admin"), "--upstream", "everything",
                      "--tool", "test_simple_text")
    assert allowed.returncode == 0, allowed.stderr
    assert "NOT verified" in allowed.stdout and "ALLOWED by policy[0]" in allowed.stdout
    assert "implied: ['files.read', 'files.write']" in allowed.stdout

    token_file = tmp_path / "token"
    token_file.write_text(world.token("files.read") + "\n")
    denied = explain(world, "--token-file", str(token_file), "--upstream", "everything",
                     "--tool", "test_image_content")
    assert denied.returncode == 1
    assert "scopes missing: files.write" in denied.stdout
    verdict = 'DENIED (insufficient_scope): policy[1] allows it with a token holding scope="'
    assert verdict + 'files.read files.write"' in denied.stdout

    mfa = explain(world, "--token", world.token(), "--upstream", "everything", "--tool",
                  "test_audio_content")
    assert mfa.returncode == 1 and "multi-factor authentication required" in mfa.stdout
    other = explain(world, "--token", world.token(), "--upstream", "everything", "--resource",
                    "test://watched-resource")
    assert other.returncode == 1 and "DENIED (resource_not_allowed)" in other.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--token", "x.y.z", "--upstream", "nope", "--tool", "t"], "--upstream nope: no such"),
        (["--token", "garbage", "--upstream", "everything", "--tool", "t"], "not a JWT"),
        (["--token-file", "/nonexistent", "--upstream", "everything", "--tool", "t"],
         "--token-file /nonexistent"),
        (["--token", "x", "--upstream", "everything"], "one of the arguments"),
    ],
)
def test_policy_explain_usage_errors_exit_2(world: World, args: list[str], message: str) -> None:
    done = explain(world, *args)
    assert done.returncode == 2 and message in done.stderr
