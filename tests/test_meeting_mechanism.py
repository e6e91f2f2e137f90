"""A meeting mechanism agreed in talks (建立…会晤机制) is no meeting of its own."""

from __future__ import annotations

from test_events import events_of


def test_meeting_mechanism_set_up_is_no_meeting() -> None:
    evs = events_of(
        "2023年3月5日,越南政府总理范明政与新西兰总理彼得·格林举行会谈。"
        "双方同意建立两国外长年度会晤机制,并维持副部长级战略对话。"
    )
    assert [e["mode"] for e in evs] == ["talks"], evs


def test_a_meeting_is_still_a_meeting() -> None:
    evs = events_of("2023年3月6日,越南国会主席王廷惠与新西兰总理彼得·格林会晤。")
    assert [e["mode"] for e in evs] == ["meeting"], evs
