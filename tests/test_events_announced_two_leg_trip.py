"""A trip of two legs announced by a spokesperson (``发言人宣布,应A和B的邀请,C将于…对X进行国事访问,
…对Y进行国事访问``): C makes both visits, each to its own country on its own days; the one who
announces the trip makes none, and 和 between the inviters splits no sides."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

INVITERS = ["泰国国王和马来西亚最高元首", "泰国国王哇集拉隆功和马来西亚最高元首易卜拉欣"]


@pytest.mark.parametrize("announcer", ["越南外交部发言人宣布,", ""])
@pytest.mark.parametrize("inviters", INVITERS)
def test_each_leg_is_the_travellers_own_visit(announcer: str, inviters: str) -> None:
    body = (
        f"2025年3月2日,{announcer}应{inviters}的邀请,越南国家主席梁强将于3月9日至10日对泰国进行国事访问,"
        "3月11日至12日对马来西亚进行国事访问。"
    )
    rec = to_record(extract(f"越南国家主席将出访\n\n越通社河内——{body}\n"))
    visits = sorted((e["date"], e["location"], [p["name"] for p in e["source"]]) for e in rec["events"] if e["mode"] == "visit")
    assert visits == [
        ("2025-03-09/2025-03-10", "泰国", ["梁强"]),
        ("2025-03-11/2025-03-12", "马来西亚", ["梁强"]),
    ], rec["events"]


def test_a_new_visitor_named_after_another_s_visit_makes_the_visit() -> None:
    page = (
        "标题新闻\n\n越通社东京——2017年5月29日,在荷兰国王对泰国进行访问之后,越南国家主席陈大光于5月29日至6月2日"
        "对日本进行国事访问。\n\n(越通社-VNA)\n\n越通社\n"
    )
    visits = [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
    assert [([p["name"] for p in e["source"]], e["location_country"]) for e in visits] == [(["陈大光"], "JPN")]
