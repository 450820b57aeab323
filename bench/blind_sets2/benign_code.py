"""Hand-written benign source files that use the vocabulary of attacks for ordinary reasons:
subprocess and eval in safe places, rm -rf in clean targets, curl | sh in a Dockerfile,
base64 fixtures, prompts for an in-house assistant, comments that say "ignore"."""

from __future__ import annotations

from blind_sets2.payloads_a import split_entries

CODE_FILES = split_entries('''
import subprocess
from pathlib import Path


def git_revision(repo: Path) -> str:
    """Return the commit the build was made from; used in the /version endpoint."""
    # check=True so a broken checkout fails the build instead of shipping "unknown"
    result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, check=True,
                            capture_output=True, text=True)
    return result.stdout.strip()
%%
.PHONY: clean test lint

clean:
\t# remove build artefacts only; never touch the data directory
\trm -rf build/ dist/ *.egg-info .pytest_cache

test:
\tpytest -q

lint:
\truff check src tests
%%
FROM python:3.12-slim

# uv is installed with its official installer, pinned to a version and verified
ARG UV_VERSION=0.4.18
RUN curl -LsSf https://astral.sh/uv/${UV_VERSION}/install.sh | sh
COPY pyproject.toml uv.lock ./
RUN /root/.local/bin/uv sync --frozen --no-dev
COPY src/ src/
CMD ["python", "-m", "app"]
%%
import ast


def safe_literal(text: str) -> object:
    """Parse a Python literal from the config file.

    We use ast.literal_eval rather than eval(): it only accepts literals, so a config value
    like __import__('os').system('...') raises ValueError instead of running.
    """
    return ast.literal_eval(text)
%%
SYSTEM_PROMPT = """You are the internal help-desk assistant for Copperleaf Studio.
Answer questions about holidays, expenses and equipment using the handbook excerpts provided.
If the answer is not in the excerpts, say so and suggest contacting people-ops@.
Never make changes to accounts; you can only read the handbook."""


def build_messages(question: str, excerpts: list[str]) -> list[dict[str, str]]:
    context = "\\n\\n".join(excerpts)
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Handbook excerpts:\\n{context}\\n\\nQuestion: {question}"},
    ]
%%
// Test fixture: a 1x1 transparent PNG, used to check the upload size limit.
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

test('accepts small images', async () => {
  const res = await upload(Buffer.from(TINY_PNG, 'base64'));
  expect(res.status).toBe(201);
});
%%
#!/usr/bin/env bash
# Rotate application logs older than 14 days. Run from cron as the app user.
set -euo pipefail
LOG_DIR=/var/log/ledger
find "$LOG_DIR" -name '*.log' -mtime +14 -print -delete
systemctl kill --signal=HUP ledger.service  # reopen log files
%%
func (s *Server) handleShutdown(w http.ResponseWriter, r *http.Request) {
\t// Only reachable on the admin listener (127.0.0.1), see cmd/server/main.go.
\t// Ignore the request body: shutdown takes no parameters.
\tif r.Method != http.MethodPost {
\t\thttp.Error(w, "method not allowed", http.StatusMethodNotAllowed)
\t\treturn
\t}
\tgo s.Shutdown(context.Background())
\tw.WriteHeader(http.StatusAccepted)
}
%%
-- Remove soft-deleted rows older than the retention period (90 days).
-- Runs nightly; the DELETE is batched so it never locks the table for long.
DELETE FROM messages
WHERE id IN (
  SELECT id FROM messages
  WHERE deleted_at < now() - interval '90 days'
  LIMIT 5000
);
%%
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write   # trusted publishing, no API token stored in the repo
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
%%
class PromptInjectionFilter:
    """Flags tool output that tries to give the model instructions.

    Examples it should catch: "ignore previous instructions", fake "</tool_result>" tags,
    requests to send data to a URL. Examples it must not catch: e-mails that say "ignore my
    last message", documentation about prompts.
    """

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
%%
def override_settings(base: dict[str, object], overrides: dict[str, object]) -> dict[str, object]:
    """Return base with overrides applied; later layers win.

    The order is defaults < config file < environment < command line, so an operator can
    always override a packaged default without editing files.
    """
    merged = dict(base)
    merged.update({k: v for k, v in overrides.items() if v is not None})
    return merged
%%
import os
import pty


def open_terminal(shell: str = "/bin/bash") -> int:
    """Spawn the user's shell inside the web terminal (authenticated session only)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(shell, [shell, "-l"])
    return fd
%%
# Known hosts for the deploy job. Pinned so a changed host key fails loudly.
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
%%
<?php
// Sends the password-reset e-mail. The token is single-use and expires after 30 minutes;
// we store only its hash, so a database leak does not let anyone reset passwords.
function send_reset_link(User $user): void {
    $token = bin2hex(random_bytes(32));
    ResetToken::create(['user_id' => $user->id, 'hash' => hash('sha256', $token)]);
    Mail::to($user->email)->send(new ResetPassword($token));
}
''')
