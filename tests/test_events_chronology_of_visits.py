"""A chronology of leaders' visits chained by 、 and 以及 (``A于2005年访越、B于2012年访越以及C、D分别于
2003年和2010年访问X等两国领导人互访``): each item is a visit of its own, by its own visitor, to the
country its verb names; no visitor of one item is the host or the co-visitor of another."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "标题新闻\n\n越通社罗马——2018年3月5日,越南驻意大利大使会见意大利外长。两国高层互访频繁,"
    "2001年意大利总统罗西访越,其后意大利总理比安奇于2005年和2009年访越、意大利外长费拉里于2012年访越"
    "以及越南国家主席阮文甲、国会主席陈氏乙分别于2003年和2010年访问意大利等两国领导人互访,推动两国关系发展。"
    "\n\n(越通社-VNA)\n\n越通社\n"
)


def _visits() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    events = to_record(extract(_PAGE))["events"]
    return sorted(
        (tuple(p["name"] for p in e["source"]), tuple(p["name"] for p in e["target"]))
        for e in events
        if e["mode"] == "visit"
    )


def test_each_item_of_the_chronology_is_its_own_visit() -> None:
    assert _visits() == [
        (("比安奇",), ("越南",)),
        (("罗西",), ("越南",)),
        (("费拉里",), ("越南",)),
        (("阮文甲",), ("意大利",)),
        (("陈氏乙",), ("意大利",)),
    ]


def test_one_visitor_with_two_trips_is_not_cut() -> None:
    page = _PAGE.replace("于2005年和2009年访越、意大利外长费拉里于2012年访越", "于2005年访越、2012年访华")
    events = to_record(extract(page))["events"]
    visitors = [tuple(p["name"] for p in e["source"]) for e in events if e["mode"] == "visit"]
    assert ("费拉里",) not in visitors
    assert all(v for v in visitors)
