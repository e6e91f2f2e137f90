"""Talks told with their level (举行了高级别会谈, 举行高层会谈) are talks like 举行了正式会谈:
military regions, ministries and their commanders hold them."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_high_level_talks_of_two_commands() -> None:
    evs = main_events("6月3日在河内,越南人民军第2军区司令部同老挝人民军北部军区司令部举行了高级别会谈。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "talks")], evs
    assert evs[0]["source"][0]["country"] == "LAO" and evs[0]["target"][0]["country"] == "VNM", evs


def test_high_level_talks_of_two_commanders() -> None:
    evs = main_events("6月3日在河内,越南第2军区司令阮文强少将同老挝北部军区司令坎占中将举行了高级别会谈。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "talks")], evs
    assert evs[0]["source"][0]["name"] == "坎占" and evs[0]["target"][0]["name"] == "阮文强", evs


def test_top_level_talks() -> None:
    evs = main_events("6月3日,越南国防部长潘文江同老挝国防部长占沙蒙在河内举行高层会谈。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "talks")], evs
