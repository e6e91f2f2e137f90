"""An adverb of sequence before an office (其后法国总统X, 此后, 随后) is not part of the office: the
title starts at the country. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("then", ["其后", "此后", "随后"])
def test_then_is_not_part_of_the_office(then: str) -> None:
    rec = to_record(
        extract(
            "两国关系\n\n越通社河内——1993年,法国总统彼得·林(Peter Lin)访问越南,"
            f"{then}法国总统让·马克(Jean Marc)于1997年访越。(越通社-VNA)\n"
        )
    )
    titles = {p["name"]: p["title"] for e in rec["events"] for p in e["source"]}
    assert titles.get("让·马克") == "法国总统", titles
