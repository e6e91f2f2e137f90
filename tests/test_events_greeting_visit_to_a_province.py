"""A delegation that goes to a province or city and then, after a comma, brings New Year
greetings to its leaders and people (X率团赴越南Y省,向该省领导和人民拜年; X代表团探访Y省,
向…致以新春祝福) pays a greeting visit: SUPPORT visit from X to the place. Before, only a
mission reached this way (前往…大使馆,向…致以…祝福) or a greeting without the comma counted."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社莱州省——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_delegation_led_to_a_province_to_bring_new_year_greetings() -> None:
    evs = main_events("2019年1月25日上午,老挝琅南塔省副省长坎平已率团赴越南莱州省,向该省省委、政府领导和人民拜年。")
    vis = [e for e in evs if (e["type"], e["mode"]) == ("SUPPORT", "visit")]
    assert len(vis) == 1, evs
    assert [p["name"] for p in vis[0]["source"]] == ["坎平"], vis
    assert "莱州省" in vis[0]["target"][0]["name"], vis


def test_delegation_calls_at_a_province_with_spring_wishes() -> None:
    evs = main_events("2019年1月28日,由老挝琅南塔省副省长坎平率领的代表团探访越南莱州省,向莱州省领导和各族人民致以新春祝福。")
    vis = [e for e in evs if (e["type"], e["mode"]) == ("SUPPORT", "visit")]
    assert len(vis) == 1, evs
    assert "莱州省" in vis[0]["target"][0]["name"], vis


def test_greetings_in_a_speech_are_no_visit() -> None:
    evs = main_events("2019年1月25日,莱州省人民委员会主席黎文明在讲话中向全省人民拜年。")
    assert not [e for e in evs if e["mode"] == "visit"], evs
