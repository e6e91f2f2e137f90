"""``访问老挝期间,A出席X党成立60周年的纪念仪式;拜见B``: the anniversary gives only the year; the
visit the sentence opens with frames the call, so it takes the visit's days."""

from __future__ import annotations

from test_events import events_of, names


def test_call_inside_a_visit_takes_the_visits_days() -> None:
    body = (
        "从3月18日至21日,越南《人民报》总编辑阮文明率领代表团对老挝进行工作访问。"
        "访问老挝期间,阮文明一行出席老挝人民革命党成立60周年的纪念仪式;拜见老挝人民革命党总书记坎平·西拉。"
    )
    calls = [e for e in events_of(body) if e["mode"] == "meeting"]
    assert [(names(e["target"]), e["date"]) for e in calls] == [(["坎平·西拉"], "2015-03-18/2015-03-21")], calls
