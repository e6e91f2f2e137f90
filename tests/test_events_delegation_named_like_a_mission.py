"""A delegation whose name reads like a mission's (X驻Y…代表团), led by a named person: the leader
stands for it, as for any delegation. Sentences written for this test."""

from __future__ import annotations

from test_events import events_of, names, only


def test_leader_of_a_mission_delegation_is_the_guest() -> None:
    evs = events_of("2019年3月5日,在首都万象,老挝总理通伦·西苏里会见由越南驻老挝大使阮伯雄率领的越南驻老外交代表机构代表团。")
    ev = only(evs, "CONSULT", "meeting")
    assert "阮伯雄" in names(ev["source"]) + names(ev["target"]), ev
    assert not any("代表团" in n for n in names(ev["source"]) + names(ev["target"])), ev
