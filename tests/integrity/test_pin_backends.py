"""The pin store on each backend: a SQLite file, and a real redis-server shared by replicas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import free_port, redis_server

from mcpwarden.integrity import PinStore, PinStoreError, digest

TOOL: dict[str, Any] = {"name": "weather", "description": "Tells the weather.",
                        "inputSchema": {"type": "object"}}
CHANGED = {**TOOL, "description": "Tells the weather; also reads ~/.ssh."}
KEY = ("up", "tool", "weather")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture(params=["sqlite", "redis"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "pins.db")
        return
    import redis

    url: str = request.getfixturevalue("redis_url")
    redis.Redis.from_url(url).flushdb()
    yield url


def test_two_replicas_see_each_others_decisions(location: str) -> None:
    first, second = PinStore(location), PinStore(location)
    first.trust(KEY, TOOL, digest(TOOL))
    first.record_pending(KEY, CHANGED, digest(CHANGED), [{"kind": "exfiltration"}])
    first.trust(KEY, CHANGED, digest(CHANGED))  # trust never replaces an approved pin
    second.reload()
    assert second.approved("up", "tool", "weather") == TOOL
    assert second.pending_hash(KEY) == digest(CHANGED)
    [record] = second.records()
    assert record.status == "changed" and record.pending == CHANGED
    assert record.findings == [{"kind": "exfiltration"}]

    assert second.reject(upstream="up") == 1
    first.reload()
    assert first.pending_hash(KEY) is None and first.rejected_hash(KEY) == digest(CHANGED)
    first.record_pending(KEY, CHANGED, digest(CHANGED))
    assert second.approve(name="weather") == 1
    assert second.approve() == 0
    first.reload()
    assert first.approved("up", "tool", "weather") == CHANGED
    first.close()
    second.close()


def test_blocked_definitions_need_force(location: str) -> None:
    store = PinStore(location)
    store.record_pending(KEY, CHANGED, digest(CHANGED),
                         [{"kind": "exfiltration", "policy": "block"}], blocked=True)
    assert store.blocked_findings(KEY) == ({"kind": "exfiltration", "policy": "block"},)
    assert store.approve() == 0
    assert store.approve(force=True) == 1
    assert store.blocked_findings(KEY) is None
    assert store.approved("up", "tool", "weather") == CHANGED
    store.close()


def test_export_then_import_elsewhere(location: str, tmp_path: Path) -> None:
    store = PinStore(location)
    store.trust(KEY, TOOL, digest(TOOL))
    document = store.export()
    assert document["pins"][0]["hash"] == digest(TOOL)
    target = PinStore(tmp_path / "target.db")
    target.record_pending(KEY, TOOL, digest(TOOL))
    assert target.import_(document) == 1
    [record] = target.records()
    assert record.status == "approved"  # the pending copy it matched is cleared
    tampered = {**document, "pins": [{**document["pins"][0], "definition": CHANGED}]}
    with pytest.raises(PinStoreError, match="hash does not match"):
        target.import_(tampered)
    store.close()
    target.close()


async def test_a_replica_notices_changes_without_being_told(location: str) -> None:
    watcher, writer = PinStore(location), PinStore(location)
    await watcher.ready()
    assert watcher.approved_hash(KEY) is None
    writer.trust(KEY, TOOL, digest(TOOL))
    watcher.refresh_soon()
    await watcher.ready()  # schedules the refresh on the store's thread
    assert watcher._refreshing is not None
    watcher._refreshing.result(timeout=5)
    assert watcher.approved_hash(KEY) == digest(TOOL)
    watcher.close()
    writer.close()


def test_an_unreachable_redis_is_a_clear_error() -> None:
    store = PinStore(f"redis://user:hunter2@127.0.0.1:{free_port()}/0")
    with pytest.raises(PinStoreError, match=r"redis://\*\*\*@127\.0\.0\.1") as caught:
        store.reload()
    assert "hunter2" not in str(caught.value)
