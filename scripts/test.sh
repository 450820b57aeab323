#!/usr/bin/env bash
# The whole check a change must pass: set-up (with the conformance tools), lint, types, tests.
# Extra arguments go to pytest, e.g. `scripts/test.sh -k conformance -x`.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

step() { printf 'test: %s\n' "$*" >&2; }

bash scripts/setup.sh --tests

step "ruff check src tests bench"
.venv/bin/ruff check src tests bench

step "mypy"
.venv/bin/mypy

step "pytest -q $*"
status=0
.venv/bin/pytest -q "$@" || status=$?
if ((status == 5)); then
    step "pytest collected no tests; counting that as a failure"
fi
exit "$status"
