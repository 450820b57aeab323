#!/usr/bin/env bash
# mcpwarden against mcp-proxy, FastMCP's proxy and IBM ContextForge: installs the peers in
# their own venvs (tools/peers-venv/), then measures them. Not run in CI; see
# docs/benchmark-peers.md. Arguments are passed to bench_peers.py (--runs, --duration, --only).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if ! command -v wrk >/dev/null; then
    apt-get update && apt-get install -y wrk
fi
bash bench/peers/install.sh
exec .venv/bin/python bench/peers/bench_peers.py "$@"
