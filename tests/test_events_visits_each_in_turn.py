"""Two visitors and two times (``A和B于2014年和2015年分别访问越南``, the times before 分别 as after it)
are two visits, one each."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("told", ["分别于2014年和2015年访问越南", "于2014年和2015年分别访问越南"])
def test_each_visitor_makes_his_own_visit(told: str) -> None:
    page = (
        "标题新闻\n\n越通社罗马——2018年3月5日,越南驻意大利大使会见意大利外长。"
        f"意大利总理伦齐和总统马塔雷拉{told}。\n\n(越通社-VNA)\n\n越通社\n"
    )
    visits = [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
    assert sorted(p["name"] for e in visits for p in e["source"] if len(e["source"]) == 1) == ["伦齐", "马塔雷拉"]


def test_the_tour_a_first_stop_is_chosen_for_is_no_visit() -> None:
    page = (
        "标题新闻\n\n越通社罗马——2018年3月5日,越南驻意大利大使会见意大利外长。"
        "值得关注的是意大利领导人选择越南为访问亚洲的首站。\n\n(越通社-VNA)\n\n越通社\n"
    )
    assert [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"] == []
