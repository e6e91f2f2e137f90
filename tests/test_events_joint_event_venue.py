"""A body told as the venue of a joint event (A同B在第8中学联合举行…) is not one of its hosts."""

from __future__ import annotations

from test_events import events_of, names


def test_a_school_told_as_the_venue_is_no_host() -> None:
    evs = events_of("6月3日,横滨市政府同越南驻日本大使馆在第12高中学校联合举行越南语日活动。")
    coop = [e for e in evs if e["type"] == "COOPERATE"]
    assert [(names(e["source"]), names(e["target"])) for e in coop] == [(["横滨市政府"], ["越南驻日本大使馆"])]
