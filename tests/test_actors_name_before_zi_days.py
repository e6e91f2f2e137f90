"""``越共中央总书记黎明德自3月2日至5日对老挝进行正式访问``: 自 opening the days of a trip ends the
name read after the office (the name is 黎明德, not 黎明德自), as 从 does."""

from __future__ import annotations

from test_events import events_of


def test_zi_before_the_days_ends_the_name() -> None:
    evs = events_of("大使如何评价越共中央总书记黎明德自3月2日至5日对老挝进行正式访问的意义?")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and [p["name"] for p in visits[0]["source"]] == ["黎明德"], visits
