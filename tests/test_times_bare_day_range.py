"""A range of bare days (从4日至7日) after a month told before, and the days of a guest's visit
told to introduce him, which are not the day of the meeting held with him."""

from __future__ import annotations

from dyad.extraction.time_grammar import scan
from test_events import events_of, names


def test_bare_day_range_is_one_expression() -> None:
    found = scan("代表团从4日至7日在当地考察。")
    assert [(r.kind, r.d, r.d2, r.text) for r in found] == [("day", 4, 7, "4日至7日")]


def test_visit_over_bare_days_takes_the_whole_range() -> None:
    evs = events_of("2023年12月3日,越南国会主席王廷惠抵达首尔。王廷惠于4日至7日对韩国进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [v["date"] for v in visits] == ["2023-12-04/2023-12-07"], evs


def test_bare_day_range_across_a_month_end() -> None:
    evs = events_of("2023年12月29日,越南国会主席王廷惠抵达首尔。王廷惠于30日至2日对韩国进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [v["date"] for v in visits] == ["2023-12-30/2024-01-02"], evs


def test_guest_introduced_by_bare_visit_days_is_the_source_on_the_meeting_day() -> None:
    evs = events_of(
        "2023年12月6日下午,韩国总统尹锡悦与从4日至7日对该国进行正式访问的越南国会主席王廷惠举行会晤。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1, evs
    assert names(meetings[0]["source"]) == ["王廷惠"] and meetings[0]["date"] == "2023-12-06", evs
