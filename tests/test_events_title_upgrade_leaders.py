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


def test_title_naming_both_countries_in_full_is_their_upgrade() -> None:
    """``越南与乌兹别克斯坦关系提升为…``: the two countries written out (no pair word) are the title's sides,
    so the title's upgrade is the headline, with the summary's two leaders."""
    text = "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
    text += "越南与乌兹别克斯坦关系提升为全面战略伙伴关系\n"
    text += (
        "11月3日上午,正在对乌兹别克斯坦进行国事访问的越南国家主席梁强在塔什干同乌兹别克斯坦共和国总统"
        "沙夫卡特·米尔济约耶夫举行会谈。两国领导人一致同意将两国关系提升为全面战略伙伴关系。\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert len(evs) == 1, evs
    assert evs[0]["type"] == "AGREE"
    assert [p["name"] for p in evs[0]["source"]] == ["梁强"]
    assert [p["name"] for p in evs[0]["target"]] == ["沙夫卡特·米尔济约耶夫"]
