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


def test_the_bare_embassy_whose_staff_are_called_on_is_the_one_just_gone_to() -> None:
    """``前往越南驻X大使馆,看望了大使馆工作人员和侨民代表``: the embassy is not named again before
    its staff; the call is still a meeting with the embassy the sentence went to."""
    evs = events_of(
        "应印度人民院议长的邀请,越南国会主席王廷惠于2023年12月16日至19日对印度进行正式访问。"
        "12月16日晚,王廷惠一抵达新德里便前往越南驻印度大使馆,看望了大使馆工作人员和旅印越南人代表。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["王廷惠"], evs
    assert names(ev["target"]) == ["越南驻印度大使馆"]
    assert ev["date"] == "2023-12-16"
