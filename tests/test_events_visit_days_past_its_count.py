"""A stay counted from an evening arrival (``3月4日晚抵达…开始…为期两天的正式访问``) is a rough
length: when the story then reports the same visitor in the visited country a day past the count
(``3月7日,…出席…论坛后结束访问``), the visit ends that day, not on the counted one."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _visits(body: str) -> list[dict[str, Any]]:
    text = f"越南国家主席结束对智利的国事访问\n\n越通社圣地亚哥——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    return [e for e in evs if e["section"] == "main" and e["mode"] == "visit"]


_ARRIVAL = "2026年3月4日晚,越南国家主席武清山抵达圣地亚哥,开始对智利进行为期两天的国事访问。"


def test_later_day_in_the_visited_country_ends_the_visit() -> None:
    visits = _visits(
        _ARRIVAL
        + "3月5日上午,智利总统罗德里戈·蒙特斯在总统府同武清山举行会谈。"
        + "3月7日,武清山在圣地亚哥会见了智利众议院议长卡米拉·瓦尔加斯,随后结束访问启程回国。"
    )
    assert [v["date"] for v in visits] == ["2026-03-04/2026-03-07"]


def test_counted_days_stay_when_nothing_is_told_past_them() -> None:
    visits = _visits(_ARRIVAL + "3月5日上午,智利总统罗德里戈·蒙特斯在总统府同武清山举行会谈。")
    assert [v["date"] for v in visits] == ["2026-03-04/2026-03-05"]


def test_a_day_far_past_the_count_is_another_trip() -> None:
    visits = _visits(_ARRIVAL + "3月20日,武清山在圣地亚哥会见了智利众议院议长卡米拉·瓦尔加斯。")
    assert [v["date"] for v in visits] == ["2026-03-04/2026-03-05"]
