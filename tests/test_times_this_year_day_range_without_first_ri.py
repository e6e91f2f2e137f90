"""A day range after 今年/去年 whose first day drops its 日 (今年3月17至18日) is that range of this
year's month, as 3月17至18日 is, not the second day alone in the month of the story."""

from __future__ import annotations

from test_events import events_of


def test_this_year_day_range_without_the_first_ri() -> None:
    evs = events_of(
        "2031年4月1日,越南政府总理阮文北同新西兰总理陈光通电话。"
        "阮文北于今年3月17至18日对新西兰进行正式访问。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert visits[0]["date"] == "2031-03-17/2031-03-18"
