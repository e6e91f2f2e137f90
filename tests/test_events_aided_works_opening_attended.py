"""Attending the opening of works some giver aided (``出席由X提供部分援助的Y落成仪式``) tells no gift:
the aid is told as what the works were built with, not as an act of the page."""

from __future__ import annotations

from tests.test_events import events_of


def test_opening_of_aided_works_is_no_aid() -> None:
    evs = events_of(
        "保加利亚外交部长伊万·彼得罗夫将于2025年5月6日对越南进行正式访问。"
        "访问期间,彼得罗夫还将出席由保加利亚大使馆提供部分援助的图书馆落成仪式。"
    )
    assert [e for e in evs if e["type"] == "AID"] == []


def test_handover_ceremony_of_aid_is_still_aid() -> None:
    evs = events_of(
        "2025年5月8日,保加利亚外交部长伊万·彼得罗夫出席了保加利亚大使馆向越南移交"
        "由保加利亚政府提供援助的医疗物资仪式。"
    )
    assert [e["type"] for e in evs if e["type"] == "AID"] == ["AID"]
