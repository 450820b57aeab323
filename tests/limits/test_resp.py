"""The RESP client of the Redis limit store, against real redis-servers: pipelining, errors,
NOSCRIPT recovery, reconnects, AUTH/SELECT, unix sockets, timeouts, and the reply parser fed in
fragments."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis
import uvloop
from support import REDIS_SERVER, RedisProcess, free_port

from mcpwarden.limits.redis import CHECK, RedisStore
from mcpwarden.limits.resp import (
    Address,
    Parser,
    ProtocolError,
    ReplyError,
    RespClient,
    RespError,
    pack,
)

# -- the parser --------------------------------------------------------------------------------

REPLIES = (b"+OK\r\n:42\r\n:-7\r\n$5\r\nhello\r\n$0\r\n\r\n$-1\r\n*-1\r\n*0\r\n"
           b"-NOSCRIPT No matching script. Please use EVAL.\r\n"
           b"*3\r\n:1\r\n$1\r\n0\r\n*2\r\n$4\r\na\r\nb\r\n-ERR inner\r\n"
           b"$12\r\nline\r\nbreak!\r\n")


def check_replies(replies: list[object]) -> None:
    assert replies[:8] == [b"OK", 42, -7, b"hello", b"", None, None, []]
    assert isinstance(replies[8], ReplyError) and replies[8].code == "NOSCRIPT"
    allowed, wait, nested = replies[9]  # type: ignore[misc]
    assert (allowed, wait) == (1, b"0")
    assert nested[0] == b"a\r\nb" and isinstance(nested[1], ReplyError)
    assert str(nested[1]) == "ERR inner"
    assert replies[10] == b"line\r\nbreak!"  # a bulk string is read by length, not by CRLF
    assert len(replies) == 11


def test_parser_whole_buffer() -> None:
    parser = Parser()
    parser.feed(REPLIES)
    check_replies(parser.replies())
    assert parser.replies() == []


def test_parser_fed_one_byte_at_a_time() -> None:
    parser = Parser()
    replies: list[object] = []
    for i in range(len(REPLIES)):
        parser.feed(REPLIES[i:i + 1])
        replies += parser.replies()
    check_replies(replies)


def test_parser_split_at_every_point() -> None:
    for cut in range(1, len(REPLIES)):
        parser = Parser()
        parser.feed(REPLIES[:cut])
        first = parser.replies()
        parser.feed(REPLIES[cut:])
        check_replies(first + parser.replies())


def test_parser_rejects_what_is_not_resp() -> None:
    parser = Parser()
    parser.feed(b"HTTP/1.1 400 Bad Request\r\n")
    with pytest.raises(ProtocolError):
        parser.replies()


def test_pack_is_binary_safe() -> None:
    assert pack(b"SET", b"k", b"a\r\nb") == b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$4\r\na\r\nb\r\n"


# -- URLs -------------------------------------------------------------------------------------


def test_urls() -> None:
    assert Address.from_url("redis://127.0.0.1:6380/2") == Address("127.0.0.1", 6380, db=2)
    assert Address.from_url("redis://localhost") == Address("localhost", 6379)
    full = Address.from_url("rediss://alice:p%40ss%3Aw@cache.example:6390/1")
    assert (full.tls, full.username, full.password, full.db) == (True, "alice", "p@ss:w", 1)
    assert Address.from_url("redis://:secret@[::1]:7000").host == "::1"
    assert Address.from_url("redis://:secret@h").handshake() == [pack(b"AUTH", b"secret")]
    assert full.handshake() == [pack(b"AUTH", b"alice", b"p@ss:w"), pack(b"SELECT", b"1")]
    sock = Address.from_url("unix:///run/redis.sock?db=3&password=pw")
    assert (sock.path, sock.db, sock.password) == ("/run/redis.sock", 3, "pw")
    assert "p@ss" not in str(full) and "pw" not in str(sock)
    assert Address.from_url("unix://:pw@Redis.sock").path == "Redis.sock"
    with pytest.raises(ValueError):
        Address.from_url("http://127.0.0.1:6379")
    with pytest.raises(ValueError):
        Address.from_url("unix://")


# -- against a real server -------------------------------------------------------------------


async def test_pipelined_commands_answer_in_order(redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url)
    try:
        counts = await asyncio.gather(*(client.execute(pack(b"INCR", b"n")) for _ in range(300)))
        assert counts == list(range(1, 301))
        echoes = await asyncio.gather(*(client.execute(pack(b"ECHO", b"%d" % i))
                                        for i in range(300)))
        assert echoes == [b"%d" % i for i in range(300)]
    finally:
        await client.aclose()


def test_pipelining_under_uvloop(redis_server: RedisProcess) -> None:
    """The gateway runs on uvloop, whose transports are not asyncio's classes."""

    async def run() -> list[object]:
        client = RespClient(redis_server.url)
        try:
            return list(await asyncio.gather(*(client.execute(pack(b"INCR", b"u"))
                                               for _ in range(50))))
        finally:
            await client.aclose()

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        assert runner.run(run()) == list(range(1, 51))


