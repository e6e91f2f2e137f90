"""``越南新任外交部长``: an unnamed office holder whose country stands before 新任/前任/候任 is of that
country (the tenure word stops the office chain, it must not drop the country). Sentences written
for the test."""

from __future__ import annotations

from test_events import events_of


def test_new_minister_keeps_the_country_before_xinren() -> None:
    evs = events_of("2021年3月9日,泰国外长与越南新任外交部长通电话。")
    calls = [e for e in evs if e["mode"] == "phone"]
    assert len(calls) == 1, evs
    assert [a["country"] for a in calls[0]["target"]] == ["VNM"], calls


def test_country_before_xinren_is_taken_only_when_adjacent() -> None:
    evs = events_of("2021年3月9日,泰国外长与越南新任外交部长通电话。")
    assert all(a["country"] == "THA" for e in evs for a in e["source"]), evs
