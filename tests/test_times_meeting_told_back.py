"""A recurring meeting its sentence dates with a month of its own year is told back: it dates that
sentence, not the story's year-less days elsewhere on the page."""

from __future__ import annotations

from tests.test_times_inference import page, tv


def test_a_meeting_told_back_with_its_month_does_not_date_the_story() -> None:
    doc = page(
        "国家主席将访问甲国",
        [
            "越南国家主席丙丁将于3月4日至6日对甲国进行国事访问。",
            "2018年2月27日,两国外交部在河内举行第五次政治磋商。",
            "2017年4月,越南国会代表团出席在达卡召开的各国议会联盟第136届大会。",
        ],
    )
    t = tv(doc, "3月4日至6日")
    assert (t.start, t.basis) == ("2018-03-04", "context")


def test_a_meeting_named_without_a_month_before_it_still_dates_the_story() -> None:
    doc = page(
        "国会代表团出席大会",
        ["4月2日,越南国会代表团出席各国议会联盟第136届大会。", "2016年,两国贸易额增长5%。"],
    )
    assert tv(doc, "4月2日").value == "2017-04-02"
