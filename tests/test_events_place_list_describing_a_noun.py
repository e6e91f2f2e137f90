"""A list of places closed by 的 after 在 (越南在东南亚和南亚的5个伙伴) describes the noun after it and
names no venue; a place told alone after 在 (在万象向…移交) still does. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"越南援助邻国\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_places_describing_partners_are_no_venue() -> None:
    evs = _aid("5月8日下午,越南外交部副部长阮文平在外交部总部将越南政府捐赠的防疫物资移交给老挝、泰国等越南在东南亚和南亚的5个伙伴。")
    assert len(evs) == 1
    assert evs[0]["location"] != "东南亚"


def test_a_place_after_zai_is_the_venue() -> None:
    evs = _aid("5月8日,越南外交部副部长阮文平在万象向老挝移交防疫物资。")
    assert evs[0]["location"] == "万象"
