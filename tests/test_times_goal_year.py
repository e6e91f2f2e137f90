"""``实现2030年贸易额100亿美元的目标``: the year a goal is set for is its horizon, not the year of the
event told in the same sentence."""

from __future__ import annotations

from test_events import events_of


def test_a_goal_year_does_not_date_the_trip() -> None:
    evs = events_of(
        "由越南政府总理率领的越南政府代表团访问澳大利亚(10月8日至10日)将有助于双方实现2030年贸易额100亿美元的目标。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and all(not (e["date"] or "").startswith("2030") for e in visits), visits


def test_a_year_told_as_the_time_still_dates() -> None:
    evs = events_of("2030年10月8日,越南政府总理范明政对澳大利亚进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and visits[0]["date"].startswith("2030-10-08"), visits
