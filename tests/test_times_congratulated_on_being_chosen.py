"""``祝贺X获国会选举为Y``: being chosen by a parliament (选举为) is a term begun, like 当选 or 就任, so a
year-less day told with the congratulation falls shortly after the term's start (``tenure.tsv``)."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "日本首相重视发展与越南的关系\n\n"
    "越通社东京——据越通社驻日本记者报道,日本首相石破茂10月9日下午在首相官邸会见越南国会副主席"
    "阮德海。石破茂感谢阮德海热烈祝贺他获日本国会选举为日本首相,强调日本重视越日广泛战略伙伴关系。"
    "(越通社——VNA)\n"
)


def test_congratulated_on_being_chosen_dates_the_meeting() -> None:
    events = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "meeting"]
    assert events, events
    assert events[0]["date"] == "2024-10-09", events
