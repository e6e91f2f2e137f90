"""A country, its province and its city written in one run (越南谅山省谅山市): the city acts, the
country and the province only say whose it is. Sentences written for this test."""

from __future__ import annotations

from test_events import events_of, names, only


def test_the_city_after_its_province_signs_not_the_country() -> None:
    ev = only(events_of("2019年6月3日,越南谅山省谅山市与中国广西壮族自治区凭祥市签署了友好合作备忘录。"), "AGREE", "sign")
    assert names(ev["source"]) == ["谅山市"], ev
    assert names(ev["target"]) == ["凭祥市"], ev


def test_a_province_alone_after_its_country_still_signs() -> None:
    ev = only(events_of("2019年6月3日,越南高平省与中国广西壮族自治区签署了友好合作备忘录。"), "AGREE", "sign")
    assert names(ev["source"]) == ["高平省"], ev
