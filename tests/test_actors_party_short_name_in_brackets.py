"""A party's or a body's short Chinese name glossed in brackets right after its full name
(``某民族统一机构(某统)主席``) is part of the office: the chain reaches over it to the full name and
the title is the whole segment, not the bare ``主席``. Names and offices written for the test."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _titles(body: str) -> dict[str, list[str]]:
    doc = parse_page(f"越马关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    return {m.name: [o.title for o in m.offices] for m in doc.mentions if m.kind == "person"}


def test_a_party_short_name_in_brackets_stays_in_the_title() -> None:
    got = _titles("阮文甲会见了马来西亚副总理兼农业部长、马来民族统一机构(巫统)主席阿末·卡立。")
    assert got["阿末·卡立"][-1] == "马来民族统一机构(巫统)主席", got


def test_a_lao_party_short_name_in_brackets() -> None:
    got = _titles("阮文甲会见了老挝人民革命党(老挝人革党)中央委员坎丰。")
    assert got["坎丰"] == ["老挝人民革命党(老挝人革党)中央委员"], got
