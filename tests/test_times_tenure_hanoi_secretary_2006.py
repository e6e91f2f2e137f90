"""范光毅, Hanoi Party Committee secretary from 2006 to February 2016: an article naming him in that
office is of those years, not of a later year the list under 更多 is dated by. Sentences written for
the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_the_hanoi_secretary_of_2006_2016_keeps_a_later_list_year_out() -> None:
    doc = page(
        "工作访问",
        ["9月3日,越共中央政治局委员、河内市委书记范光毅率团对海防市进行工作访问。"],
        teasers=[("贺电", "国家主席于2025年12月5日致贺电。")],
    )
    t = tv(doc, "9月3日")
    assert t.basis == "tenure" and t.start is not None and "2006" <= t.start[:4] <= "2015"
    assert t.precision != "day"
