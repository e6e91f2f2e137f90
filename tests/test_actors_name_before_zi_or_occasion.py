"""A name ends before 自 that opens the days of a trip (``X自5月2日至4日对Y进行访问``), as before
从, and before the occasion it is told with (``X恰逢两国建交50周年之际访问Y``)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _visits(sentence: str) -> list[dict[str, Any]]:
    text = f"越南与新西兰加强合作\n\n越通社河内——{sentence}两国领导人举行会谈。(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_a_name_ends_before_zi_and_the_days_of_the_trip() -> None:
    evs = _visits("新西兰总理卡尔·亨特自5月2日至4日对越南进行正式访问。")
    assert [p["name"] for e in evs for p in e["source"]] == ["卡尔·亨特"], evs


def test_a_bare_three_character_name_before_zi_is_kept() -> None:
    evs = _visits("越南政府总理黎文甲自5月2日至4日对新西兰进行正式访问。")
    assert [p["name"] for e in evs for p in e["source"]] == ["黎文甲"], evs


def test_a_name_ends_before_the_occasion_it_is_told_with() -> None:
    evs = _visits("越南政府总理黎文甲恰逢两国建交50周年之际对新西兰进行正式访问。")
    assert [p["name"] for e in evs for p in e["source"]] == ["黎文甲"], evs


def test_a_name_ends_before_a_year_word() -> None:
    """``某国总统卡尔松去年对越南进行访问``: 去年/今年 tell when; the name is not 卡尔松去."""
    text = (
        "越南与瑞典加强合作\n\n越通社河内——越南国家主席黎文甲于11月21日对瑞典进行国事访问。"
        "瑞典首相卡尔松去年对越南进行访问。瑞典国王古斯塔夫今年3月访问越南。(越通社——VNA)\n越通社\n"
    )
    names = {a["name"] for a in to_record(extract(text))["actors"]}
    assert {"卡尔松", "古斯塔夫"} <= names, names
