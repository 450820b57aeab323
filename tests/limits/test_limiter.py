"""Each limit level trips and recovers (injected clock, real in-memory store), quotas, caps,
adaptive tightening, and the config checks."""

from __future__ import annotations

from typing import Any

import pytest
from limits_support import ALICE, BOB, Clock, call, exchange, guard
from support import initialize_request

from mcpwarden.audit import events
from mcpwarden.audit.events import Event, EventBus
from mcpwarden.config import ConfigError, from_dict
from mcpwarden.guards.base import Deny
from mcpwarden.guards.registry import build_chain, chain_names
from mcpwarden.identity.principal import ANONYMOUS
from mcpwarden.wire.jsonrpc import Message


async def admitted(g: Any, n: int, ex_factory: Any = exchange, **call_args: Any) -> int:
    """How many of `n` back-to-back calls pass."""
    passed = 0
    for i in range(n):
        ex = ex_factory()
        if await g.inbound(ex, call(id=i, **call_args)) is None:
            passed += 1
        ex.finish()
    return passed


async def test_user_limit_trips_with_retry_hint_and_recovers() -> None:
    clock = Clock()
    g = guard({"user": "5/second"}, clock)
    assert await admitted(g, 5) == 5
    denied = await g.inbound(exchange(), call())
    assert isinstance(denied, Deny)
    assert denied.reason == "rate_limited" and denied.http_status is None
    data = denied.to_error(1).obj["error"]["data"]
    assert data["limit"] == "user"
    assert data["retry_after"] == pytest.approx(0.2, abs=0.002)
    assert "5/second" in denied.message
    assert await admitted(g, 1, lambda: exchange(BOB)) == 1  # another user is not affected
    clock.advance(0.2)
    assert await admitted(g, 2) == 1  # one more interval's worth, not more
    clock.advance(1.0)
    assert await admitted(g, 6) == 5


async def test_burst_is_separate_from_rate() -> None:
    clock = Clock()
    g = guard({"user": "60/minute burst 2"}, clock)
    assert await admitted(g, 5) == 2
    clock.advance(1.0)
    assert await admitted(g, 5) == 1


async def test_session_limit_counts_per_session() -> None:
    clock = Clock()
    g = guard({"session": {"rate": "3/second"}}, clock)
    assert await admitted(g, 5, lambda: exchange(session="s1")) == 3
    assert await admitted(g, 5, lambda: exchange(session="s2")) == 3
    assert await admitted(g, 5, lambda: exchange(session=None)) == 5  # stateless: no level


async def test_upstream_limit_is_shared_by_all_users() -> None:
    clock = Clock()
    g = guard({"upstream": "4/second"}, clock)
    assert await admitted(g, 2, lambda: exchange(ALICE)) == 2
    assert await admitted(g, 4, lambda: exchange(BOB)) == 2
    assert await admitted(g, 3, lambda: exchange(ALICE, upstream="other")) == 3
    denied = await g.inbound(exchange(), call())
    assert isinstance(denied, Deny) and denied.data is not None
    assert denied.data["limit"] == "upstream"


async def test_tool_limit_exact_name_wins_over_glob() -> None:
    clock = Clock()
    g = guard({"tool": {"files/write_file": "1/second", "*/write_*": "3/second"}}, clock)
    assert await admitted(g, 3, tool="write_file") == 1
    assert await admitted(g, 5, tool="write_notes") == 3
    assert await admitted(g, 5, tool="read_file") == 5
    assert await admitted(g, 3, lambda: exchange(BOB), tool="write_file") == 1  # per user


async def test_tool_limits_per_session_per_address_and_for_everyone() -> None:
    clock = Clock()
    g = guard({"tool": {"files/search": {"session": "2/second", "address": "3/second",
                                         "upstream": "4/second"}}}, clock)
    assert await admitted(g, 3, lambda: exchange(session="s1"), tool="search") == 2
    assert await admitted(g, 3, lambda: exchange(BOB, session="s2"), tool="search") == 1
    denied = await g.inbound(exchange(BOB, session="s3"), call("search"))
    assert isinstance(denied, Deny) and denied.data is not None
    assert denied.data["limit"] == "tool_address"  # alice and bob share 10.0.0.1
    other_address = lambda: exchange(BOB, session="s4", client="10.0.0.2:1")  # noqa: E731
    assert await admitted(g, 3, other_address, tool="search") == 1  # 4/second for everyone
    denied = await g.inbound(other_address(), call("search"))
    assert isinstance(denied, Deny) and denied.data is not None
    assert denied.data["limit"] == "tool_upstream" and "everyone" not in denied.message
    assert await admitted(g, 3, other_address, tool="read") == 3


async def test_a_refused_call_charges_no_level() -> None:
    clock = Clock()
    g = guard({"user": "10/second", "tool": {"files/write_file": "1/second"}}, clock)
    assert await admitted(g, 5, tool="write_file") == 1  # 4 refused by the tool level
    assert await admitted(g, 20) == 9  # the user level was charged once only


