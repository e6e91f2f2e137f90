"""``出席第5届“湄公河的明天”国际会议``: a 的 inside the quoted part of a forum's name is no lead
word before the name (as ``在东京举行的`` is); the name keeps its number and quoted words.
Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def _forum(body: str) -> str:
    (ev,) = [e for e in events_of(body) if e["mode"] == "multilateral"]
    return ev["target"][0]["name"]


def test_quoted_de_stays_in_the_forum_name() -> None:
    assert _forum("2023年4月2日,越南政府副总理陈红河出席第5届“湄公河的明天”国际会议。") == "第5届“湄公河的明天”国际会议"


def test_where_it_is_held_is_still_cut_before_a_quoted_name() -> None:
    name = _forum("2023年4月2日,越南政府副总理陈红河出席在曼谷举行的第5届“湄公河的明天”国际会议。")
    assert name == "第5届“湄公河的明天”国际会议"


def test_a_theme_closed_before_de_is_still_cut() -> None:
    name = _forum("2023年4月2日,越南政府副总理陈红河出席以“共同繁荣”为主题的第5届湄公河国际会议。")
    assert name == "第5届湄公河国际会议"
