"""A day written without its month ("30日") in the sentence of an anniversary whose base day the
tables know and which falls on that day of the month (纪念南方解放、国家统一50周年 = 30 April 2025):
the story is on the anniversary day itself."""

from __future__ import annotations

from dyad import extract, to_record


def _page(day: str) -> str:
    return (
        "越南国家副主席会见老挝客人\n\n"
        f"越通社岘港——{day},在纪念南方解放、国家统一50周年庆典结束后,越南国家副主席武明秋在岘港"
        "会见了老挝人民革命党中央委员坎通·西巴占。(越通社——VNA)\n"
    )


def _meeting(day: str) -> dict:
    events = [e for e in to_record(extract(_page(day)))["events"] if e["mode"] == "meeting"]
    assert events, events
    return events[0]


def test_day_falling_on_the_anniversary_is_the_anniversary_day() -> None:
    e = _meeting("30日")
    assert e["date"] == "2025-04-30", e


def test_other_day_keeps_only_the_anniversary_year() -> None:
    e = _meeting("12日")
    assert e["date"] is None, e
