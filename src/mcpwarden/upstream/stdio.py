"""Local MCP servers run as child processes and spoken to over stdio, shared by many clients.

The gateway is the MCP client of each process: it performs the handshake itself and multiplexes
every gateway client onto the processes it is allowed to share (newline-delimited JSON-RPC,
spec 2025-11-25 basic/transports §stdio and basic/lifecycle).

Pooling: one process per legacy session (`per="client"`) or per principal. Modern (stateless)
clients always share their principal's process, which the gateway initialises with its own
identity and no client capabilities.

Multiplexing: each forwarded request gets a fresh upstream id (and its progress token a fresh
upstream token); replies and progress are routed back to their caller and re-addressed to what the
client used. Server-initiated requests get gateway ids (`mcpw-<n>`) so that the client's reply,
which arrives through `send()`, finds its way back to the right process. Replies are re-addressed
by splicing bytes (the payload is never decoded), so large results cost a copy, not a parse.

Faults (exit, non-JSON output, oversized lines, timeouts) fail only the callers of the affected
process; the next request restarts it, with exponential backoff when it keeps crashing.
`request_timeout` is a hard deadline per request: progress notifications do not extend it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import signal
from collections import deque
from collections.abc import AsyncGenerator, Coroutine, Mapping, Sequence
from typing import Any, Final, Literal

import msgspec
import orjson

from mcpwarden import __version__
from mcpwarden.guards.base import Exchange
from mcpwarden.upstream import bridge
from mcpwarden.upstream.base import Connector, UpstreamError, UpstreamSession, UpstreamTimeout
from mcpwarden.upstream.sandbox import Sandbox, SandboxUnavailable
from mcpwarden.wire.eras import (
    LATEST_HANDSHAKE,
    META_CLIENT_CAPABILITIES,
    META_CLIENT_INFO,
    META_PROTOCOL_VERSION,
    Era,
)
from mcpwarden.wire.errors import INTERNAL_ERROR
from mcpwarden.wire.jsonrpc import (
    ERROR,
    NOTIFICATION,
    REQUEST,
    RESPONSE,
    Envelope,
    Message,
    RequestId,
    envelope_decoder,
)

log = logging.getLogger("mcpwarden.upstream.stdio")

GATEWAY_CLIENT_INFO: Final = {"name": "mcpwarden", "version": __version__}
MODERN_META_KEYS: Final = frozenset(
    {META_PROTOCOL_VERSION, META_CLIENT_CAPABILITIES, META_CLIENT_INFO}
)
STDERR_LINE_BYTES: Final = 2048
STOP_GRACE_SECONDS: Final = 2.0
LISTEN_QUEUE_SIZE: Final = 256
# Interim notifications buffered per request before further ones are dropped (a flooding server
# must not grow memory without bound while the client reads slowly).
CALL_BACKLOG: Final = 1024
SERVER_REQUEST_PREFIX: Final = "mcpw-"

_JSONRPC_PREFIX: Final = b'{"jsonrpc":"2.0","id":'


class UpstreamRestarting(UpstreamError):
    """The process keeps crashing; requests fail fast until `retry_after` seconds have passed."""

    reason = "upstream_restarting"

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after




class _InvalidLine(Exception):
    """The process wrote something that is not one JSON-RPC message."""


class _Failure:
    """How a request ended when no reply came; becomes a fresh exception for each caller."""

    __slots__ = ("exc_type", "message", "reason")

    def __init__(
        self, message: str, reason: str, exc_type: type[UpstreamError] = UpstreamError
    ) -> None:
        self.message = message
        self.reason = reason
        self.exc_type = exc_type

    def exception(self) -> UpstreamError:
        return self.exc_type(self.message, reason=self.reason)


_Item = Message | _Failure


class _Call:
    """One request forwarded to a process, waiting for its reply."""

    __slots__ = (
        "client_id", "finished", "internal", "method", "queue", "server_requests", "session",
        "token", "upstream_id",
    )

    def __init__(
        self, upstream_id: int, client_id: RequestId | None, method: str | None,
        session: StdioSession | None,
    ) -> None:
        self.upstream_id = upstream_id
        self.client_id = client_id
        self.method = method
        self.session = session
        self.internal = session is None  # the gateway's own initialize
        self.queue: asyncio.Queue[_Item] = asyncio.Queue()
        self.token: Any = None  # the client's progress token, when it asked for progress
        self.finished = False
        self.server_requests: list[str] | None = None

    def offer(self, msg: Message) -> None:
        """Queue an interim message; notifications beyond the backlog are dropped."""
        if msg.kind == NOTIFICATION and self.queue.qsize() >= CALL_BACKLOG:
            log.debug("dropped %s: request %r has too many unread messages", msg.method,
                      self.client_id)
            return
        self.queue.put_nowait(msg)


class _ServerRequest:
    """A request the process sent to a client, waiting for the client's reply."""

    __slots__ = ("call", "gateway_id", "session", "slot", "timer", "upstream_id", "worker")

    def __init__(self, gateway_id: str, worker: _Worker, upstream_id: RequestId) -> None:
        self.gateway_id = gateway_id
        self.worker = worker
        self.slot = worker.slot
        self.upstream_id = upstream_id
        self.call: _Call | None = None
        self.session: StdioSession | None = None
        self.timer: asyncio.TimerHandle | None = None


