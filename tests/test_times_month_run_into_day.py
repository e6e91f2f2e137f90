"""A month and its day run together when the page's text lost the 月 (王廷惠513日会见 for 5月13日,
——417日下午 for 4月17日): read as that date where only one reading is possible, and only where a
date stands (after a name or the dateline, before a part of the day, a comma or a meeting verb)."""

from __future__ import annotations

from dyad.extraction.time_grammar import scan
from test_events import events_of


def _dates(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(r.kind, r.m, r.d) for r in scan(text) if r.kind in {"date", "day"}]


def test_three_digits_before_a_meeting_verb() -> None:
    assert _dates("越南国会副主席黎文平614日会见泰国驻越大使。") == [("date", 6, 14)]


def test_three_digits_after_the_dateline_with_part_of_day() -> None:
    found = [r for r in scan("越通社河内——823日下午,越南外交部举行仪式。") if r.kind == "date"]
    assert [(r.m, r.d, r.part_of_day) for r in found] == [(8, 23, "下午")]


def test_four_digits_for_a_two_digit_month() -> None:
    assert _dates("越南政府副总理陈光荣1128日会见了老挝客人。") == [("date", 11, 28)]


def test_digits_that_read_two_ways_stay_unread() -> None:
    assert _dates("越南政府副总理陈光荣112日会见了老挝客人。") == []  # 1月12日 or 11月2日


def test_counts_of_days_are_no_dates() -> None:
    assert _dates("项目须在120日内完成,共计300日,") == []
    assert _dates("这是第215日,") == []


def test_meeting_takes_the_run_together_date() -> None:
    evs = events_of("越南国会副主席黎文平2019年614日会见了来访的泰国国会副主席颂猜·达纳蓬。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert [e["date"] for e in meetings] == ["2019-06-14"], evs
