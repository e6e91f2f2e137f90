"""An anniversary counted from a body named with its bracketed Latin short form between the name
and the founding word (老挝人民革命党(LPRP)成立60周年), and the Mexican Labour Party's founding
(8 December 1990) in anniversaries.tsv."""

from __future__ import annotations

from test_events import events_of


def _meeting_dates(body: str) -> list[str | None]:
    return [e["date"] for e in events_of(body) if e["mode"] == "meeting"]


def test_short_form_between_name_and_founding_word() -> None:
    body = "值此老挝人民革命党(LPRP)成立60周年之际,3月20日,越南代表团团长阮文明拜会老挝人民革命党总书记坎平·西拉。"
    assert _meeting_dates(body) == ["2015-03-20"]


def test_without_the_short_form_as_before() -> None:
    body = "值此老挝人民革命党成立60周年之际,3月20日,越南代表团团长阮文明拜会老挝人民革命党总书记坎平·西拉。"
    assert _meeting_dates(body) == ["2015-03-20"]


def test_mexican_labour_party_founding_dates_the_page() -> None:
    body = "值此墨西哥劳动党(PT)成立25周年之际,12月9日,越南代表团团长阮文明拜见墨西哥劳动党总书记罗赫略·巴尔加斯。"
    assert _meeting_dates(body) == ["2015-12-09"]
