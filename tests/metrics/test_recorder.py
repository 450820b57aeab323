"""Events from the bus, counted: rewrites, outbound denials, process and limits events, and
labels that clients or upstreams choose staying bounded."""

from __future__ import annotations

from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.metrics.recorder import MAX_REASONS, EventMetrics
from mcpwarden.metrics.registry import Registry
from mcpwarden.metrics.settings import MetricsSettings


def recorder(tool_labels: bool = False, max_tool_labels: int = 100) -> tuple[EventBus,
                                                                            EventMetrics]:
    bus = EventBus()
    settings = MetricsSettings(tool_labels=tool_labels, max_tool_labels=max_tool_labels)
    metrics = EventMetrics(Registry(), ["up"], settings)
    bus.subscribe(metrics)
    return bus, metrics


def test_rewrites_count_one_decision_per_guard() -> None:
    bus, metrics = recorder()
    bus.emit(Event(kind=events.REQUEST, outcome=events.REWRITTEN, upstream="up",
                   method="tools/call", latency=0.002, upstream_latency=0.001,
                   detail={"rewrites": [
                       {"guard": "content", "reason": "secret_redacted", "direction": "outbound"},
                       {"guard": "pins", "reason": "description_restored"}]}))
    assert metrics.requests.value(("up", "tools/call", "rewritten", "")) == 1
    assert metrics.decisions.value(("up", "tools/call", "rewritten", "secret_redacted",
                                    "content")) == 1
    assert metrics.decisions.value(("up", "tools/call", "rewritten", "description_restored",
                                    "pins")) == 1
    assert metrics.gateway_latency.count(("up", "tools/call")) == 1


def test_denied_notifications_and_other_events() -> None:
    bus, metrics = recorder()
    bus.emit(Event(kind=events.DECISION, outcome=events.DENIED, upstream="up",
                   method="sampling/createMessage", reason="server_method_not_allowed",
                   guard="methods"))
    bus.emit(Event(kind=events.PROCESS, outcome=events.ERROR, upstream="up",
                   reason="memory_limit"))
    bus.emit(Event(kind=events.LIMITS, outcome=events.DENIED, reason="tightened"))
    bus.emit(Event(kind=events.HTTP, outcome=events.DENIED, upstream="up",
                   reason="token_missing"))
    bus.emit(Event(kind="future-kind", outcome=events.OK))  # unknown kinds are ignored
    assert metrics.decisions.value(("up", "sampling/createMessage", "denied",
                                    "server_method_not_allowed", "methods")) == 1
    assert metrics.process_events.value(("up", "error", "memory_limit")) == 1
    assert metrics.limits_events.value(("denied", "tightened")) == 1
    assert metrics.http_refused.value(("up", "token_missing")) == 1


def test_a_timeout_is_not_counted_as_gateway_latency() -> None:
    bus, metrics = recorder()
    bus.emit(Event(kind=events.REQUEST, outcome=events.ERROR, upstream="up",
                   method="tools/call", reason="upstream_timeout", latency=30.0))
    assert metrics.gateway_latency.count(("up", "tools/call")) == 0
    assert metrics.upstream_errors.value(("up", "upstream_timeout")) == 1


def test_hostile_label_values_stay_bounded() -> None:
    bus, metrics = recorder(tool_labels=True, max_tool_labels=3)
    for i in range(2_000):
        bus.emit(Event(kind=events.REQUEST, outcome=events.ERROR, upstream=f"up{i}",
                       method=f"x/{i}", reason=f"r_{i}", target=f"tool{i}"))
        bus.emit(Event(kind=events.REQUEST, outcome=f"weird{i}", upstream="up",
                       method="tools/call", reason='evil"\n{}', target="t\u202e"))
    upstreams = {k[0] for k in metrics.requests.values}
    methods = {k[1] for k in metrics.requests.values}
    outcomes = {k[2] for k in metrics.requests.values}
    reasons = {k[3] for k in metrics.requests.values}
    assert upstreams == {"other", "up"}
    assert methods == {"other", "tools/call"}
    assert outcomes == {"error", "other"}
    assert len(reasons) == MAX_REASONS + 1 and "other" in reasons
    assert 'evil"\n{}' not in reasons
    assert len(metrics.tool_calls.values) <= 3 + 2  # three admitted names, plus "other"
    assert all(k[1] != "t\u202e" for k in metrics.tool_calls.values)


def test_tool_names_are_not_labels_by_default() -> None:
    bus, metrics = recorder()
    bus.emit(Event(kind=events.REQUEST, outcome=events.OK, upstream="up",
                   method="tools/call", target="secret_tool"))
    assert metrics.tool_calls.values == {}
