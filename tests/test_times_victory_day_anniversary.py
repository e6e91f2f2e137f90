"""The victory of 1945 counted in years: the Soviet Great Patriotic War (伟大卫国战争胜利N周年, 9 May 1945)
and the world anti-fascist war (世界反法西斯战争胜利N周年, September 1945). A teaser that ends a trip of
5月8日至11日 "并出席纪念伟大卫国战争胜利80周年庆典" is of 2025, whatever year the list around it is of."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize(
    ("cue", "year"),
    [
        ("为出席纪念伟大卫国战争胜利75周年庆典", "2020"),
        ("为出席纪念卫国战争胜利80周年庆典", "2025"),
        ("为出席世界反法西斯战争胜利70周年纪念活动", "2015"),
    ],
)
def test_victory_anniversary_dates_the_year(cue: str, year: str) -> None:
    doc = page("代表团访问", [f"{cue},5月9日,代表团抵达当地。"])
    t = tv(doc, "5月9日")
    assert (t.value, t.basis) == (f"{year}-05-09", "anniversary")
