"""A title that opens with the agency's name (``越通社是推动越—中关系的纽带``) is a title, not a
dateline: a dateline's place holds no 是, 的 or 为, and the single dash of ``越—中`` ends no place."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.ingest import layout


def test_title_opening_with_the_agency_is_no_dateline() -> None:
    assert layout.DATELINE.match("越通社是推动越—中友谊的纽带") is None
    assert layout.DATELINE.match("越通社的记者—摄影师") is None


def test_real_datelines_still_match() -> None:
    assert layout.DATELINE.match("越通社河内——3月5日") is not None
    assert layout.DATELINE.match("越通社和平省——") is not None


def test_page_keeps_its_title() -> None:
    page = (
        "越通社是推动越—老友谊的纽带\n\n"
        "越南通讯社社长陈文丙强调,两国友谊是宝贵财富。\n\n"
        "越南通讯社社长陈文丙强调,两国友谊是宝贵财富。\n\n"
        "3月5日下午,陈文丙会见了老挝驻越南大使王五。(完)\n"
    )
    rec = to_record(extract(page))
    assert rec["title"] == "越通社是推动越—老友谊的纽带", rec["title"]
