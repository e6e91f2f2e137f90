"""Numbered meetings of ``recurring_meetings.tsv`` date a year-less day: the UN Ocean Conferences
(New York 2017, Lisbon 2022, Nice 2025: ``出席第二届联合国海洋大会开幕式`` on 6月27日 is 2022-06-27)
and the ASEAN Plus Three, ASEAN-China and ASEAN-Japan summits (numbered from 1997)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(("n", "day", "date"), [("二", "6月27日", "2022-06-27"), ("三", "6月9日", "2025-06-09"), ("一", "6月5日", "2017-06-05")])
def test_ocean_conference_dates_the_day(n: str, day: str, date: str) -> None:
    body = f"当地时间{day},越南国家副主席出席第{n}届联合国海洋大会开幕式并发表讲话。"
    rec = to_record(extract(f"副主席出席联合国海洋大会\n\n越通社纽约——{body}\n"))
    assert [e["date"] for e in rec["events"] if e["mode"] == "multilateral"] == [date], rec["events"]


@pytest.mark.parametrize(
    ("name", "day", "date"),
    [
        ("第27次东盟与中日韩领导人会议", "10月10日", "2024-10-10"),
        ("第26次东盟—日本领导人会议", "9月6日", "2023-09-06"),
        ("第25次中国—东盟领导人会议", "11月11日", "2022-11-11"),
    ],
)
def test_asean_plus_summits_date_the_day(name: str, day: str, date: str) -> None:
    """The ASEAN Plus Three, ASEAN-China and ASEAN-Japan summits, numbered from 1997."""
    rec = to_record(extract(f"总理出席东盟系列峰会\n\n越通社河内——{day},越南政府总理出席{name}并发表讲话。\n"))
    assert [e["date"] for e in rec["events"] if e["mode"] == "multilateral"] == [date], rec["events"]
