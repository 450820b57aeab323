"""The `limits:` settings compiled into what the limiter looks up on every call.

`validate_limits` is what `config.validate` calls; every problem is a `ConfigError` naming its
key path (`limits.tool.files/write_file`). This module imports `mcpwarden.config`, so the
settings module (which config imports) must not import this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, Final, Generic, TypeVar

from mcpwarden.config import Config, ConfigError, parse_size
from mcpwarden.limits.settings import Adaptive, LimitsSettings, RateValue

PERIODS: Final = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_UNITS: Final = {"s": "second", "sec": "second", "min": "minute", "m": "minute", "h": "hour",
                 "d": "day", **{name: name for name in PERIODS}}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*([a-z]+?)s?\s*(?:burst\s+(\d+)\s*)?$", re.IGNORECASE)
_PER_DAY = re.compile(r"^\s*(.+?)\s*/\s*(?:day|d)\s*$", re.IGNORECASE)
MAX_PATTERN_CACHE: Final = 4096
RATE_HELP: Final = "use e.g. '120/minute', '10/second burst 20' or {rate: 10/minute, burst: 20}"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Rate:
    """`count` per `period` seconds, with up to `burst` at once (GCRA)."""

    count: int
    period: float
    burst: int
    text: str
    interval: float = 0.0  # seconds per request
    gcra: tuple[float, float] = (0.0, 0.0)  # (interval, tolerance), precomputed

    def __post_init__(self) -> None:
        interval = self.period / self.count
        object.__setattr__(self, "interval", interval)
        object.__setattr__(self, "gcra", (interval, self.burst * interval))


# Who a tool limit is counted for, in the order the limiter checks them.
TOOL_LEVELS: Final = ("user", "session", "upstream", "address")
ToolLimits = tuple[tuple[str, Rate], ...]


@dataclass(frozen=True, slots=True)
class AdaptivePlan:
    trips: int
    window: float
    factor: float
    quiet: float
    reasons: frozenset[str]


class ToolPatterns(Generic[T]):
    """`upstream/tool` globs → a value; an exact name wins, then the first glob in config order.
    Lookups are cached (bounded: tool names come from clients)."""

    def __init__(self, entries: dict[str, T]) -> None:
        self.entries = entries
        self._globs = [(p, v) for p, v in entries.items() if any(c in p for c in "*?[")]
        self._cache: dict[str, tuple[str, T] | None] = {}

    def __bool__(self) -> bool:
        return bool(self.entries)

    def lookup(self, name: str) -> tuple[str, T] | None:
        try:
            return self._cache[name]
        except KeyError:
            pass
        found = self._find(name)
        if len(self._cache) >= MAX_PATTERN_CACHE:
            self._cache.clear()
        self._cache[name] = found
        return found

    def _find(self, name: str) -> tuple[str, T] | None:
        if name in self.entries:
            return name, self.entries[name]
        for pattern, value in self._globs:
            if fnmatchcase(name, pattern):
                return pattern, value
        return None


@dataclass(frozen=True, slots=True)
class Plan:
    user: Rate | None
    session: Rate | None
    upstream: Rate | None
    address: Rate | None
    tools: ToolPatterns[ToolLimits]
    timeouts: ToolPatterns[float]
    concurrency_user: int | None
    concurrency_upstream: int | None
    quota_calls: int | None
    quota_bytes: int | None
    adaptive: AdaptivePlan | None
    per_address: Rate | None
    max_concurrent: int | None
    body_timeout: float | None
    header_timeout: float | None
    fail_open: bool


def validate_limits(config: Config) -> None:
    """Raise ConfigError for the first problem in `config.limits` (no-op without the section)."""
    if config.limits is not None:
        compile_plan(config.limits, list(config.upstreams))


def compile_plan(settings: LimitsSettings, upstreams: list[str] | None = None) -> Plan:
    key = "limits"
    tools = {name: parse_tool_limits(value, f"{key}.tool.{name}")
             for name, value in settings.tool.items()}
    timeouts = {name: _positive(value, f"{key}.timeouts.{name}")
                for name, value in settings.timeouts.items()}
    for section, names in (("tool", tools), ("timeouts", timeouts)):
        for pattern in names:
            _check_pattern(pattern, f"{key}.{section}.{pattern}", upstreams)
    quota = settings.quotas.user
    connections = settings.connections
    return Plan(
        user=_optional_rate(settings.user, f"{key}.user"),
        session=_optional_rate(settings.session, f"{key}.session"),
        upstream=_optional_rate(settings.upstream, f"{key}.upstream"),
        address=_optional_rate(settings.address, f"{key}.address"),
        tools=ToolPatterns(tools),
        timeouts=ToolPatterns(timeouts),
        concurrency_user=_cap(settings.concurrency.user, f"{key}.concurrency.user"),
        concurrency_upstream=_cap(settings.concurrency.upstream, f"{key}.concurrency.upstream"),
        quota_calls=_per_day(quota.calls, f"{key}.quotas.user.calls", sized=False)
        if quota else None,
        quota_bytes=_per_day(quota.bytes, f"{key}.quotas.user.bytes", sized=True)
        if quota else None,
        adaptive=_adaptive(settings.adaptive, f"{key}.adaptive"),
        per_address=_optional_rate(connections.per_address, f"{key}.connections.per_address"),
        max_concurrent=_cap(connections.max_concurrent, f"{key}.connections.max_concurrent"),
        body_timeout=_optional_seconds(connections.body_timeout,
                                       f"{key}.connections.body_timeout"),
        header_timeout=_optional_seconds(connections.header_timeout,
                                         f"{key}.connections.header_timeout"),
        fail_open=settings.on_store_error == "allow",
    )


def parse_rate(value: RateValue, key: str) -> Rate:
    """`"120/minute"`, `"10/second burst 20"`, `{rate: "10/minute", burst: 20}` → Rate."""
    burst: Any = None
    text = value
    if isinstance(value, dict):
        unknown = set(value) - {"rate", "burst"}
        if unknown or "rate" not in value:
            raise ConfigError(f"{key}: a rate mapping has `rate` and optional `burst`; {RATE_HELP}")
        text, burst = value["rate"], value.get("burst")
    if not isinstance(text, str) or not (match := _RATE.match(text)):
        raise ConfigError(f"{key}: {text!r} is not a rate; {RATE_HELP}")
    unit = _UNITS.get(match.group(2).lower())
    if unit is None:
        raise ConfigError(f"{key}: unknown period {match.group(2)!r}; use second, minute, hour "
                          "or day")
    count = int(match.group(1))
    if match.group(3) is not None:
        if burst is not None:
            raise ConfigError(f"{key}: the burst is given twice")
        burst = int(match.group(3))
    burst = count if burst is None else burst
    if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
        raise ConfigError(f"{key}: the burst must be a whole number of at least 1")
    if count < 1:
        raise ConfigError(f"{key}: the rate must allow at least 1 request per period")
    return Rate(count=count, period=PERIODS[unit], burst=burst,
                text=f"{count}/{unit}" + (f" burst {burst}" if burst != count else ""))


def parse_tool_limits(value: RateValue, key: str) -> ToolLimits:
    """A rate (per principal), or a mapping of who it is counted for → rate:
    `{user: 10/minute, session: 5/minute, upstream: 100/minute, address: 20/minute}`
    (`upstream`: every caller of the tool together)."""
    if not isinstance(value, dict) or "rate" in value:
        return (("user", parse_rate(value, key)),)
    unknown = set(value) - set(TOOL_LEVELS)
    if unknown or not value:
        raise ConfigError(f"{key}: give a rate, or a mapping of {', '.join(TOOL_LEVELS)} to "
                          f"rates; {RATE_HELP}")
    return tuple((level, parse_rate(value[level], f"{key}.{level}"))
                 for level in TOOL_LEVELS if level in value)


def _optional_rate(value: RateValue | None, key: str) -> Rate | None:
    return None if value is None else parse_rate(value, key)


def _check_pattern(pattern: str, key: str, upstreams: list[str] | None) -> None:
    upstream, sep, tool = pattern.partition("/")
    if not sep or not upstream or not tool:
        raise ConfigError(f"{key}: name tools as 'upstream/tool' (globs allowed, e.g. "
                          "'files/write_file' or '*/search_*')")
    if upstreams is not None and not any(fnmatchcase(name, upstream) for name in upstreams):
        raise ConfigError(f"{key}: {upstream!r} matches no upstream (known: "
                          f"{', '.join(sorted(upstreams))})")


def _positive(value: float, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigError(f"{key}: must be a positive number of seconds")
    return float(value)


def _optional_seconds(value: float | None, key: str) -> float | None:
    return None if value is None else _positive(value, key)


def _cap(value: int | None, key: str) -> int | None:
    if value is not None and value < 1:
        raise ConfigError(f"{key}: must be at least 1 (remove the key for no cap)")
    return value


def _per_day(value: str | int | None, key: str, *, sized: bool) -> int | None:
    if value is None:
        return None
    amount: str | int = value
    if isinstance(value, str):
        match = _PER_DAY.match(value)
        if match is None:
            example = "'100MB/day'" if sized else "'10000/day'"
            raise ConfigError(f"{key}: {value!r} is not a daily quota; use e.g. {example}")
        amount = match.group(1)
    if sized:
        number = parse_size(amount, key)
    elif isinstance(amount, int) or amount.isdigit():
        number = int(amount)
    else:
        raise ConfigError(f"{key}: {value!r} is not a number of calls per day, e.g. '10000/day'")
    if number < 1:
        raise ConfigError(f"{key}: must allow at least 1 per day (remove the key for no quota)")
    return number


def _adaptive(settings: Adaptive, key: str) -> AdaptivePlan | None:
    if not settings.enabled:
        return None
    if settings.trips < 1:
        raise ConfigError(f"{key}.trips: must be at least 1")
    if settings.factor < 1:
        raise ConfigError(f"{key}.factor: must be 1 or more (the rates are divided by it)")
    _positive(settings.window, f"{key}.window")
    _positive(settings.quiet, f"{key}.quiet")
    return AdaptivePlan(trips=settings.trips, window=settings.window, factor=settings.factor,
                        quiet=settings.quiet, reasons=frozenset(settings.reasons))