async def test_anonymous_callers_are_counted_per_address() -> None:
    clock = Clock()
    g = guard({"user": "2/second"}, clock)
    assert await admitted(g, 3, lambda: exchange(ANONYMOUS, client="10.0.0.1:1")) == 2
    assert await admitted(g, 3, lambda: exchange(ANONYMOUS, client="10.0.0.1:2")) == 0
    assert await admitted(g, 3, lambda: exchange(ANONYMOUS, client="[::1]:3")) == 2


async def test_notifications_and_replies_are_not_counted() -> None:
    g = guard({"user": "1/second"}, Clock())
    note = Message.from_obj({"jsonrpc": "2.0", "method": "notifications/progress", "params": {}})
    for _ in range(5):
        assert await g.inbound(exchange(), note) is None
    assert await admitted(g, 2) == 1


async def test_daily_call_quota_resets_at_utc_midnight() -> None:
    clock = Clock(start=86400.0 * 20000 + 86000)  # 400 s before midnight
    g = guard({"quotas": {"user": {"calls": "3/day"}}}, clock)
    assert await admitted(g, 5) == 3
    denied = await g.inbound(exchange(), call())
    assert isinstance(denied, Deny) and denied.reason == "quota_exceeded"
    assert denied.data is not None and denied.data["retry_after"] == pytest.approx(400, abs=1)
    clock.advance(401)
    assert await admitted(g, 5) == 3


async def test_daily_byte_quota_counts_requests_and_responses() -> None:
    clock = Clock()
    g = guard({"quotas": {"user": {"bytes": "2KB/day"}}}, clock)
    ex = exchange()
    request = call(text="x" * 100)
    assert await g.inbound(ex, request) is None
    ex.request = request
    reply = Message.from_obj({"jsonrpc": "2.0", "id": 1, "result": {
        "content": [{"type": "text", "text": "y" * 1900}]}})
    assert await g.outbound(ex, reply) is None
    denied = await g.inbound(exchange(), call())
    assert isinstance(denied, Deny) and denied.reason == "quota_exceeded"
    assert denied.data is not None and denied.data["limit"] == "quota_bytes"
    assert await admitted(g, 1, lambda: exchange(BOB)) == 1


async def test_concurrency_cap_per_user_released_by_finalizers() -> None:
    g = guard({"concurrency": {"user": 2}}, Clock())
    first, second, third = exchange(), exchange(), exchange()
    assert await g.inbound(first, call()) is None
    assert await g.inbound(second, call()) is None
    denied = await g.inbound(third, call())
    assert isinstance(denied, Deny) and denied.reason == "concurrency_limited"
    assert await g.inbound(exchange(BOB), call()) is None
    first.finish()
    assert await g.inbound(exchange(), call()) is None


async def test_concurrency_cap_per_upstream() -> None:
    g = guard({"concurrency": {"upstream": 1}}, Clock())
    held = exchange()
    assert await g.inbound(held, call()) is None
    assert isinstance(await g.inbound(exchange(BOB), call()), Deny)
    assert await g.inbound(exchange(BOB, upstream="other"), call()) is None
    held.finish()
    assert await g.inbound(exchange(BOB), call()) is None


async def test_initialize_takes_no_slot() -> None:
    g = guard({"concurrency": {"user": 1}}, Clock())
    init = Message.from_obj(initialize_request())
    for _ in range(3):
        assert await g.inbound(exchange(), init) is None


async def test_per_tool_timeout_tightens_the_exchange() -> None:
    g = guard({"timeouts": {"files/slow*": 0.5, "*/slowest": 2}}, Clock())
    ex = exchange()
    assert await g.inbound(ex, call("slow_tool")) is None
    assert ex.timeout == 0.5
    ex = exchange()
    ex.timeout = 0.1
    assert await g.inbound(ex, call("slow_tool")) is None
    assert ex.timeout == 0.1
    ex = exchange()
    assert await g.inbound(ex, call("read_file")) is None
    assert ex.timeout is None


def trip_event(reason: str = "schema_violation", principal: Any = ALICE) -> Event:
    return Event(kind=events.REQUEST, outcome=events.DENIED, reason=reason,
                 principal=principal, client_address="10.0.0.1:40000")


async def test_adaptive_tightening_and_relaxing_are_events() -> None:
    clock, bus = Clock(), EventBus()
    seen: list[Event] = []
    bus.subscribe(lambda e: seen.append(e) if e.kind == events.LIMITS else None)
    g = guard({"user": "20/minute", "adaptive": {"trips": 3, "window": 10, "factor": 5,
                                                   "quiet": 30}}, clock, bus=bus)
    for _ in range(2):
        bus.emit(trip_event())
    bus.emit(trip_event("rate_limited"))  # not a trip reason
    assert not seen
    bus.emit(trip_event("pin_mismatch"))
    assert [e.reason for e in seen] == ["limits_tightened"]
    assert seen[0].principal == ALICE and seen[0].detail["factor"] == 5
    assert await admitted(g, 10) == 4  # 20/minute burst 20, divided by 5
    denied = await g.inbound(exchange(), call())
    assert isinstance(denied, Deny) and denied.data is not None and denied.data["factor"] == 5
    assert await admitted(g, 10, lambda: exchange(BOB)) == 10
    clock.advance(29)
    assert await admitted(g, 3) == 1  # still one call per 15 s
    clock.advance(2)
    assert await admitted(g, 5) == 5  # relaxed: one per 3 s, burst 20
    assert [e.reason for e in seen] == ["limits_tightened", "limits_relaxed"]