async def test_a_reply_larger_than_one_read(redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url)
    big = bytes(range(256)) * 8192  # 2 MiB, CRLFs included
    try:
        assert await client.execute(pack(b"SET", b"big", big)) == b"OK"
        got, after = await asyncio.gather(client.execute(pack(b"GET", b"big")),
                                          client.execute(pack(b"ECHO", b"after")))
        assert got == big and after == b"after"
        many = await client.execute(pack(b"LRANGE", b"list", b"0", b"-1"))
        assert many == []
    finally:
        await client.aclose()


async def test_errors_map_to_reply_error_and_leave_the_connection_usable(
        redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url)
    try:
        await client.execute(pack(b"SET", b"s", b"text"))
        results = await asyncio.gather(client.execute(pack(b"INCR", b"s")),
                                       client.execute(pack(b"NOSUCHCOMMAND")),
                                       client.execute(pack(b"PING")), return_exceptions=True)
        wrong, unknown, pong = results
        assert isinstance(wrong, ReplyError) and wrong.code == "ERR"
        assert "not an integer" in str(wrong)
        assert isinstance(unknown, ReplyError) and "unknown command" in str(unknown)
        assert pong == b"PONG"
        with pytest.raises(ReplyError) as excinfo:
            await client.execute(pack(b"LPUSH", b"s", b"x"))
        assert excinfo.value.code == "WRONGTYPE"
    finally:
        await client.aclose()


async def test_a_slow_reply_times_out_and_the_client_recovers(
        redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url, timeout=0.2)
    loop = asyncio.get_running_loop()
    try:
        started = loop.time()
        with pytest.raises(RespError, match="no reply"):
            await client.execute(pack(b"BLPOP", b"empty", b"2"))  # Redis holds it for 2 s
        assert 0.15 < loop.time() - started < 1.0
        assert await client.execute(pack(b"PING")) == b"PONG"  # on a new connection
    finally:
        await client.aclose()


async def test_noscript_after_script_flush_falls_back_to_eval(redis_server: RedisProcess) -> None:
    store = RedisStore(redis_server.url)
    admin = aioredis.Redis.from_url(redis_server.url)
    try:
        await store.start()
        sha = CHECK.sha
        assert (await admin.script_exists(sha)) == [True]
        rates = [("user|x", 0.01, 1.0)]
        assert (await store.check(rates, [])).allowed
        await admin.script_flush()
        assert (await admin.script_exists(sha)) == [False]
        assert (await store.check(rates, [])).allowed  # NOSCRIPT, then EVAL
        assert (await admin.script_exists(sha)) == [True]  # loaded again for the next EVALSHA
        stats = await admin.info("commandstats")
        assert stats["cmdstat_eval"]["calls"] == 1
    finally:
        await admin.aclose()
        await store.aclose()


async def test_reconnects_after_the_server_restarts(redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url)
    try:
        assert await client.execute(pack(b"PING")) == b"PONG"
        redis_server.stop()
        with pytest.raises(RespError):
            await client.execute(pack(b"PING"))
        with pytest.raises(RespError):  # refused, or held back by the backoff: at once either way
            await client.execute(pack(b"PING"))
        redis_server.start()
        assert await eventually_pong(client)
    finally:
        await client.aclose()


