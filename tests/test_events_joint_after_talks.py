"""A second joint verb after talks (A同X总理B举行会谈,并共同主持/出席…) is between A and B."""

from __future__ import annotations

from test_events import events_of, names, only


def test_forum_attended_together_after_talks_is_between_the_two_leaders() -> None:
    evs = events_of(
        "2022年8月9日,越南国家主席阮春福同新加坡总理李显龙在新加坡举行会谈,并共同出席越南—新加坡工业园区合作论坛。"
    )
    ev = only(evs, "COOPERATE")
    assert {*names(ev["source"]), *names(ev["target"])} == {"阮春福", "李显龙"}


def test_committee_co_chaired_after_talks_is_a_meeting_of_the_two_leaders() -> None:
    evs = events_of(
        "2017年1月5日,越南政府总理阮春福在万象同老挝政府总理通伦·西苏里举行会谈,"
        "并共同主持越老政府间合作委员会第39次会议。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["阮春福"]
    assert names(ev["target"]) == ["通伦·西苏里"]
