"""A numbered session of the 14th National Assembly (2016–2021) dates a year-less day."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("10月23日上午,越南第十四届国会第四次会议在河内开幕。", "10月23日上午", "2017-10-23"),
        ("越南国会第十四届第九次会议期间,5月28日,国会主席会见了外国大使。", "5月28日", "2020-05-28"),
        ("在第14届国会第11次会议上,3月31日,国会选举了新一届国家主席。", "3月31日", "2021-03-31"),
    ],
)
def test_fourteenth_national_assembly_session_dates_the_year(text: str, day: str, value: str) -> None:
    doc = page("国会会议", [text])
    t = tv(doc, day)
    assert (t.value, t.basis) == (value, "recurring-meeting")