async def eventually_pong(client: RespClient, seconds: float = 3.0) -> bool:
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        with contextlib.suppress(RespError):
            return bool(await client.execute(pack(b"PING")) == b"PONG")
        await asyncio.sleep(0.02)
    return False


async def test_an_unreachable_server_fails_fast_and_backs_off() -> None:
    client = RespClient(f"redis://127.0.0.1:{free_port()}/0")
    loop = asyncio.get_running_loop()
    try:
        started = loop.time()
        with pytest.raises(RespError, match="cannot connect"):
            await client.execute(pack(b"PING"))
        with pytest.raises(RespError, match="retrying in"):
            await client.execute(pack(b"PING"))
        assert loop.time() - started < 0.5
    finally:
        await client.aclose()


@contextlib.contextmanager
def secured_redis(directory: Path) -> Iterator[tuple[int, Path]]:
    """A redis-server that wants a password, on TCP and on a unix socket."""
    port, sock = free_port(), directory / "redis.sock"
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory),
         "--save", "", "--appendonly", "no", "--requirepass", "s3cret",
         "--unixsocket", str(sock), "--unixsocketperm", "700"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not sock.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        yield port, sock
    finally:
        process.terminate()
        process.wait(timeout=5)


async def test_auth_select_and_unix_sockets(tmp_path: Path) -> None:
    with secured_redis(tmp_path) as (port, sock):
        for url in (f"redis://:s3cret@127.0.0.1:{port}/3",
                    f"redis://default:s3cret@127.0.0.1:{port}/3",
                    f"unix://{sock}?db=3&password=s3cret"):
            client = RespClient(url)
            try:
                await client.execute(pack(b"SET", b"where", url.encode()))
            finally:
                await client.aclose()
            admin = aioredis.Redis(host="127.0.0.1", port=port, password="s3cret", db=3)
            try:
                assert await admin.get("where") == url.encode()  # written in db 3
            finally:
                await admin.aclose()
        for url in (f"redis://:wrong@127.0.0.1:{port}/0", f"redis://127.0.0.1:{port}/0"):
            client = RespClient(url)
            try:
                with pytest.raises((RespError, ReplyError)) as excinfo:
                    await client.execute(pack(b"GET", b"where"))
                assert any(word in str(excinfo.value) for word in ("WRONGPASS", "NOAUTH"))
            finally:
                await client.aclose()


async def test_a_closed_client_refuses_commands(redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url)
    assert await client.execute(pack(b"PING")) == b"PONG"
    await client.aclose()
    with pytest.raises(RespError, match="closed"):
        await client.execute(pack(b"PING"))


def test_one_client_across_event_loops(redis_server: RedisProcess) -> None:
    """A store built once may outlive the loop it first ran on (asyncio.run twice)."""
    client = RespClient(redis_server.url)
    assert asyncio.run(client.execute(pack(b"INCR", b"loops"))) == 1
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        assert runner.run(client.execute(pack(b"INCR", b"loops"))) == 2
    assert asyncio.run(client.execute(pack(b"INCR", b"loops"))) == 3
    asyncio.run(client.aclose())


async def test_rediss_speaks_tls_and_fails_closed_against_a_plain_server(
        redis_server: RedisProcess) -> None:
    client = RespClient(f"rediss://127.0.0.1:{redis_server.port}/0")
    try:
        with pytest.raises(RespError, match="cannot connect"):
            await client.execute(pack(b"PING"))
    finally:
        await client.aclose()


async def test_callers_that_give_up_do_not_shift_the_replies(redis_server: RedisProcess) -> None:
    client = RespClient(redis_server.url)
    try:
        tasks = [asyncio.ensure_future(client.execute(pack(b"ECHO", b"%d" % i)))
                 for i in range(20)]
        await asyncio.sleep(0)  # every command is on its way
        for task in tasks[::2]:
            task.cancel()
        done = await asyncio.gather(*tasks, return_exceptions=True)
        assert done[1::2] == [b"%d" % i for i in range(1, 20, 2)]
        assert all(isinstance(r, asyncio.CancelledError) for r in done[::2])
        assert await client.execute(pack(b"ECHO", b"next")) == b"next"
    finally:
        await client.aclose()
