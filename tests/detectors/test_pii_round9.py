"""Personal data, round 9: Brazilian numbers with a bracketed two-digit area code, and
Australian landlines written with a bracketed trunk code (`(02) 3129 7540`)."""

from __future__ import annotations

import pytest

from mcpwarden.detectors.pii import find_pii


def _phones(text: str) -> list[str]:
    return [text[leak.start : leak.end] for leak in find_pii(text) if leak.kind == "phone"]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Contact number: (21) 98677-3569", "(21) 98677-3569"),
        ('{"phone": "(11) 3456-7890", "since": "2024"}', "(11) 3456-7890"),
        ("Phone: (02) 3129 7540", "(02) 3129 7540"),
        ("he said to use (03) 9980 1924 after six", "(03) 9980 1924"),
    ],
)
def test_national_layouts_are_found(text: str, number: str) -> None:
    assert _phones(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "ISBN 978 12 34 56 and 688 51 06 64 units in stock",  # groups of digits, no layout
        "Figure (21) shows 98677 samples; run 3569 failed.",
        "Order (21)98677-35690 shipped",  # one digit too many
    ],
)
def test_digit_groups_that_are_not_such_layouts_pass(text: str) -> None:
    assert _phones(text) == []
