"""Personal data in text: e-mail addresses, phone numbers, payment card numbers, IBANs, national
identity numbers and IP addresses.

Every kind that has a check digit is validated with it (Luhn for cards, mod-97 for IBANs and the
French NIR, the mod-23 letter of the Spanish DNI); the others are held to their numbering rules
(US SSN areas and groups, UK NI prefixes) or to a shape that numbers, dates and version strings do
not have (phone numbers need a `+` country code, a national layout with separators, or a word such
as "phone" in front of them).

As for secrets, one Hyperscan pass (`TRIGGERS`) finds where personal data can be, and the rules
run only around the hits, each region only for the kinds its triggers name.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import Final

from mcpwarden.detectors.leaks import (
    PII,
    Leak,
    Prefilter,
    Trigger,
    hides_escapes,
    luhn_valid,
    resolve,
    scan_regions,
)

PII_KINDS: Final = (
    "email",
    "phone",
    "card_number",
    "iban",
    "us_ssn",
    "uk_nino",
    "fr_nir",
    "es_dni",
    "ip_address",
)

WINDOW_BEFORE: Final = 4  # room for "+", "(", an IBAN country or a UK NI prefix
WINDOW_AFTER: Final = 12  # room for a check letter, a phone extension and every look-ahead
# An IBAN's digits may start after its country, check digits and a bank code in letters
# ("GB82 WEST 1234…") and end in letters ("…MTLC AST0 01S").
IBAN_BEFORE: Final = 14
IBAN_AFTER: Final = 16
IBAN_MIN_DIGITS: Final = 6
_DELETE_DIGITS: Final = str.maketrans("", "", "0123456789")
_DIGIT_RUN: Final = re.compile(r"\d[\d \-.()/]{4,}\d")

# -- e-mail ---------------------------------------------------------------------------------------

_EMAIL_DOMAIN: Final = re.compile(
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24})"
    r"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
)
MAX_LOCAL_CHARS: Final = 64
_FILE_SUFFIXES: Final = frozenset(
    {
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "ico",
        "bmp",
        "js",
        "mjs",
        "ts",
        "tsx",
        "jsx",
        "css",
        "scss",
        "py",
        "json",
        "yaml",
        "yml",
        "md",
        "txt",
        "html",
        "htm",
        "go",
        "rs",
        "java",
        "rb",
        "php",
        "lock",
        "toml",
        "xml",
        "map",
        "min",
        "wasm",
        "zip",
        "gz",
        "tgz",
        "pdf",
    }
)
_SSH_USERS: Final = frozenset({"git", "hg", "svn"})

# -- IP addresses ---------------------------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Not inside a longer dotted or dashed name (`python-3.4.2.4`, `1.2.3.4-beta`, `10.0.0.1.5`),
# nor a network in CIDR notation (`10.0.0.0/16`: a range, not someone's address).
_IPV4: Final = re.compile(rf"(?<![\w.\-])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w\-]|\.\d|/\d)")
_IPV6_CANDIDATE: Final = re.compile(r"[0-9A-Fa-f:][0-9A-Fa-f:.]{2,44}")
_TWO_COLONS: Final = re.compile(r":[0-9A-Fa-f]{0,4}:")
_IPV6_CHARS: Final = frozenset("0123456789abcdefABCDEF:")
MAX_IPV6_CHARS: Final = 45
_IPV6_NOT_BEFORE: Final = frozenset("GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz_")
_VERSION_BEFORE: Final = re.compile(r"(?i)(?:\bv|version|ver|release|build|firmware|os)[\s:=]*$")

# -- numbers --------------------------------------------------------------------------------------

# Not one group among more, nor glued to letters: `ES07 4959 3444 4968 7792 7078` and
# `BE30509067383962` are account numbers.
_CARD: Final = re.compile(
    r"(?<![\w\-.])(?<!\d[ \-])\d{4}(?:[ \-]?\d){9,15}(?![\d\-]|\.\d|[ \-]\d{4}(?!\d))"
)
_IBAN: Final = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]){11,30}(?![a-z0-9])")
_SSN: Final = re.compile(r"(?<![\d\-])(\d{3})([ \-])(\d{2})\2(\d{4})(?![\d\-])")
_NINO: Final = re.compile(
    # HMRC's prefix rules, plus QQ, the prefix of its documented examples (which count)
    r"(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ) ?\d{2} ?\d{2} ?\d{2} ?[A-D]"
    r"(?![A-Za-z0-9])"
)
_NIR: Final = re.compile(
    r"(?<![\d])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}"
    r"(?!\d)"
)
_DNI: Final = re.compile(r"(?<![A-Za-z0-9])([XYZ]?\d{7,8})-?([A-Z])(?![A-Za-z0-9])")
_DNI_LETTERS: Final = "TRWAGMYFPDXBNJZSQVHLCKE"

# -- phone numbers --------------------------------------------------------------------------------

_EXTENSION = r"(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,5})?"
_PHONE_INTL: Final = re.compile(
    rf"(?<![\w+])\+[1-9]\d{{0,3}}(?:[ .\-]?\(?\d{{1,5}}\)?){{1,6}}{_EXTENSION}(?![\w]|[.\-]\d)"
)
_PHONE_NANP: Final = re.compile(
    r"(?<![\w.+\-/])(?<!\d )(?:(?:1|001)[ .\-])?"
    r"(?:\(\d{3}\) ?\d{3}[.\- ]|\d{3}(?P<sep>[.\- ])\d{3}(?P=sep))"
    rf"\d{{4}}{_EXTENSION}(?![\w]|[.\-/]\d| \d)"
)
# National layouts that start with a trunk 0: FR `01 23 45 67 89`, UK `020 7946 0958`,
# `07700 900123`, DE `(030) 12345678`, or ten digits in one piece (`0612345678`).
_MOBILE_PREFIXES: Final = ("06", "07", "015", "016", "017")
_PHONE_EU: Final = re.compile(
    r"(?<![\w.+\-/#])(?<!\d )(?:0[1-9](?P<sep>[ .\-])\d{2}(?:(?P=sep)\d{2}){3}"
    r"|\(?0[1-9]\d{1,3}\)?[ /]?\d{3,4}[ \-]?\d{3,4})"
    rf"{_EXTENSION}(?![\w]|[.\-/]\d| \d)"
)
_CONTEXT_WORDS: Final = (
    ("phone", "phone"),
    ("tel", "phone"),
    ("mobile", "phone"),
    ("cell", "phone"),
    ("fax", "phone"),
    ("whatsapp", "phone"),
    ("sms", "phone"),
    ("call me at", "phone"),
    ("ssn", "us_ssn"),
    ("social security", "us_ssn"),
)
_NUMBER_AFTER_WORD: Final = re.compile(
    r"[A-Za-z.#]{0,12}\b[^\n\d+\x00]{0,20}(?P<number>\+?\(?\d[\d ().\-]{5,18}\d)(?!\w|[.\-]\d)"
)
_DATE_LIKE: Final = re.compile(
    r"\d{4}[.\-/ ]\d{1,2}[.\-/ ]\d{1,2}|\d{1,2}[.\-/ ]\d{1,2}[.\-/ ]\d{4}"
)

# Country code → IBAN length (ISO 13616 registry).
_IBAN_LENGTHS: Final = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NL": 18,
    "NO": 15,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SC": 31,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
}
_NINO_BAD_PREFIXES: Final = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def find_pii(
    text: str, kinds: Collection[str] | None = None, *, private_ips: bool = True
) -> list[Leak]:
    """Personal data of the given `kinds` (default: all of `PII_KINDS`) in `text`, overlaps
    resolved, in order of position. Loopback, unspecified and netmask-like IP addresses are never
    reported; `private_ips=False` also skips private, link-local and reserved ranges."""
    wanted = frozenset(PII_KINDS if kinds is None else kinds)
    unknown = wanted - frozenset(PII_KINDS)
    if unknown:
        raise ValueError(
            f"unknown personal-data kinds: {', '.join(sorted(unknown))}; "
            f"known: {', '.join(PII_KINDS)}"
        )

    regions = _PREFILTER.regions(text)
    if not regions:
        return []

    def finder(plain: str, tags: set[str], starts: list[int] | None) -> list[Leak]:
        kinds = frozenset().union(*(_TAG_KINDS.get(tag, (tag,)) for tag in tags))
        return _find_plain(plain, wanted & kinds, private_ips)

    return resolve(scan_regions(text, regions, finder))


def may_contain_pii(data: bytes) -> bool:
    """False when `data` (text or raw JSON, as bytes) cannot hold personal data `find_pii` would
    report (see `may_contain_secrets`)."""
    return hides_escapes(data) or _TRIAGE_PREFILTER.matches(data)


def _find_plain(text: str, wanted: frozenset[str], private_ips: bool) -> list[Leak]:
    leaks: list[Leak] = []
    if "email" in wanted:
        leaks.extend(_emails(text))
    if not wanted - {"email"}:
        return leaks
    windows = _number_windows(text)
    if "iban" in wanted:
        for window in windows:
            if window.digits >= IBAN_MIN_DIGITS:
                leaks.extend(
                    _ibans(text, max(0, window.start - IBAN_BEFORE), window.end + IBAN_AFTER)
                )
    for kind, min_digits, scan in _NUMBER_SCANNERS:
        if kind in wanted:
            for window in windows:
                if window.digits >= min_digits:
                    leaks.extend(scan(text, window.start, window.end))
    if "ip_address" in wanted:
        for window in windows:
            if window.dotted:
                leaks.extend(_ipv4s(text, window.start, window.end, private_ips))
        leaks.extend(_ipv6s(text, private_ips))
    if "phone" in wanted or "us_ssn" in wanted:
        leaks.extend(leak for leak in _numbers_in_context(text) if leak.kind in wanted)
    return resolve(leaks)


@dataclass(slots=True)
class _Window:
    start: int
    end: int
    digits: int  # the most digits of one run in the window
    dotted: bool


def _number_windows(text: str) -> list[_Window]:
    """Stretches of text around runs of digits, merged: all number-shaped kinds are looked for
    only there, and only where a run has as many digits as the kind needs, so a page of prose or
    a table of small numbers costs one character-class pass."""
    windows: list[_Window] = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        digits = len(run) - len(run.translate(_DELETE_DIGITS))
        start, end = max(0, match.start() - WINDOW_BEFORE), match.end() + WINDOW_AFTER
        if windows and start <= windows[-1].end:
            last = windows[-1]
            last.end, last.digits = end, max(last.digits, digits)
            last.dotted = last.dotted or "." in run
        else:
            windows.append(_Window(start, end, digits, "." in run))
    return windows


# -- e-mail ---------------------------------------------------------------------------------------


def _emails(text: str) -> Iterator[Leak]:
    if "@" not in text:
        return
    for match in _EMAIL_DOMAIN.finditer(text):
        at = match.start()
        start = _local_part_start(text, at)
        if start is None or _userinfo(text, start):
            continue
        tld = match.group("domain").rsplit(".", 1)[-1].lower()
        if tld in _FILE_SUFFIXES or text[start:at].lower() in _SSH_USERS:
            continue
        yield Leak(start, match.end(), "email", PII, 0.95)


_LOCAL_PART: Final = re.compile(r"[A-Za-z0-9._%+\-]*")


def _local_part_start(text: str, at: int) -> int | None:
    """Where the local part before `@` begins (it starts with a letter or digit), if any."""
    low = max(0, at - MAX_LOCAL_CHARS)
    local = _LOCAL_PART.match(text[low:at][::-1])  # read backwards from the `@`
    start = at - (local.end() if local is not None else 0)
    while start < at and not text[start].isalnum():
        start += 1
    return start if start < at else None


def _userinfo(text: str, start: int) -> bool:
    """`scheme://user@host` is a URL's user, not an address (but `mailto:` is one)."""
    if start == 0 or text[start - 1] not in "/:@":
        return False
    return not text[max(0, start - 7) : start].lower().endswith("mailto:")


