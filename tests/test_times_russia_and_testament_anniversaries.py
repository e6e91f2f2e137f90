"""Anniversaries common on 2017–2021 pages: the October Revolution (1917), the Viet Nam–Russia basic
treaty (1994) and the carrying out of President Hồ Chí Minh's Testament (1969)."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize(
    ("cue", "year"),
    [
        ("值此伟大十月革命胜利101周年之际", "2018"),
        ("在俄国十月社会主义革命100周年之际", "2017"),
        ("值此越俄友好关系基本原则条约签署25周年之际", "2019"),
        ("值此实施胡志明主席遗嘱50周年之际", "2019"),
    ],
)
def test_anniversary_dates_the_year(cue: str, year: str) -> None:
    doc = page("招待会", [f"{cue},11月6日,驻越南大使馆在河内举行招待会。"])
    t = tv(doc, "11月6日")
    assert (t.value, t.basis) == (f"{year}-11-06", "anniversary")
