"""The stdio connector against real MCP server processes (fixtures/stdio_fixture_server.py)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from mcpwarden.guards.base import Exchange
from mcpwarden.identity.principal import Principal
from mcpwarden.upstream.base import UpstreamError, UpstreamSession, UpstreamTimeout
from mcpwarden.upstream.stdio import StdioConnector, StdioSession, UpstreamRestarting
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import (
    META_CLIENT_CAPABILITIES,
    META_CLIENT_INFO,
    META_PROTOCOL_VERSION,
    Era,
)
from mcpwarden.wire.jsonrpc import Message, RequestId

FIXTURE = Path(__file__).parent / "fixtures" / "stdio_fixture_server.py"
COMMAND = [sys.executable, str(FIXTURE)]
CAPABILITIES = {"sampling": {}, "elicitation": {"form": {}}, "roots": {"listChanged": True}}
CLIENT_INFO = {"name": "test-client", "version": "9.9"}

MakeConnector = Callable[..., StdioConnector]


@pytest.fixture
async def make() -> AsyncIterator[MakeConnector]:
    made: list[StdioConnector] = []

    def factory(**options: Any) -> StdioConnector:
        options.setdefault("init_timeout", 30.0)
        connector = StdioConnector("fx", COMMAND, **options)
        made.append(connector)
        return connector

    yield factory
    for connector in made:
        await connector.aclose()


def exchange(session_id: str | None = "s1", subject: str = "alice",
             era: Era = Era.LEGACY) -> Exchange:
    version = "2026-07-28" if era is Era.MODERN else "2025-11-25"
    return Exchange(upstream="fx", era=era, transport="stdio", protocol_version=version,
                    principal=Principal("https://issuer.test", subject), session_id=session_id)


def initialize(id: RequestId = 1, version: str = "2025-11-25") -> Message:
    return jsonrpc.request(id, "initialize", {
        "protocolVersion": version, "capabilities": CAPABILITIES, "clientInfo": CLIENT_INFO})


def tool(id: RequestId, name: str, meta: dict[str, Any] | None = None, **arguments: Any
         ) -> Message:
    params: dict[str, Any] = {"name": name, "arguments": arguments}
    if meta is not None:
        params["_meta"] = meta
    # Round-trip through bytes, as a front hands messages over.
    return Message.parse(jsonrpc.request(id, "tools/call", params).raw)


async def collect(session: UpstreamSession, msg: Message, ex: Exchange) -> list[Message]:
    return [item async for item in session.request(msg, ex)]


async def reply_of(session: UpstreamSession, msg: Message, ex: Exchange) -> Message:
    items = await collect(session, msg, ex)
    assert items[-1].is_reply
    return items[-1]


def text(reply: Message) -> str:
    assert reply.kind == "response", reply.obj
    return str(reply.obj["result"]["content"][0]["text"])


def structured(reply: Message) -> Any:
    """A tool's structured result (the SDK wraps non-object results in {"result": ...})."""
    assert reply.kind == "response", reply.obj
    content = reply.obj["result"]["structuredContent"]
    return content["result"] if list(content) == ["result"] else content


async def open_session(connector: StdioConnector, session_id: str = "s1",
                       subject: str = "alice", init_id: RequestId = 1
                       ) -> tuple[StdioSession, Exchange]:
    ex = exchange(session_id, subject)
    session, _ = await connector.open_session(initialize(init_id), ex)
    assert isinstance(session, StdioSession)
    return session, ex


async def pid_of(session: UpstreamSession, ex: Exchange) -> int:
    return int(text(await reply_of(session, tool("who", "whoami"), ex)))


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it has exited all the same.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


