"""A delegation with no leader named, told with the day before it (1月20日老挝琅南塔省代表团) or
as the delegation of provinces listed with their Latin glosses and counted after 等 (老挝A(Latin)、
B(Latin)以及C(Latin)等三省代表团), is named from its first place on: no day, no piece of a
bracket. A list of bodies (A党、B院等代表团) stays the sides it names."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社莱州省——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def visit_sources(body: str) -> list[str]:
    vis = [e for e in main_events(body) if e["mode"] == "visit"]
    assert len(vis) == 1, vis
    return [p["name"] for p in vis[0]["source"]]


def test_day_before_the_delegation_is_no_part_of_its_name() -> None:
    src = visit_sources("1月20日老挝琅南塔省代表团探访越南莱州省,向莱州省领导和各族人民致以新春祝福。")
    assert src == ["老挝琅南塔省代表团"], src


def test_listed_provinces_with_latin_glosses_name_the_delegation() -> None:
    src = visit_sources(
        "值2019年己亥春节即将来临之际,1月20日老挝琅南塔(Luang Namtha)、丰沙里(Phongsaly)以及乌多姆塞(Oudomxay)"
        "等三省代表团探访越南莱州省,向莱州省领导和各族人民致以新春祝福。"
    )
    assert src == ["老挝琅南塔、丰沙里以及乌多姆塞等三省代表团"], src
