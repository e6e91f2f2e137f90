"""``X前来探望原老挝国家主席Y``: 探望 (to call on, to visit someone ill or retired) is a verb, like
看望; the office chain of the one called on starts after it. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def test_tanwang_is_no_part_of_the_office() -> None:
    evs = events_of("2023年3月5日,越南国会主席王廷惠前来探望原老挝国家主席朱马利·赛雅颂。")
    (ev,) = [e for e in evs if e["type"] == "SUPPORT"]
    (who,) = ev["target"]
    assert (who["name"], who["title"], who["country"]) == ("朱马利·赛雅颂", "原老挝国家主席", "LAO"), ev
