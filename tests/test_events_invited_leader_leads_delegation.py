"""``X大将应邀率领…代表团对泰国进行…访问``: 应邀 (at an invitation, no inviter named) between a leader
and 率领 still links him to the delegation he leads, which is neither the visited side nor a host he
meets; the country after 对 is visited."""

from __future__ import annotations

from test_events import events_of, names


def test_leader_who_leads_at_an_invitation_visits_the_country() -> None:
    evs = events_of(
        "自5月6日至7日,越南国防部长陈甲大将应邀率领越南军事高级代表团对泰国进行正式友好访问,"
        "7日上午在曼谷,泰国总理巴育会见了越南军事高级代表团。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert names(visits[0]["source"]) == ["陈甲"] and names(visits[0]["target"]) == ["泰国"], visits
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert [names(e["target"]) for e in meetings] == [["巴育"]], meetings
    assert names(meetings[0]["source"]) == ["陈甲"], meetings
