"""A figure counted up to a month (截至YYYY年M月底) dates the story after that month, where the
terms of the people named leave several years and the page writes several years."""

from __future__ import annotations

from tests.test_times_inference import page, tv


def test_a_figure_counted_up_to_a_month_dates_a_day_after_it() -> None:
    doc = page(
        "两国经贸合作",
        [
            "2016年双向贸易额达12亿美元,较2015年增长3%。",
            "截至2017年9月底,双边贸易额达9.5亿美元。",
            "9月28日,政府总理阮春福在河内会见首相洪森。",
        ],
    )
    t = tv(doc, "9月28日")
    assert (t.value, t.basis) == ("2017-09-28", "context")


def test_a_day_in_an_earlier_month_than_the_cutoff_is_the_next_year() -> None:
    doc = page(
        "两国投资合作",
        [
            "2016年和2017年,两国贸易稳步增长。",
            "截至2018年10月为止,甲国在乙国投资项目达120个。",
            "3月2日,政府总理阮春福同首相洪森通电话。",
        ],
    )
    assert tv(doc, "3月2日").value == "2019-03-02"


def test_a_cutoff_day_or_december_is_not_a_month_so_far() -> None:
    doc = page("贸易", ["截至2018年12月底,双边贸易额达9亿美元。", "截至2018年10月5日,投资项目达12个。"])
    assert not [t for t in doc.times if t.kind == "year-to-date"]
