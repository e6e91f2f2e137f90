"""A list of messages sent on one day, split over two paragraphs, keeps that day in the second."""

from __future__ import annotations

from test_events import events_of, names


def _dates(evs: list[dict]) -> dict[str, str | None]:
    return {names(e["source"])[0]: e["date"] for e in evs if e["type"] == "SUPPORT"}


_HEAD = (
    "越南副总理陈文江2021年5月20日前往挪威驻河内大使馆吊唁挪威前首相。"
    "\n\n此前,获悉挪威前首相逝世,5月12日,越南国家主席阮明海向挪威国王哈拉尔五世致唁电。"
    "越南政府总理黎光达向挪威首相埃尔娜·索尔贝格致唁电。"
)


def test_a_message_opening_the_next_paragraph_keeps_the_day_of_the_list() -> None:
    evs = events_of(
        _HEAD + "\n\n越南外交部长吴德明向挪威外交大臣伊内·索雷德致唁电。", "越南副总理前往挪威大使馆吊唁"
    )
    dates = _dates(evs)
    assert dates["阮明海"] == "2021-05-12" and dates["黎光达"] == "2021-05-12", evs
    assert dates["吴德明"] == "2021-05-12", evs


def test_a_paragraph_told_in_between_ends_the_list() -> None:
    evs = events_of(
        _HEAD
        + "\n\n挪威前首相享年88岁,曾多次访问越南。\n\n越南外交部长吴德明向挪威外交大臣伊内·索雷德致唁电。",
        "越南副总理前往挪威大使馆吊唁",
    )
    assert _dates(evs).get("吴德明") != "2021-05-12", evs