class _Slot:
    """One entry of the pool: who the process serves, how to (re)start it, who is attached."""

    def __init__(self, key: str, init_params: dict[str, Any], *, per_client: bool) -> None:
        self.key = key
        self.init_params = init_params
        self.per_client = per_client
        self.init_result: dict[str, Any] | None = None
        self.sessions: list[StdioSession] = []  # attached legacy sessions
        self.modern: StdioSession | None = None  # shared by modern exchanges
        self.facade: bridge.ModernFacade | None = None  # what modern exchanges are handed
        self.worker: _Worker | None = None
        self.lock = asyncio.Lock()
        self.failures = 0  # consecutive crashes
        self.retry_at = 0.0
        self.last_used = asyncio.get_running_loop().time()
        self.retired = False

    @property
    def busy(self) -> bool:
        worker = self.worker
        return worker is not None and bool(worker.pending)


def _splice_reply(client_id: RequestId | None, line: Envelope) -> Message:
    """The reply re-addressed to the client's id, payload bytes copied untouched."""
    if line.result is not msgspec.UNSET:
        raw = b"".join((_JSONRPC_PREFIX, orjson.dumps(client_id), b',"result":', line.result,
                        b"}"))
        return Message(RESPONSE, client_id, None, raw=raw)
    assert line.error is not msgspec.UNSET
    raw = b"".join((_JSONRPC_PREFIX, orjson.dumps(client_id), b',"error":', line.error, b"}"))
    return Message(ERROR, client_id, None, raw=raw)


def _upstream_request(
    msg: Message, upstream_id: int, *, modern: bool
) -> tuple[bytes, Any]:
    """The request as the process receives it, and the client's progress token (if any)."""
    params = msg.obj.get("params")
    out: dict[str, Any] = {"jsonrpc": "2.0", "id": upstream_id, "method": msg.method}
    token: Any = None
    if isinstance(params, dict):
        meta = params.get("_meta")
        if isinstance(meta, dict) and (modern or "progressToken" in meta):
            meta = {k: v for k, v in meta.items() if not (modern and k in MODERN_META_KEYS)}
            if meta.get("progressToken") is not None:
                token = meta["progressToken"]
                meta["progressToken"] = upstream_id
            params = dict(params)
            if meta:
                params["_meta"] = meta
            else:
                del params["_meta"]
        out["params"] = params
    return orjson.dumps(out), token


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "closed its output"
    if code < 0:
        return f"was killed by signal {-code}"
    return f"exited with code {code}"


async def _wait_exit(proc: asyncio.subprocess.Process, seconds: float) -> bool:
    try:
        async with asyncio.timeout(seconds):
            await proc.wait()
    except TimeoutError:
        return False
    return True


def _signal(proc: asyncio.subprocess.Process, sig: signal.Signals) -> None:
    """Signal the process and anything it started (it leads its own process group)."""
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(sig)


async def _terminate(proc: asyncio.subprocess.Process, *, graceful: bool) -> None:
    """Close stdin, wait, SIGTERM, wait, SIGKILL (spec lifecycle §Shutdown, stdio)."""
    if proc.stdin is not None:
        with contextlib.suppress(Exception):
            proc.stdin.close()
    if proc.returncode is not None:
        return
    if graceful and await _wait_exit(proc, STOP_GRACE_SECONDS):
        return
    _signal(proc, signal.SIGTERM)
    if await _wait_exit(proc, STOP_GRACE_SECONDS):
        return
    _signal(proc, signal.SIGKILL)
    await proc.wait()


