"""Funds or a sum promised with 承诺 (A承诺继续向B提供…资金为N) is a pledge, like 将向B提供."""

from __future__ import annotations

from test_events import events_of, only


def test_a_promised_sum_is_a_pledge() -> None:
    evs = events_of("2021年6月2日,爱尔兰承诺继续向越南提供发展资金为500万欧元。")
    ev = only(evs, "AID")
    assert ev["mode"] == "pledge", ev
    assert [p["name"] for p in ev["source"]] == ["爱尔兰"], ev


def test_promised_facilities_are_no_aid() -> None:
    evs = events_of("2021年6月2日,爱尔兰承诺向越南企业提供便利条件。")
    assert not [e for e in evs if e["type"] == "AID"], evs
