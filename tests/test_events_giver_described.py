"""``韩国也是向老挝提供官方发展援助的最大来源国``: a gift verb inside a description of a country as a
(major) giver is no gift given; a gift told as an act stays."""

from __future__ import annotations

from test_events import events_of


def test_a_country_described_as_the_largest_giver_gives_nothing() -> None:
    evs = events_of("在经济方面,韩国已成为老挝重要的合作伙伴。韩国也是向老挝提供官方发展援助的最大来源国。")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_a_gift_told_as_an_act_stays() -> None:
    evs = events_of("2021年3月4日,韩国向老挝提供了官方发展援助。")
    assert [e for e in evs if e["type"] == "AID"], evs
