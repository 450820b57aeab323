"""Where, in a reply or a server request, the text a model will read sits.

`inventory` walks a `tools/call`, `resources/read` or `prompts/get` result, a server's
`sampling/createMessage` or `elicitation/create` params, and the requests inside a 2026-07-28
`inputRequests` map, and lists every string the model reads (`Slot`), every embedded binary
(`Binary`) and every item list (`ItemList`) as JSON paths into the value it was given. It never
changes anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

BINARY_TYPES: Final = frozenset({"image", "audio"})
KNOWN_BLOCKS: Final = frozenset({"text", "image", "audio", "resource", "resource_link",
                                 "tool_use", "tool_result"})

Path = tuple[str | int, ...]


# Not frozen: a frozen dataclass costs four times as much to build, and every reply builds these.
@dataclass(slots=True)
class Slot:
    """One string the model will read, where it sits, and whether it may be wrapped."""

    path: Path
    text: str
    structured: bool = False  # in structuredContent: never wrapped, see `Policy.structured`
    wrappable: bool = True  # False for short fields (titles, descriptions, elicitation messages)


@dataclass(slots=True)
class Binary:
    path: Path  # of the item (content block, resource contents)
    field: str  # "data" or "blob"
    size: int  # decoded bytes, estimated from the base64 length
    text_item: bool  # True: a content block (replaced by a text block); False: resource contents


@dataclass(slots=True)
class ItemList:
    path: Path
    length: int
    notice_item: bool  # content lists get a text item saying what was cut


@dataclass(slots=True)
class Inventory:
    slots: list[Slot] = field(default_factory=list)
    binaries: list[Binary] = field(default_factory=list)
    lists: list[ItemList] = field(default_factory=list)


def shown(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def inventory(root: dict[str, Any], kind: str, method: str) -> Inventory:
    """Everything in a reply (`kind` "result") or a server request's params (`kind` "request")
    that the model reads, as paths into `root`."""
    inv = Inventory()
    if kind == "request":
        _server_request(inv, root, (), method)
        return inv
    if method == "tools/call":
        _blocks(inv, root.get("content"), ("content",), notice_item=True)
        _structured(inv, root.get("structuredContent"), ("structuredContent",), 0)
    elif method == "resources/read":
        contents = root.get("contents")
        if isinstance(contents, list):
            inv.lists.append(ItemList(("contents",), len(contents), notice_item=False))
            for index, item in enumerate(contents):
                _resource_contents(inv, item, ("contents", index))
    elif method == "prompts/get":
        _text(inv, root, (), "description", wrappable=False)
        messages = root.get("messages")
        if isinstance(messages, list):
            inv.lists.append(ItemList(("messages",), len(messages), notice_item=False))
            for index, message in enumerate(messages):
                if isinstance(message, dict):
                    _block(inv, message.get("content"), ("messages", index, "content"))
    requests = root.get("inputRequests")
    if isinstance(requests, dict):
        for name, request in requests.items():
            if isinstance(request, dict) and isinstance(request.get("params"), dict):
                _server_request(inv, request["params"], ("inputRequests", name, "params"),
                                str(request.get("method")))
    return inv


def _server_request(inv: Inventory, params: dict[str, Any], at: Path, method: str) -> None:
    if method == "elicitation/create":
        _text(inv, params, at, "message", wrappable=False)
        return
    if method != "sampling/createMessage":
        return
    _text(inv, params, at, "systemPrompt")
    messages = params.get("messages")
    for index, message in enumerate(messages if isinstance(messages, list) else ()):
        if isinstance(message, dict):
            content = message.get("content")
            where = (*at, "messages", index, "content")
            if isinstance(content, list):
                _blocks(inv, content, where, notice_item=False)
            else:
                _block(inv, content, where)


def _text(inv: Inventory, parent: dict[str, Any], at: Path, key: str, *,
          wrappable: bool = True) -> None:
    value = parent.get(key)
    if isinstance(value, str) and value:
        inv.slots.append(Slot((*at, key), value, wrappable=wrappable))


def _blocks(inv: Inventory, blocks: Any, at: Path, *, notice_item: bool) -> None:
    if not isinstance(blocks, list):
        return
    inv.lists.append(ItemList(at, len(blocks), notice_item))
    for index, block in enumerate(blocks):
        _block(inv, block, (*at, index))


def _block(inv: Inventory, block: Any, at: Path) -> None:
    if not isinstance(block, dict):
        return
    kind = block.get("type")
    if kind == "text" or kind not in KNOWN_BLOCKS:  # a lenient client may show unknown types
        _text(inv, block, at, "text")
    elif kind in BINARY_TYPES:
        _binary(inv, block, at, "data", text_item=True)
    elif kind == "resource":
        _resource_contents(inv, block.get("resource"), (*at, "resource"))
    elif kind == "resource_link":
        _text(inv, block, at, "title", wrappable=False)
        _text(inv, block, at, "description", wrappable=False)
    elif kind == "tool_result":
        _blocks(inv, block.get("content"), (*at, "content"), notice_item=False)
        _structured(inv, block.get("structuredContent"), (*at, "structuredContent"), 0)


def _resource_contents(inv: Inventory, item: Any, at: Path) -> None:
    if not isinstance(item, dict):
        return
    _text(inv, item, at, "text")
    _binary(inv, item, at, "blob", text_item=False)


def _binary(inv: Inventory, item: dict[str, Any], at: Path, key: str, *, text_item: bool) -> None:
    data = item.get(key)
    if isinstance(data, str):
        inv.binaries.append(Binary(at, key, len(data) * 3 // 4, text_item))


def _structured(inv: Inventory, value: Any, at: Path, depth: int) -> None:
    if depth > 256:  # the depth cap has refused anything this deep already
        return
    if isinstance(value, str):
        if value:
            inv.slots.append(Slot(at, value, structured=True))
    elif isinstance(value, dict):
        for key, item in value.items():
            _structured(inv, item, (*at, key), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _structured(inv, item, (*at, index), depth + 1)


def iter_texts(root: dict[str, Any], kind: str, method: str) -> Iterator[tuple[str, str]]:
    """(path, text) of everything the guard reads in a reply; for tools and tests."""
    for slot in inventory(root, kind, method).slots:
        yield shown(slot.path), slot.text
