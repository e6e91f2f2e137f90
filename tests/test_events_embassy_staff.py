"""A leader abroad calling on his own embassy's staff (看望了…大使馆工作人员) meets the embassy."""

from __future__ import annotations

from test_events import events_of, names, only


def test_calling_on_embassy_staff_is_a_meeting_with_the_embassy() -> None:
    evs = events_of(
        "应泰国总理的邀请,越南国家主席武文赏于2023年3月1日至3日对泰国进行国事访问。"
        "访问期间,武文赏看望了越南驻泰国大使馆全体工作人员。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["武文赏"]
    assert names(ev["target"]) == ["越南驻泰国大使馆"]
    assert ev["date"] == "2023-03-01/2023-03-03"


def test_a_condolence_call_on_embassy_staff_stays_a_support_visit() -> None:
    evs = events_of(
        "应日本首相岸田文雄的邀请,越南政府总理范明政于2023年5月19日至21日赴日本进行工作访问。"
        "其间,范明政在东京看望慰问了越南驻日本大使馆工作人员。"
    )
    assert not [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["target"]) == ["越南驻日本大使馆"]
