"""A list under 更多 placed by a main article whose year comes only from its office-holders'
terms (and a yearly role). Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_teaser_before_any_dated_teaser_takes_the_main_articles_tenure_year() -> None:
    # the first teaser's own people (a president of 2016-2018) allow three years; the main article
    # is fixed to 2017 by its people and the APEC host role, and the list is of the same weeks
    doc = page(
        "会谈",
        ["5月31日,越南政府总理阮春福同美国国防部长马蒂斯举行会谈。", "越南今年担任亚太经合组织(APEC)东道主。"],
        teasers=[
            ("会谈", "5月11日,越南国家主席陈大光同中国国家主席习近平举行会谈。"),
            ("专访", "大使日前接受采访。"),
        ],
    )
    assert tv(doc, "5月31日").value == "2017-05-31"
    t = tv(doc, "5月11日")
    assert (t.value, t.basis) == ("2017-05-11", "teaser-context")


def test_a_main_article_left_between_years_by_its_terms_does_not_date_the_list() -> None:
    doc = page(
        "会谈",
        ["5月31日,越南政府总理阮春福同美国国防部长马蒂斯举行会谈。"],
        teasers=[("会谈", "5月11日,越南国家主席陈大光同中国国家主席习近平举行会谈。")],
    )
    assert tv(doc, "5月11日").precision != "day"
