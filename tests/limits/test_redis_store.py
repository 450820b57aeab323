"""The Redis store against a real redis-server: same limits, shared, one round trip, and fail
closed when Redis goes away."""

from __future__ import annotations

import asyncio
from typing import Any

import redis.asyncio as aioredis
from limits_support import BOB, Clock, call, exchange, guard
from support import RedisProcess

from mcpwarden.guards.base import Deny
from mcpwarden.guards.limits import LimitsGuard
from mcpwarden.limits.redis import RedisStore
from mcpwarden.wire.errors import GATEWAY_UNAVAILABLE
from mcpwarden.wire.jsonrpc import Message


async def admitted(g: LimitsGuard, n: int, **kwargs: Any) -> int:
    passed = 0
    for i in range(n):
        ex = exchange(**kwargs)
        passed += await g.inbound(ex, call(id=i)) is None
        ex.finish()
    return passed


async def evalsha_calls(url: str) -> int:
    client = aioredis.Redis.from_url(url)
    try:
        stats = await client.info("commandstats")
    finally:
        await client.aclose()
    return int(stats.get("cmdstat_evalsha", {}).get("calls", 0))


async def keys_like(url: str, pattern: str) -> list[bytes]:
    client = aioredis.Redis.from_url(url)
    try:
        return [key async for key in client.scan_iter(pattern)]
    finally:
        await client.aclose()


async def test_levels_trip_and_recover_in_one_round_trip_each(redis_server: RedisProcess) -> None:
    store = RedisStore(redis_server.url)
    await store.start()
    try:
        g = guard({"user": "5/second", "upstream": "100/second",
                   "tool": {"files/*": "50/second"}}, Clock(), store=store)
        before = await evalsha_calls(redis_server.url)
        assert await admitted(g, 8) == 5
        assert await evalsha_calls(redis_server.url) - before == 8  # one per call, all levels
        denied = await g.inbound(exchange(), call())
        assert isinstance(denied, Deny) and denied.reason == "rate_limited"
        assert denied.data is not None and denied.data["limit"] == "user"
        assert 0 < denied.data["retry_after"] <= 0.2
        assert await admitted(g, 2, principal=BOB) == 2
        await asyncio.sleep(denied.data["retry_after"] + 0.05)
        assert await admitted(g, 1) == 1
    finally:
        await store.aclose()


async def test_two_gateways_share_one_limit(redis_server: RedisProcess) -> None:
    stores = [RedisStore(redis_server.url), RedisStore(redis_server.url)]
    guards = [guard({"user": "6/minute"}, Clock(), store=s) for s in stores]
    try:
        results = await asyncio.gather(*(admitted(g, 6) for g in guards))
        assert sum(results) == 6
    finally:
        for store in stores:
            await store.aclose()


async def test_concurrent_checks_are_pipelined_and_exact(redis_server: RedisProcess) -> None:
    store = RedisStore(redis_server.url)
    try:
        g = guard({"user": "10/minute", "session": "100/minute"}, Clock(), store=store)
        before = await evalsha_calls(redis_server.url)
        results = await asyncio.gather(*(g.inbound(exchange(session="s"), call(id=i))
                                         for i in range(25)))
        assert sum(r is None for r in results) == 10
        assert all(isinstance(r, Deny) and r.reason == "rate_limited" for r in results
                   if r is not None)
        assert await evalsha_calls(redis_server.url) - before == 25  # each call its own run
        keys = await keys_like(redis_server.url, "mcpwarden:limits:s|*")
        assert keys and all(b"|s" not in key[len(b"mcpwarden:limits:s|"):] for key in keys)
        redis_server.stop()
        down = await asyncio.gather(*(g.inbound(exchange(BOB), call(id=i)) for i in range(5)))
        assert all(isinstance(d, Deny) and d.reason == "limiter_unavailable" for d in down)
    finally:
        await store.aclose()


async def test_quotas_in_redis(redis_server: RedisProcess) -> None:
    store = RedisStore(redis_server.url)
    clock = Clock()
    try:
        g = guard({"quotas": {"user": {"calls": "3/day", "bytes": "1KB/day"}}}, clock,
                  store=store)
        assert await admitted(g, 5) == 3
        denied = await g.inbound(exchange(), call())
        assert isinstance(denied, Deny) and denied.reason == "quota_exceeded"
        ex = exchange(BOB)
        request = call()
        assert await g.inbound(ex, request) is None
        ex.request = request
        big = Message.from_obj({"jsonrpc": "2.0", "id": 1, "result": {"text": "z" * 1000}})
        await g.outbound(ex, big)
        await asyncio.sleep(0.1)  # response bytes are counted in the background
        denied = await g.inbound(exchange(BOB), call())
        assert isinstance(denied, Deny) and denied.data is not None
        assert denied.data["limit"] == "quota_bytes"
    finally:
        await store.aclose()


async def test_fails_closed_when_redis_stops(redis_server: RedisProcess) -> None:
    store = RedisStore(redis_server.url)
    try:
        closed = guard({"user": "100/second"}, Clock(), store=store)
        open_ = guard({"user": "100/second", "on_store_error": "allow"}, Clock(), store=store)
        assert await admitted(closed, 1) == 1
        redis_server.stop()
        loop = asyncio.get_running_loop()
        started = loop.time()
        denied = await closed.inbound(exchange(), call())
        assert loop.time() - started < 2.0
        assert isinstance(denied, Deny) and denied.reason == "limiter_unavailable"
        assert denied.code == GATEWAY_UNAVAILABLE
        assert await open_.inbound(exchange(), call()) is None
        redis_server.start()  # a new server on the same port: the limiter recovers
        assert await admitted(closed, 1) == 1
    finally:
        await store.aclose()


async def test_numbers_keep_their_kind(redis_server: RedisProcess) -> None:
    """A tolerance of 1.0 and a quota step of 1 are the same dict key but not the same text:
    INCRBY needs "1"."""
    store = RedisStore(redis_server.url)
    try:
        verdict = await store.check([("u|kind", 1.0, 1.0)], [("q|kind", 10, 1, 1, 60.0)])
        assert verdict.allowed
        verdict = await store.check([], [("q|kind", 1, 1, 1, 60.0)])
        assert not verdict.allowed and verdict.which == 0 and 0 < verdict.retry_after <= 60
        assert await keys_like(redis_server.url, "mcpwarden:limits:q|kind") == [
            b"mcpwarden:limits:q|kind"]
    finally:
        await store.aclose()
