"""`Route.answer`: the first message the client should see, then the rest of the exchange.

Against the real conformance fixture upstream (Streamable HTTP, SSE answers): a reply that comes
first ends the exchange at once; a streamed exchange yields the rest in order; a relay closed
before anyone iterates it still cancels the upstream call and runs the request's finalizers; the
route's time budget still turns into an `upstream_timeout` reply.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from support import everything_server, initialize_request

from mcpwarden.audit.events import Event, EventBus
from mcpwarden.gateway import Route
from mcpwarden.guards.base import Exchange
from mcpwarden.guards.chain import Chain
from mcpwarden.upstream.base import UpstreamSession
from mcpwarden.upstream.http import HttpConnector
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message

VERSION = "2025-11-25"


@pytest.fixture(scope="module")
def upstream_url() -> Iterator[str]:
    with everything_server() as url:
        yield url


class Session:
    def __init__(self, route: Route, link: UpstreamSession, events: list[Event]) -> None:
        self.route, self.link, self.events = route, link, events
        self.finished = 0

    def exchange(self) -> Exchange:
        ex = Exchange(upstream="everything", era=Era.LEGACY, transport="http",
                      protocol_version=VERSION)
        ex.finalizers.append(self._finish)
        return ex

    def _finish(self) -> None:
        self.finished += 1

    @property
    def client(self) -> HttpConnector:
        connector = self.route.connector
        assert isinstance(connector, HttpConnector)
        return connector


async def open_session(url: str, timeout: float = 15) -> AsyncIterator[Session]:
    events: list[Event] = []
    bus = EventBus()
    bus.subscribe(events.append)
    connector = HttpConnector("everything", url)
    route = Route(name="everything", chain=Chain([]), connector=connector, timeout=timeout,
                  events=bus)
    try:
        ex = Exchange(upstream="everything", era=Era.LEGACY, transport="http",
                      protocol_version=VERSION)
        link, reply = await route.open_session(ex, Message.from_obj(initialize_request()))
        assert reply.kind == "response", reply.obj
        await link.send(jsonrpc.notification("notifications/initialized"), ex)
        yield Session(route, link, events)
        await link.close()
    finally:
        await connector.aclose()


@pytest.fixture
async def session(upstream_url: str) -> AsyncIterator[Session]:
    async for opened in open_session(upstream_url):
        yield opened


def call(tool: str, id: int = 2) -> Message:
    return jsonrpc.request(id, "tools/call", {"name": tool, "arguments": {},
                                              "_meta": {"progressToken": "p"}})


async def test_a_reply_that_comes_first_ends_the_exchange(session: Session) -> None:
    ex = session.exchange()
    relay = await session.route.answer(ex, call("test_simple_text"), session.link)
    assert relay.first.kind == "response" and relay.first.id == 2
    # The request is over, and recorded, before the client is handed the reply.
    assert session.finished == 1
    assert [e.outcome for e in session.events] == ["ok"]
    assert [out async for out in relay] == []
    await relay.aclose()
    assert session.finished == 1


async def test_a_streamed_exchange_yields_the_rest_in_order(session: Session) -> None:
    ex = session.exchange()
    relay = await session.route.answer(ex, call("test_tool_with_progress"), session.link)
    assert relay.first.method == "notifications/progress"
    assert session.finished == 0
    rest = [out async for out in relay]
    await relay.aclose()
    assert [m.method for m in rest[:-1]] == ["notifications/progress"] * 2
    assert rest[-1].kind == "response" and rest[-1].id == 2
    assert session.finished == 1
    assert [e.outcome for e in session.events] == ["ok"]


async def test_closing_a_relay_unread_cancels_the_upstream_call(session: Session) -> None:
    ex = session.exchange()
    relay = await session.route.answer(ex, call("test_tool_with_progress"), session.link)
    assert not relay.first.is_reply
    assert session.client.client.open_connections > session.client.client.idle_connections
    await relay.aclose()
    # The streamed response was abandoned: its connection is gone, nothing is left in use.
    assert session.client.client.open_connections == session.client.client.idle_connections
    assert session.finished == 1
    assert session.events == []  # no reply was relayed, so there is no request to record


async def test_the_time_budget_still_cancels_a_slow_upstream(upstream_url: str) -> None:
    async for slow in open_session(upstream_url, timeout=0.03):
        ex = slow.exchange()
        relay = await slow.route.answer(ex, call("test_tool_with_progress"), slow.link)
        messages = [relay.first, *[out async for out in relay]]
        await relay.aclose()
        error = messages[-1].obj.get("error")
        assert isinstance(error, dict) and error["data"]["reason"] == "upstream_timeout"
        assert slow.finished == 1
        assert [e.outcome for e in slow.events] == ["error"]
