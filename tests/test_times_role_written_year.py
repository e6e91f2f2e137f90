"""Yearly roles told with their own year (``明年担任2020年东盟轮值主席国``) and with another country
named before the holder (``泰方支持越南明年担任…``). Sentences written for the test."""

from __future__ import annotations

from dyad.extraction.time_knowledge import YearFact, find_role, role_hits
from test_times_inference import page, tv


def test_written_year_before_the_role_picks_the_term() -> None:
    text = "越南明年担任2020年东盟轮值主席国"
    ((s, e),) = role_hits(text, 0, len(text))
    found = find_role(text, s, e, (0, len(text)))
    assert isinstance(found, YearFact) and found.year == 2019


def test_supporter_named_before_the_holder_does_not_empty_the_role() -> None:
    doc = page(
        "会见",
        ["11月2日,两国外长举行会见。", "泰方支持越南明年担任2020年东盟轮值主席国,愿同越方密切配合。"],
    )
    assert tv(doc, "11月2日").value == "2019-11-02"


def test_two_holders_still_share_the_role() -> None:
    doc = page("会谈", ["12月15日下午,两国外长举行会谈。", "双方指出,明年越南和印度将同时担任联合国安理会非常任理事国。"])
    assert tv(doc, "12月15日下午").value == "2020-12-15"
