"""``昨日下午,在会见来访并祝贺新年的X时,Y介绍了…``: Y met X. The 并 inside the relative clause
before the one met is no second verb, and a relative day (昨日) or a day without its month may
open the frame like a full date."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def meetings(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]


def sides(evs: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    return [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs]


def test_came_and_greeted_before_the_one_met() -> None:
    evs = meetings("2019年1月5日下午,越南外交部长陈文丙会见来访并祝贺新年的老挝驻越南大使王五。")
    assert sides(evs) == [(["王五"], ["陈文丙"])], evs


def test_frame_opened_by_a_relative_day() -> None:
    evs = meetings("昨日下午,在会见来访并祝贺新年的老挝驻越南大使王五时,越南外交部长陈文丙介绍了情况。")
    assert sides(evs) == [(["王五"], ["陈文丙"])], evs


def test_frame_opened_by_a_day_without_month() -> None:
    evs = meetings("5日上午,在会见老挝驻越南大使王五时,越南外交部长陈文丙表示感谢。")
    assert sides(evs) == [(["王五"], ["陈文丙"])], evs
