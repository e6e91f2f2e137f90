"""``X访越期间的亮点之一是X会见越南国会主席Y``: the visit word describes the frame the meeting
is part of, not Y, who is named after the meeting verb; X, the visitor, stays the source."""

from __future__ import annotations

from test_events import events_of, names, only


def test_one_met_after_the_verb_is_not_the_described_visitor() -> None:
    ev = only(
        events_of("9月5日,法国总统保罗·马丁访越期间的亮点之一是保罗·马丁总统会见越南国会主席陈文海。"),
        "CONSULT",
        "meeting",
    )
    assert names(ev["source"]) == ["保罗·马丁"] and names(ev["target"]) == ["陈文海"], ev


def test_guest_described_right_before_his_name_is_still_the_visitor() -> None:
    ev = only(
        events_of("9月5日,越南国会主席陈文海会见了正对越南进行正式访问的法国总统保罗·马丁。"),
        "CONSULT",
        "meeting",
    )
    assert names(ev["source"]) == ["保罗·马丁"] and names(ev["target"]) == ["陈文海"], ev
