"""The UN Ocean Conferences (New York 2017, Lisbon 2022, Nice 2025) date a year-less day from
``recurring_meetings.tsv``: ``出席第二届联合国海洋大会开幕式`` on 6月27日 is 2022-06-27."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(("n", "day", "date"), [("二", "6月27日", "2022-06-27"), ("三", "6月9日", "2025-06-09"), ("一", "6月5日", "2017-06-05")])
def test_ocean_conference_dates_the_day(n: str, day: str, date: str) -> None:
    body = f"当地时间{day},越南国家副主席出席第{n}届联合国海洋大会开幕式并发表讲话。"
    rec = to_record(extract(f"副主席出席联合国海洋大会\n\n越通社纽约——{body}\n"))
    assert [e["date"] for e in rec["events"] if e["mode"] == "multilateral"] == [date], rec["events"]