class _Worker:
    """One running process: its pipes, its in-flight requests and its server requests."""

    def __init__(self, connector: StdioConnector, slot: _Slot,
                 proc: asyncio.subprocess.Process) -> None:
        self.connector = connector
        self.name = connector.name
        self.slot = slot
        self.proc = proc
        assert proc.stdin is not None
        self.stdin = proc.stdin
        self.loop = asyncio.get_running_loop()
        self.started = self.loop.time()
        self.alive = True
        self.ready = False
        self.pending: dict[int, _Call] = {}
        self.progress: dict[int, _Call] = {}
        self.server_requests: dict[RequestId, str] = {}  # the process's id → gateway id
        self.stderr: deque[str] = deque(maxlen=max(1, connector.stderr_lines))
        self._ids = itertools.count(1)
        self._stderr_task = connector._background(self._read_stderr())
        self._stdout_task = connector._background(self._read_stdout())

    # -- writing ----------------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        if self.alive:
            self.stdin.write(data + b"\n")

    async def drain(self) -> None:
        # A broken pipe means the process is going away; the reader reports why.
        with contextlib.suppress(ConnectionError):
            await self.stdin.drain()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        obj: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            obj["params"] = params
        self.write(orjson.dumps(obj))

    # -- requests ---------------------------------------------------------------------------

    def begin(self, msg: Message, ex: Exchange, session: StdioSession | None) -> _Call:
        """Register and send a request; the caller then reads the call's queue."""
        upstream_id = next(self._ids)
        call = _Call(upstream_id, msg.id, msg.method, session)
        try:
            data, call.token = _upstream_request(msg, upstream_id, modern=ex.era is Era.MODERN)
        except orjson.JSONEncodeError as exc:
            raise UpstreamError(
                f"the request cannot be forwarded to upstream '{self.name}': {exc}",
                reason="invalid_request",
            ) from None
        self.pending[upstream_id] = call
        if call.token is not None:
            self.progress[upstream_id] = call
        if session is not None and msg.id is not None:
            session.inflight[msg.id] = call
        self.write(data)
        return call

    def finish(self, call: _Call) -> None:
        if call.finished:
            return
        call.finished = True
        self.pending.pop(call.upstream_id, None)
        if call.token is not None:
            self.progress.pop(call.upstream_id, None)
        session = call.session
        if session is not None and call.client_id is not None \
                and session.inflight.get(call.client_id) is call:
            del session.inflight[call.client_id]
        if call.server_requests:
            for gateway_id in call.server_requests:
                self.connector._forget_server_request(gateway_id)
        self.slot.last_used = self.loop.time()

    def cancel(self, call: _Call, reason: str) -> None:
        """Stop waiting for a request and tell the process to stop working on it."""
        if call.finished:
            return
        self.finish(call)
        self.notify("notifications/cancelled", {"requestId": call.upstream_id, "reason": reason})

    def latest_call(self, session: StdioSession | None = None) -> _Call | None:
        """The most recently sent request still in flight (of `session`, when given)."""
        for call in reversed(self.pending.values()):
            if not call.internal and (session is None or call.session is session):
                return call
        return None

    async def initialize(self, params: dict[str, Any], within: float) -> dict[str, Any]:
        """Run the handshake; returns the InitializeResult."""
        init = Message(REQUEST, 0, "initialize",
                       obj={"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": params})
        call = self.begin(init, _HANDSHAKE_EXCHANGE, None)
        try:
            async with asyncio.timeout(within):
                item = await call.queue.get()
                while isinstance(item, Message) and not item.is_reply:
                    item = await call.queue.get()
        except TimeoutError:
            raise UpstreamTimeout(
                f"upstream '{self.name}' did not answer initialize within {within:g} s"
            ) from None
        finally:
            self.finish(call)
        if isinstance(item, _Failure):
            raise item.exception()
        if item.kind == ERROR:
            error = item.obj.get("error")
            text = error.get("message") if isinstance(error, dict) else None
            raise UpstreamError(
                f"upstream '{self.name}' refused initialize: {text or 'no message'}",
                reason="upstream_init_failed",
            )
        result = item.result
        if not isinstance(result, dict):
            raise UpstreamError(
                f"upstream '{self.name}' answered initialize without a result object",
                reason="upstream_invalid_message",
            )
        self.notify("notifications/initialized")
        await self.drain()
        self.ready = True
        return result

    # -- reading ----------------------------------------------------------------------------

    async def _read_stdout(self) -> None:
        reader = self.proc.stdout
        assert reader is not None
        try:
            await self._read_messages(reader)
        except _InvalidLine as exc:
            log.warning("upstream %s wrote an invalid message: %s", self.name, exc)
            self.broken(
                f"upstream '{self.name}' wrote something that is not a JSON-RPC message; "
                "the process was stopped"
            )
        except Exception:  # a bug of ours must not leave callers waiting forever
            log.exception("upstream %s: reading the process output failed", self.name)
            self.broken(f"upstream '{self.name}' failed unexpectedly; the process was stopped")
        # Read on to the end even when no longer listening: a pipe left full never reports
        # its end, and the process's transport would never be released.
        with contextlib.suppress(Exception):
            while await reader.read(65536):
                pass
        if self.alive:
            await self._exited()

    async def _read_messages(self, reader: asyncio.StreamReader) -> None:
        while self.alive:
            try:
                line = await reader.readuntil(b"\n")
            except asyncio.IncompleteReadError as eof:
                if self.alive and eof.partial and not eof.partial.isspace():
                    self._on_line(eof.partial)
                return
            except asyncio.LimitOverrunError:
                self.broken(
                    f"upstream '{self.name}' wrote a line longer than "
                    f"{self.connector.max_line_bytes} bytes; the process was stopped"
                )
                return
            if self.alive and not line.isspace():  # (no copy, unlike strip())
                self._on_line(line)

    async def _exited(self) -> None:
        """The process closed its output on its own: fail its callers with why."""
        self._retire(crashed=True)
        exited = await _wait_exit(self.proc, STOP_GRACE_SECONDS)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(1.0):
                await self._stderr_task
        text = f"upstream process {_describe_exit(self.proc.returncode)} ({self.name})"
        if self.stderr:
            text += f"; last stderr line: {self.stderr[-1][:300]}"
        reason = "upstream_exited"
        sandbox = self.connector.sandbox
        verdict = await sandbox.exit_verdict(self.proc) if sandbox is not None else None
        if verdict is not None:
            text = f"upstream '{self.name}' was stopped: {verdict}"
            reason = "upstream_resource_limit"
        log.warning("%s", text)
        self._fail_all(_Failure(text, reason))
        if not exited:
            await _terminate(self.proc, graceful=False)

    async def _read_stderr(self) -> None:
        stream = self.proc.stderr
        assert stream is not None
        partial = bytearray()
        while chunk := await stream.read(65536):
            start = 0
            while (end := chunk.find(b"\n", start)) >= 0:
                partial += chunk[start:end][: max(0, STDERR_LINE_BYTES - len(partial))]
                self._stderr_line(bytes(partial))
                partial.clear()
                start = end + 1
            partial += chunk[start:][: max(0, STDERR_LINE_BYTES - len(partial))]
        if partial:
            self._stderr_line(bytes(partial))

    def _stderr_line(self, raw: bytes) -> None:
        text = raw.decode("utf-8", "replace").rstrip("\r")
        self.stderr.append(text)
        log.debug("upstream %s stderr: %s", self.name, text)

    def _on_line(self, raw: bytes) -> None:
        try:
            line = envelope_decoder.decode(raw)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise _InvalidLine(f"{exc}: {raw[:120]!r}") from None
        if line.jsonrpc != "2.0":
            raise _InvalidLine(f'missing "jsonrpc": "2.0": {raw[:120]!r}')
        has_id = line.id is not msgspec.UNSET
        if line.method is not msgspec.UNSET:
            if has_id:
                self._on_server_request(line, raw)
            else:
                self._on_notification(line, raw)
        elif has_id and (line.result is msgspec.UNSET) != (line.error is msgspec.UNSET):
            self._on_reply(line)
        else:
            raise _InvalidLine(f"neither a request, a notification nor a reply: {raw[:120]!r}")

    def _on_reply(self, line: Envelope) -> None:
        call = self.pending.get(line.id) if isinstance(line.id, int) else None
        if call is None:
            log.debug("upstream %s: dropped a reply to %r (unknown, cancelled or late)",
                      self.name, line.id)
            return
        self.finish(call)
        call.queue.put_nowait(_splice_reply(call.client_id, line))

    def _on_notification(self, line: Envelope, raw: bytes) -> None:
        method = line.method
        assert isinstance(method, str)
        params = _params(line)
        if method == "notifications/progress":
            self._on_progress(params)
        elif method == "notifications/cancelled":
            self._on_server_cancelled(params, raw)
        else:
            self.connector._route_unowned(self, Message(NOTIFICATION, None, method, raw=raw))

    def _on_progress(self, params: dict[str, Any]) -> None:
        token = params.get("progressToken")
        call = self.progress.get(token) if isinstance(token, int) else None
        if call is None:
            log.debug("upstream %s: dropped progress for unknown token %r", self.name, token)
            return
        params = {**params, "progressToken": call.token}
        call.offer(Message(NOTIFICATION, None, "notifications/progress", obj={
            "jsonrpc": "2.0", "method": "notifications/progress", "params": params}))

    def _on_server_cancelled(self, params: dict[str, Any], raw: bytes) -> None:
        """The process withdrew one of its own requests: tell whoever received it."""
        upstream_id = params.get("requestId")
        gateway_id = (self.server_requests.get(upstream_id)
                      if isinstance(upstream_id, int | str) else None)
        entry = self.connector._server_request(gateway_id)
        if entry is None:
            self.connector._route_unowned(
                self, Message(NOTIFICATION, None, "notifications/cancelled", raw=raw))
            return
        self.connector._forget_server_request(entry.gateway_id)
        notice = Message(NOTIFICATION, None, "notifications/cancelled", obj={
            "jsonrpc": "2.0", "method": "notifications/cancelled",
            "params": {**params, "requestId": entry.gateway_id}})
        if entry.call is not None and not entry.call.finished:
            entry.call.offer(notice)
        elif entry.session is not None:
            entry.session.offer(notice)

    def _on_server_request(self, line: Envelope, raw: bytes) -> None:
        method, upstream_id = line.method, line.id
        assert isinstance(method, str)
        if upstream_id is None or isinstance(upstream_id, msgspec.UnsetType):
            raise _InvalidLine(f"a request with a null id: {raw[:120]!r}")
        if method == "ping":
            self.write(_JSONRPC_PREFIX + orjson.dumps(upstream_id) + b',"result":{}}')
            return
        self.connector._route_server_request(self, upstream_id, method, line)

    def refuse(self, upstream_id: RequestId, message: str) -> None:
        """Answer one of the process's requests with an error."""
        self.write(orjson.dumps({"jsonrpc": "2.0", "id": upstream_id, "error": {
            "code": INTERNAL_ERROR, "message": message}}))

    # -- ending -----------------------------------------------------------------------------

    def _retire(self, *, crashed: bool) -> None:
        """Stop accepting work; the pool forgets this process."""
        if not self.alive:
            return
        self.alive = False
        self.connector._worker_gone(self, crashed=crashed)

    def _fail_all(self, failure: _Failure) -> None:
        for call in list(self.pending.values()):
            self.finish(call)
            call.queue.put_nowait(failure)
        for gateway_id in list(self.server_requests.values()):
            self.connector._forget_server_request(gateway_id)

    def broken(self, message: str) -> None:
        """The process can no longer be trusted to speak JSON-RPC: fail its callers, kill it."""
        if not self.alive:
            return
        self._retire(crashed=True)
        self._fail_all(_Failure(message, "upstream_invalid_message"))
        self.connector._background(_terminate(self.proc, graceful=False))

    def halt(self, why: str, *, crashed: bool = False) -> None:
        """Stop the process on purpose (idle, evicted, session closed, failed handshake).

        The pool forgets it at once; the process itself is ended in the background.
        """
        if not self.alive:
            return
        self._retire(crashed=crashed)
        self._fail_all(_Failure(
            f"upstream '{self.name}' process was stopped ({why})", "upstream_stopped"))
        self.connector._background(self.wait_ended(graceful=not crashed))

    async def wait_ended(self, *, graceful: bool = True) -> None:
        """End the process and its readers."""
        await _terminate(self.proc, graceful=graceful)
        for task in (self._stdout_task, self._stderr_task):
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                async with asyncio.timeout(1.0):
                    await task
            task.cancel()


