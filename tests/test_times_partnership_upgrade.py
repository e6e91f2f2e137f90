"""A partnership set up in a year told by a year word (去年3月建立战略伙伴关系) dates the page from
the partnership's known date; an anniversary of the partnership (今年是…建立战略伙伴关系10周年) is
left to the anniversary rule. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_partnership_set_up_last_year_dates_the_page() -> None:
    doc = page("会见", ["8月23日,两国外长举行会见。", "越澳两国去年3月建立战略伙伴关系,合作成果丰硕。"])
    t = tv(doc, "8月23日")
    assert (t.value, t.basis) == ("2019-08-23", "anniversary")


def test_the_year_word_may_open_the_sentence_before_the_pair() -> None:
    doc = page("会谈", ["5月26日,两国领导人举行会谈。", "去年10月,越法两国将关系提升为全面战略伙伴关系。"])
    assert tv(doc, "5月26日").value == "2025-05-26"


def test_a_month_that_is_not_the_partnerships_gives_nothing() -> None:
    doc = page("会谈", ["5月26日,两国领导人举行会谈。", "越日两国去年3月将关系提升为全面战略伙伴关系。"])
    assert tv(doc, "5月26日").precision != "day"


def test_an_anniversary_of_the_partnership_is_not_read_as_an_upgrade() -> None:
    doc = page("通话", ["4月6日,两国副外长通电话。", "今年是越澳建立战略伙伴关系两周年。"])
    assert tv(doc, "4月6日").value == "2020-04-06"


def test_an_anniversary_with_its_years_in_brackets_is_not_read_as_an_upgrade() -> None:
    doc = page("签署", ["9月14日上午,两市代表签署备忘录。", "今年,中越两国庆祝建立全面战略合作伙伴关系(2008—2023年)15周年。"])
    assert tv(doc, "9月14日上午").value == "2023-09-14"


def test_an_upgrade_told_as_the_news_dates_the_story() -> None:
    """``两位领导一致同意将越新关系提升为全面战略伙伴关系`` with no year anywhere: the partnership's
    day in the table (26 February 2025) gives the year of the visit's days."""
    doc = page("会谈", ["2月26日,两国总理在河内举行会谈。", "两位领导一致同意将越新关系提升为全面战略伙伴关系。"])
    t = tv(doc, "2月26日")
    assert (t.value, t.basis) == ("2025-02-26", "partnership")


def test_a_joint_statement_on_the_upgrade_dates_the_story() -> None:
    doc = page("会谈", ["1月28日,欧洲理事会主席访问河内。", "双方发表了关于将越南与欧盟关系提升为全面战略伙伴关系的联合声明。"])
    assert tv(doc, "1月28日").value == "2026-01-28"


def test_an_upgrade_already_made_or_counted_since_dates_nothing() -> None:
    done = page("会谈", ["2月26日,两国外长举行会谈。", "两国已于去年将越新关系提升为全面战略伙伴关系。"])
    since = page("会谈", ["2月26日,两国外长举行会谈。", "双方同意将越新关系提升为全面战略伙伴关系以来的合作成果丰硕。"])
    for doc in (done, since):
        assert tv(doc, "2月26日").basis != "partnership"


def test_what_the_partnership_is_for_may_stand_before_its_level() -> None:
    # "提升为致力于亚洲和平与繁荣的广泛战略伙伴关系": the level is still read after the purpose
    doc = page(
        "会见",
        ["6月2日,岘港市领导会见日本代表团。", "双方对今年3月越日关系提升为致力于亚洲和平与繁荣的广泛战略伙伴关系表示高兴。"],
    )
    assert tv(doc, "6月2日").value == "2014-06-02"


def test_an_upgrade_with_its_own_year_a_clause_before_dates_nothing() -> None:
    """``2014年,两国领导人一致同意将…提升为战略伙伴关系`` looks back on a past step: the clause's own
    year, more than a few characters before ``同意``, keeps the table's day of the partnership from
    dating the story (whose newest year here is 2019)."""
    doc = page(
        "访问",
        [
            "越南政府总理于7月9日至11日对新加坡进行正式访问。",
            "此后,双边关系稳步发展,2014年,两国高层领导人一致同意将越新关系提升为战略伙伴关系。",
            "2019年,双边贸易额达80亿美元。",
        ],
    )
    assert tv(doc, "7月9日至11日").basis != "partnership"
