"""A trip that is the topic of an interview (``A 3月5日就B对某国进行的访问接受了记者采访``) is not
dated by the interview's day, nor given the days of the page's other acts."""

from __future__ import annotations

from test_events import events_of


def test_the_interview_day_does_not_date_the_trip() -> None:
    evs = events_of(
        "芬兰驻越南大使卡里·维塔宁2019年3月5日就越南国家主席阮文甲对芬兰进行的国事访问以及两国关系等问题接受了记者采访。"
        "维塔宁大使表示,阮文甲主席2月初出访芬兰是两国关系的里程碑。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and all(e["date"] is None or not e["date"].endswith("-03-05") for e in visits), visits


def test_a_trip_dated_in_its_own_sentence_keeps_its_day() -> None:
    evs = events_of("2019年3月5日,越南国家主席阮文甲对芬兰进行国事访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and visits[0]["date"].endswith("-03-05"), visits
