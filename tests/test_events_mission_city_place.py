"""A call at ``X驻<city>大使馆`` takes place in that city, not in X (the mission's own country)."""

from __future__ import annotations

from test_events import events_of


def test_a_call_at_an_embassy_named_by_its_city_is_in_that_city() -> None:
    evs = events_of("2030年8月28日,柬埔寨外交大臣布拉索昆来到越南驻金边大使馆表示祝贺。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and visits[0]["location"] == "金边", evs
