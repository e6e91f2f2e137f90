"""A celebration told after a semicolon is another fact, not the aim of the meeting before it."""

from __future__ import annotations

from dyad import extract, to_record
from test_events import events_of


def _meeting_types(text: str) -> set[str]:
    return {e["type"] for e in events_of(text) if e["mode"] == "meeting"}


def test_celebration_after_semicolon_keeps_the_meeting_a_consultation() -> None:
    types = _meeting_types(
        "智利总统罗德里戈·萨拉斯于2031年5月3日在河内会见越南国家主席黎文泰;"
        "2032年两国成功举行多项活动,庆祝两国建交60周年。"
    )
    assert types == {"CONSULT"}, types


def test_congratulating_visit_in_one_clause_still_support() -> None:
    evs = events_of("2031年5月3日,智利总统罗德里戈·萨拉斯在河内会见越南国家主席黎文泰,祝贺越南国庆。")
    assert any(e["type"] == "SUPPORT" for e in evs), evs



def test_congratulation_before_semicolon_does_not_make_the_visit_after_it_support() -> None:
    page = (
        "越南国庆纪念活动\n\n越通社圣地亚哥——2031年9月5日晚,越南驻智利大使馆举行国庆招待会。\n\n"
        "智利总统罗德里戈·萨拉斯出席纪念活动并向越南表示国庆祝贺;"
        "按计划,2031年11月初,罗德里戈·萨拉斯将率领企业代表团对越南进行正式访问。\n\n(越通社-VNA)\n"
    )
    visits = [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
    assert visits and all(e["type"] == "CONSULT" for e in visits), visits
