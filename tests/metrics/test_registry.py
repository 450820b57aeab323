"""The registry's exposition format, checked by prometheus_client's parser and line by line."""

from __future__ import annotations

import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mcpwarden.metrics.registry import OTHER, BoundedLabel, Registry, Sample

LINE = re.compile(
    r'# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*'
    r'|# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram)'
    r'|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\[\\"n])*",?)*\})? '
    r'(-?[0-9.e+-]+|\+Inf|-Inf|NaN)'
)


def strict_lines(text: str) -> list[str]:
    assert text.endswith("\n")
    lines = text.rstrip("\n").split("\n")
    bad = [line for line in lines if not LINE.fullmatch(line)]
    assert not bad, bad
    return lines


def families(text: str) -> dict[str, object]:
    return {family.name: family for family in text_string_to_metric_families(text)}


def test_counter_and_histogram_render_as_valid_exposition() -> None:
    registry = Registry()
    counter = registry.counter("t_requests_total", "Requests.\nSecond line \\ ok.",
                               ("upstream", "reason"))
    histogram = registry.histogram("t_latency_seconds", "Latency.", ("upstream",))
    counter.inc(("a", 'quote " back \\ newline \n'))
    counter.inc(("a", 'quote " back \\ newline \n'), 2)
    for value in (0.00005, 0.0003, 0.0003, 7.0, 99.0):
        histogram.observe(("a",), value)
    text = registry.render()
    strict_lines(text)
    parsed = {s.name: s for f in text_string_to_metric_families(text) for s in f.samples
              if not s.name.endswith("_bucket")}
    assert parsed["t_requests_total"].value == 3
    assert parsed["t_requests_total"].labels["reason"] == 'quote " back \\ newline \n'
    assert parsed["t_latency_seconds_count"].value == 5
    assert parsed["t_latency_seconds_sum"].value == pytest.approx(106.00065)
    buckets = {s.labels["le"]: s.value for f in text_string_to_metric_families(text)
               for s in f.samples if s.name == "t_latency_seconds_bucket"}
    # Cumulative, upper bound included (le), +Inf holds everything.
    assert buckets["5e-05"] == 1 and buckets["0.0005"] == 3 and buckets["5.0"] == 3
    assert buckets["10.0"] == 4 and buckets["+Inf"] == 5


def test_collectors_add_gauges_and_a_failing_one_is_reported_not_fatal() -> None:
    registry = Registry()
    registry.register_collector("ok", lambda: [
        Sample("t_queue_depth", 3, {"sink": "file"}, "Queued events."),
        Sample("t_queue_depth", 0, {"sink": "syslog"}),
    ])

    def broken() -> list[Sample]:
        raise RuntimeError("collector bug")

    registry.register_collector("broken", broken)
    text = registry.render()
    strict_lines(text)
    found = {(s.name, tuple(sorted(s.labels.items()))): s.value
             for f in text_string_to_metric_families(text) for s in f.samples}
    assert found[("t_queue_depth", (("sink", "file"),))] == 3
    assert found[("t_queue_depth", (("sink", "syslog"),))] == 0
    assert found[("mcpwarden_collector_up", (("collector", "ok"),))] == 1
    assert found[("mcpwarden_collector_up", (("collector", "broken"),))] == 0


@pytest.mark.parametrize("sample", [
    Sample("bad name", 1),
    Sample("t_x", 1, {"bad-label": "v"}),
    Sample("t_x", 1, {"__reserved": "v"}),
    Sample("t_x", 1, type="histogram"),
    Sample("t_own_total", 1),  # collides with a built-in metric
])
def test_a_collector_cannot_emit_malformed_or_colliding_samples(sample: Sample) -> None:
    registry = Registry()
    registry.counter("t_own_total", "Own.", ())
    registry.register_collector("bad", lambda: [sample])
    text = registry.render()
    strict_lines(text)
    assert 'mcpwarden_collector_up{collector="bad"} 0' in text
    assert "bad name" not in text and "bad-label" not in text


def test_names_are_unique() -> None:
    registry = Registry()
    registry.counter("t_total", "x", ())
    with pytest.raises(ValueError, match="already registered"):
        registry.counter("t_total", "x", ())
    registry.register_collector("c", list)
    with pytest.raises(ValueError, match="already registered"):
        registry.register_collector("c", list)


def test_bounded_label_caps_client_controlled_values() -> None:
    label = BoundedLabel(["tools/call"], cap=2, pattern=re.compile(r"[a-z_]+"))
    assert label("tools/call") == "tools/call"
    assert label(None) == ""
    assert label("Évil\n{}") == OTHER  # not a code: never admitted
    assert [label(f"reason_{c}") for c in "abc"] == ["reason_a", "reason_b", OTHER]
    assert label("reason_a") == "reason_a"  # admitted values stay
    many = {label(f"flood_{i}") for i in range(10_000)}
    assert many == {OTHER}
