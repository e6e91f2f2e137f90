"""The visit an interview is given on the occasion of (``值此X于10月13日至15日对越南进行国事访问之际``)
is coded whatever form its days take: ``10月13-15日`` and ``10月13—15日`` tell the same days."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events import events_of, names


def _visits(days: str) -> list[tuple[list[str], list[str], Any]]:
    evs = events_of(
        f"值此老挝国家主席通伦·西苏里于10月{days}对越南进行国事访问之际,越通社驻老挝记者就越老关系"
        "对老挝学者进行了采访。"
    )
    return [(names(e["source"]), names(e["target"]), e["date"]) for e in evs if e["mode"] == "visit"]


@pytest.mark.parametrize("days", ["13-15日", "13—15日", "13~15日"])
def test_occasion_visit_with_compact_days(days: str) -> None:
    expected = _visits("13日至15日")
    assert [v[:2] for v in expected] == [(["通伦·西苏里"], ["越南"])]
    assert _visits(days) == expected
