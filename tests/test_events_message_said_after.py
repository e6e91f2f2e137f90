"""``A向B致唁电表示,C…``: what the message said after 表示 names no addressee."""

from __future__ import annotations

from test_events import events_of, names, only


def test_the_one_praised_in_the_message_is_no_addressee() -> None:
    evs = events_of(
        "2030年3月2日,奥地利总统范德贝伦向越南国家主席梁强致唁电表示,武文赏主席为两国关系作出重要贡献。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["target"]) == ["梁强"], ev


def test_sympathy_said_without_a_comma_keeps_its_addressee() -> None:
    evs = events_of("2030年3月2日,奥地利总统范德贝伦致电越南国家主席梁强表示慰问。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["target"]) == ["梁强"], ev
