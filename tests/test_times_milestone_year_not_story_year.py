"""A year opening a sentence on a milestone of the relations (``2009年,两国签署了…``, ``2009年,两国
关系提升为…``), told after the story's days, is a background year: an undated visit of ``4月5日至7日``
does not take it; a year of the story itself still dates the visit."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "丹麦首相访问越南\n\n"
    "越通社河内——应越南政府总理陈文丁的邀请,丹麦首相拉尔斯·汉森于4月5日至7日对越南进行正式访问。\n\n"
    "4月6日,陈文丁与拉尔斯·汉森举行会谈。{}(越通社——VNA)\n"
)


def _visit(extra: str) -> dict:
    events = to_record(extract(PAGE.format(extra)))["events"]
    visits = [e for e in events if e["mode"] == "visit" and e["section"] == "main"]
    assert len(visits) == 1, events
    return visits[0]


def test_signing_milestone_year_is_not_the_visit_year() -> None:
    assert _visit("2009年,两国签署了建立全面伙伴关系的联合声明。")["date"] is None


def test_upgrade_milestone_year_is_not_the_visit_year() -> None:
    assert _visit("2009年,两国关系提升为全面伙伴关系。")["date"] is None


def test_a_year_of_the_story_still_dates_the_visit() -> None:
    visit = _visit("2029年,两国贸易额有望达到50亿美元。此访是两国领导人2024年的首次会晤。")
    assert visit["date"] is not None and visit["date"].startswith("2024"), visit
