"""A dateline whose dash is three em dashes long (``越通社河内——— ``, as some crawls print it) is the
dateline still: the body starts after the whole dash, and the dateline's city is the venue.
Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.ingest import layout


@pytest.mark.parametrize("dash", ["—", "——", "———", "——— "])
def test_dateline_dash_one_to_three_em_dashes(dash: str) -> None:
    line = "越通社河内" + dash + "据越通社特派记者报道,卢旺达总统卡加梅3月5日下午会见越南总理陈明德。"
    m = layout.DATELINE.match(line)
    assert m is not None and m.group("place") == "河内"
    assert line[m.end() :].startswith("据越通社")


def test_triple_dash_page_reads_the_meeting() -> None:
    text = (
        "卢旺达总统会见越南总理\n\n越通社河内——— 3月5日下午,越南政府总理陈明德在政府总部会见"
        "正在访问越南的卢旺达总统卡加梅(Paul Kagame)。(越通社—VNA)\n"
    )
    rec = to_record(extract(text))
    assert rec["body"][0].startswith("3月5日下午"), rec["body"]
    meets = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert meets and meets[0]["location"] == "河内", meets
