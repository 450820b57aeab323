#!/usr/bin/env bash
# Installs the peers, each in its own virtual environment under tools/peers-venv/ (their pins of
# `mcp` and friends differ from ours and from each other's), plus matplotlib for the chart.
# Idempotent: a venv whose pinned package is already installed is left alone.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENVS="${PEERS_VENV:-$ROOT/tools/peers-venv}"
PYTHON="${PEERS_PYTHON:-python3}"

# Pinned: the versions measured in shared/notes/stack-and-performance.md §5.
MCP_PROXY="mcp-proxy==0.13.0"
FASTMCP="fastmcp==3.4.10"
CONTEXTFORGE="mcp-contextforge-gateway==1.0.7.post20260921"
CHART="matplotlib"

install() {  # install <venv name> <requirement...>
    local name="$1"; shift
    local venv="$VENVS/$name"
    if [ -x "$venv/bin/python" ] && "$venv/bin/pip" show -q "${1%%==*}" >/dev/null 2>&1; then
        echo "peers: $name already installed in $venv"
        return
    fi
    echo "peers: installing $* into $venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install -q -U pip
    # sniffio: without it httpcore retries a failing import on every request (notes §2).
    "$venv/bin/pip" install -q "$@" sniffio
}

mkdir -p "$VENVS"
install mcp-proxy "$MCP_PROXY" uvloop httptools
install fastmcp "$FASTMCP" uvloop httptools uvicorn
install contextforge "$CONTEXTFORGE"
install chart "$CHART"
