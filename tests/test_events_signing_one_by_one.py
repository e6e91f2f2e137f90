"""A side that signed with two others one by one (分别与B和C签署) signed twice, once with each; a
three-sided signing told without 分别 stays one."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_signing_with_two_sides_one_by_one_is_two_signings() -> None:
    evs = main_events("越南海警于2017年和2019年分别与印度尼西亚海事安全机构和马来西亚海事执法局签署意向书。")
    got = sorted(tuple(p["country"] for p in e["target"]) for e in evs if e["type"] == "AGREE")
    assert got == [("IDN",), ("MYS",)], evs


def test_three_sided_signing_stays_one() -> None:
    evs = main_events("2019年5月3日,越南海警与印度尼西亚海事安全机构和马来西亚海事执法局签署三方意向书。")
    assert len([e for e in evs if e["type"] == "AGREE"]) == 1, evs
