"""A visit to a Thai province the gazetteer lacks, named with its kind 府 right before 进行
(``对甘烹碧府进行工作访问``), goes there like an unlisted 州/省/市; a government (政府) is no such place."""

from __future__ import annotations

from test_events import events_of, names


def test_visit_to_unlisted_fu_province() -> None:
    evs = events_of("越南驻泰国大使黎光成5日对 甘烹碧府进行工作访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and names(visits[0]["source"]) == ["黎光成"], evs
    assert visits[0]["location"] == "甘烹碧府", visits


def test_a_government_is_no_unlisted_place() -> None:
    from dyad.extraction.events import _UNLISTED_PLACE

    assert _UNLISTED_PLACE.match("甘烹碧府进行") is not None
    assert _UNLISTED_PLACE.match("河内市政府进行") is None or _UNLISTED_PLACE.match("河内市政府进行").group(1) != "河内市政府"
