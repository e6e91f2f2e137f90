"""``老挝、柬埔寨和泰国等国外交部部长已分别与X通电话``: the unnamed ministers of the countries
listed call; the sides are those countries, not a bare 外交部 of no country."""

from __future__ import annotations

from dyad import extract, to_record


def test_ministers_of_listed_countries_are_those_countries() -> None:
    text = (
        "多国外长祝贺越南新任外长\n\n越通社河内——2025年11月9日,老挝、柬埔寨和泰国等国外交部部长已分别与越南"
        "外交部长阮文安通电话,祝贺他就任。(越通社——VNA)\n越通社\n"
    )
    (call,) = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert [p["country"] for p in call["source"]] == ["LAO", "KHM", "THA"]