def _params(line: Envelope) -> dict[str, Any]:
    if line.params is msgspec.UNSET:
        return {}
    try:
        params = orjson.loads(bytes(line.params))
    except orjson.JSONDecodeError:
        return {}
    return params if isinstance(params, dict) else {}


_HANDSHAKE_EXCHANGE: Final = Exchange(
    upstream="", era=Era.LEGACY, transport="stdio", protocol_version=LATEST_HANDSHAKE
)


class StdioSession(UpstreamSession):
    """A client's view of a (possibly shared) process.

    A legacy session is attached to its process until `close()`; it has a queue for unsolicited
    messages (`listen()`). The session modern exchanges share is never attached and never closed.
    """

    era = Era.LEGACY  # what the process speaks

    def __init__(self, connector: StdioConnector, slot: _Slot, *, modern: bool) -> None:
        self._connector = connector
        self._slot = slot
        self.modern = modern
        self.inflight: dict[RequestId, _Call] = {}
        self.closed = False
        self.last_active = 0.0
        self._queue: asyncio.Queue[Message | None] | None = (
            None if modern else asyncio.Queue(LISTEN_QUEUE_SIZE))

    @property
    def initialize_result(self) -> dict[str, Any] | None:
        """The InitializeResult of the process, once it ran."""
        return self._slot.init_result

    async def handshake_result(self) -> dict[str, Any]:
        """The InitializeResult, starting the process first if needed (for `server/discover`)."""
        await self._worker()
        return self._slot.init_result or {}

    # -- requests ---------------------------------------------------------------------------

    async def request(self, msg: Message, ex: Exchange) -> AsyncGenerator[Message, None]:
        worker = await self._worker()
        call = worker.begin(msg, ex, self)
        try:
            await worker.drain()
            deadline = worker.loop.time() + self._connector.request_timeout
            while True:
                try:
                    async with asyncio.timeout_at(deadline):
                        item = await call.queue.get()
                except TimeoutError:
                    worker.cancel(call, "timeout")
                    raise UpstreamTimeout(
                        f"upstream '{self._connector.name}' did not answer {msg.method} within "
                        f"{self._connector.request_timeout:g} s; the request was cancelled"
                    ) from None
                if isinstance(item, _Failure):
                    raise item.exception()
                yield item
                if item.is_reply:
                    return
        finally:
            if not call.finished:
                worker.cancel(call, "the client went away")

    async def _worker(self) -> _Worker:
        if self.closed:
            raise UpstreamError(
                f"the session with upstream '{self._connector.name}' is closed",
                reason="session_closed",
            )
        slot = self._slot
        if slot.retired and self.modern:
            slot = self._slot = self._connector._principal_slot_of(slot)
        worker = slot.worker
        if worker is None or not worker.ready:
            worker = await self._connector._ensure_worker(slot)
        slot.last_used = self.last_active = worker.loop.time()
        return worker

    async def send(self, msg: Message, ex: Exchange) -> None:
        if msg.is_reply:
            await self._connector._answer_server_request(self, msg)
            return
        if msg.kind != NOTIFICATION:
            raise UpstreamError(
                "send() carries notifications and replies; requests go through request()",
                reason="invalid_use",
            )
        if msg.method == "notifications/initialized":
            return  # the gateway already sent its own
        worker = self._slot.worker
        if worker is None or not worker.ready:
            log.debug("upstream %s: dropped %s, no process is running", self._connector.name,
                      msg.method)
            return
        if msg.method == "notifications/cancelled":
            self._cancel(worker, msg.params)
            return
        params = msg.obj.get("params")
        worker.notify(msg.method or "", params if isinstance(params, dict) else None)
        await worker.drain()

    def _cancel(self, worker: _Worker, params: dict[str, Any]) -> None:
        request_id = params.get("requestId")
        call = self.inflight.get(request_id) if isinstance(request_id, int | str) else None
        if call is None or call.finished:
            log.debug("upstream %s: cancellation of %r ignored (not in flight)",
                      self._connector.name, request_id)
            return
        reason = params.get("reason")
        worker.cancel(call, reason if isinstance(reason, str) else "cancelled by the client")
        call.queue.put_nowait(_Failure("the client cancelled this request", "request_cancelled"))

    # -- unsolicited messages ---------------------------------------------------------------

    def offer(self, msg: Message) -> bool:
        """Queue an unsolicited message for `listen()`; False when the queue is full."""
        if self._queue is None or self.closed:
            return False
        try:
            self._queue.put_nowait(msg)
        except asyncio.QueueFull:
            log.debug("upstream %s: dropped %s, nobody reads this session's stream",
                      self._connector.name, msg.method)
            return False
        return True

    async def listen(self, ex: Exchange) -> AsyncGenerator[Message, None] | None:
        if self._queue is None:
            return None
        return self._listen(self._queue)

    async def _listen(self, queue: asyncio.Queue[Message | None]) -> AsyncGenerator[Message, None]:
        while True:
            msg = await queue.get()
            if msg is None:
                queue.put_nowait(None)  # let any other listener end too
                return
            if msg.kind == REQUEST and not self._connector._delivered(msg.id):
                continue  # expired: the process already got an error for it
            yield msg

    async def close(self) -> None:
        if self.closed or self.modern:
            return
        self.closed = True
        try:
            for call in list(self.inflight.values()):
                worker = self._slot.worker
                if worker is not None:
                    worker.cancel(call, "the client session closed")
                call.queue.put_nowait(_Failure(
                    f"the session with upstream '{self._connector.name}' was closed",
                    "session_closed"))
            self.end_stream()
            self._connector._detach(self)
        except Exception:  # close() must not raise
            log.exception("upstream %s: closing a session failed", self._connector.name)

    def end_stream(self) -> None:
        queue = self._queue
        if queue is None:
            return
        while queue.full():
            queue.get_nowait()
        queue.put_nowait(None)


