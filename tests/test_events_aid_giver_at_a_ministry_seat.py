"""The body whose seat (驻地, like 总部) is the venue of a handover does not give: the person who hands
the gift over on behalf of another body does."""

from __future__ import annotations

from test_events import events_of, only


def test_the_person_handing_over_at_a_seat_gives() -> None:
    ev = only(events_of("6月3日上午,越南红十字会副主席阮氏兰在卫生部驻地代表中央救助委员会向卫生部移交20亿越盾的捐款。"), "AID")
    assert [p["name"] for p in ev["source"]] == ["阮氏兰"], ev
    assert [p["name"] for p in ev["target"]] == ["卫生部"], ev


def test_aid_to_own_people_living_abroad_is_no_foreign_aid() -> None:
    evs = events_of("6月3日,越南卫生部为在泰国和缅甸的越南人提供了援助。")
    assert not [e for e in evs if e["type"] == "AID"], evs
