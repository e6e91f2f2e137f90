"""A roundup of gifts made lately to three or more sides (越南最近已向A、B、C等提供防疫物资), with no
day, year or sum, is background left out; a dated gift to many, or a gift to one side, stays.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"越南援助邻国\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_lately_to_many_is_left_out() -> None:
    assert _aid("越南最近已向老挝、柬埔寨、美国、日本等提供防疫物资。") == []


def test_dated_gift_to_many_stays() -> None:
    assert len(_aid("5月3日,越南已向老挝、柬埔寨、泰国提供防疫物资。")) == 1


def test_lately_to_one_stays() -> None:
    assert len(_aid("越南最近已向老挝提供防疫物资。")) == 1
