"""The chain: small guards, each with one job, run in the order the config gives.

A guard sees every message on its way in (client → upstream) and on its way out
(upstream → client) and may pass it, rewrite it, or deny it with a reason code. Guards know
nothing about HTTP or stdio.
"""

from mcpwarden.guards.base import PASS, Decision, Deny, Exchange, Guard, Rewrite
from mcpwarden.guards.chain import Chain

__all__ = ["PASS", "Chain", "Decision", "Deny", "Exchange", "Guard", "Rewrite"]
