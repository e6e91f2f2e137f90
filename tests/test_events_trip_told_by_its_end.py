"""A wrap-up article tells the trip only by its end (``一行已抵达河内,圆满结束访问美国之行``): that
trip is the visit. The end of a leg told as earlier (``此前…刚刚结束对韩国的访问``) stays out."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def visits(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_wrap_up_of_a_trip_is_the_visit() -> None:
    evs = visits(
        "越南国会主席圆满结束访问美国之行\n\n越通社河内——9月11日上午,越南国会主席黎明山一行已抵达河内,"
        "圆满结束访问美国之行。\n\n访问美国期间,黎明山主席出席了第五届世界议长大会。(越通社——VNA)\n越通社\n"
    )
    assert [([p["name"] for p in e["source"]], [p["country"] for p in e["target"]]) for e in evs] == [
        (["黎明山"], ["USA"])
    ], evs


def test_an_earlier_leg_ended_is_no_visit() -> None:
    evs = visits(
        "越南国会主席访问印度\n\n越通社新德里——越南国会主席黎明山于2021年12月15日至19日对印度进行正式访问。"
        "此前,黎明山一行刚刚结束对韩国的正式访问。(越通社——VNA)\n越通社\n"
    )
    assert {p["country"] for e in evs for p in e["target"]} == {"IND"}, evs
