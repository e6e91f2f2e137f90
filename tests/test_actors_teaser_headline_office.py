"""A teaser is an article of its own: the bare name in its headline (``X总理出席…``) carries the
office its summary writes before the same name, not the office of the main article nor the one
of the teaser's photo caption."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国会主席访问新西兰\n\n"
    "越通社惠灵顿——应新西兰议长杰里·布朗利的邀请,越南国会主席陈青敏率领越南国会高级代表团于"
    "4月3日至5日对新西兰进行正式访问。\n\n"
    "4月4日晚,布朗利在国会大厦设宴款待陈青敏主席和越南高级代表团。(越通社——VNA)\n越通社\n\n"
    "更多\n\n"
    "黎文甲总理出席湄公河委员会峰会\n\n"
    "4月6日下午,越南政府总理黎文甲在泰国曼谷出席湄公河委员会峰会,并在全体会议上发言。\n"
)


def _people(name: str) -> list[dict]:
    events = to_record(extract(PAGE))["events"]
    return [p for e in events if e["section"] == "related" for p in e["source"] + e["target"] if p["name"] == name]


def test_headline_name_takes_the_summary_office() -> None:
    people = _people("黎文甲")
    assert people
    assert all(p["title"] == "越南政府总理" for p in people), people
    assert all(p["country"] == "VNM" for p in people), people


PAGE_SHORT_HEADLINE = (
    "越南国会主席访问新西兰\n\n"
    "越通社惠灵顿——应新西兰议长杰里·布朗利的邀请,越南国会主席陈青敏率领越南国会高级代表团于"
    "4月3日至5日对新西兰进行正式访问。(越通社——VNA)\n越通社\n\n"
    "更多\n\n"
    "越南副总理兼外长黎文乙会见智利外长\n\n"
    "9月8日,越南政府副总理兼外交部长黎文乙在河内会见了智利外交部长罗伯托·桑切斯。\n"
)


def test_headline_short_office_gives_way_to_the_summary() -> None:
    events = to_record(extract(PAGE_SHORT_HEADLINE))["events"]
    people = [p for e in events if e["section"] == "related" for p in e["source"] + e["target"] if p["name"] == "黎文乙"]
    assert people, events
    assert all(p["title"] == "越南政府副总理兼外交部长" for p in people), people
