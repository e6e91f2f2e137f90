"""A numbered meeting of the table named with its short name in brackets dates a year-less story
(``第四次大湄公河次区域(GMS-4)扩大峰会`` was held in 2011); a crawl's blank just inside those brackets
(``( GMS-4 )``) changes nothing."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("short", ["(GMS-4)", "( GMS-4 )"])
def test_spaced_short_name_still_dates_the_meeting(short: str) -> None:
    text = (
        "总理出席峰会\n\n越通社河内——越南政府总理陈文甲于12月19日至20日出席在某市举行的"
        f"第四次大湄公河次区域{short}扩大峰会。\n\n各国领导人讨论了地区合作。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    assert evs
    assert evs[0]["date"] == "2011-12-19/2011-12-20"
