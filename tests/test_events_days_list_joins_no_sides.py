"""The 和 of a list of days (媒体6月22日和23日报道…) joins no sides of the act told after it."""

from __future__ import annotations

from test_events import events_of, names


def test_visitor_after_a_list_of_report_days() -> None:
    evs = events_of("泰国媒体2022年3月8日和9日报道泰国总理巴差·颂汶于3月10日至12日对越南进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [(names(v["source"]), v["date"]) for v in visits] == [(["巴差·颂汶"], "2022-03-10/2022-03-12")], evs


def test_sides_joined_by_he_still_split() -> None:
    evs = events_of("2022年3月9日,泰国总理巴差·颂汶和越南政府总理阮文安举行会谈。")
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1 and names(talks[0]["source"]) + names(talks[0]["target"]) == ["巴差·颂汶", "阮文安"], evs
