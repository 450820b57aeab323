"""Everything a server tells the model, scored by the poisoning detector: tools, prompts,
resource templates and server instructions.

The detector reads tool definitions; a prompt's arguments and a resource template's URI template
carry the same kinds of text (names, titles, descriptions), so they are scored as the tool a
model would see in their place: the prompt's arguments become the properties of its input, the
template's URI template and MIME type become text beside its description. Server instructions are
one description with no name. Findings keep the field names of that tool form (`description`,
`inputSchema.properties.ARG.description`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mcpwarden.detectors.poisoning import Verdict, score_tool


def score_definition(kind: str, definition: Any, *, server_tools: Sequence[str] = ()) -> Verdict:
    """The detector's verdict on one published definition of `kind` (tool, prompt,
    resource_template or instructions)."""
    if kind == "instructions":
        text = definition if isinstance(definition, str) else ""
        return score_tool({"name": "", "description": text})
    if not isinstance(definition, Mapping):
        return Verdict(0.0)
    if kind == "prompt":
        return score_tool(_prompt_as_tool(definition), server_tools=server_tools)
    if kind == "resource_template":
        return score_tool(_template_as_tool(definition), server_tools=server_tools)
    return score_tool(definition, server_tools=server_tools)


def _prompt_as_tool(prompt: Mapping[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    arguments = prompt.get("arguments")
    for argument in arguments if isinstance(arguments, list) else []:
        if isinstance(argument, Mapping) and isinstance(argument.get("name"), str):
            properties[argument["name"]] = {
                "type": "string",
                **{k: v for k, v in argument.items() if k in ("title", "description")
                   and isinstance(v, str)},
            }
    return {**_texts(prompt), "inputSchema": {"type": "object", "properties": properties}}


def _template_as_tool(template: Mapping[str, Any]) -> dict[str, Any]:
    texts = _texts(template)
    extra = [template.get(k) for k in ("uriTemplate", "mimeType")]
    shown = [text for text in extra if isinstance(text, str)]
    if shown:
        texts["description"] = "\n".join([texts.get("description", ""), *shown]).strip()
    return texts


def _texts(definition: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in definition.items()
            if k in ("name", "title", "description", "annotations", "_meta")
            and v is not None}
