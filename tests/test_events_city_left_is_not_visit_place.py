"""A visit told as ``X离开河内,启程对…进行访问`` from a Hanoi dateline does not take place in Hanoi:
the city left behind is no answer for where the visit is."""

from __future__ import annotations

from dyad import extract, to_record


def test_departure_city_not_the_visit_place() -> None:
    page = (
        "标题\n\n越通社河内——9月5日上午,越南国会主席黎文甲离开河内,启程对东盟秘书处进行工作访问。(越通社——VNA)\n"
    )
    visits = [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
    assert visits, visits
    assert visits[0]["location"] != "河内", visits

