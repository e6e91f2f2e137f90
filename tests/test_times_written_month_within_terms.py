"""A month written with its year (``2013年5月,…``) picks the year among the terms of the office-holder
named with the day, as a bare written year does. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_written_month_with_its_year_places_the_day_within_the_terms() -> None:
    doc = page(
        "越南主持论坛高级别会议",
        ["2013年5月,越南首次担任该论坛轮值主席国。", "5月20日,国家主席张晋创主持了论坛高级别会议。"],
    )
    assert tv(doc, "5月20日").value == "2013-05-20"


def test_two_written_months_of_different_years_leave_the_range() -> None:
    doc = page(
        "越南主持论坛高级别会议",
        ["2012年3月和2014年6月,越南两次担任该论坛轮值主席国。", "5月20日,国家主席张晋创主持了论坛高级别会议。"],
    )
    assert tv(doc, "5月20日").precision == "year-range"
