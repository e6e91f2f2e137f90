"""``2016年和今年前9月,该省引进外资达…``: the year written and this year's months so far, told
together: this year is the one after the year written, and the story is told after those months."""

from __future__ import annotations

from test_events import events_of


def test_this_year_follows_the_year_told_with_it() -> None:
    body = (
        "11月3日,老挝政府副总理坎代·西帕西率团访问越南甲省。"
        "甲省人民委员会主席黎文山介绍,2018年和今年前10个月,该省引进外资达30亿美元。"
    )
    visits = [e for e in events_of(body) if e["mode"] == "visit"]
    assert [v["date"] for v in visits] == ["2019-11-03"], visits


def test_without_a_figure_of_months_so_far_this_year_is_not_read_so() -> None:
    body = "11月3日,老挝政府副总理坎代·西帕西率团访问越南甲省。该省希望2018年和今年吸引更多外资。"
    visits = [e for e in events_of(body) if e["mode"] == "visit"]
    assert [v["date"] for v in visits] != ["2019-11-03"], visits
