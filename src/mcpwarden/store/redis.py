"""Pins in Redis: every replica of a cluster enforces the same set.

One hash per pin (`mcpwarden:pin:<json key>`), an index set, and a version counter bumped by
every write so that replicas notice changes with one GET. Every write is one Lua script, so it is
atomic: trust-on-first-use never overwrites an approval another replica made meanwhile, an import
is all or nothing, and approving applies only to the pending version the admin reviewed.
"""

from __future__ import annotations

from typing import Any

import orjson
import redis

from mcpwarden.store.records import Import, Key, PinRecord, Selection
from mcpwarden.store.sqlite import BackendError

PREFIX = "mcpwarden:"
_INDEX = PREFIX + "pins:index"
_VERSION = PREFIX + "pins:version"
_PIN = PREFIX + "pin:"

# KEYS: index, version. ARGV: id, text, hash, now.
_TRUST = """
local pin = ARGV[5] .. ARGV[1]
if redis.call('HEXISTS', pin, 'approved_hash') == 0 then
  redis.call('HSET', pin, 'approved', ARGV[2], 'approved_hash', ARGV[3], 'approved_at', ARGV[4])
end
redis.call('HSETNX', pin, 'first_seen', ARGV[4])
redis.call('SADD', KEYS[1], ARGV[1])
return redis.call('INCR', KEYS[2])
"""
# ARGV: id, text, hash, now, findings ('' for none), blocked (0/1), pin prefix.
_PENDING = """
local pin = ARGV[7] .. ARGV[1]
redis.call('HSET', pin, 'pending', ARGV[2], 'pending_hash', ARGV[3], 'pending_at', ARGV[4],
           'findings', ARGV[5], 'blocked', ARGV[6])
redis.call('HSETNX', pin, 'first_seen', ARGV[4])
redis.call('SADD', KEYS[1], ARGV[1])
return redis.call('INCR', KEYS[2])
"""
# Approve (ARGV[3] == 'approve') or reject one pin, only if its pending hash is still ARGV[2].
# ARGV: pin key, expected pending hash, action, now.
_DECIDE = """
local pin = ARGV[1]
if redis.call('HGET', pin, 'pending_hash') ~= ARGV[2] then return 0 end
if ARGV[3] == 'approve' then
  redis.call('HSET', pin, 'approved', redis.call('HGET', pin, 'pending'),
             'approved_hash', ARGV[2], 'approved_at', ARGV[4])
  redis.call('HDEL', pin, 'rejected_hash')
else
  redis.call('HSET', pin, 'rejected_hash', ARGV[2])
end
redis.call('HDEL', pin, 'pending', 'pending_hash', 'pending_at', 'findings')
redis.call('HSET', pin, 'blocked', '0')
redis.call('INCR', KEYS[2])
return 1
"""
# ARGV: now, pin prefix, then (id, text, hash) triples.
_IMPORT = """
for i = 3, #ARGV, 3 do
  local pin = ARGV[2] .. ARGV[i]
  redis.call('HSET', pin, 'approved', ARGV[i + 1], 'approved_hash', ARGV[i + 2],
             'approved_at', ARGV[1])
  redis.call('HSETNX', pin, 'first_seen', ARGV[1])
  if redis.call('HGET', pin, 'pending_hash') == ARGV[i + 2] then
    redis.call('HDEL', pin, 'pending', 'pending_hash', 'pending_at', 'findings')
    redis.call('HSET', pin, 'blocked', '0')
  end
  redis.call('SADD', KEYS[1], ARGV[i])
end
return redis.call('INCR', KEYS[2])
"""
# Everything at once, consistently: the version, then id and flattened hash per pin.
_READ = """
local out = {redis.call('GET', KEYS[2]) or '0'}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  table.insert(out, id)
  table.insert(out, redis.call('HGETALL', ARGV[1] .. id))
end
return out
"""


class RedisPins:
    def __init__(self, url: str) -> None:
        self.location = _without_password(url)
        try:
            self._redis = redis.Redis.from_url(url, socket_timeout=5.0,
                                               socket_connect_timeout=5.0)
        except ValueError as exc:
            raise BackendError(f"state: {self.location} is not a usable Redis URL: {exc}") from None
        self._scripts = {name: self._redis.register_script(source) for name, source in
                         (("trust", _TRUST), ("pending", _PENDING), ("decide", _DECIDE),
                          ("import", _IMPORT), ("read", _READ))}

    def version(self) -> object:
        return self._call(lambda: self._redis.get(_VERSION))

    def read(self) -> tuple[list[PinRecord], object]:
        reply = self._run("read", [_PIN])
        version, rest = reply[0], reply[1:]
        records = [_record(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)]
        records.sort(key=lambda r: r.key)
        return records, version

    def trust(self, key: Key, text: str, hash_: str, now: float) -> None:
        self._run("trust", [_id(key), text, hash_, repr(now), _PIN])

    def record_pending(self, key: Key, text: str, hash_: str, now: float,
                       findings: str | None, blocked: bool) -> None:
        self._run("pending", [_id(key), text, hash_, repr(now), findings or "",
                              "1" if blocked else "0", _PIN])

    def approve(self, selection: Selection, now: float) -> int:
        return self._decide(selection, "approve", now)

    def reject(self, selection: Selection) -> int:
        return self._decide(selection, "reject", 0.0)

    def import_(self, entries: list[Import], now: float) -> None:
        args: list[str] = [repr(now), _PIN]
        for entry in entries:
            args += [_id(entry.key), entry.text, entry.hash]
        self._run("import", args)

    def close(self) -> None:
        self._redis.close()

    def _decide(self, selection: Selection, action: str, now: float) -> int:
        records, _ = self.read()
        return sum(
            int(self._run("decide", [_PIN + _id(r.key), r.pending_hash or "", action, repr(now)]))
            for r in records if selection.matches(r))

    def _run(self, script: str, args: list[str]) -> Any:
        return self._call(lambda: self._scripts[script](keys=[_INDEX, _VERSION], args=args))

    def _call(self, func: Any) -> Any:
        try:
            return func()
        except redis.RedisError as exc:
            raise BackendError(f"the pin store at {self.location} failed: {exc}") from None


def _id(key: Key) -> str:
    return orjson.dumps(list(key)).decode()


def _record(raw_id: bytes, flat: list[bytes]) -> PinRecord:
    upstream, kind, name = orjson.loads(raw_id)
    fields = {flat[i].decode(): flat[i + 1].decode() for i in range(0, len(flat), 2)}

    def text(field: str) -> str | None:
        return fields.get(field) or None

    def number(field: str) -> float | None:
        value = text(field)
        return float(value) if value is not None else None

    def document(field: str) -> Any | None:
        value = text(field)
        return orjson.loads(value) if value is not None else None

    findings = document("findings")
    return PinRecord(
        upstream, kind, name, document("approved"), text("approved_hash"), number("approved_at"),
        document("pending"), text("pending_hash"), number("pending_at"), text("rejected_hash"),
        number("first_seen") or 0.0,
        [f for f in findings if isinstance(f, dict)] if isinstance(findings, list) else [],
        fields.get("blocked") == "1")


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    _credentials, at, host = rest.rpartition("@")
    return f"{scheme}{sep}{'***@' if at else ''}{host}" if sep else url
