"""Personal data, session 8: "persnr", the usual Swedish abbreviation, names a personnummer;
the number alone, or after an unrelated word, is still not reported."""

from __future__ import annotations

import orjson
import pytest

from mcpwarden.detectors.pii import find_pii
from mcpwarden.guards.base import Exchange
from mcpwarden.guards.leakage import LeakageGuard
from mcpwarden.wire import jsonrpc
from mcpwarden.wire.eras import Era
from mcpwarden.wire.jsonrpc import Message


@pytest.mark.parametrize(
    "text",
    [
        '{"customer_id": 260068, "persnr": "910404-9201"}',
        "Pers-nr: 910404-9201",
        "pers nr 910404-9201",
    ],
)
def test_persnr_names_a_personnummer(text: str) -> None:
    assert [(text[leak.start:leak.end], leak.kind) for leak in find_pii(text)] == [
        ("910404-9201", "se_personnummer")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "order 910404-9201 shipped",
        '{"persnr": "910404-9202"}',  # the Luhn digit is wrong
        "Supersnr 910404-9201",  # not the word
    ],
)
def test_other_numbers_are_not_personnummer(text: str) -> None:
    assert find_pii(text) == []


async def test_the_guard_reports_a_persnr_in_a_tool_result() -> None:
    """The guard's triage of the raw message shares the detector's triggers: it must let the
    message through to the detector (personal data in results is flagged by default)."""
    request = jsonrpc.request(1, "tools/call", {"name": "crm", "arguments": {}})
    exchange = Exchange(upstream="up", era=Era.LEGACY, transport="http",
                        protocol_version="2025-11-25", request=request)
    raw = orjson.dumps({"jsonrpc": "2.0", "id": 1, "result": {"content": [
        {"type": "text", "text": '{"name": "Mei Lin", "persnr": "910404-9201"}'}]}})
    await LeakageGuard().outbound(exchange, Message.from_upstream(raw))
    assert [f["kind"] for f in exchange.notes["findings"]] == ["se_personnummer"]


# -- the Chinese resident identity number ----------------------------------------------------

def _with_check(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


CN_ID = _with_check("44010619811117074")  # Guangzhou, born 1981-11-17
CN_ID_X = _with_check("11010519491231002")  # Beijing; its check character is X


@pytest.mark.parametrize(
    "text",
    [
        f'{{"name": "Sofia Rossi", "身份证号": "{CN_ID}"}}',
        f"ID card {CN_ID_X} on file",
        f"公民身份号码\uff1a{CN_ID_X.lower()}",  # a full-width colon
    ],
)
def test_a_chinese_resident_id_is_found_by_its_layout(text: str) -> None:
    found = [leak for leak in find_pii(text) if leak.kind == "cn_resident_id"]
    assert len(found) == 1 and text[found[0].start:found[0].end].upper() in (CN_ID, CN_ID_X)


@pytest.mark.parametrize(
    "text",
    [
        f"order {CN_ID[:-1]}{'0' if CN_ID[-1] != '0' else '1'}",  # wrong check character
        "ticket 991234198111170742",  # no such province
        "batch 440106198113170747",  # month 13
        f"snowflake {CN_ID}123",  # part of a longer number
        "trace 123456789012345678",
    ],
)
def test_other_eighteen_digit_numbers_are_not_resident_ids(text: str) -> None:
    assert [leak for leak in find_pii(text) if leak.kind == "cn_resident_id"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Call the demo hotline at +1 (555) 0192 for a recorded message.", []),  # 7 digits
        ("Call +1 (415) 555-2671 after nine.", ["+1 (415) 555-2671"]),
        ("Mobile: +1 415 867 5309", ["+1 415 867 5309"]),
    ],
)
def test_a_north_american_number_has_ten_digits_after_plus_one(
    text: str, found: list[str]
) -> None:
    assert [text[leak.start:leak.end] for leak in find_pii(text) if leak.kind == "phone"] == found
