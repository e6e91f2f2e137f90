"""An anniversary of a trade agreement's entry into force (EVFTA生效一周年) dates the page."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize(
    ("cue", "year"),
    [
        ("值此越南与欧亚经济联盟自由贸易协定生效三周年之际", "2019"),
        ("值此《越南与欧盟自由贸易协定》(EVFTA)生效一周年之际", "2021"),
        ("在区域全面经济伙伴关系协定(RCEP)正式生效两周年之际", "2024"),
    ],
)
def test_entry_into_force_anniversary_dates_the_year(cue: str, year: str) -> None:
    doc = page("经贸合作论坛", [f"{cue},9月8日,两国企业在胡志明市举行对接会。"])
    t = tv(doc, "9月8日")
    assert (t.value, t.basis) == (f"{year}-09-08", "anniversary")
