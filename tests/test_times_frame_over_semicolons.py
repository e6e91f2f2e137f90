"""A visit frame opening a sentence (访问期间,…) dates the acts listed after its semicolons too."""

from __future__ import annotations

from test_events import events_of


def test_meetings_after_a_semicolon_take_the_visit_days() -> None:
    evs = events_of(
        "新西兰总理彼得·格林3月24日圆满结束应越南国家主席武文赏邀请自2023年3月22日至24日对越南进行的国事访问。"
        "访问期间,彼得·格林同武文赏举行会谈,出席越新经济论坛;会见越共中央总书记阮富仲、国会主席王廷惠。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 2, evs
    assert {m["date"] for m in meetings} == {"2023-03-22/2023-03-24"}, evs
