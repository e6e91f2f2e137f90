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
