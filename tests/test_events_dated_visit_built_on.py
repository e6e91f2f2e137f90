"""A visit of an earlier year that the story's visit builds on (``此次访问继承了A于2015年对中国进行
访问的成功结果``) is a background visit, dated by its year, not the story's visit looked back on."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

LEAD = "2016年11月8日,越南国会主席阮文甲与中国全国人大常委会委员长王五举行会谈。"


def visits(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + LEAD + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]


def test_visit_of_another_year_after_this_visit() -> None:
    evs = visits("此次访问继承越南国会主席陈文丙于2015年对中国进行访问。")
    assert [[p["name"] for p in e["source"]] for e in evs] == [["陈文丙"]], evs
    assert evs[0]["source"][0]["title"] == "越南国会主席", evs


def test_visit_told_with_the_success_it_brought() -> None:
    evs = visits("越南国会主席陈文丙于2015年对中国进行访问的成功结果令人鼓舞。")
    assert [[p["name"] for p in e["source"]] for e in evs] == [["陈文丙"]], evs


def test_undated_success_of_a_visit_is_no_visit() -> None:
    assert visits("双方祝贺越南国会主席对中国进行访问的成功。") == []
