"""An anniversary whose ceremony a past year of its own opens (``2015年,双方隆重举行了越缅建交40周年
的庆祝典礼``) is a tally of that year, as one of 纪念活动 already was: the anniversary does not
date the page's year-less visit."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理将访问缅甸\n\n"
    "越通社河内——应缅甸总统吴丁貌的邀请,越南政府总理黎文丙将于11月3日至5日对缅甸进行正式访问。\n\n"
    "2015年,双方隆重举行了越缅建交40周年的庆祝{}。"
    "2014年双边贸易额达1亿美元,2016年可达1.2亿美元。(越通社——VNA)\n"
)


def _visit(word: str) -> dict:
    events = to_record(extract(PAGE.format(word)))["events"]
    visits = [e for e in events if e["mode"] == "visit"]
    assert visits, events
    return visits[0]


def test_a_past_year_ceremony_does_not_date_the_visit() -> None:
    assert _visit("典礼")["date_basis"] != "anniversary"


def test_a_past_year_celebrations_do_not_date_the_visit() -> None:
    assert _visit("活动")["date_basis"] != "anniversary"