async def eventually(check: Callable[[], bool | Awaitable[bool]], seconds: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        outcome = check()
        if not isinstance(outcome, bool):
            outcome = await outcome
        if outcome:
            return
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def next_listened(stream: AsyncIterator[Message], seconds: float = 10.0) -> Message:
    return await asyncio.wait_for(anext(stream), seconds)


# -- handshake ---------------------------------------------------------------------------------


async def test_handshake_passes_the_client_capabilities_through(make: MakeConnector) -> None:
    connector = make()
    ex = exchange()
    session, reply = await connector.open_session(initialize("init-7"), ex)

    assert reply.id == "init-7"
    result = reply.obj["result"]
    assert result["protocolVersion"] == "2025-11-25"
    assert result["serverInfo"]["name"] == "stdio-fixture"
    assert session.era is Era.LEGACY
    await session.send(jsonrpc.notification("notifications/initialized"), ex)  # absorbed

    seen = structured(await reply_of(session, tool(2, "client_info"), ex))
    assert seen["capabilities"] == CAPABILITIES
    assert seen["clientInfo"] == CLIENT_INFO
    assert seen["protocolVersion"] == "2025-11-25"


async def test_shared_process_replies_with_the_stored_result_and_its_version(
    make: MakeConnector,
) -> None:
    connector = make(per="principal")
    first, ex1 = await open_session(connector, "s1")
    ex2 = exchange("s2")
    second, reply = await connector.open_session(initialize("again", "2025-06-18"), ex2)

    assert reply.id == "again"
    assert reply.obj["result"]["protocolVersion"] == "2025-11-25"  # what the process speaks
    assert reply.obj["result"]["serverInfo"]["name"] == "stdio-fixture"
    assert await pid_of(first, ex1) == await pid_of(second, ex2)


async def test_echo_is_readdressed_to_the_client_id(make: MakeConnector) -> None:
    session, ex = await open_session(make())
    reply = await reply_of(session, tool("abc", "echo", text="hello"), ex)
    assert reply.id == "abc"
    assert text(reply) == "hello"
    tools = await reply_of(session, Message.parse(jsonrpc.request(5, "tools/list").raw), ex)
    assert tools.id == 5
    assert {"echo", "add", "slow", "crash"} <= {t["name"] for t in tools.obj["result"]["tools"]}


# -- multiplexing ------------------------------------------------------------------------------


@pytest.mark.parametrize("per", ["client", "principal"])
async def test_concurrent_sessions_with_colliding_ids_get_their_own_replies(
    make: MakeConnector, per: str
) -> None:
    connector = make(per=per)
    sessions = [await open_session(connector, f"s{n}") for n in range(3)]

    async def one(n: int, i: int) -> None:
        session, ex = sessions[n]
        if i % 2:
            reply = await reply_of(session, tool(i, "echo", text=f"session {n} call {i}"), ex)
            assert text(reply) == f"session {n} call {i}"
        else:
            reply = await reply_of(session, tool(i, "add", a=n * 1000, b=i), ex)
            assert structured(reply) == n * 1000 + i
        assert reply.id == i

    await asyncio.gather(*(one(n, i) for n in range(3) for i in range(10)))
    pids = {await pid_of(s, ex) for s, ex in sessions}
    assert len(pids) == (3 if per == "client" else 1)


async def test_a_shared_process_never_mixes_up_sessions_under_load(make: MakeConnector) -> None:
    """Same ids, same progress token, interleaved streams: every message finds its caller."""
    connector = make(per="principal")
    sessions = [await open_session(connector, f"s{n}") for n in range(3)]

    async def one(n: int, i: int) -> None:
        session, ex = sessions[n]
        steps = 1 + (n * 7 + i) % 4
        kind = i % 3
        if kind == 0:
            msg = tool(i, "progress", {"progressToken": "same-token"}, steps=steps)
        elif kind == 1:
            msg = tool(i, "echo", text=f"{n}/{i}")
        else:
            msg = tool(i, "add", {"progressToken": i}, a=n, b=i)
        items = await collect(session, msg, ex)
        reply = items[-1]
        assert reply.id == i
        assert all(m.kind == "notification" for m in items[:-1])
        if kind == 0:
            assert [m.params["total"] for m in items[:-1]] == [steps] * steps
            assert {m.params["progressToken"] for m in items[:-1]} == {"same-token"}
            assert text(reply) == f"done {steps}"
        elif kind == 1:
            assert len(items) == 1 and text(reply) == f"{n}/{i}"
        else:
            assert structured(reply) == n + i

    await asyncio.gather(*(one(n, i) for i in range(20) for n in range(3)))
    assert all(not s.inflight for s, _ in sessions)


async def test_a_cancellation_only_reaches_the_session_that_sent_it(make: MakeConnector) -> None:
    connector = make(per="principal")
    (a, ex_a), (b, ex_b) = await open_session(connector, "a"), await open_session(connector, "b")
    call_a = asyncio.create_task(reply_of(a, tool(1, "slow", seconds=1.5), ex_a))
    call_b = asyncio.create_task(reply_of(b, tool(1, "slow", seconds=1.5), ex_b))
    await asyncio.sleep(0.3)
    await a.send(jsonrpc.notification("notifications/cancelled", {"requestId": 1}), ex_a)

    with pytest.raises(UpstreamError, match="cancelled"):
        await call_a
    reply = await call_b
    assert reply.id == 1 and text(reply) == "slept 1.5"


async def test_progress_is_routed_with_the_original_token(make: MakeConnector) -> None:
    connector = make(per="principal")
    (a, ex_a), (b, ex_b) = await open_session(connector, "a"), await open_session(connector, "b")

    async def run(session: StdioSession, ex: Exchange, steps: int) -> None:
        items = await collect(session, tool(1, "progress", {"progressToken": "tok"},
                                            steps=steps), ex)
        progress = [m for m in items if m.method == "notifications/progress"]
        assert [m.params["progressToken"] for m in progress] == ["tok"] * steps
        assert [m.params["progress"] for m in progress] == list(range(1, steps + 1))
        assert text(items[-1]) == f"done {steps}"

    await asyncio.gather(run(a, ex_a, 3), run(b, ex_b, 5))


async def test_sampling_arrives_in_the_request_stream_and_the_reply_completes_the_call(
    make: MakeConnector,
) -> None:
    session, ex = await open_session(make())
    stream = session.request(tool(7, "sample", prompt="write a haiku"), ex)
    asked = await anext(stream)

    assert asked.is_request and asked.method == "sampling/createMessage"
    assert isinstance(asked.id, str) and asked.id.startswith("mcpw-")
    assert asked.params["messages"][0]["content"]["text"] == "write a haiku"
    await session.send(jsonrpc.result(asked.id, {
        "role": "assistant", "content": {"type": "text", "text": "autumn moon"},
        "model": "test-model"}), ex)

    reply = await anext(stream)
    assert reply.id == 7 and text(reply) == "autumn moon"
    with pytest.raises(StopAsyncIteration):
        await anext(stream)


async def test_server_ping_is_answered_by_the_gateway(make: MakeConnector) -> None:
    session, ex = await open_session(make())
    items = await collect(session, tool(1, "ping_client"), ex)
    assert len(items) == 1 and text(items[0]) == "pong"


async def test_server_request_goes_to_the_listen_stream_when_no_request_of_the_session_waits(
    make: MakeConnector,
) -> None:
    connector = make(per="principal")
    legacy, ex = await open_session(connector)
    modern_ex = exchange(None, era=Era.MODERN)
    modern = await connector.stateless(modern_ex)
    stream = await legacy.listen(ex)
    assert stream is not None

    call = asyncio.create_task(reply_of(modern, tool(1, "sample", prompt="hi"), modern_ex))
    asked = await next_listened(stream)
    assert asked.method == "sampling/createMessage"
    await legacy.send(jsonrpc.result(asked.id or "", {
        "role": "assistant", "content": {"type": "text", "text": "from the listener"},
        "model": "m"}), ex)
    assert text(await call) == "from the listener"


async def test_a_server_request_nobody_reads_is_refused_after_the_listen_wait(
    make: MakeConnector,
) -> None:
    connector = make(per="principal", listen_wait=0.3)
    await open_session(connector)  # attached, but nobody reads its stream
    modern_ex = exchange(None, era=Era.MODERN)
    modern = await connector.stateless(modern_ex)

    reply = await asyncio.wait_for(reply_of(modern, tool(1, "sample", prompt="hi"), modern_ex), 10)
    # The fixture's SDK turns the refusal it received into the tool call's error.
    assert reply.kind == "error"
    assert "No client read the request within 0.3 s" in reply.obj["error"]["message"]


async def test_logging_and_list_changed_reach_the_listen_stream(make: MakeConnector) -> None:
    session, ex = await open_session(make())
    stream = await session.listen(ex)
    assert stream is not None

    assert text(await reply_of(session, tool(1, "log", msg="hello there"), ex)) == "logged"
    logged = await next_listened(stream)
    assert logged.method == "notifications/message"
    assert logged.params["data"] == "hello there"

    assert text(await reply_of(session, tool(2, "changed"), ex)) == "announced"
    assert (await next_listened(stream)).method == "notifications/tools/list_changed"


async def test_unowned_notifications_of_a_shared_process_reach_every_session(
    make: MakeConnector,
) -> None:
    connector = make(per="principal")
    (a, ex_a), (b, ex_b) = await open_session(connector, "a"), await open_session(connector, "b")
    stream_a, stream_b = await a.listen(ex_a), await b.listen(ex_b)
    assert stream_a is not None and stream_b is not None

    await reply_of(a, tool(1, "changed"), ex_a)
    for stream in (stream_a, stream_b):
        assert (await next_listened(stream)).method == "notifications/tools/list_changed"


# -- cancellation and timeouts ----------------------------------------------------------------


def stderr_says(connector: StdioConnector, needle: str) -> Callable[[], bool]:
    return lambda: any(needle in line for lines in connector.recent_stderr().values()
                       for line in lines)


async def test_closing_the_iterator_cancels_the_request_upstream(make: MakeConnector) -> None:
    connector = make()
    session, ex = await open_session(connector)
    stream = session.request(tool(1, "progress", {"progressToken": 1}, steps=400), ex)
    first = await anext(stream)
    assert first.method == "notifications/progress"
    await stream.aclose()

    # The process stopped the handler: it answers the next request promptly, and the
    # abandoned call's late messages never show up anywhere.
    assert text(await reply_of(session, tool(1, "echo", text="after"), ex)) == "after"
    assert not session.inflight


async def test_cancelling_the_consumer_cancels_the_request_upstream(make: MakeConnector) -> None:
    connector = make()
    session, ex = await open_session(connector)
    waiting = asyncio.create_task(reply_of(session, tool(1, "slow", seconds=30), ex))
    await asyncio.sleep(0.5)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await eventually(stderr_says(connector, "slow(30.0) cancelled"))


async def test_a_client_cancellation_is_translated_to_the_upstream_id(
    make: MakeConnector,
) -> None:
    connector = make()
    session, ex = await open_session(connector)
    waiting = asyncio.create_task(reply_of(session, tool("mine", "slow", seconds=20), ex))
    await asyncio.sleep(0.5)
    await session.send(jsonrpc.notification("notifications/cancelled",
                                            {"requestId": "mine", "reason": "user stop"}), ex)
    with pytest.raises(UpstreamError) as caught:
        await waiting
    assert caught.value.reason == "request_cancelled"
    await eventually(stderr_says(connector, "slow(20.0) cancelled"))


async def test_no_answer_within_request_timeout_times_out_and_cancels(
    make: MakeConnector,
) -> None:
    connector = make(request_timeout=0.5)
    session, ex = await open_session(connector)
    with pytest.raises(UpstreamTimeout) as caught:
        await reply_of(session, tool(1, "slow", seconds=10), ex)
    assert "within 0.5 s" in caught.value.message
    await eventually(stderr_says(connector, "slow(10.0) cancelled"))
    assert text(await reply_of(session, tool(2, "echo", text="still fine"), ex)) == "still fine"


# -- faults ------------------------------------------------------------------------------------


async def test_a_crash_fails_the_caller_and_the_next_request_restarts(
    make: MakeConnector,
) -> None:
    connector = make()
    session, ex = await open_session(connector)
    before = await pid_of(session, ex)

    with pytest.raises(UpstreamError) as caught:
        await reply_of(session, tool(1, "crash"), ex)
    assert caught.value.reason == "upstream_exited"
    assert "upstream process exited with code 3" in caught.value.message
    assert "crashing on purpose" in caught.value.message
    assert str(FIXTURE) not in caught.value.message

    after = await pid_of(session, ex)
    assert after != before
    # The restarted process was initialised with the client's stored parameters.
    seen = structured(await reply_of(session, tool(2, "client_info"), ex))
    assert seen["clientInfo"] == CLIENT_INFO


async def test_a_process_that_keeps_crashing_is_restarted_with_backoff(
    make: MakeConnector,
) -> None:
    connector = make(restart_backoff=(1.0, 5.0))
    session, ex = await open_session(connector)
    for _ in range(2):
        with pytest.raises(UpstreamError, match="exited with code 3"):
            await reply_of(session, tool(1, "crash"), ex)

    with pytest.raises(UpstreamRestarting) as caught:
        await reply_of(session, tool(2, "echo", text="too soon"), ex)
    assert caught.value.reason == "upstream_restarting"
    assert 0 < caught.value.retry_after <= 1.0
    assert "retry in" in caught.value.message

    await asyncio.sleep(caught.value.retry_after + 0.05)
    assert text(await reply_of(session, tool(3, "echo", text="back"), ex)) == "back"


async def test_other_processes_keep_serving_while_one_crashes(make: MakeConnector) -> None:
    connector = make()
    (a, ex_a), (b, ex_b) = await open_session(connector, "a"), await open_session(connector, "b")
    slow_b = asyncio.create_task(reply_of(b, tool(1, "slow", seconds=1), ex_b))
    with pytest.raises(UpstreamError):
        await reply_of(a, tool(1, "crash"), ex_a)
    assert text(await slow_b) == "slept 1.0"


async def test_garbage_on_stdout_breaks_the_process(make: MakeConnector) -> None:
    connector = make()
    session, ex = await open_session(connector)
    before = await pid_of(session, ex)
    with pytest.raises(UpstreamError) as caught:
        await reply_of(session, tool(1, "garbage"), ex)
    assert caught.value.reason == "upstream_invalid_message"
    assert "not a JSON-RPC message" in caught.value.message
    await eventually(lambda: not running(before))
    assert text(await reply_of(session, tool(2, "echo", text="recovered"), ex)) == "recovered"


async def test_a_line_longer_than_the_limit_breaks_the_process(make: MakeConnector) -> None:
    connector = make(max_line_bytes=4096)
    session, ex = await open_session(connector)
    with pytest.raises(UpstreamError) as caught:
        await reply_of(session, tool(1, "echo", text="x" * 10_000), ex)
    assert caught.value.reason == "upstream_invalid_message"
    assert "longer than 4096 bytes" in caught.value.message
    assert text(await reply_of(session, tool(2, "echo", text="short"), ex)) == "short"


async def test_a_command_that_cannot_start_is_reported(make: MakeConnector) -> None:
    connector = StdioConnector("missing", ["/nonexistent/mcp-server"])
    try:
        with pytest.raises(UpstreamError) as caught:
            await connector.open_session(initialize(), exchange())
        assert "could not be started" in caught.value.message
    finally:
        await connector.aclose()


async def test_stderr_is_kept_in_a_bounded_ring(make: MakeConnector) -> None:
    connector = make(stderr_lines=5)
    session, ex = await open_session(connector)
    await reply_of(session, tool(1, "stderr_noise", lines=50), ex)
    await eventually(stderr_says(connector, "noise line 49"))
    (lines,) = connector.recent_stderr().values()
    assert lines == [f"noise line {i}" for i in range(45, 50)]


# -- the pool ----------------------------------------------------------------------------------


async def test_idle_processes_are_reaped(make: MakeConnector) -> None:
    connector = make(idle_timeout=0.5)
    ex = exchange(None, era=Era.MODERN)
    modern = await connector.stateless(ex)
    pid = await pid_of(modern, ex)
    legacy, ex_legacy = await open_session(connector)  # attached: never idle-reaped
    legacy_pid = await pid_of(legacy, ex_legacy)

    await eventually(lambda: not running(pid), seconds=5)
    assert list(connector.processes().values()) == [legacy_pid]
    # The same principal gets a fresh process on its next request.
    assert await pid_of(modern, ex) != pid


async def test_a_full_pool_evicts_the_least_recently_used_idle_process(
    make: MakeConnector,
) -> None:
    connector = make(max_processes=2)
    (a, ex_a), (b, ex_b) = await open_session(connector, "a"), await open_session(connector, "b")
    pid_a, pid_b = await pid_of(a, ex_a), await pid_of(b, ex_b)

    c, ex_c = await open_session(connector, "c")
    await eventually(lambda: not running(pid_a))
    assert running(pid_b)
    assert len(connector.processes()) == 2
    # The evicted session still works: its process is started again (evicting b).
    assert await pid_of(a, ex_a) != pid_a
    await eventually(lambda: not running(pid_b))
    await pid_of(c, ex_c)


async def test_a_full_pool_of_busy_processes_refuses_with_capacity(make: MakeConnector) -> None:
    connector = make(max_processes=2)
    busy = []
    for name in ("a", "b"):
        session, ex = await open_session(connector, name)
        busy.append(asyncio.create_task(reply_of(session, tool(1, "slow", seconds=2), ex)))
    await asyncio.sleep(0.3)

    with pytest.raises(UpstreamError) as caught:
        await connector.open_session(initialize(), exchange("c"))
    assert caught.value.reason == "upstream_capacity"
    assert "maximum of 2 processes" in caught.value.message
    for task in busy:
        assert text(await task) == "slept 2.0"


async def test_closing_a_session_stops_its_process(make: MakeConnector) -> None:
    connector = make()
    session, ex = await open_session(connector)
    stream = await session.listen(ex)
    assert stream is not None
    pid = await pid_of(session, ex)
    await session.close()
    await eventually(lambda: not running(pid))
    with pytest.raises(StopAsyncIteration):
        await next_listened(stream)
    with pytest.raises(UpstreamError) as caught:
        await reply_of(session, tool(1, "echo", text="late"), ex)
    assert caught.value.reason == "session_closed"


async def test_aclose_stops_every_process(make: MakeConnector) -> None:
    connector = make()
    pids = []
    for name in ("a", "b"):
        session, ex = await open_session(connector, name)
        pids.append(await pid_of(session, ex))
    await connector.aclose()
    assert not any(running(pid) for pid in pids)
    assert connector.processes() == {}


# -- modern exchanges and isolation -----------------------------------------------------------


async def test_modern_exchanges_share_a_gateway_initialised_process(
    make: MakeConnector,
) -> None:
    connector = make()
    ex = exchange(None, era=Era.MODERN)
    session = await connector.stateless(ex)
    assert session.era is Era.LEGACY
    assert await connector.stateless(exchange(None, era=Era.MODERN)) is session
    other = await connector.stateless(exchange(None, subject="bob", era=Era.MODERN))
    assert other is not session

    seen = structured(await reply_of(session, tool(1, "client_info"), ex))
    assert seen["clientInfo"]["name"] == "mcpwarden"
    assert seen["capabilities"] == {}
    assert seen["protocolVersion"] == "2025-11-25"
    assert await pid_of(session, ex) != await pid_of(other, ex)


async def test_modern_exchanges_are_bridged_to_the_legacy_process(make: MakeConnector) -> None:
    connector = make()
    ex = exchange(None, era=Era.MODERN)
    session = await connector.stateless(ex)

    discover = await reply_of(session, Message.parse(jsonrpc.request(
        "d", "server/discover").raw), ex)
    assert discover.id == "d"
    assert "2026-07-28" in discover.obj["result"]["supportedVersions"]
    assert "tools" in discover.obj["result"]["capabilities"]

    reply = await reply_of(session, tool(4, "echo", text="modern"), ex)
    assert reply.id == 4 and text(reply) == "modern"
    assert reply.obj["result"]["resultType"] == "complete"


async def test_modern_meta_keys_are_stripped_and_others_kept(make: MakeConnector) -> None:
    connector = make()
    ex = exchange(None, era=Era.MODERN)
    session = await connector.stateless(ex)
    meta = {
        META_PROTOCOL_VERSION: "2026-07-28",
        META_CLIENT_CAPABILITIES: {"sampling": {}},
        META_CLIENT_INFO: {"name": "modern-client", "version": "1"},
        "com.example/trace": "t-1",
    }
    seen = structured(await reply_of(session, tool(1, "seen_meta", meta), ex))
    assert seen == {"com.example/trace": "t-1"}


async def test_the_gateway_environment_does_not_leak(
    make: MakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCPW_SECRET_TEST", "do-not-leak")
    connector = make(env={"FIXTURE_SETTING": "on"})
    session, ex = await open_session(connector)
    names = structured(await reply_of(session, tool(1, "env"), ex))
    assert "FIXTURE_SETTING" in names
    assert "PATH" in names
    assert "MCPW_SECRET_TEST" not in names
    assert "HOME" not in names
