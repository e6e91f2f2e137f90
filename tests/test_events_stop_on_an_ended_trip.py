"""A wrap-up of a trip told only by its end (``圆满结束对A国进行的国事访问``) keeps that visit when
the body also tells a stop in a province of A as one more act. Sentences written for the tests."""

from __future__ import annotations

from test_events import events_of


def _visited(text: str) -> set[str]:
    evs = events_of(text)
    return {m["name"] for e in evs if e["mode"] == "visit" for m in e["target"]}


def test_a_province_stop_does_not_hide_the_trip_to_its_country() -> None:
    visited = _visited(
        "越通社河内——2031年3月9日,越南国家主席阮文甲一行已抵达河内,圆满结束对秘鲁进行的国事访问。"
        "访问秘鲁期间,阮文甲与秘鲁总统卡洛斯·门多萨举行会谈。"
        "此外,阮文甲还访问库斯科省首府库斯科市,并出席友好交流活动。"
    )
    assert "秘鲁" in visited, visited


def test_a_trip_to_a_province_told_alone_is_still_that_trip() -> None:
    visited = _visited(
        "越通社河内——2031年3月9日,越南国家主席阮文甲一行已抵达河内,圆满结束对秘鲁进行的工作访问。"
        "阮文甲率团对秘鲁库斯科省进行工作访问。"
    )
    assert "秘鲁" not in visited or "库斯科省" not in visited, visited
