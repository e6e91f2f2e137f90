"""A celebration told after a semicolon is another fact, not the aim of the meeting before it."""

from __future__ import annotations

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