# -- IP addresses ---------------------------------------------------------------------------------


def _ipv4s(text: str, start: int, end: int, private_ips: bool) -> Iterator[Leak]:
    for match in _IPV4.finditer(text, start, end):
        if _VERSION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _reportable_ip(match.group(0), private_ips):
            yield Leak(match.start(), match.end(), "ip_address", PII, 0.85)


def _ipv6s(text: str, private_ips: bool) -> Iterator[Leak]:
    """Candidates grow from `:…:` (found by a literal-led pattern) over the hex digits, colons
    and dots around them."""
    done = 0
    for hit in _TWO_COLONS.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > max(0, hit.start() - MAX_IPV6_CHARS) and text[start - 1] in _IPV6_CHARS:
            start -= 1
        match = _IPV6_CANDIDATE.match(text, start)
        if match is None:
            continue
        done = match.end()
        candidate = match.group(0).rstrip(".")
        end = start + len(candidate)
        if start and text[start - 1] in _IPV6_NOT_BEFORE:
            continue
        if end < len(text) and (text[end].isalnum() or text[end] in "_/"):
            continue
        if _plausible_ipv6(candidate) and _reportable_ip(candidate, private_ips):
            yield Leak(start, end, "ip_address", PII, 0.85)


def _plausible_ipv6(candidate: str) -> bool:
    """At least three groups, or a `::` with two: `a::b` in C++ or `12:30:45` are not
    addresses (the last is not even valid)."""
    groups = [group for group in re.split(r":+", candidate) if group]
    return len(groups) >= 3 or ("::" in candidate and len(groups) >= 2)


