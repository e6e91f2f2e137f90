"""``会见美国副国务卿A(Latin)和…负责东亚事务的B(Latin)``: the 的 phrase describes only the second
person; the first, named before 和, is met too (not read as the owner of the 的 phrase).
Sentences written for the test."""

from __future__ import annotations

from test_events import events_of


def test_person_before_he_stays_met_when_a_person_heads_the_de_phrase() -> None:
    evs = events_of(
        "河内市委书记陈甲2017年12月15日会见美国副国务卿史密斯(John Smith)和国家安全委员会负责东亚事务的鲍勃·琼斯(Bob Jones)。"
    )
    met = {a["name"] for e in evs if e["mode"] == "meeting" for a in e["source"] + e["target"]}
    assert {"史密斯", "鲍勃·琼斯", "陈甲"} <= met, evs

