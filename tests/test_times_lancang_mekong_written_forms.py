"""The Lancang-Mekong meetings under their other written forms: 湄澜合作 (Mekong first, as the
Vietnamese side often writes it) and a plain hyphen between the rivers date a year-less day from
``recurring_meetings.tsv`` like 澜湄合作 does."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("湄澜合作第八次外长会", "2023-12-07"),
        ("澜沧江-湄公河合作第八次外长会议", "2023-12-07"),
        ("第四次湄澜合作领导人会议", "2023-12-25"),
        ("湄公河-澜沧江合作第二次领导人会议", "2018-01-10"),
    ],
)
def test_other_written_forms_date_the_meeting(name: str, date: str) -> None:
    day = date[8:].lstrip("0")
    month = date[5:7].lstrip("0")
    rec = to_record(
        extract(f"越方出席会议\n\n越通社河内——{name}{month}月{day}日举行。越南外交部长出席会议并发表讲话。\n")
    )
    attended = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert attended and all(e["date"] == date for e in attended), rec["events"]
