"""A year written after the day, naming an event to be held within the visit told
(``X在日本期间,双方将举行2019年越日投资论坛``): the visit's own year, when the terms of the people
named leave several."""

from __future__ import annotations

from dyad import extract, to_record


def _visit_date(body: str) -> str | None:
    text = "越南国家主席访问日本\n\n越通社东京——" + body + "(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits
    return visits[0]["date"]


def test_event_held_during_the_visit_gives_its_year() -> None:
    body = (
        "应日本首相安倍晋三的邀请,越南国家主席陈大光将于5月29日至6月2日对日本进行国事访问。"
        "陈大光在日本期间,双方将举行2017年越日投资论坛,两国企业代表将参加该活动。"
    )
    assert _visit_date(body) == "2017-05-29/2017-06-02"


def test_year_looked_ahead_to_stays_out() -> None:
    # a year named as what a proposal aims at, after the day: no year of the story
    body = (
        "应日本首相安倍晋三的邀请,越南国家主席陈大光将于5月29日至6月2日对日本进行国事访问。"
        "陈大光建议双方力争到2017年实现双边贸易额翻番。"
    )
    assert _visit_date(body) is None
