"""A main article with no year of its own takes the year of the list under 更多 only when the people
it names in an office were not, that year, in another office the tenure table records (an older
article shown above this year's list). Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv

_LIST = [("贺电", "国家主席于2025年12月5日致贺电。")]


def test_a_deputy_minister_who_later_led_the_party_keeps_the_list_year_out() -> None:
    # the table has him as general secretary from 2024: named as a deputy minister, the day is older
    doc = page("会见", ["9月9日,越南公安部副部长苏林会见来访的友好代表团。"], teasers=_LIST)
    t = tv(doc, "9月9日")
    assert t.basis != "teaser-context" and t.start != "2025-09-09"


def test_a_general_who_later_became_president_keeps_the_list_year_out() -> None:
    doc = page("接见", ["10月4日下午,越南人民军总政治局副主任梁强中将接见外国军事院校代表团。"], teasers=_LIST)
    assert tv(doc, "10月4日下午").basis != "teaser-context"


def test_a_name_told_without_an_office_still_takes_the_list_year() -> None:
    doc = page("会见", ["9月9日,苏林会见来访的友好代表团。"], teasers=_LIST)
    t = tv(doc, "9月9日")
    assert (t.start, t.basis) == ("2025-09-09", "teaser-context")


def test_a_former_office_still_takes_the_list_year() -> None:
    doc = page("会见", ["9月9日,前越南公安部副部长苏林会见来访的友好代表团。"], teasers=_LIST)
    assert tv(doc, "9月9日").basis == "teaser-context"
