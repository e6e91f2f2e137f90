"""A teaser whose title states an upgrade of relations between two countries and whose summary
tells the two leaders' talks: the leaders are the sides of the agreement."""

from __future__ import annotations

from dyad import extract, to_record


def test_title_upgrade_takes_the_leaders_of_the_summary_talks() -> None:
    text = "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
    text += "越澳两国关系提升为全面战略伙伴关系\n"
    text += "3月7日,越南政府总理范明政在堪培拉同澳大利亚总理安东尼·阿尔巴尼斯举行会谈。\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert len(evs) == 1, evs
    assert evs[0]["type"] == "AGREE"
    assert [p["name"] for p in evs[0]["source"]] == ["范明政"]
    assert [p["name"] for p in evs[0]["target"]] == ["安东尼·阿尔巴尼斯"]
