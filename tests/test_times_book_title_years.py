"""A year inside a document's title (《关于1985年…和2005年补充条约的补充条约》) dates nothing."""

from __future__ import annotations

from test_times_inference import page, tv


def test_year_in_the_middle_of_a_treaty_title_does_not_date_the_signing() -> None:
    doc = page(
        "两国签署边界条约",
        ["今年是越老建交57周年。7月18日,两国外长在万象签署了《关于1977年边界条约和2007年议定书的补充议定书》。"],
    )
    assert tv(doc, "7月18日").value == "2019-07-18"


def test_year_in_a_title_alone_leaves_the_day_without_a_year() -> None:
    doc = page("两国签署协定", ["3月2日,两国代表签署了《越南政府与某国政府关于2016年贸易协定的修订议定书》。"])
    assert tv(doc, "3月2日").value != "2016-03-02"
