"""Everything a server tells the model, scored by the poisoning detector: tools, prompts,
resource templates and server instructions, each with the scorer that knows its fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mcpwarden.detectors.poisoning import (
    Verdict,
    score_instructions,
    score_prompt,
    score_resource_template,
    score_tool,
)


def score_definition(kind: str, definition: Any, *, server_tools: Sequence[str] = ()) -> Verdict:
    """The detector's verdict on one published definition of `kind` (tool, prompt,
    resource_template or instructions); `server_tools`: the other names in the same listing."""
    if kind == "instructions":
        return score_instructions(definition if isinstance(definition, str) else "")
    if not isinstance(definition, Mapping):
        return Verdict(0.0)
    if kind == "prompt":
        return score_prompt(definition, server_prompts=server_tools)
    if kind == "resource_template":
        return score_resource_template(definition, server_resources=server_tools)
    return score_tool(definition, server_tools=server_tools)
