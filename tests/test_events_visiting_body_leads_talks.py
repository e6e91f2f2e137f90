"""Talks with a body the text says came to visit (与来访的X委员会领导举行了工作会谈): the visiting
body is the source, as a visiting person is (与来访的…主席Y举行了会谈)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社胡志明市——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_visiting_body_is_the_source() -> None:
    evs = main_events("4月19日,胡志明市祖国阵线委员会领导与来访的老挝占巴塞省建国阵线委员会领导举行了工作会谈。")
    (ev,) = [e for e in evs if e["type"] == "CONSULT"]
    assert ev["source"][0]["country"] == "LAO" and ev["target"][0]["country"] == "VNM", ev


def test_visiting_person_stays_the_source() -> None:
    evs = main_events("4月19日,胡志明市祖国阵线委员会主席陈金燕与来访的老挝占巴塞省建国阵线委员会主席万萨纳举行了工作会谈。")
    (ev,) = [e for e in evs if e["type"] == "CONSULT"]
    assert ev["source"][0]["name"] == "万萨纳" and ev["target"][0]["name"] == "陈金燕", ev


def test_body_not_said_to_visit_keeps_the_order() -> None:
    evs = main_events("4月19日,胡志明市祖国阵线委员会领导与老挝占巴塞省建国阵线委员会领导举行了视频会谈。")
    (ev,) = [e for e in evs if e["type"] == "CONSULT"]
    assert ev["source"][0]["country"] == "VNM", ev
