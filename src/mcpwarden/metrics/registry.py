"""A small Prometheus registry: labelled counters and histograms, plus pluggable collectors.

Not `prometheus_client`: incrementing a labelled counter and observing two labelled histograms
costs ~5 µs per event with it on this project's reference machine and ~0.6 µs with the plain
dicts below (bench note in docs/benchmark-peers.md). Everything runs on the event loop's thread;
a series is a tuple of label values in the order of the metric's label names.

Text exposition format 0.0.4: https://prometheus.io/docs/instrumenting/exposition_formats/
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

log = logging.getLogger("mcpwarden.metrics")

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
LABEL_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
# Gateway-added latency is tens to hundreds of µs; upstreams take ms to s.
LATENCY_BUCKETS = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                   0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
OTHER = "other"  # the label value that stands for every value past a label's cap


@dataclass(frozen=True, slots=True)
class Sample:
    """One value a collector reports at scrape time. Samples sharing a `name` form one metric
    family; the first one's `help` and `type` describe it. `type` is "gauge" or "counter" (a
    counter's name ends in `_total`)."""

    name: str
    value: float
    labels: Mapping[str, str] = field(default_factory=dict)
    help: str = ""
    type: str = "gauge"


Collector = Callable[[], Iterable[Sample]]
_M = TypeVar("_M", "Counter", "Histogram")


class BoundedLabel:
    """Keeps one label's distinct values few: `known` values always pass; up to `cap` further
    values that match `pattern` are admitted first come, first served; anything else is `other`.
    Label values that come from clients or upstreams (reasons, tool names) go through one of
    these, so no peer can grow the scrape without bound."""

    __slots__ = ("_cap", "_pattern", "_seen")

    def __init__(self, known: Iterable[str] = (), cap: int = 0,
                 pattern: re.Pattern[str] | None = None) -> None:
        self._seen = set(known)
        self._cap = len(self._seen) + cap
        self._pattern = pattern

    def __call__(self, value: str | None) -> str:
        if value is None:
            return ""
        if value in self._seen:
            return value
        if len(self._seen) < self._cap and (self._pattern is None
                                            or self._pattern.fullmatch(value)):
            self._seen.add(value)
            return value
        return OTHER


class Counter:
    kind = "counter"

    def __init__(self, name: str, help: str, labelnames: tuple[str, ...]) -> None:
        _check_names(name, labelnames)
        self.name, self.help, self.labelnames = name, help, labelnames
        self.values: dict[tuple[str, ...], float] = {}

    def inc(self, labels: tuple[str, ...], amount: float = 1.0) -> None:
        values = self.values
        values[labels] = values.get(labels, 0.0) + amount

    def value(self, labels: tuple[str, ...]) -> float:
        return self.values.get(labels, 0.0)

    def render(self, out: list[str]) -> None:
        _header(out, self.name, self.help, self.kind)
        for labels, value in sorted(self.values.items()):
            out.append(f"{self.name}{_labels(self.labelnames, labels)} {_number(value)}")


class _Series:
    __slots__ = ("buckets", "count", "sum")

    def __init__(self, size: int) -> None:
        self.buckets = [0] * size  # per bucket, not cumulative; the last one is +Inf
        self.sum = 0.0
        self.count = 0


class Histogram:
    kind = "histogram"

    def __init__(self, name: str, help: str, labelnames: tuple[str, ...],
                 buckets: tuple[float, ...] = LATENCY_BUCKETS) -> None:
        _check_names(name, labelnames)
        if "le" in labelnames or list(buckets) != sorted(set(buckets)):
            raise ValueError(f"{name}: buckets must increase and `le` is reserved")
        self.name, self.help, self.labelnames = name, help, labelnames
        self.bounds = buckets
        self.series: dict[tuple[str, ...], _Series] = {}

    def observe(self, labels: tuple[str, ...], value: float) -> None:
        series = self.series.get(labels)
        if series is None:
            series = self.series[labels] = _Series(len(self.bounds) + 1)
        series.buckets[bisect.bisect_left(self.bounds, value)] += 1  # le: upper bound included
        series.sum += value
        series.count += 1

    def count(self, labels: tuple[str, ...]) -> int:
        series = self.series.get(labels)
        return series.count if series else 0

    def render(self, out: list[str]) -> None:
        _header(out, self.name, self.help, self.kind)
        bounds = [*(repr(float(b)) for b in self.bounds), "+Inf"]
        for labels, series in sorted(self.series.items(), key=lambda item: item[0]):
            base = list(zip(self.labelnames, labels, strict=True))
            cumulative = 0
            for bound, in_bucket in zip(bounds, series.buckets, strict=True):
                cumulative += in_bucket
                out.append(f"{self.name}_bucket{_pairs([*base, ('le', bound)])} {cumulative}")
            out.append(f"{self.name}_sum{_pairs(base)} {_number(series.sum)}")
            out.append(f"{self.name}_count{_pairs(base)} {series.count}")


