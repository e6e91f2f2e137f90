"""``X领导人在贺电中祝贺越南…``: a verb of saying between 在 and a country makes the country what is
said about, not where the event is; a message from abroad gets no place from it.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_the_country_congratulated_is_not_the_messages_place() -> None:
    from test_events import events_of

    evs = events_of("老挝领导人在贺信中祝贺越南成功举办国庆活动。")
    msgs = [e for e in evs if e["mode"] == "message"]
    assert msgs and msgs[0]["location"] is None, evs


def test_a_place_right_after_zai_is_still_the_place() -> None:
    from test_events import events_of

    evs = events_of("5月3日,越南政府总理甲乙丙在万象会见了老挝政府总理丁戊己。")
    meet = [e for e in evs if e["mode"] == "meeting"]
    assert meet and meet[0]["location"] == "万象", evs
