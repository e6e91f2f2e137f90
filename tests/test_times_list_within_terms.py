"""A main article whose office-holders' terms leave several years takes the year of the list below."""

from __future__ import annotations

from test_times_inference import page, tv

LIST_OF_2019 = [
    ("越南领导人致电祝贺中华人民共和国成立70周年", "9月30日,越南领导人致电祝贺中华人民共和国成立70周年。"),
]
MESSAGE = "{},中共中央总书记、国家主席习近平致电越共中央总书记阮富仲,对越南南部水灾表示慰问。"


def test_terms_that_allow_several_years_take_the_year_of_the_list() -> None:
    # Xi Jinping and Nguyễn Phú Trọng in these offices: 2013-2021 by the terms alone
    doc = page("中国领导人致电慰问", [MESSAGE.format("9月12日")], LIST_OF_2019)
    t = tv(doc, "9月12日")
    assert (t.start, t.basis) == ("2019-09-12", "teaser-context")


def test_without_a_list_the_terms_alone_leave_the_day_open() -> None:
    doc = page("中国领导人致电慰问", [MESSAGE.format("9月12日")])
    assert tv(doc, "9月12日").start != "2019-09-12"


def test_a_list_year_the_terms_rule_out_is_not_taken() -> None:
    # Tô Lâm as General Secretary (from August 2024): the list's 2019 is outside his term
    doc = page(
        "中国领导人致电慰问",
        ["9月12日,中共中央总书记、国家主席习近平致电越共中央总书记苏林,对越南北部台风灾害表示慰问。"],
        LIST_OF_2019,
    )
    assert tv(doc, "9月12日").start != "2019-09-12"


def test_terms_that_allow_several_years_take_a_year_written_in_the_article() -> None:
    """``越南是2017年APEC会议的东道主。11月10日,国家主席习近平…``: Xi Jinping's term alone leaves
    2013 onwards; the year the article writes, inside that term, dates the day."""
    doc = page(
        "中国媒体关注越中关系",
        ["文章指出,越南是2017年APEC会议的东道主。11月10日,中共中央总书记、国家主席习近平赴岘港市出席会议。"],
    )
    t = tv(doc, "11月10日")
    assert (t.start, t.basis) == ("2017-11-10", "context")


def test_a_written_year_outside_the_terms_is_not_taken() -> None:
    doc = page(
        "中国媒体关注越中关系",
        ["文章指出,越南是2006年APEC会议的东道主。11月10日,中共中央总书记、国家主席习近平赴岘港市出席会议。"],
    )
    assert tv(doc, "11月10日").start != "2006-11-10"


def test_several_years_written_leave_the_terms_range_unless_the_title_names_one() -> None:
    body = [
        "文章指出,越南是2017年APEC会议的东道主。2016年,越南经济增长6.2%。"
        "11月10日,中共中央总书记、国家主席习近平赴岘港市出席会议。"
    ]
    assert tv(page("中国媒体关注越中关系", body), "11月10日").start not in {"2016-11-10", "2017-11-10"}
    t = tv(page("2017年APEC会议:中国媒体关注越中关系", body), "11月10日")
    assert t.start == "2017-11-10"
