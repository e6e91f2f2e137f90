"""A comma list ``会见X,探望越南驻Y大使馆工作人员以及侨胞`` is two acts, not one object list:
the call on the mission keeps its own verb and the 会见 before it does not take the mission."""

from __future__ import annotations

from test_events import events_of, names


def test_the_call_on_embassy_staff_after_a_meeting_is_its_own_act() -> None:
    evs = events_of(
        "应印度总理的邀请,越南政府总理阮文北于2031年4月2日至6日对印度进行正式访问。"
        "在新德里,阮文北已会见印度总统黎清,同印度总理陈光举行会谈,会见印度企业代表,"
        "探望越南驻印度大使馆工作人员以及旅印越南侨胞和留学生等。"
    )
    calls = [e for e in evs if names(e["target"]) == ["越南驻印度大使馆"]]
    assert len(calls) == 1, evs
    assert calls[0]["spans"]["trigger"]["text"] == "探望"
    assert not [e for e in evs if e["mode"] == "meeting" and names(e["target"]) == ["陈光"]], evs
