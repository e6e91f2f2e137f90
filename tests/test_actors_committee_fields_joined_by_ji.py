"""A committee named by its fields, the last two joined by 及 after a 、 (``外交、国际合作及媒体新闻
委员会主席``): the title is the last 、-segment, with the field before 及 kept."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "标题\n\n越通社河内——5月10日,越南国会副主席黎文甲会见了泰国国会外交、国际合作及青年事务委员会主席"
    "颂猜·他威(Somchai Tawee)。(越通社——VNA)\n"
)


def test_title_keeps_the_field_before_ji() -> None:
    events = to_record(extract(PAGE))["events"]
    people = [p for e in events for p in e["source"] + e["target"] if p["name"] == "颂猜·他威"]
    assert people, events
    assert people[0]["title"] == "国际合作及青年事务委员会主席", people
    assert people[0]["country"] == "THA", people
