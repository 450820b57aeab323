"""Runs first inside the sandbox: drops to the sandbox uid (when started as namespace root),
starts the egress relay, applies the resource limits and execs the server.

Executed as `python -I -S -c <this source> SPEC_JSON SERVER_ARGV…` by the gateway's own
interpreter (standard library only, no site packages). The limits are set here, inside the user
namespace, rather than before bubblewrap starts: RLIMIT_NPROC then counts only the sandbox's own
processes, not every process of the gateway's user.

SPEC_JSON: {"rlimits": [[NAME, soft, hard], ...], "relay": [PORT, UNIX_SOCKET_PATH] | null,
            "drop_to": UID | null}

The relay (only with a network allowlist) listens on the sandbox's private loopback and forwards
each connection to the gateway's egress proxy through a Unix socket bound into the sandbox;
HTTP(S)_PROXY point at it. It is the sandbox's only way out.
"""

import contextlib
import json
import os
import resource
import socket
import sys
import threading


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _relay_connection(client: socket.socket, path: str) -> None:
    upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        upstream.connect(path)
    except OSError:
        client.close()
        upstream.close()
        return
    threading.Thread(target=_pump, args=(upstream, client), daemon=True).start()
    _pump(client, upstream)


def _serve_relay(listener: socket.socket, path: str) -> None:
    while True:
        client, _ = listener.accept()
        threading.Thread(target=_relay_connection, args=(client, path), daemon=True).start()


def _start_relay(port: int, path: str) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(64)
    if os.fork() == 0:  # the relay lives as long as the sandbox (its PID namespace)
        os.setsid()
        # Let go of the server's stdio pipes: the gateway must see the server's output end.
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        try:
            _serve_relay(listener, path)
        finally:
            os._exit(0)
    listener.close()


def _drop_privileges(uid: int) -> None:
    """From namespace root to `uid` for good (real, effective and saved ids; no groups)."""
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    if os.getuid() != uid or os.geteuid() != uid:
        raise SystemExit("mcpwarden sandbox: could not drop privileges")


def main() -> None:
    spec = json.loads(sys.argv[1])
    argv = sys.argv[2:]
    if spec.get("drop_to") is not None:
        _drop_privileges(int(spec["drop_to"]))
    if spec.get("relay"):
        port, path = spec["relay"]
        _start_relay(int(port), str(path))
    for name, soft, hard in spec["rlimits"]:
        resource.setrlimit(getattr(resource, name), (soft, hard))
    try:
        os.execv(argv[0], argv)  # noqa: S606 - the configured server, no shell
    except OSError as exc:
        sys.stderr.write(f"mcpwarden sandbox: cannot run {argv[0]}: {exc.strerror}\n")
        sys.stderr.flush()
        os._exit(127)


if __name__ == "__main__":
    main()
