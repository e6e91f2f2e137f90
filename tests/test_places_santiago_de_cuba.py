"""``古巴圣地亚哥`` is Santiago de Cuba, a Cuban city, not Chile's capital ``圣地亚哥``."""

from __future__ import annotations

from dyad import extract, to_record


def test_santiago_named_after_cuba_is_in_cuba() -> None:
    text = "访问纪实\n\n越通社哈瓦那——4月12日,越南祖国阵线代表团团长阮文甲一行对古巴圣地亚哥进行访问。\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and visits[0]["location_country"] == "CUB", visits
    assert {p["country"] for p in visits[0]["target"]} == {"CUB"}, visits


def test_bare_santiago_is_still_chile() -> None:
    text = "访问纪实\n\n越通社圣地亚哥——4月12日,越南祖国阵线代表团团长阮文甲一行对智利首都圣地亚哥进行访问。\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and visits[0]["location_country"] == "CHL", visits
