"""An anniversary whose country pair and relations follow the count (40周年越新关系) dates the page
like 越新关系40周年: the base year of the pair's ties plus the count, the shared short form read by
the country the paragraph names."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.extraction.time_knowledge import find_anniversaries


def test_pair_after_the_count() -> None:
    t = "老挝总理称,两国共同回顾了40周年越老关系的发展历程"
    assert [f.year for f in find_anniversaries(t, 0, len(t))] == [1962 + 40]


def test_shared_short_form_read_by_the_named_country() -> None:
    t = "新西兰总理称,两国共同回顾了40周年越新关系的发展历程"
    assert [f.year for f in find_anniversaries(t, 0, len(t))] == [1975 + 40]


def test_count_with_no_pair_after_it_is_left_alone() -> None:
    t = "值此40周年之际,越老关系不断发展"
    assert find_anniversaries(t, 0, len(t)) == []


def test_meeting_dated_by_the_anniversary_after_the_count() -> None:
    text = (
        "总理会见老挝国会主席\n\n越通社万象——访问老挝期间,当地时间3月19日下午,越南政府总理阮文山会见了"
        "老挝国会主席本通·西萨。\n\n本通·西萨认为,此访是两国共同回顾40周年越老关系发展历程的良机。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert [e["date"] for e in evs] == ["2002-03-19"], evs
