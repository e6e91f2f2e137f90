"""``A和B先后访问老挝``: 先后 (one after the other) tells each of A and B made the trip, as 分别
does, so both are the visitors rather than A visiting with B as the other side.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_two_visitors_one_after_the_other_are_both_sources() -> None:
    from test_events import events_of

    evs = events_of("据报道,2016年越南国会主席丁戊己和越南政府总理甲乙丙先后访问老挝。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits, evs
    assert {m["name"] for v in visits for m in v["source"]} == {"甲乙丙", "丁戊己"}, evs


def test_one_host_meeting_two_guests_in_turn_keeps_the_host_apart() -> None:
    from test_events import events_of

    evs = events_of("5月3日,越南政府总理甲乙丙先后会见了老挝外长丁戊己和柬埔寨外长黄辛壬。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 2, evs
    for m in meetings:
        assert "甲乙丙" in {x["name"] for x in m["source"] + m["target"]}, evs
