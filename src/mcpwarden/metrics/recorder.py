"""Counts events from the `EventBus` into the gateway's own metrics.

Label values are bounded: `upstream` is one of the configured names, `method` one of the
protocol's methods (anything else is `other`), `outcome` one of the four outcomes, and `reason`
and `guard` are stable codes, capped at a few hundred distinct values (an upstream can put any
`data.reason` in its errors). Tool names are not labels unless `metrics.tool_labels` is on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from mcpwarden.audit import events
from mcpwarden.audit.events import Event
from mcpwarden.metrics.registry import BoundedLabel, Registry
from mcpwarden.metrics.settings import MetricsSettings

METHODS = (
    "initialize", "ping", "server/discover", "subscriptions/listen",
    "tools/list", "tools/call", "resources/list", "resources/templates/list", "resources/read",
    "resources/subscribe", "resources/unsubscribe", "prompts/list", "prompts/get",
    "completion/complete", "logging/setLevel", "sampling/createMessage", "elicitation/create",
    "roots/list", "tasks/get", "tasks/list", "tasks/result", "tasks/cancel",
    "notifications/initialized", "notifications/cancelled", "notifications/progress",
    "notifications/message", "notifications/roots/list_changed",
    "notifications/tools/list_changed", "notifications/resources/list_changed",
    "notifications/resources/updated", "notifications/prompts/list_changed",
    "notifications/elicitation/complete", "notifications/tasks/status",
    "notifications/subscriptions/acknowledged",
)
OUTCOMES = (events.OK, events.DENIED, events.REWRITTEN, events.ERROR)
CODE = re.compile(r"[a-z][a-z0-9_.-]{0,63}")
TOOL_NAME = re.compile(r"[A-Za-z0-9_.-]{1,128}")  # the spec's tool name alphabet
MAX_REASONS = 256
MAX_GUARDS = 64


class EventMetrics:
    """An `EventBus` subscriber: one dict update per counter and histogram an event touches."""

    def __init__(self, registry: Registry, upstreams: Iterable[str],
                 settings: MetricsSettings) -> None:
        self.upstream = BoundedLabel(upstreams)
        self.method = BoundedLabel(METHODS)
        self.outcome = BoundedLabel(OUTCOMES)
        self.reason = BoundedLabel(cap=MAX_REASONS, pattern=CODE)
        self.guard = BoundedLabel(cap=MAX_GUARDS, pattern=CODE)
        self.tool = BoundedLabel(cap=settings.max_tool_labels, pattern=TOOL_NAME)
        self.tool_labels = settings.tool_labels
        self._define(registry)
        self._handlers: dict[str, Callable[[Event], None]] = {
            events.REQUEST: self._request, events.DECISION: self._decision,
            events.HTTP: self._http, events.PROCESS: self._process, events.LIMITS: self._limits,
        }

    def _define(self, registry: Registry) -> None:
        self.requests = registry.counter(
            "mcpwarden_requests_total",
            "Client requests completed, by upstream, method, outcome (ok, denied, rewritten, "
            "error) and reason code.", ("upstream", "method", "outcome", "reason"))
        self.decisions = registry.counter(
            "mcpwarden_decisions_total",
            "Guard decisions that denied or rewrote a message, by the guard that made them.",
            ("upstream", "method", "outcome", "reason", "guard"))
        self.upstream_errors = registry.counter(
            "mcpwarden_upstream_errors_total",
            "Requests answered with an error: the upstream's own, or the gateway's when the "
            "upstream failed (unreachable, timeout...), by reason code.", ("upstream", "reason"))
        self.http_refused = registry.counter(
            "mcpwarden_http_refused_total",
            "HTTP requests refused at the edge before they became MCP messages.",
            ("upstream", "reason"))
        self.process_events = registry.counter(
            "mcpwarden_process_events_total",
            "Local (stdio) server lifecycle events: started, limit exceeded, crashed, stopped.",
            ("upstream", "outcome", "reason"))
        self.limits_events = registry.counter(
            "mcpwarden_limits_events_total",
            "Adaptive rate limiting tightening or relaxing for a principal.",
            ("outcome", "reason"))
        self.gateway_latency = registry.histogram(
            "mcpwarden_gateway_latency_seconds",
            "Time the gateway itself added to a request (total minus waiting on the upstream).",
            ("upstream", "method"))
        self.upstream_latency = registry.histogram(
            "mcpwarden_upstream_latency_seconds",
            "Time spent waiting for the upstream's reply.", ("upstream", "method"))
        self.tool_calls = registry.counter(
            "mcpwarden_tool_calls_total",
            "tools/call per tool name (only with metrics.tool_labels; names past "
            "metrics.max_tool_labels are counted as `other`).", ("upstream", "tool", "outcome"))

    def __call__(self, event: Event) -> None:
        handler = self._handlers.get(event.kind)
        if handler is not None:
            handler(event)

    def _request(self, event: Event) -> None:
        upstream, method = self.upstream(event.upstream), self.method(event.method)
        outcome, reason = self.outcome(event.outcome), self.reason(event.reason)
        self.requests.inc((upstream, method, outcome, reason))
        self._latencies(event, (upstream, method))
        if outcome == events.DENIED:
            self.decisions.inc((upstream, method, outcome, reason, self.guard(event.guard)))
        elif outcome == events.REWRITTEN:
            self._rewrites(event.detail.get("rewrites"), upstream, method)
        elif outcome == events.ERROR:
            self.upstream_errors.inc((upstream, reason))
        if self.tool_labels and event.method == "tools/call":
            self.tool_calls.inc((upstream, self.tool(event.target), outcome))

    def _latencies(self, event: Event, labels: tuple[str, str]) -> None:
        if event.upstream_latency is not None:
            self.upstream_latency.observe(labels, event.upstream_latency)
        # Without an upstream latency the request either never went upstream (a denial: all
        # of its time is the gateway's) or got no reply (a timeout: not the gateway's time).
        added = event.gateway_latency
        if added is not None and (event.upstream_latency is not None
                                  or event.outcome == events.DENIED):
            self.gateway_latency.observe(labels, added)

    def _rewrites(self, rewrites: Any, upstream: str, method: str) -> None:
        for rewrite in rewrites if isinstance(rewrites, list) else ():
            if isinstance(rewrite, dict):
                self.decisions.inc((upstream, method, events.REWRITTEN,
                                    self.reason(rewrite.get("reason")),
                                    self.guard(rewrite.get("guard"))))

    def _decision(self, event: Event) -> None:
        upstream, method = self.upstream(event.upstream), self.method(event.method)
        outcome = self.outcome(event.outcome)
        if outcome == events.REWRITTEN:
            self._rewrites(event.detail.get("rewrites"), upstream, method)
        else:
            self.decisions.inc((upstream, method, outcome, self.reason(event.reason),
                                self.guard(event.guard)))

    def _http(self, event: Event) -> None:
        self.http_refused.inc((self.upstream(event.upstream), self.reason(event.reason)))

    def _process(self, event: Event) -> None:
        self.process_events.inc((self.upstream(event.upstream), self.outcome(event.outcome),
                                 self.reason(event.reason)))

    def _limits(self, event: Event) -> None:
        self.limits_events.inc((self.outcome(event.outcome), self.reason(event.reason)))
