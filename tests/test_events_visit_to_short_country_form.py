"""A visit told with 对 and a country's one-character form (``X于2015年3月对越进行正式访问``,
``Y对柬进行国事访问``) goes to that country, like 来越/访越: the visit is kept, and a list of such
background visits keeps each visitor."""

from __future__ import annotations

from test_events import events_of, names


def test_visit_to_short_form_country_is_kept() -> None:
    evs = events_of("老挝国会主席巴妮·雅陶都2019年4月对越进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["巴妮·雅陶都"]], evs
    assert visits[0]["location"] == "越南" and visits[0]["target"][0]["country"] == "VNM", visits


def test_listed_visits_with_short_and_full_forms() -> None:
    evs = events_of(
        "泰国总理巴育2016年6月对越南进行正式访问,越南国家主席陈大光2017年11月对泰进行国事访问;"
        "越南政府总理阮春福2018年3月对柬进行工作访问。"
    )
    visits = sorted((names(e["source"])[0], e["location"]) for e in evs if e["mode"] == "visit")
    assert visits == [("巴育", "越南"), ("阮春福", "柬埔寨"), ("陈大光", "泰国")], evs