class StdioConnector(Connector):
    """A local MCP server started as child processes, shared by the gateway's clients."""

    def __init__(
        self,
        name: str,
        command: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        cwd: str | None = None,
        per: Literal["client", "principal"] = "client",
        idle_timeout: float = 300.0,
        max_processes: int = 16,
        request_timeout: float = 60.0,
        init_timeout: float = 20.0,
        max_line_bytes: int = 16 * 1024 * 1024,
        restart_backoff: tuple[float, float] = (0.5, 30.0),
        stderr_lines: int = 200,
        listen_wait: float = 30.0,
        sandbox: Sandbox | None = None,
    ) -> None:
        if not command:
            raise ValueError(f"upstream '{name}': the command is empty")
        if per not in ("client", "principal"):
            raise ValueError(f"upstream '{name}': per must be 'client' or 'principal', not {per!r}")
        if max_processes < 1:
            raise ValueError(f"upstream '{name}': max_processes must be at least 1")
        self.name = name
        self.command = tuple(command)
        self.env = dict(env or {})
        self.sandbox = sandbox  # None: the process runs with the gateway's rights
        if sandbox is None:
            self.env.setdefault("PATH", os.environ.get("PATH", os.defpath))
        self.cwd = cwd
        self.per = per
        self.idle_timeout = idle_timeout
        self.max_processes = max_processes
        self.request_timeout = request_timeout
        self.init_timeout = init_timeout
        self.max_line_bytes = max_line_bytes
        self.restart_backoff = restart_backoff
        self.stderr_lines = stderr_lines
        self.listen_wait = listen_wait
        self._pool: dict[str, _Slot] = {}
        self._live: set[_Slot] = set()  # slots whose process is running or starting
        self._server_requests: dict[str, _ServerRequest] = {}
        self._gateway_ids = itertools.count(1)
        self._client_slots = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()
        self._reaper: asyncio.Task[None] | None = None
        self._closed = False

    # -- the Connector interface ------------------------------------------------------------

    async def start(self) -> None:
        self._start_reaper()
        if self.sandbox is not None:
            with contextlib.suppress(SandboxUnavailable):  # reported; spawning refuses with why
                await self.sandbox.check(self.command, self.env, self.cwd)

    async def open_session(self, init: Message, ex: Exchange) -> tuple[UpstreamSession, Message]:
        params = dict(init.params)
        if self.per == "client":
            slot = self._new_slot(f"client#{next(self._client_slots)}", params, per_client=True)
        else:
            slot = self._principal_slot(ex, params)
            if slot.worker is None:
                slot.init_params = params  # a fresh process learns this client's capabilities
        session = StdioSession(self, slot, modern=False)
        slot.sessions.append(session)
        try:
            await self._ensure_worker(slot)
        except BaseException:
            await session.close()
            raise
        result = slot.init_result
        assert result is not None
        reply = Message(RESPONSE, init.id, None,
                        obj={"jsonrpc": "2.0", "id": init.id, "result": dict(result)})
        return session, reply

    async def stateless(self, ex: Exchange) -> UpstreamSession:
        """The principal's shared session behind the era bridge (`server/discover`,
        `resultType`, no server-to-client requests). Ids are remapped here, not by the bridge."""
        slot = self._principal_slot(ex, self._gateway_init_params())
        if slot.facade is None:
            session = self._modern_session(slot)
            slot.facade = bridge.ModernFacade(session, session.handshake_result, remap_ids=False)
        return slot.facade

    async def aclose(self) -> None:
        self._closed = True
        try:
            if self._reaper is not None:
                self._reaper.cancel()
                await asyncio.gather(self._reaper, return_exceptions=True)
            for slot in list(self._pool.values()):
                for session in slot.sessions:
                    session.closed = True
                    session.end_stream()
                self._retire_slot(slot, "the gateway is shutting down")
            # Stopping takes at most two grace periods; readers may outlive a process only
            # when something it started still holds its pipes.
            late: set[asyncio.Task[None]] = set()
            if self._tasks:
                _, late = await asyncio.wait(set(self._tasks),
                                             timeout=3 * STOP_GRACE_SECONDS + 1)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
            if self.sandbox is not None:
                await self.sandbox.aclose()
        except Exception:  # aclose() must not raise
            log.exception("upstream %s: shutting down failed", self.name)

    # -- the pool ---------------------------------------------------------------------------

    def _gateway_init_params(self) -> dict[str, Any]:
        return {"protocolVersion": LATEST_HANDSHAKE, "capabilities": {},
                "clientInfo": dict(GATEWAY_CLIENT_INFO)}

    def _new_slot(self, key: str, params: dict[str, Any], *, per_client: bool) -> _Slot:
        self._check_open()
        slot = _Slot(key, params, per_client=per_client)
        self._pool[key] = slot
        self._start_reaper()
        return slot

    def _principal_slot(self, ex: Exchange, params: dict[str, Any]) -> _Slot:
        key = f"principal:{ex.principal.key}"
        slot = self._pool.get(key)
        return slot if slot is not None else self._new_slot(key, params, per_client=False)

    def _principal_slot_of(self, retired: _Slot) -> _Slot:
        """The current slot for the principal a retired slot served."""
        slot = self._pool.get(retired.key)
        if slot is None:
            slot = self._new_slot(retired.key, retired.init_params, per_client=False)
        self._modern_session(slot)
        return slot

    def _modern_session(self, slot: _Slot) -> StdioSession:
        if slot.modern is None:
            slot.modern = StdioSession(self, slot, modern=True)
        return slot.modern

    def _check_open(self) -> None:
        if self._closed:
            raise UpstreamError(f"upstream '{self.name}' is shut down", reason="upstream_stopped")

    async def _ensure_worker(self, slot: _Slot) -> _Worker:
        """The slot's ready process, starting (or restarting) it when needed."""
        async with slot.lock:
            worker = slot.worker
            if worker is not None and worker.ready:
                return worker
            self._check_open()
            loop = asyncio.get_running_loop()
            wait = slot.retry_at - loop.time()
            if wait > 0:
                raise UpstreamRestarting(
                    f"upstream '{self.name}' keeps crashing and is restarting; "
                    f"retry in {wait:.1f} s",
                    retry_after=wait,
                )
            self._reserve(slot)
            try:
                worker = await self._spawn(slot)
            except UpstreamError:
                self._live.discard(slot)
                self._record_crash(slot, uptime=0.0)
                raise
            try:
                slot.init_result = await worker.initialize(slot.init_params, self.init_timeout)
            except UpstreamError:
                worker.halt("initialize failed", crashed=True)
                raise
            slot.last_used = loop.time()
            return worker

    def _reserve(self, slot: _Slot) -> None:
        """Make room for one more process: evict the least recently used idle one if full."""
        if slot in self._live:
            return
        if len(self._live) >= self.max_processes:
            idle = [s for s in self._live
                    if s.worker is not None and s.worker.ready and not s.busy]
            if not idle:
                raise UpstreamError(
                    f"upstream '{self.name}' already runs its maximum of {self.max_processes} "
                    "processes and all of them are busy; try again shortly "
                    "(or raise max_processes)",
                    reason="upstream_capacity",
                )
            victim = min(idle, key=lambda s: s.last_used)
            assert victim.worker is not None
            log.info("upstream %s: stopping the least recently used process to make room",
                     self.name)
            victim.worker.halt("evicted to make room for another client")
        self._live.add(slot)

    async def _spawn(self, slot: _Slot) -> _Worker:
        try:
            proc = await self._start_process()
        except SandboxUnavailable as exc:
            raise UpstreamError(str(exc), reason=exc.reason) from None
        except OSError as exc:
            raise UpstreamError(
                f"upstream '{self.name}' could not be started: {exc.strerror or exc}"
                + (f" ({exc.filename})" if exc.filename else ""),
                reason="upstream_unavailable",
            ) from None
        log.debug("upstream %s: started process %d for %s", self.name, proc.pid, slot.key)
        worker = _Worker(self, slot, proc)
        slot.worker = worker
        return worker

    async def _start_process(self) -> asyncio.subprocess.Process:
        if self.sandbox is not None:
            return await self.sandbox.spawn(self.command, self.env, self.cwd,
                                            limit=self.max_line_bytes + 1)
        return await asyncio.create_subprocess_exec(
            *self.command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self.env,
            cwd=self.cwd,
            limit=self.max_line_bytes + 1,
            start_new_session=True,  # a Ctrl-C aimed at the gateway must not hit servers
        )

    def _worker_gone(self, worker: _Worker, *, crashed: bool) -> None:
        slot = worker.slot
        if slot.worker is worker:
            slot.worker = None
            self._live.discard(slot)
        if crashed:
            self._record_crash(slot, uptime=worker.loop.time() - worker.started)

    def _record_crash(self, slot: _Slot, *, uptime: float) -> None:
        """Restart at once after a first crash; back off exponentially while it keeps crashing."""
        initial, longest = self.restart_backoff
        if uptime >= longest:
            slot.failures = 0
        slot.failures += 1
        delay = 0.0 if slot.failures == 1 else min(longest, initial * 2 ** (slot.failures - 2))
        slot.retry_at = asyncio.get_running_loop().time() + delay

    def _detach(self, session: StdioSession) -> None:
        slot = session._slot
        if session in slot.sessions:
            slot.sessions.remove(session)
        for entry in [e for e in self._server_requests.values() if e.session is session]:
            self._forget_server_request(entry.gateway_id)
            entry.worker.refuse(entry.upstream_id, "The client session ended before answering")
        if slot.per_client:
            self._retire_slot(slot, "its client session closed")

    def _retire_slot(self, slot: _Slot, why: str) -> None:
        slot.retired = True
        if self._pool.get(slot.key) is slot:
            del self._pool[slot.key]
        if slot.worker is not None:
            slot.worker.halt(why)

    # -- idle reaping -----------------------------------------------------------------------

    def _start_reaper(self) -> None:
        if self._reaper is None or self._reaper.done():
            self._reaper = asyncio.create_task(self._reap_forever())

    async def _reap_forever(self) -> None:
        interval = max(0.05, min(self.idle_timeout / 4, 10.0))
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(interval)
            self._reap(loop.time())

    def _reap(self, now: float) -> None:
        for slot in list(self._pool.values()):
            if slot.sessions or slot.busy or slot.lock.locked():
                continue
            if now - slot.last_used >= self.idle_timeout:
                log.debug("upstream %s: stopping idle process for %s", self.name, slot.key)
                self._retire_slot(slot, f"idle for more than {self.idle_timeout:g} s")

    # -- server-initiated messages ----------------------------------------------------------

    def _route_unowned(self, worker: _Worker, msg: Message) -> None:
        """A notification that answers no request: to every attached session's stream."""
        sessions = worker.slot.sessions
        if sessions:
            for session in sessions:
                session.offer(msg)
            return
        calls = [c for c in worker.pending.values() if not c.internal]
        if len(calls) == 1:
            calls[0].offer(msg)  # a modern exchange: the only stream there is
        else:
            log.debug("upstream %s: dropped %s, no client to deliver it to", self.name,
                      msg.method)

    def _route_server_request(
        self, worker: _Worker, upstream_id: RequestId, method: str, line: Envelope
    ) -> None:
        """Deliver a request from the process to the client most likely waiting for it."""
        gateway_id = f"{SERVER_REQUEST_PREFIX}{next(self._gateway_ids)}"
        parts = [_JSONRPC_PREFIX, orjson.dumps(gateway_id), b',"method":', orjson.dumps(method)]
        if line.params is not msgspec.UNSET:
            parts += [b',"params":', line.params]
        msg = Message(REQUEST, gateway_id, method, raw=b"".join([*parts, b"}"]))
        entry = _ServerRequest(gateway_id, worker, upstream_id)
        sessions = worker.slot.sessions
        sole = sessions[0] if len(sessions) == 1 else None
        call = worker.latest_call(sole)
        if call is None and sole is None:
            call = worker.latest_call()
        if call is not None:
            self._register(entry, worker)
            entry.call = call
            call.server_requests = [*(call.server_requests or ()), gateway_id]
            call.offer(msg)
            return
        target = sole or max(sessions, key=_last_activity, default=None)
        if target is None:
            worker.refuse(upstream_id, f"No client is connected to receive {method}")
            return
        self._register(entry, worker)
        entry.session = target
        if not target.offer(msg):
            self._forget_server_request(gateway_id)
            worker.refuse(upstream_id, f"The client is not reading its stream; {method} dropped")
            return
        entry.timer = worker.loop.call_later(self.listen_wait, self._expire, gateway_id)

    def _register(self, entry: _ServerRequest, worker: _Worker) -> None:
        self._server_requests[entry.gateway_id] = entry
        worker.server_requests[entry.upstream_id] = entry.gateway_id

    def _expire(self, gateway_id: str) -> None:
        entry = self._server_requests.get(gateway_id)
        if entry is None or entry.timer is None:
            return
        self._forget_server_request(gateway_id)
        entry.worker.refuse(
            entry.upstream_id,
            f"No client read the request within {self.listen_wait:g} s "
            "(nobody is listening on this session's stream)",
        )

    def _delivered(self, gateway_id: RequestId | None) -> bool:
        """Called as `listen()` hands a server request out: stop its expiry clock."""
        entry = self._server_requests.get(gateway_id) if isinstance(gateway_id, str) else None
        if entry is None:
            return False
        if entry.timer is not None:
            entry.timer.cancel()
            entry.timer = None
        return True

    def _server_request(self, gateway_id: str | None) -> _ServerRequest | None:
        return self._server_requests.get(gateway_id) if gateway_id is not None else None

    def _forget_server_request(self, gateway_id: str) -> None:
        entry = self._server_requests.pop(gateway_id, None)
        if entry is None:
            return
        if entry.timer is not None:
            entry.timer.cancel()
        if entry.worker.server_requests.get(entry.upstream_id) == gateway_id:
            del entry.worker.server_requests[entry.upstream_id]

    async def _answer_server_request(self, session: StdioSession, reply: Message) -> None:
        """Route a client's reply back to the process that asked, under the process's id."""
        gateway_id = reply.id
        entry = self._server_requests.get(gateway_id) if isinstance(gateway_id, str) else None
        if entry is None:
            log.debug("upstream %s: dropped a reply to %r (unknown or expired)", self.name,
                      gateway_id)
            return
        if entry.slot is not session._slot:
            log.warning("upstream %s: a session answered a request meant for another; dropped",
                        self.name)
            return
        self._forget_server_request(entry.gateway_id)
        if entry.call is not None and entry.call.server_requests:
            with contextlib.suppress(ValueError):
                entry.call.server_requests.remove(entry.gateway_id)
        worker = entry.worker
        if not worker.alive:
            return
        out: dict[str, Any] = {"jsonrpc": "2.0", "id": entry.upstream_id}
        if reply.kind == RESPONSE:
            out["result"] = reply.obj.get("result")
        else:
            out["error"] = reply.obj.get("error")
        worker.write(orjson.dumps(out))
        await worker.drain()

    # -- housekeeping -----------------------------------------------------------------------

    def _background(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run a task the connector owns: `aclose()` waits for it."""
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def processes(self) -> dict[str, int]:
        """Pool key → pid of every running process (for status pages and tests)."""
        return {slot.key: slot.worker.proc.pid for slot in self._pool.values()
                if slot.worker is not None and slot.worker.alive}


    def recent_stderr(self) -> dict[str, list[str]]:
        """Pool key → the last lines each running process wrote to stderr."""
        return {slot.key: list(slot.worker.stderr) for slot in self._pool.values()
                if slot.worker is not None and slot.worker.alive}


def _last_activity(session: StdioSession) -> float:
    return session.last_active
