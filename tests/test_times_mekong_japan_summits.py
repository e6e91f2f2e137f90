"""The Mekong-Japan summits (``recurring_meetings.tsv``) date a year-less day, under the forms the
agency writes them in (湄公河—日本峰会, 日本与湄公河流域国家峰会, 湄公河流域国家与日本峰会).
Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("第七届湄公河—日本峰会", "2015-07-04"),
        ("第3届湄公河-日本峰会", "2011-11-18"),
        ("第十届日本与湄公河流域国家峰会", "2018-10-09"),
        ("第11届湄公河流域国家与日本峰会", "2019-11-04"),
    ],
)
def test_mekong_japan_summit_dates_the_day(name: str, date: str) -> None:
    day = date[8:].lstrip("0")
    month = date[5:7].lstrip("0")
    rec = to_record(
        extract(f"越方出席峰会\n\n越通社河内——{name}{month}月{day}日举行。越南政府总理出席会议并发表讲话。\n")
    )
    attended = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert attended and all(e["date"] == date for e in attended), rec["events"]
