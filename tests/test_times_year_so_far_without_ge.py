"""``2016年前9月越中双向贸易总额达…`` (前N月, without 个) is a year's figures so far, like
``前9个月``: it dates a November day of the story in that year when the terms leave several."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南政府总理阮春福会见中国全国人大常委会委员长张德江\n\n"
    "越通社河内——11月9日,越南政府总理阮春福在政府总部会见中国全国人大常委会委员长张德江。\n\n"
    "阮春福表示,2016年前9月两国双向贸易总额达500亿美元,同比增长4%。\n\n"
    "(越通社——VNA)\n"
)


def test_year_so_far_dates_the_story() -> None:
    evs = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "meeting"]
    assert evs and evs[0]["date"] == "2016-11-09", evs


def test_a_day_of_the_ninth_month_is_no_stretch() -> None:
    from dyad.extraction.time_knowledge import _TO_DATE

    assert _TO_DATE.search("2016年前9月5日签署的协议达到目标") is None
