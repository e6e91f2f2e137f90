"""A meeting told as the frame of a speech (A在会见B一行时表示,2022年该省…) takes no month or
year from what A then says: it is dated like the visit it belongs to, by the day told before."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社莱州省——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_year_said_in_the_meeting_does_not_undate_it() -> None:
    evs = main_events(
        "2023年1月19日下午,老挝琅南塔省副省长坎平已率团赴越南莱州省,向该省省委、政府领导和人民拜年。\n\n"
        "莱州省人民委员会副主席黎文明在会见坎平一行时表示,2022年该省经济社会已快速复苏和发展。"
    )
    meet = [e for e in evs if e["mode"] == "meeting"]
    assert [e["date"] for e in meet] == ["2023-01-19"], evs


def test_year_told_before_the_speech_still_dates_the_act() -> None:
    evs = main_events(
        "2023年1月19日下午,老挝琅南塔省副省长坎平已率团赴越南莱州省,向该省省委、政府领导和人民拜年。\n\n"
        "2019年,莱州省人民委员会副主席黎文明在会见坎平一行时表示,两省合作良好。"
    )
    meet = [e for e in evs if e["mode"] == "meeting"]
    assert [e["date"] for e in meet] != ["2023-01-19"], evs
