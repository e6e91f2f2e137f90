"""A city named only as whose clock tells the time (莫斯科时间5月21日) is no side."""

from __future__ import annotations

from test_events import events_of, names


def test_a_city_clock_is_no_side() -> None:
    evs = events_of("东京时间6月3日,横滨市政府同越南驻日本大使馆联合举行越南文化节。")
    coop = [e for e in evs if e["type"] == "COOPERATE"]
    assert coop and all("东京" not in n for e in coop for n in names(e["source"]) + names(e["target"]))

