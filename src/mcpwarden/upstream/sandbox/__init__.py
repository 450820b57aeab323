"""Sandboxed local MCP servers: bubblewrap namespaces, a seccomp filter, rlimits, egress proxy."""

from mcpwarden.upstream.sandbox.runner import Sandbox, SandboxUnavailable
from mcpwarden.upstream.sandbox.settings import NetworkAllow, SandboxSettings, sandbox_problems

__all__ = ["NetworkAllow", "Sandbox", "SandboxSettings", "SandboxUnavailable", "sandbox_problems"]
