"""A leader abroad meeting Vietnamese who live there (会见了东盟各国越侨代表) meets no foreign side; a
tour of 'some centres of' a country (参观某国部分经济中心) names no body and does not replace the
trip as the visit. Meeting the embassy's staff stays a meeting. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

TRIP = (
    "越南领导人结束访问\n\n越通社河内——6月8日下午,越南国会主席黎文安已抵达河内,圆满结束"
    "应泰国国会主席的邀请于2024年6月5日至8日对泰国进行的正式访问。\n\n"
)


def events(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_meeting_overseas_vietnamese_is_no_meeting_with_a_forum() -> None:
    evs = events(TRIP + "访问期间,黎文安会见了东盟各国越侨代表。(越通社——VNA)\n")
    assert not [e for e in evs if e["mode"] == "meeting"], evs


def test_meeting_embassy_staff_stays_a_meeting() -> None:
    evs = events(TRIP + "访问期间,黎文安看望了越南驻泰国大使馆工作人员。(越通社——VNA)\n")
    assert [[p["name"] for p in e["target"]] for e in evs if e["mode"] == "meeting"] == [["越南驻泰国大使馆"]], evs


def test_touring_some_centres_of_the_country_keeps_the_country_as_visited() -> None:
    evs = events(TRIP + "访问期间,黎文安参观了泰国部分经济文化中心。(越通社——VNA)\n")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1 and not any("中心" in p["name"] for p in visits[0]["target"]), visits
    assert "圆满结束" in visits[0]["evidence"]["text"], visits
