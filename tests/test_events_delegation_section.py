"""A delegation named in the main article is led by the main article's leader, not a teaser's."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_banquet_for_the_delegation_does_not_borrow_a_teasers_leader() -> None:
    text = (
        "越南国会主席访问新西兰\n\n"
        "越通社惠灵顿——应新西兰议长杰里·布朗利的邀请,越南国会主席陈青敏率领越南国会高级代表团于"
        "4月3日至5日对新西兰进行正式访问。今年恰逢越新建交50周年。\n\n"
        "4月4日晚,布朗利在国会大厦设宴款待陈青敏主席和越南高级代表团。(越通社——VNA)\n越通社\n\n"
        "更多\n\n越南政府总理出席峰会\n\n"
        "4月6日,越南政府总理范明政率领越南代表团出席在泰国曼谷举行的湄公河委员会峰会。\n"
    )
    evs = to_record(extract(text))["events"]
    banquet = [e for e in evs if e["section"] == "main" and "设宴" in e["evidence"]["text"]]
    names = {p["name"] for e in banquet for p in e["target"]}
    assert "范明政" not in names, banquet
    assert "陈青敏" in names, banquet
