"""Support, help or facilities to come (将继续向X提供支持, 将向X提供便利条件), with no funds, goods or aid
named, are no aid pledged; funds or aid named with them still are."""

from __future__ import annotations

from test_events import events_of


def _aid(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["type"] == "AID"]


def test_support_to_come_is_no_aid() -> None:
    assert not _aid("2020年6月3日,王强表示,世界银行将继续向老挝减贫事业提供支持。")


def test_facilities_to_come_are_no_aid() -> None:
    assert not _aid("2020年6月3日,王强表示,新加坡将向老挝企业提供便利条件。")


def test_funds_to_come_are_aid() -> None:
    evs = _aid("2020年6月3日,王强表示,新加坡将向老挝提供资金支持。")
    assert evs and evs[0]["mode"] == "pledge", evs
