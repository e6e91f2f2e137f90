"""A past visit dated by its year and month, told as the occasion of an agreement (``2013年6月,在X对
印尼进行国事访问之际,双方发表了联合声明``), is a background visit of its own, as one told ``…访问期间``;
双方 there are the visitor and the country visited. An undated occasion stays no visit.
Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

HEAD = "两国关系回顾\n\n越通社河内——两国于1960年建立外交关系。"


def events(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_dated_visit_told_as_an_occasion_is_a_visit() -> None:
    evs = events(HEAD + "2012年5月,在泰国总理巴颂对越南进行正式访问之际,两国签署了《合作协定》。(越通社——VNA)\n")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [(names(e["source"]), names(e["target"])) for e in visits] == [(["巴颂"], ["越南"])], evs


def test_both_sides_of_the_occasion_agree() -> None:
    evs = events(HEAD + "2014年8月,在越南国家主席黎文安对泰国进行国事访问之际,双方发表了联合声明。(越通社——VNA)\n")
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert [(names(e["source"]), names(e["target"])) for e in agree] == [(["黎文安"], ["泰国"])], evs


def test_undated_occasion_is_no_visit() -> None:
    evs = events(HEAD + "值此泰国总理巴颂对越南进行正式访问之际,越通社记者采访了越南驻泰国大使。(越通社——VNA)\n")
    assert not [e for e in evs if e["mode"] == "visit"], evs


def test_dated_visit_told_with_shi_is_a_visit_and_frames_the_statement() -> None:
    evs = events(
        HEAD + "泰国总理巴颂于2018年4月对越南进行访问时,两国领导已发表联合声明,对合作进展表示满意。(越通社——VNA)\n"
    )
    got = {(e["type"], e["mode"]): (names(e["source"]), names(e["target"])) for e in evs}
    assert got[("CONSULT", "visit")] == (["巴颂"], ["越南"]), evs
    assert got[("AGREE", None)] == (["巴颂"], ["越南"]), evs
