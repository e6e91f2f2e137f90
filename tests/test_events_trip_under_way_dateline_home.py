"""A story told under a home dateline (``越通社河内——``) whose opening says the actor is on a trip
under way abroad, as a participle before his name (``正在对波兰进行正式访问的X于…会见了Y``, no
``期间`` frame), happens in that country: the meeting told in the title is there, not in Hanoi. A
guest on a trip to Viet Nam (``正在对越南进行访问的``) keeps the dateline city."""

from __future__ import annotations

from dyad import extract, to_record


def _page(title: str, opening: str) -> list[dict]:
    text = f"{title}\n\n{opening}\n\n越通社河内——{opening}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_trip_under_way_abroad_places_the_meeting_there() -> None:
    evs = _page(
        "越南国会副主席陈文林会见波兰-越南友好协会领导",
        "越通社特派记者报道,正在对波兰进行正式访问的越南国会副主席陈文林于3月14日会见了由"
        "Jan Kowal主席为首的波兰-越南友好协会领导班子。",
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and all(e["location"] == "波兰" for e in meetings), evs
    assert not any(e["location"] == "河内" for e in evs), evs


def test_a_guest_on_a_trip_to_viet_nam_keeps_the_dateline_city() -> None:
    evs = _page(
        "越南国会主席会见波兰众议院副议长",
        "3月14日,越南国会主席黄明山在河内会见了正在对越南进行正式访问的波兰众议院副议长扬·科瓦尔。",
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and all(e["location"] == "河内" for e in meetings), evs
