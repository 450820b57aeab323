"""The Redis store: limits shared by every gateway replica, one round trip per call.

One Lua script (sent once, then run by its SHA with EVALSHA) checks every level of a call with
GCRA and every quota, atomically, on Redis's own clock (replicas' clocks need not agree), and
charges them only if all admit the call. A Redis that is down or slow raises `StoreUnavailable`;
the guard then fails closed unless `on_store_error: allow`.

The hot path speaks RESP itself (`limits.resp`): one connection, checks that arrive together
pipelined on it, commands packed straight to bytes. redis-py adds ~3x the round trip in client
overhead (pool, locks, per-argument encoding, response callbacks).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from typing import Any, Final

from mcpwarden.limits.resp import ReplyError, RespClient, RespError, bulks, pack
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


class Script:
    """A Lua script run by SHA; when Redis does not know it (restarted, SCRIPT FLUSH), the same
    call is sent once as EVAL, which also loads it again for the next EVALSHA."""

    def __init__(self, source: str) -> None:
        self.source = source.encode()
        self.sha = hashlib.sha1(self.source, usedforsecurity=False).hexdigest()
        self._evalsha = bulks([b"EVALSHA", self.sha.encode()])
        self._eval = bulks([b"EVAL", self.source])

    async def run(self, client: RespClient, nkeys: int, nargs: int, keys_args: bytes) -> Any:
        """`keys_args`: the keys then the arguments, already packed as bulk strings."""
        head = b"*%d\r\n" % (nkeys + nargs + 3)
        tail = b"$%d\r\n%d\r\n%b" % (len(str(nkeys)), nkeys, keys_args)
        try:
            return await client.execute(head + self._evalsha + tail)
        except ReplyError as exc:
            if exc.code != "NOSCRIPT":
                raise
        return await client.execute(head + self._eval + tail)

    def load_command(self) -> bytes:
        return pack(b"SCRIPT", b"LOAD", self.source)


CHECK: Final = Script(CHECK_SCRIPT)
ADD: Final = Script(ADD_SCRIPT)
PREFIX_BYTES: Final = PREFIX.encode()


def _key(key: str) -> bytes:
    raw = key.encode()
    return b"$%d\r\n%b%b\r\n" % (len(PREFIX_BYTES) + len(raw), PREFIX_BYTES, raw)


class _Packed(dict[float, bytes]):
    """Numbers packed as bulk strings, remembered: a plan has few distinct intervals,
    tolerances, limits and ttls (bounded, since adaptive factors make new ones). Integers and
    reals are kept apart (1 == 1.0 as a key): INCRBY takes "1", never "1.0"."""

    def __init__(self, text: Callable[[float], bytes]) -> None:
        super().__init__()
        self._text = text

    def __missing__(self, value: float) -> bytes:
        if len(self) > 4096:
            self.clear()
        text = self._text(value)
        packed = self[value] = b"$%d\r\n%b\r\n" % (len(text), text)
        return packed


def _real(value: float) -> bytes:
    return repr(float(value)).encode()


def _integer(value: float) -> bytes:
    return b"%d" % value


def check_arguments(rates: list[RateItem], quotas: list[QuotaItem], reals: _Packed,
                    integers: _Packed) -> tuple[int, int, bytes]:
    """CHECK_SCRIPT's keys and arguments: (number of keys, number of arguments, bulks)."""
    keys = [_key(key) for key, _i, _t in rates]
    args = [integers[len(rates)]]
    for _rate_key, interval, tolerance in rates:
        args += (reals[interval], reals[tolerance])
    for key, limit, need, add, ttl in quotas:
        keys.append(_key(key))
        args += (integers[limit], integers[need], integers[add], reals[ttl])
    return len(keys), len(args), b"".join(keys) + b"".join(args)


class RedisStore:
    def __init__(self, url: str, timeout: float = TIMEOUT) -> None:
        self.url = url
        self.client = RespClient(url, timeout=timeout)
        self._pending: set[asyncio.Task[None]] = set()
        self._reals, self._integers = _Packed(_real), _Packed(_integer)

    async def start(self) -> None:
        try:
            for script in (CHECK, ADD):
                await self.client.execute(script.load_command())
        except (RespError, ReplyError) as exc:
            log.error("the rate-limit store %s is not reachable (%s); calls are refused until "
                      "it is (limits.on_store_error)", _safe(self.url), exc)

    async def aclose(self) -> None:
        if self._pending:
            await asyncio.wait(self._pending, timeout=1.0)
        await self.client.aclose()

    async def check(self, rates: list[RateItem], quotas: list[QuotaItem]) -> Verdict:
        nkeys, nargs, keys_args = check_arguments(
            rates, quotas, self._reals, self._integers)
        try:
            allowed, wait, which = await CHECK.run(self.client, nkeys, nargs, keys_args)
        except (RespError, ReplyError) as exc:
            raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc
        if allowed:
            return ALLOWED
        return Verdict(False, float(wait), int(which) - 1)

    def add(self, key: str, amount: int, ttl: float) -> None:
        """Sent in the background: response bytes are counted after the reply has gone."""
        task = asyncio.get_running_loop().create_task(self._add_now(key, amount, ttl))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _add_now(self, key: str, amount: int, ttl: float) -> None:
        try:
            ttl_ms = max(1, int(ttl * 1000))
            await ADD.run(self.client, 1, 2, _key(key) + bulks([b"%d" % amount, b"%d" % ttl_ms]))
        except (RespError, ReplyError) as exc:
            log.warning("could not count %d bytes on a quota in %s: %s", amount,
                        _safe(self.url), exc)


def _safe(url: str) -> str:
    """The URL without a password, for logs."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme}{sep}{rest.rpartition('@')[2]}" if sep else url