class Registry:
    """The gateway's own metrics plus the collectors other components register."""

    def __init__(self) -> None:
        self._metrics: list[Counter | Histogram] = []
        self._collectors: dict[str, Collector] = {}

    def counter(self, name: str, help: str, labelnames: tuple[str, ...]) -> Counter:
        return self._add(Counter(name, help, labelnames))

    def histogram(self, name: str, help: str, labelnames: tuple[str, ...]) -> Histogram:
        return self._add(Histogram(name, help, labelnames))

    def _add(self, metric: _M) -> _M:
        if any(m.name == metric.name for m in self._metrics):
            raise ValueError(f"metric {metric.name} is already registered")
        self._metrics.append(metric)
        return metric

    def register_collector(self, name: str, collect: Collector) -> None:
        """Add gauges (or counters) computed at scrape time. `collect` runs on the event loop
        for every scrape, so it must be cheap and must not block; if it raises, its samples are
        left out of that scrape and `mcpwarden_collector_up{collector=name}` reads 0."""
        if name in self._collectors:
            raise ValueError(f"a metrics collector named {name!r} is already registered")
        self._collectors[name] = collect

    def render(self) -> str:
        out: list[str] = []
        for metric in self._metrics:
            metric.render(out)
        own = {m.name for m in self._metrics}
        families: dict[str, list[Sample]] = {}
        up: list[Sample] = []
        for name, collect in self._collectors.items():
            ok = _collect(name, collect, own, families)
            up.append(Sample("mcpwarden_collector_up", 1.0 if ok else 0.0, {"collector": name},
                             "Whether the named collector's last scrape succeeded (1) or not."))
        if up:
            families.setdefault("mcpwarden_collector_up", []).extend(up)
        for name, samples in families.items():
            first = samples[0]
            _header(out, name, first.help, first.type)
            out.extend(f"{name}{_pairs(list(s.labels.items()))} {_number(s.value)}"
                       for s in samples)
        out.append("")
        return "\n".join(out)


def _collect(name: str, collect: Collector, own: set[str],
             families: dict[str, list[Sample]]) -> bool:
    try:
        samples = list(collect())
        for sample in samples:
            _check_sample(sample, own)
    except Exception:
        log.exception("metrics collector %s failed; its samples are left out", name)
        return False
    for sample in samples:
        families.setdefault(sample.name, []).append(sample)
    return True


def _check_sample(sample: Sample, own: set[str]) -> None:
    if sample.type not in ("gauge", "counter") or not METRIC_NAME.fullmatch(sample.name):
        raise ValueError(f"bad sample name or type: {sample.name!r} {sample.type!r}")
    if sample.name in own or sample.name == "mcpwarden_collector_up":
        raise ValueError(f"{sample.name} is one of the gateway's own metrics")
    if not all(LABEL_NAME.fullmatch(k) and not k.startswith("__") for k in sample.labels):
        raise ValueError(f"{sample.name}: bad label name in {sorted(sample.labels)}")


def _check_names(name: str, labelnames: tuple[str, ...]) -> None:
    if not METRIC_NAME.fullmatch(name) or not all(LABEL_NAME.fullmatch(n) for n in labelnames):
        raise ValueError(f"invalid metric or label name in {name}{labelnames}")


def _header(out: list[str], name: str, help: str, kind: str) -> None:
    if help:
        escaped = help.replace("\\", "\\\\").replace("\n", "\\n")
        out.append(f"# HELP {name} {escaped}")
    out.append(f"# TYPE {name} {kind}")


def _labels(names: tuple[str, ...], values: tuple[str, ...]) -> str:
    return _pairs(list(zip(names, values, strict=True)))


def _pairs(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return ""
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in pairs) + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == int(value) and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))
