"""``越南向联合国绿色气候基金(GCF)捐资100万美元``: a fund named by what it pays for (气候基金, 发展
基金, 环境基金, 人口基金) is one body, read whole, not cut to the 联合国 before it."""

from __future__ import annotations

from test_events import events_of


def test_a_climate_fund_is_read_whole() -> None:
    evs = events_of("2022年11月8日,越南向联合国适应气候基金捐资50万美元。")
    aids = [e for e in evs if e["type"] == "AID"]
    assert aids and [p["name"] for p in aids[0]["target"]] == ["联合国适应气候基金"], aids
