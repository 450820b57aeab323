"""The Redis store: limits shared by every gateway replica, one round trip per call.

One Lua script (sent once, then run by its SHA with EVALSHA) checks every level of a call with
GCRA and every quota, atomically, on Redis's own clock (replicas' clocks need not agree), and
charges them only if all admit the call. A Redis that is down or slow raises `StoreUnavailable`;
the guard then fails closed unless `on_store_error: allow`.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Final

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from mcpwarden.limits.store import ALLOWED, QuotaItem, RateItem, StoreUnavailable, Verdict

log = logging.getLogger("mcpwarden.limits")

PREFIX: Final = "mcpwarden:limits:"
TIMEOUT: Final = 0.5  # seconds; a call waits at most this long for Redis before failing closed

# KEYS: rate keys, then quota keys. ARGV[1]: number of rate keys; then per rate key:
# interval, tolerance (seconds); then per quota key: limit, need, add, ttl (seconds).
# Returns {1, "0", 0} when admitted, else {0, wait seconds (string), 1-based index of the key}.
CHECK_SCRIPT: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local nrate = tonumber(ARGV[1])
local worst, which = 0, 0
local tats = {}
for i = 1, nrate do
  local interval = tonumber(ARGV[2 * i])
  local tolerance = tonumber(ARGV[2 * i + 1])
  local tat = tonumber(redis.call('GET', KEYS[i]) or '0')
  if tat < now then tat = now end
  local new_tat = tat + interval
  local wait = new_tat - tolerance - now
  if wait > 0.000001 and (which == 0 or wait > worst) then worst = wait; which = i end
  tats[i] = new_tat
end
local base = 2 * nrate + 2
for j = nrate + 1, #KEYS do
  local at = base + 4 * (j - nrate - 1)
  local used = tonumber(redis.call('GET', KEYS[j]) or '0')
  if used + tonumber(ARGV[at + 1]) > tonumber(ARGV[at]) then
    local ttl = redis.call('PTTL', KEYS[j]) / 1000
    if ttl < 0 then ttl = tonumber(ARGV[at + 3]) end
    if which == 0 or ttl > worst then worst = ttl; which = j end
  end
end
if which ~= 0 then return {0, string.format('%.6f', worst), which} end
for i = 1, nrate do
  local ms = math.ceil((tats[i] - now) * 1000) + 1
  redis.call('SET', KEYS[i], string.format('%.6f', tats[i]), 'PX', ms)
end
for j = nrate + 1, #KEYS do
  local at = base + 4 * (j - nrate - 1)
  local added = redis.call('INCRBY', KEYS[j], ARGV[at + 2])
  if added == tonumber(ARGV[at + 2]) then
    redis.call('PEXPIRE', KEYS[j], math.ceil(tonumber(ARGV[at + 3]) * 1000))
  end
end
return {1, '0', 0}
"""

ADD_SCRIPT: Final = """
local added = redis.call('INCRBY', KEYS[1], ARGV[1])
if added == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return added
"""


_Pending = tuple[list[Any], list[Any], "asyncio.Future[Any]"]


class RedisStore:
    def __init__(self, url: str, timeout: float = TIMEOUT) -> None:
        self.url = url
        self.client: aioredis.Redis = aioredis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1), decode_responses=False,
        )
        self._check = self.client.register_script(CHECK_SCRIPT)
        self._add = self.client.register_script(ADD_SCRIPT)
        self._pending: set[asyncio.Task[None]] = set()
        self._queue: list[_Pending] = []
        self._sender: asyncio.Task[None] | None = None

    async def start(self) -> None:
        try:
            await self.client.script_load(CHECK_SCRIPT)
            await self.client.script_load(ADD_SCRIPT)
        except RedisError as exc:
            log.error("the rate-limit store %s is not reachable (%s); calls are refused until "
                      "it is (limits.on_store_error)", _safe(self.url), exc)

    async def aclose(self) -> None:
        if self._pending:
            await asyncio.wait(self._pending, timeout=1.0)
        await self.client.aclose()

    async def check(self, rates: list[RateItem], quotas: list[QuotaItem]) -> Verdict:
        keys: list[Any] = [PREFIX + key for key, _i, _t in rates]
        args: list[Any] = [len(rates)]
        for _key, interval, tolerance in rates:
            args += (repr(interval), repr(tolerance))
        for key, limit, need, add, ttl in quotas:
            keys.append(PREFIX + key)
            args += (limit, need, add, repr(ttl))
        loop = asyncio.get_running_loop()
        reply: asyncio.Future[Any] = loop.create_future()
        self._queue.append((keys, args, reply))
        if self._sender is None:
            self._sender = loop.create_task(self._drain())
        allowed, wait, which = await reply
        if allowed:
            return ALLOWED
        return Verdict(False, float(wait), int(which) - 1)

    async def _drain(self) -> None:
        """Auto-pipelining: checks that arrive while a batch is on the wire go out together in
        the next one (each script run is still atomic on its own), so under load many calls
        share one write and one round trip; a lone call is sent at once."""
        try:
            while self._queue:
                batch, self._queue = self._queue, []
                await self._send(batch)
        finally:
            self._sender = None

    async def _send(self, batch: list[_Pending]) -> None:
        try:
            if len(batch) == 1:
                keys, args, _ = batch[0]
                replies: list[Any] = [await self._check(keys=keys, args=args)]
            else:
                pipe = self.client.pipeline(transaction=False)
                for keys, args, _ in batch:
                    await self._check(keys=keys, args=args, client=pipe)
                replies = await pipe.execute(raise_on_error=False)
        except Exception as exc:  # whatever went wrong, no caller may be left waiting
            failure = StoreUnavailable(f"{type(exc).__name__}: {exc}")
            for _, _, reply in batch:
                if not reply.done():
                    reply.set_exception(failure)
            return
        for (_, _, reply), result in zip(batch, replies, strict=True):
            if reply.done():  # the caller went away
                continue
            if isinstance(result, Exception):
                reply.set_exception(StoreUnavailable(f"{type(result).__name__}: {result}"))
            else:
                reply.set_result(result)

    def add(self, key: str, amount: int, ttl: float) -> None:
        """Sent in the background: response bytes are counted after the reply has gone."""
        task = asyncio.get_running_loop().create_task(self._add_now(key, amount, ttl))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _add_now(self, key: str, amount: int, ttl: float) -> None:
        try:
            await self._add(keys=[PREFIX + key], args=[amount, max(1, int(ttl * 1000))])
        except RedisError as exc:
            log.warning("could not count %d bytes on a quota in %s: %s", amount,
                        _safe(self.url), exc)


def _safe(url: str) -> str:
    """The URL without a password, for logs."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme}{sep}{rest.rpartition('@')[2]}" if sep else url
