"""The years since relations were set up, written 建交N年以来 (with 以 before 来), date a page as
建交N年来 and 建交N周年 do: N years after the tie's year from the anniversary table."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社堪培拉——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_ties_counted_since_with_yilai_dates_the_talks() -> None:
    evs = main_events(
        "3月15日上午,澳大利亚总理马尔科姆·特恩布尔与越南政府总理阮春福举行会谈。"
        "会谈中,双方对两国建交45年以来越澳关系蓬勃发展表示满意。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert [e["date"] for e in talks] == ["2018-03-15"], evs


def test_ties_since_without_a_count_dates_nothing() -> None:
    evs = main_events(
        "3月15日上午,澳大利亚总理马尔科姆·特恩布尔与越南政府总理阮春福举行会谈。"
        "会谈中,双方对两国建交以来越澳关系蓬勃发展表示满意。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert [e["date"] for e in talks] == [None], evs
