"""A day told without its month (19日下午) on a page with no publication date, whose story is set
in the weeks before a festival named with its year (在2023年春节到来之际, Lunar New Year on
22 January 2023), is the one such day inside those weeks: 2023-01-19. With no festival named the
day stays undated."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社莱州省——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_day_before_lunar_new_year_takes_its_month() -> None:
    evs = main_events(
        "19日下午,老挝琅南塔省副省长坎平已率团赴越南莱州省,向该省省委、政府领导和人民拜年。\n\n"
        "在2023年春节到来之际,坎平向莱州省领导和人民致以问候和拜年。"
    )
    vis = [e for e in evs if e["mode"] == "visit"]
    assert [e["date"] for e in vis] == ["2023-01-19"], evs


def test_day_without_a_festival_stays_undated() -> None:
    evs = main_events("19日下午,老挝琅南塔省副省长坎平已率团赴越南莱州省,向该省省委、政府领导和人民拜年。")
    vis = [e for e in evs if e["mode"] == "visit"]
    assert [e["date"] for e in vis] == [None], evs


def test_day_in_the_festival_month_itself() -> None:
    # Lunar New Year 2024 fell on 10 February: the weeks before it run from 11 January, so a 10th
    # told in them is 10 February, not 10 January
    evs = main_events(
        "10日下午,老挝琅南塔省副省长坎平已率团赴越南莱州省,向该省省委、政府领导和人民拜年。\n\n"
        "在2024年春节到来之际,坎平向莱州省领导和人民致以问候和拜年。"
    )
    vis = [e for e in evs if e["mode"] == "visit"]
    assert [e["date"] for e in vis] == ["2024-02-10"], evs
