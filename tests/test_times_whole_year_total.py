"""A whole year's total written with 总额 (``2019年,甲省与越南进出口总额达到…``, ``出口总额``,
``进口总额``) is known only once that year is over, like ``贸易额``: it dates a year-less day of the
story in a later year."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize("total", ["进出口总额", "出口总额", "进口总额"])
def test_a_whole_years_total_dates_a_march_day_in_the_next_year(total: str) -> None:
    doc = page("合作", ["3月6日,双方回顾合作。", f"2019年,甲省与越南{total}达到48亿美元。"])
    assert (tv(doc, "3月6日").value, tv(doc, "3月6日").basis) == ("2020-03-06", "context")


def test_a_total_of_the_year_so_far_is_not_a_whole_year() -> None:
    doc = page("合作", ["3月6日,双方回顾合作。", "2019年前9个月,甲省与越南进出口总额达到30亿美元。"])
    assert tv(doc, "3月6日").value == "2020-03-06"
