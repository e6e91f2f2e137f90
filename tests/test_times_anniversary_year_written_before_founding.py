"""A year written right before the founding word of an anniversary the tables do not hold
(``在该党2016年成立70周年的背景下``) is the anniversary's year (2016 + 70 would lie past any page),
and dates the story before the terms of the people named leave it open; ``1945年成立75周年`` is a
founding year (1945 + 75)."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.extraction.time_knowledge import find_anniversaries


def test_year_before_founding_word_is_the_anniversary_year() -> None:
    text = "大会在该党2016年成立70周年的背景下举行。"
    assert [f.year for f in find_anniversaries(text, 0, len(text))] == [2016]
    text = "庆祝该组织1945年成立75周年。"
    assert [f.year for f in find_anniversaries(text, 0, len(text))] == [2020]


def test_anniversary_year_dates_a_congress_beside_a_leader_with_a_long_term() -> None:
    body = (
        "马来西亚人民党于12月8日至12日在吉隆坡举行第9次党代表大会。由越共中央委员陈甲率领的越南共产党代表团出席大会。\n\n"
        "该党主席兼马来西亚总理纳吉布在开幕式上发言时强调大会在该党2016年成立70周年的背景下的重要性。"
    )
    text = f"越共代表团出席大会\n\n越通社吉隆坡——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs and all(e["date"] == "2016-12-08/2016-12-12" for e in evs), evs