async def test_adaptive_needs_trips_inside_the_window() -> None:
    clock, bus = Clock(), EventBus()
    g = guard({"user": "20/minute", "adaptive": {"trips": 3, "window": 10}}, clock, bus=bus)
    for _ in range(5):
        bus.emit(trip_event())
        clock.advance(6)
    assert await admitted(g, 20) == 20


async def test_adaptive_counts_auth_failures_and_findings_but_not_first_contact() -> None:
    clock, bus = Clock(), EventBus()
    g = guard({"user": "8/second", "adaptive": {"trips": 2, "factor": 4}}, clock, bus=bus)
    for _ in range(3):
        bus.emit(Event(kind=events.HTTP, outcome=events.DENIED, reason="token_missing",
                       client_address="10.0.0.9:1", detail={"status": 401}))
    anonymous = lambda: exchange(ANONYMOUS, client="10.0.0.9:5")  # noqa: E731
    assert await admitted(g, 8, anonymous) == 8
    clock.advance(1)
    for _ in range(2):
        bus.emit(Event(kind=events.HTTP, outcome=events.DENIED, reason="token_expired",
                       client_address="10.0.0.9:1", detail={"status": 401}))
    assert await admitted(g, 8, anonymous) == 2
    bus.emit(Event(kind=events.REQUEST, outcome=events.REWRITTEN, principal=BOB,
                   findings=[{"guard": "content", "reason": "injection_detected"}] * 2))
    bus.emit(Event(kind=events.REQUEST, outcome=events.REWRITTEN, principal=BOB,
                   findings=[{"guard": "content", "reason": "injection_detected"}]))
    assert await admitted(g, 8, lambda: exchange(BOB)) == 2


def base_config(limits: Any, **extra: Any) -> dict[str, Any]:
    return {"auth": "none", "upstreams": {"files": {"url": "http://127.0.0.1:9/mcp"}},
            "limits": limits, **extra}


def test_design_example_is_accepted_and_limits_follow_authz() -> None:
    config = from_dict(base_config({
        "user": "120/minute", "session": "60/minute", "upstream": "1000/minute",
        "address": "300/minute",
        "tool": {"files/write_file": "10/minute", "*/search_*": "30/minute"},
        "concurrency": {"user": 8, "upstream": 64}, "timeouts": {"files/slow_tool": 5},
        "quotas": {"user": {"calls": "10000/day", "bytes": "100MB/day"}},
        "adaptive": {"trips": 5, "window": 60, "factor": 4, "quiet": 300},
        "connections": {"per_address": "20/second", "max_concurrent": 1000, "body_timeout": 10},
        "on_store_error": "deny"},
        policy=[{"allow": {"upstream": "files", "tools": ["*"]}}]))
    assert chain_names(config)[:2] == ["authz", "limits"]
    assert "limits" in build_chain(config, "files").names
    assert "limits" not in chain_names(from_dict(base_config(None)))


@pytest.mark.parametrize(("limits", "key"), [
    ({"user": "120/minut"}, "limits.user"),
    ({"user": "120 per minute"}, "limits.user"),
    ({"user": "0/second"}, "limits.user"),
    ({"session": {"rate": "1/second", "burst": 0}}, "limits.session"),
    ({"session": {"rate": "1/second", "brust": 2}}, "limits.session"),
    ({"tool": {"write_file": "1/second"}}, "limits.tool.write_file"),
    ({"tool": {"files/x": {"users": "1/second"}}}, "limits.tool.files/x"),
    ({"tool": {"files/x": {"session": "1/sec burst"}}}, "limits.tool.files/x.session"),
    ({"tool": {"nope/write_file": "1/second"}}, "limits.tool.nope/write_file"),
    ({"timeouts": {"files/x": 0}}, "limits.timeouts.files/x"),
    ({"quotas": {"user": {"calls": "many/day"}}}, "limits.quotas.user.calls"),
    ({"quotas": {"user": {"bytes": "100MB/week"}}}, "limits.quotas.user.bytes"),
    ({"concurrency": {"user": 0}}, "limits.concurrency.user"),
    ({"adaptive": {"factor": 0.5}}, "limits.adaptive.factor"),
    ({"connections": {"per_address": "fast"}}, "limits.connections.per_address"),
    ({"on_store_error": "maybe"}, "limits.on_store_error"),
    ({"users": "1/second"}, "limits"),
])
def test_bad_limits_name_their_key(limits: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as raised:
        from_dict(base_config(limits))
    assert str(raised.value).startswith(key), raised.value