def _reportable_ip(candidate: str, private_ips: bool) -> bool:
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return False
    if address.is_loopback or address.is_unspecified or candidate.startswith("255."):
        return False
    if (
        isinstance(address, ipaddress.IPv4Address)
        and candidate.endswith(".0")
        and candidate.startswith(("255", "254", "252", "248", "240", "224", "192.0.0"))
    ):
        return False
    return private_ips or not (address.is_private or address.is_link_local or address.is_reserved)


# -- numbers with check digits --------------------------------------------------------------------


def _cards(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _CARD.finditer(text, start, end):
        raw = match.group(0)
        separators = set(re.sub(r"\d", "", raw))
        if len(separators) > 1:
            continue
        digits = re.sub(r"\D", "", raw)
        if separators and not _card_grouping(raw, next(iter(separators))):
            continue
        if 13 <= len(digits) <= 19 and _card_prefix(digits) and luhn_valid(digits):
            yield Leak(match.start(), match.end(), "card_number", PII, 0.95)


def _card_grouping(raw: str, separator: str) -> bool:
    sizes = [len(group) for group in raw.split(separator)]
    return sizes[0] == 4 and all(3 <= size <= 6 for size in sizes[1:])


def _card_prefix(digits: str) -> bool:
    """Issuer ranges of the major networks, with the lengths they issue: a Luhn-valid number
    outside them is more likely an order number or a timestamp than a card."""
    length, two, three, four = len(digits), int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":
        return length in (13, 16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return length == 16
    if two in (34, 37):
        return length == 15
    if 300 <= three <= 305 or two in (36, 38, 39):
        return 14 <= length <= 19
    return length >= 16 and (
        four == 6011
        or 644 <= three <= 649
        or two in (50, 62, 65)
        or 3528 <= four <= 3589
        or 56 <= two <= 69
        or 2200 <= four <= 2204
    )


def _ibans(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _IBAN.finditer(text, start, end):
        raw = match.group(0)
        country = raw[:2]
        length = _IBAN_LENGTHS.get(country)
        if length is None:
            continue
        stop = _end_after_chars(raw, length)
        if stop is None:
            continue
        if _iban_checksum_ok(raw[:stop].replace(" ", "")):
            yield Leak(match.start(), match.start() + stop, "iban", PII, 0.97)


def _end_after_chars(raw: str, count: int) -> int | None:
    """Offset in `raw` just after its first `count` non-space characters."""
    seen = 0
    for index, char in enumerate(raw):
        if char != " ":
            seen += 1
            if seen == count:
                end = index + 1
                return (
                    end
                    if end == len(raw) or raw[end] == " " or count == len(raw.replace(" ", ""))
                    else None
                )
    return None


def _iban_checksum_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(char, 36)) for char in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _ssns(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _SSN.finditer(text, start, end):
        if _ssn_valid(match.group(1), match.group(3), match.group(4)):
            yield Leak(match.start(), match.end(), "us_ssn", PII, 0.85)


def _ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: no area 000, 666 or 900-999, no group 00, no serial 0000."""
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


def _ninos(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _NINO.finditer(text, start, end):
        if match.group(1) not in _NINO_BAD_PREFIXES:
            yield Leak(match.start(), match.end(), "uk_nino", PII, 0.85)


def _nirs(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _NIR.finditer(text, start, end):
        compact = match.group(0).replace(" ", "").upper()
        body, key = compact[:13], int(compact[13:])
        number = int(body.replace("2A", "19").replace("2B", "18"))
        if 97 - number % 97 == key:
            yield Leak(match.start(), match.end(), "fr_nir", PII, 0.95)


def _dnis(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _DNI.finditer(text, start, end):
        number = match.group(1)
        if number[0] in "XYZ":
            number = str("XYZ".index(number[0])) + number[1:]
        elif len(number) != 8:
            continue
        if _DNI_LETTERS[int(number) % 23] == match.group(2):
            yield Leak(match.start(), match.end(), "es_dni", PII, 0.9)


# -- phone numbers --------------------------------------------------------------------------------


def _phones(text: str, start: int, end: int) -> Iterator[Leak]:
    if "+" in text[start:end]:
        for match in _PHONE_INTL.finditer(text, start, end):
            if 8 <= _digit_count(match.group(0)) <= 15:
                yield Leak(match.start(), match.end(), "phone", PII, 0.9)
    for match in _PHONE_NANP.finditer(text, start, end):
        yield Leak(match.start(), match.end(), "phone", PII, 0.8)
    for match in _PHONE_EU.finditer(text, start, end):
        number = match.group(0)
        if not 10 <= _digit_count(re.split(r"[x#e]", number)[0]) <= 12:
            continue
        if number.isdigit() and not number.startswith(_MOBILE_PREFIXES):
            continue  # ten bare digits after a 0 are as often an identifier as a number
        yield Leak(match.start(), match.end(), "phone", PII, 0.8)


def _numbers_in_context(text: str) -> Iterator[Leak]:
    """Numbers without a telling layout count after a word that says what they are:
    "phone: 4155550132", "SSN 123456789"."""
    lowered = text.lower()
    for word, kind in _CONTEXT_WORDS:
        index = lowered.find(word)
        while index >= 0:
            match = _NUMBER_AFTER_WORD.match(text, index + len(word))
            if match is not None and _context_number_ok(kind, match.group("number")):
                yield Leak(match.start("number"), match.end("number"), kind, PII, 0.75)
            index = lowered.find(word, index + 1)


def _context_number_ok(kind: str, number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if kind == "us_ssn":
        return len(digits) == 9 and _ssn_valid(digits[:3], digits[3:5], digits[5:])
    return 7 <= len(digits) <= 15 and not _DATE_LIKE.fullmatch(number.strip())


def _digit_count(value: str) -> int:
    return sum(char.isdigit() for char in value)


# Kind, the fewest digits one run must have for it, scanner.
_NUMBER_SCANNERS: Final[tuple[tuple[str, int, Callable[[str, int, int], Iterator[Leak]]], ...]] = (
    ("card_number", 13, _cards),
    ("us_ssn", 9, _ssns),
    ("uk_nino", 6, _ninos),
    ("fr_nir", 6, _nirs),  # Corsican departments (2A, 2B) split the digits in two runs
    ("es_dni", 7, _dnis),
    ("phone", 7, _phones),
)


# -- triggers -------------------------------------------------------------------------------------

# Where personal data can be: the shapes above without their look-arounds, looser where a
# separator may vary. Only the stretches around these are scanned in detail; `before` covers the
# longest value that can end where its trigger does, `after` the rest of one that can go on.
_NOT_AFTER_WORD = r"(?:^|[^\w])"  # the shapes' look-behinds, so a long run matches once
_NOT_AFTER_DIGIT = r"(?:^|[^\d])"
TRIGGERS: Final = (
    Trigger(r"[\w.%+\-]@[A-Za-z0-9\-]+\.[A-Za-z]|[\w.+\-]%40[A-Za-z0-9]", 72, 64, "email"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d(?:[ \-]?\d){{12}}", 32, 16, "card_number"),
    Trigger(rf"{_NOT_AFTER_WORD}[A-Z]{{2}}\d{{2}} ?[A-Z0-9]{{4}}", 16, 48, "iban"),
    Trigger(rf"{_NOT_AFTER_DIGIT}(?:\d{{3}}[ \-]\d{{2}}[ \-]\d{{4}}|\d{{9}})", 16, 8,
            "number"),  # SSNs, bare numbers
    Trigger(rf"{_NOT_AFTER_WORD}[A-Z]{{2}} ?\d{{2}} ?\d{{2}} ?\d{{2}} ?[A-D]", 16, 4, "uk_nino"),
    Trigger(rf"{_NOT_AFTER_DIGIT}[12] ?\d{{2}} ?[0-9]{{2}} ?(?:\d{{2}}|2[ABab]) ?\d{{3}} ?\d{{3}}",
            24, 8, "fr_nir"),
    Trigger(rf"{_NOT_AFTER_WORD}[XYZ]?\d{{7,8}}-?[A-Z]", 12, 4, "es_dni"),
    Trigger(rf"{_NOT_AFTER_WORD}\+[1-9]\d{{0,3}}[ .\-]?\(?\d{{1,5}}", 16, 32, "phone"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{3}}(?:\) ?|[.\- ])\d{{3}}[.\- ]\d{{4}}", 20, 16, "phone"),
    Trigger(rf"{_NOT_AFTER_DIGIT}(?:0[1-9][ .\-]\d{{2}}[ .\-]\d{{2}}"
            r"|\(?0[1-9]\d{1,3}\)?[ /]?\d{3,4}[ \-]?\d{3})", 24, 24, "phone"),
    Trigger(r"(?:phone|tel|mobile|cell|fax|whatsapp|sms|call me at|ssn|social security)"
            r"[^\n\d+]{0,32}\+?\(?\d[\d ().\-]{5,18}\d", 64, 8, "number", caseless=True),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{1,3}}\.\d{{1,3}}\.\d{{1,3}}\.\d", 24, 8, "ip_address"),
    Trigger(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){3}|::[0-9A-Fa-f]{1,4}(?:[^0-9A-Za-z_]|$)",
            48, 48, "ip_address"),
    # percent-encoded separators between digits or letters (`4111%201111`, `fe80%3A%3A1`)
    Trigger(r"[0-9A-Za-z=(]%(?:2[0-9A-Fa-f]|3[Aa]|40)[0-9A-Za-z%]", 64, 64, "escaped"),
)
# The kinds each tag's region is scanned for (a tag not listed is a kind).
_TAG_KINDS: Final = {
    "number": frozenset({"us_ssn", "phone"}),
    "escaped": frozenset(PII_KINDS),
}
# Values may hold spaces (`+44 20 7946 0958`) but no longer than the margins above.
_PREFILTER: Final = Prefilter(TRIGGERS, " \n\x00\t\"<>|;")
# Whether a message may hold an e-mail address needs no more of it than the `@` and the character
# after it; the full trigger, among all the others of the triage pass over every reply, makes
# Hyperscan pick a slower engine (about 1.3 µs per KB more). `find_pii` still uses `TRIGGERS`.
TRIAGE_TRIGGERS: Final = tuple(
    Trigger(r"[\w.%+\-]@[A-Za-z0-9\-]|[\w.+\-]%40[A-Za-z0-9]", 0, 0, "email")
    if trigger.tag == "email" else trigger for trigger in TRIGGERS
)
_TRIAGE_PREFILTER: Final = Prefilter(TRIAGE_TRIGGERS, " ")
