"""``以X(Latin)局长为团长的…代表团``: the leader named with an office after the name (and his Latin
form between) leads the delegation, of its country. Sentences written for this test."""

from __future__ import annotations

from test_events import events_of, names, only


def test_leader_named_before_his_office_heads_the_delegation() -> None:
    ev = only(
        events_of("2021年5月6日上午在万象,越南海关总局代表团同以坎培(Khamphet Vongsa)局长为团长的老挝海关局代表团举行会谈。"),
        "CONSULT",
        "talks",
    )
    assert "坎培" in names(ev["source"]) + names(ev["target"]), ev
    assert all(p["country"] == "LAO" for p in ev["source"] + ev["target"] if p["name"] == "坎培"), ev
