"""A day written with its own year more than a month before the story's day (``此前,2019年3月5日,
两国外交部举行…磋商`` on a page about a visit of 2019年9月) is a background act: it is not placed
at the dateline city or the story's trip. A day close to the story's keeps the dateline."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "老挝总理即将访越\n\n"
    "越通社河内——应越南政府总理黎文丙的邀请,老挝总理坎温·本玛将于2019年9月10日至12日对越南进行正式访问。\n\n"
    "此前,{},越老两国外交部举行第三次政治磋商。(越通社——VNA)\n"
)


def _talks(day: str) -> dict:
    events = to_record(extract(PAGE.format(day)))["events"]
    talks = [e for e in events if e["mode"] == "talks"]
    assert len(talks) == 1, events
    return talks[0]


def test_a_day_months_before_the_story_has_no_place() -> None:
    assert _talks("2019年3月5日")["location"] is None


def test_a_day_close_to_the_story_keeps_the_place() -> None:
    assert _talks("2019年9月1日")["location"] is not None
