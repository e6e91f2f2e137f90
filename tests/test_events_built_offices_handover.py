"""Buildings one side built and handed over to the other (向X移交…办公场所/办公楼/住房/工程) are
in-kind aid, like a school or a hospital; aid built "for both countries' border posts" (援建两国边境地区…)
goes to the other country, not to a side called 两国. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社万象——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_offices_handed_over_are_aid() -> None:
    evs = main_events("2022年8月24日,越南公安部已建设并向老挝方面移交12个办公场所。")
    (aid,) = [e for e in evs if e["type"] == "AID"]
    assert aid["source"][0]["country"] == "VNM" and aid["target"][0]["country"] == "LAO", aid


def test_houses_handed_over_are_aid() -> None:
    evs = main_events("2022年8月24日,越南广平省向老挝甘蒙省移交了30套住房。")
    assert [e["type"] for e in evs] == ["AID"], evs



def test_aid_built_for_both_countries_goes_to_the_other_country() -> None:
    evs = main_events(
        "8月24日,越南公安部部长苏林会见老挝总理潘坎。苏林表示,越南公安部已同老挝公安部配合援建两国边境地区公安的办公场所。"
    )
    (aid,) = [e for e in evs if e["type"] == "AID"]
    assert [(m["name"], m["country"]) for m in aid["target"]] == [("老挝", "LAO")], aid
