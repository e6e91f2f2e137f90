"""A commemorative summit that recurring_meetings.tsv holds dates a year-less day told with it by its
own days, not by the anniversary it is named for: the ASEAN-India summit for 25 years of dialogue
relations (1992+25 = 2017) met in New Delhi in January 2018. An anniversary with no such summit
still dates the page."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"两国总理举行会谈\n\n越通社新德里——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_day_told_with_the_commemorative_summit_takes_its_year() -> None:
    evs = _main("在赴印度出席东盟-印度建立对话关系25周年纪念峰会期间,1月24日晚,越南政府总理阮文甲与印度总理拉梅什举行会谈。")
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2018-01-24", evs


def test_the_anniversary_alone_still_dates_the_page() -> None:
    evs = _main("值此东盟-印度建立对话关系25周年之际,1月24日晚,越南政府总理阮文甲与印度总理拉梅什举行会谈。")
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2017-01-24", evs
